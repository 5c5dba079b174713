#[grad::differentiate]
fn f(mut x: Vec<f64>) -> f64 {
    for v in x.iter_mut() {
        *v *= 2.0;
    }
    x[0] * x[1]
}

fn main() {}
