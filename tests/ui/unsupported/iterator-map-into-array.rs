use ndarray::Array1;

#[grad::differentiate]
fn powers(t: f64) -> f64 {
    let p = (0..4).map(|k| t.powi(k)).collect::<Array1<f64>>();
    p.sum()
}

fn main() {}
