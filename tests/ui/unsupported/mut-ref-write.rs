#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut y = 0.0;
    let r = &mut y;
    *r = x * 2.0;
    y
}

fn main() {}
