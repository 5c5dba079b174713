use ndarray::Array1;

#[grad::differentiate]
fn f(x: &Array1<f64>) -> f64 {
    x.fold(0.0, |acc, v| acc + v * v)
}

fn main() {}
