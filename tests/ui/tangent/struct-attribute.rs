#[derive(grad::Tangent)]
#[tangent(skip)]
struct Params {
    w: f64,
}

fn main() {}
