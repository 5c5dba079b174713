// A `for` loop is differentiated when it walks indices or the elements of a variable; an
// iterator chain with a closure (`.map(|v| ..)`) over a differentiated slice is not.
#[grad::differentiate]
fn f(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for v in x.iter().map(|v| v * 2.0) {
        s += v;
    }
    s
}

fn main() {}
