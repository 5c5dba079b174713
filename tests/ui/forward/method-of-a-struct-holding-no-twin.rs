// `Model` is written in `f64` and derives `Tangent`, but holds a `Window<f64, 3>`, which has no
// twin at dual numbers (`derive(Tangent)` writes none for a struct with a const parameter): a
// method differentiating its receiver runs on the receiver's twin, so `predict` says that
// `Window<f64, 3>` has no twin. `#[grad::differentiate(wrt(x))]`, the receiver data, would
// compile, `predict_jvp` going through the gradient.
use grad::Scalar;

#[derive(Clone, grad::Tangent)]
struct Window<A: Scalar, const N: usize> {
    taps: [A; N],
}

#[derive(Clone, grad::Tangent)]
struct Model {
    w: f64,
    inner: Window<f64, 3>,
}

impl Model {
    #[grad::differentiate]
    fn predict(&self, x: f64) -> f64 {
        self.w * x + self.inner.taps[0]
    }
}

fn main() {}
