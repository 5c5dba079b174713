//! Where layout-rs draws: a [`RenderBackend`] that keeps the positions it is given (boxes, edge
//! splines, edge labels) and then writes the SVG itself with the `svg` crate, upside down
//! (inputs at the bottom) and in our style: coloured boxes by node kind, a bold headline, the
//! adjoint in red, labels with a white halo so that a crossing edge never hides them.

use layout::core::format::{ClipHandle, RenderBackend};
use layout::core::geometry::Point;
use layout::core::style::StyleAttr;
use svg::Document;
use svg::node::element::path::Data;
use svg::node::element::{Definitions, Group, Marker, Path, Rectangle, Style, TSpan, Text};

use super::label::{NodeLabel, colours};
use super::node::NodeKind;

/// Text sizes, and the box sizes they need.
pub(super) mod metrics {
    use super::NodeLabel;

    /// The font size of node labels, in pixels (as layout-rs's style carries it).
    pub(in crate::graph) const NODE_FONT: usize = 12;
    /// The advance of one character of 12-px DejaVu Sans Mono (0.602 em), rounded up.
    pub(in crate::graph) const NODE_CHAR: f64 = 7.3;
    /// The distance between the lines of a node's label.
    pub(in crate::graph) const LINE: f64 = 15.0;
    const PAD_X: f64 = 10.0;
    const PAD_Y: f64 = 6.0;
    /// The advance of one character of 11-px DejaVu Sans Mono.
    pub(in crate::graph) const EDGE_CHAR: f64 = 6.7;
    /// layout-rs makes an edge label `characters × font size` wide: this font size makes that
    /// the width of our 11-px labels.
    pub(in crate::graph) const EDGE_LAYOUT_FONT: usize = 7;

    /// The width and height of the box around `label`.
    pub(in crate::graph) fn node_size(label: &NodeLabel) -> (f64, f64) {
        let lines: Vec<&str> = label.lines().collect();
        let widest = lines.iter().map(|line| line.chars().count()).max();
        let width = widest.unwrap_or(0) as f64 * NODE_CHAR + 2.0 * PAD_X;
        (width, lines.len() as f64 * LINE + 2.0 * PAD_Y)
    }
}

/// Space around the picture, and the height of the title and of each line of the note.
const MARGIN: f64 = 16.0;
const TITLE: f64 = 28.0;
const NOTE_LINE: f64 = 16.0;
/// The space between an edge and its label.
const LABEL_GAP: f64 = 5.0;
/// What layout-rs adds to a label's width (its `BOX_SHAPE_PADDING`).
const LAYOUT_LABEL_PADDING: f64 = 10.0;
/// Edge colour (and of the arrowheads).
const EDGE_COLOUR: &str = "#64748b";

const CSS: &str = "
text { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; fill: #0f172a; }
.title { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 15px; }
.note { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: 12px; fill: #475569; }
.label { font-size: 12px; }
.headline { font-weight: bold; }
.adjoint { fill: #b91c1c; }
.partial { font-size: 11px; fill: #1d4ed8; paint-order: stroke; stroke: #ffffff;
           stroke-width: 4px; stroke-linejoin: round; }
.edge { fill: none; stroke: #64748b; stroke-width: 1.2px; }
.edge.dashed { stroke-dasharray: 5 4; }
";

/// How an edge is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EdgeKind {
    /// An operand of an operation.
    Operand,
    /// An operand that is not differentiated (dashed).
    NotDifferentiated,
    /// To or from the nodes left out past the budget (dashed).
    Omitted,
}

/// What a box stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BoxKind {
    /// A node of the graph.
    Node(NodeKind),
    /// A second appearance of a node of that kind, beside a use far above it (dashed).
    Proxy(NodeKind),
    /// The nodes left out past the budget (dashed).
    Omitted,
}

/// What the picture is made of, before layout-rs says where: each box's label and kind, each
/// edge's kind, the title and the closing note.
pub(super) struct Figure {
    title: String,
    note: Option<String>,
    boxes: Vec<(NodeLabel, BoxKind)>,
    edges: Vec<EdgeKind>,
}

impl Figure {
    pub(super) fn new(title: String, note: Option<String>) -> Figure {
        Figure {
            title,
            note,
            boxes: Vec::new(),
            edges: Vec::new(),
        }
    }

    /// Adds a box; returns its index.
    pub(super) fn add_box(&mut self, label: NodeLabel, kind: BoxKind) -> usize {
        self.boxes.push((label, kind));
        self.boxes.len() - 1
    }

    /// How many boxes there are.
    pub(super) fn boxes_len(&self) -> usize {
        self.boxes.len()
    }

    /// Adds an edge; returns its index.
    pub(super) fn add_edge(&mut self, kind: EdgeKind) -> usize {
        self.edges.push(kind);
        self.edges.len() - 1
    }
}

/// The positions layout-rs gives, in its coordinates (y downwards, inputs on top).
pub(super) struct Canvas {
    figure: Figure,
    /// Each box's top-left corner and size.
    boxes: Vec<Option<(Point, Point)>>,
    /// Each edge's spline, in layout-rs's form: the start and its control point, then the
    /// control point and end of each cubic segment.
    edges: Vec<Option<Vec<(Point, Point)>>>,
    /// Edge labels: centre, text and the font size layout-rs sized them with.
    labels: Vec<(Point, String, usize)>,
}

impl Canvas {
    pub(super) fn new(figure: Figure) -> Canvas {
        Canvas {
            boxes: vec![None; figure.boxes.len()],
            edges: vec![None; figure.edges.len()],
            labels: Vec::new(),
            figure,
        }
    }

    /// The SVG document.
    pub(super) fn finish(mut self) -> String {
        self.place_labels_beside_edges();
        let frame = Frame::new(&self);
        let mut document = Document::new()
            .set("width", frame.width)
            .set("height", frame.height)
            .set("viewBox", (0, 0, frame.width, frame.height))
            .add(Style::new(CSS))
            .add(Definitions::new().add(arrowhead()))
            .add(
                Rectangle::new()
                    .set("width", "100%")
                    .set("height", "100%")
                    .set("fill", "#ffffff"),
            )
            .add(
                Text::new(self.figure.title.as_str())
                    .set("class", "title")
                    .set("x", MARGIN)
                    .set("y", MARGIN + 12.0),
            )
            .add(self.draw_edges(&frame))
            .add(self.draw_edge_labels(&frame))
            .add(self.draw_boxes(&frame));
        if let Some(note) = &self.figure.note {
            document = document.add(draw_note(note, &frame));
        }
        document.to_string()
    }

    /// Moves each edge label so that it ends just left of its edge.
    ///
    /// layout-rs lays a label out as a node of its own, `characters × font size + 10` wide, whose
    /// edge passes through the middle of its right side; our text, narrower than that, is moved
    /// to end just before the edge. The font size is the label's own: layout-rs moves some labels
    /// into the placeholder nodes of long edges, which have its default style (15 px), so that
    /// their edges pass much further right than ours would.
    fn place_labels_beside_edges(&mut self) {
        for (centre, text, font_size) in &mut self.labels {
            let characters = text.chars().count() as f64;
            let edge = centre.x + (characters * *font_size as f64 + LAYOUT_LABEL_PADDING) / 2.0;
            centre.x = edge - characters * metrics::EDGE_CHAR / 2.0 - LABEL_GAP;
        }
    }

    fn draw_edges(&self, frame: &Frame) -> Group {
        let mut group = Group::new().set("class", "edges");
        for (spline, kind) in self.edges.iter().zip(&self.figure.edges) {
            let Some(spline) = spline.as_deref().filter(|spline| spline.len() >= 2) else {
                continue;
            };
            let class = match kind {
                EdgeKind::Operand => "edge",
                EdgeKind::NotDifferentiated | EdgeKind::Omitted => "edge dashed",
            };
            group = group.add(
                Path::new()
                    .set("class", class)
                    .set("d", frame.spline(spline))
                    .set("marker-end", "url(#arrowhead)"),
            );
        }
        group
    }

    fn draw_edge_labels(&self, frame: &Frame) -> Group {
        let mut group = Group::new().set("class", "partials");
        for (centre, text, _) in &self.labels {
            let (x, y) = frame.point(*centre);
            group = group.add(
                Text::new(text.as_str())
                    .set("class", "partial")
                    .set("x", x)
                    .set("y", y)
                    .set("text-anchor", "middle")
                    .set("dominant-baseline", "central"),
            );
        }
        group
    }

    fn draw_boxes(&self, frame: &Frame) -> Group {
        let mut group = Group::new().set("class", "nodes");
        for (index, (place, (label, kind))) in self.boxes.iter().zip(&self.figure.boxes).enumerate()
        {
            let Some((corner, size)) = place else {
                continue;
            };
            group = group.add(draw_box(index, label, *kind, frame.rect(*corner, *size)));
        }
        group
    }
}

/// One box and its label: `<g class="node {kind}" id="n{index}">` for a node of the graph,
/// `<g class="proxy {kind}">` for a second appearance of one, `<g class="omitted">`.
fn draw_box(index: usize, label: &NodeLabel, kind: BoxKind, rect: Rect) -> Group {
    let (fill, stroke) = match kind {
        BoxKind::Node(kind) | BoxKind::Proxy(kind) => colours(kind),
        BoxKind::Omitted => ("#ffffff", EDGE_COLOUR),
    };
    let width = if kind == BoxKind::Node(NodeKind::Result) {
        2
    } else {
        1
    };
    let mut shape = Rectangle::new()
        .set("x", rect.x)
        .set("y", rect.y)
        .set("width", rect.width)
        .set("height", rect.height)
        .set("rx", 6)
        .set("fill", fill)
        .set("stroke", stroke)
        .set("stroke-width", width);
    let group = match kind {
        BoxKind::Node(node) => Group::new()
            .set("class", format!("node {}", kind_class(node)))
            .set("id", format!("n{index}")),
        BoxKind::Proxy(node) => {
            shape = shape.set("stroke-dasharray", "4 3");
            Group::new().set("class", format!("proxy {}", kind_class(node)))
        }
        BoxKind::Omitted => {
            shape = shape.set("stroke-dasharray", "5 4");
            Group::new().set("class", "omitted")
        }
    };
    group.add(shape).add(draw_label(label, &rect))
}

/// A node's label, one `<tspan>` a line (classes `headline`, `value`, `adjoint`), centred in
/// its box.
fn draw_label(label: &NodeLabel, rect: &Rect) -> Text {
    let lines: Vec<(&str, &String)> = [
        ("headline", Some(&label.headline)),
        ("value", label.value.as_ref()),
        ("adjoint", label.adjoint.as_ref()),
    ]
    .into_iter()
    .filter_map(|(class, line)| Some((class, line?)))
    .collect();
    let centre = round(rect.x + rect.width / 2.0);
    let first_line = rect.y + rect.height / 2.0 - (lines.len() as f64 - 1.0) * metrics::LINE / 2.0;
    let mut text = Text::new("")
        .set("class", "label")
        .set("text-anchor", "middle")
        .set("dominant-baseline", "central");
    for (row, (class, line)) in lines.into_iter().enumerate() {
        text = text.add(
            TSpan::new(line.as_str())
                .set("class", class)
                .set("x", centre)
                .set("y", round(first_line + row as f64 * metrics::LINE)),
        );
    }
    text
}

fn kind_class(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Parameter => "parameter",
        NodeKind::Variable => "variable",
        NodeKind::Constant => "constant",
        NodeKind::Intermediate => "intermediate",
        NodeKind::Result => "result",
    }
}

/// The note under the picture, one sentence a line.
fn draw_note(note: &str, frame: &Frame) -> Group {
    let mut group = Group::new().set("class", "note");
    for (row, line) in note_lines(note).iter().enumerate() {
        group = group.add(
            Text::new(*line)
                .set("class", "note")
                .set("x", MARGIN)
                .set("y", round(frame.note_top + 12.0 + row as f64 * NOTE_LINE)),
        );
    }
    group
}

/// The note split after its colon, so that each line stays short.
fn note_lines(note: &str) -> Vec<&str> {
    match note.split_once(": ") {
        Some((first, rest)) => vec![first, rest],
        None => vec![note],
    }
}

fn arrowhead() -> Marker {
    Marker::new()
        .set("id", "arrowhead")
        .set("viewBox", "0 0 10 10")
        .set("refX", 10)
        .set("refY", 5)
        .set("markerWidth", 7)
        .set("markerHeight", 7)
        .set("orient", "auto")
        .add(
            Path::new()
                .set("d", "M 0 0 L 10 5 L 0 10 z")
                .set("fill", EDGE_COLOUR),
        )
}

/// A rectangle in the picture's coordinates.
struct Rect {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

/// From layout-rs's coordinates to the picture's: shifted into the margins under the title,
/// and upside down.
struct Frame {
    min_x: f64,
    max_y: f64,
    width: f64,
    height: f64,
    note_top: f64,
}

impl Frame {
    fn new(canvas: &Canvas) -> Frame {
        let mut bounds = Bounds::default();
        for (corner, size) in canvas.boxes.iter().flatten() {
            bounds.add(*corner);
            bounds.add(corner.add(*size));
        }
        for (point, control) in canvas.edges.iter().flatten().flatten() {
            bounds.add(*point);
            bounds.add(*control);
        }
        for (centre, text, _) in &canvas.labels {
            let half = Point::new(text.chars().count() as f64 * metrics::EDGE_CHAR / 2.0, 8.0);
            bounds.add(centre.sub(half));
            bounds.add(centre.add(half));
        }
        let (min, max) = bounds.or_origin();
        let note = canvas
            .figure
            .note
            .as_deref()
            .map(note_lines)
            .unwrap_or_default();
        let widest_text = note.iter().map(|line| line.chars().count() as f64 * 7.0);
        let title = canvas.figure.title.chars().count() as f64 * 9.0;
        let content_width = widest_text.fold(title.max(max.x - min.x), f64::max);
        let note_top = MARGIN + TITLE + (max.y - min.y) + MARGIN / 2.0;
        Frame {
            min_x: min.x - (content_width - (max.x - min.x)).max(0.0) / 2.0,
            max_y: max.y,
            width: round(content_width + 2.0 * MARGIN),
            height: round(note_top + note.len() as f64 * NOTE_LINE + MARGIN / 2.0),
            note_top,
        }
    }

    fn point(&self, p: Point) -> (f64, f64) {
        (
            round(p.x - self.min_x + MARGIN),
            round(self.max_y - p.y + MARGIN + TITLE),
        )
    }

    fn rect(&self, corner: Point, size: Point) -> Rect {
        // The bottom-left corner in layout-rs's coordinates is the top-left one once flipped.
        let (x, y) = self.point(Point::new(corner.x, corner.y + size.y));
        Rect {
            x,
            y,
            width: round(size.x),
            height: round(size.y),
        }
    }

    /// layout-rs's spline `[(start, control), (control, end), (control, end), ..]` as path data:
    /// `M start C control control end S control end ..`, as its own SVG writer does.
    fn spline(&self, spline: &[(Point, Point)]) -> Data {
        let (start, first_control) = (self.point(spline[0].0), self.point(spline[0].1));
        let (control, end) = (self.point(spline[1].0), self.point(spline[1].1));
        let mut data = Data::new().move_to(start).cubic_curve_to((
            first_control.0,
            first_control.1,
            control.0,
            control.1,
            end.0,
            end.1,
        ));
        for &(control, end) in &spline[2..] {
            let (control, end) = (self.point(control), self.point(end));
            data = data.smooth_cubic_curve_to((control.0, control.1, end.0, end.1));
        }
        data
    }
}

/// The smallest rectangle holding the points added.
#[derive(Default)]
struct Bounds(Option<(Point, Point)>);

impl Bounds {
    fn add(&mut self, p: Point) {
        self.0 = Some(match self.0 {
            None => (p, p),
            Some((min, max)) => (
                Point::new(min.x.min(p.x), min.y.min(p.y)),
                Point::new(max.x.max(p.x), max.y.max(p.y)),
            ),
        });
    }

    fn or_origin(&self) -> (Point, Point) {
        self.0.unwrap_or((Point::zero(), Point::zero()))
    }
}

/// A coordinate to a tenth of a pixel, which keeps the SVG short.
fn round(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// layout-rs draws through these calls. Boxes and edges come tagged (their properties are the
/// indices the figure gave them); edge labels come as text without a box. Node labels are
/// written from the figure instead of from layout-rs's text, and the debugging shapes (circles,
/// lines, clips) are not drawn.
impl RenderBackend for Canvas {
    fn draw_rect(
        &mut self,
        xy: Point,
        size: Point,
        _look: &StyleAttr,
        properties: Option<String>,
        _clip: Option<ClipHandle>,
    ) {
        if let Some(place) = index_in(properties.as_deref(), &mut self.boxes) {
            *place = Some((xy, size));
        }
    }

    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}

    fn draw_text(&mut self, xy: Point, text: &str, look: &StyleAttr) {
        if !text.trim().is_empty() {
            self.labels.push((xy, text.to_owned(), look.font_size));
        }
    }

    fn draw_arrow(
        &mut self,
        path: &[(Point, Point)],
        _dashed: bool,
        _head: (bool, bool),
        _look: &StyleAttr,
        properties: Option<String>,
        _text: &str,
    ) {
        if let Some(place) = index_in(properties.as_deref(), &mut self.edges) {
            *place = Some(path.to_vec());
        }
    }

    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

/// The slot of `slots` that a shape's properties (its index, as the figure gave it) name.
fn index_in<'s, T>(properties: Option<&str>, slots: &'s mut [T]) -> Option<&'s mut T> {
    slots.get_mut(properties?.parse::<usize>().ok()?)
}
