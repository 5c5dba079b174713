// A method of a trait's impl block marked alone: its attribute cannot tell the block is a
// trait's, and writes `eval_vjp` and the rest beside it, which rustc refuses there ("not a
// member of trait"). Marking the block too moves them to an inherent block
// (`tests/methods.rs`, `methods_of_a_trait_impl_block`).
trait Model {
    fn eval(&self, t: f64) -> f64;
}

#[derive(Clone, grad::Tangent)]
struct Line {
    slope: f64,
}

impl Model for Line {
    #[grad::differentiate]
    fn eval(&self, t: f64) -> f64 {
        self.slope * t
    }
}

fn main() {}
