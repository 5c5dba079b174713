//! [`node_value!`](crate::node_value): the [`Value`] of an expression of any type, through its
//! [`NodeValue`] impl if it has one and by its type's name otherwise.
//!
//! Generated code records parameters whose types the macro only knows by name (a user's
//! configuration struct, say); requiring `NodeValue` of each would make `f_graph` fail to
//! compile for them. The macro picks the impl at the call site by autoref specialisation
//! (dtolnay's "Autoref-based stable specialization"): method lookup tries `Probe<T>` by value
//! before `&Probe<T>`, so [`Known`] applies when `T: NodeValue` and [`Unknown`] otherwise.

use super::value::{NodeValue, Value};

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
