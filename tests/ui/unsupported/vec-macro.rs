#[grad::differentiate]
fn f(x: f64) -> f64 {
    let v = vec![x, 2.0 * x];
    v.len() as f64
}

fn main() {}
