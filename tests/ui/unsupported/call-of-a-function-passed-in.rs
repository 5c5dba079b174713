// A closure or function passed as a parameter has no body the macro can see, so no derivative
// rule: calling it on a differentiated value is an error at the call. (Called on constants
// only, `x[pick(1)]`, it stays as written: `tests/scalar.rs`.)
#[grad::differentiate(wrt(x))]
fn apply<F: Fn(f64) -> f64>(f: F, x: f64) -> f64 {
    f(x) * x
}

fn main() {}
