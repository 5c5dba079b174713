// `Model` is written in `f64` and derives `Tangent`, but holds a `Window<f64, 3>`, which has no
// twin at dual numbers (`derive(Tangent)` writes none for a struct with a const parameter):
// `Model` still derives, with a twin that asks `Window` for its own, so `f_jvp` of a function
// differentiating a `&Model` says that `Window<f64, 3>` has no twin.
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

#[grad::differentiate]
fn f(model: &Model, x: f64) -> f64 {
    model.w * x + model.inner.taps[0]
}

fn main() {}
