// `reduce(f)` is differentiated followed by `.unwrap()` or `.expect(..)`, over numbers; its
// `Option` used otherwise is not, nor a reduction over references to differentiated values.
#[grad::differentiate]
fn unwrap_or(x: &[f64]) -> f64 {
    let largest = x.iter().copied().reduce(f64::max).unwrap_or(0.0);
    largest * largest
}

#[grad::differentiate]
fn over_references(x: &[f64]) -> f64 {
    let largest = x.iter().reduce(|a, b| if a > b { a } else { b }).unwrap();
    largest * largest
}

fn main() {}
