// A Rust array of arrays holding differentiated values: `Differentiable` for `[A; N]` is for
// floats `A`. A data table of constants stays as written.
#[grad::differentiate]
fn f(x: &[f64]) -> f64 {
    const TABLE: [[f64; 2]; 2] = [[1.0, 2.0], [3.0, 4.0]];
    let weights = [[0.5, 1.5], [2.5, 3.5]];
    let mut m = [[0.0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            m[i][j] = x[i] * x[j + 1] * TABLE[i][j] * weights[j][i];
        }
    }
    m[0][0] * m[1][1] - m[0][1] * m[1][0]
}

fn main() {}
