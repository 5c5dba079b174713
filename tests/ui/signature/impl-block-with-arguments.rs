// `wrt(..)` belongs to each method's own attribute, not to the block's.
#[derive(Clone, grad::Tangent)]
struct Line<A: grad::Scalar> {
    slope: A,
}

#[grad::differentiate(wrt(self))]
impl<A: grad::Scalar> Line<A> {
    #[grad::differentiate]
    fn eval(&self, t: A) -> A {
        self.slope * t
    }
}

fn main() {}
