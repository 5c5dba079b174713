//! Identifiers, lifetimes, literals and paths: the leaves of the grammar.
//!
//! Identifiers are plain (`x`, `total_2`), unicode (`café`, `δx`, `变量`) or raw (`r#type`,
//! `r#match`); none is a keyword, so each parses back as written.

use proc_macro2::{Literal, Span};
use proptest::prelude::*;
use syn::{Ident, Lifetime, Lit, Path};

/// The keywords and reserved words of Rust (2024), which plain identifiers avoid.
pub const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "raw", "ref", "return", "safe", "Self", "self", "static", "struct", "super", "trait", "true",
    "try", "type", "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while",
    "yield",
];

/// The keywords that can be raw identifiers (`r#type`); `self`, `super`, `crate`, `Self` and
/// `_` cannot.
const RAW: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "dyn", "else", "enum", "extern", "false",
    "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "static", "struct", "trait", "true", "try", "type", "unsafe", "use", "where",
    "while", "yield", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
    "typeof", "unsized", "virtual",
];

/// Identifiers beyond ASCII (each `XID_Start` then `XID_Continue`).
const UNICODE: &[&str] = &[
    "café", "naïve", "δx", "π", "变量", "σ2", "über", "ŷ_hat", "Ωmega",
];

/// A plain identifier that is not a keyword.
fn plain() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec!["x", "y", "a", "b", "xs", "total", "loss", "w", "i", "n"])
            .prop_map(str::to_owned),
        2 => "[a-z_][a-z0-9_]{0,6}",
        1 => "[A-Z][a-zA-Z0-9]{0,5}",
    ]
    .prop_filter("not a keyword nor `_`", |name| {
        !KEYWORDS.contains(&name.as_str()) && !name.trim_start_matches('_').is_empty()
    })
}

/// Any identifier: mostly plain, sometimes unicode or raw.
pub fn ident() -> BoxedStrategy<Ident> {
    prop_oneof![
        8 => plain().prop_map(|name| Ident::new(&name, Span::call_site())),
        1 => prop::sample::select(UNICODE).prop_map(|name| Ident::new(name, Span::call_site())),
        1 => prop::sample::select(RAW).prop_map(|name| Ident::new_raw(name, Span::call_site())),
    ]
    .boxed()
}

/// A lifetime: `'a`, `'static`, `'_`, or a named one.
pub fn lifetime() -> BoxedStrategy<Lifetime> {
    prop_oneof![
        prop::sample::select(vec!["'a", "'b", "'static", "'_", "'long"]).prop_map(str::to_owned),
        "[a-z][a-z0-9]{0,3}"
            .prop_filter("not a keyword", |name| !KEYWORDS.contains(&name.as_str()))
            .prop_map(|name| format!("'{name}")),
    ]
    .prop_map(|name| Lifetime::new(&name, Span::call_site()))
    .boxed()
}

/// A literal of any kind: integers and floats with and without suffixes, strings (raw too, with
/// escapes), characters, bytes, byte and C strings, booleans.
pub fn lit() -> BoxedStrategy<Lit> {
    let literal = prop_oneof![
        any::<u32>().prop_map(Literal::u32_unsuffixed),
        (
            any::<u8>(),
            prop::sample::select(vec!["u8", "i64", "usize", "u128", "i8"])
        )
            .prop_map(|(v, suffix)| format!("{v}{suffix}").parse().expect("an integer")),
        (0.0..1e6f64).prop_map(Literal::f64_unsuffixed),
        any::<f32>()
            .prop_filter("finite", |v| v.is_finite() && *v >= 0.0)
            .prop_map(Literal::f32_suffixed),
        prop::sample::select(vec![
            "1e3",
            "2.5E-3",
            "0x1F",
            "0o17",
            "0b1010_1010",
            "1_000_000"
        ])
        .prop_map(|text| text.parse().expect("a number")),
        ".{0,8}".prop_map(|text: String| Literal::string(&text)),
        prop::sample::select(vec![
            r##"r#"raw " string"#"##,
            r#"r"raw""#,
            r#""tab\tnewline\n\u{1F600}""#
        ])
        .prop_map(|text| text.parse().expect("a string")),
        any::<char>().prop_map(Literal::character),
        any::<u8>().prop_map(Literal::u8_suffixed),
        prop::collection::vec(any::<u8>(), 0..6).prop_map(|bytes| Literal::byte_string(&bytes)),
        prop::sample::select(vec!["b'a'", "b'\\n'", "c\"text\"", "br\"raw\""])
            .prop_map(|text| text.parse().expect("a literal")),
    ];
    prop_oneof![
        9 => literal.prop_map(Lit::new),
        1 => any::<bool>().prop_map(|value| Lit::Bool(syn::LitBool::new(value, Span::call_site()))),
    ]
    .boxed()
}

/// A module path, as `use` and `pub(in ..)` take: `a::b`, `::a`, `crate::a`, `super::a`,
/// `self::a` (no `Self`).
pub fn mod_path() -> BoxedStrategy<Path> {
    let segments = prop::collection::vec(ident(), 1..3);
    (
        prop::sample::select(vec!["", "::", "crate::", "super::", "self::"]),
        segments,
    )
        .prop_map(|(start, segments)| {
            let start: proc_macro2::TokenStream = start.parse().expect("a path start");
            syn::parse_quote!(#start #(#segments)::*)
        })
        .boxed()
}

/// A path without generic arguments: `x`, `a::b`, `::std::f64::consts::PI`, `self::f`,
/// `super::g`, `crate::h`, `Self`.
pub fn simple_path() -> BoxedStrategy<Path> {
    let segments = prop::collection::vec(ident(), 1..4);
    prop_oneof![
        4 => segments.clone().prop_map(|segments| syn::parse_quote!(#(#segments)::*)),
        1 => segments.clone().prop_map(|segments| syn::parse_quote!(::#(#segments)::*)),
        1 => (prop::sample::select(vec!["self", "super", "crate", "Self"]), segments).prop_map(
            |(start, segments)| {
                let start = Ident::new(start, Span::call_site());
                syn::parse_quote!(#start::#(#segments)::*)
            }
        ),
    ]
    .boxed()
}
