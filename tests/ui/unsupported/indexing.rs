#[grad::differentiate]
fn f(xs: [f64; 2]) -> f64 {
    xs[0] * xs[1]
}

fn main() {}
