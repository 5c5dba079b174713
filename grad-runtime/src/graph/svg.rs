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
use super::canvas::{Canvas, EdgeKind, Figure, metrics};
use super::label::{Labels, NodeLabel, Show};
use super::partials::Derivative;

/// The space kept free around each box, across and along the ranks (layout-rs's default, 60 by
/// 60, spreads a network's graph over twice the width).
const HALO: Point = Point { x: 20.0, y: 36.0 };

impl Graph {
    /// The graph as an SVG picture with every number ([`Show::ALL`]), laid out in Rust: the
    /// inputs at the bottom, the result at the top, each node a box with its name or
    /// expression, value and adjoint, each edge labelled with its local partial (or, for arrays,
    /// the operation and shapes). Nodes left out past the budget are one dashed box, and a note
    /// under the picture says how many.
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
        let mut figure = Figure::new(self.title(), self.omission_note());
        let mut layout = VisualGraph::new(Orientation::TopToBottom);
        let mut handles = Vec::with_capacity(self.nodes.len() + 1);
        for node in &self.nodes {
            let label = labels.node(node);
            handles.push(layout.add_node(box_element(handles.len(), &label)));
            figure.add_box(label, Some(node.kind));
        }
        for edge in &self.edges {
            let kind = match edge.derivative {
                Derivative::NotDifferentiated => EdgeKind::NotDifferentiated,
                _ => EdgeKind::Operand,
            };
            let arrow = arrow(figure.add_edge(kind), &labels.edge(edge), kind);
            let (from, to) = (edge.source_index(), edge.target_index());
            layout.add_edge(arrow, handles[from], handles[to]);
        }
        if self.omitted.nodes > 0 {
            self.lay_out_omitted(&labels, &handles, &mut figure, &mut layout);
        }
        let mut canvas = Canvas::new(figure);
        if !handles.is_empty() {
            layout.do_it(false, false, false, &mut canvas);
        }
        canvas.finish()
    }

    /// The box standing for the nodes left out, with dashed edges from the kept nodes that feed
    /// them and to the kept nodes they feed.
    fn lay_out_omitted(
        &self,
        labels: &Labels<'_>,
        handles: &[NodeHandle],
        figure: &mut Figure,
        layout: &mut VisualGraph,
    ) {
        let label = NodeLabel::line(labels.omitted());
        let omitted = layout.add_node(box_element(handles.len(), &label));
        figure.add_box(label, None);
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
            let arrow = arrow(figure.add_edge(EdgeKind::Omitted), "", EdgeKind::Omitted);
            layout.add_edge(arrow, from, to);
        }
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

/// A node's box, as large as its lines of text, tagged with its index so that the canvas knows
/// which box layout-rs asks it to draw.
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
