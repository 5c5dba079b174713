// `checkpoint` asked for a function whose loops keep no record of each iteration (this one only
// accumulates, which needs no record at all).
#[grad::differentiate(checkpoint)]
fn f(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter() {
        s += v * v;
    }
    s
}

fn main() {}
