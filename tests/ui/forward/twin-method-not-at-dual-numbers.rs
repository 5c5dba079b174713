// A caller marked `dual_calls` differentiates `spring`, which crosses to its twin at dual numbers,
// and calls `energy` on it: `energy` does not run at dual numbers (it calls `helper`, a function
// written in `f64`, without `dual_calls`), so the caller cannot call it on the twin, and is told
// why at the call.
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

#[grad::differentiate(dual_calls)]
fn f(spring: &Spring, x: f64) -> f64 {
    spring.energy(x.sin()) * spring.k
}

fn main() {}
