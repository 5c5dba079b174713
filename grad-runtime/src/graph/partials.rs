//! The local partial derivatives on a graph's edges, read from a rule's own pullback.
//!
//! For a scalar-valued operation `y = op(x₁, .., xₙ)` with pullback `c -> (c₁, .., cₙ)`, the
//! pullback is linear in `c`, so seeding it with `c = 1` returns `(∂y/∂x₁, .., ∂y/∂xₙ)` at the
//! point of evaluation: the numbers the seed writes on the edges. [`local_partials`] does that
//! with the very rule the reverse sweep uses, so an edge's partial cannot disagree with the
//! adjoint the sweep computes.

use ndarray::{ArrayBase, RawData};

use crate::Scalar;

/// What an edge knows of the local derivative `∂y/∂x` of its operation's result `y` with
/// respect to the operand `x` it comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Derivative {
    /// A number: `y` and `x` are both scalars.
    Scalar(f64),
    /// The operand is not differentiated here (its cotangent is `()`, as for the labels of a
    /// loss or the integer exponent of `powi`): it contributes nothing to any path sum.
    NotDifferentiated,
    /// Not a number: the result or the operand is an array (a Jacobian, which the edge shows as
    /// its operation and shapes).
    NotScalar,
}

impl Derivative {
    /// The number, for [`Derivative::Scalar`].
    pub fn as_scalar(self) -> Option<f64> {
        match self {
            Derivative::Scalar(x) => Some(x),
            _ => None,
        }
    }
}

/// A cotangent returned by a pullback, read as a [`Derivative`]: a scalar is the partial itself,
/// `()` means "not differentiated", and arrays and other types are [`Derivative::NotScalar`]
/// (the default, so `impl Cotangent for MyType {}` is enough for a type of your own; an
/// operation with an operand whose cotangent is not a `Cotangent` gets no partials at all).
pub trait Cotangent {
    /// The local partial this cotangent is when the pullback was seeded with `1`.
    fn derivative(&self) -> Derivative {
        Derivative::NotScalar
    }
}

impl<A: Scalar> Cotangent for A {
    fn derivative(&self) -> Derivative {
        Derivative::Scalar(self.to_f64().unwrap_or(f64::NAN))
    }
}

impl Cotangent for () {
    fn derivative(&self) -> Derivative {
        Derivative::NotDifferentiated
    }
}

macro_rules! not_a_partial {
    ($([$($generics:tt)*] $T:ty),* $(,)?) => {$(
        impl<$($generics)*> Cotangent for $T {}
    )*};
}
not_a_partial!(
    [S: RawData, D] ArrayBase<S, D>,
    [T] Vec<T>,
    [T, const N: usize] [T; N],
    [T0, T1] (T0, T1),
    [T0, T1, T2] (T0, T1, T2),
    [T0, T1, T2, T3] (T0, T1, T2, T3),
);

/// A pullback's result, one cotangent per operand: tuples of up to eight [`Cotangent`]s.
pub trait Cotangents {
    /// Each cotangent read as a [`Derivative`], in operand order.
    fn derivatives(&self) -> Vec<Derivative>;
}

macro_rules! cotangent_tuple {
    ($($C:ident $index:tt),+) => {
        impl<$($C: Cotangent),+> Cotangents for ($($C,)+) {
            fn derivatives(&self) -> Vec<Derivative> {
                vec![$(self.$index.derivative()),+]
            }
        }
    };
}
cotangent_tuple!(C0 0);
cotangent_tuple!(C0 0, C1 1);
cotangent_tuple!(C0 0, C1 1, C2 2);
cotangent_tuple!(C0 0, C1 1, C2 2, C3 3);
cotangent_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4);
cotangent_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5);
cotangent_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5, C6 6);
cotangent_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5, C6 6, C7 7);

/// The local partial derivatives of one operation, one per operand in order, for
/// [`Graph::operation`](super::Graph::operation). Empty when they are not known (an
/// array-valued operation), which leaves every edge of the operation [`Derivative::NotScalar`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LocalPartials(Vec<Derivative>);

impl LocalPartials {
    /// No partials: the edges of the operation show its name and shapes instead.
    pub fn none() -> LocalPartials {
        LocalPartials(Vec::new())
    }

    /// The partials `∂y/∂xₖ` given one per operand, in order.
    pub fn new(derivatives: Vec<Derivative>) -> LocalPartials {
        LocalPartials(derivatives)
    }

    /// The partial of the `k`-th operand, [`Derivative::NotScalar`] when unknown.
    pub fn get(&self, k: usize) -> Derivative {
        self.0.get(k).copied().unwrap_or(Derivative::NotScalar)
    }

    /// How many partials there are (0, or the operation's number of operands).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the partials are unknown.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The local partial derivatives of a scalar-valued operation, read from its own pullback:
/// `rule` evaluates the operation, `y = op(x₁, .., xₙ)` with its pullback, and the pullback
/// seeded with `1` returns `(∂y/∂x₁, .., ∂y/∂xₙ)` (a scalar operand's partial as a number, an
/// operand whose cotangent is `()` as [`Derivative::NotDifferentiated`], an array operand as
/// [`Derivative::NotScalar`]).
///
/// `rule` calls the operation's rule once more (the first call's pullback belongs to the reverse
/// sweep). Generated code reaches this through [`node_partials!`](crate::node_partials), which
/// also takes operations of any other result type (and gives them no partials, without
/// evaluating them a second time).
///
/// ```
/// use grad_runtime::__private::MulVjp;
/// use grad_runtime::graph::{Derivative, local_partials};
///
/// let (c, d) = (3.0_f64, 2.0_f64);
/// let (e, _e_pullback) = MulVjp::mul_vjp(&c, &d);
/// let partials = local_partials(|| MulVjp::mul_vjp(&c, &d));
/// // ∂e/∂c = d, ∂e/∂d = c
/// assert_eq!(partials.get(0), Derivative::Scalar(2.0));
/// assert_eq!(partials.get(1), Derivative::Scalar(3.0));
/// ```
pub fn local_partials<A, P, C>(rule: impl FnOnce() -> (A, P)) -> LocalPartials
where
    A: Scalar,
    P: FnOnce(A) -> C,
    C: Cotangents,
{
    let (_, pullback) = rule();
    LocalPartials(pullback(A::one()).derivatives())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::__private::{AddVjp, DivVjp};
    use crate::rules::FloatRules;
    use crate::rules::ReduceRules;
    use ndarray::array;

    #[test]
    fn scalar_operations_give_one_partial_per_operand() {
        let (a, b) = (3.0_f64, 4.0_f64);
        let partials = local_partials(|| DivVjp::div_vjp(&a, &b));
        // y = a / b: ∂y/∂a = 1/b, ∂y/∂b = -a/b²
        assert_eq!(partials.len(), 2);
        assert_eq!(partials.get(0), Derivative::Scalar(0.25));
        assert_eq!(partials.get(1), Derivative::Scalar(-3.0 / 16.0));
    }

    #[test]
    fn f32_partials_are_widened() {
        let partials = local_partials(|| AddVjp::add_vjp(&1.5_f32, &2.0_f32));
        assert_eq!(
            partials,
            LocalPartials::new(vec![Derivative::Scalar(1.0); 2])
        );
    }

    #[test]
    fn operands_that_are_not_differentiated_are_marked() {
        let x = 3.0_f64;
        let partials = local_partials(|| x.powi_vjp(2));
        // y = x²: ∂y/∂x = 2x; the exponent's cotangent is ().
        assert_eq!(partials.get(0), Derivative::Scalar(6.0));
        assert_eq!(partials.get(1), Derivative::NotDifferentiated);
    }

    #[test]
    fn a_scalar_result_of_an_array_gives_no_scalar_partial() {
        let x = array![1.0_f64, 2.0];
        let partials = local_partials(|| x.sum_vjp());
        assert_eq!(partials.get(0), Derivative::NotScalar);
    }
}
