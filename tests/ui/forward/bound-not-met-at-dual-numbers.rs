// The block's float has a bound of the user's, which `Dual<A>` may not meet: its methods do
// not run at dual numbers (their `f_jvp` goes through the gradient), and a caller marked
// `dual_calls` cannot call them. With `impl Calibrated for grad::Dual<f64>` and `dual_calls` on
// the method, they do (`tests/forward_methods.rs`).
use grad::Scalar;

trait Calibrated {
    fn offset() -> f64;
}

impl Calibrated for f64 {
    fn offset() -> f64 {
        0.5
    }
}

#[derive(Clone, grad::Tangent)]
struct Line<A: Scalar> {
    slope: A,
}

#[grad::differentiate]
impl<A: Scalar + Calibrated> Line<A> {
    #[grad::differentiate]
    fn eval(&self, t: A) -> A {
        self.slope * t + A::from(A::offset()).unwrap()
    }
}

#[grad::differentiate(dual_calls)]
fn fit(line: &Line<f64>, t: f64) -> f64 {
    line.eval(t).powi(2)
}

fn main() {}
