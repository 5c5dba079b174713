//! Which types can be differentiated and what their gradients are ([`Differentiable`]), and what
//! is kept of a parameter to build its zero gradient later ([`TangentShape`]): floats, slices,
//! `Vec`s, `[A; N]` arrays, references, tuples and ndarray arrays here; structs with
//! `#[derive(grad::Tangent)]` in the code the derive writes.
//!
//! The gradient of any `ArrayBase<S, D>` (an owned `Array`, an `ArrayView`, a reference to
//! either) is an owned `Array<A, D>` of the same shape.

use ndarray::{Array, ArrayBase, Data, Dimension};

use super::accumulate::Accumulate;
use crate::{Dual, Scalar};

/// A type whose values can be differentiated: it names its gradient (tangent) type and can record
/// its shape so that a zero gradient can be built without keeping the value.
///
/// Not [`Tangent`](crate::Tangent): every `Tangent` type is `Differentiable` with itself as
/// gradient type, but a differentiable value need not be a gradient (a slice's gradient is a
/// `Vec`, a view's an owned array, a tuple's the tuple of its elements' gradients).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be differentiated",
    label = "grad has no gradient type for `{Self}`",
    note = "grad differentiates f32 and f64, slices, `Vec`s and arrays of them, and structs with `#[derive(Clone, grad::Tangent)]`: derive it on a struct of yours, or name the parameters to differentiate with `#[differentiate(wrt(..))]`"
)]
pub trait Differentiable {
    /// The type of the gradient with respect to a value of this type.
    type Tangent: Accumulate;
    /// What is kept to build a zero gradient ([`TangentShape`]).
    type Shape: TangentShape<Tangent = Self::Tangent>;
    /// The shape of this value's gradient.
    fn tangent_shape(&self) -> Self::Shape;
}

/// What is kept of a differentiated parameter to build a zero gradient for it later: nothing for
/// a float, the dimensions for an array.
///
/// Not [`Tangent::zeros_like`](crate::Tangent::zeros_like), which needs the value: the reverse
/// sweep of `f_vjp` runs in a pullback that borrows nothing, after the parameters may be gone,
/// and a shape costs nothing for a float and a dimension for an array.
pub trait TangentShape: Clone {
    /// The gradient type this shape makes zeros of.
    type Tangent;
    /// A zero gradient of this shape.
    fn zeros(self) -> Self::Tangent;

    /// Puts back into a finished gradient what is not differentiated: the copies of a struct's
    /// skipped fields (`#[tangent(skip)]`), which cotangents may have been added into where the
    /// function read them. Nothing, for anything else.
    fn restore(&self, tangent: &mut Self::Tangent) {
        let _ = tangent;
    }

    /// A zero gradient that allocates nothing for its arrays: each is an empty placeholder that
    /// the first cotangent added to it replaces, and that [`TangentShape::restore`] turns into
    /// zeros if none came. A struct's adjoint starts so, so that a field read once costs one
    /// move, not zeros of every field plus an addition into fresh pages.
    fn placeholder(self) -> Self::Tangent {
        self.zeros()
    }

    /// Zero gradients of each of `shapes`, in order: the zero gradient of a `Vec`.
    ///
    /// Floats' shapes, which hold nothing, override it to allocate zeroed memory at once.
    fn zeros_each(shapes: Vec<Self>) -> Vec<Self::Tangent> {
        shapes.into_iter().map(Self::zeros).collect()
    }
}

/// The shape of a float's gradient: nothing at all.
#[derive(Debug, Default)]
pub struct ScalarShape<A>(core::marker::PhantomData<A>);

impl<A> Clone for ScalarShape<A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for ScalarShape<A> {}

macro_rules! scalar_differentiable {
    ($($float:ty),*) => {$(
        impl TangentShape for ScalarShape<$float> {
            type Tangent = $float;
            #[inline(always)]
            fn zeros(self) -> $float {
                <$float as Scalar>::ZERO
            }
            #[inline(always)]
            fn zeros_each(shapes: Vec<Self>) -> Vec<$float> {
                // Zeroed memory for the floats, as for `vec![0.0; n]`.
                vec![<$float as Scalar>::ZERO; shapes.len()]
            }
        }

        impl Differentiable for $float {
            type Tangent = $float;
            type Shape = ScalarShape<$float>;
            #[inline(always)]
            fn tangent_shape(&self) -> Self::Shape {
                ScalarShape(core::marker::PhantomData)
            }
        }
    )*};
}
scalar_differentiable!(f32, f64, Dual<f32>, Dual<f64>);

/// The gradient of a slice is a `Vec` of its elements' gradients, as for a `Vec`.
impl<T: Differentiable<Tangent = T> + Accumulate> Differentiable for [T] {
    type Tangent = Vec<T>;
    type Shape = ElementShapes<T>;
    fn tangent_shape(&self) -> Self::Shape {
        ElementShapes(self.iter().map(T::tangent_shape).collect())
    }
}

/// A slice parameter read as dual numbers (`f_hvp` passes a slice and its direction so): its
/// gradient is a vector of dual numbers kept as its values and its tangents, the gradient and
/// the Hessian-vector product `f_hvp` returns ([`DualVec`](crate::dual::DualVec)).
impl<A: crate::dual::Primal> Differentiable for crate::engine::lift::DualSlice<'_, A> {
    type Tangent = crate::dual::DualVec<A>;
    type Shape = crate::dual::DualVecShape<A>;
    #[inline]
    fn tangent_shape(&self) -> Self::Shape {
        crate::dual::DualVecShape::new(self.len())
    }
}

/// A slice parameter that is not differentiated, read as dual numbers: as for a `[Dual<A>]`.
impl<A: crate::dual::Primal> Differentiable for crate::engine::lift::ConstantSlice<'_, A>
where
    Dual<A>: Differentiable<Tangent = Dual<A>> + Accumulate,
{
    type Tangent = Vec<Dual<A>>;
    type Shape = ElementShapes<Dual<A>>;
    fn tangent_shape(&self) -> Self::Shape {
        ElementShapes(vec![Dual::constant(A::ZERO).tangent_shape(); self.len()])
    }
}

/// The gradient of a `Vec` is a `Vec` of its elements' gradients, for elements that are their
/// own gradient type: floats, arrays, `Vec`s and structs with `#[derive(grad::Tangent)]`.
impl<T: Differentiable<Tangent = T> + Accumulate> Differentiable for Vec<T> {
    type Tangent = Vec<T>;
    type Shape = ElementShapes<T>;
    fn tangent_shape(&self) -> Self::Shape {
        ElementShapes(self.iter().map(T::tangent_shape).collect())
    }
}

/// The shape of the gradient of a `Vec<T>`: its elements' shapes.
///
/// For floats these are zero-sized: the `Vec` of them does not allocate, and making it costs a
/// length.
pub struct ElementShapes<T: Differentiable>(Vec<T::Shape>);

impl<T: Differentiable> Clone for ElementShapes<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T: Differentiable> core::fmt::Debug for ElementShapes<T>
where
    T::Shape: core::fmt::Debug,
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("ElementShapes").field(&self.0).finish()
    }
}

/// Zeros of each element's shape.
impl<T: Differentiable<Tangent = T>> TangentShape for ElementShapes<T> {
    type Tangent = Vec<T>;
    fn zeros(self) -> Vec<T> {
        T::Shape::zeros_each(self.0)
    }
    fn restore(&self, tangent: &mut Vec<T>) {
        for (shape, element) in self.0.iter().zip(tangent) {
            shape.restore(element);
        }
    }
    fn placeholder(self) -> Vec<T> {
        self.0.into_iter().map(TangentShape::placeholder).collect()
    }
}

/// The shape of the gradient of an array `[A; N]`: nothing beyond its type.
#[derive(Debug, Default)]
pub struct FixedShape<A, const N: usize>(core::marker::PhantomData<A>);

impl<A, const N: usize> Clone for FixedShape<A, N> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A, const N: usize> Copy for FixedShape<A, N> {}

impl<A: Scalar, const N: usize> TangentShape for FixedShape<A, N> {
    type Tangent = [A; N];
    fn zeros(self) -> [A; N] {
        [A::ZERO; N]
    }
}

impl<A: Scalar, const N: usize> Differentiable for [A; N] {
    type Tangent = [A; N];
    type Shape = FixedShape<A, N>;
    fn tangent_shape(&self) -> Self::Shape {
        FixedShape(core::marker::PhantomData)
    }
}

impl<T: Differentiable + ?Sized> Differentiable for &T {
    type Tangent = T::Tangent;
    type Shape = T::Shape;
    #[inline(always)]
    fn tangent_shape(&self) -> Self::Shape {
        (**self).tangent_shape()
    }
}

/// Tuples of differentiable values (a function returning `(f64, Array1<f64>)`, a tuple
/// parameter): their gradient is the tuple of the elements' gradients.
macro_rules! tuple_impls {
    ($(($($T:ident $i:tt),+)),+) => {$(
        impl<$($T: Differentiable),+> Differentiable for ($($T,)+) {
            type Tangent = ($($T::Tangent,)+);
            type Shape = ($($T::Shape,)+);
            fn tangent_shape(&self) -> Self::Shape {
                ($(self.$i.tangent_shape(),)+)
            }
        }

        impl<$($T: TangentShape),+> TangentShape for ($($T,)+) {
            type Tangent = ($($T::Tangent,)+);
            fn zeros(self) -> Self::Tangent {
                ($(self.$i.zeros(),)+)
            }
            fn restore(&self, tangent: &mut Self::Tangent) {
                $(self.$i.restore(&mut tangent.$i);)+
            }
            fn placeholder(self) -> Self::Tangent {
                ($(self.$i.placeholder(),)+)
            }
        }
    )+};
}
tuple_impls!(
    (A 0),
    (A 0, B 1),
    (A 0, B 1, C 2),
    (A 0, B 1, C 2, D 3),
    (A 0, B 1, C 2, D 3, E 4),
    (A 0, B 1, C 2, D 3, E 4, F 5)
);

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

impl<A: Scalar, D: Dimension> TangentShape for NdShape<A, D> {
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

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> Differentiable for ArrayBase<S, D> {
    type Tangent = Array<A, D>;
    type Shape = NdShape<A, D>;
    fn tangent_shape(&self) -> Self::Shape {
        NdShape {
            dim: self.raw_dim(),
            element: core::marker::PhantomData,
        }
    }
}
