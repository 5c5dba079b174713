// ndarray's `Zip` writes through `&mut` in its closure: our error, once for the whole chain,
// saying what to write instead. A `Zip` over data only stays as written.
use ndarray::{Array1, Zip};

#[grad::differentiate]
fn zipped(a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    let mut out = Array1::<f64>::zeros(a.len());
    Zip::from(&mut out).and(a).and(b).for_each(|o, &x, &y| *o = x * y.sin());
    out.sum()
}

fn main() {}
