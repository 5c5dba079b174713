//! Derivative rules for the variance and standard deviation of ndarray arrays, over the whole
//! array or along an axis: `var`, `std`, `var_axis`, `std_axis` ([`StatisticsRules`]).
//!
//! With `n` elements (along the axis), `dof = n - ddof`, the mean `m` and
//! `S = Σ (x_i - m)²`, the variance is `v = S / dof` and the standard deviation `s = √v`. As
//! `Σ (x_i - m) = 0`, the mean's own dependence on `x_i` drops out of the derivatives:
//!
//! - `∂v/∂x_i = 2 (x_i - m) / dof`, `∂v/∂ddof = S / dof² = v / dof`;
//! - `∂s/∂x_i = (x_i - m) / (dof · s)`, `∂s/∂ddof = s / (2 dof)`.
//!
//! At `s = 0` (all elements equal) `s` is a cone's tip, not differentiable in `x`: the rules
//! take 0 there, the subgradient of least norm (as `abs'(0) = 0` and `hypot` at the origin),
//! instead of `0/0 = NaN`.
//!
//! The values are ndarray's own (its one-pass Welford algorithm), bit for bit; the pullbacks
//! keep the centred elements `x - m`, one array of `x`'s size, and scale them in place.

use ndarray::{Array, ArrayBase, Axis, Data, Dimension, RemoveAxis};

use crate::Scalar;

/// The variance and standard deviation rules, as methods of arrays: `x.var(1.0)` becomes
/// `x.var_vjp(1.0)`. `ddof` ("delta degrees of freedom": 0 for the population variance, 1 for
/// the sample variance) is a float in ndarray and gets its cotangent like any argument.
pub trait StatisticsRules<A, D: Dimension> {
    /// `v = Σ (x_i - m)² / (n - ddof)`; `∂v/∂x_i = 2 (x_i - m) / (n - ddof)`,
    /// `∂v/∂ddof = v / (n - ddof)`.
    ///
    /// **Panics** if `ddof` is negative or greater than `n`, as ndarray's `var` does.
    fn var_vjp(&self, ddof: A) -> (A, impl FnOnce(A) -> (Array<A, D>, A) + use<Self, A, D>);

    /// `s = √(Σ (x_i - m)² / (n - ddof))`; `∂s/∂x_i = (x_i - m) / ((n - ddof) s)`, taken as 0
    /// where `s = 0`, and `∂s/∂ddof = s / (2 (n - ddof))`.
    ///
    /// **Panics** if `ddof` is negative or greater than `n`, as ndarray's `std` does.
    fn std_vjp(&self, ddof: A) -> (A, impl FnOnce(A) -> (Array<A, D>, A) + use<Self, A, D>);

    /// The variance of each lane along `axis`, [`var_vjp`](StatisticsRules::var_vjp)'s
    /// derivative lane by lane: `x̄_i = c_lane · 2 (x_i - m_lane) / (n - ddof)`, and
    /// `ddof̄ = Σ_lanes c_lane v_lane / (n - ddof)`.
    ///
    /// **Panics** if `ddof` is negative or greater than the axis length, or if `axis` is out of
    /// bounds, as ndarray's `var_axis` does.
    fn var_axis_vjp(
        &self,
        axis: Axis,
        ddof: A,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A) + use<Self, A, D>,
    )
    where
        D: RemoveAxis;

    /// The standard deviation of each lane along `axis`, [`std_vjp`](StatisticsRules::std_vjp)'s
    /// derivative lane by lane: `x̄_i = c_lane (x_i - m_lane) / ((n - ddof) s_lane)`, 0 in a
    /// lane where `s_lane = 0`, and `ddof̄ = Σ_lanes c_lane s_lane / (2 (n - ddof))`.
    ///
    /// **Panics** as [`var_axis_vjp`](StatisticsRules::var_axis_vjp).
    fn std_axis_vjp(
        &self,
        axis: Axis,
        ddof: A,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A) + use<Self, A, D>,
    )
    where
        D: RemoveAxis;
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> StatisticsRules<A, D> for ArrayBase<S, D> {
    #[track_caller]
    fn var_vjp(&self, ddof: A) -> (A, impl FnOnce(A) -> (Array<A, D>, A) + use<A, S, D>) {
        let var = self.var(ddof);
        let dof = count::<A>(self.len()) - ddof;
        let mut centred = centred(self);
        let var_pullback = move |c: A| {
            let scale = c * (A::ONE + A::ONE) / dof;
            centred.mapv_inplace(|d| scale * d);
            (centred, c * var / dof)
        };
        (var, var_pullback)
    }

    #[track_caller]
    fn std_vjp(&self, ddof: A) -> (A, impl FnOnce(A) -> (Array<A, D>, A) + use<A, S, D>) {
        let std = self.std(ddof);
        let dof = count::<A>(self.len()) - ddof;
        let mut centred = centred(self);
        let std_pullback = move |c: A| {
            let scale = std_scale(c, std, dof);
            centred.mapv_inplace(|d| scale * d);
            (centred, c * std / (dof + dof))
        };
        (std, std_pullback)
    }

    #[track_caller]
    fn var_axis_vjp(
        &self,
        axis: Axis,
        ddof: A,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A) + use<A, S, D>,
    )
    where
        D: RemoveAxis,
    {
        let var = self.var_axis(axis, ddof);
        let dof = count::<A>(self.len_of(axis)) - ddof;
        let centred = centred_along(self, axis);
        let kept = var.clone();
        let var_axis_pullback = move |c: Array<A, D::Smaller>| {
            let d_ddof = c
                .iter()
                .zip(&kept)
                .fold(A::ZERO, |sum, (&c, &v)| sum + c * v)
                / dof;
            let two_over_dof = (A::ONE + A::ONE) / dof;
            let scale = c.mapv_into(|c| c * two_over_dof);
            (scale_lanes(centred, axis, scale), (), d_ddof)
        };
        (var, var_axis_pullback)
    }

    #[track_caller]
    fn std_axis_vjp(
        &self,
        axis: Axis,
        ddof: A,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A) + use<A, S, D>,
    )
    where
        D: RemoveAxis,
    {
        let std = self.std_axis(axis, ddof);
        let dof = count::<A>(self.len_of(axis)) - ddof;
        let centred = centred_along(self, axis);
        let kept = std.clone();
        let std_axis_pullback = move |mut c: Array<A, D::Smaller>| {
            let d_ddof = c
                .iter()
                .zip(&kept)
                .fold(A::ZERO, |sum, (&c, &s)| sum + c * s)
                / (dof + dof);
            c.zip_mut_with(&kept, |c, &s| *c = std_scale(*c, s, dof));
            (scale_lanes(centred, axis, c), (), d_ddof)
        };
        (std, std_axis_pullback)
    }
}

/// A count as a float.
fn count<A: Scalar>(n: usize) -> A {
    A::from_usize(n).expect("a length is a float")
}

/// `c / (dof · s)`, the factor of `x_i - m` in the cotangent of a standard deviation `s`; 0 at
/// `s = 0`, the cone's tip.
fn std_scale<A: Scalar>(c: A, s: A, dof: A) -> A {
    if s == A::ZERO { A::ZERO } else { c / (dof * s) }
}

/// `x - m` with `m` the mean of all the elements.
fn centred<A: Scalar, S: Data<Elem = A>, D: Dimension>(x: &ArrayBase<S, D>) -> Array<A, D> {
    let mean = x.sum() / count(x.len());
    x.mapv(|v| v - mean)
}

/// `x - m` with `m` the mean of each lane along `axis`.
fn centred_along<A: Scalar, S: Data<Elem = A>, D: RemoveAxis>(
    x: &ArrayBase<S, D>,
    axis: Axis,
) -> Array<A, D> {
    let n = count::<A>(x.len_of(axis));
    let means = along::<A, D>(x.sum_axis(axis).mapv_into(|sum| sum / n), axis);
    x - &means
}

/// Each lane of `centred` along `axis` times its element of `scale`, in place.
fn scale_lanes<A: Scalar, D: RemoveAxis>(
    mut centred: Array<A, D>,
    axis: Axis,
    scale: Array<A, D::Smaller>,
) -> Array<A, D> {
    centred.zip_mut_with(&along::<A, D>(scale, axis), |d, &k| *d = k * *d);
    centred
}

/// `a` with `axis` put back, of length 1, to broadcast along it.
fn along<A, D: RemoveAxis>(a: Array<A, D::Smaller>, axis: Axis) -> Array<A, D> {
    a.insert_axis(axis)
        .into_dimensionality::<D>()
        .unwrap_or_else(|_| unreachable!("inserting the axis back gives the dimension"))
}
