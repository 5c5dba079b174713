#[derive(grad::Tangent)]
struct Params;

fn main() {}
