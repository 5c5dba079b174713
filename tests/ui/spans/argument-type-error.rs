// A type error inside the user's body is reported at the user's tokens, not at the attribute.
#[grad::differentiate]
fn square(x: f64) -> f64 {
    x * x
}

#[grad::differentiate]
fn f(x: f64, y: f32) -> f64 {
    square(y) + x
}

fn main() {}
