#[grad::differentiate]
fn f(x: &[f64]) -> f64 {
    x.iter().map(|v| v * 2.0).sum()
}

fn main() {}
