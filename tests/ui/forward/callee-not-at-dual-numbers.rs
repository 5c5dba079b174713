// `g` is differentiated but does not run at dual numbers (it calls `h` without `dual_calls`),
// so it has no companions for `f` to call.
#[grad::differentiate]
fn h(x: f64) -> f64 {
    x.sin()
}

#[grad::differentiate]
fn g(x: f64) -> f64 {
    h(x) * x
}

#[grad::differentiate(dual_calls)]
fn f(x: f64) -> f64 {
    g(2.0 * x) + 1.0
}

fn main() {}
