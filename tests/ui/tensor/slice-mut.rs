use ndarray::{Array1, s};

#[grad::differentiate]
fn view_of_a_local(x: &Array1<f64>) -> f64 {
    let mut y = x * 2.0;
    let head = y.slice_mut(s![..2]);
    head.sum()
}

#[grad::differentiate]
fn fill_through_a_view(x: &Array1<f64>) -> f64 {
    let mut y = x * 2.0;
    y.slice_mut(s![..2]).fill(0.0);
    y.sum()
}

fn main() {}
