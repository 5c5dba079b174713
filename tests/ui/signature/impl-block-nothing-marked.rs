// The attribute on a block differentiates the methods marked inside it: here there are none.
#[derive(Clone, grad::Tangent)]
struct Line<A: grad::Scalar> {
    slope: A,
}

#[grad::differentiate]
impl<A: grad::Scalar> Line<A> {
    fn eval(&self, t: A) -> A {
        self.slope * t
    }
}

fn main() {}
