//! Every name the macro generates, in one place (Tangent's `naming.py`).
//!
//! Generated locals use `Span::mixed_site()`, so they can never capture or shadow the user's own
//! variables, and are named after the source variable they come from so that `cargo expand`
//! output reads like the function it was made from. Among themselves they are kept distinct by
//! the plan's allocator (`plan/names.rs`): a name already taken gets a numeric suffix.

use std::collections::HashSet;

use proc_macro2::Span;
use quote::format_ident;
use syn::Ident;
use syn::ext::IdentExt;

use crate::ir::VarId;

/// `f` -> `f_grad`: value and gradient.
pub fn grad_fn(name: &Ident) -> Ident {
    format_ident!("{}_grad", name.unraw(), span = name.span())
}

/// `f` -> `__grad_rules_of_f`: the module of the method fallbacks a free function's generated
/// functions share.
pub fn fallbacks_module(name: &Ident) -> Ident {
    format_ident!("__grad_rules_of_{}", name.unraw(), span = name.span())
}

/// `f` -> `f_graph`: the computational graph of one evaluation.
pub fn graph_fn(name: &Ident) -> Ident {
    format_ident!("{}_graph", name.unraw(), span = name.span())
}

/// `f` -> `f_jvp`: value and directional derivative (forward mode).
pub fn jvp_fn(name: &Ident) -> Ident {
    format_ident!("{}_jvp", name.unraw(), span = name.span())
}

/// `Spring` -> `__GradDualSpring`: the twin at dual numbers that `derive(Tangent)` writes for a
/// struct written in `f64` (or `f32`), generic over its float so that the derive can run on it
/// too (`tangent/twin.rs`).
pub fn dual_twin(name: &Ident) -> Ident {
    format_ident!("__GradDual{}", name.unraw(), span = name.span())
}

/// `f` -> `f_hvp`: value, gradient and Hessian-vector product.
pub fn hvp_fn(name: &Ident) -> Ident {
    format_ident!("{}_hvp", name.unraw(), span = name.span())
}

/// `g` -> `__grad_dual_g`: `g` at dual numbers, the companion a caller's copy at dual numbers
/// calls (`#[differentiate(dual_calls)]`); `g_vjp` -> `__grad_dual_g_vjp`, its rule there.
pub fn dual_companion(name: &Ident) -> Ident {
    format_ident!("__grad_dual_{}", name.unraw(), span = name.span())
}

/// `m` -> `__grad_twin_m`: a method of a struct written in `f64` (or `f32`) whose receiver
/// is differentiated, at dual numbers, as an associated function of its block that takes the
/// struct's twin (`emit/companion/twin.rs`); `m_vjp` -> `__grad_twin_m_vjp`, its rule there.
pub fn twin_companion(name: &Ident) -> Ident {
    format_ident!("__grad_twin_{}", name.unraw(), span = name.span())
}

/// `f` -> `f_vjp`: value and pullback. Also the name under which a call to `f` is differentiated.
pub fn vjp_fn(name: &Ident) -> Ident {
    format_ident!("{}_vjp", name.unraw(), span = name.span())
}

/// `g` -> `g_vjp` as the callee of a differentiated call `g(..)`, resolved as at the call.
///
/// When the caller's body names `g_vjp` itself (`let g_vjp = 2.0;` before `g(x)`), the rule
/// gets mixed-site hygiene instead, where items still resolve as at the call (a `g_vjp` defined
/// or imported there) but the caller's local variables are not visible, so that such a local
/// does not shadow the rule. Only then: rustc's "cannot find function `g_vjp`" for a callee
/// without a rule reads plainest with the call's own span.
pub fn callee_rule(name: &Ident, body_identifiers: &HashSet<String>) -> Ident {
    let mut rule = vjp_fn(name);
    if body_identifiers.contains(&stem(&rule)) {
        rule.set_span(Span::mixed_site().located_at(name.span()));
    }
    rule
}

/// `nn::affine` -> `"affine"`: the name under which a call tells the callee's rule which of its
/// arguments are differentiated (`grad::runtime::wrt`), the last segment as written.
pub fn wrt_key(path: &syn::Path) -> Option<String> {
    path.segments.last().map(|last| stem(&last.ident))
}

/// `exp` -> `exp_vjp`: the runtime rule for a method.
pub fn method_rule(method: &Ident) -> Ident {
    format_ident!("{}_vjp", method.unraw(), span = method.span())
}

/// A hygienic identifier: invisible to the user's code.
pub fn hygienic(name: &str) -> Ident {
    Ident::new(name, Span::mixed_site())
}

/// Whether a name is written as a constant item's (`PI`, `DT`, `MAX_ITERATIONS`): upper case,
/// digits and underscores, not `None`.
pub fn is_constant_name(ident: &Ident) -> bool {
    let name = stem(ident);
    name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_')
        && name != "None"
}

/// A source name without its `r#`, as the stem of generated names.
pub fn stem(ident: &Ident) -> String {
    ident.unraw().to_string()
}

/// The candidate name of a variable's `generation`-th shadowing binding.
pub fn base(name: &str, generation: usize) -> String {
    if generation == 0 {
        name.to_owned()
    } else {
        format!("{name}_{generation}")
    }
}

/// A temporary of A-normal form, named after the variable whose expression it is part of.
pub fn temporary(hint: &str, index: usize) -> String {
    format!("{hint}_t{index}")
}

/// The value and the pullback that `f_grad` takes from `f_vjp`.
pub fn grad_locals() -> (Ident, Ident) {
    (hygienic("value"), hygienic("pullback"))
}

/// The gradient of one parameter in `f_grad`.
pub fn parameter_gradient(name: &Ident) -> Ident {
    hygienic(&format!("{}_grad", name.unraw()))
}

/// What a generated local of the emitted code stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Name {
    /// A variable's adjoint accumulator.
    Adjoint(VarId),
    /// The summed cotangents of the sums of squares of a variable that `f_grad` pulls back in
    /// place (see `fuse.rs`).
    SumOfSquaresAdjoint(VarId),
    /// The pullback of the `k`-th assignment to a variable.
    Pullback(VarId, usize),
    /// A freshly computed value before it is moved into the variable it reassigns.
    Next(VarId),
    /// A variable's shape, kept to build a zero gradient or an indexed adjoint.
    Shape(VarId),
    /// The index of the read that gave the `k`-th assignment to a variable.
    ReadAt(VarId, usize),
    /// The `k`-th step's index of the place read by the `n`-th assignment to a variable.
    PlaceAt(VarId, usize, usize),
    /// The index of the `k`-th indexed write.
    WriteAt(usize),
    /// The record of the branch an `if` or `match` took.
    Branch(usize),
    /// The pullbacks saved by a nested block.
    Block(usize),
    /// The stack of a loop's iteration records.
    Stack(usize),
    /// How many iterations a run of a loop pushed on its stack.
    Count(usize),
    /// A checkpointed loop's iterator, kept to run its segments again.
    LoopIter(usize),
    /// How many iterations a checkpointed loop's segments have.
    Every(usize),
    /// A checkpointed loop's checkpoints: (first iteration, state) of each segment.
    Checkpoints(usize),
    /// The first iteration of the segment of a checkpointed loop being run again.
    SegmentStart(usize),
    /// One past the last iteration of that segment.
    SegmentEnd(usize),
    /// The state a segment starts from.
    State(usize),
    /// The graph `f_graph` records.
    Graph,
    /// The graph node each variable's latest value is, by variable.
    GraphNodes,
    /// The graph node of the `k`-th assignment to a variable.
    Node(VarId, usize),
    /// Its operands' nodes and its partials, taken before the assignment.
    NodeInputs(VarId, usize),
    /// The loop-local adjoint a preaccumulated loop sums for a value it reads.
    LoopAdjoint(usize, VarId),
    /// The `k`-th window a loop reads a slice through (`plan/windows.rs`): (loop, slice, k).
    Window(usize, VarId, usize),
    /// The window of a slice's adjoint the reverse sweep of a loop adds into: (loop, slice).
    AdjointWindow(usize, VarId),
    /// The buffer of a value an inner loop's reverse reads for every column
    /// (`plan/expansion.rs`).
    Expanded(VarId),
    /// The part of that buffer one run of the inner loop reads, `buffer[..end - start]`.
    ExpandedWindow(VarId),
    /// A cotangent taken out of an adjoint.
    Cotangent,
    /// The `i`-th argument cotangent returned by a pullback.
    ArgCotangent(usize),
    /// The cotangent of the function's result: the pullback's argument.
    ResultCotangent,
    /// The guard of a call's scope, which tells the callee's rule which arguments are
    /// differentiated (`grad::runtime::wrt`).
    WrtScope,
}

impl Name {
    /// The name's text before it is made unique, given each variable's base.
    pub fn stem(self, base_of: impl Fn(VarId) -> String) -> String {
        match self {
            Name::Adjoint(var) => format!("{}_adj", base_of(var)),
            Name::SumOfSquaresAdjoint(var) => format!("{}_sum_of_squares_adj", base_of(var)),
            Name::Pullback(var, 0) => format!("{}_pullback", base_of(var)),
            Name::Pullback(var, k) => format!("{}_pullback_{k}", base_of(var)),
            Name::Next(var) => format!("{}_next", base_of(var)),
            Name::Shape(var) => format!("{}_shape", base_of(var)),
            Name::ReadAt(var, 0) => format!("{}_at", base_of(var)),
            Name::ReadAt(var, k) => format!("{}_at_{k}", base_of(var)),
            Name::PlaceAt(var, n, k) => format!("{}_at_{n}_{k}", base_of(var)),
            Name::WriteAt(k) => format!("write_{k}_at"),
            Name::Branch(k) => format!("branch_{k}"),
            Name::Block(k) => format!("block_{k}"),
            Name::Stack(k) => format!("loop_{k}"),
            Name::Count(k) => format!("loop_{k}_count"),
            Name::LoopIter(k) => format!("loop_{k}_iter"),
            Name::Window(_, base, 0) => format!("{}_window", base_of(base)),
            Name::Window(_, base, k) => format!("{}_window_{k}", base_of(base)),
            Name::AdjointWindow(_, base) => format!("{}_adj_window", base_of(base)),
            Name::Every(k) => format!("loop_{k}_every"),
            Name::Checkpoints(k) => format!("loop_{k}_checkpoints"),
            Name::SegmentStart(k) => format!("loop_{k}_segment_start"),
            Name::SegmentEnd(k) => format!("loop_{k}_segment_end"),
            Name::State(k) => format!("loop_{k}_state"),
            Name::Graph => "graph".to_owned(),
            Name::GraphNodes => "graph_nodes".to_owned(),
            Name::Node(var, 0) => format!("{}_node", base_of(var)),
            Name::Node(var, k) => format!("{}_node_{k}", base_of(var)),
            Name::NodeInputs(var, 0) => format!("{}_node_inputs", base_of(var)),
            Name::NodeInputs(var, k) => format!("{}_node_inputs_{k}", base_of(var)),
            Name::LoopAdjoint(k, var) => format!("loop_{k}_{}_adj", base_of(var)),
            Name::Expanded(var) => format!("{}_buffer", base_of(var)),
            Name::ExpandedWindow(var) => format!("{}_kept", base_of(var)),
            Name::Cotangent => "cot".to_owned(),
            Name::ArgCotangent(i) => format!("cot_{i}"),
            Name::ResultCotangent => "result_cot".to_owned(),
            Name::WrtScope => "_wrt".to_owned(),
        }
    }
}
