//! Derivative rules for the arithmetic operators on ndarray arrays, between two arrays (with
//! ndarray's broadcasting) and between an array and a scalar on either side.
//!
//! Operands arrive by reference and the pullbacks own what they keep (a copy of an operand
//! where the derivative needs it), so they outlive the operands. A broadcast operand's
//! cotangent is summed back to its shape by [`unbroadcast`].
//!
//! **Panics** (in the forward pass) if the shapes cannot be broadcast together, as ndarray does.

use std::sync::Arc;

use ndarray::{Array, ArrayBase, ArrayD, Data, DimMax, Dimension, Zip};

use crate::Scalar;
use crate::broadcast::unbroadcast;
use crate::ops::{AddVjp, DivVjp, MulVjp, NegVjp, SubVjp};

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
                    let d_numerator = Zip::from(&c).and(&divisor).fold(0.0, |sum, &g, &x| sum + g / x);
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
array_scalar_rules!(f32, f64);

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

/// Derivative rules for the elementwise methods of ndarray arrays (`x.exp()`, `x.powi(2)`):
/// inside a `#[differentiate]` function `x.exp()` on a differentiated array becomes
/// `x.exp_vjp()`, as for floats. Each rule's doc line gives the derivative it applies
/// elementwise; at kinks the rules follow the float rules (`abs'(0) = 0`).
pub trait ArrayRules<A, D> {
    /// `e^x`; `d/dx = e^x` (the output is kept).
    fn exp_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `ln x`; `d/dx = 1/x`.
    fn ln_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `√x`; `d/dx = 1/(2√x)`.
    fn sqrt_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `sin x`; `d/dx = cos x`.
    fn sin_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `cos x`; `d/dx = -sin x`.
    fn cos_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `tan x`; `d/dx = 1 + tan² x`.
    fn tan_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `tanh x`; `d/dx = 1 - tanh² x`.
    fn tanh_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `|x|`; `d/dx = sign x`, 0 at 0.
    fn abs_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
    /// `x^n`; `d/dx = n x^(n-1)`.
    fn powi_vjp(
        &self,
        n: i32,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, ()) + use<Self, A, D>,
    );
    /// `x^p` for a scalar `p`; `d/dx = p x^(p-1)`, `d/dp = Σ x^p ln x` (0 where `x = 0`).
    fn powf_vjp(
        &self,
        p: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A) + use<Self, A, D>,
    );
}

/// `x^n`, with the small exponents as multiplications: `powi` with an exponent known only at
/// run time is a library call per element (measured: the L2 term of an MLP 2x slower).
#[inline(always)]
fn powi<A: Scalar>(x: A, n: i32) -> A {
    match n {
        0 => A::ONE,
        1 => x,
        2 => x * x,
        3 => x * x * x,
        _ => x.powi(n),
    }
}

/// One elementwise rule: `y = f(x)` and the pullback `c -> c * f'(x)`, computed in place on the
/// cotangent from the kept input `x` and output `y`.
macro_rules! elementwise_rule {
    ($vjp:ident, |$x:ident| $forward:expr, |$xx:ident, $y:ident| $derivative:expr) => {
        fn $vjp(
            &self,
        ) -> (
            Array<A, D>,
            impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
        ) {
            let input = self.to_owned();
            let output = input.mapv(|$x| $forward);
            let kept = output.clone();
            #[allow(unused_variables)]
            let pullback = move |mut c: Array<A, D>| {
                Zip::from(&mut c)
                    .and(&input)
                    .and(&kept)
                    .for_each(|c, &$xx, &$y| *c = *c * $derivative);
                (c,)
            };
            (output, pullback)
        }
    };
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ArrayRules<A, D> for ArrayBase<S, D> {
    elementwise_rule!(exp_vjp, |x| x.exp(), |x, y| y);
    elementwise_rule!(ln_vjp, |x| x.ln(), |x, y| x.recip());
    elementwise_rule!(sqrt_vjp, |x| x.sqrt(), |x, y| (y + y).recip());
    elementwise_rule!(sin_vjp, |x| x.sin(), |x, y| x.cos());
    elementwise_rule!(cos_vjp, |x| x.cos(), |x, y| -x.sin());
    elementwise_rule!(tan_vjp, |x| x.tan(), |x, y| A::ONE + y * y);
    elementwise_rule!(tanh_vjp, |x| x.tanh(), |x, y| A::ONE - y * y);
    elementwise_rule!(abs_vjp, |x| x.abs(), |x, y| if x > A::ZERO {
        A::ONE
    } else if x < A::ZERO {
        -A::ONE
    } else {
        A::ZERO
    });

    fn powi_vjp(
        &self,
        n: i32,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, ()) + use<A, S, D>,
    ) {
        let input = self.to_owned();
        let output = input.mapv(|x| powi(x, n));
        let powi_pullback = move |mut c: Array<A, D>| {
            let factor = A::from_i32(n).expect("an i32 is a float");
            Zip::from(&mut c).and(&input).for_each(|c, &x| {
                *c = if n == 0 {
                    A::ZERO
                } else {
                    *c * factor * powi(x, n - 1)
                };
            });
            (c, ())
        };
        (output, powi_pullback)
    }

    fn powf_vjp(
        &self,
        p: A,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>, A) + use<A, S, D>,
    ) {
        let input = self.to_owned();
        let output = input.mapv(|x| x.powf(p));
        let kept = output.clone();
        let powf_pullback = move |mut c: Array<A, D>| {
            let d_p = Zip::from(&c)
                .and(&input)
                .and(&kept)
                .fold(A::ZERO, |sum, &c, &x, &y| {
                    if x == A::ZERO {
                        sum
                    } else {
                        sum + c * y * x.ln()
                    }
                });
            Zip::from(&mut c).and(&input).for_each(|c, &x| {
                *c = if p == A::ZERO {
                    A::ZERO
                } else {
                    *c * p * x.powf(p - A::ONE)
                };
            });
            (c, d_p)
        };
        (output, powf_pullback)
    }
}
