//! Derivative rules for reductions of ndarray arrays: `sum`, `mean`, `sum_axis`, `mean_axis`.
//! Their pullbacks broadcast the cotangent back over what was reduced (linear, nothing kept
//! but the shape).
//!
//! `mean` and `mean_axis` return an `Option` in ndarray (`None` for an empty array or axis);
//! the rules return the value and panic on an empty array, and the macro drops the
//! `.unwrap()` or `.expect(..)` written after them.

use ndarray::{Array, ArrayBase, Axis, Data, Dimension, RemoveAxis};

use crate::Scalar;

/// The reduction rules, as methods of arrays: `x.sum()` becomes `x.sum_vjp()`.
pub trait ReduceRules<A, D: Dimension> {
    /// `Σ x`; the pullback is `c -> c` in every element.
    fn sum_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
    /// `Σ x / n`; the pullback is `c -> c / n` in every element.
    ///
    /// **Panics** if the array is empty.
    fn mean_vjp(&self) -> (A, impl FnOnce(A) -> (Array<A, D>,) + use<Self, A, D>);
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
