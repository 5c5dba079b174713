//! Derivative rules for shape operations on ndarray arrays: `into_shape_with_order`,
//! `insert_axis`, `index_axis`, `row`, `column`, `slice`. They move values without arithmetic:
//! the pullback reshapes the cotangent back, or scatters it into zeros of the input's shape.
//!
//! The results are owned arrays, not views as in ndarray, so that the rules applied to them
//! keep no borrow of the input (see [`ops`](super::ops)).

use ndarray::{
    Array, Array1, ArrayBase, Axis, Data, Dimension, IntoDimension, Ix2, RemoveAxis, SliceArg,
};

use crate::Scalar;

/// The shape rules, as methods of arrays: `x.into_shape_with_order(s)` becomes
/// `x.into_shape_with_order_vjp(s)`.
// The rule is named after the method it stands for, which consumes its array; the rule itself
// only reads it.
#[allow(clippy::wrong_self_convention)]
pub trait ShapeRules<A, D: Dimension> {
    /// `x.into_shape_with_order(shape)` (row-major order), unwrapped; the pullback reshapes
    /// the cotangent back.
    ///
    /// **Panics** if the element counts differ, naming both shapes.
    fn into_shape_with_order_vjp<E: IntoDimension>(
        &self,
        shape: E,
    ) -> (
        Array<A, E::Dim>,
        impl FnOnce(Array<A, E::Dim>) -> (Array<A, D>, ()) + use<Self, A, D, E>,
    );

    /// `x.insert_axis(axis)`: the same elements with a new axis of length 1 before `axis`
    /// (as an owned array); the pullback removes that axis from the cotangent, without copying
    /// it.
    ///
    /// **Panics** if `axis` is greater than the number of axes, as ndarray's `insert_axis`
    /// does.
    fn insert_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Larger>,
        impl FnOnce(Array<A, D::Larger>) -> (Array<A, D>, ()) + use<Self, A, D>,
    );

    /// `x.index_axis(axis, i)`: the subarray at index `i` along `axis`, one axis fewer, as an
    /// owned array; the pullback puts the cotangent at index `i` along `axis` of zeros of `x`'s
    /// shape: `x̄[.., i, ..] = c`, 0 elsewhere.
    ///
    /// **Panics** if `axis` or `i` is out of bounds, as ndarray's `index_axis` does.
    fn index_axis_vjp(
        &self,
        axis: Axis,
        i: usize,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), ()) + use<Self, A, D>,
    )
    where
        D: RemoveAxis;
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ShapeRules<A, D> for ArrayBase<S, D> {
    #[track_caller]
    fn into_shape_with_order_vjp<E: IntoDimension>(
        &self,
        shape: E,
    ) -> (
        Array<A, E::Dim>,
        impl FnOnce(Array<A, E::Dim>) -> (Array<A, D>, ()) + use<A, S, D, E>,
    ) {
        let dim = self.raw_dim();
        let target = shape.into_dimension();
        let reshaped = self
            .as_standard_layout()
            .into_owned()
            .into_shape_with_order(target.clone())
            .unwrap_or_else(|_| {
                panic!(
                    "into_shape_with_order: cannot reshape {:?} to {:?}",
                    self.shape(),
                    target.slice()
                )
            });
        let into_shape_pullback = move |c: Array<A, E::Dim>| {
            // A cotangent in standard layout (what the layers' rules return) is reshaped where
            // it is; only another layout is copied.
            let c = if c.is_standard_layout() {
                c
            } else {
                c.as_standard_layout().into_owned()
            };
            let back = c
                .into_shape_with_order(dim)
                .unwrap_or_else(|_| unreachable!("the cotangent has the result's shape"));
            (back, ())
        };
        (reshaped, into_shape_pullback)
    }

    #[track_caller]
    fn insert_axis_vjp(
        &self,
        axis: Axis,
    ) -> (
        Array<A, D::Larger>,
        impl FnOnce(Array<A, D::Larger>) -> (Array<A, D>, ()) + use<A, S, D>,
    ) {
        let inserted = self.to_owned().insert_axis(axis);
        let insert_axis_pullback = move |c: Array<A, D::Larger>| {
            // `D::Larger`'s smaller dimension is `D`, which the types do not say: go through
            // the dynamic dimension, where removing an axis is a view of the same elements.
            let back = c
                .into_dyn()
                .index_axis_move(axis, 0)
                .into_dimensionality::<D>()
                .unwrap_or_else(|_| unreachable!("removing the inserted axis gives D"));
            (back, ())
        };
        (inserted, insert_axis_pullback)
    }

    #[track_caller]
    fn index_axis_vjp(
        &self,
        axis: Axis,
        i: usize,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), ()) + use<A, S, D>,
    )
    where
        D: RemoveAxis,
    {
        let dim = self.raw_dim();
        let index_axis_pullback = move |c: Array<A, D::Smaller>| {
            let mut full = Array::zeros(dim);
            full.index_axis_mut(axis, i).assign(&c);
            (full, (), ())
        };
        (self.index_axis(axis, i).to_owned(), index_axis_pullback)
    }
}

/// Rows and columns of matrices: `x.row(i)`, `x.column(j)`.
pub trait MatrixRules<A> {
    /// Row `i`, as an owned vector; the pullback puts the cotangent in row `i` of zeros.
    ///
    /// **Panics** if `i` is out of bounds.
    fn row_vjp(
        &self,
        i: usize,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>, ()) + use<Self, A>,
    );
    /// Column `j`, as an owned vector; the pullback puts the cotangent in column `j` of zeros.
    ///
    /// **Panics** if `j` is out of bounds.
    fn column_vjp(
        &self,
        j: usize,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>, ()) + use<Self, A>,
    );
    /// The diagonal `x[[k, k]]` for `k < min(rows, columns)`, as an owned vector; the pullback
    /// puts the cotangent on the diagonal of zeros: `x̄[[k, k]] = cₖ`, 0 elsewhere.
    ///
    /// ```
    /// use grad_runtime::ndarray::array;
    /// use grad_runtime::rules::MatrixRules;
    ///
    /// let (d, pullback) = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]].diag_vjp();
    /// assert_eq!(d, array![1.0, 5.0]);
    /// assert_eq!(pullback(array![0.5, -1.0]).0, array![[0.5, 0.0, 0.0], [0.0, -1.0, 0.0]]);
    /// ```
    fn diag_vjp(
        &self,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>,) + use<Self, A>,
    );
}

impl<A: Scalar, S: Data<Elem = A>> MatrixRules<A> for ArrayBase<S, Ix2> {
    fn diag_vjp(
        &self,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>,) + use<A, S>,
    ) {
        let dim = self.raw_dim();
        let diag_pullback = move |c: Array1<A>| {
            let mut full = Array::zeros(dim);
            full.diag_mut().assign(&c);
            (full,)
        };
        (self.diag().to_owned(), diag_pullback)
    }

    #[track_caller]
    fn row_vjp(
        &self,
        i: usize,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>, ()) + use<A, S>,
    ) {
        let dim = self.raw_dim();
        let row_pullback = move |c: Array1<A>| {
            let mut full = Array::zeros(dim);
            full.row_mut(i).assign(&c);
            (full, ())
        };
        (self.row(i).to_owned(), row_pullback)
    }

    #[track_caller]
    fn column_vjp(
        &self,
        j: usize,
    ) -> (
        Array1<A>,
        impl FnOnce(Array1<A>) -> (Array<A, Ix2>, ()) + use<A, S>,
    ) {
        let dim = self.raw_dim();
        let column_pullback = move |c: Array1<A>| {
            let mut full = Array::zeros(dim);
            full.column_mut(j).assign(&c);
            (full, ())
        };
        (self.column(j).to_owned(), column_pullback)
    }
}

/// `x.slice(s![..])`: the slice as an owned array; the pullback puts the cotangent in the same
/// slice of zeros.
pub trait SliceRules<A, D: Dimension> {
    /// The slice and its pullback.
    ///
    /// **Panics** if the slice is out of bounds, as ndarray's `slice` does.
    fn slice_vjp<I>(
        &self,
        info: I,
    ) -> (
        Array<A, I::OutDim>,
        impl FnOnce(Array<A, I::OutDim>) -> (Array<A, D>, ()) + use<Self, A, D, I>,
    )
    where
        I: SliceArg<D> + Clone;
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> SliceRules<A, D> for ArrayBase<S, D> {
    #[track_caller]
    fn slice_vjp<I>(
        &self,
        info: I,
    ) -> (
        Array<A, I::OutDim>,
        impl FnOnce(Array<A, I::OutDim>) -> (Array<A, D>, ()) + use<A, S, D, I>,
    )
    where
        I: SliceArg<D> + Clone,
    {
        let dim = self.raw_dim();
        let kept = info.clone();
        let slice_pullback = move |c: Array<A, I::OutDim>| {
            let mut full = Array::zeros(dim);
            full.slice_mut(kept).assign(&c);
            (full, ())
        };
        (self.slice(info).to_owned(), slice_pullback)
    }
}

#[cfg(test)]
mod tests {
    use ndarray::{array, s};

    use super::*;

    #[test]
    fn rows_columns_and_slices_scatter_their_cotangent_back() {
        let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let (row, pullback) = x.row_vjp(1);
        assert_eq!(row, array![4.0, 5.0, 6.0]);
        assert_eq!(
            pullback(array![1.0, 1.0, 1.0]).0,
            array![[0.0, 0.0, 0.0], [1.0, 1.0, 1.0]]
        );
        let (column, pullback) = x.column_vjp(2);
        assert_eq!(column, array![3.0, 6.0]);
        assert_eq!(
            pullback(array![1.0, 2.0]).0,
            array![[0.0, 0.0, 1.0], [0.0, 0.0, 2.0]]
        );
        let (part, pullback) = x.slice_vjp(s![.., 1..]);
        assert_eq!(part, array![[2.0, 3.0], [5.0, 6.0]]);
        assert_eq!(
            pullback(array![[1.0, 2.0], [3.0, 4.0]]).0,
            array![[0.0, 1.0, 2.0], [0.0, 3.0, 4.0]]
        );
        let (flat, pullback) = x.into_shape_with_order_vjp(6);
        assert_eq!(flat, array![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
        assert_eq!(pullback(flat.clone()).0, x);
    }

    #[test]
    fn a_reshape_pullback_reshapes_a_standard_cotangent_in_place() {
        let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let (_, pullback) = x.into_shape_with_order_vjp((3, 2));
        let c = array![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
        let buffer = c.as_ptr();
        let (back, ()) = pullback(c);
        assert_eq!(back, array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
        assert_eq!(back.as_ptr(), buffer, "the cotangent was copied");
        // A transposed cotangent is read in logical order.
        let (_, pullback) = x.into_shape_with_order_vjp((3, 2));
        let c = array![[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]].reversed_axes();
        assert_eq!(pullback(c).0, array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    }

    #[test]
    #[should_panic(expected = "cannot reshape [2, 3] to [4]")]
    fn a_reshape_to_another_size_names_both_shapes() {
        let x = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        let _ = x.into_shape_with_order_vjp(4);
    }
}
