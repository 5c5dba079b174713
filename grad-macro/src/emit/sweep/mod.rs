//! The two sweeps every reverse-mode printer is made of: `forward.rs` prints the forward sweep
//! (the source's statements, each differentiated primitive replaced by its rule call, each
//! region handing out its record), `reverse.rs` the reverse sweep (each region's statements in
//! reverse order, calling the pullbacks and summing cotangents into adjoints), `rules.rs` the
//! call of one primitive's rule (`literals.rs` those of literals and joins). All of them read
//! the function and its plan, nothing else.
//!
//! The forward sweep keeps the source's own names and scopes, so the parts kept as written
//! (conditions, constants) read the same variables they did in the source. Each pullback is a
//! plain local; a region hands its pullbacks out in a record (the `Branch` taken, or a tuple)
//! that the reverse sweep opens in the same region; a loop pushes each iteration's record on a
//! stack (Tapenade's PUSH/POP, typed locally) that the reverse sweep pops.

mod forward;
mod graph;
mod literals;
mod map;
mod reverse;
mod rules;

pub use rules::fallbacks_module;

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::{Expr, Ident};

use crate::ir::{Atom, Function, Operand, Stmt, VarId, VarOrigin};
use crate::naming::{self, Name};
use crate::plan::{Again, Plan, Region, Window};

/// The printer of a function's two sweeps under one plan.
#[derive(Clone)]
pub struct Sweep<'a> {
    pub function: &'a Function,
    pub plan: &'a Plan,
    /// Inside the immediate reverse of preaccumulated loops: the loop-local adjoints that stand
    /// for the adjoints of the values those loops read.
    local_adjoints: Vec<(VarId, Ident)>,
    /// Whether the forward sweep keeps what the reverse sweep needs (records, pullbacks,
    /// shapes); not in the first run of a checkpointed loop, which only computes values.
    recording: bool,
    /// Whether it records the graph (`f_graph`): each assignment a node, each adjoint taken.
    graph: bool,
    /// For `f_graph`, by variable: whether it has a node wherever it is read (a parameter, or
    /// a variable the body assigns); the others are recorded as constants where they are read.
    has_node: Vec<bool>,
    /// For a free function, the module its method fallbacks are in (`rules.rs`).
    fallbacks_module: Option<Ident>,
    /// The windows taken before the loop whose body is being printed (`plan/windows.rs`):
    /// its reads through them read the window.
    windows: Vec<Window>,
}

impl<'a> Sweep<'a> {
    pub fn new(function: &'a Function, plan: &'a Plan) -> Self {
        Self {
            function,
            plan,
            local_adjoints: Vec::new(),
            recording: true,
            graph: false,
            has_node: Vec::new(),
            fallbacks_module: None,
            windows: Vec::new(),
        }
    }

    /// The sweeps of a free function, whose method fallbacks are in `module`.
    pub fn with_fallbacks_in(mut self, module: Option<Ident>) -> Self {
        self.fallbacks_module = module;
        self
    }

    /// The sweeps of `f_graph`, which record the graph as they go (`graph.rs`).
    pub fn recording_graph(self) -> Self {
        let function = self.function;
        let mut sweep = self;
        sweep.graph = true;
        sweep.has_node = vec![false; function.vars.len()];
        for param in &function.params {
            sweep.has_node[param.0] = true;
        }
        for stmt in function.body.all_stmts() {
            if let Stmt::Assign { var, .. } = stmt {
                sweep.has_node[var.0] = true;
            }
        }
        sweep
    }

    /// The sweep of an element map's body, whose operations the graph does not record (the
    /// map is one node).
    fn element_sweep(&self) -> Self {
        let mut element = self.clone();
        element.graph = false;
        element
    }

    /// The sweep that only computes the values, with the same rules (so the same bits) but
    /// nothing kept: the first run of a checkpointed loop.
    fn primal(&self) -> Self {
        let mut primal = self.clone();
        primal.recording = false;
        primal
    }

    /// The sweep inside the immediate reverse of a preaccumulated loop with these loop-local
    /// adjoints (its accumulator's increments are seeded with 1, `plan/updates.rs`).
    fn preaccumulating(&self, locals: Vec<(VarId, Ident)>) -> Self {
        let mut inner = self.clone();
        inner.local_adjoints.extend(locals);
        inner
    }

    /// The sweep printing the body of a loop that reads through `windows` (none: the windows
    /// of the loops around it are not this loop's).
    fn with_windows(&self, windows: Option<&Vec<Window>>) -> Self {
        let mut inner = self.clone();
        inner.windows = windows.cloned().unwrap_or_default();
        inner
    }

    /// The windows taken before a loop: `let x_window = if a < b { &x[inv + a..inv + b] } else
    /// { &x[..0] };`, empty when the range is (the loop then reads nothing).
    fn window_declarations(&self, windows: &[Window]) -> TokenStream {
        windows
            .iter()
            .map(|window| {
                let name = self.name(window.name);
                let base = &self.function.var(window.base).ident;
                let (start, end) = (&window.start, &window.end);
                let (low, high) = match &window.offset {
                    Some(offset) => (quote!((#offset) + (#start)), quote!((#offset) + (#end))),
                    None => (start.to_token_stream(), end.to_token_stream()),
                };
                let adjoint = window.adjoint.map(|adjoint_window| {
                    let adjoint_window = self.name(adjoint_window);
                    let adj = self.adjoint(window.base);
                    quote! {
                        let #adjoint_window = if #start < #end {
                            #adj.window_mut(#low..#high)
                        } else {
                            #adj.window_mut(0..0)
                        };
                    }
                });
                quote! {
                    let #name = if #start < #end { &#base[#low..#high] } else { &#base[..0] };
                    #adjoint
                }
            })
            .collect()
    }

    /// The window of the adjoint that the cotangent of the read `var = ..` (the `index`-th
    /// assignment to `var`) is added into, and its position in it.
    fn windowed_adjoint(&self, var: VarId, index: usize) -> Option<(Ident, TokenStream)> {
        let window = self.window_of(var, index)?;
        Some((self.name(window.adjoint?), position_in(window)))
    }

    /// The window the read `var = ..` (the `index`-th assignment to `var`) reads through, and
    /// its position in it.
    fn windowed_read(&self, var: VarId, index: usize) -> Option<(Ident, TokenStream)> {
        let window = self.window_of(var, index)?;
        Some((self.name(window.name), position_in(window)))
    }

    /// The window of the loop being printed that serves the read `var = ..`, if one does.
    fn window_of(&self, var: VarId, index: usize) -> Option<&Window> {
        self.windows
            .iter()
            .find(|window| window.reads.contains(&(var, index)))
    }

    fn name(&self, name: Name) -> Ident {
        self.plan.names.get(name)
    }

    /// The names region saves for the reverse sweep, as identifiers: its own, then the source
    /// names its recomputed indices read.
    fn saved(&self, region: Region) -> Vec<Ident> {
        let records = &self.plan.records;
        let operands = records
            .recomputed(region)
            .map_or(&[][..], |recomputed| &recomputed.operands);
        records
            .saved(region)
            .iter()
            .map(|name| self.name(*name))
            .chain(operands.iter().cloned())
            .collect()
    }

    /// The indices a loop iteration computes again in the reverse sweep from the names its
    /// record kept, bound to the names the forward sweep gave them (`let x_t2_at = w + i;`),
    /// then the values it computes again (`let a = q[a_at]; let (t, t_pullback) = ..;`).
    fn recomputed_indices(&self, region: Region) -> TokenStream {
        let Some(recomputed) = self.plan.records.recomputed(region) else {
            return TokenStream::new();
        };
        let indices: TokenStream = recomputed
            .indices
            .iter()
            .map(|(name, at, flat)| {
                let ident = self.name(*name);
                if *flat {
                    quote!(let #ident = ::grad::__private::Flat(#at);)
                } else {
                    quote!(let #ident = #at;)
                }
            })
            .collect();
        let values = recomputed.values.iter().map(|again| match again {
            Again::Assign(stmt) => {
                let computed = self.forward_stmt(stmt);
                // A value kept for every column (`plan/expansion.rs`): its rule still gives
                // the pullback, the buffer the value.
                match (region, stmt) {
                    (Region::Loop(index), Stmt::Assign { var, .. }) => {
                        match self.plan.expansions.of_value(index, *var) {
                            Some(expansion) => {
                                let ident = &self.function.var(*var).ident;
                                let window = self.name(expansion.window);
                                let counter = &expansion.counter;
                                let start = &expansion.start;
                                quote!(#computed let #ident = #window[#counter - (#start)];)
                            }
                            None => computed,
                        }
                    }
                    _ => computed,
                }
            }
            Again::Read { var, base, at } => {
                let ident = &self.function.var(*var).ident;
                let base = &self.function.var(*base).ident;
                let at = self.name(*at);
                quote!(let #ident = #base[#at];)
            }
        });
        quote!(#indices #(#values)*)
    }

    /// The buffers of the values kept for every column of the loops inside `lp`, filled
    /// before the reverse sweep runs it (`plan/expansion.rs`): each value computed as the
    /// forward sweep computes it, for every column some iteration of `lp` reaches.
    fn fill_expansions(&self, lp: &crate::ir::Loop) -> TokenStream {
        let Some(expansions) = self.plan.expansions.before.get(&lp.index) else {
            return TokenStream::new();
        };
        // The reads as written, not through the windows of the loops the buffer stands for.
        let plain = self.primal().with_windows(None);
        expansions
            .iter()
            .map(|expansion| {
                let buffer = self.name(expansion.buffer);
                let ident = &self.function.var(expansion.var).ident;
                let (counter, start, end) = (&expansion.counter, &expansion.start, &expansion.end);
                let (outer_start, outer_end) = &expansion.outer;
                let stmts = expansion.stmts.iter().map(|stmt| plain.forward_stmt(stmt));
                // Written through `iter_mut`: no length to store and no capacity to test per
                // element, as `push` has (its growth is a call, which keeps the length in
                // memory). The buffer only grows: what lies past this fill's columns is never
                // read (the inner loop's runs end at or before `end`).
                let slot = naming::hygienic("slot");
                let columns = naming::hygienic("columns");
                quote! {
                    if (#outer_start) < (#outer_end) && (#start) < (#end) {
                        let #columns = (#end) - (#start);
                        if #buffer.len() < #columns {
                            #buffer.resize(#columns, ::core::default::Default::default());
                        }
                        for (#slot, #counter) in
                            ::core::iter::Iterator::zip(#buffer[..#columns].iter_mut(), (#start)..(#end))
                        {
                            #(#stmts)*
                            *#slot = #ident;
                        }
                    }
                }
            })
            .collect()
    }

    /// The parts of the buffers the reverse of inner loop `lp` reads, taken before it runs:
    /// `buffer[..end - start]`, empty when its range is.
    fn expansion_windows(&self, lp: &crate::ir::Loop) -> TokenStream {
        let Some(expansions) = self.plan.expansions.read_in.get(&lp.index) else {
            return TokenStream::new();
        };
        expansions
            .iter()
            .map(|expansion| {
                let buffer = self.name(expansion.buffer);
                let window = self.name(expansion.window);
                let (start, end) = (&expansion.start, &expansion.inner_end);
                quote! {
                    let #window = if (#start) < (#end) {
                        &#buffer[..(#end) - (#start)]
                    } else {
                        &#buffer[..0]
                    };
                }
            })
            .collect()
    }

    /// The buffers of every expansion, declared once at the top of the function: their memory
    /// is reused by every fill.
    pub fn expansion_buffers(&self) -> TokenStream {
        let mut buffers: Vec<Ident> = self
            .plan
            .expansions
            .before
            .values()
            .flatten()
            .map(|expansion| self.name(expansion.buffer))
            .collect();
        buffers.sort_by_key(ToString::to_string);
        buffers.dedup();
        quote!(#(let mut #buffers = ::std::vec::Vec::new();)*)
    }

    /// The adjoint accumulator of a variable where the code being printed runs.
    fn adjoint(&self, var: VarId) -> Ident {
        match self.local_adjoints.iter().rev().find(|(id, _)| *id == var) {
            Some((_, local)) => local.clone(),
            None => self.name(Name::Adjoint(var)),
        }
    }

    fn is_active(&self, id: VarId) -> bool {
        self.function.var(id).active
    }

    /// An atom as the user wrote it (`x`, `&x`, a constant).
    fn atom(&self, atom: &Atom) -> TokenStream {
        match atom {
            Atom::Var(id) => self.function.var(*id).ident.to_token_stream(),
            Atom::Ref(id) => {
                let ident = &self.function.var(*id).ident;
                quote!((&#ident))
            }
            Atom::Deref(id) => {
                let ident = &self.function.var(*id).ident;
                quote!((*#ident))
            }
            Atom::Const(expr) => parenthesize(expr),
        }
    }

    /// An atom as an argument of the operation at `span`: the user's variables are pointed at
    /// the operation (keeping their hygiene), so that a type error there is reported at the
    /// user's expression, not at the variable's declaration.
    fn atom_at(&self, atom: &Atom, span: Span) -> TokenStream {
        match atom {
            Atom::Var(id) => self.ident_at(*id, span).into_token_stream(),
            Atom::Ref(id) => {
                let ident = self.ident_at(*id, span);
                quote!((&#ident))
            }
            Atom::Deref(id) => {
                let ident = self.ident_at(*id, span);
                quote!((*#ident))
            }
            Atom::Const(_) => self.atom(atom),
        }
    }

    /// A variable's name pointed at `span` (temporaries keep theirs: they have no source).
    fn ident_at(&self, id: VarId, span: Span) -> Ident {
        let var = self.function.var(id);
        let mut ident = var.ident.clone();
        if var.origin != VarOrigin::Temp {
            ident.set_span(ident.span().located_at(span));
        }
        ident
    }

    /// The receiver of a method's rule: the value itself, never a reference to it, so that
    /// method resolution starts from the value's own type (a rule on `f64` taking `self`, a
    /// rule on an array taking `&self`), where the fallback of `rules.rs` comes last.
    fn receiver_at(&self, atom: &Atom, span: Span) -> TokenStream {
        match atom {
            Atom::Var(id) | Atom::Ref(id) | Atom::Deref(id) => {
                let ident = self.ident_at(*id, span);
                if self.function.var(*id).by_ref || matches!(atom, Atom::Deref(_)) {
                    quote!((*#ident))
                } else {
                    ident.into_token_stream()
                }
            }
            Atom::Const(_) => self.atom(atom),
        }
    }

    /// An operand of an operator rule, which takes its operands by reference whatever the user
    /// wrote (`a * b` and `&a * &b` alike): a reference stays as it is, anything else is
    /// borrowed.
    fn operand_at(&self, atom: &Atom, span: Span) -> TokenStream {
        match atom {
            Atom::Var(id) | Atom::Ref(id) => {
                let ident = self.ident_at(*id, span);
                if self.function.var(*id).by_ref {
                    ident.into_token_stream()
                } else {
                    quote!(&#ident)
                }
            }
            Atom::Deref(id) => {
                let ident = self.ident_at(*id, span);
                quote!(&*#ident)
            }
            Atom::Const(expr) => quote!(&#expr),
        }
    }

    /// The function's result, as a value of the forward sweep.
    pub fn operand_value(&self, operand: &Operand) -> TokenStream {
        match operand {
            Operand::Atom(atom) => self.atom(atom),
            Operand::Tuple(elems) => {
                let elems = elems.iter().map(|elem| self.operand_value(elem));
                quote!((#(#elems,)*))
            }
        }
    }

    /// `let mut x_adj = Adjoint::new();`
    pub fn declare_adjoint(&self, id: VarId) -> TokenStream {
        let adj = self.adjoint(id);
        quote!(let mut #adj = ::grad::__private::Adjoint::new();)
    }

    /// Adds the cotangent `cot` (an expression of the operand's shape) into the operand's
    /// adjoints.
    pub fn seed(&self, operand: &Operand, cot: TokenStream) -> TokenStream {
        match operand {
            Operand::Atom(Atom::Var(id)) if self.is_active(*id) => {
                let adj = self.adjoint(*id);
                quote!(#adj.add(#cot);)
            }
            Operand::Atom(_) => TokenStream::new(),
            Operand::Tuple(elems) => {
                let parts = elems.iter().enumerate().map(|(index, elem)| {
                    let index = syn::Index::from(index);
                    self.seed(elem, quote!(#cot.#index))
                });
                quote!(#(#parts)*)
            }
        }
    }

    /// `x`'s sums of squares pulled back into its adjoint in place, if the plan pulls them back
    /// so: where the reverse sweep is done with `x`'s other uses (`plan/in_place.rs`).
    pub fn sum_of_squares_pullback(&self, x: VarId) -> Option<TokenStream> {
        if !self.plan.in_place.operands.contains(&x) {
            return None;
        }
        let sums = self.name(Name::SumOfSquaresAdjoint(x));
        let adj = self.adjoint(x);
        let ident = &self.function.var(x).ident;
        let cot = self.name(Name::Cotangent);
        Some(quote! {
            if let ::core::option::Option::Some(#cot) = #sums.take() {
                #ident.sum_of_squares_pullback_into(#cot, &mut #adj);
            }
        })
    }
}

/// A constant expression as an operand: parenthesised unless it is a literal or a path, so that
/// it keeps its meaning inside the operator it is placed in.
fn parenthesize(expr: &Expr) -> TokenStream {
    match expr {
        Expr::Lit(_) | Expr::Path(_) | Expr::Paren(_) | Expr::Call(_) | Expr::MethodCall(_) => {
            expr.to_token_stream()
        }
        _ => quote!((#expr)),
    }
}

/// The record of arm `k` of `n` as nested `Branch`es: `Then(r)`, `Else(Then(r))`, ..., and the
/// last arm `Else(..(Else(r)))`. Used both to build the record and to match it.
fn branch_path(k: usize, n: usize, inner: TokenStream) -> TokenStream {
    let mut tokens = if n == 1 {
        inner
    } else if k + 1 == n {
        quote!(::grad::__private::Branch::Else(#inner))
    } else {
        quote!(::grad::__private::Branch::Then(#inner))
    };
    for _ in 0..k.min(n.saturating_sub(2)) {
        tokens = quote!(::grad::__private::Branch::Else(#tokens));
    }
    tokens
}

/// A record's contents: the saved names as a tuple (`()`, `(a,)`, `(a, b)`).
fn tuple(saved: &[Ident]) -> TokenStream {
    quote!((#(#saved,)*))
}

/// The position in `window` of its loop's counter: `col`, or `col - a` for a range from `a`.
fn position_in(window: &Window) -> TokenStream {
    let counter = &window.counter;
    let start = &window.start;
    if window.starts_at_zero() {
        counter.to_token_stream()
    } else {
        quote!((#counter - (#start)))
    }
}
