use ndarray::Array1;

#[derive(grad::Tangent)]
struct Params {
    w: Array1<f64>,
    b: Array1<f32>,
}

fn main() {}
