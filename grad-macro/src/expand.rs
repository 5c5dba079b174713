//! The pipeline that turns the attributed function into itself plus its generated functions.
//!
//! ```text
//!  #[differentiate(args)] fn f(..) { body }
//!        │
//!        ├─ args.rs    the attribute's arguments (`wrt(..)`)
//!        ├─ sig.rs     the signature: differentiated parameters, gradient types
//!        ▼
//!   lower/            the body to the IR (ir/): A-normal form, structured regions, jumps as flags
//!        ▼
//!   activity.rs       which variables carry derivatives; deferred checks become errors
//!        ▼
//!   rewrite/          IR to cheaper IR: repeated reads, x*x -> powi, sums of squares fused
//!        ▼
//!   plan/             per generated function: loop schedule, in-place sums, records, names
//!        ▼
//!   emit/             one printer per generated function: f_vjp, f_grad, f_graph, f_jvp,
//!                     f_hvp (stubs on error)
//! ```
//!
//! Every stage reports errors into one [`Ctxt`]; the body is lowered and checked even when the
//! signature or the attribute is wrong, so that every error is reported at once. With
//! `GRAD_DEBUG=1` set while compiling, each stage's output is printed to stderr.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Item, ItemFn};

use crate::args::Args;
use crate::ctxt::Ctxt;
use crate::emit::{self, Plans};
use crate::ir::Function;
use crate::plan::{DualPlan, Plan};
use crate::sig::Signature;
use crate::{activity, impl_block, lower, rewrite};

/// `#[differentiate(args)] item` -> `item` unchanged, then `item_vjp` and (for a float result)
/// `item_grad`; on error, `item`, the errors, and stubs of the generated functions. On an
/// `impl` block, the same for each method marked inside it (`impl_block.rs`).
pub fn differentiate(args: TokenStream, item: TokenStream) -> TokenStream {
    match syn::parse2::<Item>(item.clone()) {
        Ok(Item::Fn(mut item_fn)) => {
            let cx = Ctxt::new();
            impl_block::report_block_parameters_of_lone_method(&cx, &item_fn);
            match cx.check() {
                Ok(()) => differentiate_fn(args, item_fn, None),
                // No stubs: their pullback types would meet rustc's error again.
                Err(errors) => {
                    let errors = errors.to_compile_error();
                    item_fn.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
                    quote!(#item_fn #errors)
                }
            }
        }
        Ok(Item::Impl(block)) => impl_block::differentiate_methods(args, block),
        Ok(_) | Err(_) => {
            let cx = Ctxt::new();
            Args::from_tokens(&cx, args);
            cx.error_spanned_by(
                &item,
                "#[differentiate] applies to a function with a body, such as `fn f(x: f64) -> f64 { x * x }`, or to an `impl` block whose methods it marks",
            );
            with_errors(item, &cx)
        }
    }
}

/// One function; `scope` is the `impl` block around it, when `#[differentiate]` on the block
/// expands it (`None` outside one, or for a method marked alone).
pub fn differentiate_fn(
    args: TokenStream,
    item_fn: ItemFn,
    scope: Option<&impl_block::Scope>,
) -> TokenStream {
    let cx = Ctxt::new();
    let args = Args::from_tokens(&cx, args);
    let (mut sig, signature_ok) = Signature::from_fn(&cx, &args, &item_fn);
    if let Some(scope) = scope {
        sig.in_scope_of(&scope.type_params);
        sig.block_scalar = scope.scalar.clone();
        sig.self_ty = Some(scope.self_ty.clone());
        sig.in_impl = true;
    }
    // Companions at dual numbers stand beside the function, with grad's feature `dual-calls`:
    // a free function's, and a method's or an associated function's as items of its block.
    let dual_calls = args.dual_calls.is_some();
    let companions = cfg!(feature = "dual-calls");
    // The generated functions compute what `f` does: calling only them must not leave `f`
    // "never used".
    let mut item_fn = item_fn;
    item_fn.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
    let mut function = analyse(&cx, &sig, &item_fn);
    function.pure_calls = args.pure.iter().map(ToString::to_string).collect();
    // A pullback boxed on request breaks a cycle of pullback types through other functions.
    function.recursive |=
        args.boxed.is_some() || crate::plan::closes_a_cycle(&item_fn.sig, &function);
    match cx.check() {
        Ok(()) if signature_ok => {
            let checkpoint = args.checkpoint.is_some();
            let plans = Plans {
                vjp: Plan::for_vjp(&function, checkpoint),
                grad: sig
                    .has_grad
                    .then(|| Plan::for_grad(&function, &sig, checkpoint)),
                graph: Plan::for_graph(&function),
                dual: DualPlan::new(&item_fn, &sig, dual_calls),
                companions,
            };
            if let Some(keyword) = &args.checkpoint
                && plans.vjp.schedule.checkpointed.is_empty()
            {
                let message = "`checkpoint` found no loop to checkpoint: it applies to the function's outermost `for` loops that keep a record of every iteration, have no `break`, `continue` or `return`, and read no variable that the function changes after them";
                let error = syn::Error::new(keyword.span(), message).to_compile_error();
                let stubs = emit::emit_stubs(&item_fn, &sig, dual_calls, companions);
                return quote!(#item_fn #error #stubs);
            }
            debug("plan of f_vjp", &item_fn, || plans.vjp.describe(&function));
            debug("plan of f_jvp and f_hvp", &item_fn, || {
                plans.dual.describe()
            });
            if let Some(plan) = &plans.grad {
                debug("plan of f_grad", &item_fn, || plan.describe(&function));
            }
            let generated = emit::emit(&item_fn, &sig, &function, &plans);
            debug("generated code", &item_fn, || generated.to_string());
            quote!(#item_fn #generated)
        }
        Ok(()) => quote!(#item_fn),
        Err(errors) => {
            let errors = errors.to_compile_error();
            // Stubs keep the callers compiling (when the signature could be read).
            let stubs =
                signature_ok.then(|| emit::emit_stubs(&item_fn, &sig, dual_calls, companions));
            quote!(#item_fn #errors #stubs)
        }
    }
}

/// The body lowered, analysed and rewritten (errors go to `cx`).
pub(crate) fn analyse(cx: &Ctxt, sig: &Signature, item: &ItemFn) -> Function {
    let (mut function, deferred) = lower::lower(cx, sig, &item.block);
    debug("lowered IR", item, || function.to_string());
    activity::analyse(cx, &mut function, &deferred);
    debug("active IR", item, || function.to_string());
    rewrite::rewrite(&mut function, sig.output.as_ref());
    debug("rewritten IR", item, || function.to_string());
    function
}

/// `item` followed by the errors collected in `cx`, if any.
pub(crate) fn with_errors(item: TokenStream, cx: &Ctxt) -> TokenStream {
    match cx.check() {
        Ok(()) => item,
        Err(errors) => {
            let errors = errors.to_compile_error();
            quote!(#item #errors)
        }
    }
}

/// Prints one stage's output to stderr when `GRAD_DEBUG` is set.
fn debug(stage: &str, item: &ItemFn, output: impl FnOnce() -> String) {
    if std::env::var_os("GRAD_DEBUG").is_some() {
        eprintln!(
            "#[differentiate] {}: {stage}\n{}\n",
            item.sig.ident,
            output()
        );
    }
}
