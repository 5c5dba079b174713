//! Gradients as vectors: the [`Tangent`] trait, the arithmetic an optimiser needs on a gradient
//! (or on a parameter set of the same type), for floats, ndarray arrays, `Vec`s, `[A; N]` arrays
//! and structs with `#[derive(grad::Tangent)]`.
//!
//! A value of a `Tangent` type is a vector `x` of real numbers, its *elements*: a float is one
//! element, an array or `Vec` its elements in iteration order, a struct the elements of its
//! differentiated fields in declaration order. The methods are the vector-space operations on
//! `x`, done in place, element by element.
//!
//! ## Deriving it for a struct
//!
//! `#[derive(grad::Tangent)]` on a struct with named fields (an example is in the documentation
//! of `grad::Tangent`) writes `Tangent` field by field, and with it `grad::runtime::Differentiable`
//! (the struct is its own gradient type, so `#[differentiate]` functions can take it, by value
//! or by reference, and return its gradient as the same struct), `grad::runtime::Accumulate`
//! (`self += other`, by value) and `grad::runtime::Scale` (`self *= a`).
//!
//! Every field must be of a `Tangent` type with the same [`Scalar`](Tangent::Scalar) (all `f32`
//! or all `f64`), or be marked `#[tangent(skip)]`: sizes, flags, configuration. A skipped field
//! is not differentiated and needs `Clone`. In a gradient it holds a copy of the value it had in
//! the struct the gradient was taken of, so that a gradient is a well-formed value of the
//! struct's type: [`zeros_like`](Tangent::zeros_like) (and a zero gradient built from
//! [`Differentiable::tangent_shape`]) copies skipped fields, and sums, scalings and norms leave
//! them alone.
//!
//! A generic struct bounds its parameters so that its fields are `Tangent`, as in
//! `struct Linear<A: grad::runtime::Scalar> { w: Array2<A>, b: A }` (every [`Scalar`] is a
//! `Tangent` of one element) or `struct Pair<T: grad::Tangent> { left: T, right: Vec<T> }`.
//! Fields may name the struct itself (`children: Vec<Node>`).

use ndarray::{Array, Dimension, Zip};

use crate::Scalar;
use crate::adjoint::{Accumulate, Differentiable};

/// A gradient type: a vector of real numbers with the in-place arithmetic optimisers use.
///
/// Below, `x` is `self`'s vector of elements (see the [module documentation](self)), `y` is
/// `other`'s, and `a` is a scalar. Operations on two values need them to have the same
/// shape (array dimensions, `Vec` lengths) and **panic** otherwise.
///
/// Every `Tangent` type is its own gradient type ([`Differentiable`] with `Tangent = Self`), so
/// a function of it can be differentiated and an optimiser can update it with its gradient:
///
/// ```
/// use grad_runtime::Tangent;
///
/// /// One step of gradient descent with momentum, for any parameter type.
/// fn momentum_step<P: Tangent>(p: &mut P, v: &mut P, gradient: &P, lr: P::Scalar, mu: P::Scalar) {
///     v.scale(mu); // v = mu v
///     v.add_assign(gradient); // v += g
///     p.axpy(-lr, v); // p -= lr v
/// }
///
/// let (mut p, mut v) = (vec![1.0, -2.0], vec![0.0, 0.0]);
/// momentum_step(&mut p, &mut v, &vec![0.5, 0.5], 0.5, 0.9);
/// assert_eq!(p, vec![0.75, -2.25]);
/// ```
///
/// Implemented for `f32`, `f64`, ndarray's `Array<A, D>` and `[A; N]` with `A` one of those,
/// `Vec<T>` of any `Tangent` type `T`, and structs with `#[derive(grad::Tangent)]`. A type that
/// implements it by hand implements [`Differentiable`] (with `Tangent = Self`) and
/// [`Accumulate`] too.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a gradient type: it does not implement `grad::Tangent`",
    label = "not a gradient type",
    note = "gradient types are f32, f64, ndarray arrays and `[A; N]` arrays of them, `Vec`s of gradient types, and structs with `#[derive(grad::Tangent)]`",
    note = "in a struct with `#[derive(grad::Tangent)]`, mark a field that is not differentiated `#[tangent(skip)]`"
)]
pub trait Tangent: Differentiable<Tangent = Self> + Accumulate + Sized {
    /// The type of the elements and of the factors in [`scale`](Tangent::scale) and
    /// [`axpy`](Tangent::axpy): `f32` or `f64`.
    type Scalar: Scalar;

    /// Zero of the same shape: `0 · x`, every element `0`.
    ///
    /// Fields of a struct marked `#[tangent(skip)]` are copies of `self`'s.
    #[must_use]
    fn zeros_like(&self) -> Self;

    /// Adds in place: `x ← x + y`, element by element.
    fn add_assign(&mut self, other: &Self);

    /// Scales in place: `x ← a x`, every element multiplied by `a`.
    fn scale(&mut self, a: Self::Scalar);

    /// Adds a multiple in place (BLAS's axpy): `x ← x + a y`, each element `x_i + a · y_i`
    /// (the product rounded, then the sum; no fused multiply-add).
    fn axpy(&mut self, a: Self::Scalar, other: &Self);

    /// The sum of the squares of the elements, `Σ x_i²` (`‖x‖²`, the squared Euclidean norm),
    /// summed in `f64` in element order whatever the scalar type.
    ///
    /// For gradient norms and clipping: `g.sum_of_squares().sqrt()` is `‖g‖`.
    fn sum_of_squares(&self) -> f64;
}

/// `x` as `f64` (exact for `f32` and `f64`).
#[inline(always)]
fn to_f64<A: Scalar>(x: A) -> f64 {
    x.to_f64().expect("f32 and f64 convert to f64")
}

macro_rules! tangent_float {
    ($($float:ty),*) => {$(
        /// A float is a vector of one element.
        impl Tangent for $float {
            type Scalar = $float;
            #[inline(always)]
            fn zeros_like(&self) -> Self {
                0.0
            }
            #[inline(always)]
            fn add_assign(&mut self, other: &Self) {
                *self += *other;
            }
            #[inline(always)]
            fn scale(&mut self, a: Self) {
                *self *= a;
            }
            #[inline(always)]
            fn axpy(&mut self, a: Self, other: &Self) {
                *self += a * *other;
            }
            #[inline(always)]
            fn sum_of_squares(&self) -> f64 {
                let x = f64::from(*self);
                x * x
            }
        }
    )*};
}
tangent_float!(f32, f64);

#[track_caller]
fn assert_same_shape(op: &str, this: &[usize], other: &[usize]) {
    assert_eq!(
        this, other,
        "grad: Tangent::{op} of arrays of different shapes"
    );
}

#[track_caller]
fn assert_same_len(op: &str, this: usize, other: usize) {
    assert_eq!(
        this, other,
        "grad: Tangent::{op} of `Vec`s of different lengths"
    );
}

/// Element by element; two arrays must have the same shape (no broadcasting).
impl<A: Scalar, D: Dimension> Tangent for Array<A, D> {
    type Scalar = A;
    fn zeros_like(&self) -> Self {
        Array::from_elem(self.raw_dim(), A::ZERO)
    }
    #[track_caller]
    fn add_assign(&mut self, other: &Self) {
        // Empty arrays are placeholders for zeros in adjoints (`TangentShape::placeholder`).
        if other.is_empty() && !self.is_empty() {
            return;
        }
        if self.is_empty() && !other.is_empty() {
            *self = other.clone();
            return;
        }
        assert_same_shape("add_assign", self.shape(), other.shape());
        self.zip_mut_with(other, |x, &y| *x = *x + y);
    }
    fn scale(&mut self, a: A) {
        self.map_inplace(|x| *x = *x * a);
    }
    #[track_caller]
    fn axpy(&mut self, a: A, other: &Self) {
        if other.is_empty() && !self.is_empty() {
            return;
        }
        if self.is_empty() && !other.is_empty() {
            *self = other.mapv(|y| a * y);
            return;
        }
        assert_same_shape("axpy", self.shape(), other.shape());
        Zip::from(self).and(other).for_each(|x, &y| *x = *x + a * y);
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(|&x| to_f64(x) * to_f64(x)).sum()
    }
}

/// Element by element.
impl<A: Scalar, const N: usize> Tangent for [A; N] {
    type Scalar = A;
    fn zeros_like(&self) -> Self {
        [A::ZERO; N]
    }
    fn add_assign(&mut self, other: &Self) {
        for (x, &y) in self.iter_mut().zip(other) {
            *x = *x + y;
        }
    }
    fn scale(&mut self, a: A) {
        for x in self {
            *x = *x * a;
        }
    }
    fn axpy(&mut self, a: A, other: &Self) {
        for (x, &y) in self.iter_mut().zip(other) {
            *x = *x + a * y;
        }
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(|&x| to_f64(x) * to_f64(x)).sum()
    }
}

/// The elements of the elements, in order (a `Vec` of structs is the concatenation of their
/// vectors); two `Vec`s must have the same length.
impl<T: Tangent> Tangent for Vec<T> {
    type Scalar = T::Scalar;
    fn zeros_like(&self) -> Self {
        self.iter().map(T::zeros_like).collect()
    }
    #[track_caller]
    fn add_assign(&mut self, other: &Self) {
        assert_same_len("add_assign", self.len(), other.len());
        for (x, y) in self.iter_mut().zip(other) {
            x.add_assign(y);
        }
    }
    fn scale(&mut self, a: T::Scalar) {
        for x in self {
            x.scale(a);
        }
    }
    #[track_caller]
    fn axpy(&mut self, a: T::Scalar, other: &Self) {
        assert_same_len("axpy", self.len(), other.len());
        for (x, y) in self.iter_mut().zip(other) {
            x.axpy(a, y);
        }
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(T::sum_of_squares).sum()
    }
}

#[cfg(test)]
mod tests {
    use ndarray::{Array1, array};

    use super::*;
    use crate::TangentShape;

    #[test]
    fn floats_are_vectors_of_one_element() {
        let mut x = 3.0_f64;
        assert_eq!(x.zeros_like(), 0.0);
        x.add_assign(&1.5);
        assert_eq!(x, 4.5);
        Tangent::scale(&mut x, 2.0);
        assert_eq!(x, 9.0);
        x.axpy(-2.0, &0.5);
        assert_eq!(x, 8.0);
        assert_eq!(x.sum_of_squares(), 64.0);
        let y = -0.5_f32;
        assert_eq!(y.sum_of_squares(), 0.25);
    }

    #[test]
    fn arrays_work_element_by_element() {
        let mut x = array![[1.0, -2.0], [3.0, 0.5]];
        assert_eq!(x.zeros_like(), Array::zeros((2, 2)));
        x.add_assign(&array![[1.0, 1.0], [1.0, 1.0]]);
        assert_eq!(x, array![[2.0, -1.0], [4.0, 1.5]]);
        Tangent::scale(&mut x, 2.0);
        assert_eq!(x, array![[4.0, -2.0], [8.0, 3.0]]);
        x.axpy(0.5, &array![[2.0, 2.0], [-4.0, 0.0]]);
        assert_eq!(x, array![[5.0, -1.0], [6.0, 3.0]]);
        assert_eq!(x.sum_of_squares(), 25.0 + 1.0 + 36.0 + 9.0);
        let mut fixed = [1.0_f32, 2.0];
        fixed.axpy(2.0, &[0.5, 0.25]);
        assert_eq!(fixed, [2.0, 2.5]);
        assert_eq!(fixed.sum_of_squares(), 4.0 + 6.25);
    }

    #[test]
    fn vecs_of_arrays_are_the_concatenation_of_their_elements() {
        let mut x = vec![array![1.0, 2.0], array![3.0]];
        let zero = x.zeros_like();
        assert_eq!(zero, vec![array![0.0, 0.0], array![0.0]]);
        x.axpy(-1.0, &vec![array![1.0, 1.0], array![1.0]]);
        assert_eq!(x, vec![array![0.0, 1.0], array![2.0]]);
        assert_eq!(x.sum_of_squares(), 5.0);
        // A Vec of Tangent values is differentiable; its zero gradient has the elements' shapes.
        let shape = x.tangent_shape();
        assert_eq!(shape.zeros(), zero);
        let mut sum = vec![Array1::from_elem(2, 1.0), array![1.0]];
        sum.accumulate(x);
        assert_eq!(sum, vec![array![1.0, 2.0], array![3.0]]);
    }

    #[test]
    #[should_panic(expected = "different shapes")]
    fn arrays_of_different_shapes_do_not_add() {
        let mut x = array![1.0, 2.0];
        x.add_assign(&array![1.0]);
    }

    #[test]
    #[should_panic(expected = "different lengths")]
    fn vecs_of_different_lengths_do_not_add() {
        let mut x = vec![1.0, 2.0];
        x.axpy(1.0, &vec![1.0]);
    }
}
