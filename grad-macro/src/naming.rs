//! Every name the macro generates, in one place (Tangent's `naming.py`).
//!
//! Generated locals use `Span::mixed_site()`, so they can never capture or shadow the user's own
//! variables, and are named after the source variable they come from so that `cargo expand`
//! output reads like the function it was made from.

use proc_macro2::Span;
use quote::format_ident;
use syn::Ident;

/// `f` -> `f_grad`: value and gradient.
pub fn grad_fn(name: &Ident) -> Ident {
    format_ident!("{}_grad", name, span = name.span())
}

/// `f` -> `f_vjp`: value and pullback. Also the name under which a call to `f` is differentiated.
pub fn vjp_fn(name: &Ident) -> Ident {
    format_ident!("{}_vjp", name, span = name.span())
}

/// `exp` -> `exp_vjp`: the runtime rule for a method.
pub fn method_rule(method: &Ident) -> Ident {
    format_ident!("{}_vjp", method, span = method.span())
}

fn hygienic(name: String) -> Ident {
    Ident::new(&name, Span::mixed_site())
}

/// The base name of a variable's generated companions: the source name, plus `_<n>` for the
/// n-th shadowing binding of the same name.
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

/// The local holding a variable's own value when the source has no name for it (temporaries).
pub fn value(base: &str) -> Ident {
    hygienic(base.to_owned())
}

/// The freshly computed value before it is moved into a reassigned variable.
pub fn next_value(base: &str) -> Ident {
    hygienic(format!("{base}_next"))
}

/// The pullback closure of the `k`-th assignment to a variable.
pub fn pullback(base: &str, assignment: usize) -> Ident {
    if assignment == 0 {
        hygienic(format!("{base}_pullback"))
    } else {
        hygienic(format!("{base}_pullback_{assignment}"))
    }
}

/// A variable's adjoint accumulator in the reverse sweep.
pub fn adjoint(base: &str) -> Ident {
    hygienic(format!("{base}_adj"))
}

/// A variable's shape, kept to build a zero gradient for a parameter.
pub fn shape(base: &str) -> Ident {
    hygienic(format!("{base}_shape"))
}

/// The cotangent taken out of an adjoint before it is pulled back.
pub fn cotangent() -> Ident {
    hygienic("cot".to_owned())
}

/// The `i`-th argument cotangent returned by a pullback.
pub fn argument_cotangent(index: usize) -> Ident {
    hygienic(format!("cot_{index}"))
}

/// The cotangent of the function's result: the pullback's argument.
pub fn result_cotangent() -> Ident {
    hygienic("result_cot".to_owned())
}

/// The record of which branch an `if` took, with that branch's pullbacks.
pub fn branch_record(index: usize) -> Ident {
    hygienic(format!("if_{index}"))
}

/// The pullbacks saved by a nested block.
pub fn block_record(index: usize) -> Ident {
    hygienic(format!("block_{index}"))
}

/// The value and the pullback that `f_grad` takes from `f_vjp`.
pub fn grad_locals() -> (Ident, Ident) {
    (
        hygienic("value".to_owned()),
        hygienic("pullback".to_owned()),
    )
}

/// The gradient of one parameter in `f_grad`.
pub fn parameter_gradient(name: &Ident) -> Ident {
    hygienic(format!("{name}_grad"))
}
