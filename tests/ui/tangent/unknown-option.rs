#[derive(grad::Tangent)]
struct Params {
    w: f64,
    #[tangent(constant)]
    n: usize,
    #[tangent(skip = true)]
    m: usize,
    #[tangent]
    k: usize,
}

fn main() {}
