#[derive(grad::Tangent)]
struct Params {
    w: f64,
    name: String,
}

fn main() {}
