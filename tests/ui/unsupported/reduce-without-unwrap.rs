// `reduce(f)` is differentiated followed by `.unwrap()` or `.expect(..)`; its `Option` used
// otherwise is not.
#[grad::differentiate]
fn f(x: &[f64]) -> f64 {
    let largest = x.iter().copied().reduce(f64::max).unwrap_or(0.0);
    largest * largest
}

fn main() {}
