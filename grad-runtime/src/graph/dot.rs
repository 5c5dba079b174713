//! The graph in Graphviz's DOT language, for `dot -Tsvg` or any viewer that reads it.
//!
//! Written directly: DOT needs one quoting rule (double-quoted strings with `\"`, `\\` and `\n`
//! escapes), and the writer crates either leave that rule to the caller (`dot-writer`) or bring a
//! parser generator and a temporary-file dependency with them (`graphviz-rust`). The tests parse
//! what this writes with `graphviz-rust`'s parser.

use core::fmt::Write;

use super::Graph;
use super::label::{Labels, Show, colours};
use super::node::NodeKind;

/// The DOT identifier of the box standing for the nodes left out past the budget.
const OMITTED: &str = "omitted";

impl Graph {
    /// The graph in Graphviz's DOT language, with every number ([`Show::ALL`]): nodes labelled
    /// with their name or expression, value and adjoint, edges with their local partial (or, for
    /// arrays, the operation and shapes), inputs at the bottom (`rankdir=BT`). Nodes left out
    /// past the budget are one dashed box, and the graph's label says how many.
    ///
    /// ```
    /// use grad_runtime::graph::{Graph, LocalPartials};
    /// let mut graph = Graph::new("f");
    /// let x = graph.parameter("x", &3.0);
    /// let y = graph.operation(None, "exp", &[x], &3f64.exp(), LocalPartials::none());
    /// graph.set_result(y);
    /// let dot = graph.to_dot();
    /// assert!(dot.starts_with("digraph \"f\" {"));
    /// assert!(dot.contains("n0 -> n1"));
    /// ```
    pub fn to_dot(&self) -> String {
        self.to_dot_with(Show::ALL)
    }

    /// [`to_dot`](Graph::to_dot) with the numbers `show` picks.
    pub fn to_dot_with(&self, show: Show) -> String {
        let labels = Labels::new(self, show);
        let mut dot = self.dot_header();
        for node in &self.nodes {
            let (fill, stroke) = colours(node.kind);
            let width = if node.kind == NodeKind::Result { 2 } else { 1 };
            let label = labels.node(node).lines().collect::<Vec<_>>().join("\n");
            // Writing to a `String` cannot fail.
            let _ = writeln!(
                dot,
                "  n{} [label={}, fillcolor=\"{fill}\", color=\"{stroke}\", penwidth={width}];",
                node.id.index().unwrap_or_default(),
                quote(&label)
            );
        }
        for edge in &self.edges {
            let style = match labels.edge(edge).as_str() {
                "" => String::from("style=dashed"),
                label => format!("label={}", quote(label)),
            };
            let (from, to) = (edge.source_index(), edge.target_index());
            let _ = writeln!(dot, "  n{from} -> n{to} [{style}];");
        }
        self.write_omitted(&labels, &mut dot);
        dot.push_str("}\n");
        dot
    }

    /// `digraph "f" {`, the graph's title (with the omission note) and the default styles.
    fn dot_header(&self) -> String {
        let title = match self.omission_note() {
            Some(note) => format!("{}\n{note}", self.function),
            None => self.function.clone(),
        };
        format!(
            "digraph {} {{\n  \
             graph [rankdir=BT, labelloc=t, fontname=\"DejaVu Sans\", label={}];\n  \
             node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans Mono\", fontsize=12];\n  \
             edge [fontname=\"DejaVu Sans Mono\", fontsize=10, color=\"#64748b\"];\n",
            quote(&self.function),
            quote(&title)
        )
    }

    /// The box for the nodes left out, with dashed edges from the kept nodes that feed them and
    /// to the kept nodes they feed.
    fn write_omitted(&self, labels: &Labels<'_>, dot: &mut String) {
        if self.omitted.nodes == 0 {
            return;
        }
        let _ = writeln!(
            dot,
            "  {OMITTED} [label={}, style=\"rounded,dashed\", color=\"#64748b\"];",
            quote(&labels.omitted())
        );
        for index in self.omitted.feeding.keys() {
            let _ = writeln!(dot, "  n{index} -> {OMITTED} [style=dashed];");
        }
        for index in &self.omitted.fed {
            let _ = writeln!(dot, "  {OMITTED} -> n{index} [style=dashed];");
        }
    }
}

/// `text` as a DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
fn quote(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_escapes_quotes_backslashes_and_line_breaks() {
        assert_eq!(quote("a"), "\"a\"");
        assert_eq!(quote("say \"x\"\\y\nz"), "\"say \\\"x\\\"\\\\y\\nz\"");
    }
}
