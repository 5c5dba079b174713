#[grad::differentiate]
fn f(x: f64) -> f64 {
    let square = |y: f64| x * y;
    square(x)
}

fn main() {}
