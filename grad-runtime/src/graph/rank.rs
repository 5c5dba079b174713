//! Ranks of a layered drawing, counted from the bottom (inputs) up, and how the SVG writer pins
//! each node to one.
//!
//! A node's earliest rank is one above its highest operand (layout-rs's own ranking); its latest
//! is one below its lowest use. Drawn at its latest rank a value sits right under the operation
//! that uses it, which keeps edges short: each rank a long edge crosses costs layout-rs a
//! placeholder node, and its layout time grows with the square of their number. Nodes whose two
//! ranks agree lie on a longest path and fix the scale; the others are pinned to their latest
//! rank by an invisible edge from such an anchor one rank below.

use super::Graph;

/// The widest rank (in nodes) that layout-rs's crossing reduction is given.
const NARROW: usize = 24;

/// The earliest and latest rank of every node, in the order of [`Graph::nodes`].
pub(super) struct Ranks {
    pub(super) earliest: Vec<usize>,
    pub(super) latest: Vec<usize>,
    /// The ranks layout-rs's own optimisation gives: earliest, then each node with no more
    /// operands than uses sunk to just under its lowest use, until none moves.
    pub(super) sunk: Vec<usize>,
    /// How many edges leave each node.
    pub(super) uses: Vec<usize>,
}

impl Ranks {
    pub(super) fn of(graph: &Graph) -> Ranks {
        let mut earliest = vec![0; graph.nodes.len()];
        for edge in &graph.edges {
            let (from, to) = (edge.source_index(), edge.target_index());
            earliest[to] = earliest[to].max(earliest[from] + 1);
        }
        // Edges come grouped by the node they lead to, in recording (topological) order, so
        // walking them backwards meets a node's uses before its operands.
        let mut latest = earliest.clone();
        let mut lowest_use = vec![usize::MAX; graph.nodes.len()];
        for edge in graph.edges.iter().rev() {
            let (from, to) = (edge.source_index(), edge.target_index());
            if lowest_use[to] != usize::MAX {
                latest[to] = lowest_use[to] - 1;
            }
            lowest_use[from] = lowest_use[from].min(latest[to]);
        }
        for (rank, lowest_use) in latest.iter_mut().zip(lowest_use) {
            if lowest_use != usize::MAX {
                *rank = lowest_use - 1;
            }
        }
        let mut uses = vec![0; graph.nodes.len()];
        for edge in &graph.edges {
            uses[edge.source_index()] += 1;
        }
        let sunk = sink(graph, &earliest, &uses);
        Ranks {
            earliest,
            latest,
            sunk,
            uses,
        }
    }

    /// For each rank, a node that can only be drawn there (its earliest and latest ranks agree),
    /// if there is one.
    pub(super) fn anchors(&self) -> Vec<Option<usize>> {
        let top = self.latest.iter().copied().max().unwrap_or(0);
        let mut anchors = vec![None; top + 1];
        for (node, (&earliest, &latest)) in self.earliest.iter().zip(&self.latest).enumerate() {
            if earliest == latest {
                anchors[latest].get_or_insert(node);
            }
        }
        anchors
    }

    /// Whether every rank is narrow enough for layout-rs's crossing reduction, which takes time
    /// cubic in a rank's width (minutes for a rank of a hundred); past that, layout-rs places the
    /// nodes of a rank in the order they were added, the order of evaluation.
    pub(super) fn narrow(&self) -> bool {
        let top = self.latest.iter().copied().max().unwrap_or(0);
        let mut widths = vec![0_usize; top + 1];
        for &rank in &self.latest {
            widths[rank] += 1;
        }
        widths.iter().all(|&width| width <= NARROW)
    }
}

/// layout-rs's rank optimisation (`RankOptimizer`) on our nodes: from `earliest`, each node
/// with uses and no more operands than uses moves to just under its lowest use, in node order,
/// until none moves.
fn sink(graph: &Graph, earliest: &[usize], uses: &[usize]) -> Vec<usize> {
    let mut ranks = earliest.to_vec();
    let mut moved = true;
    while moved {
        moved = false;
        let mut lowest_use = vec![usize::MAX; graph.nodes.len()];
        for edge in &graph.edges {
            let (from, to) = (edge.source_index(), edge.target_index());
            lowest_use[from] = lowest_use[from].min(ranks[to]);
        }
        for (node, rank) in ranks.iter_mut().enumerate() {
            let sinks = uses[node] > 0 && graph.nodes[node].operands.len() <= uses[node];
            if sinks && lowest_use[node] - 1 > *rank {
                *rank = lowest_use[node] - 1;
                moved = true;
            }
        }
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::LocalPartials;

    /// `s = ((0 + a) + b) + c` with `a` used once more at the top: `y = s * a`.
    #[test]
    fn values_are_drawn_just_under_their_lowest_use() {
        let mut graph = Graph::new("y");
        let zero = graph.constant(&0.0);
        let a = graph.parameter("a", &1.0);
        let b = graph.parameter("b", &2.0);
        let c = graph.parameter("c", &3.0);
        let s1 = graph.operation(Some("s"), "+", &[zero, a], &1.0, LocalPartials::none());
        let s2 = graph.operation(Some("s"), "+", &[s1, b], &3.0, LocalPartials::none());
        let s3 = graph.operation(Some("s"), "+", &[s2, c], &6.0, LocalPartials::none());
        let y = graph.operation(None, "*", &[s3, a], &6.0, LocalPartials::none());
        graph.set_result(y);
        let ranks = Ranks::of(&graph);
        //                          0  a  b  c  s1 s2 s3 y
        assert_eq!(ranks.earliest, [0, 0, 0, 0, 1, 2, 3, 4]);
        assert_eq!(ranks.latest, [0, 0, 1, 2, 1, 2, 3, 4]);
        assert_eq!(
            ranks.anchors(),
            [Some(0), Some(4), Some(5), Some(6), Some(7)]
        );
        // As layout-rs sinks them: the inputs, not the sums of two operands used once.
        assert_eq!(ranks.sunk, [0, 0, 1, 2, 1, 2, 3, 4]);
        assert_eq!(ranks.uses, [1, 2, 1, 1, 1, 1, 1, 0]);
    }
}
