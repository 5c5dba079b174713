// Indexing a variable is differentiated; an index computed by a call that reads a
// differentiated value is not.
fn pick(x: f64) -> usize {
    if x > 0.0 { 1 } else { 0 }
}

#[grad::differentiate]
fn f(x: f64, ys: [f64; 2]) -> f64 {
    x * ys[pick(x)]
}

fn main() {}
