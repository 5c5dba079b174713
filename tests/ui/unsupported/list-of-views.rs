use grad::runtime::ndarray::{Array1, Axis, concatenate};

#[grad::differentiate]
fn joined(a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    let pieces = [a.view(), b.view()];
    concatenate(Axis(0), &pieces).unwrap().sum()
}

fn main() {}
