//! The derivative rule of ndarray's `x.fold_axis(axis, init, f)`: each lane along `axis` folded
//! with `f` from `init`, `yᵢ = f(..f(f(init, x_{i,0}), x_{i,1}).., x_{i,n-1})`, for any `f` built
//! from differentiable float operations (`|a, &b| a.max(b)`, `|a, &b| a + b * b`).
//!
//! The fold is run once, at dual numbers: each step evaluates `f` twice, seeding the
//! accumulator and then the element, to get the step's two partial derivatives `∂f/∂acc` and
//! `∂f/∂x`, which are kept (two numbers per element). The pullback walks each lane backwards:
//! with `c` the cotangent of the lane's result, `x̄_k = c · ∂f/∂x_k`, then `c ← c · ∂f/∂acc_k`;
//! what is left of `c` at the start is the cotangent of `init`, summed over the lanes. For a
//! `max` fold this sends each lane's cotangent to its largest element (the first of equal
//! ones, as the float rule of `max` does).

use ndarray::{Array, ArrayBase, Axis, Data, RemoveAxis, Zip};

use crate::Scalar;
use crate::dual::Dual;

/// The rule of `x.fold_axis(axis, init, f)`; `f` receives the accumulator and the element by
/// reference, as ndarray's closure does, at dual numbers.
pub trait FoldAxisVjp<A, D: RemoveAxis> {
    /// The folded array, with `axis` removed, and its pullback: cotangents for the array and
    /// for `init` (the axis and the closure get `()`).
    ///
    /// ```
    /// use grad_runtime::ndarray::{Axis, array};
    /// use grad_runtime::rules::FoldAxisVjp;
    ///
    /// let x = array![[1.0, 3.0, 2.0], [-1.0, -4.0, 0.5]];
    /// let (max, pullback) = x.fold_axis_vjp(Axis(1), f64::NEG_INFINITY, |a, b| a.max(*b));
    /// assert_eq!(max, array![3.0, 0.5]);
    /// let (x_bar, (), init_bar, ()) = pullback(array![1.0, 2.0]);
    /// assert_eq!(x_bar, array![[0.0, 1.0, 0.0], [0.0, 0.0, 2.0]]);
    /// assert_eq!(init_bar, 0.0);
    /// ```
    ///
    /// **Panics** if `axis` is out of bounds, as ndarray's `fold_axis` does.
    #[allow(clippy::type_complexity)]
    fn fold_axis_vjp<F>(
        &self,
        axis: Axis,
        init: A,
        f: F,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A, ()) + use<Self, A, D, F>,
    )
    where
        F: FnMut(&Dual<A>, &Dual<A>) -> Dual<A>;
}

impl<A: Scalar, S: Data<Elem = A>, D: RemoveAxis> FoldAxisVjp<A, D> for ArrayBase<S, D> {
    #[allow(clippy::type_complexity)]
    fn fold_axis_vjp<F>(
        &self,
        axis: Axis,
        init: A,
        mut f: F,
    ) -> (
        Array<A, D::Smaller>,
        impl FnOnce(Array<A, D::Smaller>) -> (Array<A, D>, (), A, ()) + use<A, S, D, F>,
    )
    where
        F: FnMut(&Dual<A>, &Dual<A>) -> Dual<A>,
    {
        let (zero, one) = (A::zero(), A::one());
        let mut by_element = Array::zeros(self.raw_dim());
        let mut by_accumulator = Array::zeros(self.raw_dim());
        let folded = Zip::from(self.lanes(axis))
            .and(by_element.lanes_mut(axis))
            .and(by_accumulator.lanes_mut(axis))
            .map_collect(|lane, mut d_element, mut d_accumulator| {
                let mut acc = init;
                for (k, &x) in lane.iter().enumerate() {
                    let seeded_acc = f(&Dual::new(acc, one), &Dual::new(x, zero));
                    let seeded_x = f(&Dual::new(acc, zero), &Dual::new(x, one));
                    d_accumulator[k] = seeded_acc.tangent;
                    d_element[k] = seeded_x.tangent;
                    acc = seeded_acc.value;
                }
                acc
            });
        let fold_axis_pullback = move |c: Array<A, D::Smaller>| {
            let mut x_bar = Array::zeros(by_element.raw_dim());
            let mut init_bar = zero;
            Zip::from(x_bar.lanes_mut(axis))
                .and(by_element.lanes(axis))
                .and(by_accumulator.lanes(axis))
                .and(&c)
                .for_each(|mut x_bar, d_element, d_accumulator, &c| {
                    let mut c = c;
                    for k in (0..x_bar.len()).rev() {
                        x_bar[k] = c * d_element[k];
                        c *= d_accumulator[k];
                    }
                    init_bar += c;
                });
            (x_bar, (), init_bar, ())
        };
        (folded, fold_axis_pullback)
    }
}
