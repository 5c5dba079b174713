#[grad::differentiate]
fn twice_the_largest(x: &[f64]) -> f64 {
    let (_, largest) = x
        .iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .unwrap();
    2.0 * largest
}

// The same chain over data the function does not differentiate is kept as written.
#[grad::differentiate(wrt(w))]
fn weight_of_the_largest(x: &[f64], w: f64) -> f64 {
    let count = x.iter().filter(|v| **v > 0.0).count();
    let (best, _) = x.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1)).unwrap();
    w * (best + count) as f64
}

fn main() {}
