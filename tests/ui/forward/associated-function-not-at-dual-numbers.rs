// `penalty` is an associated function that does not run at dual numbers (it calls `helper`,
// a function written in `f64`, without `dual_calls`): a caller marked `dual_calls` cannot call
// it, and is told why.
fn helper(x: f64) -> f64 {
    x * x
}

fn helper_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    (x * x, move |c| (2.0 * x * c,))
}

struct Model;

#[grad::differentiate]
impl Model {
    #[grad::differentiate]
    fn penalty(x: f64) -> f64 {
        helper(x).sin()
    }
}

#[grad::differentiate(dual_calls)]
fn f(x: f64) -> f64 {
    Model::penalty(2.0 * x) + 1.0
}

fn main() {}
