// `energy` does not differentiate its receiver (`wrt(x)`): it runs at dual numbers with the spring
// a constant. A caller marked `dual_calls` that differentiates the spring runs on the spring's
// twin, where the gradient its `f_hvp` differentiates depends on the spring through `energy`'s
// value: it cannot call `energy` there, and is told what to differentiate instead.
#[derive(Clone, grad::Tangent)]
struct Spring {
    k: f64,
}

impl Spring {
    #[grad::differentiate(wrt(x), dual_calls)]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * x * x
    }
}

#[grad::differentiate(dual_calls)]
fn f(spring: &Spring, x: f64) -> f64 {
    spring.energy(x).sin() + spring.k
}

fn main() {}
