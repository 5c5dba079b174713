// A struct parameter whose type does not derive `Tangent`: rustc's E0277 with our message, which
// says to derive it (the copy at dual numbers reports the missing twin too).
#[derive(Clone)]
struct Params {
    a: f64,
    b: f64,
}

#[grad::differentiate]
fn line(p: &Params, x: f64) -> f64 {
    p.a * x + p.b
}

fn main() {}
