use grad::runtime::ndarray::{Array, Array1, Axis, concatenate};

#[grad::differentiate]
fn joined(a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    let j = concatenate(Axis(0), &[a.view(), b.view()]).unwrap_or_else(|e| panic!("{e}"));
    j.sum()
}

#[grad::differentiate]
fn shaped(x: f64, y: f64) -> f64 {
    let m = Array::from_shape_vec((1, 2), vec![x, y]).unwrap_or_else(|e| panic!("{e}"));
    m.sum()
}

fn main() {}
