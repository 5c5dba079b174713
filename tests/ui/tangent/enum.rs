#[derive(grad::Tangent)]
enum Params {
    Small { w: f64 },
    Large { w: f64, b: f64 },
}

fn main() {}
