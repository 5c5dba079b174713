//! Fuzzing the macro in process (issue 13): [`expand::differentiate`] on random inputs from
//! `grad-fuzz-input` (function items of any Rust syntax, functions that look differentiable,
//! and `#[differentiate(..)]` arguments valid and not), without rustc in the loop.
//!
//! For every input the expansion must
//! - not panic;
//! - parse as Rust items, the first of them the user's function, unchanged but for the
//!   `#[allow(dead_code)]` the macro adds;
//! - not fail silently: it holds `f_vjp`, or a `compile_error!`.
//!
//! `cargo test -p grad-macro fuzz` runs proptest's default 256 cases of each property; `PROPTEST_CASES=10000`
//! runs the long mode (TESTING.md has the figures). proptest keeps every input that ever
//! failed in `grad-macro/proptest-regressions/fuzz.txt` and tries those first on later runs;
//! each is also written out below as a literal in [`past_failures`].

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};

use grad_fuzz_input::{Case, case, differentiable_case};
use proc_macro2::TokenStream;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use quote::{ToTokens, quote};
use syn::{Item, ItemFn};

use crate::{expand, naming};

/// What is wrong with the macro's expansion of `args` and `item`, if anything.
fn check(args: TokenStream, item: &ItemFn) -> Result<(), String> {
    let tokens = item.to_token_stream();
    let output = panic::catch_unwind(AssertUnwindSafe(|| expand::differentiate(args, tokens)))
        .map_err(|payload| format!("the macro panicked: {}", panic_message(&*payload)))?;
    let file: syn::File = syn::parse2(output.clone())
        .map_err(|error| format!("the output does not parse as items ({error}):\n{output}"))?;
    check_user_fn(item, file.items.first())?;
    let vjp = naming::vjp_fn(&item.sig.ident);
    let generated = file
        .items
        .iter()
        .any(|i| matches!(i, Item::Fn(f) if f.sig.ident == vjp));
    let reported = file
        .items
        .iter()
        .any(|i| matches!(i, Item::Macro(m) if m.mac.path.segments.last().is_some_and(|s| s.ident == "compile_error")));
    if !(generated || reported) {
        return Err(format!("neither `{vjp}` nor an error:\n{output}"));
    }
    Ok(())
}

/// The expansion's first item must be the user's function, kept as written.
fn check_user_fn(item: &ItemFn, first: Option<&Item>) -> Result<(), String> {
    let Some(Item::Fn(kept)) = first else {
        return Err(format!("the function is not the first item: {first:?}"));
    };
    let mut expected = item.clone();
    expected.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
    let (kept, expected) = (quote!(#kept).to_string(), quote!(#expected).to_string());
    if kept != expected {
        return Err(format!(
            "the function was changed:\n{kept}\ninstead of\n{expected}"
        ));
    }
    Ok(())
}

/// A panic's message (`panic!` gives a `&str` or a `String`).
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(not a string)".to_owned())
}

proptest! {
    // proptest's defaults: 256 cases each unless PROPTEST_CASES says otherwise, failures kept
    // in proptest-regressions/fuzz.txt, shrinking to a small input.

    /// Inputs of any syntax and arguments (most stop at an error of the signature or body).
    #[test]
    fn expansion_never_panics_and_parses_as_items(case in case()) {
        let Case { args, item } = case;
        if let Err(problem) = check(args, &item) {
            prop_assert!(false, "{}", problem);
        }
    }

    /// Functions that look differentiable, with valid arguments: most reach the generated code.
    #[test]
    fn generated_code_parses_as_items(case in differentiable_case()) {
        let Case { args, item } = case;
        if let Err(problem) = check(args, &item) {
            prop_assert!(false, "{}", problem);
        }
    }
}

/// Every input the fuzzer ever found failing, shrunk, with what it broke.
#[test]
fn past_failures() {
    let cases: [(TokenStream, TokenStream); 0] = [];
    for (args, item) in cases {
        let item: ItemFn = syn::parse2(item).expect("a function item");
        if let Err(problem) = check(args.clone(), &item) {
            panic!("#[differentiate({args})] {}\n{problem}", quote!(#item));
        }
    }
}

/// The differentiable inputs reach the generated code (not only the errors) most of the time:
/// otherwise [`generated_code_parses_as_items`] would test little of emission.
#[test]
fn differentiable_inputs_reach_the_generated_code() {
    let mut runner = TestRunner::deterministic();
    let strategy = differentiable_case();
    let n = 100;
    let generated = (0..n)
        .filter(|_| {
            let Case { args, item } = strategy.new_tree(&mut runner).expect("a case").current();
            let output = expand::differentiate(args, item.to_token_stream());
            !output.to_string().contains("compile_error")
        })
        .count();
    assert!(
        generated >= n / 3,
        "{generated} of {n} inputs were differentiated"
    );
}
