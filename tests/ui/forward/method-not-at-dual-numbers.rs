// `energy` differentiates its receiver, but its body calls `helper`, a function written in `f64`,
// without `dual_calls`: it does not run at dual numbers, so a caller marked `dual_calls` cannot
// call it (here on a spring that is data to the caller; `twin-method-not-at-dual-numbers.rs`
// calls it on a spring the caller differentiates).
fn helper(x: f64) -> f64 {
    x * x
}

fn helper_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    (x * x, move |c| (2.0 * x * c,))
}

#[derive(Clone, grad::Tangent)]
struct Spring {
    k: f64,
}

impl Spring {
    #[grad::differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * helper(x)
    }
}

#[grad::differentiate(dual_calls, wrt(x))]
fn f(spring: &Spring, x: f64) -> f64 {
    spring.energy(x.sin()) + x
}

fn main() {}
