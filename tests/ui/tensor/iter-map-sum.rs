use ndarray::Array1;

#[grad::differentiate]
fn f(x: &Array1<f64>) -> f64 {
    x.iter().map(|v| v * v).sum()
}

fn main() {}
