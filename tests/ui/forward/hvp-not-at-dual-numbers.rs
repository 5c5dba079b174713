// `f` calls a function of the user's without `dual_calls`: it does not run at dual numbers, its
// `f_jvp` goes through the gradient, and it has no `f_hvp`. Calling `f_hvp` says so, with the
// reason and the way out (mark `f` `#[grad::differentiate(dual_calls)]`).
#[grad::differentiate]
fn helper(x: f64) -> f64 {
    x.sin()
}

#[grad::differentiate(wrt(x))]
fn f(x: f64, k: f64) -> f64 {
    helper(x) * k
}

fn main() {
    let _ = f_jvp(1.0, 2.0, 1.0);
    let _: (f64, f64, f64) = f_hvp(1.0, 2.0, 1.0);
}
