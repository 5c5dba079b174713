// Writes into `x[i][j]` and `x[i][j][k]` are differentiated; four indices deep they are not.
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut v = vec![vec![vec![vec![0.0; 2]; 2]; 2]; 2];
    v[1][0][1][0] = x * x;
    v[1][0][1][0]
}

fn main() {}
