//! Derivative rules for the arithmetic operators on ndarray arrays, between two arrays (with
//! ndarray's broadcasting) and between an array and a scalar on either side, and undoing
//! broadcasting in their pullbacks ([`unbroadcast`]).
//!
//! Operands arrive by reference and the pullbacks own what they keep (a copy of an operand
//! where the derivative needs it), so they outlive the operands.
//!
//! When an operand was broadcast to the result's shape (missing leading axes, size-1 axes,
//! a scalar), its cotangent is the result's cotangent summed over the broadcast axes, back to
//! the operand's own shape (Zygote's and JAX's `unbroadcast`). Every broadcasting rule's
//! pullback goes through [`unbroadcast`].
//!
//! **Panics** (in the forward pass) if the shapes cannot be broadcast together, as ndarray does.

use std::sync::Arc;

use ndarray::{Array, ArrayBase, ArrayD, Axis, Data, DimMax, Dimension, Zip};

use super::ops::{AddVjp, DivVjp, MulVjp, NegVjp, SubVjp};
use crate::{Dual, Scalar};

/// `Σ_i a_i b_i` over two arrays of one shape.
fn dot_all<A: Scalar, D: Dimension>(a: &Array<A, D>, b: &Array<A, D>) -> A {
    Zip::from(a).and(b).fold(A::ZERO, |sum, &x, &y| sum + x * y)
}

/// `a op b` with broadcasting, in dynamic dimension (the pullbacks' shapes are only known at
/// run time anyway).
fn dyn_of<A: Clone, S: Data<Elem = A>, D: Dimension>(array: &ArrayBase<S, D>) -> ArrayD<A> {
    array.to_owned().into_dyn()
}

/// Copies of both operands for a pullback; one copy, shared, when they are the same array
/// (`(w * w).sum()`, the L2 penalty, copies `w` once).
fn keep_both<A: Clone, S1: Data<Elem = A>, S2: Data<Elem = A>, D1: Dimension, D2: Dimension>(
    lhs: &ArrayBase<S1, D1>,
    rhs: &ArrayBase<S2, D2>,
) -> (Arc<ArrayD<A>>, Arc<ArrayD<A>>) {
    let left = Arc::new(dyn_of(lhs));
    let same = lhs.as_ptr() == rhs.as_ptr()
        && lhs.shape() == rhs.shape()
        && lhs.strides() == rhs.strides();
    let right = if same {
        Arc::clone(&left)
    } else {
        Arc::new(dyn_of(rhs))
    };
    (left, right)
}

macro_rules! array_array_rule {
    ($Trait:ident, $method:ident, $op:tt, $keep:ident, |$c:ident, $l:ident, $r:ident| ($dl:expr, $dr:expr)) => {
        impl<A, S1, S2, D1, D2> $Trait<ArrayBase<S2, D2>> for ArrayBase<S1, D1>
        where
            A: Scalar,
            S1: Data<Elem = A>,
            S2: Data<Elem = A>,
            D1: Dimension + DimMax<D2>,
            D2: Dimension,
        {
            type Output = Array<A, <D1 as DimMax<D2>>::Output>;
            type LhsTangent = Array<A, D1>;
            type RhsTangent = Array<A, D2>;
            #[track_caller]
            fn $method(
                &self,
                rhs: &ArrayBase<S2, D2>,
            ) -> (
                Self::Output,
                impl FnOnce(Self::Output) -> (Array<A, D1>, Array<A, D2>) + use<A, S1, S2, D1, D2>,
            ) {
                let (lhs_dim, rhs_dim) = (self.raw_dim(), rhs.raw_dim());
                let kept = array_array_rule!(@keep $keep, self, rhs);
                let out = self $op rhs;
                let pullback = move |c: Self::Output| {
                    let $c: ArrayD<A> = c.into_dyn();
                    #[allow(unused_variables)]
                    let ($l, $r) = kept;
                    (unbroadcast($dl, &lhs_dim), unbroadcast($dr, &rhs_dim))
                };
                (out, pullback)
            }
        }
    };
    (@keep none, $lhs:expr, $rhs:expr) => { ((), ()) };
    (@keep both, $lhs:expr, $rhs:expr) => { keep_both($lhs, $rhs) };
}

array_array_rule!(AddVjp, add_vjp, +, none, |c, l, r| (c.clone(), c));
array_array_rule!(SubVjp, sub_vjp, -, none, |c, l, r| (c.clone(), -c));
array_array_rule!(MulVjp, mul_vjp, *, both, |c, l, r| (&c * &*r, &c * &*l));
array_array_rule!(DivVjp, div_vjp, /, both, |c, l, r| (&c / &*r, -(&c * &*l) / (&*r * &*r)));

macro_rules! array_scalar_rules {
    ($($float:ty),*) => {$(
        // array op scalar
        impl<S: Data<Elem = $float>, D: Dimension> AddVjp<$float> for ArrayBase<S, D> {
            type Output = Array<$float, D>;
            type LhsTangent = Array<$float, D>;
            type RhsTangent = $float;
            fn add_vjp(&self, rhs: &$float) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> (Array<$float, D>, $float) + use<S, D>) {
                let add_pullback = |c: Array<$float, D>| {
                    let total = c.sum();
                    (c, total)
                };
                (self + *rhs, add_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> SubVjp<$float> for ArrayBase<S, D> {
            type Output = Array<$float, D>;
            type LhsTangent = Array<$float, D>;
            type RhsTangent = $float;
            fn sub_vjp(&self, rhs: &$float) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> (Array<$float, D>, $float) + use<S, D>) {
                let sub_pullback = |c: Array<$float, D>| {
                    let total = c.sum();
                    (c, -total)
                };
                (self - *rhs, sub_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> MulVjp<$float> for ArrayBase<S, D> {
            type Output = Array<$float, D>;
            type LhsTangent = Array<$float, D>;
            type RhsTangent = $float;
            fn mul_vjp(&self, rhs: &$float) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> (Array<$float, D>, $float) + use<S, D>) {
                let (lhs, scale) = (self.to_owned(), *rhs);
                let out = &lhs * scale;
                let mul_pullback = move |mut c: Array<$float, D>| {
                    let d_scale = dot_all(&c, &lhs);
                    c.mapv_inplace(|v| v * scale);
                    (c, d_scale)
                };
                (out, mul_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> DivVjp<$float> for ArrayBase<S, D> {
            type Output = Array<$float, D>;
            type LhsTangent = Array<$float, D>;
            type RhsTangent = $float;
            fn div_vjp(&self, rhs: &$float) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> (Array<$float, D>, $float) + use<S, D>) {
                let divisor = *rhs;
                let out = self / divisor;
                let quotient = out.clone();
                let div_pullback = move |mut c: Array<$float, D>| {
                    let d_divisor = -dot_all(&c, &quotient) / divisor;
                    c.mapv_inplace(|v| v / divisor);
                    (c, d_divisor)
                };
                (out, div_pullback)
            }
        }

        // scalar op array
        impl<S: Data<Elem = $float>, D: Dimension> AddVjp<ArrayBase<S, D>> for $float {
            type Output = Array<$float, D>;
            type LhsTangent = $float;
            type RhsTangent = Array<$float, D>;
            fn add_vjp(&self, rhs: &ArrayBase<S, D>) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> ($float, Array<$float, D>) + use<S, D>) {
                let add_pullback = |c: Array<$float, D>| {
                    let total = c.sum();
                    (total, c)
                };
                (*self + rhs, add_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> SubVjp<ArrayBase<S, D>> for $float {
            type Output = Array<$float, D>;
            type LhsTangent = $float;
            type RhsTangent = Array<$float, D>;
            fn sub_vjp(&self, rhs: &ArrayBase<S, D>) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> ($float, Array<$float, D>) + use<S, D>) {
                let sub_pullback = |c: Array<$float, D>| {
                    let total = c.sum();
                    (total, -c)
                };
                (*self - rhs, sub_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> MulVjp<ArrayBase<S, D>> for $float {
            type Output = Array<$float, D>;
            type LhsTangent = $float;
            type RhsTangent = Array<$float, D>;
            fn mul_vjp(&self, rhs: &ArrayBase<S, D>) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> ($float, Array<$float, D>) + use<S, D>) {
                let (scale, array) = (*self, rhs.to_owned());
                let out = &array * scale;
                let mul_pullback = move |mut c: Array<$float, D>| {
                    let d_scale = dot_all(&c, &array);
                    c.mapv_inplace(|v| v * scale);
                    (d_scale, c)
                };
                (out, mul_pullback)
            }
        }

        impl<S: Data<Elem = $float>, D: Dimension> DivVjp<ArrayBase<S, D>> for $float {
            type Output = Array<$float, D>;
            type LhsTangent = $float;
            type RhsTangent = Array<$float, D>;
            fn div_vjp(&self, rhs: &ArrayBase<S, D>) -> (Array<$float, D>, impl FnOnce(Array<$float, D>) -> ($float, Array<$float, D>) + use<S, D>) {
                let numerator = *self;
                let divisor = rhs.to_owned();
                let out = divisor.mapv(|v| numerator / v);
                let quotient = out.clone();
                let div_pullback = move |c: Array<$float, D>| {
                    // y = s / x: dy/ds = 1 / x, dy/dx = -y / x.
                    let d_numerator = Zip::from(&c).and(&divisor).fold(<$float as Scalar>::ZERO, |sum, &g, &x| sum + g / x);
                    let mut d_divisor = c;
                    Zip::from(&mut d_divisor)
                        .and(&quotient)
                        .and(&divisor)
                        .for_each(|g, &y, &x| *g = -*g * y / x);
                    (d_numerator, d_divisor)
                };
                (out, div_pullback)
            }
        }
    )*};
}
array_scalar_rules!(f32, f64, Dual<f32>, Dual<f64>);

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> NegVjp for ArrayBase<S, D> {
    type Output = Array<A, D>;
    type Tangent = Array<A, D>;
    fn neg_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let neg_pullback = |c: Array<A, D>| (-c,);
        (-self.to_owned(), neg_pullback)
    }
}

/// Sums `cotangent` over the axes along which an operand of shape `target` was broadcast, and
/// returns it with that shape. Free (no copy) when nothing was broadcast.
///
/// **Panics** if `target` cannot be broadcast to `cotangent`'s shape.
#[track_caller]
pub fn unbroadcast<A: Scalar, E: Dimension, D: Dimension>(
    cotangent: Array<A, E>,
    target: &D,
) -> Array<A, D> {
    if cotangent.shape() == target.slice() {
        return into_dimension(cotangent.into_dyn(), target);
    }
    let leading = cotangent
        .ndim()
        .checked_sub(target.ndim())
        .unwrap_or_else(|| {
            panic!(
                "grad: cannot unbroadcast shape {:?} to {:?}",
                cotangent.shape(),
                target.slice()
            )
        });
    let mut summed = cotangent.into_dyn();
    for _ in 0..leading {
        summed = summed.sum_axis(Axis(0));
    }
    for (axis, &size) in target.slice().iter().enumerate() {
        if size == 1 && summed.shape()[axis] != 1 {
            summed = summed.sum_axis(Axis(axis)).insert_axis(Axis(axis));
        }
    }
    assert_eq!(
        summed.shape(),
        target.slice(),
        "grad: cannot unbroadcast to shape {:?}",
        target.slice()
    );
    into_dimension(summed, target)
}

/// The sum of all elements: the cotangent of a scalar broadcast to an array.
pub fn unbroadcast_scalar<A: Scalar, E: Dimension>(cotangent: &Array<A, E>) -> A {
    cotangent.sum()
}

fn into_dimension<A, D: Dimension>(array: ndarray::ArrayD<A>, target: &D) -> Array<A, D> {
    array.into_dimensionality::<D>().unwrap_or_else(|_| {
        unreachable!("shape {:?} has the dimension of the target", target.slice())
    })
}

#[cfg(test)]
mod tests {
    use ndarray::{Array2, Ix1, Ix2, array};

    use super::*;

    #[test]
    fn sums_over_leading_and_size_one_axes() {
        let c = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        assert_eq!(unbroadcast(c.clone(), &Ix1(3)), array![5.0, 7.0, 9.0]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(2, 1)), array![[6.0], [15.0]]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(1, 3)), array![[5.0, 7.0, 9.0]]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(1, 1)), array![[21.0]]);
        let same: Array2<f64> = unbroadcast(c.clone(), &Ix2(2, 3));
        assert_eq!(same, c);
        assert_eq!(unbroadcast_scalar(&c), 21.0);
    }

    #[test]
    #[should_panic(expected = "cannot unbroadcast")]
    fn a_shape_that_was_not_broadcast_is_an_error() {
        let c = array![[1.0, 2.0, 3.0]];
        let _ = unbroadcast(c, &Ix1(2));
    }
}
