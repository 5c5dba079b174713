use ndarray::Array2;

#[grad::differentiate]
fn f(x: &Array2<f64>) -> f64 {
    let y = x.map(|v| v.exp());
    y.sum()
}

fn main() {}
