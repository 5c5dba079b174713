//! Whether `#[grad::differentiate]` runs a printed function at dual numbers, and so writes its
//! `f_hvp` (and a forward `f_jvp`): the rules of `grad-macro/src/plan/dual/`, mirrored on the
//! syntax the generator prints.
//!
//! The macro decides from the syntax alone: one float type named, parameters and result of the
//! forms that cross into dual numbers, and a body that calls only float, array and iterator
//! methods, functions by a library path or a local name, library macros, with no struct
//! expression, constant item or nested item. A call of another generated function (`h000(..)`
//! or `self::h000(..)`) rules a function out, unless every function it calls runs at dual
//! numbers: then it is printed `#[grad::differentiate(dual_calls)]` ([`with_dual_calls`]), and
//! its copies call theirs. The lists here are the part of the macro's that
//! the generator can print: a name missing here only makes a function ineligible, and loses its
//! `f_hvp` check, while a name here that the macro rejected would make the test call an `f_hvp`
//! that does not exist, and fail to compile.

use std::collections::HashSet;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};
use syn::{Expr, FnArg, ItemFn, Pat, ReturnType, Type};

/// Methods of floats, arrays and iterators that the generator prints, all in the macro's
/// `LIBRARY_METHODS`.
const METHODS: &[&str] = &[
    "abs",
    "cos",
    "exp",
    "ln",
    "max",
    "min",
    "powf",
    "powi",
    "sin",
    "sqrt",
    "tanh",
    "dot",
    "mean",
    "ncols",
    "nrows",
    "sum",
    "sum_axis",
    "mean_axis",
    "t",
    "len",
    "unwrap",
    "iter",
    "enumerate",
    "zip",
    "rev",
    "step_by",
];

/// Free functions a body may call by their last name (the macro's `LIBRARY_FUNCTIONS`).
const FUNCTIONS: &[&str] = &["Axis"];

/// First segments of paths whose functions are generic over the element (the macro's
/// `LIBRARY_ROOTS`).
const ROOTS: &[&str] = &["f64", "Array1", "Array2"];

/// Macros (the macro's `LIBRARY_MACROS`).
const MACROS: &[&str] = &["vec"];

/// Type names a body may write (the macro's `LIBRARY_TYPES`).
const TYPES: &[&str] = &["f64", "usize", "Array1", "Array2"];

/// `function` (a printed `#[grad::differentiate] fn`) marked `dual_calls` when it calls other
/// generated functions and all of them are in `dual` (they run at dual numbers), and whether the
/// macro runs it at dual numbers. A call of a function that does not is left as it was: with
/// `dual_calls` it would not compile.
pub fn with_dual_calls(function: TokenStream, dual: &HashSet<String>) -> (TokenStream, bool) {
    let Ok(mut item) = syn::parse2::<ItemFn>(function.clone()) else {
        return (function, false);
    };
    let mut calls = BodyCheck {
        locals: locals(&item),
        companions: HashSet::new(),
        eligible: true,
        called: HashSet::new(),
    };
    calls.visit_block(&item.block);
    if calls.called.is_empty() || !calls.called.is_subset(dual) {
        let runs = runs_at_dual_numbers(&function, &HashSet::new());
        return (function, runs);
    }
    item.attrs = vec![syn::parse_quote!(#[grad::differentiate(dual_calls)])];
    let function = quote::quote!(#item);
    let runs = runs_at_dual_numbers(&function, &calls.called);
    (function, runs)
}

/// Whether the macro runs `function` (a printed `#[grad::differentiate] fn`) at dual numbers,
/// its calls of the functions in `companions` going to theirs.
pub fn runs_at_dual_numbers(function: &TokenStream, companions: &HashSet<String>) -> bool {
    let Ok(item) = syn::parse2::<ItemFn>(function.clone()) else {
        return false;
    };
    let mut floats = HashSet::new();
    collect_floats(function.clone(), &mut floats);
    let params_cross = item.sig.inputs.iter().all(|input| match input {
        FnArg::Typed(typed) => crosses(&typed.ty),
        FnArg::Receiver(_) => false,
    });
    let result_crosses = match &item.sig.output {
        ReturnType::Type(_, ty) => is_float(ty),
        ReturnType::Default => false,
    };
    if !item.sig.generics.params.is_empty() || floats.len() != 1 || !params_cross {
        return false;
    }
    let mut body = BodyCheck {
        locals: locals(&item),
        companions: companions.clone(),
        eligible: true,
        called: HashSet::new(),
    };
    body.visit_block(&item.block);
    result_crosses && body.eligible
}

/// The float type names (`f32`, `f64`, and literal suffixes) in `tokens`.
fn collect_floats(tokens: TokenStream, floats: &mut HashSet<String>) {
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) if ident == "f32" || ident == "f64" => {
                floats.insert(ident.to_string());
            }
            TokenTree::Literal(literal) => {
                let text = literal.to_string();
                for suffix in ["f32", "f64"] {
                    if text.ends_with(suffix) && !text.starts_with('"') {
                        floats.insert(suffix.to_owned());
                    }
                }
            }
            TokenTree::Group(group) => collect_floats(group.stream(), floats),
            _ => {}
        }
    }
}

fn last_name(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string()),
        _ => None,
    }
}

fn is_float(ty: &Type) -> bool {
    last_name(ty).as_deref() == Some("f64")
}

/// The first type argument of a path type (`f64` in `Array1<f64>`).
fn element(ty: &Type) -> Option<&Type> {
    let Type::Path(path) = ty else {
        return None;
    };
    let syn::PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else {
        return None;
    };
    args.args.iter().find_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    })
}

/// Whether a parameter of type `ty` crosses: `usize` as it is; `f64`, `&[f64]` and
/// `&Array1<f64>`/`&Array2<f64>` lifted.
fn crosses(ty: &Type) -> bool {
    match ty {
        Type::Reference(reference) if reference.mutability.is_none() => match &*reference.elem {
            Type::Slice(slice) => is_float(&slice.elem),
            elem => {
                matches!(last_name(elem).as_deref(), Some("Array1" | "Array2"))
                    && element(elem).is_some_and(is_float)
            }
        },
        _ => matches!(last_name(ty).as_deref(), Some("f64" | "usize")),
    }
}

/// The names a call may use: the function itself and its `let` bindings (a subset of the
/// macro's, which over-approximates).
fn locals(item: &ItemFn) -> HashSet<String> {
    struct Bindings(HashSet<String>);
    impl<'ast> Visit<'ast> for Bindings {
        fn visit_pat(&mut self, pat: &'ast Pat) {
            if let Pat::Ident(ident) = pat {
                self.0.insert(ident.ident.to_string());
            }
            visit::visit_pat(self, pat);
        }
    }
    let mut bindings = Bindings(HashSet::from([item.sig.ident.to_string()]));
    bindings.visit_block(&item.block);
    bindings.0
}

/// Walks a body for what the macro's `BodyCheck` rejects.
struct BodyCheck {
    locals: HashSet<String>,
    /// Functions called through their companions (`dual_calls`).
    companions: HashSet<String>,
    eligible: bool,
    /// The functions called that the vocabulary does not allow as they are.
    called: HashSet<String>,
}

impl BodyCheck {
    fn callable(&self, path: &syn::Path) -> bool {
        let segments: Vec<String> = path
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect();
        match &segments[..] {
            [only] => self.locals.contains(only) || FUNCTIONS.contains(&only.as_str()),
            [first, ..] => ROOTS.contains(&first.as_str()),
            [] => false,
        }
    }

    fn check_macro(&mut self, mac: &syn::Macro) {
        let name = mac.path.segments.last().map(|last| last.ident.to_string());
        if !name.is_some_and(|name| MACROS.contains(&name.as_str())) {
            self.eligible = false;
        }
    }
}

impl<'ast> Visit<'ast> for BodyCheck {
    fn visit_expr(&mut self, expr: &'ast Expr) {
        match expr {
            Expr::Call(call) => match &*call.func {
                Expr::Path(func) if self.callable(&func.path) => {}
                Expr::Path(func) => {
                    let name = func.path.segments.last().map(|last| last.ident.to_string());
                    let name = name.unwrap_or_default();
                    if !self.companions.contains(&name) {
                        self.eligible = false;
                    }
                    self.called.insert(name);
                }
                _ => self.eligible = false,
            },
            Expr::Struct(_) => self.eligible = false,
            Expr::MethodCall(call) if !METHODS.contains(&call.method.to_string().as_str()) => {
                self.eligible = false;
            }
            Expr::Path(path) if path.qself.is_none() => {
                if let [only] = &path.path.segments.iter().collect::<Vec<_>>()[..] {
                    let name = only.ident.to_string();
                    let constant = name.chars().next().is_some_and(char::is_uppercase)
                        && name
                            .chars()
                            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_');
                    if constant && name != "None" {
                        self.eligible = false;
                    }
                }
            }
            Expr::Macro(mac) => self.check_macro(&mac.mac),
            _ => {}
        }
        visit::visit_expr(self, expr);
    }

    fn visit_stmt_macro(&mut self, mac: &'ast syn::StmtMacro) {
        self.check_macro(&mac.mac);
    }

    fn visit_item(&mut self, _: &'ast syn::Item) {
        self.eligible = false;
    }

    fn visit_type(&mut self, ty: &'ast Type) {
        match ty {
            Type::Path(path) => {
                let known = path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| TYPES.contains(&last.ident.to_string().as_str()));
                if !known {
                    self.eligible = false;
                }
            }
            Type::ImplTrait(_) | Type::TraitObject(_) => self.eligible = false,
            _ => {}
        }
        visit::visit_type(self, ty);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    #[test]
    fn a_function_of_methods_and_library_paths_runs_at_dual_numbers() {
        let f = quote! {
            #[grad::differentiate]
            fn f(x: f64, xs: &[f64], a: &Array2<f64>, n: usize) -> f64 {
                let mut v = vec![0.0_f64; n];
                let mut z: Array1<f64> = Array1::zeros(3);
                for (i, &x) in xs.iter().enumerate() { v[i] = x.exp() + f64::sin(x); }
                let s: f64 = a.sum_axis(Axis(0)).sum() + z.sum();
                s * x.powi(2).max(v[0]) + (n as f64)
            }
        };
        assert!(runs_at_dual_numbers(&f, &HashSet::new()));
    }

    #[test]
    fn a_call_of_another_function_rules_it_out() {
        let by_name = quote!(
            #[grad::differentiate]
            fn f(x: f64) -> f64 {
                h000(x) + x
            }
        );
        let by_path = quote!(
            #[grad::differentiate]
            fn f(x: f64) -> f64 {
                self::h000(x)
            }
        );
        assert!(!runs_at_dual_numbers(&by_name, &HashSet::new()));
        assert!(!runs_at_dual_numbers(&by_path, &HashSet::new()));
        let (_, runs) = with_dual_calls(by_name.clone(), &HashSet::new());
        assert!(!runs);
    }

    #[test]
    fn calls_of_functions_at_dual_numbers_are_marked_dual_calls() {
        let caller = quote!(
            #[grad::differentiate]
            fn f(x: f64) -> f64 {
                h000(x) + self::h001(x)
            }
        );
        let both = HashSet::from(["h000".to_owned(), "h001".to_owned()]);
        let (marked, runs) = with_dual_calls(caller.clone(), &both);
        assert!(runs);
        assert!(marked.to_string().contains("dual_calls"));
        let one = HashSet::from(["h000".to_owned()]);
        let (unmarked, runs) = with_dual_calls(caller.clone(), &one);
        assert!(!runs);
        assert_eq!(unmarked.to_string(), caller.to_string());
    }

    #[test]
    fn other_methods_types_macros_and_floats_rule_it_out() {
        let others = [
            quote!(
                fn f(x: f64) -> f64 {
                    x.frobnicate()
                }
            ),
            quote!(
                fn f(x: f64) -> f64 {
                    let y: Other = x;
                    y
                }
            ),
            quote!(
                fn f(x: f64) -> f64 {
                    m!(x)
                }
            ),
            quote!(
                fn f(x: f64) -> f64 {
                    x + 1.0f32 as f64
                }
            ),
            quote!(
                fn f(x: f64) -> f64 {
                    x * SCALE
                }
            ),
            quote!(
                fn f(x: f64) -> f64 {
                    fn g() {}
                    x
                }
            ),
            quote!(
                fn f(x: &mut [f64]) -> f64 {
                    x[0]
                }
            ),
            quote!(
                fn f(x: f64) -> usize {
                    0
                }
            ),
        ];
        for f in &others {
            assert!(!runs_at_dual_numbers(f, &HashSet::new()), "{f}");
        }
    }
}
