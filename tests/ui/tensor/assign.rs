use ndarray::Array2;

#[grad::differentiate]
fn f(x: &Array2<f64>, w: &Array2<f64>) -> f64 {
    let mut y = Array2::zeros((2, 2));
    y.assign(&x.dot(w));
    y.sum()
}

fn main() {}
