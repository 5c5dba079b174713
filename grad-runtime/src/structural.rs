//! Rules for operations that move values without arithmetic: copies (`clone`, `to_vec`,
//! `to_owned`) and element access in iteration order (the loops `for x in xs.iter()` become).
//! Their pullbacks pass cotangents through unchanged, or to one element.

use ndarray::{Array, ArrayBase, Data, Dimension};

use crate::adjoint::{Differentiable, IndexTangent, Real};

/// `x.clone()`: the copy's cotangent is the original's, `c -> (c,)`.
pub trait CloneVjp: Differentiable + Clone {
    /// The copy and its pullback.
    fn clone_vjp(
        &self,
    ) -> (
        Self,
        impl FnOnce(Self::Tangent) -> (Self::Tangent,) + use<Self>,
    ) {
        let clone_pullback = |c| (c,);
        (self.clone(), clone_pullback)
    }
}

impl<T: Differentiable + Clone> CloneVjp for T {}

/// `xs.to_vec()` on a slice or `Vec`: `c -> (c,)`.
pub trait ToVecVjp<A> {
    /// The owned copy and its pullback.
    fn to_vec_vjp(&self) -> (Vec<A>, impl FnOnce(Vec<A>) -> (Vec<A>,) + use<Self, A>);
}

impl<A: Real> ToVecVjp<A> for [A] {
    fn to_vec_vjp(&self) -> (Vec<A>, impl FnOnce(Vec<A>) -> (Vec<A>,) + use<A>) {
        let to_vec_pullback = |c| (c,);
        (self.to_vec(), to_vec_pullback)
    }
}

/// `a.to_owned()` on an ndarray array or view: `c -> (c,)`.
pub trait ToOwnedVjp<A, D> {
    /// The owned copy and its pullback.
    fn to_owned_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
}

impl<A: Real, S: Data<Elem = A>, D: Dimension> ToOwnedVjp<A, D> for ArrayBase<S, D> {
    fn to_owned_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let to_owned_pullback = |c| (c,);
        (self.to_owned(), to_owned_pullback)
    }
}

/// The position of an element in iteration order (row-major for ndarray arrays, whatever
/// their memory layout): how `for x in a.iter()` reads and how its adjoint is updated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flat(pub usize);

/// Containers whose elements a differentiated loop walks in iteration order.
pub trait Elements {
    /// The element type.
    type Elem;
    /// The number of elements.
    fn element_count(&self) -> usize;
    /// The element at `index` in iteration order.
    ///
    /// **Panics** if `index` is out of bounds.
    fn element_ref(&self, index: Flat) -> &Self::Elem;
    /// A copy of the element at `index`.
    fn element(&self, index: Flat) -> Self::Elem
    where
        Self::Elem: Copy,
    {
        *self.element_ref(index)
    }
}

impl<A> Elements for [A] {
    type Elem = A;
    fn element_count(&self) -> usize {
        self.len()
    }
    #[inline(always)]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &A {
        &self[index.0]
    }
}

impl<A> Elements for Vec<A> {
    type Elem = A;
    fn element_count(&self) -> usize {
        self.len()
    }
    #[inline(always)]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &A {
        &self[index.0]
    }
}

impl<A, const N: usize> Elements for [A; N] {
    type Elem = A;
    fn element_count(&self) -> usize {
        N
    }
    #[inline(always)]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &A {
        &self[index.0]
    }
}

impl<T: Elements + ?Sized> Elements for &T {
    type Elem = T::Elem;
    fn element_count(&self) -> usize {
        (**self).element_count()
    }
    #[inline(always)]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &T::Elem {
        (**self).element_ref(index)
    }
}

/// The multi-index of the `index`-th element in row-major order.
fn unravel<D: Dimension>(shape: &D, index: usize) -> D {
    let mut position = D::zeros(shape.ndim());
    let mut rest = index;
    for axis in (0..shape.ndim()).rev() {
        position[axis] = rest % shape[axis];
        rest /= shape[axis];
    }
    position
}

impl<A, S: Data<Elem = A>, D: Dimension> Elements for ArrayBase<S, D> {
    type Elem = A;
    fn element_count(&self) -> usize {
        self.len()
    }
    #[inline]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &A {
        match self.as_slice() {
            Some(elements) => &elements[index.0],
            None => {
                assert!(
                    index.0 < self.len(),
                    "grad: element {} of an array of {}",
                    index.0,
                    self.len()
                );
                &self[unravel(&self.raw_dim(), index.0)]
            }
        }
    }
}

/// Element updates by position in iteration order, for the adjoints of `for x in a.iter()`.
pub trait FlatTangent {
    /// The element type.
    type Elem;
    /// `self[index] += value`, `index` in iteration order.
    fn add_flat(&mut self, index: Flat, value: Self::Elem);
}

impl<A: Real> FlatTangent for Vec<A> {
    type Elem = A;
    #[inline(always)]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: A) {
        self.add_at(index.0, value);
    }
}

impl<A: Real, const N: usize> FlatTangent for [A; N] {
    type Elem = A;
    #[inline(always)]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: A) {
        self.add_at(index.0, value);
    }
}

impl<A: Real, D: Dimension> FlatTangent for Array<A, D> {
    type Elem = A;
    #[inline]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: A) {
        match self.as_slice_mut() {
            Some(elements) => elements[index.0].accumulate(value),
            None => {
                let position = unravel(&self.raw_dim(), index.0);
                self[position].accumulate(value);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use ndarray::array;

    use super::*;

    #[test]
    fn elements_follow_row_major_order_whatever_the_layout() {
        let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let t = a.t();
        let walked: Vec<f64> = (0..t.element_count()).map(|k| t.element(Flat(k))).collect();
        let expected: Vec<f64> = t.iter().copied().collect();
        assert_eq!(walked, expected);
        let mut adjoint = Array::<f64, _>::zeros(t.raw_dim());
        adjoint.add_flat(Flat(1), 2.0);
        assert_eq!(adjoint[[0, 1]], 2.0);
    }

    #[test]
    fn copies_pass_their_cotangent_through() {
        let original = vec![1.0, 2.0];
        let (copy, pullback) = original.clone_vjp();
        assert_eq!(copy, vec![1.0, 2.0]);
        assert_eq!(pullback(vec![3.0, 4.0]), (vec![3.0, 4.0],));
        let (owned, pullback) = [1.0_f32, 2.0][..].to_vec_vjp();
        assert_eq!(owned, vec![1.0, 2.0]);
        assert_eq!(pullback(vec![0.5, 0.25]).0, vec![0.5, 0.25]);
    }
}
