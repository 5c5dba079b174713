//! The computational graph of one evaluation, as the seed draws it: values on the nodes, local
//! partial derivatives on the edges, adjoints `∂f/∂node` from the reverse sweep.
//!
//! `#[differentiate] fn f(..)` also writes `f_graph(..) -> Graph`, which evaluates `f` as written
//! and records, through the calls below, one node per parameter, named source variable, constant
//! and unnamed intermediate (the result named after the function), one edge per operand with its
//! local partial read from the operation's own rule ([`local_partials`]), and each node's adjoint
//! from the reverse sweep. Loops appear unrolled as executed: each execution records new nodes,
//! up to a budget ([`set_default_budget`]) past which nodes are counted, not kept. `f_grad` stays
//! tape-free; this is a teaching and debugging tool, and it records at run time.
//!
//! The seed's example, `e = (a + b)(b + 1)` at `a = 2, b = 1`, recorded as `e_graph` does it:
//!
//! ```
//! use grad_runtime::__private::{AddVjp, MulVjp};
//! use grad_runtime::graph::{Graph, local_partials};
//!
//! let (a, b) = (2.0_f64, 1.0_f64);
//! let mut graph = Graph::new("e");
//! let a_node = graph.parameter("a", &a);
//! let b_node = graph.parameter("b", &b);
//! let (c, c_pullback) = AddVjp::add_vjp(&a, &b);
//! let c_node = graph.operation(Some("c"), "+", &[a_node, b_node], &c,
//!     local_partials(|| AddVjp::add_vjp(&a, &b)));
//! let one_node = graph.constant(&1.0);
//! let (d, d_pullback) = AddVjp::add_vjp(&b, &1.0);
//! let d_node = graph.operation(Some("d"), "+", &[b_node, one_node], &d,
//!     local_partials(|| AddVjp::add_vjp(&b, &1.0)));
//! let (e, e_pullback) = MulVjp::mul_vjp(&c, &d);
//! let e_node = graph.operation(None, "*", &[c_node, d_node], &e,
//!     local_partials(|| MulVjp::mul_vjp(&c, &d)));
//! graph.set_result(e_node);
//! // The reverse sweep, recording each adjoint once it is complete.
//! graph.set_adjoint(e_node, &1.0);
//! let (c_cot, d_cot) = e_pullback(1.0);
//! graph.set_adjoint(c_node, &c_cot);
//! graph.set_adjoint(d_node, &d_cot);
//! let (a_cot, b_from_c) = c_pullback(c_cot);
//! let (b_from_d, _) = d_pullback(d_cot);
//! graph.set_adjoint(a_node, &a_cot);
//! graph.set_adjoint(b_node, &(b_from_c + b_from_d));
//!
//! assert_eq!(graph.value("e"), Some(6.0));
//! assert_eq!(graph.adjoint("b"), Some(5.0));
//! assert_eq!(graph.path_sum("b", "e"), 5.0); // 1·2 + 1·3
//! let svg = graph.to_svg();                   // and graph.to_dot() for Graphviz
//! # assert!(svg.starts_with("<svg"));
//! ```
//!
//! Drawing: [`Graph::to_dot`] writes Graphviz DOT; [`Graph::to_svg`] lays the graph out in Rust
//! ([`layout-rs`](https://crates.io/crates/layout-rs)) with the inputs at the bottom and the result
//! at the top, as in colah's "Calculus on Computational Graphs"; [`Show`] picks which numbers a
//! drawing carries, to draw the seed's figures one at a time.

mod accumulate;
mod canvas;
mod dot;
mod label;
mod node;
mod partials;
#[doc(hidden)]
pub mod probe;
mod rank;
mod record;
mod svg;
mod value;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub use crate::{copy_partials, node_value, pull_with_partials};
pub use accumulate::Path;
pub use label::Show;
pub use node::{Edge, Node, NodeId, NodeKind};
pub use partials::{Cotangent, Cotangents, Derivative, LocalPartials, local_partials};
pub use record::{DEFAULT_BUDGET, default_budget, set_default_budget};
pub use value::{ArraySummary, NodeValue, Number, Value, format_number, format_shape};

/// The recorded graph of one evaluation of a function: nodes in the order they were computed
/// (a topological order), edges from each operand to the node computed from it.
///
/// Built by the recording methods ([`Graph::new`], [`parameter`](Graph::parameter),
/// [`constant`](Graph::constant), [`operation`](Graph::operation),
/// [`set_result`](Graph::set_result), [`set_adjoint`](Graph::set_adjoint)), which the generated
/// `f_graph` calls; read with the queries below, drawn with [`to_dot`](Graph::to_dot) and
/// [`to_svg`](Graph::to_svg). See the [module documentation](self) for the seed's example.
#[derive(Clone, Debug)]
pub struct Graph {
    function: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    result: Option<usize>,
    budget: usize,
    omitted: Omitted,
}

/// What was left out past the budget.
#[derive(Clone, Debug, Default)]
struct Omitted {
    /// How many nodes were left out (and, in `serials`, ever given a serial: the result kept
    /// after all is no longer counted in `nodes`).
    nodes: usize,
    serials: usize,
    edges: usize,
    /// Kept nodes that are operands of nodes left out, with the number of such uses.
    feeding: BTreeMap<usize, usize>,
    /// Kept nodes with operands left out (the result, kept past the budget).
    fed: BTreeSet<usize>,
    /// The last node left out, kept aside in case it turns out to be the result.
    last: Option<LeftOut>,
    /// Whether the result was left out (it was not the last node recorded).
    result_left_out: bool,
    /// The node left out that became the result after all: its serial and its index. Handles
    /// to it that the caller still holds resolve to the index.
    promoted: Option<(usize, usize)>,
}

impl Omitted {
    fn unfeed(&mut self, index: usize) {
        if let Some(uses) = self.feeding.get_mut(&index) {
            *uses -= 1;
            if *uses == 0 {
                self.feeding.remove(&index);
            }
        }
    }
}

#[derive(Clone, Debug)]
struct LeftOut {
    id: NodeId,
    name: String,
    kind: NodeKind,
    operation: Option<String>,
    operands: Vec<NodeId>,
    value: Value,
    partials: LocalPartials,
}

impl Graph {
    /// The function's name (the result node's).
    pub fn name(&self) -> &str {
        &self.function
    }

    /// The nodes, in the order they were recorded (a topological order).
    pub fn nodes(&self) -> impl ExactSizeIterator<Item = &Node> + '_ {
        self.nodes.iter()
    }

    /// The edges, grouped by the node they lead to, in the order of recording.
    pub fn edges(&self) -> impl ExactSizeIterator<Item = &Edge> + '_ {
        self.edges.iter()
    }

    /// The node `id`, or `None` if it was left out past the budget.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(self.resolve(id).index()?)
    }

    /// The node called `name`: the latest recorded of that name, so for a variable assigned
    /// several times (`s += x` in a loop) its final value. The result answers to the function's
    /// name and to the variable it was bound to.
    pub fn find(&self, name: &str) -> Option<&Node> {
        self.nodes.iter().rev().find(|node| node.answers_to(name))
    }

    /// The result node, once [`set_result`](Graph::set_result) named it.
    pub fn result(&self) -> Option<&Node> {
        self.nodes.get(self.result?)
    }

    /// The value of the node called `name` ([`find`](Graph::find)), if it is a scalar.
    pub fn value(&self, name: &str) -> Option<f64> {
        self.find(name)?.value().as_scalar()
    }

    /// The adjoint `∂f/∂name` the reverse sweep recorded for the node called `name`
    /// ([`find`](Graph::find): for a reassigned variable, its latest node), if it is a scalar.
    pub fn adjoint(&self, name: &str) -> Option<f64> {
        self.find(name)?.adjoint()?.as_scalar()
    }

    /// How many nodes the graph keeps at most (the result is kept in any case).
    pub fn budget(&self) -> usize {
        self.budget
    }

    /// How many nodes were evaluated but not kept, past the budget.
    pub fn omitted_nodes(&self) -> usize {
        self.omitted.nodes
    }

    /// How many edges were not kept, because one of their ends was left out.
    pub fn omitted_edges(&self) -> usize {
        self.omitted.edges
    }

    /// The sentence the drawings and `Display` end with when nodes were left out, `None` when
    /// the graph is complete: `312 more nodes (and 624 edges) were evaluated but not recorded:
    /// the budget is 300 nodes (grad::graph::set_default_budget)`.
    pub fn omission_note(&self) -> Option<String> {
        let Omitted { nodes, edges, .. } = self.omitted;
        (nodes > 0).then(|| {
            let result = if self.omitted.result_left_out {
                ", the result among them"
            } else {
                ""
            };
            format!(
                "{nodes} more node{} (and {edges} edge{}) were evaluated but not recorded{result}: \
                 the budget is {} nodes (grad::graph::set_default_budget)",
                plural(nodes),
                plural(edges),
                self.budget
            )
        })
    }

    fn kept(&self, id: NodeId) -> Option<usize> {
        self.resolve(id)
            .index()
            .filter(|&index| index < self.nodes.len())
    }

    /// `id`, or the kept node it became if it is the handle of the node left out that
    /// [`set_result`](Graph::set_result) kept after all.
    fn resolve(&self, id: NodeId) -> NodeId {
        match (id.0, self.omitted.promoted) {
            (node::Slot::Omitted(serial), Some((promoted, index))) if serial == promoted => {
                NodeId(node::Slot::Kept(index))
            }
            _ => id,
        }
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

/// One line per node, in recording order (`c = a + b = 3, ∂e/∂c = 2`;
/// `w1: 64×10 mean 0.0123 norm 3.21, ∂e/∂w1: ..` for arrays), then the omission note.
impl fmt::Display for Graph {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels = label::Labels::new(self, Show::ALL);
        for node in &self.nodes {
            let label = labels.node(node);
            f.write_str(&label.headline)?;
            match &label.value {
                Some(value) if value.starts_with('=') => write!(f, " {value}")?,
                Some(value) => write!(f, ": {value}")?,
                None => {}
            }
            if let Some(adjoint) = &label.adjoint {
                write!(f, ", {adjoint}")?;
            }
            writeln!(f)?;
        }
        if let Some(note) = self.omission_note() {
            writeln!(f, "{note}")?;
        }
        Ok(())
    }
}
