//! Prints a generated program as Rust: each function with `#[grad::differentiate]`, and a test
//! per function that checks it through the harness of `tests/differential.rs`.
//!
//! Parentheses are written where precedence needs them and nowhere else (rustc warns of the
//! rest); an array operand is borrowed unless it is a parameter (already a reference) or a
//! temporary.

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, format_ident, quote};

use crate::ast::{
    Arg, ArrExpr, AssignOp, BinOp, CallStyle, CmpOp, Cond, ElementStyle, Expr, Function, IntExpr,
    Loop, MethodStyle, Nested, Shape, Stmt, Ty, VarId,
};
use std::collections::HashSet;

use crate::reads::{assigned, reads};

/// Binding strengths, weakest first.
const LOWEST: u8 = 0;
const COMPARE: u8 = 1;
const SUM: u8 = 2;
const PRODUCT: u8 = 3;
const PREFIX: u8 = 4;
const POSTFIX: u8 = 5;

/// A printed expression and how strongly it binds.
struct Printed {
    tokens: TokenStream,
    strength: u8,
}

impl Printed {
    fn new(tokens: TokenStream, strength: u8) -> Self {
        Printed { tokens, strength }
    }

    /// The tokens, in parentheses if they bind less than `at_least`.
    fn at(self, at_least: u8) -> TokenStream {
        let tokens = self.tokens;
        if self.strength < at_least {
            quote!((#tokens))
        } else {
            tokens
        }
    }
}

/// `a`, or `(a, b, ..)`: how a generated function returns one gradient per differentiated
/// parameter.
fn one_or_tuple(names: &[proc_macro2::Ident]) -> TokenStream {
    match names {
        [one] => quote!(#one),
        many => quote!((#(#many),*)),
    }
}

/// A float literal (never negative: negation is [`Expr::Neg`]).
pub fn float(value: f64) -> TokenStream {
    let literal = Literal::f64_unsuffixed(value.abs());
    if value < 0.0 {
        quote!(-#literal)
    } else {
        quote!(#literal)
    }
}

fn op_tokens(op: BinOp) -> (TokenStream, u8) {
    match op {
        BinOp::Add => (quote!(+), SUM),
        BinOp::Sub => (quote!(-), SUM),
        BinOp::Mul => (quote!(*), PRODUCT),
        BinOp::Div => (quote!(/), PRODUCT),
    }
}

fn cmp_tokens(op: CmpOp) -> TokenStream {
    match op {
        CmpOp::Lt => quote!(<),
        CmpOp::Gt => quote!(>),
        CmpOp::Le => quote!(<=),
        CmpOp::Ge => quote!(>=),
        CmpOp::Eq => quote!(==),
        CmpOp::Ne => quote!(!=),
    }
}

fn assign_tokens(op: AssignOp) -> TokenStream {
    match op {
        AssignOp::Set => quote!(=),
        AssignOp::Add => quote!(+=),
        AssignOp::Sub => quote!(-=),
        AssignOp::Mul => quote!(*=),
        AssignOp::Div => quote!(/=),
    }
}

/// How an array expression is printed as an operand.
#[derive(Clone, Copy, PartialEq)]
enum ArrForm {
    /// A parameter: already a reference.
    Reference,
    /// An owned local: borrowed as an operand.
    Local,
    /// `a.t()`: a view, borrowed as an operand.
    View,
    /// An owned temporary.
    Temporary,
}

/// A function of the program and its context.
pub struct Printer<'p> {
    program: &'p [Function],
    f: &'p Function,
    /// The variables assigned to: only these are declared `mut`.
    assigned: HashSet<VarId>,
}

impl<'p> Printer<'p> {
    pub fn new(program: &'p [Function], f: &'p Function) -> Self {
        let assigned = assigned(&f.body);
        Printer {
            program,
            f,
            assigned,
        }
    }

    /// The test of the function: its value, gradient, pullback, graph and directional
    /// derivatives at each of its points, and its Hessian-vector products if `dual` (the macro
    /// runs it at dual numbers and writes `f_hvp`), through `check` of `tests/differential.rs`;
    /// ignored with `reason` if given.
    pub fn test(&self, ignore: Option<&str>, dual: bool) -> TokenStream {
        let name = format_ident!("{}", self.f.name);
        let grad = format_ident!("{}_grad", self.f.name);
        let vjp = format_ident!("{}_vjp", self.f.name);
        let jvp = format_ident!("{}_jvp", self.f.name);
        let points = self.f.points.iter().map(|point| {
            let values = point.iter().map(|&v| float(v));
            quote!([#(#values),*])
        });
        let args = self.args(&format_ident!("p"), false);
        let tangents = self.args(&format_ident!("t"), true);
        let gradients = self.numbered("g");
        let gradient_pattern = one_or_tuple(&gradients);
        let mut next = gradients.iter();
        let cotangents: Vec<TokenStream> = self
            .f
            .params
            .iter()
            .map(|&p| match self.f.ty(p) {
                Ty::Usize => quote!(()),
                _ => next
                    .next()
                    .expect("a gradient per float parameter")
                    .into_token_stream(),
            })
            .collect();
        let cotangent_pattern = match cotangents.as_slice() {
            [one] => quote!((#one,)),
            many => quote!((#(#many),*)),
        };
        let graph = format_ident!("{}_graph", self.f.name);
        let names = self.f.differentiated().map(|p| self.f.vars[p].name.clone());
        let hvp = if dual {
            let hvp = format_ident!("{}_hvp", self.f.name);
            let products = self.numbered("h");
            let product_pattern = one_or_tuple(&products);
            let directions = self.args(&format_ident!("v"), true);
            quote!(Some(&|p, v| {
                let (value, #gradient_pattern, #product_pattern) = #hvp(#args, #directions);
                (value, flat![#(#gradients),*], flat![#(#products),*])
            }))
        } else {
            quote!(None)
        };
        let ignore = ignore.map(|reason| quote!(#[ignore = #reason]));
        let test = format_ident!("{}_gradient", self.f.name);
        quote! {
            #[test]
            #ignore
            fn #test() {
                check(
                    &points![#(#points),*],
                    Companions {
                        f: &|p| #name(#args),
                        grad: &|p| {
                            let (value, #gradient_pattern) = #grad(#args);
                            (value, flat![#(#gradients),*])
                        },
                        vjp: &|p, c| {
                            let (value, pullback) = #vjp(#args);
                            let #cotangent_pattern = pullback(c);
                            (value, flat![#(#gradients),*])
                        },
                        graph: &|p| #graph(#args),
                        names: &[#(#names),*],
                        jvp: &|p, t| #jvp(#args, #tangents),
                        hvp: #hvp,
                    },
                );
            }
        }
    }

    /// `g0, g1, ..`: a name per differentiated parameter.
    fn numbered(&self, stem: &str) -> Vec<proc_macro2::Ident> {
        (0..self.f.differentiated().count())
            .map(|k| format_ident!("{stem}{k}"))
            .collect()
    }

    /// The arguments of a call built from the flat `&[f64]` named `from`: a point (every
    /// parameter), or with `tangents` a tangent (the differentiated parameters only), each
    /// passed as its parameter is.
    fn args(&self, from: &proc_macro2::Ident, tangents: bool) -> TokenStream {
        let mut offset = 0;
        let mut sizes = self.f.sizes.iter();
        let args = self.f.params.iter().filter_map(|&p| {
            let ty = self.f.ty(p);
            let (start, end) = (offset, offset + crate::ast::float_len(ty));
            offset = end;
            let (start, end) = (
                Literal::usize_unsuffixed(start),
                Literal::usize_unsuffixed(end),
            );
            Some(match ty {
                Ty::F64 => quote!(#from[#start]),
                Ty::Usize => {
                    let size = Literal::usize_unsuffixed(*sizes.next().expect("a size"));
                    if tangents {
                        return None;
                    }
                    quote!(#size)
                }
                Ty::Slice(_) => quote!(&#from[#start..#end]),
                Ty::Arr(Shape::D1(_)) => quote!(&arr1(&#from[#start..#end])),
                Ty::Arr(Shape::D2(r, c)) => {
                    let (r, c) = (Literal::usize_unsuffixed(r), Literal::usize_unsuffixed(c));
                    quote!(&arr2(&#from[#start..#end], #r, #c))
                }
                Ty::Vec(_) | Ty::Nested(_) => unreachable!("buffers are locals"),
            })
        });
        quote!(#(#args),*)
    }

    fn name(&self, var: VarId) -> proc_macro2::Ident {
        format_ident!("{}", self.f.vars[var].name)
    }

    /// The item: `#[grad::differentiate] fn name(params) -> f64 { body result }`.
    pub fn function(&self) -> TokenStream {
        let name = format_ident!("{}", self.f.name);
        let params = self.f.params.iter().map(|&p| {
            let param = self.name(p);
            let ty = match self.f.ty(p) {
                Ty::F64 => quote!(f64),
                Ty::Usize => quote!(usize),
                Ty::Slice(_) => quote!(&[f64]),
                Ty::Arr(Shape::D1(_)) => quote!(&Array1<f64>),
                Ty::Arr(Shape::D2(..)) => quote!(&Array2<f64>),
                Ty::Vec(_) | Ty::Nested(_) => unreachable!("buffers are locals"),
            };
            quote!(#param: #ty)
        });
        let body = self.block(&self.f.body);
        let result = self.expr(&self.f.result).at(LOWEST);
        quote! {
            #[grad::differentiate]
            fn #name(#(#params),*) -> f64 {
                #body
                #result
            }
        }
    }

    fn int(&self, e: &IntExpr) -> Printed {
        match e {
            IntExpr::Lit(k) => {
                Printed::new(Literal::usize_unsuffixed(*k).into_token_stream(), POSTFIX)
            }
            IntExpr::Var(v) => Printed::new(self.name(*v).into_token_stream(), POSTFIX),
            IntExpr::Len(v) => {
                let v = self.name(*v);
                Printed::new(quote!(#v.len()), POSTFIX)
            }
            IntExpr::Rows(v) => {
                let v = self.name(*v);
                Printed::new(quote!(#v.nrows()), POSTFIX)
            }
            IntExpr::Cols(v) => {
                let v = self.name(*v);
                Printed::new(quote!(#v.ncols()), POSTFIX)
            }
            IntExpr::Add(a, k) | IntExpr::Sub(a, k) => {
                let a = self.int(a).at(SUM);
                let k = Literal::usize_unsuffixed(*k);
                let op = if matches!(e, IntExpr::Add(..)) {
                    quote!(+)
                } else {
                    quote!(-)
                };
                Printed::new(quote!(#a #op #k), SUM)
            }
            IntExpr::Rem(a, k) => {
                let a = self.int(a).at(PRODUCT);
                let k = Literal::usize_unsuffixed(*k);
                Printed::new(quote!(#a % #k), PRODUCT)
            }
            IntExpr::RemLen(a, v) => {
                let a = self.int(a).at(PRODUCT);
                let v = self.name(*v);
                Printed::new(quote!(#a % #v.len()), PRODUCT)
            }
        }
    }

    fn cond(&self, c: &Cond) -> TokenStream {
        match c {
            Cond::Float(op, a, b) => {
                let (a, b, op) = (self.expr(a).at(SUM), self.expr(b).at(SUM), cmp_tokens(*op));
                quote!(#a #op #b)
            }
            Cond::Int(op, a, b) => {
                let (a, b, op) = (self.int(a).at(SUM), self.int(b).at(SUM), cmp_tokens(*op));
                quote!(#a #op #b)
            }
        }
    }

    fn expr(&self, e: &Expr) -> Printed {
        match e {
            Expr::Lit(v) => Printed::new(float(*v), POSTFIX),
            Expr::Var(v) => {
                let name = self.name(*v);
                if self.f.vars[*v].by_ref {
                    Printed::new(quote!(*#name), PREFIX)
                } else {
                    Printed::new(quote!(#name), POSTFIX)
                }
            }
            Expr::Elem(v, i) => {
                let (v, i) = (self.name(*v), self.int(i).at(LOWEST));
                Printed::new(quote!(#v[#i]), POSTFIX)
            }
            Expr::Elem2(v, i, j) => {
                let v = self.name(*v);
                let (i, j) = (self.int(i).at(LOWEST), self.int(j).at(LOWEST));
                Printed::new(quote!(#v[[#i, #j]]), POSTFIX)
            }
            Expr::Nested(v, indices) => {
                let v = self.name(*v);
                let indices = indices.iter().map(|i| self.int(i).at(LOWEST));
                Printed::new(quote!(#v #([#indices])*), POSTFIX)
            }
            // Always in parentheses: a cast left of `<` would read as the start of generic
            // arguments. The generator writes casts only as operands, where rustc accepts them.
            Expr::Cast(i) => {
                let i = self.int(i).at(POSTFIX);
                Printed::new(quote!((#i as f64)), POSTFIX)
            }
            Expr::Bin(op, a, b) => {
                let (op, strength) = op_tokens(*op);
                let (a, b) = (self.operand(a, strength), self.operand(b, strength + 1));
                Printed::new(quote!(#a #op #b), strength)
            }
            Expr::Neg(a) => {
                let a = self.expr(a).at(POSTFIX);
                Printed::new(quote!(-#a), PREFIX)
            }
            Expr::Unary(m, style, a) => {
                let method = format_ident!("{}", m.name());
                match style {
                    MethodStyle::Method => {
                        let a = self.expr(a).at(POSTFIX);
                        Printed::new(quote!(#a.#method()), POSTFIX)
                    }
                    MethodStyle::Path => {
                        let a = self.expr(a).at(LOWEST);
                        Printed::new(quote!(f64::#method(#a)), POSTFIX)
                    }
                }
            }
            Expr::Powi(a, k) => {
                let a = self.expr(a).at(POSTFIX);
                let magnitude = Literal::i32_unsuffixed(k.abs());
                let k = if *k < 0 {
                    quote!(-#magnitude)
                } else {
                    quote!(#magnitude)
                };
                Printed::new(quote!(#a.powi(#k)), POSTFIX)
            }
            Expr::Binary(m, a, b) => {
                let method = format_ident!("{}", m.name());
                let (a, b) = (self.expr(a).at(POSTFIX), self.expr(b).at(LOWEST));
                Printed::new(quote!(#a.#method(#b)), POSTFIX)
            }
            Expr::Call(index, style, args) => self.call(*index, *style, args),
            Expr::If(c, a, b) => {
                let c = self.cond(c);
                let (a, b) = (self.expr(a).at(LOWEST), self.expr(b).at(LOWEST));
                Printed::new(quote!(if #c { #a } else { #b }), LOWEST)
            }
            Expr::Match(scrutinee, arms) => {
                let scrutinee = self.int(scrutinee).at(LOWEST);
                let last = arms.len() - 1;
                let arms = arms.iter().enumerate().map(|(k, arm)| {
                    let arm = self.expr(arm).at(LOWEST);
                    if k == last {
                        quote!(_ => #arm,)
                    } else {
                        let k = Literal::usize_unsuffixed(k);
                        quote!(#k => #arm,)
                    }
                });
                Printed::new(quote!(match #scrutinee { #(#arms)* }), LOWEST)
            }
            Expr::Block(var, init, body) => {
                let var = self.name(*var);
                let (init, body) = (self.expr(init).at(LOWEST), self.expr(body).at(LOWEST));
                Printed::new(quote!({ let #var = #init; #body }), LOWEST)
            }
            Expr::Sum(a) => {
                let a = self.receiver(a);
                Printed::new(quote!(#a.sum()), POSTFIX)
            }
            Expr::Mean(a) => {
                let a = self.receiver(a);
                Printed::new(quote!(#a.mean().unwrap()), POSTFIX)
            }
            Expr::Dot(a, b) => {
                let (a, b) = (self.receiver(a), self.borrowed(b));
                Printed::new(quote!(#a.dot(#b)), POSTFIX)
            }
        }
    }

    /// A binary operand: `if`, `match` and blocks are parenthesised whatever their place.
    fn operand(&self, e: &Expr, at_least: u8) -> TokenStream {
        self.expr(e).at(at_least.max(COMPARE))
    }

    fn call(&self, index: usize, style: CallStyle, args: &[Arg]) -> Printed {
        let callee = format_ident!("{}", self.program[index].name);
        let args = args.iter().map(|arg| match arg {
            Arg::Float(e) => self.expr(e).at(LOWEST),
            Arg::Slice(v) => {
                let name = self.name(*v);
                if matches!(self.f.ty(*v), Ty::Vec(_)) {
                    quote!(&#name)
                } else {
                    quote!(#name)
                }
            }
        });
        let path = match style {
            CallStyle::Name => quote!(#callee),
            CallStyle::Path => quote!(self::#callee),
        };
        Printed::new(quote!(#path(#(#args),*)), POSTFIX)
    }

    fn arr_form(&self, e: &ArrExpr) -> ArrForm {
        match e {
            ArrExpr::Var(v) if self.f.vars[*v].by_ref => ArrForm::Reference,
            ArrExpr::Var(_) => ArrForm::Local,
            ArrExpr::T(_) => ArrForm::View,
            _ => ArrForm::Temporary,
        }
    }

    /// An array as the operand of an operator.
    fn arr_operand(&self, e: &ArrExpr, at_least: u8) -> TokenStream {
        let printed = self.arr(e);
        match self.arr_form(e) {
            ArrForm::Reference | ArrForm::Temporary => printed.at(at_least.max(COMPARE)),
            ArrForm::Local | ArrForm::View => {
                let tokens = printed.at(POSTFIX);
                quote!(&#tokens)
            }
        }
    }

    /// An array as the receiver of a method.
    fn receiver(&self, e: &ArrExpr) -> TokenStream {
        self.arr(e).at(POSTFIX)
    }

    /// An array as the argument of `dot`: a reference.
    fn borrowed(&self, e: &ArrExpr) -> TokenStream {
        let printed = self.arr(e);
        if self.arr_form(e) == ArrForm::Reference {
            printed.at(LOWEST)
        } else {
            let tokens = printed.at(POSTFIX);
            quote!(&#tokens)
        }
    }

    fn arr(&self, e: &ArrExpr) -> Printed {
        match e {
            ArrExpr::Var(v) => Printed::new(self.name(*v).into_token_stream(), POSTFIX),
            ArrExpr::T(v) => {
                let v = self.name(*v);
                Printed::new(quote!(#v.t()), POSTFIX)
            }
            ArrExpr::Bin(op, a, b) => {
                let (op, strength) = op_tokens(*op);
                let (a, b) = (
                    self.arr_operand(a, strength),
                    self.arr_operand(b, strength + 1),
                );
                Printed::new(quote!(#a #op #b), strength)
            }
            ArrExpr::ScalarRight(op, a, s) => {
                let (op, strength) = op_tokens(*op);
                let (a, s) = (self.arr_operand(a, strength), self.operand(s, strength + 1));
                Printed::new(quote!(#a #op #s), strength)
            }
            ArrExpr::ScalarLeft(op, s, a) => {
                let (op, strength) = op_tokens(*op);
                let (s, a) = (self.operand(s, strength), self.arr_operand(a, strength + 1));
                Printed::new(quote!(#s #op #a), strength)
            }
            ArrExpr::Unary(m, a) => {
                let method = format_ident!("{}", m.name());
                let a = self.receiver(a);
                Printed::new(quote!(#a.#method()), POSTFIX)
            }
            ArrExpr::Powi(a, k) => {
                let a = self.receiver(a);
                let magnitude = Literal::i32_unsuffixed(k.abs());
                let k = if *k < 0 {
                    quote!(-#magnitude)
                } else {
                    quote!(#magnitude)
                };
                Printed::new(quote!(#a.powi(#k)), POSTFIX)
            }
            ArrExpr::Powf(a, p) => {
                let (a, p) = (self.receiver(a), float(*p));
                Printed::new(quote!(#a.powf(#p)), POSTFIX)
            }
            ArrExpr::Dot(a, b) => {
                let (a, b) = (self.receiver(a), self.borrowed(b));
                Printed::new(quote!(#a.dot(#b)), POSTFIX)
            }
            ArrExpr::SumAxis(a, axis) => {
                let (a, axis) = (self.receiver(a), Literal::usize_unsuffixed(*axis));
                Printed::new(quote!(#a.sum_axis(Axis(#axis))), POSTFIX)
            }
            ArrExpr::MeanAxis(a, axis) => {
                let (a, axis) = (self.receiver(a), Literal::usize_unsuffixed(*axis));
                Printed::new(quote!(#a.mean_axis(Axis(#axis)).unwrap()), POSTFIX)
            }
        }
    }

    fn block(&self, stmts: &[Stmt]) -> TokenStream {
        stmts.iter().map(|s| self.stmt(s)).collect()
    }

    /// `name`, or `_` if `body` never reads it.
    fn binding(&self, var: VarId, body: &[Stmt]) -> TokenStream {
        if reads(body, None).contains(&var) {
            self.name(var).into_token_stream()
        } else {
            quote!(_)
        }
    }

    fn stmt(&self, s: &Stmt) -> TokenStream {
        match s {
            Stmt::Let {
                var,
                mutable,
                annotate,
                init,
            } => {
                let mutability = (*mutable && self.assigned.contains(var)).then(|| quote!(mut));
                let var = self.name(*var);
                let ty = annotate.then(|| quote!(: f64));
                let init = self.expr(init).at(LOWEST);
                quote!(let #mutability #var #ty = #init;)
            }
            Stmt::LetPair(a, b, x, y) => {
                let (a, b) = (self.name(*a), self.name(*b));
                let (x, y) = (self.expr(x).at(LOWEST), self.expr(y).at(LOWEST));
                quote!(let (#a, #b) = (#x, #y);)
            }
            Stmt::LetArr(var, e) => {
                let var = self.name(*var);
                let e = self.arr(e).at(LOWEST);
                quote!(let #var = #e;)
            }
            Stmt::LetVec(var, len) => {
                let (var, len) = (self.name(*var), self.int(len).at(LOWEST));
                quote!(let mut #var = vec![0.0_f64; #len];)
            }
            Stmt::LetZeros(var, shape) => {
                let var = self.name(*var);
                match shape {
                    Shape::D1(n) => {
                        let n = Literal::usize_unsuffixed(*n);
                        quote!(let mut #var: Array1<f64> = Array1::zeros(#n);)
                    }
                    Shape::D2(r, c) => {
                        let (r, c) = (Literal::usize_unsuffixed(*r), Literal::usize_unsuffixed(*c));
                        quote!(let mut #var: Array2<f64> = Array2::zeros((#r, #c));)
                    }
                }
            }
            Stmt::LetCounter(var) => {
                let var = self.name(*var);
                quote!(let mut #var = 0;)
            }
            Stmt::Assign(var, op, e) => {
                let (var, op, e) = (self.name(*var), assign_tokens(*op), self.expr(e).at(LOWEST));
                quote!(#var #op #e;)
            }
            Stmt::SetElem(var, i, op, e) => {
                let (var, i) = (self.name(*var), self.int(i).at(LOWEST));
                let (op, e) = (assign_tokens(*op), self.expr(e).at(LOWEST));
                quote!(#var[#i] #op #e;)
            }
            Stmt::SetElem2(var, i, j, e) => {
                let var = self.name(*var);
                let (i, j) = (self.int(i).at(LOWEST), self.int(j).at(LOWEST));
                let e = self.expr(e).at(LOWEST);
                quote!(#var[[#i, #j]] = #e;)
            }
            Stmt::LetNested(var, lens) => {
                let nested = match self.f.ty(*var) {
                    Ty::Nested(nested) => nested,
                    other => panic!("not a nested buffer: {other:?}"),
                };
                let var = self.name(*var);
                let mut lens = lens.iter().rev().map(|l| self.int(l).at(LOWEST));
                let innermost = lens.next().expect("a length per level");
                let mut init = match nested {
                    Nested::Arrays(..) => quote!([0.0_f64; #innermost]),
                    Nested::Vecs(..) | Nested::Cube(..) => quote!(vec![0.0_f64; #innermost]),
                };
                for len in lens {
                    init = quote!(vec![#init; #len]);
                }
                quote!(let mut #var = #init;)
            }
            Stmt::SetNested(var, indices, op, e) => {
                let var = self.name(*var);
                let indices = indices.iter().map(|i| self.int(i).at(LOWEST));
                let (op, e) = (assign_tokens(*op), self.expr(e).at(LOWEST));
                quote!(#var #([#indices])* #op #e;)
            }
            Stmt::LetLoop {
                vars,
                counter,
                bound,
                labelled,
                body,
                value,
            } => {
                let names: Vec<_> = vars.iter().map(|&v| self.name(v)).collect();
                let pattern = one_or_tuple(&names);
                let label = labelled.then(|| quote!('outer:));
                let (k, bound, body) = (
                    self.name(*counter),
                    self.int(bound).at(SUM),
                    self.block(body),
                );
                let value = self.break_value(value, false);
                quote! {
                    let #pattern = #label loop {
                        #body
                        #k += 1;
                        if #k == #bound {
                            break #value;
                        }
                    };
                }
            }
            Stmt::BreakValue(labelled, values) => {
                let label = labelled.then(|| quote!('outer));
                let value = self.break_value(values, *labelled);
                quote!(break #label #value;)
            }
            Stmt::If(c, then, other) => self.if_stmt(c, then, other.as_deref()),
            Stmt::For(kind, body) => self.for_loop(kind, body),
            Stmt::While(counter, bound, body) => {
                let (k, bound, body) = (
                    self.name(*counter),
                    self.int(bound).at(SUM),
                    self.block(body),
                );
                quote!(while #k < #bound { #body #k += 1; })
            }
            Stmt::LoopBreak(counter, bound, body) => {
                let (k, bound, body) = (
                    self.name(*counter),
                    self.int(bound).at(SUM),
                    self.block(body),
                );
                quote!(loop { if #k >= #bound { break; } #body #k += 1; })
            }
            Stmt::Return(e) => {
                let e = self.expr(e).at(LOWEST);
                quote!(return #e;)
            }
            Stmt::Continue => quote!(continue;),
            Stmt::Break => quote!(break;),
        }
    }

    /// The value of a `break`: `e`, or `(a, b)` of more. A block after a label is in
    /// parentheses (`break 'outer ({ .. })`: rustc warns of `break 'outer { .. }`, which reads
    /// like a labelled block).
    fn break_value(&self, values: &[Expr], labelled: bool) -> TokenStream {
        let values: Vec<TokenStream> = values
            .iter()
            .map(|e| match e {
                Expr::Block(..) if labelled && values.len() == 1 => self.expr(e).at(POSTFIX),
                _ => self.expr(e).at(LOWEST),
            })
            .collect();
        match values.as_slice() {
            [one] => one.clone(),
            many => quote!((#(#many),*)),
        }
    }

    fn if_stmt(&self, c: &Cond, then: &[Stmt], other: Option<&[Stmt]>) -> TokenStream {
        let (c, then) = (self.cond(c), self.block(then));
        match other {
            None => quote!(if #c { #then }),
            Some([Stmt::If(c2, then2, other2)]) => {
                let chained = self.if_stmt(c2, then2, other2.as_deref());
                quote!(if #c { #then } else #chained)
            }
            Some(other) => {
                let other = self.block(other);
                quote!(if #c { #then } else { #other })
            }
        }
    }

    fn for_loop(&self, kind: &Loop, body: &[Stmt]) -> TokenStream {
        let (pattern, iterator) = match kind {
            Loop::Range {
                index,
                lo,
                hi,
                rev,
                step,
            } => {
                let (lo, hi) = (self.int(lo).at(SUM), self.int(hi).at(SUM));
                let mut range = if *rev || step.is_some() {
                    quote!((#lo..#hi))
                } else {
                    quote!(#lo..#hi)
                };
                if *rev {
                    range = quote!(#range.rev());
                }
                if let Some(step) = step {
                    let step = Literal::usize_unsuffixed(*step);
                    range = quote!(#range.step_by(#step));
                }
                (self.binding(*index, body), range)
            }
            Loop::Elements { elem, seq, style } => {
                let (x, seq) = (self.binding(*elem, body), self.name(*seq));
                let bound = x.to_string() != "_";
                match style {
                    ElementStyle::RefPattern if bound => (quote!(&#x), quote!(#seq.iter())),
                    ElementStyle::RefPattern | ElementStyle::Iter => (x, quote!(#seq.iter())),
                    ElementStyle::Direct => (x, quote!(#seq)),
                    ElementStyle::Borrow => (x, quote!(&#seq)),
                }
            }
            Loop::Enumerate { index, elem, seq } => {
                let (i, x, seq) = (
                    self.binding(*index, body),
                    self.binding(*elem, body),
                    self.name(*seq),
                );
                let x = if x.to_string() == "_" { x } else { quote!(&#x) };
                (quote!((#i, #x)), quote!(#seq.iter().enumerate()))
            }
            Loop::Zip {
                left,
                right,
                left_seq,
                right_seq,
            } => {
                let reference = |var| {
                    let x = self.binding(var, body);
                    if x.to_string() == "_" { x } else { quote!(&#x) }
                };
                let (x, y) = (reference(*left), reference(*right));
                let (xs, ys) = (self.name(*left_seq), self.name(*right_seq));
                (quote!((#x, #y)), quote!(#xs.iter().zip(#ys.iter())))
            }
        };
        let body = self.block(body);
        quote!(for #pattern in #iterator { #body })
    }
}
