//! The graph as an SVG picture, laid out in Rust: no Graphviz needed.
//!
//! The layout is `layout-rs`'s (a Sugiyama-style layered layout: ranks, crossing reduction,
//! Brandes–Köpf placement, splines routed around nodes, edge labels placed as nodes of their
//! own so that they never cover a box). It lays the graph out top to bottom; [`Canvas`] turns
//! the picture upside down, so that the inputs sit at the bottom and the result at the top, as
//! in colah's figures, and draws it with our own boxes and labels.

use layout::adt::dag::NodeHandle;
use layout::core::base::Orientation;
use layout::core::color::Color;
use layout::core::geometry::{Point, Position};
use layout::core::style::{LineStyleKind, StyleAttr};
use layout::std_shapes::shapes::{Arrow, Element, LineEndKind, ShapeKind};
use layout::topo::layout::VisualGraph;

use super::Graph;
use super::canvas::{BoxKind, Canvas, EdgeKind, Figure, metrics};
use super::label::{Labels, NodeLabel, Show};
use super::partials::Derivative;
use super::rank::Ranks;

/// Edges spanning more ranks than this from a source with several such uses (as `x` in every
/// iteration of an unrolled loop `s = s * x + 1`) start from a second, dashed appearance of their
/// source beside their use: a long edge costs layout-rs a placeholder node on every rank it
/// crosses (and its layout time grows with their square), and a drawing as many crossing lines.
const FAR: usize = 2;
/// Edges spanning more ranks than this start from a second appearance of their source in any
/// case.
const VERY_FAR: usize = 8;

/// How layout-rs ranks the nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ranking {
    /// By itself, with its crossing reduction: the best pictures, for graphs of at most
    /// [`FREE_NODES`] nodes.
    Free,
    /// Nodes pinned to their latest rank (see [`Ranks`]), with its crossing reduction: for
    /// larger graphs, whose long edges would otherwise cost layout time quadratic in their
    /// number.
    Pinned,
    /// Pinned, without crossing reduction, which takes time cubic in a rank's width: for
    /// larger graphs with a wide rank.
    PinnedWide,
}

/// The largest graph that layout-rs ranks by itself.
const FREE_NODES: usize = 60;

impl Ranking {
    fn choose(nodes: usize, ranks: &Ranks) -> Ranking {
        if nodes <= FREE_NODES {
            Ranking::Free
        } else if ranks.narrow() {
            Ranking::Pinned
        } else {
            Ranking::PinnedWide
        }
    }
}

/// The label of edges without one. layout-rs gives a labelled edge a rank of its own for the
/// label, and an unlabelled one none: a blank label makes every edge two of its ranks long, so
/// that [`Ranks`] counts as it does. The canvas draws no blank label.
const UNLABELLED: &str = " ";

/// The picture being laid out: what to draw, and layout-rs's graph of it, box for box.
struct Picture {
    figure: Figure,
    layout: VisualGraph,
}

impl Picture {
    /// Adds a box, tagged with its index in the figure so that the canvas knows which box
    /// layout-rs asks it to draw.
    fn add_box(&mut self, label: NodeLabel, kind: BoxKind) -> NodeHandle {
        let element = box_element(self.figure.boxes_len(), &label);
        self.figure.add_box(label, kind);
        self.layout.add_node(element)
    }

    /// Adds an edge and its label.
    fn add_edge(&mut self, from: NodeHandle, to: NodeHandle, kind: EdgeKind, label: &str) {
        let arrow = arrow(self.figure.add_edge(kind), label, kind);
        self.layout.add_edge(arrow, from, to);
    }

    /// Adds an invisible edge that keeps `node` at least one rank above `anchor`.
    fn pin(&mut self, anchor: NodeHandle, node: NodeHandle) {
        let look = StyleAttr::new(Color::fast("black"), 1, None, 0, metrics::EDGE_LAYOUT_FONT);
        let arrow = Arrow::new(
            LineEndKind::None,
            LineEndKind::None,
            LineStyleKind::None,
            UNLABELLED,
            &look,
            &None,
            &None,
        );
        self.layout.add_edge(arrow, anchor, node);
    }
}

/// The space kept free around each box, across and along the ranks (layout-rs's default, 60 by
/// 60, spreads a network's graph over twice the width).
const HALO: Point = Point { x: 20.0, y: 36.0 };

impl Graph {
    /// The graph as an SVG picture with every number ([`Show::ALL`]), laid out in Rust: the
    /// inputs at the bottom, the result at the top, each node a box with its name or
    /// expression, value and adjoint, each edge labelled with its local partial (or, for arrays,
    /// the operation and shapes). Nodes left out past the budget are one dashed box, and a note
    /// under the picture says how many. A value used again far above its first use (the `x` of
    /// every iteration of an unrolled loop) appears again, dashed, beside that use.
    ///
    /// Graphs of up to 60 nodes are laid out as layout-rs finds best; larger ones with each node
    /// pinned just under its lowest use, which keeps the time nearly linear (30 ms for 300 nodes
    /// in a release build, some seconds unoptimised) and suits loops, but can spread a wide
    /// reduction out: for those, Graphviz on [`to_dot`](Graph::to_dot) draws better.
    ///
    /// ```
    /// use grad_runtime::graph::{Graph, LocalPartials};
    /// let mut graph = Graph::new("f");
    /// let x = graph.parameter("x", &3.0);
    /// let y = graph.operation(None, "exp", &[x], &3f64.exp(), LocalPartials::none());
    /// graph.set_result(y);
    /// std::fs::write(std::env::temp_dir().join("f.svg"), graph.to_svg())?;
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn to_svg(&self) -> String {
        self.to_svg_with(Show::ALL)
    }

    /// [`to_svg`](Graph::to_svg) with the numbers `show` picks: [`Show::STRUCTURE`],
    /// [`Show::VALUES`], [`Show::PARTIALS`] and [`Show::ADJOINTS`] draw the seed's four figures.
    pub fn to_svg_with(&self, show: Show) -> String {
        let labels = Labels::new(self, show);
        let mut picture = Picture {
            figure: Figure::new(self.title(), self.omission_note()),
            layout: VisualGraph::new(Orientation::TopToBottom),
        };
        // Our graphs are acyclic by construction; layout-rs's own check costs O(E·(V + E)) per
        // edge added.
        picture.layout.dag.set_validate(false);
        let handles: Vec<NodeHandle> = self
            .nodes
            .iter()
            .map(|node| picture.add_box(labels.node(node), BoxKind::Node(node.kind)))
            .collect();
        let ranks = Ranks::of(self);
        let ranking = Ranking::choose(self.nodes.len(), &ranks);
        self.lay_out_edges(&labels, &handles, &ranks, ranking, &mut picture);
        if self.omitted.nodes > 0 {
            self.lay_out_omitted(&labels, &handles, &mut picture);
        }
        let Picture { figure, mut layout } = picture;
        let mut canvas = Canvas::new(figure);
        if !handles.is_empty() {
            layout.do_it(false, ranking == Ranking::PinnedWide, false, &mut canvas);
        }
        canvas.finish()
    }

    /// Adds the edges, some from a second appearance of their source, and (as `ranking` says)
    /// the invisible edges that pin nodes to their latest rank. layout-rs's rank optimisation,
    /// when it runs, sinks a node with no more operands than uses to just under its lowest use by
    /// itself; the other nodes, and all when it does not run, are pinned.
    ///
    /// Edges go in by the node they lead to, in recording order, each node pinned first:
    /// layout-rs checks each new edge for a cycle by a search from its head that does not
    /// remember where it has been, and a head with no edges out yet ends it at once.
    fn lay_out_edges(
        &self,
        labels: &Labels<'_>,
        handles: &[NodeHandle],
        ranks: &Ranks,
        ranking: Ranking,
        picture: &mut Picture,
    ) {
        let anchors = ranks.anchors();
        let anchor_under = |rank: usize| anchors[rank.checked_sub(1)?].map(|node| handles[node]);
        let drawn = match ranking {
            Ranking::Free => &ranks.sunk,
            Ranking::Pinned | Ranking::PinnedWide => &ranks.latest,
        };
        let mut again = self.edges_drawn_from_a_copy(drawn).into_iter();
        for (index, node) in self.nodes.iter().enumerate() {
            let latest = ranks.latest[index];
            let pinned = match ranking {
                Ranking::Free => false,
                Ranking::Pinned => node.operands.len() > ranks.uses[index],
                Ranking::PinnedWide => true,
            };
            if pinned
                && latest > ranks.earliest[index]
                && let Some(anchor) = anchor_under(latest)
            {
                picture.pin(anchor, handles[index]);
            }
            for edge in self.edges_into(index) {
                let from = &self.nodes[edge.source_index()];
                let source = if again.next() == Some(true) {
                    let label = NodeLabel::line(labels.name(from));
                    let copy = picture.add_box(label, BoxKind::Proxy(from.kind));
                    let pinned = ranking == Ranking::PinnedWide;
                    if let (true, Some(anchor)) = (pinned, anchor_under(latest - 1)) {
                        picture.pin(anchor, copy);
                    }
                    copy
                } else {
                    handles[edge.source_index()]
                };
                let kind = match edge.derivative {
                    Derivative::NotDifferentiated => EdgeKind::NotDifferentiated,
                    _ => EdgeKind::Operand,
                };
                picture.add_edge(source, handles[index], kind, &labels.edge(edge));
            }
        }
    }

    /// The box standing for the nodes left out, with dashed edges from the kept nodes that feed
    /// them and to the kept nodes they feed.
    fn lay_out_omitted(&self, labels: &Labels<'_>, handles: &[NodeHandle], picture: &mut Picture) {
        let omitted = picture.add_box(NodeLabel::line(labels.omitted()), BoxKind::Omitted);
        let feeding = self
            .omitted
            .feeding
            .keys()
            .map(|&index| (handles[index], omitted));
        let fed = self
            .omitted
            .fed
            .iter()
            .map(|&index| (omitted, handles[index]));
        for (from, to) in feeding.chain(fed) {
            picture.add_edge(from, to, EdgeKind::Omitted, "");
        }
    }

    /// Which edges start from a second appearance of their source: those spanning more than
    /// [`FAR`] ranks from a source used that far more than once (an input of every iteration of
    /// a loop), and any spanning more than [`VERY_FAR`].
    fn edges_drawn_from_a_copy(&self, ranks: &[usize]) -> Vec<bool> {
        let span = |edge: &super::Edge| ranks[edge.target_index()] - ranks[edge.source_index()];
        let mut far_uses = vec![0_usize; self.nodes.len()];
        for edge in self.edges.iter().filter(|edge| span(edge) > FAR) {
            far_uses[edge.source_index()] += 1;
        }
        self.edges
            .iter()
            .map(|edge| {
                let span = span(edge);
                span > VERY_FAR || (span > FAR && far_uses[edge.source_index()] > 1)
            })
            .collect()
    }

    /// `e: 6 nodes, 6 edges`.
    fn title(&self) -> String {
        let (nodes, edges) = (self.nodes.len(), self.edges.len());
        format!(
            "{}: {nodes} node{}, {edges} edge{}",
            self.function,
            super::plural(nodes),
            super::plural(edges)
        )
    }
}

/// A box as large as its lines of text, tagged with its index.
fn box_element(index: usize, label: &NodeLabel) -> Element {
    let look = StyleAttr::new(Color::fast("black"), 1, None, 0, metrics::NODE_FONT);
    let (width, height) = metrics::node_size(label);
    // An element's orientation decides where an edge label sits: an edge passes through the
    // middle of a top-to-bottom label, and beside a left-to-right one (labels inherit it from
    // the edge's source). Beside is readable, and keeps layout-rs's edge straightening, which
    // can push a label into its neighbour's space, from putting one label over another.
    let mut element = Element::create_with_properties(
        ShapeKind::Box(String::new()),
        look,
        Orientation::LeftToRight,
        Point::new(width, height),
        index.to_string(),
    );
    element.pos = Position::new(
        Point::zero(),
        Point::new(width, height),
        Point::zero(),
        HALO,
    );
    element
}

/// An edge with its label, tagged with its index in the figure.
fn arrow(index: usize, label: &str, kind: EdgeKind) -> Arrow {
    let label = if label.is_empty() { UNLABELLED } else { label };
    let line = match kind {
        EdgeKind::Operand => LineStyleKind::Normal,
        EdgeKind::NotDifferentiated | EdgeKind::Omitted => LineStyleKind::Dashed,
    };
    // layout-rs sizes a label as (characters × font size) by (lines × font size); the font size
    // given here makes that width match our edge labels' monospace glyphs.
    let look = StyleAttr::new(Color::fast("black"), 1, None, 0, metrics::EDGE_LAYOUT_FONT);
    Arrow::with_properties(
        LineEndKind::None,
        LineEndKind::Arrow,
        line,
        label,
        &look,
        index.to_string(),
        &None,
        &None,
    )
}
