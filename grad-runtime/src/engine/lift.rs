//! Crossing into the world of dual numbers and back, for `f_jvp` and `f_hvp`: each argument
//! `x` with its tangent `ẋ` becomes `x + ẋ·ε` element by element (a constant `x + 0·ε` when it
//! is not differentiated), and each dual result `y + ẏ·ε` splits into `(y, ẏ)`.
//!
//! The generated code picks the function by the parameter's type as written: floats, slices
//! and `Vec`s, fixed-size arrays, ndarray arrays (views are lifted to owned arrays and passed as
//! views of them). A slice the function only indexes and measures is not copied: it is read
//! through a [`DualSlice`] (or a [`ConstantSlice`]), the value and the tangent side by side.

use ndarray::{Array, ArrayBase, Data, Dimension, Zip};
use num_traits::{One, Zero};

use crate::Dual;

/// `x + ẋ·ε`.
#[inline(always)]
pub fn lift_float<A>(x: A, tangent: A) -> Dual<A> {
    Dual::new(x, tangent)
}

/// `x + 0·ε`.
#[inline(always)]
pub fn lift_float_constant<A: Zero>(x: A) -> Dual<A> {
    Dual::new(x, A::zero())
}

/// Panics, naming both, if a tangent's length is not its value's.
#[track_caller]
fn assert_same_length(value: usize, tangent: usize) {
    assert_eq!(
        value, tangent,
        "the tangent has {tangent} elements where its value has {value}"
    );
}

/// `[x_i + ẋ_i·ε]`.
///
/// **Panics** if the tangent's length is not the value's.
#[track_caller]
pub fn lift_slice<A: Copy>(x: &[A], tangent: &[A]) -> Vec<Dual<A>> {
    assert_same_length(x.len(), tangent.len());
    x.iter()
        .zip(tangent)
        .map(|(&x, &t)| Dual::new(x, t))
        .collect()
}

/// A slice parameter `x` with its tangent `ẋ`, read as `x_i + ẋ_i·ε` element by element
/// without copying either: what `f_jvp` passes for a slice parameter that its function only
/// indexes (`x[i]`, rewritten `x.at(i)`) and measures (`x.len()`).
///
/// ```
/// use grad_runtime::__private::lift_slice_view;
///
/// let (x, t) = ([1.0, 2.0], [0.5, -1.0]);
/// let lifted = lift_slice_view(&x, &t);
/// assert_eq!((lifted.len(), lifted.at(1).value, lifted.at(1).tangent), (2, 2.0, -1.0));
/// ```
#[derive(Clone, Copy, Debug)]
pub struct DualSlice<'a, A> {
    value: &'a [A],
    /// As long as `value`, by construction: one bounds check covers both reads.
    tangent: &'a [A],
}

impl<A: Copy> DualSlice<'_, A> {
    /// `x_i + ẋ_i·ε`.
    ///
    /// **Panics** if `index` is out of bounds.
    #[inline(always)]
    #[track_caller]
    pub fn at(&self, index: usize) -> Dual<A> {
        Dual::new(self.value[index], self.tangent[index])
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
}

/// `x` read as `x_i + ẋ_i·ε`, without copying (see [`DualSlice`]).
///
/// **Panics** if the tangent's length is not the value's.
#[inline]
#[track_caller]
pub fn lift_slice_view<'a, A>(x: &'a [A], tangent: &'a [A]) -> DualSlice<'a, A> {
    assert_same_length(x.len(), tangent.len());
    // Resliced to `x.len()` so that the optimiser sees one length for both.
    DualSlice {
        value: x,
        tangent: &tangent[..x.len()],
    }
}

/// A slice parameter that is not differentiated, read as `x_i + 0·ε` without copying.
#[derive(Clone, Copy, Debug)]
pub struct ConstantSlice<'a, A> {
    value: &'a [A],
}

impl<A: Copy + Zero> ConstantSlice<'_, A> {
    /// `x_i + 0·ε`.
    ///
    /// **Panics** if `index` is out of bounds.
    #[inline(always)]
    #[track_caller]
    pub fn at(&self, index: usize) -> Dual<A> {
        lift_float_constant(self.value[index])
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
}

/// `x` read as `x_i + 0·ε`, without copying (see [`ConstantSlice`]).
#[inline(always)]
pub fn lift_slice_view_constant<A>(x: &[A]) -> ConstantSlice<'_, A> {
    ConstantSlice { value: x }
}

/// `[x_i + 0·ε]`.
pub fn lift_slice_constant<A: Copy + Zero>(x: &[A]) -> Vec<Dual<A>> {
    x.iter().map(|&x| lift_float_constant(x)).collect()
}

/// A slice (or `Vec`) of containers of floats, `xs: &[Array1<f64>]`, with its tangent: each
/// element lifted with its own ([`LiftDual::lift_dual`]), `[x_i + ẋ_i·ε]`.
///
/// ```
/// use grad_runtime::__private::lift_nested;
///
/// let lifted = lift_nested(&[vec![1.0_f64, 2.0]], &[vec![0.5, -1.0]]);
/// assert_eq!((lifted[0][1].value, lifted[0][1].tangent), (2.0, -1.0));
/// ```
///
/// **Panics** if the tangent's length is not the value's, or an element's shape not its
/// tangent's.
#[track_caller]
pub fn lift_nested<T: LiftDual>(x: &[T], tangent: &[T]) -> Vec<T::Dual> {
    assert_same_length(x.len(), tangent.len());
    x.iter().zip(tangent).map(|(x, t)| x.lift_dual(t)).collect()
}

/// A slice (or `Vec`) of containers of floats read as constants, `[x_i + 0·ε]`: the data a
/// function does not differentiate (`xs: &[Array1<f64>]`, a list of samples), in the copy at
/// dual numbers.
///
/// ```
/// use grad_runtime::__private::lift_nested_constant;
///
/// let lifted = lift_nested_constant(&[vec![1.0_f64, 2.0], vec![3.0]]);
/// assert_eq!((lifted[1][0].value, lifted[1][0].tangent), (3.0, 0.0));
/// ```
pub fn lift_nested_constant<T: LiftDual>(x: &[T]) -> Vec<T::Dual> {
    x.iter().map(LiftDual::lift_dual_constant).collect()
}

/// `[x_i + ẋ_i·ε; N]`.
#[inline]
pub fn lift_fixed<A: Copy, const N: usize>(x: [A; N], tangent: [A; N]) -> [Dual<A>; N] {
    std::array::from_fn(|i| Dual::new(x[i], tangent[i]))
}

/// `[x_i + 0·ε; N]`.
#[inline]
pub fn lift_fixed_constant<A: Copy + Zero, const N: usize>(x: [A; N]) -> [Dual<A>; N] {
    x.map(lift_float_constant)
}

/// The array `x + ẋ·ε`, in `x`'s shape (standard layout).
///
/// **Panics** if the tangent's shape is not the value's.
#[track_caller]
pub fn lift_array<A, S, T, D>(x: &ArrayBase<S, D>, tangent: &ArrayBase<T, D>) -> Array<Dual<A>, D>
where
    A: Copy,
    S: Data<Elem = A>,
    T: Data<Elem = A>,
    D: Dimension,
{
    assert_eq!(
        x.shape(),
        tangent.shape(),
        "the tangent's shape is not its parameter's"
    );
    Zip::from(x)
        .and(tangent)
        .map_collect(|&x, &t| Dual::new(x, t))
}

/// The array `x + 0·ε`.
pub fn lift_array_constant<A, S, D>(x: &ArrayBase<S, D>) -> Array<Dual<A>, D>
where
    A: Copy + Zero,
    S: Data<Elem = A>,
    D: Dimension,
{
    x.mapv(lift_float_constant)
}

/// `(y, ẏ)` of `y + ẏ·ε`.
#[inline(always)]
pub fn split_float<A>(y: Dual<A>) -> (A, A) {
    (y.value, y.tangent)
}

/// `([y_i], [ẏ_i])`, of a `Vec` of dual numbers or of a [`DualVec`](crate::dual::DualVec)
/// (the gradient of a [`DualSlice`], whose halves are handed out as they are).
#[inline]
pub fn split_vec<V: SplitVec>(y: V) -> (Vec<V::Primal>, Vec<V::Primal>) {
    y.split_vec()
}

/// A vector of dual numbers that [`split_vec`] splits into its values and its tangents.
pub trait SplitVec {
    /// The type of the values and the tangents.
    type Primal;
    /// `([y_i], [ẏ_i])`.
    fn split_vec(self) -> (Vec<Self::Primal>, Vec<Self::Primal>);
}

impl<A: Copy> SplitVec for Vec<Dual<A>> {
    type Primal = A;
    fn split_vec(self) -> (Vec<A>, Vec<A>) {
        self.into_iter().map(split_float).unzip()
    }
}

impl<A: crate::dual::Primal> SplitVec for crate::dual::DualVec<A> {
    type Primal = A;
    #[inline(always)]
    fn split_vec(self) -> (Vec<A>, Vec<A>) {
        self.split()
    }
}

/// `([y_i; N], [ẏ_i; N])`.
#[inline]
pub fn split_fixed<A: Copy, const N: usize>(y: [Dual<A>; N]) -> ([A; N], [A; N]) {
    (y.map(|y| y.value), y.map(|y| y.tangent))
}

/// The arrays of values and of tangents, in `y`'s shape.
pub fn split_array<A: Copy, D: Dimension>(y: Array<Dual<A>, D>) -> (Array<A, D>, Array<A, D>) {
    (y.mapv(|y| y.value), y.mapv(|y| y.tangent))
}

/// `J ṫ` for a function with an array result that does not run at dual numbers, one element at
/// a time from its pullbacks: element `k` of the result is `⟨Jᵀ e_k, ṫ⟩`, where `e_k` is the
/// `k`-th unit cotangent (of `value`'s shape) and `row(e_k)` pulls it back and takes the inner
/// product with the tangents. Exact, at the cost of one `f_vjp` per element of the result.
///
/// ```
/// use grad_runtime::__private::jvp_by_rows;
///
/// // f(x) = (x0 x1, x0 + x1) at (2, 3), tangent (1, 0): J ṫ = (x1, 1) = (3, 1).
/// let (x, tangent) = ([2.0, 3.0], [1.0, 0.0]);
/// let row = |cot: [f64; 2]| {
///     let gradient = [cot[0] * x[1] + cot[1], cot[0] * x[0] + cot[1]];
///     gradient[0] * tangent[0] + gradient[1] * tangent[1]
/// };
/// assert_eq!(jvp_by_rows(&[6.0, 5.0], row), [3.0, 1.0]);
/// ```
pub fn jvp_by_rows<R: crate::Tangent>(value: &R, mut row: impl FnMut(R) -> R::Scalar) -> R {
    let mut derivative = value.zeros_like();
    let mut count = 0;
    derivative.zip_update(value, |_, _| count += 1);
    for k in 0..count {
        let mut unit = value.zeros_like();
        let mut index = 0;
        unit.zip_update(value, |element, _| {
            if index == k {
                *element = R::Scalar::one();
            }
            index += 1;
        });
        let entry = row(unit);
        let mut index = 0;
        derivative.zip_update(value, |element, _| {
            if index == k {
                *element = entry;
            }
            index += 1;
        });
    }
    derivative
}

/// A value with a twin at dual numbers, lifted and split as a whole: what `f_jvp` and `f_hvp`
/// do with a parameter whose type is a struct. `#[derive(Tangent)]` on
/// `struct Line<A: Scalar> { slope: A, offset: A }` writes it with `Dual = Line<Dual<A>>`, field
/// by field, so that a method of `impl<A: Scalar> Line<A>` runs on the lifted line; on
/// `struct Spring { k: f64, rest: f64 }`, with `Dual` a hidden struct with the same fields in
/// `Dual<f64>`, so that a function differentiating a `&Spring` runs at dual numbers.
///
/// ```
/// use grad_runtime::__private::LiftDual;
///
/// let lifted = [1.0_f64, 2.0].lift_dual(&[0.5, -1.0]);
/// assert_eq!((lifted[1].value, lifted[1].tangent), (2.0, -1.0));
/// assert_eq!(<[f64; 2]>::split_dual(lifted), ([1.0, 2.0], [0.5, -1.0]));
/// ```
///
/// **Panics**, for arrays and `Vec`s, if the tangent's shape is not the value's.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no twin at dual numbers, so `f_jvp` and `f_hvp` cannot run on it",
    label = "lifted to dual numbers here",
    note = "`#[derive(grad::Tangent)]` writes the twin of a struct with one type parameter, its float (`struct Line<A: Scalar> {{ .. }}`), whose every differentiated field names it, and of a struct written in `f64` or `f32` whose fields are floats, arrays, `Vec`s, tuples of them or structs with twins; for another type, differentiate the function `wrt(..)` its other parameters, or drop `dual_calls` if it has it (`f_jvp` then goes through the gradient)"
)]
pub trait LiftDual: Sized {
    /// The twin, with every float `x` a dual number.
    type Dual;
    /// `x + ẋ·ε`, element by element.
    fn lift_dual(&self, tangent: &Self) -> Self::Dual;
    /// `x + 0·ε`.
    fn lift_dual_constant(&self) -> Self::Dual;
    /// `(y, ẏ)` of `y + ẏ·ε`.
    fn split_dual(dual: Self::Dual) -> (Self, Self);
}

macro_rules! lift_dual_float {
    ($($float:ty),*) => {$(
        impl LiftDual for $float {
            type Dual = Dual<$float>;
            #[inline(always)]
            fn lift_dual(&self, tangent: &Self) -> Dual<$float> {
                Dual::new(*self, *tangent)
            }
            #[inline(always)]
            fn lift_dual_constant(&self) -> Dual<$float> {
                Dual::new(*self, 0.0)
            }
            #[inline(always)]
            fn split_dual(dual: Dual<$float>) -> (Self, Self) {
                (dual.value, dual.tangent)
            }
        }
    )*};
}

lift_dual_float!(f32, f64);

impl<A: crate::Scalar, D: Dimension> LiftDual for Array<A, D> {
    type Dual = Array<Dual<A>, D>;
    #[track_caller]
    fn lift_dual(&self, tangent: &Self) -> Self::Dual {
        lift_array(self, tangent)
    }
    fn lift_dual_constant(&self) -> Self::Dual {
        lift_array_constant(self)
    }
    fn split_dual(dual: Self::Dual) -> (Self, Self) {
        split_array(dual)
    }
}

impl<T: LiftDual> LiftDual for Vec<T> {
    type Dual = Vec<T::Dual>;
    #[track_caller]
    fn lift_dual(&self, tangent: &Self) -> Self::Dual {
        assert_same_length(self.len(), tangent.len());
        self.iter()
            .zip(tangent)
            .map(|(x, t)| x.lift_dual(t))
            .collect()
    }
    fn lift_dual_constant(&self) -> Self::Dual {
        self.iter().map(LiftDual::lift_dual_constant).collect()
    }
    fn split_dual(dual: Self::Dual) -> (Self, Self) {
        dual.into_iter().map(T::split_dual).unzip()
    }
}

impl<T: LiftDual, const N: usize> LiftDual for [T; N] {
    type Dual = [T::Dual; N];
    fn lift_dual(&self, tangent: &Self) -> Self::Dual {
        std::array::from_fn(|i| self[i].lift_dual(&tangent[i]))
    }
    fn lift_dual_constant(&self) -> Self::Dual {
        std::array::from_fn(|i| self[i].lift_dual_constant())
    }
    fn split_dual(dual: Self::Dual) -> (Self, Self) {
        let (values, tangents): (Vec<T>, Vec<T>) = dual.into_iter().map(T::split_dual).unzip();
        let whole = |parts: Vec<T>| {
            <[T; N]>::try_from(parts).unwrap_or_else(|_| unreachable!("N elements split in N"))
        };
        (whole(values), whole(tangents))
    }
}

macro_rules! lift_dual_tuples {
    ($(($($T:ident $i:tt),+)),+) => {$(
        /// A tuple of values with twins (a field `pair: (f64, Vec<f64>)` of a struct written in
        /// `f64`), lifted and split element by element.
        impl<$($T: LiftDual),+> LiftDual for ($($T,)+) {
            type Dual = ($($T::Dual,)+);
            #[track_caller]
            fn lift_dual(&self, tangent: &Self) -> Self::Dual {
                ($(self.$i.lift_dual(&tangent.$i),)+)
            }
            fn lift_dual_constant(&self) -> Self::Dual {
                ($(self.$i.lift_dual_constant(),)+)
            }
            fn split_dual(dual: Self::Dual) -> (Self, Self) {
                let parts = ($($T::split_dual(dual.$i),)+);
                (($(parts.$i.0,)+), ($(parts.$i.1,)+))
            }
        }
    )+};
}

lift_dual_tuples!(
    (T0 0),
    (T0 0, T1 1),
    (T0 0, T1 1, T2 2),
    (T0 0, T1 1, T2 2, T3 3),
    (T0 0, T1 1, T2 2, T3 3, T4 4),
    (T0 0, T1 1, T2 2, T3 3, T4 4, T5 5)
);

/// A place read in a copy at dual numbers (`self.k`, `s.w[i]`) rooted at a value that crosses
/// as it is (a struct written in `f64`, which has no twin): [`LiftPlace`] lifts it as a
/// constant when its type has a twin ([`LiftDual`]), copies it when it is `Copy`, and lends it
/// otherwise, so that `self.k * x` multiplies two dual numbers while `self.n` stays a `usize`
/// and `self.name` a `&String`. The choice is made by method resolution (autoref
/// specialisation): generated code calls `(&&Place(&self.k)).lift_place()`.
///
/// ```
/// use grad_runtime::__private::{LiftPlace, LiftPlaceCopy, LiftPlaceRef, Place};
///
/// let (k, n, name) = (2.0_f64, 3_usize, String::from("spring"));
/// let k = (&&Place(&k)).lift_place();
/// let n = (&&Place(&n)).lift_place();
/// let name = (&&Place(&name)).lift_place();
/// assert_eq!((k.value, k.tangent, n, name.len()), (2.0, 0.0, 3, 6));
/// ```
pub struct Place<'a, T: ?Sized>(pub &'a T);

/// The first choice of [`Place`]: a value with a twin, lifted as a constant.
pub trait LiftPlace {
    /// The twin.
    type Lifted;
    /// `x + 0·ε`.
    fn lift_place(&self) -> Self::Lifted;
}

impl<T: LiftDual> LiftPlace for &Place<'_, T> {
    type Lifted = T::Dual;
    #[inline(always)]
    fn lift_place(&self) -> T::Dual {
        self.0.lift_dual_constant()
    }
}

/// A slice of floats read from a place (`&self.w[1..3]`), lifted into a `Vec` of constants.
impl<A: crate::Scalar> LiftPlace for &Place<'_, [A]> {
    type Lifted = Vec<Dual<A>>;
    #[inline]
    fn lift_place(&self) -> Vec<Dual<A>> {
        lift_slice_constant(self.0)
    }
}

/// The second choice of [`Place`]: a `Copy` value, copied.
pub trait LiftPlaceCopy {
    /// The value's type.
    type Copied;
    /// The value.
    fn lift_place(&self) -> Self::Copied;
}

impl<T: Copy> LiftPlaceCopy for &&Place<'_, T> {
    type Copied = T;
    #[inline(always)]
    fn lift_place(&self) -> T {
        *self.0
    }
}

/// The last choice of [`Place`]: any other value, lent.
pub trait LiftPlaceRef<'a> {
    /// The value's type.
    type Lent: ?Sized;
    /// The value, borrowed.
    fn lift_place(&self) -> &'a Self::Lent;
}

impl<'a, T: ?Sized> LiftPlaceRef<'a> for Place<'a, T> {
    type Lent = T;
    #[inline(always)]
    fn lift_place(&self) -> &'a T {
        self.0
    }
}

/// The bound of the stand-ins `#[differentiate]` writes for the companions at dual numbers of
/// a method (or associated function) that does not run there, or not on its receiver's twin,
/// which no type meets: a caller marked `dual_calls` that calls the method gets this message at
/// the call, rather than "no method named `__grad_dual_m`" (or "no function named
/// `__grad_twin_m`"), which would not say why.
#[diagnostic::on_unimplemented(
    message = "this method does not run at dual numbers, so `f_jvp` and `f_hvp` of a function marked `dual_calls` cannot call it",
    label = "called at dual numbers",
    note = "a method or associated function runs at dual numbers when its block is generic over its float (`impl<A: Scalar> T<A>` under #[grad::differentiate]; a bound on `A` of a trait of yours needs that trait implemented for `Dual<f64>` and `dual_calls` on the method), when it is written in `f64` and differentiates its receiver (on the twin `derive(Tangent)` writes; called on a struct parameter the caller differentiates, it must), or when it is marked `dual_calls` and its receiver, if it has one, is data (`wrt(..)` naming its other parameters); and when its body runs there (calls of your own functions and methods need `dual_calls`); `GRAD_DEBUG=1` while compiling prints the reason, in `plan of f_jvp and f_hvp`"
)]
pub trait MethodAtDual {}

/// The bound of the stand-ins `#[differentiate]` writes for `__grad_twin_m`, a method `m` on its
/// receiver's twin, when `m` does not differentiate its receiver (`wrt(x)`, a struct written in
/// `f64`), which no type meets: a caller marked `dual_calls` that differentiates the struct and
/// calls `m` on it gets this message at the call. The method runs at dual numbers with its
/// receiver a constant, but the caller's `f_hvp` differentiates a gradient that depends on the
/// receiver through the method's values.
#[diagnostic::on_unimplemented(
    message = "this method does not differentiate its receiver, so `f_jvp` and `f_hvp` of a function marked `dual_calls` cannot call it on a struct that function differentiates",
    label = "called on the struct's twin at dual numbers",
    note = "a function differentiating a struct written in `f64` runs at dual numbers on the struct's twin, and calls there the methods that differentiate their receiver; differentiate the method's receiver too (drop its `wrt(..)`, or name `self` in it), or differentiate the caller `wrt(..)` its other parameters (its `f_jvp` then goes through the gradient)"
)]
pub trait ReceiverAtDual {}

/// The bound of the stand-in `#[differentiate]` writes for `m_hvp` of a method (or associated
/// function) that does not run at dual numbers, which no type meets: calling it gets this
/// message, rather than "no method named `m_hvp`", which would not say why.
#[diagnostic::on_unimplemented(
    message = "this method has no `_hvp`: it does not run at dual numbers",
    label = "`_hvp` called here",
    note = "a method or associated function runs at dual numbers when its block is generic over its float (`impl<A: Scalar> T<A>` under #[grad::differentiate]), when it is written in `f64` and differentiates its receiver (on the twin `derive(Tangent)` writes), or when it is marked `dual_calls` and its receiver, if it has one, is data (`wrt(..)` naming its other parameters); and when its body runs there (calls of your own functions and methods need `dual_calls`); `GRAD_DEBUG=1` while compiling prints the reason, in `plan of f_jvp and f_hvp`"
)]
pub trait HvpAtDual {}
