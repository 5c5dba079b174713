struct Handle;

#[derive(grad::Tangent)]
struct Params {
    w: f64,
    #[tangent(skip)]
    handle: Handle,
}

fn main() {}
