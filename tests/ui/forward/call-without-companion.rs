// `helper` has a hand-written rule, but no companions at dual numbers: a caller that asks for
// calls at dual numbers (`dual_calls`) cannot run it there.
fn helper(x: f64) -> f64 {
    x * x
}

fn helper_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    (x * x, move |c| (2.0 * x * c,))
}

#[grad::differentiate(dual_calls)]
fn f(x: f64) -> f64 {
    helper(2.0 * x) + 1.0
}

fn main() {}
