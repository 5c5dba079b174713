// `pure` names the functions it declares pure; bare or empty, it declares nothing.
#[grad::differentiate(pure)]
fn f(x: f64, y: f64) -> f64 {
    x * y
}

#[grad::differentiate(pure())]
fn g(x: f64, y: f64) -> f64 {
    x * y
}

fn main() {}
