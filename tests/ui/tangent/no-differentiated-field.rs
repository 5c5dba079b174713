#[derive(grad::Tangent)]
struct Config {
    #[tangent(skip)]
    layers: usize,
    #[tangent(skip)]
    rate: f64,
}

fn main() {}
