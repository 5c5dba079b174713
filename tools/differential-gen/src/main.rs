//! Writes `tests/differential/programs.rs`: a few hundred random differentiable functions, each
//! with `#[grad::differentiate]` and a test that compares its generated gradient with central
//! finite differences, its pullback and graph with its gradient, its directional derivatives
//! with its gradient and central differences and, where the macro runs it at dual numbers
//! (`dual`), its Hessian-vector products with central differences of its gradient (issues #13
//! and #14).
//!
//! ```text
//! cargo run -p differential-gen -- --seed 13 --out tests/differential/programs.rs
//! ```
//!
//! The programs use only what the README's "What works today" lists; `grow` says how they are
//! drawn, `eval` how they are kept inside their domains and away from kinks, `emit` how they are
//! printed, `dual` which of them have an `f_hvp`. The same arguments give the same file.

mod ast;
mod dual;
mod emit;
mod eval;
mod grow;
mod reads;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use quote::quote;

use emit::Printer;
use grow::Counts;

/// Writes random differentiable programs and their gradient checks.
#[derive(Parser, Debug)]
#[command(about, long_about = None)]
struct Cli {
    /// The seed of the random draws.
    #[arg(long, default_value_t = 13)]
    seed: u64,

    /// Helper functions (floats, perhaps a slice), which the others call.
    #[arg(long, default_value_t = 30)]
    helpers: usize,

    /// Functions of floats, slices and an integer: branches, loops, buffers, calls.
    #[arg(long, default_value_t = 110)]
    scalar: usize,

    /// Functions of ndarray arrays: broadcasting, reductions, `dot`, elementwise methods.
    #[arg(long, default_value_t = 70)]
    array: usize,

    /// The functions that expose a bug of the macro: lines `NAME fails REASON` (its test is
    /// ignored with the reason) or `NAME does-not-compile REASON` (it and its test are compiled
    /// only with `RUSTFLAGS="--cfg grad_macro_bug"`); `#` starts a comment.
    #[arg(long, value_name = "FILE")]
    known_bugs: Option<PathBuf>,

    /// The file to write (standard output without it).
    #[arg(long)]
    out: Option<PathBuf>,
}

/// The known bugs: the functions whose tests fail, and those that do not compile, each with
/// the bug.
#[derive(Debug, Default)]
struct KnownBugs {
    fails: Vec<(String, String)>,
    compile: Vec<(String, String)>,
}

impl KnownBugs {
    fn read(path: &std::path::Path) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|err| format!("cannot read {}: {err}", path.display()))?;
        let mut bugs = KnownBugs::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut words = line.splitn(3, char::is_whitespace);
            let (name, kind, reason) = (words.next(), words.next(), words.next());
            let entry = match (name, reason) {
                (Some(name), Some(reason)) => (name.to_owned(), reason.trim().to_owned()),
                _ => {
                    return Err(format!(
                        "{}:{}: expected NAME KIND REASON",
                        path.display(),
                        number + 1
                    ));
                }
            };
            match kind {
                Some("fails") => bugs.fails.push(entry),
                Some("does-not-compile") => bugs.compile.push(entry),
                _ => {
                    return Err(format!(
                        "{}:{}: the kind is `fails` or `does-not-compile`",
                        path.display(),
                        number + 1
                    ));
                }
            }
        }
        Ok(bugs)
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let bugs = match cli.known_bugs.as_deref().map(KnownBugs::read).transpose() {
        Ok(bugs) => bugs.unwrap_or_default(),
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    let counts = Counts {
        helpers: cli.helpers,
        scalar: cli.scalar,
        array: cli.array,
    };
    let program = grow::program(cli.seed, counts);
    if let Some(unknown) = bugs
        .fails
        .iter()
        .chain(&bugs.compile)
        .find(|(name, _)| !program.iter().any(|f| &f.name == name))
    {
        eprintln!("error: {} is not a function of the program", unknown.0);
        return ExitCode::FAILURE;
    }
    let text = format!("{}\n{}", header(&cli), code(&program, &bugs));
    match &cli.out {
        Some(path) => {
            if let Err(err) = std::fs::write(path, text) {
                eprintln!("error: cannot write {}: {err}", path.display());
                return ExitCode::FAILURE;
            }
        }
        None => print!("{text}"),
    }
    ExitCode::SUCCESS
}

/// The file's header: what it is and the command that writes it again.
fn header(cli: &Cli) -> String {
    let mut command = format!(
        "cargo run -p differential-gen -- --seed {} --helpers {} --scalar {} --array {}",
        cli.seed, cli.helpers, cli.scalar, cli.array
    );
    if let Some(path) = &cli.known_bugs {
        command.push_str(&format!(" \\\n//!     --known-bugs {}", path.display()));
    }
    command.push_str(" \\\n//!     --out tests/differential/programs.rs");
    format!(
        "//! Random differentiable programs and their gradient checks (issue #13): written by\n\
         //! `tools/differential-gen`, checked by the harness in `tests/differential.rs`. Do not edit;\n\
         //! write it again with\n\
         //!\n\
         //! ```text\n\
         //! {command}\n\
         //! ```\n\
         //!\n\
         //! @generated, seed {}\n",
        cli.seed
    )
}

/// The bug `name` is listed with in `bugs`.
fn bug<'b>(bugs: &'b [(String, String)], name: &str) -> Option<&'b str> {
    bugs.iter()
        .find(|(bug, _)| bug == name)
        .map(|(_, reason)| reason.as_str())
}

/// The attribute that leaves out a function that does not compile, with the bug.
fn gate(bugs: &KnownBugs, name: &str) -> Option<proc_macro2::TokenStream> {
    bug(&bugs.compile, name).map(|reason| {
        let doc = format!(" Does not compile: {reason}.");
        quote! {
            #[doc = #doc]
            #[cfg(grad_macro_bug)]
        }
    })
}

/// The module: the functions, then their tests.
fn code(program: &[ast::Function], bugs: &KnownBugs) -> String {
    // In program order, so that a function's callees are decided before it: a caller of
    // functions that all run at dual numbers is marked `dual_calls` and runs there too.
    let mut at_dual = std::collections::HashSet::new();
    let printed: Vec<(proc_macro2::TokenStream, bool)> = program
        .iter()
        .map(|f| {
            let function = Printer::new(program, f).function();
            let (function, dual) = dual::with_dual_calls(function, &at_dual);
            if dual && gate(bugs, &f.name).is_none() {
                at_dual.insert(f.name.clone());
            }
            (function, dual)
        })
        .collect();
    let functions = program.iter().zip(&printed).map(|(f, (function, _))| {
        let gate = gate(bugs, &f.name);
        quote!(#gate #function)
    });
    let tests = program.iter().zip(&printed).map(|(f, (_, dual))| {
        let printer = Printer::new(program, f);
        let test = printer.test(bug(&bugs.fails, &f.name), *dual);
        let gate = gate(bugs, &f.name);
        quote!(#gate #test)
    });
    let functions: Vec<_> = functions.collect();
    let body = quote!(#(#functions)*).to_string();
    let mut imports = Vec::new();
    for name in ["Array1", "Array2", "Axis"] {
        if body.contains(name) {
            imports.push(quote::format_ident!("{name}"));
        }
    }
    let tokens = quote! {
        // The programs spell constructs out as the generator draws them (`s = s * e`, index
        // loops, single-character names), which is what they test.
        #![allow(clippy::all)]

        use grad::runtime::ndarray::{#(#imports),*};

        #(#functions)*

        mod checks {
            use super::*;
            use crate::{Companions, arr1, arr2, check};

            #(#tests)*
        }
    };
    let file: syn::File = syn::parse2(tokens).expect("the generated code parses");
    tidy_points(&prettyplease::unparse(&file))
}

/// The points as `-0.5` rather than `- 0.5`: prettyplease prints a macro's input token by
/// token, and the points are a macro's input, `points![..]` (as a plain array each number would
/// get a line of its own).
fn tidy_points(code: &str) -> String {
    const OPEN: &str = "points![";
    let mut out = String::with_capacity(code.len());
    let mut rest = code;
    while let Some(start) = rest.find(OPEN) {
        let inside = start + OPEN.len();
        out.push_str(&rest[..inside]);
        let mut depth = 1;
        let mut end = inside;
        for (k, ch) in rest[inside..].char_indices() {
            depth += match ch {
                '[' => 1,
                ']' => -1,
                _ => 0,
            };
            if depth == 0 {
                end = inside + k;
                break;
            }
        }
        let mut after_minus = false;
        for ch in rest[inside..end].chars() {
            if !(after_minus && ch.is_whitespace()) {
                out.push(ch);
                after_minus = ch == '-';
            }
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTS: Counts = Counts {
        helpers: 4,
        scalar: 12,
        array: 8,
    };

    fn text(seed: u64) -> String {
        code(&grow::program(seed, COUNTS), &KnownBugs::default())
    }

    #[test]
    fn the_same_seed_gives_the_same_programs() {
        assert_eq!(text(5), text(5));
        assert_ne!(text(5), text(6));
    }

    #[test]
    fn every_program_runs_cleanly_at_its_points() {
        let program = grow::program(7, COUNTS);
        assert_eq!(program.len(), 24);
        for f in &program {
            assert_eq!(f.points.len(), 2, "{}", f.name);
            for point in &f.points {
                assert_eq!(point.len(), f.point_len(), "{}", f.name);
                let value = eval::run(&program, f, eval::arguments(f, point))
                    .unwrap_or_else(|fault| panic!("{} faults: {fault:?}", f.name));
                assert!(value.abs() <= eval::BOUND, "{}: {value}", f.name);
            }
        }
    }

    #[test]
    fn the_interpreter_refuses_kinks_and_domains() {
        let run = |source: ast::Expr| {
            let f = ast::Function {
                name: "f".into(),
                kind: ast::Kind::Helper,
                vars: vec![ast::Var {
                    name: "x".into(),
                    ty: ast::Ty::F64,
                    by_ref: false,
                }],
                params: vec![0],
                body: Vec::new(),
                result: source,
                sizes: Vec::new(),
                points: Vec::new(),
            };
            eval::run(&[], &f, vec![eval::Value::F(0.01)])
        };
        let x = || Box::new(ast::Expr::Var(0));
        let abs = ast::Expr::Unary(ast::Unary::Abs, ast::MethodStyle::Method, x());
        let ln = ast::Expr::Unary(ast::Unary::Ln, ast::MethodStyle::Method, x());
        let divide = ast::Expr::Bin(ast::BinOp::Div, Box::new(ast::Expr::Lit(1.0)), x());
        let sin = ast::Expr::Unary(ast::Unary::Sin, ast::MethodStyle::Path, x());
        assert!(run(abs).is_err(), "abs at 0.01 is near its kink");
        assert!(run(ln).is_err(), "ln of 0.01 is near its pole");
        assert!(run(divide).is_err(), "0.01 is too small a divisor");
        assert_eq!(run(sin), Ok(0.01_f64.sin()));
    }

    /// `let mut g0 = vec![vec![0.0; 2]; 2]; g0[1][0] = x; g0[1][0] *= 3.0; let mut k0 = 0;
    /// let r0 = 'outer: loop { for i in 0..2 { if x > 0.5 { break 'outer x * 2.0; } }
    /// k0 += 1; if k0 == 2 { break g0[1][0]; } }; r0`, run and printed.
    #[test]
    fn nested_writes_and_loop_values_are_run_and_printed() {
        use ast::{AssignOp, BinOp, CmpOp, Cond, Expr, IntExpr, Loop, Nested, Stmt, Ty, Var};
        let var = |name: &str, ty| Var {
            name: name.into(),
            ty,
            by_ref: false,
        };
        let g0 = vec![IntExpr::Lit(1), IntExpr::Lit(0)];
        let inner = Stmt::For(
            Loop::Range {
                index: 4,
                lo: IntExpr::Lit(0),
                hi: IntExpr::Lit(2),
                rev: false,
                step: None,
            },
            vec![Stmt::If(
                Cond::Float(CmpOp::Gt, Expr::Var(0), Expr::Lit(0.5)),
                vec![Stmt::BreakValue(
                    true,
                    vec![Expr::Bin(
                        BinOp::Mul,
                        Box::new(Expr::Var(0)),
                        Box::new(Expr::Lit(2.0)),
                    )],
                )],
                None,
            )],
        );
        let f = ast::Function {
            name: "f".into(),
            kind: ast::Kind::Scalar,
            vars: vec![
                var("x", Ty::F64),
                var("g0", Ty::Nested(Nested::Vecs(2, 2))),
                var("k0", Ty::Usize),
                var("r0", Ty::F64),
                var("i", Ty::Usize),
            ],
            params: vec![0],
            body: vec![
                Stmt::LetNested(1, vec![IntExpr::Lit(2), IntExpr::Lit(2)]),
                Stmt::SetNested(1, g0.clone(), AssignOp::Set, Expr::Var(0)),
                Stmt::SetNested(1, g0.clone(), AssignOp::Mul, Expr::Lit(3.0)),
                Stmt::LetCounter(2),
                Stmt::LetLoop {
                    vars: vec![3],
                    counter: 2,
                    bound: IntExpr::Lit(2),
                    labelled: true,
                    body: vec![inner],
                    value: vec![Expr::Nested(1, g0)],
                },
            ],
            result: Expr::Var(3),
            sizes: Vec::new(),
            points: Vec::new(),
        };
        let at = |x: f64| eval::run(&[], &f, vec![eval::Value::F(x)]);
        assert_eq!(at(1.0), Ok(2.0), "the labelled break out of the inner loop");
        assert_eq!(at(0.25), Ok(0.75), "the counter's break");
        let printed = Printer::new(&[], &f).function().to_string();
        for expected in [
            "let mut g0 = vec ! [vec ! [0.0_f64 ; 2] ; 2] ;",
            "g0 [1] [0] *= 3.0 ;",
            "let r0 = 'outer : loop {",
            "break 'outer x * 2.0 ;",
            "k0 += 1 ; if k0 == 2 { break g0 [1] [0] ; }",
        ] {
            assert!(printed.contains(expected), "{expected} in {printed}");
        }
    }

    #[test]
    fn the_known_bugs_file_is_read() {
        let dir = std::env::temp_dir().join(format!("differential-gen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("bugs.txt");
        std::fs::write(
            &path,
            "# comment\ng001 fails it panics\n\nf002 does-not-compile E0283\n",
        )
        .unwrap();
        let bugs = KnownBugs::read(&path).unwrap();
        assert_eq!(bugs.fails, [("g001".to_owned(), "it panics".to_owned())]);
        assert_eq!(bugs.compile, [("f002".to_owned(), "E0283".to_owned())]);
        std::fs::write(&path, "g001 breaks it\n").unwrap();
        assert!(KnownBugs::read(&path).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
