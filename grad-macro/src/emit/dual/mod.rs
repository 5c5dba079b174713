//! What `f_jvp` and `f_hvp` share: the copy of a function at dual numbers, and the lifting of
//! arguments into that world and of results back out of it.
//!
//! A function written in `f64` is copied as an item inside the generated function's body,
//! after `type f64 = grad::Dual<f64>;`: an item in a block sees every item the original sees
//! (also when the original is itself inside a function), and the alias shadows the primitive
//! only there. What the alias cannot reach is rewritten ([`DualRewrite`]): float literals
//! (`2.0` is a primitive whatever `f64` names) become `FromLiteral::from_literal(2.0)`, casts
//! `e as T` become `CastTo::<T>::cast_to(e)`, `f64::from(e)` a cast, and `std::f64::consts::PI`
//! a lifted constant.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::punctuated::Punctuated;
use syn::visit_mut::{self, VisitMut};
use syn::{Expr, Ident, Token};

use crate::plan::{Crossing, Form, TwinRoot, World};
use crate::sig::Signature;

mod twin_calls;

/// The items that make `float` mean dual numbers in the block they are printed in.
pub fn alias(float: &Ident) -> TokenStream {
    quote! {
        #[allow(non_camel_case_types, dead_code)]
        type #float = ::grad::Dual<::core::primitive::#float>;
        #[allow(unused_imports)]
        use ::grad::__private::{
            Float as _, LiftPlace as _, LiftPlaceCopy as _, LiftPlaceRef as _, ScaledSquareOfAny as _,
            ScaledSquareOfDual as _,
        };
    }
}

/// `items` rewritten for a block where `float` means `Dual<float>`, their calls of the
/// functions named in `companions` (and of their rules, `g_vjp`) sent to those functions'
/// companions at dual numbers (`__grad_dual_g`, `__grad_dual_g_vjp`); the items of a generic
/// function are kept as they are (they are called at `A = Dual<A>`).
/// The places read from the variables named in `roots.places` (`self.k`, `s.w[i]`:
/// parameters that cross as they are, structs written in the float, see [`Roots`]) are
/// lifted as constants where they have a twin at dual numbers, copied or lent otherwise
/// (`grad::__private::Place`); the methods called on `roots.structs` go to their companions
/// whatever their names (`self.sum(x)`).
pub fn rewritten(
    world: &World,
    items: TokenStream,
    companions: &[String],
    roots: &Roots,
) -> TokenStream {
    let World::Alias(float) = world else {
        return items;
    };
    match syn::parse2::<syn::File>(items.clone()) {
        Ok(mut file) => {
            DualRewrite {
                float,
                companions,
                roots,
                constants: std::collections::BTreeSet::new(),
            }
            .visit_file_mut(&mut file);
            file.into_token_stream()
        }
        // Printed items always parse; if they did not, rustc says where.
        Err(_) => items,
    }
}

/// The parameters a copy at dual numbers reads specially.
pub struct Roots {
    /// Those whose places it lifts: they cross as they are and may hold floats (`self` or
    /// `s: &Spring`, not `labels: &[usize]`).
    pub places: Vec<String>,
    /// The user's structs, whose methods it calls through their companions
    /// (`plan::struct_roots`).
    pub structs: Vec<String>,
    /// The types of struct parameters written in the float that cross to their twins
    /// (`&Spring`): the copy names `<Spring as LiftDual>::Dual` wherever it names `Spring`.
    pub twins: Vec<syn::Type>,
    /// The parameters that cross to the twins of structs written in the float (`g: &Gaussian`,
    /// and `self` as [`receiver_twin`] in a method whose receiver crosses): the methods called
    /// on them go to the struct's methods at dual numbers, which take the twin
    /// (`Gaussian::__grad_twin_log_pdf(&g, x)` for `g.log_pdf(x)`, `plan/dual/twins.rs`).
    pub twin_receivers: Vec<TwinRoot>,
}

impl Roots {
    pub fn of(sig: &Signature, world: &World, params: &[Crossing]) -> Self {
        let mut twin_receivers = crate::plan::twin_roots(sig, world, params);
        for root in &mut twin_receivers {
            if root.name == "self" {
                root.name = receiver_twin();
            }
        }
        Self {
            places: place_roots(sig, params),
            structs: crate::plan::struct_roots(sig),
            twins: twins(sig, params),
            twin_receivers,
        }
    }
}

/// The struct types, written in the float, of the parameters that cross to their twins.
pub fn twins(sig: &Signature, params: &[Crossing]) -> Vec<syn::Type> {
    let mut twins: Vec<syn::Type> = Vec::new();
    for (param, crossing) in sig.params.iter().zip(params) {
        if !matches!(
            crossing,
            Crossing::Lifted {
                form: Form::Struct,
                ..
            }
        ) || crate::plan::twin_struct(&param.ty).is_none()
        {
            continue;
        }
        let ty = match &param.ty {
            syn::Type::Reference(reference) => (*reference.elem).clone(),
            ty => ty.clone(),
        };
        if !twins.contains(&ty) {
            twins.push(ty);
        }
    }
    twins
}

/// The parameters whose places a copy at dual numbers lifts: those that cross as they are and
/// may hold floats (`self` or `s: &Spring`, not `labels: &[usize]`).
fn place_roots(sig: &Signature, params: &[Crossing]) -> Vec<String> {
    sig.params
        .iter()
        .zip(params)
        .filter(|(param, crossing)| {
            matches!(crossing, Crossing::AsIs)
                && crate::types::classify(&param.ty) != crate::types::TypeClass::NotReal
        })
        .map(|(param, _)| param.ident.to_string())
        .collect()
}

/// Each arm of a `match` on data that crosses as it is (`match kind { Loss::Huber(delta) => ..
/// }` with `kind: Loss`): the names its pattern binds by value, lifted at the top of its body
/// ([`with_lifted_bindings`]).
fn lift_arm_bindings(matched: &mut syn::ExprMatch) {
    for arm in &mut matched.arms {
        if let Some(body) = with_lifted_bindings(&arm.pat, &arm.body) {
            *arm.body = body;
        }
    }
}

/// `body` after the names `pat` binds by value are lifted as places of data are (`Place`: a
/// float as a constant dual number, an integer copied), so that `d.abs() <= delta` compares
/// dual numbers; `None` when `pat` binds none.
fn with_lifted_bindings<T: syn::parse::Parse>(pat: &syn::Pat, body: &impl ToTokens) -> Option<T> {
    let mut names = Vec::new();
    by_value_bindings(pat, &mut names);
    if names.is_empty() {
        return None;
    }
    let lifted = names.iter().map(lifted_place);
    Some(syn::parse_quote!({
        #(let #names = #lifted;)*
        #body
    }))
}

/// `place` lifted as data is (`grad::__private::Place`, chosen by method resolution: a value
/// with a twin as a constant dual number, a `Copy` value copied, any other lent).
fn lifted_place(place: &impl ToTokens) -> Expr {
    syn::parse_quote!((&&::grad::__private::Place(&#place)).lift_place())
}

/// The names a pattern binds by value (`delta` in `Loss::Huber(delta)`; not `ref` bindings).
fn by_value_bindings(pat: &syn::Pat, names: &mut Vec<Ident>) {
    struct Bindings<'a>(&'a mut Vec<Ident>);
    impl<'ast> syn::visit::Visit<'ast> for Bindings<'_> {
        fn visit_pat_ident(&mut self, binding: &'ast syn::PatIdent) {
            if binding.by_ref.is_none() && binding.subpat.is_none() {
                self.0.push(binding.ident.clone());
            }
            syn::visit::visit_pat_ident(self, binding);
        }
    }
    syn::visit::Visit::visit_pat(&mut Bindings(names), pat);
}

/// Whether `expr` is a place rooted at one of `roots` through fields and indices (`self.k`,
/// `s.w[i].m`), not the root alone.
fn is_rooted_place(expr: &Expr, roots: &[String]) -> bool {
    let mut inner = match expr {
        Expr::Field(field) => &*field.base,
        Expr::Index(index) => &*index.expr,
        _ => return false,
    };
    loop {
        match inner {
            Expr::Field(field) => inner = &field.base,
            Expr::Index(index) => inner = &index.expr,
            Expr::Paren(paren) => inner = &paren.expr,
            Expr::Path(path) => {
                return path.qself.is_none()
                    && path
                        .path
                        .get_ident()
                        .is_some_and(|ident| roots.iter().any(|root| ident == root));
            }
            _ => return false,
        }
    }
}

/// `ty` with `float` replaced by `::grad::Dual<float>` wherever it names a type: a signature
/// at dual numbers written outside the block where the alias makes `float` mean that.
pub fn at_dual(ty: &syn::Type, float: &Ident) -> syn::Type {
    struct Lift<'a>(&'a Ident);
    impl VisitMut for Lift<'_> {
        fn visit_type_mut(&mut self, ty: &mut syn::Type) {
            if let syn::Type::Path(path) = ty
                && path.qself.is_none()
                && path.path.is_ident(self.0)
            {
                let float = self.0;
                *ty = syn::parse_quote!(::grad::Dual<::core::primitive::#float>);
                return;
            }
            visit_mut::visit_type_mut(self, ty);
        }
    }
    let mut ty = ty.clone();
    Lift(float).visit_type_mut(&mut ty);
    ty
}

/// `ty` with each of `twins` (struct types written in the float, `Spring`) replaced by its twin
/// at dual numbers, `<Spring as LiftDual>::Dual`, wherever it names a type.
pub fn at_twins(ty: &syn::Type, twins: &[syn::Type]) -> syn::Type {
    struct Lift<'a>(&'a [syn::Type]);
    impl VisitMut for Lift<'_> {
        fn visit_type_mut(&mut self, ty: &mut syn::Type) {
            if self.0.contains(ty) {
                *ty = syn::parse_quote!(<#ty as ::grad::__private::LiftDual>::Dual);
                return;
            }
            visit_mut::visit_type_mut(self, ty);
        }
    }
    let mut ty = ty.clone();
    if !twins.is_empty() {
        Lift(twins).visit_type_mut(&mut ty);
    }
    ty
}

/// The float literal, cast and constant rewrites of a copy at dual numbers, and its calls of
/// companions.
struct DualRewrite<'a> {
    float: &'a Ident,
    companions: &'a [String],
    roots: &'a Roots,
    /// The constant items the function being rewritten reads (`PI`, `DT`), each lifted once at
    /// the top of its body into a local ([`constant_local`]) that the reads use.
    constants: std::collections::BTreeSet<Ident>,
}

/// The local a copy at dual numbers reads a constant item through: `__grad_constant_pi` for
/// `PI`.
fn constant_local(constant: &Ident) -> Ident {
    quote::format_ident!(
        "__grad_constant_{}",
        crate::naming::stem(constant).to_lowercase()
    )
}

const PRIMITIVES: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "f32",
    "f64",
];

impl DualRewrite<'_> {
    /// Whether `expr` is data that crosses as it is (`kind`, `*kind`, `self.mode`): one of
    /// `roots.places` or a place of one.
    fn is_data_root(&self, expr: &Expr) -> bool {
        let mut root = expr;
        loop {
            match root {
                Expr::Paren(paren) => root = &paren.expr,
                Expr::Group(group) => root = &group.expr,
                Expr::Unary(unary) if matches!(unary.op, syn::UnOp::Deref(_)) => {
                    root = &unary.expr;
                }
                Expr::Path(path) if path.qself.is_none() => {
                    return path
                        .path
                        .get_ident()
                        .is_some_and(|ident| self.roots.places.iter().any(|root| ident == root));
                }
                _ => return is_rooted_place(root, &self.roots.places),
            }
        }
    }

    fn lifted(&self, value: TokenStream) -> Expr {
        let float = self.float;
        syn::parse_quote!(<#float as ::grad::__private::FromLiteral>::from_literal(#value))
    }

    fn cast(&self, expr: &Expr, ty: &syn::Type) -> Expr {
        syn::parse_quote!(<_ as ::grad::__private::CastTo<#ty>>::cast_to(#expr))
    }

    /// In `x * 2.0` and `1.0 - x` (`+ - * / %` with one literal operand), the literal, lifted
    /// already, becomes a `grad::dual::Constant`, whose zero tangent the compiler knows: a
    /// product with `2.0 + 0ε` would cost a multiplication by 0 and an addition it must keep.
    fn literal_operand(&self, binary: &mut syn::ExprBinary) {
        use syn::BinOp::{Add, Div, Mul, Rem, Sub};
        if !matches!(binary.op, Add(_) | Sub(_) | Mul(_) | Div(_) | Rem(_)) {
            return;
        }
        let side = match (lifted_literal(&binary.left), lifted_literal(&binary.right)) {
            (Some(value), None) => Some((&mut binary.left, value)),
            (None, Some(value)) => Some((&mut binary.right, value)),
            _ => None,
        };
        if let Some((operand, value)) = side {
            let float = self.float;
            **operand = syn::parse_quote!(
                <#float as ::grad::__private::LiteralOperand>::operand(#value)
            );
        }
    }

    /// The same in a printed `f_vjp`, where `2.0 * x` is `MulVjp::mul_vjp(&2.0, &x)` (and
    /// `add_vjp`, `sub_vjp`, `div_vjp`): the literal operand becomes a `Constant`, whose rules
    /// skip the products of its zero tangent.
    fn literal_rule_operand(&self, call: &mut syn::ExprCall) {
        let Expr::Path(func) = &*call.func else {
            return;
        };
        let is_rule = func.path.segments.last().is_some_and(|last| {
            ["add_vjp", "sub_vjp", "mul_vjp", "div_vjp"].contains(&last.ident.to_string().as_str())
        });
        if !is_rule || call.args.len() != 2 {
            return;
        }
        let literal = |arg: &Expr| match arg {
            Expr::Reference(reference) if reference.mutability.is_none() => {
                lifted_literal(&reference.expr)
            }
            _ => None,
        };
        let side = match (literal(&call.args[0]), literal(&call.args[1])) {
            (Some(value), None) => Some((0, value)),
            (None, Some(value)) => Some((1, value)),
            _ => None,
        };
        if let Some((index, value)) = side {
            let float = self.float;
            call.args[index] = syn::parse_quote!(
                &<#float as ::grad::__private::LiteralOperand>::operand(#value)
            );
        }
    }

    /// `std::f64::consts::PI`, `f64::consts::PI`: the constant, lifted.
    fn is_float_constant(&self, path: &syn::Path) -> bool {
        let names: Vec<String> = path
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect();
        names
            .windows(2)
            .any(|pair| (pair[0] == "f64" || pair[0] == "f32") && pair[1] == "consts")
    }

    /// The arguments of `vec![..]`, `array![..]`, `assert!(..)`, rewritten where they parse
    /// as expressions.
    fn rewrite_macro(&mut self, mac: &mut syn::Macro) {
        let parser = Punctuated::<Expr, Token![,]>::parse_terminated;
        if let Ok(mut args) = syn::parse::Parser::parse2(parser, mac.tokens.clone()) {
            for arg in &mut args {
                self.visit_expr_mut(arg);
            }
            mac.tokens = args.into_token_stream();
            return;
        }
        let repeat = |input: syn::parse::ParseStream| {
            let value: Expr = input.parse()?;
            let semi: Token![;] = input.parse()?;
            let count: Expr = input.parse()?;
            Ok((value, semi, count))
        };
        if let Ok((mut value, semi, mut count)) =
            syn::parse::Parser::parse2(repeat, mac.tokens.clone())
        {
            self.visit_expr_mut(&mut value);
            self.visit_expr_mut(&mut count);
            mac.tokens = quote!(#value #semi #count);
        }
    }
}

impl DualRewrite<'_> {
    /// A place read from a root, lifted (see [`rewritten`]), its indices rewritten;
    /// `false` if `expr` is not one. The receiver of a query (`self.w.len()`) is left alone.
    fn lift_place(&mut self, expr: &mut Expr) -> bool {
        if let Expr::MethodCall(call) = expr
            && crate::syntax::QUERY_METHODS.contains(&crate::naming::stem(&call.method).as_str())
            && is_rooted_place(&call.receiver, &self.roots.places)
        {
            for arg in &mut call.args {
                self.visit_expr_mut(arg);
            }
            return true;
        }
        if !is_rooted_place(expr, &self.roots.places) {
            return false;
        }
        let mut indices = &mut *expr;
        loop {
            match indices {
                Expr::Field(field) => indices = &mut field.base,
                Expr::Index(index) => {
                    self.visit_expr_mut(&mut index.index);
                    indices = &mut index.expr;
                }
                Expr::Paren(paren) => indices = &mut paren.expr,
                _ => break,
            }
        }
        // Method syntax, for method resolution to choose (the traits are in scope: `alias`).
        *expr = lifted_place(expr);
        true
    }
}

impl VisitMut for DualRewrite<'_> {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        *ty = at_twins(ty, &self.roots.twins);
    }

    fn visit_expr_mut(&mut self, expr: &mut Expr) {
        if self.lift_place(expr) {
            return;
        }
        if let Expr::Match(matched) = expr
            && self.is_data_root(&matched.expr)
        {
            lift_arm_bindings(matched);
        }
        if let Expr::If(branch) = expr
            && let Expr::Let(binding) = &*branch.cond
            && self.is_data_root(&binding.expr)
            && let Some(then) = with_lifted_bindings(&binding.pat, &branch.then_branch)
        {
            branch.then_branch = then;
        }
        visit_mut::visit_expr_mut(self, expr);
        if let Some(call) = twin_calls::twin_call(self.roots, expr) {
            *expr = call;
            return;
        }
        if let Expr::Call(call) = expr
            && let Expr::Path(func) = &mut *call.func
            && func.qself.is_none()
            && crate::plan::is_companion_call(&func.path, self.companions)
            && let Some(last) = func.path.segments.last_mut()
        {
            last.ident = crate::naming::dual_companion(&last.ident);
        }
        if let Expr::MethodCall(call) = expr
            && crate::plan::is_companion_method(call, self.companions, &self.roots.structs)
        {
            call.method = crate::naming::dual_companion(&call.method);
        }
        match expr {
            Expr::Binary(binary) => self.literal_operand(binary),
            Expr::Call(call) => self.literal_rule_operand(call),
            _ => {}
        }
        if let Some(square) = scaled_square(expr) {
            *expr = square;
            return;
        }
        let replacement = match &*expr {
            Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Float(float),
                ..
            }) if float.suffix().is_empty() || *self.float == float.suffix() => {
                let digits = syn::LitFloat::new(float.base10_digits(), float.span());
                Some(self.lifted(quote!(#digits)))
            }
            Expr::Cast(cast)
                if crate::types::last_segment(&cast.ty).is_some_and(|segment| {
                    PRIMITIVES.contains(&segment.ident.to_string().as_str())
                }) =>
            {
                Some(self.cast(&cast.expr, &cast.ty))
            }
            Expr::Call(call) if call.args.len() == 1 => match &*call.func {
                Expr::Path(func)
                    if func.qself.is_none()
                        && func.path.segments.len() == 2
                        && func.path.segments[0].ident == *self.float
                        && func.path.segments[1].ident == "from" =>
                {
                    let float = self.float;
                    Some(self.cast(&call.args[0], &syn::parse_quote!(#float)))
                }
                _ => None,
            },
            // `h[i] += h[j]` is a method call on dual numbers (`AddAssign`), which borrows `h`
            // mutably before reading `h[j]`: the operand is read first, as for primitives.
            Expr::Binary(binary) if is_compound_assignment(&binary.op) => {
                let (left, op, right) = (&binary.left, &binary.op, &binary.right);
                let rhs = crate::naming::hygienic("rhs");
                Some(syn::parse_quote!({ let #rhs = #right; #left #op #rhs; }))
            }
            Expr::Path(path) if path.qself.is_none() && self.is_float_constant(&path.path) => {
                let path = &path.path;
                Some(self.lifted(quote!(#path as ::core::primitive::f64)))
            }
            // A constant item (`PI` after `use std::f64::consts::PI`, `const DT: f64`, `N`):
            // read through a local lifted at the top of the function (`visit_item_fn_mut`).
            Expr::Path(path)
                if path.qself.is_none()
                    && path
                        .path
                        .get_ident()
                        .is_some_and(crate::naming::is_constant_name) =>
            {
                let constant = path.path.get_ident().expect("a name").clone();
                let local = constant_local(&constant);
                self.constants.insert(constant);
                Some(syn::parse_quote!(#local))
            }
            _ => None,
        };
        if let Some(replacement) = replacement {
            *expr = replacement;
        }
    }

    fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
        self.rewrite_macro(mac);
    }

    /// The constant items the body reads, each lifted once before it: a float or an array of
    /// floats as a constant dual number, anything else copied or lent, as places of data are
    /// (`Place`), so that `2.0 * PI` multiplies dual numbers, `x[N]` indexes with a `usize`, and
    /// `WEIGHTS.iter()` borrows a local rather than a temporary.
    fn visit_item_fn_mut(&mut self, item: &mut syn::ItemFn) {
        let outer = std::mem::take(&mut self.constants);
        visit_mut::visit_item_fn_mut(self, item);
        let lifts: Vec<syn::Stmt> = self
            .constants
            .iter()
            .map(|constant| {
                let local = constant_local(constant);
                let lifted = lifted_place(constant);
                syn::parse_quote! {
                    #[allow(non_snake_case, unused_variables)]
                    let #local = #lifted;
                }
            })
            .collect();
        item.block.stmts.splice(0..0, lifts);
        self.constants = outer;
    }

    // What must stay a constant expression keeps its constant items as written: an array's
    // length (`[0.0; N]`), a const generic argument (`f::<N>()`), a pattern (`0..=MAX`).
    fn visit_expr_repeat_mut(&mut self, repeat: &mut syn::ExprRepeat) {
        self.visit_expr_mut(&mut repeat.expr);
    }

    fn visit_generic_argument_mut(&mut self, argument: &mut syn::GenericArgument) {
        if !matches!(argument, syn::GenericArgument::Const(_)) {
            visit_mut::visit_generic_argument_mut(self, argument);
        }
    }

    fn visit_pat_mut(&mut self, pat: &mut syn::Pat) {
        if !matches!(
            pat,
            syn::Pat::Range(_) | syn::Pat::Lit(_) | syn::Pat::Path(_)
        ) {
            visit_mut::visit_pat_mut(self, pat);
        }
    }
}

/// `c * x * x` with `x` a local name, as `(&&ScaledSquare::new(c, x)).scaled_square()`: at dual
/// numbers its tangent is `ċ x x + 2 (c x) ẋ`, which for a literal `c` (lifted already as a
/// `LiteralOperand`) is one product where the product rule twice takes three
/// (`grad_runtime::dual::scaled_square`); the value is `(c x) x`, as written, and `c` is
/// evaluated once, before `x`, as in the source.
fn scaled_square(expr: &Expr) -> Option<Expr> {
    let Expr::Binary(outer) = expr else {
        return None;
    };
    let mut left = &*outer.left;
    while let Expr::Paren(paren) = left {
        left = &paren.expr;
    }
    let Expr::Binary(inner) = left else {
        return None;
    };
    let local = |expr: &Expr| match expr {
        Expr::Path(path) if path.qself.is_none() && path.attrs.is_empty() => {
            path.path.get_ident().cloned()
        }
        _ => None,
    };
    let x = local(&inner.right)?;
    let same = local(&outer.right).is_some_and(|other| other == x);
    let products = matches!(outer.op, syn::BinOp::Mul(_)) && matches!(inner.op, syn::BinOp::Mul(_));
    (products && same).then(|| {
        let c = &inner.left;
        syn::parse_quote!((&&::grad::__private::ScaledSquare::new(#c, #x)).scaled_square())
    })
}

/// The argument `x` of a literal lifted as `<f64 as FromLiteral>::from_literal(x)`.
fn lifted_literal(expr: &Expr) -> Option<Expr> {
    let Expr::Call(call) = expr else {
        return None;
    };
    let Expr::Path(func) = &*call.func else {
        return None;
    };
    let last = func.path.segments.last()?;
    (func.qself.is_some() && last.ident == "from_literal" && call.args.len() == 1)
        .then(|| call.args[0].clone())
}

fn is_compound_assignment(op: &syn::BinOp) -> bool {
    use syn::BinOp::*;
    matches!(
        op,
        AddAssign(_)
            | SubAssign(_)
            | MulAssign(_)
            | DivAssign(_)
            | RemAssign(_)
            | BitXorAssign(_)
            | BitAndAssign(_)
            | BitOrAssign(_)
            | ShlAssign(_)
            | ShrAssign(_)
    )
}

/// The statements that lift each parameter `p` into the dual world as `p` (shadowing it), with
/// its tangent (`p_dot`, see [`tangent_ident`](super::jvp::tangent_ident)) when it is
/// differentiated, and the arguments that pass them on as the parameters are passed. A
/// parameter marked in `views` is passed as a view of its value and tangent
/// (`grad::__private::DualSlice`), not copied.
pub fn lift_params(
    sig: &Signature,
    crossings: &[Crossing],
    views: &[bool],
) -> (TokenStream, Vec<TokenStream>) {
    let mut lets = TokenStream::new();
    let mut args = Vec::new();
    for (index, (param, crossing)) in sig.params.iter().zip(crossings).enumerate() {
        let ident = &param.ident;
        let tangent = param
            .differentiated
            .then(|| super::jvp::tangent_ident(sig, param));
        if views.get(index).copied().unwrap_or(false) {
            let view = match &tangent {
                Some(tangent) => quote!(::grad::__private::lift_slice_view(#ident, #tangent)),
                None => quote!(::grad::__private::lift_slice_view_constant(#ident)),
            };
            lets.extend(quote!(let #ident = #view;));
            args.push(quote!(#ident));
            continue;
        }
        match crossing {
            Crossing::AsIs => args.push(quote!(#ident)),
            Crossing::Lifted { form, by_ref } => {
                let lifted = lift(ident, *form, *by_ref, tangent.as_ref());
                // `self` cannot be shadowed: its twin has a name of its own.
                let ident = &if ident == "self" {
                    receiver_twin()
                } else {
                    ident.clone()
                };
                lets.extend(quote!(let #ident = #lifted;));
                if *form == Form::View {
                    // The owned array lives on, shadowed, while its view is used.
                    lets.extend(quote!(let #ident = #ident.view();));
                }
                args.push(if *by_ref {
                    quote!(&#ident)
                } else {
                    quote!(#ident)
                });
            }
        }
    }
    (lets, args)
}

/// The lifted value of a parameter.
fn lift(ident: &Ident, form: Form, by_ref: bool, tangent: Option<&Ident>) -> TokenStream {
    if form == Form::Struct {
        let (value, tangent) = if by_ref {
            (quote!(#ident), tangent.map(|t| quote!(#t)))
        } else {
            (quote!(&#ident), tangent.map(|t| quote!(&#t)))
        };
        return match tangent {
            Some(tangent) => quote!(::grad::__private::LiftDual::lift_dual(#value, #tangent)),
            None => quote!(::grad::__private::LiftDual::lift_dual_constant(#value)),
        };
    }
    let function = match form {
        Form::Float => "float",
        Form::Slice => "slice",
        Form::Fixed => "fixed",
        // Element by element, through `LiftDual`: `lift_nested(xs, ẋs)`.
        Form::Nested => "nested",
        // Lifted above.
        Form::Array | Form::View | Form::Struct => "array",
    };
    let (value, tangent) = match (form, by_ref) {
        (Form::Float | Form::Fixed, true) => (quote!(*#ident), tangent.map(|t| quote!(*#t))),
        (Form::Float | Form::Fixed, false) => (quote!(#ident), tangent.map(|t| quote!(#t))),
        (_, true) => (quote!(#ident), tangent.map(|t| quote!(#t))),
        (_, false) => (quote!(&#ident), tangent.map(|t| quote!(&#t))),
    };
    match tangent {
        Some(tangent) => {
            let function = quote::format_ident!("lift_{function}");
            quote!(::grad::__private::#function(#value, #tangent))
        }
        None => {
            let function = quote::format_ident!("lift_{function}_constant");
            quote!(::grad::__private::#function(#value))
        }
    }
}

/// The name `f_jvp` and `f_hvp` give the receiver's twin at dual numbers.
pub fn receiver_twin() -> Ident {
    Ident::new("__grad_self", proc_macro2::Span::call_site())
}

/// `(value, tangent)` of a dual value of the given form, into primitive values; `ty` is the
/// primitive type, which a struct's split names (its twin does not say it).
pub fn split_typed(value: TokenStream, form: Form, ty: &syn::Type) -> TokenStream {
    if form == Form::Struct {
        return quote!(<#ty as ::grad::__private::LiftDual>::split_dual(#value));
    }
    split(value, form)
}

/// `(value, tangent)` of a dual value of the given form, into primitive values.
pub fn split(value: TokenStream, form: Form) -> TokenStream {
    let function = match form {
        Form::Float => "split_float",
        Form::Slice => "split_vec",
        Form::Fixed => "split_fixed",
        Form::Array | Form::View => "split_array",
        // The plan gives no result these forms, nor a differentiated nested parameter; a
        // struct's split names the type (`split_typed`).
        Form::Struct | Form::Nested => {
            return quote!(::grad::__private::LiftDual::split_dual(#value));
        }
    };
    let function = Ident::new(function, proc_macro2::Span::call_site());
    quote!(::grad::__private::#function(#value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The expressions of `body` that became `ScaledSquare`s, as the rewrite prints them.
    fn scaled_squares(body: TokenStream) -> Vec<String> {
        let float: Ident = syn::parse_quote!(f64);
        let items = quote!(fn f(b: f64, c: f64) -> f64 { #body });
        let roots = Roots {
            places: Vec::new(),
            structs: Vec::new(),
            twins: Vec::new(),
            twin_receivers: Vec::new(),
        };
        let printed = rewritten(&World::Alias(float), items, &[], &roots).to_string();
        printed
            .match_indices("ScaledSquare :: new (")
            .map(|(at, _)| printed[at..].split(")) .").next().unwrap().to_string())
            .collect()
    }

    #[test]
    fn a_factor_times_a_name_twice_is_a_scaled_square() {
        let found = scaled_squares(quote!(100.0 * b * b + (0.5 * c) * c + c * b * b));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("operand (100.0)") && found[0].ends_with(", b"));
        assert!(found[1].contains("operand (0.5)") && found[1].ends_with(", c"));
        assert!(found[2].ends_with("(c , b"));
    }

    #[test]
    fn other_products_keep_the_product_rule() {
        let found = scaled_squares(quote!(
            b * b * 2.0 + 0.5 * b * c + b * 0.5 * b + 2.0 * b / b + 2 * 3 * 3 + b * c[0] * c[0]
        ));
        assert_eq!(found, Vec::<String>::new());
    }
}
