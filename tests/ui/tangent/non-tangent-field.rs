use std::time::Duration;

use ndarray::Array1;

#[derive(grad::Tangent)]
struct Params {
    b: Array1<f64>,
    timeout: Duration,
}

fn main() {}
