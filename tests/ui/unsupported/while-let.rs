#[grad::differentiate]
fn f(mut xs: Vec<f64>) -> f64 {
    let mut s = 0.0;
    while let Some(v) = xs.pop() {
        s += v * v;
    }
    s
}

fn main() {}
