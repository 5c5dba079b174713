//! [`node_value!`](crate::node_value): the [`Value`] of an expression of any type, through its
//! [`NodeValue`] impl if it has one and by its type's name otherwise.
//!
//! Generated code records parameters whose types the macro only knows by name (a user's
//! configuration struct, say); requiring `NodeValue` of each would make `f_graph` fail to
//! compile for them. The macro picks the impl at the call site by autoref specialisation
//! (dtolnay's "Autoref-based stable specialization"): method lookup tries `Probe<T>` by value
//! before `&Probe<T>`, so [`Known`] applies when `T: NodeValue` and [`Unknown`] otherwise.

use core::cell::Cell;

use super::partials::{Cotangents, Derivative, LocalPartials};
use super::value::{NodeValue, Value};
use crate::{Scalar, Tangent};

/// A reference to the value being probed.
#[doc(hidden)]
pub struct Probe<'a, T: ?Sized>(pub &'a T);

/// The probe of a value whose type is a [`NodeValue`].
#[doc(hidden)]
pub trait Known {
    fn node_value(&self) -> Value;
}

impl<T: NodeValue + ?Sized> Known for Probe<'_, T> {
    fn node_value(&self) -> Value {
        self.0.to_value()
    }
}

/// The probe of any other value: shown by its type's name.
#[doc(hidden)]
pub trait Unknown {
    fn node_value(&self) -> Value;
}

impl<T: ?Sized> Unknown for &Probe<'_, T> {
    fn node_value(&self) -> Value {
        Value::opaque::<T>()
    }
}

/// The [`Value`](crate::graph::Value) of `$value` (an expression of any type, taken by
/// reference): its [`NodeValue`](crate::graph::NodeValue) if its type has one, its type's name
/// otherwise. Pass it to the recording methods of [`Graph`](crate::graph::Graph) where the type
/// is not known to be a `NodeValue`. The choice is made where the macro is written, so in
/// generic code it sees only the bounds in scope (`A: Scalar` is a `NodeValue`).
///
/// ```
/// use grad_runtime::graph::{Graph, Value};
/// use grad_runtime::graph::node_value;
///
/// struct Config { steps: usize }
/// let config = Config { steps: 3 };
/// assert_eq!(node_value!(config), Value::Opaque("Config".into()));
/// assert_eq!(node_value!(config.steps), Value::Scalar(3.0));
///
/// let mut graph = Graph::new("f");
/// let node = graph.parameter("config", &node_value!(config));
/// assert_eq!(graph.node(node).unwrap().value().to_string(), "Config");
/// ```
#[macro_export]
macro_rules! node_value {
    ($value:expr) => {{
        #[allow(unused_imports)]
        use $crate::graph::probe::{Known as _, Unknown as _};
        (&$crate::graph::probe::Probe(&$value)).node_value()
    }};
}

/// A pullback with the cotangent it is to be given, probed for whether that cotangent is a
/// scalar (so that the pullback seeded with `1` gives the operation's local partials).
#[doc(hidden)]
pub struct PullbackProbe<P, A> {
    pub pullback: Cell<Option<P>>,
    pub cotangent: Cell<Option<A>>,
}

/// The probe of a pullback of a scalar result whose cotangents can all be read as partials
/// and scaled: pulled back with `1`, which gives the partials, then scaled by the cotangent.
#[doc(hidden)]
pub trait ScalarPullback<C> {
    fn pull_with_partials(&self) -> (C, LocalPartials);
}

impl<P, A, C> ScalarPullback<C> for PullbackProbe<P, A>
where
    P: FnOnce(A) -> C,
    A: Scalar,
    C: Cotangents + ScaleCotangents<A>,
{
    fn pull_with_partials(&self) -> (C, LocalPartials) {
        let (pullback, cotangent) = taken(self);
        let mut cotangents = pullback(A::one());
        let partials = LocalPartials::new(cotangents.derivatives());
        cotangents.scale_by(cotangent);
        (cotangents, partials)
    }
}

/// The probe of any other pullback (of an array result, or with cotangents that are not
/// numbers): pulled back as the reverse sweep does, with no partials.
#[doc(hidden)]
pub trait OtherPullback<C> {
    fn pull_with_partials(&self) -> (C, LocalPartials);
}

impl<P, A, C> OtherPullback<C> for &PullbackProbe<P, A>
where
    P: FnOnce(A) -> C,
{
    fn pull_with_partials(&self) -> (C, LocalPartials) {
        let (pullback, cotangent) = taken(self);
        (pullback(cotangent), LocalPartials::none())
    }
}

fn taken<P, A>(probe: &PullbackProbe<P, A>) -> (P, A) {
    match (probe.pullback.take(), probe.cotangent.take()) {
        (Some(pullback), Some(cotangent)) => (pullback, cotangent),
        _ => unreachable!("a probe is pulled back once"),
    }
}

/// Cotangents that can be scaled by the operation's cotangent: tuples of [`Tangent`]s of the
/// same scalar and `()` (an operand that is not differentiated).
#[doc(hidden)]
pub trait ScaleCotangents<A> {
    fn scale_by(&mut self, a: A);
}

/// One cotangent of [`ScaleCotangents`].
#[doc(hidden)]
pub trait ScaleCotangent<A> {
    fn scale_by(&mut self, a: A);
}

impl<A: Scalar, T: Tangent<Scalar = A>> ScaleCotangent<A> for T {
    fn scale_by(&mut self, a: A) {
        self.scale(a);
    }
}

impl<A> ScaleCotangent<A> for () {
    fn scale_by(&mut self, _: A) {}
}

macro_rules! scale_tuple {
    ($($C:ident $index:tt),+) => {
        impl<A: Copy, $($C: ScaleCotangent<A>),+> ScaleCotangents<A> for ($($C,)+) {
            fn scale_by(&mut self, a: A) {
                $(self.$index.scale_by(a);)+
            }
        }
    };
}
scale_tuple!(C0 0);
scale_tuple!(C0 0, C1 1);
scale_tuple!(C0 0, C1 1, C2 2);
scale_tuple!(C0 0, C1 1, C2 2, C3 3);
scale_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4);
scale_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5);
scale_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5, C6 6);
scale_tuple!(C0 0, C1 1, C2 2, C3 3, C4 4, C5 5, C6 6, C7 7);

/// `$pullback($cotangent)` as the reverse sweep calls it, with the operation's
/// [`LocalPartials`](crate::graph::LocalPartials) beside: when the cotangent is a
/// [`Scalar`](crate::Scalar) (a scalar result) and the operand cotangents are numbers, arrays or
/// `()`, the pullback is called with `1`, which gives `(∂y/∂x₁, .., ∂y/∂xₙ)` (a pullback is
/// linear in its cotangent), and those are scaled by the cotangent; otherwise it is called with
/// the cotangent and gives no partials. The choice is made from the types where the macro is
/// written. The operation is evaluated once: its partials come from the pullback the reverse
/// sweep takes anyway.
///
/// ```
/// use grad_runtime::__private::{AddVjp, MulVjp};
/// use grad_runtime::graph::{Derivative, pull_with_partials};
/// use ndarray::array;
///
/// let (c, d) = (3.0_f64, 2.0_f64);
/// let (_, pullback) = MulVjp::mul_vjp(&c, &d);
/// let ((c_cot, d_cot), partials) = pull_with_partials!(pullback, 0.5);
/// assert_eq!((c_cot, d_cot), (1.0, 1.5));
/// assert_eq!(partials.get(0), Derivative::Scalar(2.0));
///
/// let x = array![1.0_f64, 2.0];
/// let (_, pullback) = AddVjp::add_vjp(&x, &x);
/// let ((x_cot, _), partials) = pull_with_partials!(pullback, array![1.0, 1.0]);
/// assert_eq!(x_cot, array![1.0, 1.0]);
/// assert!(partials.is_empty());
/// ```
#[macro_export]
macro_rules! pull_with_partials {
    ($pullback:expr, $cotangent:expr) => {{
        #[allow(unused_imports)]
        use $crate::graph::probe::{OtherPullback as _, ScalarPullback as _};
        (&$crate::graph::probe::PullbackProbe {
            pullback: ::core::cell::Cell::new(::core::option::Option::Some($pullback)),
            cotangent: ::core::cell::Cell::new(::core::option::Option::Some($cotangent)),
        })
            .pull_with_partials()
    }};
}

/// The partial of a copy `y = x`: `1` when `y` is a scalar, none otherwise.
#[doc(hidden)]
pub trait ScalarCopy {
    fn copy_partials(&self) -> LocalPartials;
}

impl<A: Scalar> ScalarCopy for Probe<'_, A> {
    fn copy_partials(&self) -> LocalPartials {
        LocalPartials::new(vec![Derivative::Scalar(1.0)])
    }
}

/// The probe of a copy of another value: no partial.
#[doc(hidden)]
pub trait OtherCopy {
    fn copy_partials(&self) -> LocalPartials {
        LocalPartials::none()
    }
}

impl<T: ?Sized> OtherCopy for &Probe<'_, T> {}

/// The [`LocalPartials`](crate::graph::LocalPartials) of a copy `y = x`, given `y`:
/// `∂y/∂x = 1` when it is a [`Scalar`](crate::Scalar), none otherwise.
///
/// ```
/// use grad_runtime::graph::{Derivative, copy_partials};
///
/// assert_eq!(copy_partials!(0.5_f64).get(0), Derivative::Scalar(1.0));
/// assert!(copy_partials!(vec![0.5_f64]).is_empty());
/// ```
#[macro_export]
macro_rules! copy_partials {
    ($value:expr) => {{
        #[allow(unused_imports)]
        use $crate::graph::probe::{OtherCopy as _, ScalarCopy as _};
        (&$crate::graph::probe::Probe(&$value)).copy_partials()
    }};
}
