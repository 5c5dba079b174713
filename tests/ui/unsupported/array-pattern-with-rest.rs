#[grad::differentiate]
fn first_two(c: &[f64; 4]) -> f64 {
    let [a, b, ..] = *c;
    a * b
}

fn main() {}
