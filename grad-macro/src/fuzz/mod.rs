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
//! `cargo test -p grad-macro fuzz` runs proptest's default 256 cases of each property;
//! `PROPTEST_CASES=10000` runs the long mode (the README's "Reliability" has the commands and the
//! times measured).
//! A failing input is shrunk by proptest, then reduced further by [`reduce`] (statements
//! removed, expressions replaced by their parts, while it fails the same way), and shown as
//! source. proptest keeps the seed of every input that ever failed in
//! `grad-macro/proptest-regressions/fuzz/mod.txt` and tries those first on later runs; each
//! reduced input also goes into [`past_failures`] as a literal.

mod reduce;

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

use grad_fuzz_input::{Case, case, differentiable_case};
use proc_macro2::TokenStream;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};
use quote::{ToTokens, quote};
use syn::{Item, ItemFn};

use crate::{expand, naming};

/// How an expansion failed: the kind (what reduction keeps) and the details.
#[derive(Debug)]
struct Failure {
    kind: &'static str,
    detail: String,
}

impl Failure {
    fn new(kind: &'static str, detail: String) -> Self {
        Self { kind, detail }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind, self.detail)
    }
}

/// What is wrong with the macro's expansion of `args` and `item`, if anything.
fn check(args: TokenStream, item: &ItemFn) -> Result<(), Failure> {
    let tokens = item.to_token_stream();
    let output = expand_quietly(args, tokens)
        .map_err(|message| Failure::new("the macro panicked", message))?;
    let file: syn::File = syn::parse2(output.clone()).map_err(|error| {
        let detail = format!("{error}:\n{output}");
        Failure::new("the output does not parse as items", detail)
    })?;
    check_user_fn(item, file.items.first())?;
    let vjp = naming::vjp_fn(&item.sig.ident);
    let generated = file
        .items
        .iter()
        .any(|i| matches!(i, Item::Fn(f) if f.sig.ident == vjp));
    let reported = file.items.iter().any(|i| {
        matches!(i, Item::Macro(m)
            if m.mac.path.segments.last().is_some_and(|s| s.ident == "compile_error"))
    });
    if !(generated || reported) {
        let detail = format!("neither `{vjp}` nor an error in\n{output}");
        return Err(Failure::new("the expansion is silent", detail));
    }
    Ok(())
}

/// The expansion's first item must be the user's function, kept as written.
fn check_user_fn(item: &ItemFn, first: Option<&Item>) -> Result<(), Failure> {
    let Some(Item::Fn(kept)) = first else {
        let detail = format!("{first:?}");
        return Err(Failure::new("the function is not the first item", detail));
    };
    let mut expected = item.clone();
    expected.attrs.push(syn::parse_quote!(#[allow(dead_code)]));
    let (kept, expected) = (quote!(#kept).to_string(), quote!(#expected).to_string());
    if kept != expected {
        let detail = format!("{kept}\ninstead of\n{expected}");
        return Err(Failure::new("the function was changed", detail));
    }
    Ok(())
}

thread_local! {
    /// Whether this thread is inside [`expand_quietly`].
    static EXPANDING: Cell<bool> = const { Cell::new(false) };
    /// Where the last panic inside [`expand_quietly`] happened.
    static PANIC_LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The expansion, or the message and location of its panic. The panic is not printed: proptest
/// and the reduction expand a failing input thousands of times.
fn expand_quietly(args: TokenStream, item: TokenStream) -> Result<TokenStream, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if EXPANDING.get() {
                PANIC_LOCATION.set(info.location().map(ToString::to_string));
            } else {
                default(info);
            }
        }));
    });
    EXPANDING.set(true);
    let result = panic::catch_unwind(AssertUnwindSafe(|| expand::differentiate(args, item)));
    EXPANDING.set(false);
    result.map_err(|payload| {
        let location = PANIC_LOCATION.take().unwrap_or_default();
        format!("{} at {location}", panic_message(&*payload))
    })
}

/// A panic's message (`panic!` gives a `&str` or a `String`).
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(not a string)".to_owned())
}

/// Runs [`check`] on the cases of `strategy` with proptest's defaults (256 cases unless
/// `PROPTEST_CASES` says otherwise, past failures first); a failure is reduced and shown as
/// source.
fn fuzz(strategy: impl Strategy<Value = Case>) {
    let config = Config {
        source_file: Some(file!()),
        ..Config::default()
    };
    let mut runner = TestRunner::new(config);
    let result = runner.run(&strategy, |case| {
        check(case.args.clone(), &case.item).map_err(|failure| TestCaseError::fail(failure.kind))
    });
    match result {
        Ok(()) => {}
        Err(TestError::Abort(reason)) => panic!("the fuzzing stopped: {reason}"),
        Err(TestError::Fail(_, case)) => {
            let Case { args, item } = case;
            let kind = check(args.clone(), &item).err().map(|failure| failure.kind);
            let reduced = reduce::reduce(&item, |candidate| {
                check(args.clone(), candidate)
                    .err()
                    .map(|failure| failure.kind)
                    == kind
            });
            let failure = check(args.clone(), &reduced).expect_err("the reduced input fails");
            panic!(
                "{failure}\n\nreduced input (add it to `past_failures`):\n#[differentiate({args})] {}",
                reduced.to_token_stream()
            );
        }
    }
}

/// Inputs of any syntax and arguments (most stop at an error of the signature or the body).
#[test]
fn expansion_never_panics_and_parses_as_items() {
    fuzz(case());
}

/// Functions that look differentiable, with valid arguments: about half reach the generated
/// code.
#[test]
fn generated_code_parses_as_items() {
    fuzz(differentiable_case());
}

/// The differentiable inputs reach the generated code (not only the errors) often: otherwise
/// [`generated_code_parses_as_items`] would test little of emission.
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

/// Every input the fuzzer ever found failing, reduced, with what it broke; and the panics of
/// issue 13 that were found by hand before the fuzzer existed.
#[test]
fn past_failures() {
    let cases: [(TokenStream, TokenStream); 4] = [
        // Temporaries named from `r#type.to_string()` panicked: "`"r#type_t1"` is not a valid
        // identifier".
        (
            quote!(),
            quote!(
                fn f(x: f64) -> f64 {
                    let mut r#type = 0.0;
                    r#type += x * x;
                    r#type
                }
            ),
        ),
        (
            quote!(),
            quote!(
                fn f(xs: &[f64]) -> f64 {
                    let mut s = 0.0;
                    for r#ref in xs.iter() {
                        s += r#ref * r#ref;
                    }
                    s
                }
            ),
        ),
        // Found by the fuzzer: a method whose signature names what looks like a type parameter
        // of its impl block (`L`) gets the error saying to mark the block, and the function
        // was printed without the `#[allow(dead_code)]` every other path adds.
        (
            quote!(D6a0n),
            quote!(
                fn x(self, &(&(&(x))): L) {}
            ),
        ),
        // Found by the fuzzer: the stubs printed `impl x + Fn(..) -> *const [..]` inside another
        // type, where it does not parse back.
        (
            quote!(),
            quote!(
                fn x() -> impl x + Fn((<f64 as _f>::J)) -> *const [(); 7usize] {
                    i
                }
            ),
        ),
    ];
    for (args, item) in cases {
        let item: ItemFn = syn::parse2(item).expect("a function item");
        if let Err(failure) = check(args.clone(), &item) {
            panic!("#[differentiate({args})] {}\n{failure}", quote!(#item));
        }
    }
}
