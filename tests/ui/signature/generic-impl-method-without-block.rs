use grad::Scalar;

#[derive(Clone, grad::Tangent)]
pub struct Line<A: Scalar> {
    pub slope: A,
}

impl<A: Scalar> Line<A> {
    // The attribute on the method alone cannot name the block's `A`.
    #[grad::differentiate]
    pub fn eval(&self, t: A) -> A {
        self.slope * t * t
    }
}

fn main() {}
