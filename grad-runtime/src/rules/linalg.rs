//! Derivative rules for linear algebra on ndarray arrays: `dot` (vector and matrix products in
//! all four combinations) and `t` (transpose). `dot` is bilinear: each side's cotangent uses the
//! other operand, so the pullback keeps a copy of both. Matrix-matrix products go through
//! [`crate::matmul`] (on several threads with the `parallel` feature).

use ndarray::{Array, Array1, Array2, ArrayBase, Data, Dimension, Ix1, Ix2};

use crate::Scalar;
use crate::engine::adjoint::Contribution;
use crate::matmul::mat_mul;

/// `a.dot(&b)`: the value and its pullback `c -> (c bᵀ, aᵀ c)` (shaped for each combination).
pub trait DotVjp<Rhs: ?Sized> {
    /// The product type.
    type Output;
    /// The cotangent of the left operand.
    type LhsTangent;
    /// The cotangent of the right operand.
    type RhsTangent;
    /// The product and its pullback.
    ///
    /// **Panics** if the inner dimensions differ, as ndarray's `dot` does.
    fn dot_vjp(
        &self,
        rhs: &Rhs,
    ) -> (
        Self::Output,
        impl FnOnce(Self::Output) -> (Self::LhsTangent, Self::RhsTangent) + use<Self, Rhs>,
    );
}

impl<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>> DotVjp<ArrayBase<S2, Ix2>>
    for ArrayBase<S1, Ix2>
{
    type Output = Array2<A>;
    type LhsTangent = Array2<A>;
    type RhsTangent = Array2<A>;
    #[track_caller]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S2, Ix2>,
    ) -> (
        Array2<A>,
        impl FnOnce(Array2<A>) -> (Array2<A>, Array2<A>) + use<A, S1, S2>,
    ) {
        let (lhs, rhs) = (self.to_owned(), rhs.to_owned());
        let out = mat_mul(&lhs, &rhs);
        let dot_pullback = move |c: Array2<A>| (mat_mul(&c, &rhs.t()), mat_mul(&lhs.t(), &c));
        (out, dot_pullback)
    }
}

impl<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>> DotVjp<ArrayBase<S2, Ix1>>
    for ArrayBase<S1, Ix2>
{
    type Output = Array1<A>;
    type LhsTangent = Array2<A>;
    type RhsTangent = Array1<A>;
    #[track_caller]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S2, Ix1>,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array2<A>, Array1<A>) + use<A, S1, S2>,
    ) {
        let (lhs, rhs) = (self.to_owned(), rhs.to_owned());
        let out = lhs.dot(&rhs);
        let dot_pullback = move |c: Array1<A>| {
            let outer = c
                .view()
                .insert_axis(ndarray::Axis(1))
                .dot(&rhs.view().insert_axis(ndarray::Axis(0)));
            (outer, lhs.t().dot(&c))
        };
        (out, dot_pullback)
    }
}

impl<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>> DotVjp<ArrayBase<S2, Ix2>>
    for ArrayBase<S1, Ix1>
{
    type Output = Array1<A>;
    type LhsTangent = Array1<A>;
    type RhsTangent = Array2<A>;
    #[track_caller]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S2, Ix2>,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array1<A>, Array2<A>) + use<A, S1, S2>,
    ) {
        let (lhs, rhs) = (self.to_owned(), rhs.to_owned());
        let out = lhs.dot(&rhs);
        let dot_pullback = move |c: Array1<A>| {
            let outer = lhs
                .view()
                .insert_axis(ndarray::Axis(1))
                .dot(&c.view().insert_axis(ndarray::Axis(0)));
            (rhs.dot(&c), outer)
        };
        (out, dot_pullback)
    }
}

impl<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>> DotVjp<ArrayBase<S2, Ix1>>
    for ArrayBase<S1, Ix1>
{
    type Output = A;
    type LhsTangent = Array1<A>;
    type RhsTangent = Array1<A>;
    #[track_caller]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S2, Ix1>,
    ) -> (A, impl FnOnce(A) -> (Array1<A>, Array1<A>) + use<A, S1, S2>) {
        let (lhs, rhs) = (self.to_owned(), rhs.to_owned());
        let out = lhs.dot(&rhs);
        let dot_pullback = move |c: A| (&rhs * c, &lhs * c);
        (out, dot_pullback)
    }
}

/// `[x₀, .., xₙ₋₁].dot(&b)` for a vector `b`: the product of a vector written out (the macro
/// writes `array![..]` whose only use is this product as a Rust array, see its
/// `rewrite/literal_dot.rs`) without making an array: the value is ndarray's own `dot` on a view
/// of the elements, the same sum in the same order; the pullback `c -> (c b, c x)` keeps both
/// operands on the stack. The cotangent of `b` is a [`ScaledElements`], made into an array only
/// when an adjoint takes it: `b` is most often weights or data the function does not
/// differentiate, and the array would be an allocation thrown away.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::rules::DotVjp;
///
/// let (value, pullback) = [1.0, 2.0].dot_vjp(&array![3.0, -1.0]);
/// assert_eq!(value, 1.0);
/// let (x_bar, b_bar) = pullback(2.0);
/// assert_eq!(x_bar, [6.0, -2.0]);
/// assert_eq!(b_bar.to_array(), array![2.0, 4.0]);
/// ```
///
/// **Panics** if `b` does not have `N` elements, as ndarray's `dot` does.
impl<A: Scalar, S: Data<Elem = A>, const N: usize> DotVjp<ArrayBase<S, Ix1>> for [A; N] {
    type Output = A;
    type LhsTangent = [A; N];
    type RhsTangent = ScaledElements<A, N>;
    #[track_caller]
    #[inline]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S, Ix1>,
    ) -> (
        A,
        impl FnOnce(A) -> ([A; N], ScaledElements<A, N>) + use<A, S, N>,
    ) {
        let lhs = *self;
        let out = ndarray::aview1(&lhs).dot(rhs);
        // `dot` has checked that `rhs` has `N` elements.
        let mut kept = [A::zero(); N];
        kept.iter_mut().zip(rhs).for_each(|(k, &b)| *k = b);
        let rhs = kept;
        let dot_pullback = move |c: A| {
            let rhs_bar = ScaledElements {
                elements: lhs,
                scale: c,
            };
            (rhs.map(|b| b * c), rhs_bar)
        };
        (out, dot_pullback)
    }
}

/// `c x` for a written-out vector `x = [x₀, .., xₙ₋₁]` and a scalar `c`, not yet an array: the
/// cotangent of `b` in `[x₀, .., xₙ₋₁].dot(&b)`. An adjoint takes it as the array
/// `[c x₀, .., c xₙ₋₁]` (it is a [`Contribution`] to an `Array1`); dropped, it costs nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaledElements<A, const N: usize> {
    elements: [A; N],
    scale: A,
}

impl<A: Scalar, const N: usize> ScaledElements<A, N> {
    /// The array `[c x₀, .., c xₙ₋₁]`.
    pub fn to_array(&self) -> Array1<A> {
        self.elements.iter().map(|&x| x * self.scale).collect()
    }
}

impl<A: Scalar, const N: usize> Contribution<Array1<A>> for ScaledElements<A, N> {
    #[inline]
    fn into_contribution(self) -> Option<Array1<A>> {
        Some(self.to_array())
    }
}

/// `[x₀, .., xₙ₋₁].dot(&m)` for a matrix `m`: the vector-matrix product of a vector written out
/// (see the vector-vector product above), `xᵀ m`; the pullback `c -> (m c, x cᵀ)`.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::rules::DotVjp;
///
/// let (value, pullback) = [1.0, 2.0].dot_vjp(&array![[1.0, 0.0], [3.0, 1.0]]);
/// assert_eq!(value, array![7.0, 2.0]);
/// let (x_bar, m_bar) = pullback(array![1.0, -1.0]);
/// assert_eq!(x_bar, [1.0, 2.0]);
/// assert_eq!(m_bar, array![[1.0, -1.0], [2.0, -2.0]]);
/// ```
///
/// **Panics** if `m` does not have `N` rows, as ndarray's `dot` does.
impl<A: Scalar, S: Data<Elem = A>, const N: usize> DotVjp<ArrayBase<S, Ix2>> for [A; N] {
    type Output = Array1<A>;
    type LhsTangent = [A; N];
    type RhsTangent = Array2<A>;
    #[track_caller]
    #[inline]
    fn dot_vjp(
        &self,
        rhs: &ArrayBase<S, Ix2>,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> ([A; N], Array2<A>) + use<A, S, N>,
    ) {
        let lhs = *self;
        let out = ndarray::aview1(&lhs).dot(rhs);
        let rhs = rhs.to_owned();
        let dot_pullback = move |c: Array1<A>| {
            let lhs_bar = rhs.dot(&c);
            let outer = ndarray::aview1(&lhs)
                .insert_axis(ndarray::Axis(1))
                .dot(&c.view().insert_axis(ndarray::Axis(0)));
            (core::array::from_fn(|i| lhs_bar[i]), outer)
        };
        (out, dot_pullback)
    }
}

/// `a.t()`: the transpose and its pullback, the cotangent transposed back.
pub trait TransposeVjp<A, D> {
    /// The transpose, as an owned array in standard layout (not a view as ndarray's `t`, so
    /// that the rules applied to it keep no borrow of `a`), and its pullback.
    fn t_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> TransposeVjp<A, D> for ArrayBase<S, D> {
    fn t_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let t_pullback = |c: Array<A, D>| (c.reversed_axes(),);
        (self.t().as_standard_layout().into_owned(), t_pullback)
    }
}
