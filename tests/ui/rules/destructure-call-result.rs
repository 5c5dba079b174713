#[grad::differentiate]
fn pair(x: f64) -> (f64, f64) {
    (x, 2.0 * x)
}

#[grad::differentiate]
fn f(x: f64) -> f64 {
    let (a, b) = pair(x);
    a * b
}

fn main() {}
