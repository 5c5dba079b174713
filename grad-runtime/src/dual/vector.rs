//! [`DualVec`]: a vector of dual numbers kept as two vectors, the values and the tangents. It
//! is the gradient `f_hvp` sums for a slice parameter read as a [`DualSlice`]: its two halves
//! are the gradient and the Hessian-vector product, returned as they are.
//!
//! [`DualSlice`]: crate::engine::lift::DualSlice

use core::marker::PhantomData;

use super::{Dual, Primal};
use crate::Scalar;
use crate::engine::accumulate::Accumulate;
use crate::engine::adjoint::Scale;
use crate::engine::differentiable::TangentShape;
use crate::engine::elements::IndexTangent;

/// The vector `[v_i + t_i ε]` of dual numbers, stored as its values `v` and its tangents `t`
/// side by side (structure of arrays).
///
/// Summed into element by element during the reverse sweep of `f_hvp`, it ends as the gradient
/// (the values) and the Hessian-vector product (the tangents), which [`DualVec::split`] hands
/// out without copying: a `Vec<Dual<A>>` would need a third buffer twice their size and a pass
/// to split it.
///
/// ```
/// use grad_runtime::Dual;
/// use grad_runtime::dual::DualVec;
/// use grad_runtime::__private::IndexTangent;
///
/// let mut sum = DualVec::zeros(3);
/// sum.add_at(1, Dual::new(2.0_f64, 0.5));
/// sum.add_at(1, Dual::new(1.0, 0.25));
/// assert_eq!(sum.split(), (vec![0.0, 3.0, 0.0], vec![0.0, 0.75, 0.0]));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct DualVec<A> {
    value: Vec<A>,
    /// As long as `value`, by construction.
    tangent: Vec<A>,
}

impl<A: Primal> DualVec<A> {
    /// `n` zeros, `0 + 0ε`.
    #[inline]
    pub fn zeros(n: usize) -> Self {
        DualVec {
            value: vec![A::zero(); n],
            tangent: vec![A::zero(); n],
        }
    }

    /// The number of elements.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.value.len()
    }

    /// Whether there are no elements.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// `([v_i], [t_i])`, the values and the tangents.
    #[inline(always)]
    pub fn split(self) -> (Vec<A>, Vec<A>) {
        (self.value, self.tangent)
    }
}

/// `x_i + y_i` for every `i`, values and tangents apart, as for a `Vec<Dual<A>>`.
impl<A: Primal> Accumulate for DualVec<A> {
    #[track_caller]
    fn accumulate(&mut self, other: Self) {
        assert_eq!(
            self.len(),
            other.len(),
            "grad: adding cotangents of different lengths"
        );
        for (sum, part) in self.value.iter_mut().zip(other.value) {
            *sum += part;
        }
        for (sum, part) in self.tangent.iter_mut().zip(other.tangent) {
            *sum += part;
        }
    }
}

impl<A: Primal> IndexTangent<usize> for DualVec<A> {
    type Elem = Dual<A>;

    /// `x_i += y`: the value into the values, the tangent into the tangents.
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: usize, value: Dual<A>) {
        self.value[index] += value.value;
        self.tangent[index] += value.tangent;
    }

    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: usize) -> Dual<A> {
        let value = core::mem::replace(&mut self.value[index], A::zero());
        Dual::new(
            value,
            core::mem::replace(&mut self.tangent[index], A::zero()),
        )
    }
}

/// `x_i ← x_i a` for every `i`, the product of dual numbers, as `Tangent::scale` has it for a
/// `Vec<Dual<A>>`.
impl<A: Primal> Scale for DualVec<A>
where
    Dual<A>: Scalar,
{
    type Factor = Dual<A>;
    fn scale_by(&mut self, a: Dual<A>) {
        for (value, tangent) in self.value.iter_mut().zip(&mut self.tangent) {
            let product = Dual::new(*value, *tangent) * a;
            (*value, *tangent) = (product.value, product.tangent);
        }
    }
}

/// The shape of a [`DualVec`] gradient: its length.
#[derive(Debug)]
pub struct DualVecShape<A> {
    len: usize,
    primal: PhantomData<A>,
}

impl<A> DualVecShape<A> {
    /// The shape of `len` elements.
    #[inline]
    pub fn new(len: usize) -> Self {
        DualVecShape {
            len,
            primal: PhantomData,
        }
    }
}

impl<A> Clone for DualVecShape<A> {
    fn clone(&self) -> Self {
        DualVecShape::new(self.len)
    }
}

impl<A: Primal> TangentShape for DualVecShape<A> {
    type Tangent = DualVec<A>;
    #[inline]
    fn zeros(self) -> DualVec<A> {
        DualVec::zeros(self.len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Tangent;

    fn duals() -> Vec<Dual<f64>> {
        vec![
            Dual::new(1.5, -0.25),
            Dual::new(-2.0, 3.0),
            Dual::new(0.1, 0.7),
        ]
    }

    fn dual_vec(duals: &[Dual<f64>]) -> DualVec<f64> {
        let mut sum = DualVec::zeros(duals.len());
        for (i, &d) in duals.iter().enumerate() {
            sum.add_at(i, d);
        }
        sum
    }

    fn split(duals: Vec<Dual<f64>>) -> (Vec<f64>, Vec<f64>) {
        duals.into_iter().map(|d| (d.value, d.tangent)).unzip()
    }

    #[test]
    fn sums_and_scales_as_a_vec_of_dual_numbers_does() {
        let (mut expected, mut sum) = (duals(), dual_vec(&duals()));
        let other: Vec<_> = duals().iter().map(|&d| d * Dual::new(0.5, 2.0)).collect();
        expected.accumulate(other.clone());
        sum.accumulate(dual_vec(&other));
        assert_eq!(sum.clone().split(), split(expected.clone()));
        let factor = Dual::new(-1.25, 0.375);
        expected.scale(factor);
        sum.scale_by(factor);
        assert_eq!(sum.clone().split(), split(expected.clone()));
        assert_eq!(
            (sum.take_at(1).value, sum.take_at(1).value),
            (expected[1].value, 0.0)
        );
    }

    #[test]
    #[should_panic(expected = "different lengths")]
    fn vectors_of_different_lengths_do_not_add() {
        DualVec::<f64>::zeros(2).accumulate(DualVec::zeros(3));
    }
}
