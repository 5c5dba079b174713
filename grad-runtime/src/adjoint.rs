//! Adjoint accumulators: how the reverse sweep sums the contributions a value receives.
//!
//! A value used in several places receives one cotangent from each use; its adjoint is their sum.
//! [`Adjoint`] starts empty (Zygote's `nothing`, JAX's symbolic zero): a value that never receives
//! a contribution costs nothing, and its pullback is never called. Parameters that end the sweep
//! empty are filled with zeros of their own shape by [`TangentShape::zeros`].

/// Sums cotangents in place: `self += other`.
///
/// Implemented for every type that can be a cotangent. `()` is the cotangent of a value that is
/// not differentiated, and adding it is a no-op.
pub trait Accumulate {
    /// `self += other`.
    fn accumulate(&mut self, other: Self);
}

macro_rules! accumulate_by_add_assign {
    ($($float:ty),*) => {$(
        impl Accumulate for $float {
            #[inline(always)]
            fn accumulate(&mut self, other: Self) {
                *self += other;
            }
        }
    )*};
}
accumulate_by_add_assign!(f32, f64);

impl Accumulate for () {
    #[inline(always)]
    fn accumulate(&mut self, _other: Self) {}
}

/// The adjoint of one variable during the reverse sweep: empty, or the sum of the contributions
/// received so far.
#[derive(Clone, Debug)]
pub struct Adjoint<T>(Option<T>);

impl<T> Default for Adjoint<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T: Accumulate> Adjoint<T> {
    /// An adjoint with no contribution yet (a symbolic zero).
    #[inline(always)]
    pub fn new() -> Self {
        Self(None)
    }

    /// Adds one contribution: the first initialises, later ones are summed in place.
    #[inline(always)]
    pub fn add(&mut self, contribution: T) {
        match &mut self.0 {
            Some(sum) => sum.accumulate(contribution),
            None => self.0 = Some(contribution),
        }
    }

    /// Takes the sum out, leaving the adjoint empty.
    ///
    /// The reverse sweep takes a variable's adjoint when it reaches the assignment that produced
    /// the variable's current value: the value before that assignment is a different value, whose
    /// adjoint starts from zero (Tapenade's reset of an overwritten variable's adjoint).
    #[inline(always)]
    pub fn take(&mut self) -> Option<T> {
        self.0.take()
    }

    /// The sum, or zeros of `shape` when nothing was contributed.
    #[inline(always)]
    pub fn finish<S: TangentShape<Tangent = T>>(self, shape: S) -> T {
        match self.0 {
            Some(sum) => sum,
            None => shape.zeros(),
        }
    }
}

/// What is kept of a differentiated parameter to build a zero gradient for it later: nothing for
/// a float, the dimensions for an array.
pub trait TangentShape {
    /// The gradient type this shape makes zeros of.
    type Tangent;
    /// A zero gradient of this shape.
    fn zeros(self) -> Self::Tangent;
}

/// A type whose values can be differentiated: it names its gradient (tangent) type and can record
/// its shape so that a zero gradient can be built without keeping the value.
pub trait Differentiable {
    /// The type of the gradient with respect to a value of this type.
    type Tangent: Accumulate;
    /// What is kept to build a zero gradient ([`TangentShape`]).
    type Shape: TangentShape<Tangent = Self::Tangent>;
    /// The shape of this value's gradient.
    fn tangent_shape(&self) -> Self::Shape;
}

/// The shape of a float's gradient: nothing at all.
#[derive(Clone, Copy, Debug, Default)]
pub struct ScalarShape<A>(core::marker::PhantomData<A>);

macro_rules! scalar_differentiable {
    ($($float:ty),*) => {$(
        impl TangentShape for ScalarShape<$float> {
            type Tangent = $float;
            #[inline(always)]
            fn zeros(self) -> $float {
                0.0
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
scalar_differentiable!(f32, f64);

impl<T: Differentiable + ?Sized> Differentiable for &T {
    type Tangent = T::Tangent;
    type Shape = T::Shape;
    #[inline(always)]
    fn tangent_shape(&self) -> Self::Shape {
        (**self).tangent_shape()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_contribution_initialises_and_later_ones_add() {
        let mut adj = Adjoint::new();
        adj.add(2.0_f64);
        adj.add(3.5);
        assert_eq!(adj.take(), Some(5.5));
        assert_eq!(adj.take(), None, "take leaves the adjoint empty");
    }

    #[test]
    fn an_empty_adjoint_finishes_as_zeros_of_the_shape() {
        let adj: Adjoint<f32> = Adjoint::new();
        assert_eq!(adj.finish(1.5_f32.tangent_shape()), 0.0);
        let mut adj = Adjoint::new();
        adj.add(-1.25_f64);
        assert_eq!(
            adj.finish(<&f64 as Differentiable>::tangent_shape(&&7.0)),
            -1.25
        );
    }
}
