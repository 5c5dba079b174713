use ndarray::Array2;

#[derive(grad::Tangent)]
struct Params {
    w: Array2<f64>,
    batch: usize,
    labels: Vec<u8>,
    training: bool,
}

fn main() {}
