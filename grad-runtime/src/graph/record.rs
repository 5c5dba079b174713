//! Recording a graph: the calls `f_graph` makes while it evaluates `f` and runs its reverse
//! sweep, and the node budget past which nodes are counted instead of kept.

use std::cell::Cell;

use super::node::{Edge, Node, NodeId, NodeKind, Slot};
use super::partials::{Derivative, LocalPartials};
use super::value::{NodeValue, Value};
use super::{Graph, Omitted};

/// The node budget of graphs created without one: large enough for the seed's examples and a
/// network's graph, small enough that a loop of thousands of iterations stays drawable.
pub const DEFAULT_BUDGET: usize = 300;

thread_local! {
    static BUDGET: Cell<usize> = const { Cell::new(DEFAULT_BUDGET) };
}

/// Sets the node budget of the graphs that [`Graph::new`] (and so every generated `f_graph`)
/// creates afterwards on this thread. Past the budget, nodes are counted, not kept (see
/// [`Graph::omitted_nodes`]).
///
/// ```
/// use grad_runtime::graph::{self, Graph};
/// graph::set_default_budget(1000);
/// assert_eq!(Graph::new("f").budget(), 1000);
/// # graph::set_default_budget(graph::DEFAULT_BUDGET);
/// ```
pub fn set_default_budget(nodes: usize) {
    BUDGET.with(|budget| budget.set(nodes));
}

/// The node budget [`Graph::new`] gives a graph on this thread ([`DEFAULT_BUDGET`] unless
/// [`set_default_budget`] changed it).
pub fn default_budget() -> usize {
    BUDGET.with(Cell::get)
}

/// A node about to be recorded.
struct Draft<'a> {
    name: String,
    kind: NodeKind,
    operation: Option<&'a str>,
    operands: &'a [NodeId],
    value: Value,
    partials: LocalPartials,
}

impl Graph {
    /// An empty graph of the function `function`, whose result node will bear that name, with
    /// the thread's [`default_budget`].
    pub fn new(function: &str) -> Graph {
        Graph::with_budget(function, default_budget())
    }

    /// An empty graph that keeps at most `budget` nodes (the result is kept in any case).
    pub fn with_budget(function: &str, budget: usize) -> Graph {
        Graph {
            function: function.to_owned(),
            nodes: Vec::new(),
            edges: Vec::new(),
            result: None,
            budget,
            omitted: Omitted::default(),
        }
    }

    /// Records the parameter `name` with its value.
    pub fn parameter<V: NodeValue + ?Sized>(&mut self, name: &str, value: &V) -> NodeId {
        self.record(Draft {
            name: name.to_owned(),
            kind: NodeKind::Parameter,
            operation: None,
            operands: &[],
            value: value.to_value(),
            partials: LocalPartials::none(),
        })
    }

    /// Records a constant (a literal such as the `1.0` of `b + 1.0`), named by its value.
    pub fn constant<V: NodeValue + ?Sized>(&mut self, value: &V) -> NodeId {
        let value = value.to_value();
        let name = match &value {
            Value::Array(summary) => super::value::format_shape(&summary.shape),
            other => other.to_string(),
        };
        self.record(Draft {
            name,
            kind: NodeKind::Constant,
            operation: None,
            operands: &[],
            value,
            partials: LocalPartials::none(),
        })
    }

    /// Records the result `value` of `operation` (`"+"`, `"exp"`, `"affine"`) applied to
    /// `operands`, with one edge per operand carrying its local partial from `partials`
    /// (from [`local_partials`](super::local_partials) of the operation's rule, or set later
    /// with [`set_partials`](Graph::set_partials)). `name` is
    /// the source variable the value is bound to (`let c = ..`), or `None` for an unnamed
    /// intermediate, which is then named by its operation.
    ///
    /// Partials are matched with operands by position; an operation without partials (an
    /// array-valued one) gets edges that show the operation and shapes instead. In debug
    /// builds, partials of another count than the operands are a panic (a bug in the caller).
    pub fn operation<V: NodeValue + ?Sized>(
        &mut self,
        name: Option<&str>,
        operation: &str,
        operands: &[NodeId],
        value: &V,
        partials: LocalPartials,
    ) -> NodeId {
        debug_assert!(
            partials.is_empty() || partials.len() == operands.len(),
            "`{operation}` has {} operands and {} partials",
            operands.len(),
            partials.len()
        );
        let (name, kind) = match name {
            Some(name) => (name.to_owned(), NodeKind::Variable),
            None => (operation.to_owned(), NodeKind::Intermediate),
        };
        self.record(Draft {
            name,
            kind,
            operation: Some(operation),
            operands,
            value: value.to_value(),
            partials,
        })
    }

    /// Makes `node` the function's result: it takes the function's name (a variable keeps its
    /// own as [`Node::variable`], so both find it) and the kind [`NodeKind::Result`]. A parameter
    /// or constant returned as it is gets a result node of its own, an identity `=` whose
    /// partial is 1. The result is kept even past the budget, if it was the last node recorded.
    /// Called again, the result moves.
    pub fn set_result(&mut self, node: NodeId) {
        let index = match self.resolve(node).0 {
            Slot::Kept(index) => index,
            Slot::Omitted(serial) => match self.keep_last_omitted(serial) {
                Some(index) => index,
                None => {
                    self.omitted.result_left_out = true;
                    return;
                }
            },
        };
        self.unset_result();
        let index = match self.nodes[index].kind {
            NodeKind::Parameter | NodeKind::Constant => self.identity_of(index),
            _ => index,
        };
        let result = &mut self.nodes[index];
        result.kind_before_result = Some(result.kind);
        if result.kind == NodeKind::Variable {
            result.variable = Some(core::mem::take(&mut result.name));
        }
        result.name = self.function.clone();
        result.kind = NodeKind::Result;
        self.result = Some(index);
    }

    /// Records the adjoint `∂f/∂node` the reverse sweep computed for `node` (replacing any
    /// recorded before: the sweep records an adjoint once it is complete). Nodes left out past
    /// the budget are skipped.
    pub fn set_adjoint<V: NodeValue + ?Sized>(&mut self, node: NodeId, adjoint: &V) {
        if let Slot::Kept(index) = self.resolve(node).0 {
            self.nodes[index].adjoint = Some(adjoint.to_value());
        }
    }

    /// Sets the local partials on the edges into `node`, one per operand in order (replacing
    /// those it was recorded with). The generated `f_graph` records an operation's node when
    /// it computes the value and its partials when the reverse sweep pulls the operation back
    /// (with the seed `1`, see [`pull_with_partials!`](crate::pull_with_partials)), so the
    /// operation is evaluated once. Nodes left out past the budget are skipped.
    pub fn set_partials(&mut self, node: NodeId, partials: &LocalPartials) {
        let Slot::Kept(index) = self.resolve(node).0 else {
            return;
        };
        let start = self
            .edges
            .partition_point(|edge| edge.target_index() < index);
        for edge in self.edges[start..]
            .iter_mut()
            .take_while(|edge| edge.target_index() == index)
        {
            edge.derivative = partials.get(edge.operand);
        }
    }

    fn record(&mut self, draft: Draft<'_>) -> NodeId {
        if self.nodes.len() >= self.budget {
            return self.leave_out(draft);
        }
        NodeId(Slot::Kept(self.keep(draft)))
    }

    /// Records `draft` as the next node; returns its index.
    fn keep(&mut self, draft: Draft<'_>) -> usize {
        let index = self.nodes.len();
        let id = NodeId(Slot::Kept(index));
        let operands: Vec<NodeId> = draft.operands.iter().map(|&id| self.resolve(id)).collect();
        for (operand, &from) in operands.iter().enumerate() {
            if let Slot::Omitted(_) = from.0 {
                self.omitted.edges += 1;
                self.omitted.fed.insert(index);
                continue;
            }
            self.edges.push(Edge {
                from,
                to: id,
                operand,
                derivative: draft.partials.get(operand),
            });
        }
        self.nodes.push(Node {
            id,
            name: draft.name,
            kind: draft.kind,
            operation: draft.operation.map(str::to_owned),
            operands,
            value: draft.value,
            adjoint: None,
            variable: None,
            kind_before_result: None,
        });
        index
    }

    fn leave_out(&mut self, draft: Draft<'_>) -> NodeId {
        let id = NodeId(Slot::Omitted(self.omitted.serials));
        self.omitted.serials += 1;
        self.omitted.nodes += 1;
        self.omitted.edges += draft.operands.len();
        for &operand in draft.operands {
            if let Slot::Kept(index) = self.resolve(operand).0 {
                *self.omitted.feeding.entry(index).or_default() += 1;
            }
        }
        self.omitted.last = Some(super::LeftOut {
            id,
            name: draft.name,
            kind: draft.kind,
            operation: draft.operation.map(str::to_owned),
            operands: draft.operands.to_vec(),
            value: draft.value,
            partials: draft.partials,
        });
        id
    }

    /// Records the last node left out after all, for the result; `None` if `serial` is not it.
    fn keep_last_omitted(&mut self, serial: usize) -> Option<usize> {
        let last = self
            .omitted
            .last
            .take_if(|last| last.id.0 == Slot::Omitted(serial))?;
        // It was counted among the left out, with its edges; now they are kept or counted anew.
        self.omitted.nodes -= 1;
        self.omitted.edges -= last.operands.len();
        for &operand in &last.operands {
            if let Slot::Kept(index) = self.resolve(operand).0 {
                self.omitted.unfeed(index);
            }
        }
        let index = self.keep(Draft {
            name: last.name,
            kind: last.kind,
            operation: last.operation.as_deref(),
            operands: &last.operands,
            value: last.value,
            partials: last.partials,
        });
        self.omitted.promoted = Some((serial, index));
        Some(index)
    }

    /// A new node `= node` (an identity with partial 1), kept whatever the budget.
    fn identity_of(&mut self, index: usize) -> usize {
        let operand = self.nodes[index].id;
        let value = self.nodes[index].value.clone();
        let derivative = match value {
            Value::Scalar(_) => Derivative::Scalar(1.0),
            _ => Derivative::NotScalar,
        };
        self.keep(Draft {
            name: "=".to_owned(),
            kind: NodeKind::Intermediate,
            operation: Some("="),
            operands: &[operand],
            value,
            partials: LocalPartials::new(vec![derivative]),
        })
    }

    /// Undoes [`set_result`](Graph::set_result) on the current result, if any.
    fn unset_result(&mut self) {
        let Some(index) = self.result.take() else {
            return;
        };
        let node = &mut self.nodes[index];
        if let Some(kind) = node.kind_before_result.take() {
            node.kind = kind;
            node.name = match node.variable.take() {
                Some(variable) => variable,
                None => node.operation.clone().unwrap_or_default(),
            };
        }
    }
}
