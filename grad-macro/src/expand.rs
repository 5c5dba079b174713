//! The pipeline that turns the attributed function into itself plus its generated functions.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Item, ItemFn};

use crate::args::Args;
use crate::ctxt::Ctxt;
use crate::sig::Signature;
use crate::{activity, emit, fuse, lower, reuse};

/// `#[differentiate(args)] item` -> `item` unchanged, then `item_vjp` and (for a float result)
/// `item_grad`; on error, `item`, the errors, and stubs of the generated functions.
pub fn differentiate(args: TokenStream, item: TokenStream) -> TokenStream {
    let cx = Ctxt::new();
    let args = Args::from_tokens(&cx, args);
    let item_fn = match syn::parse2::<Item>(item.clone()) {
        Ok(Item::Fn(item_fn)) => item_fn,
        Ok(_) | Err(_) => {
            cx.error_spanned_by(
                &item,
                "#[differentiate] applies to a function with a body, such as `fn f(x: f64) -> f64 { x * x }`",
            );
            return with_errors(item, &cx);
        }
    };
    let generated = generate(&cx, &args, &item_fn);
    match (cx.check(), generated) {
        (Ok(()), Some((_, generated))) => quote!(#item_fn #generated),
        (Err(errors), generated) => {
            let errors = errors.to_compile_error();
            // When the signature is fine, stubs keep the callers compiling.
            let stubs = generated.map(|(sig, _)| emit::emit_stubs(&item_fn, &sig));
            quote!(#item_fn #errors #stubs)
        }
        (Ok(()), None) => quote!(#item_fn),
    }
}

fn with_errors(item: TokenStream, cx: &Ctxt) -> TokenStream {
    match cx.check() {
        Ok(()) => item,
        Err(errors) => {
            let errors = errors.to_compile_error();
            quote!(#item #errors)
        }
    }
}

/// Runs every stage; `None` when the signature itself is in error (the body is still checked,
/// so that every error is reported at once).
fn generate(cx: &Ctxt, args: &Args, item: &ItemFn) -> Option<(Signature, TokenStream)> {
    let (sig, signature_ok) = Signature::from_fn(cx, args, item);
    let (mut function, deferred) = lower::lower(cx, &sig, &item.block);
    activity::analyse(cx, &mut function, &deferred);
    reuse::reuse_reads(&mut function);
    fuse::fuse_sums_of_squares(&mut function);
    if !signature_ok {
        return None;
    }
    let generated = emit::emit(item, &sig, &function);
    if std::env::var_os("GRAD_DEBUG").is_some() {
        eprintln!(
            "#[differentiate] {}: lowered IR\n{function:#?}",
            item.sig.ident
        );
        eprintln!(
            "#[differentiate] {}: generated\n{generated}",
            item.sig.ident
        );
    }
    Some((sig, generated))
}
