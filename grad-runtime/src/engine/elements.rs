//! Element access for indexed reads and writes and for the loops `for x in xs.iter()` become:
//! reading a container's elements in iteration order ([`Elements`], [`Flat`]), and updating one
//! element of its gradient in place, by the container's own index (`x[i]`, `w[[i, j]]`:
//! [`IndexTangent`]) or by position in iteration order ([`FlatTangent`]).

use ndarray::{Array, ArrayBase, Data, Dimension, NdIndex};

use crate::{Scalar, Tangent};

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

impl<A, S: Data<Elem = A>, D: Dimension> Elements for ArrayBase<S, D> {
    type Elem = A;
    fn element_count(&self) -> usize {
        self.len()
    }
    #[inline]
    #[track_caller]
    fn element_ref(&self, index: Flat) -> &A {
        assert_in_bounds(index, self.len());
        if in_iteration_order(self.shape(), self.strides()) {
            // SAFETY: with the strides `in_iteration_order` accepts, the `len()` elements lie
            // one after another from `as_ptr()`, the first in iteration order first, and
            // `index < len()` was asserted above: the pointer is to an element of the array,
            // which `&self` keeps borrowed for the reference's lifetime.
            unsafe { &*self.as_ptr().add(index.0) }
        } else {
            &self[unravel(&self.raw_dim(), index.0)]
        }
    }
}

/// **Panics** unless `index` is one of `len` elements' positions.
#[inline(always)]
#[track_caller]
fn assert_in_bounds(index: Flat, len: usize) {
    assert!(
        index.0 < len,
        "grad: element {} of an array of {len}",
        index.0
    );
}

/// Whether an array of this shape and these strides holds its elements one after another in
/// memory, in iteration (row-major) order: each axis's stride is the product of the lengths of
/// the axes after it, except on axes of length 1, whose stride no element uses.
///
/// ndarray's `as_slice` asks the same, but through a test general enough that, done for every
/// element a loop reads, it cost 3x the loop's own work (cachegrind: 56 instructions an element
/// for `w.iter().map(|v| v * v).sum()` over a 784 x 128 matrix).
#[inline(always)]
fn in_iteration_order(shape: &[usize], strides: &[isize]) -> bool {
    // The common ranks spelled out: the general loop below is not unrolled, and its 20
    // instructions for a matrix were most of a loop's work again.
    match (shape, strides) {
        ([length], [stride]) => return *length == 1 || *stride == 1,
        ([rows, columns], [row_stride, column_stride]) => {
            return (*columns == 1 || *column_stride == 1)
                && (*rows == 1 || *row_stride == *columns as isize);
        }
        _ => {}
    }
    let mut expected = 1isize;
    for (&length, &stride) in shape.iter().zip(strides).rev() {
        if length != 1 && stride != expected {
            return false;
        }
        expected = expected.wrapping_mul(length as isize);
    }
    true
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

/// In-place element access to a container's gradient, for indexed reads and writes.
pub trait IndexTangent<I> {
    /// The element type.
    type Elem;
    /// `self[index] += value`.
    fn add_at(&mut self, index: I, value: Self::Elem);
    /// `self[index]`, leaving zero in its place.
    fn take_at(&mut self, index: I) -> Self::Elem;
}

/// The elements of a `Vec` or an array `[T; N]` may be any gradient type: floats, arrays, the
/// structs of a network's layers (`for layer in &net.layers`).
impl<T: Tangent> IndexTangent<usize> for Vec<T> {
    type Elem = T;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: usize, value: T) {
        self[index].accumulate(value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: usize) -> T {
        let zero = self[index].zeros_like();
        core::mem::replace(&mut self[index], zero)
    }
}

impl<T: Tangent, const N: usize> IndexTangent<usize> for [T; N] {
    type Elem = T;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: usize, value: T) {
        self[index].accumulate(value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: usize) -> T {
        let zero = self[index].zeros_like();
        core::mem::replace(&mut self[index], zero)
    }
}

impl<A: Scalar, D: Dimension, I: NdIndex<D>> IndexTangent<I> for Array<A, D> {
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

/// The position of an element of an element: `(i, j)` for `x[i][j]`, `(i, j, k)` for
/// `x[i][j][k]`, where `x` is a `Vec` of containers (`Vec<Vec<f64>>`, `Vec<[f64; 2]>`). How a write `x[i][j] = v` saves
/// its place, and how its reverse takes the adjoint of what it overwrote.
///
/// A type of its own rather than the tuple, which an ndarray array takes as a 2-D index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nested<I>(pub I);

/// `x[i][j]`: the element `j` of the container at `i`.
impl<T: IndexTangent<J>, J> IndexTangent<Nested<(usize, J)>> for Vec<T> {
    type Elem = T::Elem;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, Nested((i, j)): Nested<(usize, J)>, value: T::Elem) {
        self[i].add_at(j, value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, Nested((i, j)): Nested<(usize, J)>) -> T::Elem {
        self[i].take_at(j)
    }
}

/// `x[i][j][k]`: the element `(j, k)` of the container at `i`.
impl<T: IndexTangent<Nested<(J, K)>>, J, K> IndexTangent<Nested<(usize, J, K)>> for Vec<T> {
    type Elem = T::Elem;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, Nested((i, j, k)): Nested<(usize, J, K)>, value: T::Elem) {
        self[i].add_at(Nested((j, k)), value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, Nested((i, j, k)): Nested<(usize, J, K)>) -> T::Elem {
        self[i].take_at(Nested((j, k)))
    }
}

/// Element updates by position in iteration order, for the adjoints of `for x in a.iter()`.
///
/// Not `IndexTangent<Flat>`: for arrays that impl would overlap the one for every ndarray index
/// (`I: NdIndex<D>`), since another crate may implement `NdIndex` for `Flat` with a dimension
/// type of its own.
pub trait FlatTangent {
    /// The element type.
    type Elem;
    /// `self[index] += value`, `index` in iteration order.
    fn add_flat(&mut self, index: Flat, value: Self::Elem);
}

impl<T: Tangent> FlatTangent for Vec<T> {
    type Elem = T;
    #[inline(always)]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: T) {
        self.add_at(index.0, value);
    }
}

impl<T: Tangent, const N: usize> FlatTangent for [T; N] {
    type Elem = T;
    #[inline(always)]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: T) {
        self.add_at(index.0, value);
    }
}

impl<A: Scalar, D: Dimension> FlatTangent for Array<A, D> {
    type Elem = A;
    #[inline]
    #[track_caller]
    fn add_flat(&mut self, index: Flat, value: A) {
        assert_in_bounds(index, self.len());
        if in_iteration_order(self.shape(), self.strides()) {
            // SAFETY: as in `element_ref`: the element at `index < len()` in iteration order is
            // `as_mut_ptr() + index`, and `&mut self` borrows the array exclusively.
            unsafe { (*self.as_mut_ptr().add(index.0)).accumulate(value) }
        } else {
            let position = unravel(&self.raw_dim(), index.0);
            self[position].accumulate(value);
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
        let mut transposed = a.clone().reversed_axes();
        transposed.add_flat(Flat(1), 1.0);
        assert_eq!(transposed[[0, 1]], 5.0);
    }

    #[test]
    fn every_layout_reads_and_updates_in_row_major_order() {
        use ndarray::{Array3, s};
        let cube = Array3::from_shape_fn((2, 3, 4), |(i, j, k)| (i * 100 + j * 10 + k) as f64);
        let column = cube.slice(s![1, .., 2..3]);
        let strided = cube.slice(s![.., ..;2, 1..;2]);
        let reversed = cube.slice(s![..;-1, .., ..]);
        let row = cube.slice(s![0..1, 1, ..]);
        for view in [
            column.into_dyn(),
            strided.into_dyn(),
            reversed.into_dyn(),
            row.into_dyn(),
        ] {
            let walked: Vec<f64> = (0..view.len()).map(|k| view.element(Flat(k))).collect();
            let expected: Vec<f64> = view.iter().copied().collect();
            assert_eq!(walked, expected);
            let mut adjoint = view.to_owned();
            for k in 0..adjoint.len() {
                adjoint.add_flat(Flat(k), k as f64);
            }
            let added: Vec<f64> = adjoint.iter().zip(&expected).map(|(a, e)| a - e).collect();
            assert_eq!(added, (0..view.len()).map(|k| k as f64).collect::<Vec<_>>());
        }
        let mut transposed = cube.clone().reversed_axes();
        transposed.add_flat(Flat(1), 0.5);
        assert_eq!(transposed[[0, 0, 1]], 100.5);
    }

    #[test]
    #[should_panic(expected = "element 6 of an array of 6")]
    fn a_read_past_the_end_panics() {
        let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        a.element(Flat(6));
    }
}
