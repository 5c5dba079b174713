//! The parts of a graph: nodes (values, with their adjoints) and edges (operands, with their
//! local partial derivatives).

use super::partials::Derivative;
use super::value::Value;

/// A handle to a node, returned by the recording methods of [`Graph`](super::Graph) and passed
/// back to them as an operand. Nodes past the graph's budget are counted but not kept; their
/// handles are still valid arguments (operations on them are counted too).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NodeId(pub(super) Slot);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Slot {
    /// The node at this index of the graph's nodes.
    Kept(usize),
    /// The node that was the `n`-th to be left out.
    Omitted(usize),
}

impl NodeId {
    /// The node's position in [`Graph::nodes`](super::Graph::nodes) (the order of recording,
    /// which is a topological order), or `None` for a node left out past the budget.
    pub fn index(self) -> Option<usize> {
        match self.0 {
            Slot::Kept(index) => Some(index),
            Slot::Omitted(_) => None,
        }
    }
}

/// What a node stands for, as the seed's figures distinguish them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NodeKind {
    /// A parameter of the function.
    Parameter,
    /// A value bound to a name in the source (`let c = a + b`; each assignment of a `let mut`
    /// variable is a new node of the same name).
    Variable,
    /// A literal or a named constant.
    Constant,
    /// An unnamed intermediate value (`a * b` inside `a * b + c`), named by its operation.
    Intermediate,
    /// The function's result, named after the function.
    Result,
}

/// One node: a value computed (or given) during the recorded evaluation.
#[derive(Clone, Debug)]
pub struct Node {
    pub(super) id: NodeId,
    pub(super) name: String,
    pub(super) kind: NodeKind,
    pub(super) operation: Option<String>,
    pub(super) operands: Vec<NodeId>,
    pub(super) value: Value,
    pub(super) adjoint: Option<Value>,
    /// The source variable a result node was bound to (`y` in `let y = ..; y`), which still
    /// finds it by name.
    pub(super) variable: Option<String>,
    /// What the node was before [`Graph::set_result`](super::Graph::set_result) made it the
    /// result, to undo that if the result moves.
    pub(super) kind_before_result: Option<NodeKind>,
}

impl Node {
    /// The node's handle.
    pub fn id(&self) -> NodeId {
        self.id
    }

    /// The node's name: the parameter's or variable's, the function's for the result, the
    /// constant's value for a literal, the operation's for an unnamed intermediate.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the node stands for.
    pub fn kind(&self) -> NodeKind {
        self.kind
    }

    /// The operation that computed the node (`+`, `exp`, `affine`), `None` for parameters and
    /// constants.
    pub fn operation(&self) -> Option<&str> {
        self.operation.as_deref()
    }

    /// The node's operands, in order (empty for parameters and constants).
    pub fn operands(&self) -> &[NodeId] {
        &self.operands
    }

    /// The forward value.
    pub fn value(&self) -> &Value {
        &self.value
    }

    /// The adjoint `∂f/∂node` the reverse sweep recorded, if it recorded one.
    pub fn adjoint(&self) -> Option<&Value> {
        self.adjoint.as_ref()
    }

    /// The value's shape: `[]` for a scalar, `None` for a tuple or a value of another type.
    pub fn shape(&self) -> Option<&[usize]> {
        self.value.shape()
    }

    /// The source variable the result was bound to, for the result node of a function ending in
    /// a variable (`let y = ..; y`).
    pub fn variable(&self) -> Option<&str> {
        self.variable.as_deref()
    }

    /// Whether `name` finds this node: its own name, or the variable the result was bound to.
    pub(super) fn answers_to(&self, name: &str) -> bool {
        self.name == name || self.variable.as_deref() == Some(name)
    }
}

/// One edge: operand `from` of the operation that computed `to`, with the local partial
/// derivative `∂to/∂from` at the point of evaluation.
#[derive(Clone, Debug)]
pub struct Edge {
    pub(super) from: NodeId,
    pub(super) to: NodeId,
    pub(super) operand: usize,
    pub(super) derivative: Derivative,
}

impl Edge {
    /// The operand's node.
    pub fn from(&self) -> NodeId {
        self.from
    }

    /// The node the operation computed.
    pub fn to(&self) -> NodeId {
        self.to
    }

    /// Which operand of the operation this edge is (0 for the first).
    pub fn operand(&self) -> usize {
        self.operand
    }

    /// The local derivative `∂to/∂from`.
    pub fn derivative(&self) -> Derivative {
        self.derivative
    }

    /// The local derivative as a number, for scalar operands of scalar operations.
    pub fn partial(&self) -> Option<f64> {
        self.derivative.as_scalar()
    }

    pub(super) fn source_index(&self) -> usize {
        kept_index(self.from)
    }

    pub(super) fn target_index(&self) -> usize {
        kept_index(self.to)
    }
}

/// The index of an edge's end: edges join kept nodes only (an operand left out counts as an
/// omitted edge instead).
fn kept_index(id: NodeId) -> usize {
    match id.0 {
        Slot::Kept(index) => index,
        Slot::Omitted(_) => unreachable!("an edge joins two kept nodes"),
    }
}
