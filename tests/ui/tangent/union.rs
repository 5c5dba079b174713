#[derive(grad::Tangent)]
union Params {
    w: f64,
    b: f32,
}

fn main() {}
