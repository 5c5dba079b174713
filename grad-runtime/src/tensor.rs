//! ndarray arrays as differentiable values: their gradient type, zero gradients, in-place sums,
//! and element access for indexed reads and writes.
//!
//! The gradient of any `ArrayBase<S, D>` (an owned `Array`, an `ArrayView`, a reference to
//! either) is an owned `Array<A, D>` of the same shape.

use ndarray::{Array, ArrayBase, Data, Dimension, NdIndex};

use crate::adjoint::{Accumulate, Differentiable, IndexTangent, Real, Scale, TangentShape};

/// The shape of an array's gradient: its dimensions.
#[derive(Debug)]
pub struct NdShape<A, D> {
    dim: D,
    element: core::marker::PhantomData<A>,
}

impl<A, D: Clone> Clone for NdShape<A, D> {
    fn clone(&self) -> Self {
        Self {
            dim: self.dim.clone(),
            element: core::marker::PhantomData,
        }
    }
}

impl<A: Real, D: Dimension> TangentShape for NdShape<A, D> {
    type Tangent = Array<A, D>;
    fn zeros(self) -> Array<A, D> {
        Array::from_elem(self.dim, A::ZERO)
    }
    fn placeholder(self) -> Array<A, D> {
        Array::from_elem(D::zeros(self.dim.ndim()), A::ZERO)
    }
    fn restore(&self, tangent: &mut Array<A, D>) {
        if is_placeholder(tangent, &self.dim) {
            *tangent = Array::from_elem(self.dim.clone(), A::ZERO);
        }
    }
}

/// An empty array standing for zeros of a nonempty shape (see [`TangentShape::placeholder`]).
fn is_placeholder<A, D: Dimension>(tangent: &Array<A, D>, dim: &D) -> bool {
    tangent.is_empty() && dim.size() != 0
}

impl<A: Real, S: Data<Elem = A>, D: Dimension> Differentiable for ArrayBase<S, D> {
    type Tangent = Array<A, D>;
    type Shape = NdShape<A, D>;
    fn tangent_shape(&self) -> Self::Shape {
        NdShape {
            dim: self.raw_dim(),
            element: core::marker::PhantomData,
        }
    }
}

/// Sums element by element, in place.
///
/// **Panics** if the shapes differ.
impl<A: Real, D: Dimension> Accumulate for Array<A, D> {
    #[track_caller]
    fn accumulate(&mut self, other: Self) {
        // An empty array on either side is a placeholder for zeros (`TangentShape::placeholder`):
        // the sum is the other side.
        if self.is_empty() && !other.is_empty() {
            *self = other;
            return;
        }
        if other.is_empty() && !self.is_empty() {
            return;
        }
        assert_eq!(
            self.shape(),
            other.shape(),
            "grad: adding cotangents of different shapes"
        );
        self.zip_mut_with(&other, |sum, part| sum.accumulate(*part));
    }
}

impl<A: Real, D: Dimension> Scale<A> for Array<A, D> {
    fn scale(&mut self, by: A) {
        self.map_inplace(|element| element.scale(by));
    }
}

impl<A: Real, D: Dimension, I: NdIndex<D>> IndexTangent<I> for Array<A, D> {
    type Elem = A;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: I, value: A) {
        self[index].accumulate(value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: I) -> A {
        core::mem::replace(&mut self[index], A::ZERO)
    }
}

#[cfg(test)]
mod tests {
    use ndarray::{Array2, array};

    use super::*;
    use crate::{Adjoint, TangentShape};

    #[test]
    fn indexed_reads_add_into_one_element() {
        let x = array![[1.0, 2.0], [3.0, 4.0]];
        let shape = x.view().tangent_shape();
        let mut adj: Adjoint<Array2<f64>> = Adjoint::new();
        adj.add_at([1, 0], 2.5, &shape);
        adj.add_at([1, 0], 0.5, &shape);
        adj.add_at((0, 1), 1.0, &shape);
        assert_eq!(adj.take_at([1, 0]), Some(3.0));
        assert_eq!(adj.finish(shape), array![[0.0, 1.0], [0.0, 0.0]]);
    }

    #[test]
    fn placeholders_take_the_first_contribution_and_become_zeros_if_none_came() {
        let shape = array![[1.0, 2.0], [3.0, 4.0]].view().tangent_shape();
        let mut placeholder = shape.clone().placeholder();
        assert!(placeholder.is_empty());
        placeholder.accumulate(array![[1.0, 1.0], [1.0, 1.0]]);
        assert_eq!(placeholder, array![[1.0, 1.0], [1.0, 1.0]]);
        placeholder.accumulate(Array2::zeros((0, 0)));
        assert_eq!(placeholder, array![[1.0, 1.0], [1.0, 1.0]]);
        let mut untouched = shape.clone().placeholder();
        shape.restore(&mut untouched);
        assert_eq!(untouched, Array2::<f64>::zeros((2, 2)));
        let mut pair = (shape.clone(), 0.5_f64.tangent_shape()).placeholder();
        pair.1.accumulate(2.0);
        let mut adj: Adjoint<(Array2<f64>, f64)> = Adjoint::new();
        adj.add_with(&(shape.clone(), 0.5_f64.tangent_shape()), |t| &mut t.1, 2.0);
        let (restored, scalar) = adj
            .take_restored(&(shape, 0.5_f64.tangent_shape()))
            .unwrap();
        assert_eq!((restored, scalar), (Array2::zeros((2, 2)), 2.0));
        let _ = pair;
    }

    #[test]
    fn an_empty_adjoint_takes_nothing() {
        let mut adj: Adjoint<Vec<f64>> = Adjoint::new();
        assert_eq!(adj.take_at(3), None);
    }
}
