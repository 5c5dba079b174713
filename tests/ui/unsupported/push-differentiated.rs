// `push` onto a vector of differentiated values: our error at the call, saying to make the
// vector with its length or collect an iterator. Pushing data (not differentiated) stays as
// written: `tests/collections.rs`.
#[grad::differentiate]
fn predictions(w: f64, xs: &[f64]) -> f64 {
    let mut preds = Vec::new();
    for &x in xs {
        preds.push(w * x);
    }
    preds.iter().sum()
}

fn main() {}
