//! The text and colours of a drawing, shared by the DOT and SVG writers: what each node and edge
//! says, and which of the seed's figures a drawing is ([`Show`]).

use super::node::{Edge, Node, NodeId, NodeKind};
use super::partials::Derivative;
use super::value::{Value, format_number, format_shape};
use super::{Graph, plural};

/// Which numbers a drawing carries. The seed draws the same graph four times: the bare graph
/// ([`Show::STRUCTURE`]), the forward values ([`Show::VALUES`]), the edge derivatives
/// ([`Show::PARTIALS`]) and the reverse sweep ([`Show::ADJOINTS`]); [`Show::ALL`] has everything.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Show {
    /// Each node's forward value (`= 3`, or an array's shape and summary).
    pub values: bool,
    /// Each edge's local partial (`∂c/∂a = 1`), or for arrays its operation and shapes.
    pub partials: bool,
    /// Each node's adjoint from the reverse sweep (`∂e/∂c = 2`).
    pub adjoints: bool,
}

impl Show {
    /// Values, partials and adjoints.
    pub const ALL: Show = Show {
        values: true,
        partials: true,
        adjoints: true,
    };
    /// The operations only.
    pub const STRUCTURE: Show = Show {
        values: false,
        partials: false,
        adjoints: false,
    };
    /// The forward values.
    pub const VALUES: Show = Show {
        values: true,
        ..Show::STRUCTURE
    };
    /// The local partials on the edges.
    pub const PARTIALS: Show = Show {
        partials: true,
        ..Show::STRUCTURE
    };
    /// The reverse sweep: the adjoints, with the partials they are computed from.
    pub const ADJOINTS: Show = Show {
        partials: true,
        adjoints: true,
        ..Show::STRUCTURE
    };
}

/// The longest headline a node gets before it is cut with `…`.
const HEADLINE_CHARS: usize = 36;
/// Operand names up to this length are written into `∂c/∂a = 1`; with longer ones, or names cut
/// short, the edge shows the number alone.
const PARTIAL_NAME_CHARS: usize = 10;
/// Array edges name their operation when it is at most this long (the headline of the node they
/// lead to names it in any case).
const EDGE_OPERATION_CHARS: usize = 10;

/// Fill and stroke colours of a node of each kind: parameters blue, the result amber, constants
/// grey, computed values white, as the seed tells inputs, outputs and operations apart.
pub(super) fn colours(kind: NodeKind) -> (&'static str, &'static str) {
    match kind {
        NodeKind::Parameter => ("#dbeafe", "#1d4ed8"),
        NodeKind::Variable => ("#ffffff", "#334155"),
        NodeKind::Constant => ("#f1f5f9", "#94a3b8"),
        NodeKind::Intermediate => ("#ffffff", "#94a3b8"),
        NodeKind::Result => ("#fef3c7", "#b45309"),
    }
}

/// What a node's box says, line by line.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct NodeLabel {
    /// `c = a + b`, `e = c * d`, `a`, `1`.
    pub(super) headline: String,
    /// `= 3`, `64×10 mean 0.0123 norm 3.21`.
    pub(super) value: Option<String>,
    /// `∂e/∂c = 2`.
    pub(super) adjoint: Option<String>,
}

impl NodeLabel {
    /// A label of one line.
    pub(super) fn line(headline: String) -> NodeLabel {
        NodeLabel {
            headline,
            value: None,
            adjoint: None,
        }
    }

    /// The lines in order: headline, value, adjoint.
    pub(super) fn lines(&self) -> impl Iterator<Item = &str> + '_ {
        let rest = [&self.value, &self.adjoint];
        core::iter::once(self.headline.as_str())
            .chain(rest.into_iter().flatten().map(String::as_str))
    }
}

/// The labels of one drawing of one graph.
pub(super) struct Labels<'g> {
    graph: &'g Graph,
    show: Show,
}

impl<'g> Labels<'g> {
    pub(super) fn new(graph: &'g Graph, show: Show) -> Labels<'g> {
        Labels { graph, show }
    }

    /// A node's label: its headline (`c = a + b`), then as shown its value (`= 3`) and adjoint
    /// (`∂e/∂c = 2`).
    pub(super) fn node(&self, node: &Node) -> NodeLabel {
        let constant_shows_itself =
            node.kind == NodeKind::Constant && matches!(node.value, Value::Scalar(_));
        let value = (self.show.values && !constant_shows_itself).then(|| match &node.value {
            Value::Scalar(x) => format!("= {}", format_number(*x)),
            other => other.to_string(),
        });
        let adjoint = match (self.show.adjoints, &node.adjoint) {
            (true, Some(adjoint)) => Some(self.adjoint(node, adjoint)),
            _ => None,
        };
        NodeLabel {
            headline: self.headline(node),
            value,
            adjoint,
        }
    }

    /// An edge's label: its partial `∂c/∂a = 1` (or the number alone when the names are long),
    /// or for an array operation the operation and shapes, `affine 64×8 → 64×10` (the shapes
    /// alone when the operation's name is long); empty for an operand that is not
    /// differentiated, and when partials are not shown.
    pub(super) fn edge(&self, edge: &Edge) -> String {
        if !self.show.partials {
            return String::new();
        }
        let (from, to) = (
            &self.graph.nodes[edge.source_index()],
            &self.graph.nodes[edge.target_index()],
        );
        match edge.derivative {
            Derivative::Scalar(partial) => {
                let (of, by) = (
                    self.reference(to.id, 0, true),
                    self.reference(from.id, 0, true),
                );
                if unclear(&of) || unclear(&by) {
                    return format_number(partial);
                }
                format!("∂{of}/∂{by} = {}", format_number(partial))
            }
            Derivative::NotDifferentiated => String::new(),
            Derivative::NotScalar => {
                let (from_shape, to_shape) = (shape_of(&from.value), shape_of(&to.value));
                let shapes = if from_shape == to_shape {
                    to_shape
                } else {
                    format!("{from_shape} → {to_shape}")
                };
                match to.operation.as_deref().unwrap_or_default() {
                    operation if operation.chars().count() <= EDGE_OPERATION_CHARS => {
                        format!("{operation} {shapes}")
                    }
                    _ => shapes,
                }
            }
        }
    }

    /// How other labels refer to `node`: its name, or an intermediate's expression.
    pub(super) fn name(&self, node: &Node) -> String {
        self.reference(node.id, 0, false)
    }

    /// The label of the box standing for the nodes left out: `… 312 nodes left out`.
    pub(super) fn omitted(&self) -> String {
        let nodes = self.graph.omitted.nodes;
        format!("… {nodes} more node{} not recorded", plural(nodes))
    }

    /// `∂e/∂c = 2` for a scalar; the norm `‖∂f/∂w1‖ = 0.236` for an array (its shape is the
    /// value's); `∂f/∂· = ..` where the node's own name would be long.
    fn adjoint(&self, node: &Node, adjoint: &Value) -> String {
        let name = self.reference(node.id, 0, true);
        let name = if unclear(&name) { "·" } else { name.as_str() };
        let partial = format!("∂{}/∂{name}", self.graph.function);
        match adjoint {
            Value::Scalar(x) => format!("{partial} = {}", format_number(*x)),
            Value::Array(summary) => format!("‖{partial}‖ = {}", format_number(summary.norm)),
            other => format!("{partial}: {other}"),
        }
    }

    /// `c = a + b` for a variable, `e = c * d` for the result, `a * b` for an intermediate, the
    /// name alone for parameters and constants.
    fn headline(&self, node: &Node) -> String {
        let line = match node.kind {
            NodeKind::Parameter | NodeKind::Constant => node.name.clone(),
            NodeKind::Intermediate => self.expression(node, 0),
            NodeKind::Variable | NodeKind::Result => {
                format!("{} = {}", node.name, self.expression(node, 0))
            }
        };
        shorten(line, HEADLINE_CHARS)
    }

    /// The operation applied to its operands: infix for `+ - * /`, `-x` for negation, a call
    /// otherwise (`exp(x)`, `affine(x, w1, b1)`).
    fn expression(&self, node: &Node, depth: usize) -> String {
        let operation = node.operation.as_deref().unwrap_or_default();
        let infix = is_infix(operation, node.operands.len());
        let operands: Vec<String> = node
            .operands
            .iter()
            .map(|&operand| self.reference(operand, depth + 1, infix))
            .collect();
        match (operation, operands.as_slice()) {
            ("+" | "-" | "*" | "/", [lhs, rhs]) => format!("{lhs} {operation} {rhs}"),
            ("-", [x]) => format!("-{x}"),
            ("=", [x]) => x.clone(),
            _ => format!("{operation}({})", operands.join(", ")),
        }
    }

    /// How a node is referred to from another's label: by name; an intermediate by its
    /// expression (in parentheses when it is infix inside an infix one: `(a * b) + c`), or `…`
    /// three levels down or when long; a node left out as `…`.
    fn reference(&self, id: NodeId, depth: usize, in_infix: bool) -> String {
        let Some(node) = self.graph.node(id) else {
            return "…".to_owned();
        };
        if node.kind != NodeKind::Intermediate {
            return node.name.clone();
        }
        let operation = node.operation.as_deref().unwrap_or_default();
        let infix = is_infix(operation, node.operands.len());
        let expression = self.expression(node, depth);
        let expression = if depth >= 3 || expression.chars().count() > HEADLINE_CHARS / 2 {
            if infix {
                "…".to_owned()
            } else {
                format!("{operation}(…)")
            }
        } else {
            expression
        };
        if infix && in_infix {
            format!("({expression})")
        } else {
            expression
        }
    }
}

/// Whether `operation` with `operands` operands is written infix (or prefix, for negation).
fn is_infix(operation: &str, operands: usize) -> bool {
    matches!((operation, operands), ("+" | "-" | "*" | "/", 2) | ("-", 1))
}

/// Whether a name is too long to write into a partial (`∂c/∂a`), or was cut short.
fn unclear(name: &str) -> bool {
    name.chars().count() > PARTIAL_NAME_CHARS || name.contains('…')
}

/// An operand's or result's shape in an edge label: `64×10`, `scalar`, `?` for other values.
fn shape_of(value: &Value) -> String {
    match value.shape() {
        Some([]) => "scalar".to_owned(),
        Some(shape) => format_shape(shape),
        None => "?".to_owned(),
    }
}

/// `line` cut to `max` characters, the last of them `…`.
fn shorten(line: String, max: usize) -> String {
    if line.chars().count() <= max {
        return line;
    }
    let mut short: String = line.chars().take(max - 1).collect();
    short.push('…');
    short
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::LocalPartials;

    /// `y = exp(a * b) + a` at a = 1, b = 2: an intermediate inside a call inside a sum.
    fn nested() -> Graph {
        let mut graph = Graph::new("y");
        let a = graph.parameter("a", &1.0);
        let b = graph.parameter("b", &2.0);
        let ab = graph.operation(None, "*", &[a, b], &2.0, LocalPartials::none());
        let exp = graph.operation(None, "exp", &[ab], &2f64.exp(), LocalPartials::none());
        let y = graph.operation(
            None,
            "+",
            &[exp, a],
            &(2f64.exp() + 1.0),
            LocalPartials::none(),
        );
        graph.set_result(y);
        graph
    }

    #[test]
    fn intermediates_are_written_out_in_the_labels_that_use_them() {
        let graph = nested();
        let labels = Labels::new(&graph, Show::STRUCTURE);
        let headlines: Vec<String> = graph.nodes().map(|n| labels.node(n).headline).collect();
        assert_eq!(
            headlines,
            ["a", "b", "a * b", "exp(a * b)", "y = exp(a * b) + a"]
        );
    }

    #[test]
    fn long_headlines_are_cut() {
        assert_eq!(shorten("abcdef".to_owned(), 4), "abc…");
        assert_eq!(shorten("abcd".to_owned(), 4), "abcd");
    }
}
