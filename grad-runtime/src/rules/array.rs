//! Derivative rules for building arrays: from vectors (`Array::from_vec(v)`,
//! `Array1::from(v)`, `Array::from_shape_vec(shape, v)`), from one element repeated
//! (`Array::from_elem(shape, x)`), from literals of floats (`array![a, b]`), and by joining
//! arrays (`concatenate(axis, &[a.view(), b.view()])`, `stack(..)`); and the literals of Rust
//! arrays and vectors the vectors come from (`[a, b]`, `vec![a, b]`, `vec![x; n]`).
//!
//! They move values without arithmetic but for `from_elem`, whose pullback sums: each pullback
//! hands every element's cotangent back to where the element came from.
//!
//! The constructors are associated functions of ndarray's owned arrays, so their rules are too:
//! `Array::from_vec(v)` becomes `Array::from_vec_vjp(v)`, a function of the trait
//! [`FromVecVjp`]. `concatenate` and `stack` are free functions; their rules
//! [`concatenate_vjp`] and [`stack_vjp`] are free functions beside ndarray's, which this module
//! re-exports, so that `use grad::runtime::rules::array::*` brings both.
//!
//! ndarray's `from_shape_vec`, `concatenate` and `stack` return a `Result`; their rules return
//! the array itself and panic where ndarray returns an error (the `.unwrap()` written after the
//! call is then not applied to the rule's value).

use ndarray::{
    Array, Array1, Array2, Array3, ArrayBase, ArrayView, Axis, DataOwned, Dimension, Ix1, Ix2,
    RemoveAxis, ShapeBuilder, Slice, StrideShape,
};

use crate::Scalar;

pub use ndarray::{concatenate, stack};

/// `concatenate(axis, &[a, b, ..])`: the arrays joined along an existing `axis` (ndarray's
/// `concatenate`, unwrapped). The pullback cuts the cotangent along `axis` into pieces of the
/// arrays' lengths: array `k`'s cotangent is `c[.., o_k..o_k + n_k, ..]` with `n_k` its length
/// along `axis` and `o_k` the sum of the lengths before it; `axis` gets `()`.
///
/// The arrays are views, as ndarray's `concatenate` takes them (`&[a.view(), b.view()]`). The
/// pullback keeps only their lengths: its type names no lifetime, so that it outlives them.
///
/// ```
/// use grad_runtime::ndarray::{Axis, array};
/// use grad_runtime::rules::array::concatenate_vjp;
///
/// let (a, b) = (array![[1.0, 2.0]], array![[3.0, 4.0], [5.0, 6.0]]);
/// let (joined, pullback) = concatenate_vjp(Axis(0), &[a.view(), b.view()]);
/// assert_eq!(joined, array![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
/// let ((), pieces) = pullback(array![[1.0, 1.0], [2.0, 2.0], [3.0, 3.0]]);
/// assert_eq!(pieces, vec![array![[1.0, 1.0]], array![[2.0, 2.0], [3.0, 3.0]]]);
/// ```
///
/// **Panics** where ndarray's `concatenate` returns an error: no arrays, `axis` out of
/// bounds, or shapes that differ in another axis.
#[track_caller]
pub fn concatenate_vjp<A: Scalar, D: RemoveAxis>(
    axis: Axis,
    views: &[ArrayView<'_, A, D>],
) -> (
    Array<A, D>,
    impl FnOnce(Array<A, D>) -> ((), Vec<Array<A, D>>) + use<A, D>,
) {
    let joined = concatenate(axis, views)
        .unwrap_or_else(|error| panic!("concatenate: {error} ({})", shapes(views, axis)));
    let lengths: Vec<usize> = views.iter().map(|view| view.len_of(axis)).collect();
    (joined, concatenate_pullback(axis, lengths))
}

/// The pullback of [`concatenate_vjp`]: the cotangent cut along `axis` into pieces of
/// `lengths`. A function of its own, generic over neither the views' lifetime nor anything
/// else of `concatenate_vjp`'s, so that its type names only `A` and `D`.
fn concatenate_pullback<A: Scalar, D: RemoveAxis>(
    axis: Axis,
    lengths: Vec<usize>,
) -> impl FnOnce(Array<A, D>) -> ((), Vec<Array<A, D>>) + use<A, D> {
    move |c: Array<A, D>| {
        let mut start = 0;
        let pieces = lengths
            .into_iter()
            .map(|length| {
                let piece = c.slice_axis(axis, Slice::from(start..start + length));
                start += length;
                piece.to_owned()
            })
            .collect();
        ((), pieces)
    }
}

/// `stack(axis, &[a, b, ..])`: the arrays, all of one shape, stacked along a new `axis`
/// (ndarray's `stack`, unwrapped). The pullback hands array `k` the cotangent's subarray at
/// index `k` along `axis`: `āₖ = c.index_axis(axis, k)`; `axis` gets `()`. As for
/// [`concatenate_vjp`], the arrays are views and the pullback's type names no lifetime.
///
/// ```
/// use grad_runtime::ndarray::{Axis, array};
/// use grad_runtime::rules::array::stack_vjp;
///
/// let (a, b) = (array![1.0, 2.0], array![3.0, 4.0]);
/// let (stacked, pullback) = stack_vjp(Axis(1), &[a.view(), b.view()]);
/// assert_eq!(stacked, array![[1.0, 3.0], [2.0, 4.0]]);
/// let ((), pieces) = pullback(array![[1.0, 2.0], [3.0, 4.0]]);
/// assert_eq!(pieces, vec![array![1.0, 3.0], array![2.0, 4.0]]);
/// ```
///
/// **Panics** where ndarray's `stack` returns an error: no arrays, `axis` greater than the
/// arrays' number of axes, or arrays of different shapes.
#[track_caller]
pub fn stack_vjp<A: Scalar, D: Dimension>(
    axis: Axis,
    views: &[ArrayView<'_, A, D>],
) -> (
    Array<A, D::Larger>,
    impl FnOnce(Array<A, D::Larger>) -> ((), Vec<Array<A, D>>) + use<A, D>,
)
where
    D::Larger: RemoveAxis,
{
    let stacked = stack(axis, views)
        .unwrap_or_else(|error| panic!("stack: {error} ({})", shapes(views, axis)));
    (stacked, stack_pullback(axis))
}

/// The pullback of [`stack_vjp`]: the subarrays of the cotangent along `axis`. A function of
/// its own, so that its type names only `A` and `D` (see [`concatenate_pullback`]).
fn stack_pullback<A: Scalar, D: Dimension>(
    axis: Axis,
) -> impl FnOnce(Array<A, D::Larger>) -> ((), Vec<Array<A, D>>) + use<A, D>
where
    D::Larger: RemoveAxis,
{
    move |c: Array<A, D::Larger>| {
        let pieces = c
            .axis_iter(axis)
            .map(|piece| {
                piece
                    .to_owned()
                    .into_dimensionality::<D>()
                    .unwrap_or_else(|_| unreachable!("a subarray of the stack has D"))
            })
            .collect();
        ((), pieces)
    }
}

/// The shapes of `arrays` and the axis, for a panic message.
fn shapes<A, D: Dimension>(arrays: &[ArrayView<'_, A, D>], axis: Axis) -> String {
    let shapes: Vec<&[usize]> = arrays.iter().map(|array| array.shape()).collect();
    format!("shapes {shapes:?} along axis {}", axis.index())
}

/// `array![x₀, x₁, ..]` of floats: the vector of them; the pullback hands element `i` of the
/// cotangent to `xᵢ`: `c ↦ ([c₀, c₁, ..],)`.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::rules::array::array_vjp;
///
/// let (v, pullback) = array_vjp([1.0, 2.0, 3.0]);
/// assert_eq!(v, array![1.0, 2.0, 3.0]);
/// assert_eq!(pullback(array![0.5, 0.0, -1.0]), ([0.5, 0.0, -1.0],));
/// ```
///
/// **Panics**, in the pullback, if the cotangent has fewer than `N` elements.
pub fn array_vjp<A: Scalar, const N: usize>(
    xs: [A; N],
) -> (Array1<A>, impl FnOnce(Array1<A>) -> ([A; N],) + use<A, N>) {
    let array_pullback = |c: Array1<A>| (core::array::from_fn(|i| c[i]),);
    (Array1::from(xs.to_vec()), array_pullback)
}

/// `array![[x₀₀, x₀₁, ..], [x₁₀, ..], ..]` of floats: the `M × N` matrix of them; the pullback
/// hands element `(i, j)` of the cotangent to `xᵢⱼ`.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::rules::array::array2_vjp;
///
/// let (m, pullback) = array2_vjp([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
/// assert_eq!(m, array![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
/// assert_eq!(pullback(m.clone()), ([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]],));
/// ```
///
/// **Panics**, in the pullback, if the cotangent is smaller than `M × N`.
pub fn array2_vjp<A: Scalar, const M: usize, const N: usize>(
    rows: [[A; N]; M],
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> ([[A; N]; M],) + use<A, M, N>,
) {
    let array2_pullback = |c: Array2<A>| {
        (core::array::from_fn(|i| {
            core::array::from_fn(|j| c[[i, j]])
        }),)
    };
    (Array2::from(rows.to_vec()), array2_pullback)
}

/// `array![[[x₀₀₀, ..], ..], ..]` of floats: the `L × M × N` array of them; the pullback hands
/// element `(i, j, k)` of the cotangent to `xᵢⱼₖ`.
///
/// **Panics**, in the pullback, if the cotangent is smaller than `L × M × N`.
pub fn array3_vjp<A: Scalar, const L: usize, const M: usize, const N: usize>(
    blocks: [[[A; N]; M]; L],
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> ([[[A; N]; M]; L],) + use<A, L, M, N>,
) {
    let array3_pullback = |c: Array3<A>| {
        let element = |i, j| core::array::from_fn(|k| c[[i, j, k]]);
        (core::array::from_fn(|i| {
            core::array::from_fn(|j| element(i, j))
        }),)
    };
    (Array3::from(blocks.to_vec()), array3_pullback)
}

/// `[x₀, x₁, ..]`, a Rust array written element by element: the array itself; the pullback
/// hands element `i` of the cotangent to `xᵢ`, `c ↦ (c,)` (the generated code destructures it).
///
/// ```
/// use grad_runtime::rules::array::rust_array_vjp;
///
/// let (xs, pullback) = rust_array_vjp([1.0, 2.0]);
/// assert_eq!(xs, [1.0, 2.0]);
/// assert_eq!(pullback([0.5, -1.0]), ([0.5, -1.0],));
/// ```
#[inline]
pub fn rust_array_vjp<T, const N: usize>(
    xs: [T; N],
) -> ([T; N], impl FnOnce([T; N]) -> ([T; N],) + use<T, N>) {
    let rust_array_pullback = |c: [T; N]| (c,);
    (xs, rust_array_pullback)
}

/// `vec![x₀, x₁, ..]`: the vector of the elements; the pullback hands element `i` of the
/// cotangent to `xᵢ`: `c ↦ ([c₀, c₁, ..],)`. The elements may be floats or anything else
/// whose gradient is its own type (arrays, `Vec`s).
///
/// ```
/// use grad_runtime::rules::array::vec_vjp;
///
/// let (v, pullback) = vec_vjp([1.0, 2.0, 3.0]);
/// assert_eq!(v, vec![1.0, 2.0, 3.0]);
/// assert_eq!(pullback(vec![0.5, 0.0, -1.0]), ([0.5, 0.0, -1.0],));
/// ```
///
/// **Panics**, in the pullback, if the cotangent does not have `N` elements.
pub fn vec_vjp<T, const N: usize>(
    xs: [T; N],
) -> (Vec<T>, impl FnOnce(Vec<T>) -> ([T; N],) + use<T, N>) {
    let vec_pullback = |c: Vec<T>| {
        let length = c.len();
        let elements = <[T; N]>::try_from(c).unwrap_or_else(|_| {
            panic!("vec!: the cotangent of a vector of {N} elements has {length}")
        });
        (elements,)
    };
    (Vec::from(xs), vec_pullback)
}

/// `S { a: x, b: y }`, a struct written from its fields: the struct, and the pullback the
/// macro writes for it, `c ↦ (c.a, c.b)` (a [`Tangent`](crate::Tangent) struct is its own
/// gradient type, so the cotangent of each field is that field of the struct's). This function
/// only ties the pullback's argument to the struct's type, so that the pullback can name its
/// fields.
///
/// ```
/// use grad_runtime::rules::array::struct_vjp;
///
/// #[derive(Clone, Debug, PartialEq)]
/// struct State {
///     pos: f64,
///     vel: f64,
/// }
///
/// let (state, pullback) = struct_vjp(State { pos: 1.0, vel: 2.0 }, |c: State| (c.pos, c.vel));
/// assert_eq!(state, State { pos: 1.0, vel: 2.0 });
/// assert_eq!(pullback(State { pos: 0.5, vel: -1.0 }), (0.5, -1.0));
/// ```
#[inline(always)]
pub fn struct_vjp<S, P, C>(value: S, pullback: P) -> (S, P)
where
    P: FnOnce(S) -> C,
{
    (value, pullback)
}

/// `vec![x; n]`: `n` copies of `x`; `x̄ = Σᵢ cᵢ`, and `n` gets `()`.
///
/// ```
/// use grad_runtime::rules::array::vec_from_elem_vjp;
///
/// let (v, pullback) = vec_from_elem_vjp(2.0, 3);
/// assert_eq!(v, vec![2.0, 2.0, 2.0]);
/// assert_eq!(pullback(vec![0.5, 1.0, -2.0]), (-0.5, ()));
/// ```
pub fn vec_from_elem_vjp<A: Scalar>(
    x: A,
    n: usize,
) -> (Vec<A>, impl FnOnce(Vec<A>) -> (A, ()) + use<A>) {
    let vec_from_elem_pullback = |c: Vec<A>| (c.into_iter().fold(A::ZERO, |sum, ci| sum + ci), ());
    (vec![x; n], vec_from_elem_pullback)
}

/// `Array::from_vec(v)`: the vector as a 1-dimensional array, without copying; the pullback
/// hands the cotangent back as a vector, `c ↦ (c as Vec,)` (without copying when it is
/// contiguous).
pub trait FromVecVjp<A>: Sized {
    /// The array and its pullback.
    fn from_vec_vjp(v: Vec<A>) -> (Self, impl FnOnce(Array1<A>) -> (Vec<A>,) + use<Self, A>);
}

impl<A: Scalar, S: DataOwned<Elem = A>> FromVecVjp<A> for ArrayBase<S, Ix1> {
    fn from_vec_vjp(v: Vec<A>) -> (Self, impl FnOnce(Array1<A>) -> (Vec<A>,) + use<A, S>) {
        let from_vec_pullback = |c: Array1<A>| (into_logical_vec(c),);
        (Self::from_vec(v), from_vec_pullback)
    }
}

/// `Array1::from(v)` for a `Vec` of floats, `Array2::from(v)` for a `Vec` of rows `[A; N]`
/// (what ndarray's `array!` expands to): the array of the same elements; the pullback hands
/// element `i` (or `(i, j)`) of the cotangent to `v[i]` (or `v[i][j]`).
pub trait FromVjp<T>: Sized {
    /// The type of the array's cotangent.
    type Cotangent;
    /// The array and its pullback.
    fn from_vjp(value: T) -> (Self, impl FnOnce(Self::Cotangent) -> (T,) + use<Self, T>);
}

impl<A: Scalar, S: DataOwned<Elem = A>> FromVjp<Vec<A>> for ArrayBase<S, Ix1> {
    type Cotangent = Array1<A>;
    fn from_vjp(value: Vec<A>) -> (Self, impl FnOnce(Array1<A>) -> (Vec<A>,) + use<A, S>) {
        let from_pullback = |c: Array1<A>| (into_logical_vec(c),);
        (Self::from(value), from_pullback)
    }
}

impl<A: Scalar, const N: usize> FromVjp<Vec<[A; N]>> for ArrayBase<ndarray::OwnedRepr<A>, Ix2> {
    type Cotangent = Array2<A>;
    fn from_vjp(
        value: Vec<[A; N]>,
    ) -> (Self, impl FnOnce(Array2<A>) -> (Vec<[A; N]>,) + use<A, N>) {
        let from_pullback = |c: Array2<A>| {
            let rows = c
                .outer_iter()
                .map(|row| core::array::from_fn(|j| row[j]))
                .collect();
            (rows,)
        };
        (Self::from(value), from_pullback)
    }
}

/// `Array::from_shape_vec(shape, v)`: the elements of `v` as an array of `shape` (row-major,
/// column-major with `shape.f()`, or custom strides), unwrapped. The pullback hands each
/// element's cotangent back to the position of `v` it was read from: `v̄ₖ = c[index of vₖ]`,
/// and 0 for an element of `v` that custom strides skip; `shape` gets `()`.
///
/// **Panics** where ndarray's `from_shape_vec` returns an error (the shape does not fit the
/// vector's length), naming both.
pub trait FromShapeVecVjp<A, D: Dimension>: Sized {
    /// The array and its pullback.
    fn from_shape_vec_vjp<Sh: Into<StrideShape<D>>>(
        shape: Sh,
        v: Vec<A>,
    ) -> (
        Self,
        impl FnOnce(Array<A, D>) -> ((), Vec<A>) + use<Self, A, D, Sh>,
    );
}

impl<A: Scalar, S: DataOwned<Elem = A>, D: Dimension> FromShapeVecVjp<A, D> for ArrayBase<S, D> {
    #[track_caller]
    fn from_shape_vec_vjp<Sh: Into<StrideShape<D>>>(
        shape: Sh,
        v: Vec<A>,
    ) -> (
        Self,
        impl FnOnce(Array<A, D>) -> ((), Vec<A>) + use<A, S, D, Sh>,
    ) {
        let shape: StrideShape<D> = shape.into();
        let length = v.len();
        let array = Self::from_shape_vec(shape.clone(), v).unwrap_or_else(|error| {
            panic!(
                "from_shape_vec: cannot make an array of shape {:?} from {length} elements: {error}",
                shape.raw_dim().slice()
            )
        });
        // Row-major with no gaps: `v` is in the order of the array's elements.
        let row_major = array.is_standard_layout() && array.len() == length;
        let from_shape_vec_pullback = move |c: Array<A, D>| {
            if row_major {
                return ((), into_logical_vec(c));
            }
            let mut back = Array::from_shape_vec(shape, vec![A::ZERO; length])
                .unwrap_or_else(|_| unreachable!("the shape took a vector of this length"));
            back.assign(&c);
            ((), back.into_raw_vec_and_offset().0)
        };
        (array, from_shape_vec_pullback)
    }
}

/// `Array::from_elem(shape, x)`: `x` in every element; `x̄ = Σ c`, and `shape` gets `()`.
pub trait FromElemVjp<A, D: Dimension>: Sized {
    /// The array and its pullback.
    fn from_elem_vjp<Sh: ShapeBuilder<Dim = D>>(
        shape: Sh,
        x: A,
    ) -> (
        Self,
        impl FnOnce(Array<A, D>) -> ((), A) + use<Self, A, D, Sh>,
    );
}

impl<A: Scalar, S: DataOwned<Elem = A>, D: Dimension> FromElemVjp<A, D> for ArrayBase<S, D> {
    fn from_elem_vjp<Sh: ShapeBuilder<Dim = D>>(
        shape: Sh,
        x: A,
    ) -> (Self, impl FnOnce(Array<A, D>) -> ((), A) + use<A, S, D, Sh>) {
        let from_elem_pullback = |c: Array<A, D>| ((), c.sum());
        (Self::from_elem(shape, x), from_elem_pullback)
    }
}

/// The elements of `c` in logical (row-major) order, as a vector: `c`'s own buffer when it is
/// in standard layout, a copy otherwise.
fn into_logical_vec<A: Scalar, D: Dimension>(c: Array<A, D>) -> Vec<A> {
    if !c.is_standard_layout() {
        return c.iter().copied().collect();
    }
    let length = c.len();
    let (mut elements, offset) = c.into_raw_vec_and_offset();
    // In standard layout the elements are contiguous from the first one, at `offset`.
    let start = offset.unwrap_or(0);
    elements.truncate(start + length);
    elements.drain(..start);
    elements
}
