#[grad::differentiate]
fn f<T: Into<f64>>(x: T) -> f64 {
    let x: f64 = x.into();
    x * x
}

fn main() {}
