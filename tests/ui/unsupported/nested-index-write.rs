// Reading `v[i][j]` is differentiated; writing it is not.
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut v = vec![[0.0; 2]; 3];
    for i in 0..3 {
        v[i][0] = x * i as f64;
    }
    v[2][0]
}

fn main() {}
