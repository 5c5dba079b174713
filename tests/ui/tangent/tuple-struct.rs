use ndarray::{Array1, Array2};

#[derive(grad::Tangent)]
struct Params(Array2<f64>, Array1<f64>);

fn main() {}
