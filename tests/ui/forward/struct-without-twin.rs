// `Settings` is generic over its float but derives no `Tangent`, so it has no twin at dual
// numbers: a caller marked `dual_calls` cannot lift a `&Settings<f64>` to dual numbers.
#[derive(Clone)]
struct Settings<A> {
    scale: A,
}

#[grad::differentiate(dual_calls, wrt(x))]
fn f(settings: &Settings<f64>, x: f64) -> f64 {
    settings.scale * x.sin()
}

fn main() {}
