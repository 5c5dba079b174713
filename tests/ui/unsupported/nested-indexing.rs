#[grad::differentiate]
fn f(x: Vec<Vec<f64>>) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..x[i].len() {
            s += x[i][j] * x[i][j];
        }
    }
    s
}

fn main() {}
