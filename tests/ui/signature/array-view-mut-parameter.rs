use ndarray::ArrayViewMut1;

#[grad::differentiate]
fn f(x: ArrayViewMut1<f64>) -> f64 {
    x.sum()
}

fn main() {}
