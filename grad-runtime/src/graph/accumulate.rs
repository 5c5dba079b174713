//! Derivatives from the recorded partials alone, as the seed computes them by hand: the sum over
//! paths of the products of edge partials, forward (from one input to every node) and reverse
//! (from the result to every node, ∂f/∂node).
//!
//! These use nothing but the edges' numbers, so comparing them with the adjoints the reverse
//! sweep recorded checks one against the other.

use super::node::{Edge, NodeId};
use super::partials::Derivative;
use super::{Graph, Value};

/// A derivative being accumulated at one node.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Sum {
    /// No path reaches the node: the derivative is 0.
    NoPath,
    Known(f64),
    /// Some path passes an edge without a number (an array operation) or nodes left out.
    Unknown,
}

impl Sum {
    /// `self + term`.
    fn add(self, term: Sum) -> Sum {
        match (self, term) {
            (Sum::Unknown, _) | (_, Sum::Unknown) => Sum::Unknown,
            (Sum::NoPath, term) => term,
            (sum, Sum::NoPath) => sum,
            (Sum::Known(sum), Sum::Known(term)) => Sum::Known(sum + term),
        }
    }

    /// The contribution of this sum through an edge with local derivative `derivative`.
    fn through(self, derivative: Derivative) -> Sum {
        match (self, derivative) {
            (Sum::NoPath, _) | (_, Derivative::NotDifferentiated) => Sum::NoPath,
            (Sum::Unknown, _) | (_, Derivative::NotScalar) => Sum::Unknown,
            (Sum::Known(sum), Derivative::Scalar(partial)) => Sum::Known(sum * partial),
        }
    }
}

/// One path of a path sum: its edges from the source to the target.
#[derive(Clone, Debug)]
pub struct Path<'g> {
    edges: Vec<&'g Edge>,
}

impl<'g> Path<'g> {
    /// The edges, from the source onwards.
    pub fn edges(&self) -> &[&'g Edge] {
        &self.edges
    }

    /// The product of the edges' partials, `None` if one of them is not a number.
    pub fn product(&self) -> Option<f64> {
        self.edges.iter().map(|edge| edge.partial()).product()
    }
}

impl Graph {
    /// `∂to/∂from` as the seed's sum over all paths from `from` to `to` of the products of the
    /// edges' local partials: `path_sum("b", "e") = 1·2 + 1·3 = 5` for `e = (a + b)(b + 1)` at
    /// (2, 1). When `to` is the result it equals the adjoint `∂f/∂from`. Names find nodes as
    /// [`find`](Graph::find) does (the latest of a name). 0 when no path leads from one to the
    /// other; `NaN` when the sum is not a number: one of them is not a scalar, or a path passes
    /// an array operation or nodes left out past the budget.
    ///
    /// **Panics** if no node is called `from` or `to`.
    #[track_caller]
    pub fn path_sum(&self, from: &str, to: &str) -> f64 {
        let from = self.expect_node(from);
        let to = self.expect_node(to);
        let derivatives = self.forward_accumulation(from);
        to.index()
            .and_then(|to| derivatives[to])
            .unwrap_or(f64::NAN)
    }

    /// Forward accumulation from one node (the seed's forward-mode differentiation, `∂/∂from`):
    /// for every node `n`, in the order of [`nodes`](Graph::nodes), `∂n/∂from` as the sum over
    /// paths from `from` of the products of the edges' partials. `Some(0.0)` for scalar nodes no
    /// path reaches; `None` for nodes that are not scalars, and where the sum is not a number (a
    /// path through an array operation or through nodes left out past the budget).
    pub fn forward_accumulation(&self, from: NodeId) -> Vec<Option<f64>> {
        let mut sums = vec![Sum::NoPath; self.nodes.len()];
        if let Some(from) = self.kept(from) {
            sums[from] = Sum::Known(1.0);
            let mut reached_omitted = false;
            for node in from..self.nodes.len() {
                for edge in self.edges_into(node) {
                    let term = sums[edge.source_index()].through(edge.derivative);
                    sums[node] = sums[node].add(term);
                }
                if reached_omitted && self.omitted.fed.contains(&node) {
                    sums[node] = Sum::Unknown;
                }
                if sums[node] != Sum::NoPath && self.omitted.feeding.contains_key(&node) {
                    reached_omitted = true;
                }
            }
        }
        self.scalars_only(&sums)
    }

    /// Reverse accumulation over the recorded partials (the seed's reverse-mode
    /// differentiation): for every node, `∂f/∂node`, with `f` the result, as the sum over paths
    /// to the result of the products of the edges' partials, accumulated from the result
    /// backwards. It equals the adjoints the reverse sweep recorded, and is `None` where
    /// [`forward_accumulation`](Graph::forward_accumulation) would be (and everywhere when no
    /// result was set).
    pub fn reverse_accumulation(&self) -> Vec<Option<f64>> {
        let mut sums = vec![Sum::NoPath; self.nodes.len()];
        let Some(result) = self.result else {
            return vec![None; self.nodes.len()];
        };
        sums[result] = Sum::Known(1.0);
        let mut reached_omitted = false;
        for node in (0..=result).rev() {
            if self.omitted.fed.contains(&node) && sums[node] != Sum::NoPath {
                reached_omitted = true;
            }
            if reached_omitted && self.omitted.feeding.contains_key(&node) {
                sums[node] = Sum::Unknown;
            }
            for edge in self.edges_into(node) {
                let from = edge.source_index();
                sums[from] = sums[from].add(sums[node].through(edge.derivative));
            }
        }
        self.scalars_only(&sums)
    }

    /// Every path from `from` to `to` along which the derivative flows (edges of operands that
    /// are not differentiated are not followed), depth first. Their products sum to
    /// [`path_sum`](Graph::path_sum). The number of paths can grow exponentially with the
    /// graph's depth: take what you need of the iterator.
    ///
    /// **Panics** if no node is called `from` or `to`.
    #[track_caller]
    pub fn paths(&self, from: &str, to: &str) -> impl Iterator<Item = Path<'_>> + '_ {
        let from = self.expect_node(from).index();
        let to = self.expect_node(to).index();
        let leads_to_target = self.leading_to(to);
        let start = from.filter(|&from| leads_to_target[from]);
        PathIter {
            graph: self,
            target: to.unwrap_or(usize::MAX),
            leads_to_target,
            stack: start.map(|from| (from, 0)).into_iter().collect(),
            edges: Vec::new(),
        }
    }

    /// The edges into node `index` (recorded together, with it).
    pub(super) fn edges_into(&self, index: usize) -> impl Iterator<Item = &Edge> + '_ {
        let start = self
            .edges
            .partition_point(|edge| edge.target_index() < index);
        self.edges[start..]
            .iter()
            .take_while(move |edge| edge.target_index() == index)
    }

    /// For every node, whether a differentiated path leads from it to `target`.
    fn leading_to(&self, target: Option<usize>) -> Vec<bool> {
        let mut leads = vec![false; self.nodes.len()];
        let Some(target) = target else {
            return leads;
        };
        leads[target] = true;
        for node in (0..=target).rev() {
            if !leads[node] {
                continue;
            }
            for edge in self.edges_into(node) {
                if edge.derivative != Derivative::NotDifferentiated {
                    leads[edge.source_index()] = true;
                }
            }
        }
        leads
    }

    fn scalars_only(&self, sums: &[Sum]) -> Vec<Option<f64>> {
        self.nodes
            .iter()
            .zip(sums)
            .map(|(node, sum)| match (&node.value, sum) {
                (Value::Scalar(_), Sum::NoPath) => Some(0.0),
                (Value::Scalar(_), Sum::Known(x)) => Some(*x),
                _ => None,
            })
            .collect()
    }

    #[track_caller]
    fn expect_node(&self, name: &str) -> NodeId {
        match self.find(name) {
            Some(node) => node.id,
            None => panic!(
                "the graph of `{}` has no node called `{name}`",
                self.function
            ),
        }
    }
}

/// Depth-first enumeration of the paths to `target`, following only edges that lead there.
struct PathIter<'g> {
    graph: &'g Graph,
    target: usize,
    leads_to_target: Vec<bool>,
    /// The nodes of the current path, each with the position of the next edge to try from it.
    stack: Vec<(usize, usize)>,
    /// The edges of the current path.
    edges: Vec<&'g Edge>,
}

impl<'g> Iterator for PathIter<'g> {
    type Item = Path<'g>;

    fn next(&mut self) -> Option<Path<'g>> {
        while let Some(&(node, next)) = self.stack.last() {
            if node == self.target && next == 0 {
                self.stack.last_mut()?.1 = usize::MAX;
                return Some(Path {
                    edges: self.edges.clone(),
                });
            }
            match self.out_edge(node, next) {
                Some((position, edge)) => {
                    self.stack.last_mut()?.1 = position + 1;
                    self.edges.push(edge);
                    self.stack.push((edge.target_index(), 0));
                }
                None => {
                    self.stack.pop();
                    self.edges.pop();
                }
            }
        }
        None
    }
}

impl<'g> PathIter<'g> {
    /// The first edge out of `node` at or after position `next` of the edge list that continues
    /// a path to the target.
    fn out_edge(&self, node: usize, next: usize) -> Option<(usize, &'g Edge)> {
        let edges = self.graph.edges.get(next..)?;
        edges.iter().enumerate().find_map(|(offset, edge)| {
            let follows = edge.source_index() == node
                && edge.derivative != Derivative::NotDifferentiated
                && self.leads_to_target[edge.target_index()];
            follows.then_some((next + offset, edge))
        })
    }
}
