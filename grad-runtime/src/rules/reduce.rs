//! Derivative rules for reductions of ndarray arrays: `sum`, `mean`, `sum_axis`, `mean_axis`,
//! `product`. The pullbacks of the linear ones broadcast the cotangent back over what was
//! reduced (nothing kept but the shape); `product`'s keeps the elements.
//!
//! One fused rule has no ndarray method of its own: `sum_of_squares`, `Σ x²`, which the macro
//! emits for `(&x * &x).sum()` and `x.powi(2).sum()` (the L2 penalty) instead of a square
//! followed by a sum, whose intermediate arrays it does not need.
//!
//! `mean` and `mean_axis` return an `Option` in ndarray (`None` for an empty array or axis);
//! the rules return the value and panic on an empty array, and the macro drops the
//! `.unwrap()` or `.expect(..)` written after them.

use ndarray::{Array, ArrayBase, Axis, Data, Dimension, RemoveAxis};

use crate::Scalar;
use crate::engine::{Accumulate, Adjoint};

/// The reduction rules, as methods of arrays: `x.sum()` becomes `x.sum_vjp()`.
pub trait ReduceRules<A, D: Dimension> {
    /// `Σ x`; the pullback is `c -> c` in every element.
    fn sum_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
    /// `Σ x / n`; the pullback is `c -> c / n` in every element.
    ///
    /// **Panics** if the array is empty.
    fn mean_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
    /// `Π x`, ndarray's `product` (1 for an empty array); `∂(Π x)/∂x_i = Π_{j≠i} x_j`, so the
    /// pullback is `c ↦ c · Π_{j≠i} x_j` in element `i`.
    ///
    /// The products of the others are computed without dividing `Π x` by `x_i`, as the product
    /// of the elements before `i` times the product of those after it (two passes), so that
    /// they are exact where elements are 0: with one zero `x_k`, element `k` gets the product
    /// of the others and every other element 0; with two zeros, all get 0.
    fn product_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
    /// `Σ x²`, the square of the Frobenius norm: what `#[differentiate]` emits for
    /// `(&x * &x).sum()` and `x.powi(2).sum()` when the squares are used nowhere else.
    ///
    /// `∂(Σ x_j²)/∂x_i = 2 x_i`, so the pullback is `c ↦ 2c · x`. The forward sweep makes one
    /// copy of `x` (a pullback cannot borrow its operand) and computes the value from it in one
    /// pass, allocating nothing else; the pullback scales that copy in place and returns it as
    /// the cotangent, allocating nothing. Against `x.powi_vjp(2)` then `.sum_vjp()` (the copy,
    /// the array of squares, the cotangent broadcast to a full array) this is one array of
    /// `x`'s size instead of three. The value and the cotangent are bit for bit those of that
    /// composition: the same products, summed in the same order as ndarray's `sum`.
    fn sum_of_squares_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
    /// The value of [`sum_of_squares_vjp`](ReduceRules::sum_of_squares_vjp), `Σ x²`, keeping
    /// nothing: what `f_grad` computes when its reverse sweep can still read `x` itself (a
    /// parameter passed by reference, or a field of one), and then pulls back with
    /// [`sum_of_squares_pullback_into`](ReduceRules::sum_of_squares_pullback_into). Bit for
    /// bit the value of `sum_of_squares_vjp`.
    fn sum_of_squares_forward(&self) -> A;
    /// The pullback of `Σ x²`, `c ↦ 2c · x`, added into `adjoint` in place: `adjoint += 2c · x`
    /// with no array allocated when the adjoint already holds a sum (`2c · x` itself, one
    /// array, when it is empty).
    ///
    /// This is how `f_grad` accumulates an L2 penalty: the scalar cotangents of every
    /// `(&w * &w).sum()` of `w` are summed first, and this runs once, when the reverse sweep is
    /// done with `w`'s other uses, so the penalty's gradient is added into the gradient the
    /// layer's rule made instead of being a second array of `w`'s size beside it.
    ///
    /// **Panics** if the adjoint holds a sum of another shape.
    fn sum_of_squares_pullback_into(&self, c: A, adjoint: &mut Adjoint<Array<A, D>>);
    /// The sum along `axis`; the pullback repeats the cotangent along that axis.
    fn sum_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, ()) + use<Self, A, D>,
    )
    where
        D: RemoveAxis;
    /// The mean along `axis`; the pullback repeats the cotangent divided by the axis length.
    ///
    /// **Panics** if the axis has length 0.
    fn mean_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, ()) + use<Self, A, D>,
    )
    where
        D: RemoveAxis;
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ReduceRules<A, D> for ArrayBase<S, D> {
    fn sum_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<A, S, D>) {
        let dim = self.raw_dim();
        let sum_pullback = move |c: A| (Array::from_elem(dim, c),);
        (self.sum(), sum_pullback)
    }

    #[track_caller]
    fn mean_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<A, S, D>) {
        let dim = self.raw_dim();
        let n = A::from_usize(self.len()).expect("a length is a float");
        let mean = self.mean().expect("mean: the array is empty");
        let mean_pullback = move |c: A| (Array::from_elem(dim, c / n),);
        (mean, mean_pullback)
    }

    fn product_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<A, S, D>) {
        // A copy in standard layout, so that its slice is in the order of the pullback's result.
        let kept = self.as_standard_layout().into_owned();
        let product_pullback = move |c: A| {
            let xs = kept
                .as_slice()
                .unwrap_or_else(|| unreachable!("a standard-layout copy is one slice"));
            // Element i: c times the product of the elements before it ...
            let mut others: Vec<A> = running_products(c, xs.iter()).collect();
            // ... times the product of those after it.
            let afters = running_products(A::ONE, xs.iter().rev());
            for (other, after) in others.iter_mut().rev().zip(afters) {
                *other = after * *other;
            }
            let gradient = Array::from_shape_vec(kept.raw_dim(), others)
                .unwrap_or_else(|_| unreachable!("one product per element"));
            (gradient,)
        };
        (self.product(), product_pullback)
    }

    fn sum_of_squares_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<A, S, D>) {
        // An owned copy is contiguous (in `x`'s memory order if `x` was contiguous, standard
        // order otherwise), as the array of squares `powi_vjp` makes from the same copy.
        let mut kept = self.to_owned();
        let value = match kept.as_slice_memory_order() {
            Some(slice) => unrolled_sum_of_squares(slice),
            None => kept.iter().fold(A::ZERO, |sum, &x| sum + x * x),
        };
        let sum_of_squares_pullback = move |c: A| {
            let scale = c * (A::ONE + A::ONE);
            kept.mapv_inplace(|x| scale * x);
            (kept,)
        };
        (value, sum_of_squares_pullback)
    }

    fn sum_of_squares_forward(&self) -> A {
        match self.as_slice_memory_order() {
            Some(slice) => unrolled_sum_of_squares(slice),
            // The order `sum_of_squares_vjp` sums in is that of a contiguous copy.
            None => self.sum_of_squares_vjp().0,
        }
    }

    #[track_caller]
    fn sum_of_squares_pullback_into(&self, c: A, adjoint: &mut Adjoint<Array<A, D>>) {
        let scale = c * (A::ONE + A::ONE);
        adjoint.add_computed(
            || self.mapv(|x| scale * x),
            |sum| {
                if sum.shape() == self.shape() {
                    // `sum + 2c·x`, the same additions `Adjoint::add` of `2c·x` makes.
                    sum.zip_mut_with(self, |s, &x| *s += scale * x);
                } else {
                    // A placeholder (an empty array standing for zeros), or shapes that do not
                    // fit: what `Adjoint::add` does with them.
                    sum.accumulate(self.mapv(|x| scale * x));
                }
            },
        );
    }

    #[track_caller]
    fn sum_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, ()) + use<A, S, D>,
    )
    where
        D: RemoveAxis,
    {
        let dim = self.raw_dim();
        let sum_axis_pullback =
            move |c: Array<A, D::Smaller>| (repeat_along(c, axis, &dim, A::ONE), ());
        (self.sum_axis(axis), sum_axis_pullback)
    }

    #[track_caller]
    fn mean_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, ()) + use<A, S, D>,
    )
    where
        D: RemoveAxis,
    {
        let dim = self.raw_dim();
        let n = A::from_usize(self.len_of(axis)).expect("a length is a float");
        let mean = self.mean_axis(axis).unwrap_or_else(|| {
            panic!(
                "mean_axis: axis {} of shape {:?} is empty",
                axis.index(),
                self.shape()
            )
        });
        let mean_axis_pullback =
            move |c: Array<A, D::Smaller>| (repeat_along(c, axis, &dim, A::ONE / n), ());
        (mean, mean_axis_pullback)
    }
}

/// `start`, then `start · x₀`, `start · x₀ · x₁`, ...: the product of `start` and the elements
/// before each element of `xs`, one per element.
fn running_products<'a, A: Scalar>(
    start: A,
    xs: impl Iterator<Item = &'a A>,
) -> impl Iterator<Item = A> {
    xs.scan(start, |product, &x| {
        let before = *product;
        *product = before * x;
        Some(before)
    })
}

/// `Σ x²` over a slice, in the order of ndarray's `sum` of a contiguous array (eight partial
/// sums, combined pairwise, then the tail), so that the value is exactly `x.powi(2).sum()`'s;
/// the eight independent sums are also what lets the loop vectorise.
pub(crate) fn unrolled_sum_of_squares<A: Scalar>(mut xs: &[A]) -> A {
    let mut p = [A::ZERO; 8];
    while let [x0, x1, x2, x3, x4, x5, x6, x7, rest @ ..] = xs {
        p[0] += *x0 * *x0;
        p[1] += *x1 * *x1;
        p[2] += *x2 * *x2;
        p[3] += *x3 * *x3;
        p[4] += *x4 * *x4;
        p[5] += *x5 * *x5;
        p[6] += *x6 * *x6;
        p[7] += *x7 * *x7;
        xs = rest;
    }
    let mut sum = A::ZERO;
    sum += p[0] + p[4];
    sum += p[1] + p[5];
    sum += p[2] + p[6];
    sum += p[3] + p[7];
    for &x in xs {
        sum += x * x;
    }
    sum
}

/// `c`, with `axis` put back and repeated to `dim`, times `scale`.
fn repeat_along<A: Scalar, D: Dimension>(
    c: Array<A, D::Smaller>,
    axis: Axis,
    dim: &D,
    scale: A,
) -> Array<A, D> {
    let expanded = c.insert_axis(axis);
    let mut out = Array::zeros(dim.clone());
    let expanded = expanded
        .into_dimensionality::<D>()
        .unwrap_or_else(|_| unreachable!("inserting the axis back gives the dimension"));
    out.zip_mut_with(&expanded, |o, &v| *o = v * scale);
    out
}
