//! The generator's promises: everything it makes parses back with syn to the same tokens (from
//! the tokens and from their text), it makes every kind of syntax it claims, and the attribute
//! arguments are valid and invalid in good measure.

use std::collections::BTreeSet;

use grad_fuzz_input::{Case, any_fn, attr_args, case, item_fn, param_names};
use proc_macro2::TokenStream;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::TestRunner;
use quote::ToTokens;
use syn::visit::{self, Visit};
use syn::{Expr, FnArg, GenericParam, Item, ItemFn, Pat, Stmt, Type};

/// `n` values of `strategy`, the same on every run.
fn samples<S: Strategy>(strategy: S, n: usize) -> Vec<S::Value> {
    let mut runner = TestRunner::deterministic();
    (0..n)
        .map(|_| strategy.new_tree(&mut runner).expect("a value").current())
        .collect()
}

/// Parses `tokens` as a function item and prints it again.
fn reprint(tokens: TokenStream) -> String {
    let item: ItemFn = syn::parse2(tokens.clone())
        .unwrap_or_else(|err| panic!("does not parse ({err}): {tokens}"));
    item.to_token_stream().to_string()
}

#[test]
fn every_item_parses_back_to_the_same_tokens() {
    for item in samples(item_fn(), 500) {
        let tokens = item.to_token_stream();
        assert_eq!(reprint(tokens.clone()), tokens.to_string());
        // Through text too, as rustc would hand the item over from source.
        let text = tokens.to_string();
        let relexed: TokenStream = text.parse().expect("the text lexes");
        assert_eq!(reprint(relexed), reprint(tokens), "{text}");
    }
}

/// The kinds of syntax seen, by name (`Expr::Closure`, `Pat::Or`, ..), and other features.
#[derive(Default)]
struct Kinds(BTreeSet<String>);

impl Kinds {
    fn see(&mut self, kind: impl Into<String>) {
        self.0.insert(kind.into());
    }
}

/// The name of an enum variant from its `Debug` form (`Expr::Closure { .. }`, `Local(..)`).
fn variant(debug: String) -> String {
    let head = debug
        .split(|c: char| !(c.is_alphanumeric() || c == ':'))
        .find(|word| !word.is_empty())
        .unwrap_or("");
    head.rsplit("::").next().unwrap_or(head).to_owned()
}

impl<'ast> Visit<'ast> for Kinds {
    fn visit_expr(&mut self, e: &'ast Expr) {
        self.see(format!("Expr::{}", variant(format!("{e:?}"))));
        visit::visit_expr(self, e);
    }
    fn visit_stmt(&mut self, s: &'ast Stmt) {
        self.see(format!("Stmt::{}", variant(format!("{s:?}"))));
        if let Stmt::Local(local) = s
            && !local.attrs.is_empty()
        {
            self.see("attribute on a statement");
        }
        visit::visit_stmt(self, s);
    }
    fn visit_pat(&mut self, p: &'ast Pat) {
        self.see(format!("Pat::{}", variant(format!("{p:?}"))));
        visit::visit_pat(self, p);
    }
    fn visit_type(&mut self, t: &'ast Type) {
        self.see(format!("Type::{}", variant(format!("{t:?}"))));
        visit::visit_type(self, t);
    }
    fn visit_item(&mut self, i: &'ast Item) {
        self.see(format!("Item::{}", variant(format!("{i:?}"))));
        visit::visit_item(self, i);
    }
    fn visit_generic_param(&mut self, g: &'ast GenericParam) {
        self.see(format!("GenericParam::{}", variant(format!("{g:?}"))));
        visit::visit_generic_param(self, g);
    }
    fn visit_fn_arg(&mut self, a: &'ast FnArg) {
        self.see(format!("FnArg::{}", variant(format!("{a:?}"))));
        if let FnArg::Typed(typed) = a
            && !typed.attrs.is_empty()
        {
            self.see("attribute on a parameter");
        }
        visit::visit_fn_arg(self, a);
    }
    fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
        let name = i.to_string();
        if name.starts_with("r#") {
            self.see("raw identifier");
        }
        if !name.is_ascii() {
            self.see("unicode identifier");
        }
    }
    fn visit_attribute(&mut self, a: &'ast syn::Attribute) {
        self.see(match a.style {
            syn::AttrStyle::Outer => "outer attribute",
            syn::AttrStyle::Inner(_) => "inner attribute",
        });
        visit::visit_attribute(self, a);
    }
    fn visit_where_clause(&mut self, w: &'ast syn::WhereClause) {
        self.see("where clause");
        visit::visit_where_clause(self, w);
    }
    fn visit_label(&mut self, l: &'ast syn::Label) {
        self.see("label");
        visit::visit_label(self, l);
    }
    fn visit_arm(&mut self, arm: &'ast syn::Arm) {
        if !arm.attrs.is_empty() {
            self.see("attribute on a match arm");
        }
        if arm.guard.is_some() {
            self.see("match guard");
        }
        visit::visit_arm(self, arm);
    }
    fn visit_signature(&mut self, s: &'ast syn::Signature) {
        for (present, name) in [
            (s.constness.is_some(), "const fn"),
            (s.asyncness.is_some(), "async fn"),
            (s.unsafety.is_some(), "unsafe fn"),
            (s.abi.is_some(), "extern fn"),
        ] {
            if present {
                self.see(name);
            }
        }
        visit::visit_signature(self, s);
    }
}

#[test]
fn every_kind_of_syntax_is_made() {
    let mut kinds = Kinds::default();
    // `any_fn`'s promise: the differentiable functions of `item_fn` add little syntax, and
    // drawing them too would move `any_fn`'s draws with every change to their grammar.
    for item in samples(any_fn(), 500) {
        kinds.visit_item_fn(&item);
    }
    let expected = [
        // Every `syn::Expr` but `Verbatim`.
        "Expr::Array",
        "Expr::Assign",
        "Expr::Async",
        "Expr::Await",
        "Expr::Binary",
        "Expr::Block",
        "Expr::Break",
        "Expr::Call",
        "Expr::Cast",
        "Expr::Closure",
        "Expr::Const",
        "Expr::Continue",
        "Expr::Field",
        "Expr::ForLoop",
        "Expr::Group",
        "Expr::If",
        "Expr::Index",
        "Expr::Infer",
        "Expr::Let",
        "Expr::Lit",
        "Expr::Loop",
        "Expr::Macro",
        "Expr::Match",
        "Expr::MethodCall",
        "Expr::Paren",
        "Expr::Path",
        "Expr::Range",
        "Expr::RawAddr",
        "Expr::Reference",
        "Expr::Repeat",
        "Expr::Return",
        "Expr::Struct",
        "Expr::Try",
        "Expr::TryBlock",
        "Expr::Tuple",
        "Expr::Unary",
        "Expr::Unsafe",
        "Expr::While",
        "Expr::Yield",
        // Every `syn::Stmt`.
        "Stmt::Local",
        "Stmt::Item",
        "Stmt::Expr",
        "Stmt::Macro",
        // Every `syn::Pat` but `Verbatim`.
        "Pat::Const",
        "Pat::Ident",
        "Pat::Lit",
        "Pat::Macro",
        "Pat::Or",
        "Pat::Paren",
        "Pat::Path",
        "Pat::Range",
        "Pat::Reference",
        "Pat::Rest",
        "Pat::Slice",
        "Pat::Struct",
        "Pat::Tuple",
        "Pat::TupleStruct",
        "Pat::Type",
        "Pat::Wild",
        // Every `syn::Type` but `Verbatim`.
        "Type::Array",
        "Type::BareFn",
        "Type::Group",
        "Type::ImplTrait",
        "Type::Infer",
        "Type::Macro",
        "Type::Never",
        "Type::Paren",
        "Type::Path",
        "Type::Ptr",
        "Type::Reference",
        "Type::Slice",
        "Type::TraitObject",
        "Type::Tuple",
        // Every `syn::Item` but `Verbatim`, nested in bodies.
        "Item::Const",
        "Item::Enum",
        "Item::ExternCrate",
        "Item::Fn",
        "Item::ForeignMod",
        "Item::Impl",
        "Item::Macro",
        "Item::Mod",
        "Item::Static",
        "Item::Struct",
        "Item::Trait",
        "Item::TraitAlias",
        "Item::Type",
        "Item::Union",
        "Item::Use",
        "GenericParam::Lifetime",
        "GenericParam::Type",
        "GenericParam::Const",
        "where clause",
        "FnArg::Receiver",
        "FnArg::Typed",
        "raw identifier",
        "unicode identifier",
        "outer attribute",
        "inner attribute",
        "attribute on a statement",
        "attribute on a parameter",
        "attribute on a match arm",
        "match guard",
        "label",
        "const fn",
        "async fn",
        "unsafe fn",
        "extern fn",
    ];
    let missing: Vec<&str> = expected
        .into_iter()
        .filter(|kind| !kinds.0.contains(*kind))
        .collect();
    assert!(missing.is_empty(), "never made: {missing:?}");
}

/// Whether `args` are arguments the macro accepts for a function with `params`: none, or
/// `wrt(..)` of distinct parameters, `checkpoint`, or both, each at most once.
fn valid(args: &TokenStream, params: &[String]) -> bool {
    let parser = syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated;
    let Ok(options) = syn::parse::Parser::parse2(parser, args.clone()) else {
        return false;
    };
    let keys: Vec<String> = options
        .iter()
        .map(|option| option.path().to_token_stream().to_string())
        .collect();
    let distinct: BTreeSet<&String> = keys.iter().collect();
    distinct.len() == keys.len()
        && options.iter().all(|option| match option {
            syn::Meta::Path(path) => path.is_ident("checkpoint"),
            syn::Meta::List(list) => list.path.is_ident("wrt") && valid_wrt(list, params),
            syn::Meta::NameValue(_) => false,
        })
}

/// `wrt(a, b)` of distinct parameters.
fn valid_wrt(list: &syn::MetaList, params: &[String]) -> bool {
    let names = list.parse_args_with(
        syn::punctuated::Punctuated::<syn::Ident, syn::Token![,]>::parse_terminated,
    );
    names.is_ok_and(|names| {
        let names: Vec<String> = names.iter().map(ToString::to_string).collect();
        let distinct: BTreeSet<&String> = names.iter().collect();
        distinct.len() == names.len() && names.iter().all(|n| params.contains(n))
    })
}

#[test]
fn attribute_arguments_are_valid_and_invalid_in_good_measure() {
    let cases: Vec<Case> = samples(case(), 300);
    let valid_count = cases
        .iter()
        .filter(|case| {
            let params: Vec<String> = param_names(&case.item)
                .iter()
                .map(ToString::to_string)
                .collect();
            valid(&case.args, &params)
        })
        .count();
    assert!(
        (75..=225).contains(&valid_count),
        "{valid_count} of 300 arguments are valid"
    );
    let distinct: BTreeSet<String> = cases.iter().map(|case| case.args.to_string()).collect();
    assert!(
        distinct.len() > 150,
        "only {} distinct arguments",
        distinct.len()
    );
    // A case shows as source.
    let shown = format!("{:?}", cases[0]);
    assert!(
        shown.starts_with("#[differentiate(") && shown.contains("fn "),
        "{shown}"
    );
}

#[test]
fn arguments_name_the_parameters() {
    let params = vec![syn::parse_quote!(alpha), syn::parse_quote!(beta)];
    let args = samples(attr_args(params), 300);
    let naming = args
        .iter()
        .filter(|args| args.to_string().starts_with("wrt (") && args.to_string().contains("alpha"))
        .count();
    assert!(naming > 20, "{naming} of 300 name a parameter");
}
