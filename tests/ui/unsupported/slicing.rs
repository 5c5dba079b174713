#[grad::differentiate]
fn borrowed(x: &[f64]) -> f64 {
    let middle = &x[1..3];
    middle[0] * middle[1]
}

#[grad::differentiate]
fn indexed(x: &[f64]) -> f64 {
    let y = x[1..3][0];
    y * y
}

fn main() {}
