// `Spring` is written in `f64` and `energy` differentiates its receiver: a `Spring` has no
// twin at dual numbers, so `energy` does not run there, and a caller marked `dual_calls`
// cannot call it.
#[derive(Clone, grad::Tangent)]
struct Spring {
    k: f64,
}

impl Spring {
    #[grad::differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * x * x
    }
}

#[grad::differentiate(dual_calls, wrt(x))]
fn f(spring: &Spring, x: f64) -> f64 {
    spring.energy(x.sin()) + x
}

fn main() {}
