use grad::Tangent;
use ndarray::Array1;

// `A` has no bound: one error, at `A`, saying which bound to write.
#[derive(Clone, Tangent)]
pub struct Spring<A> {
    pub k: A,
    pub w: Array1<A>,
}

// A bound in a `where` clause is fine; a parameter only skipped fields use needs `Clone`.
#[derive(Clone, Tangent)]
pub struct Damper<A, L: Clone>
where
    A: grad::Scalar,
{
    pub c: A,
    #[tangent(skip)]
    pub label: L,
}

fn main() {}
