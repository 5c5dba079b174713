//! The plan of forward mode and second order: whether `f_jvp` and `f_hvp` can run the
//! function at dual numbers (`grad::Dual`, a value and a tangent), and how each parameter and
//! the result cross into that world and back.
//!
//! `f_jvp` runs `f` itself at dual numbers; `f_hvp` runs `f_vjp` at dual numbers (forward over
//! reverse: the pullback's tangent part is the Hessian-vector product). For a function written
//! in `f64` (or `f32`) both are copies in a module where the name `f64` means `Dual<f64>`,
//! float literals and casts are lifted (`emit/dual/`); for a function generic over
//! `A: Scalar` they are calls of `f` and `f_vjp` at `A = Dual<A>`.
//!
//! Whether the copy compiles is decided here from the syntax alone, conservatively: a copy that
//! did not compile would break a function that compiles today. The body may call float and
//! ndarray methods, functions by a library path (`f64::max`, `Array2::zeros`, `nn::affine`,
//! `grad::nn::relu`), closures and itself; a call by a bare name (`g(x)`, which may be a
//! function of the user's written for `f64`, even `sigmoid`), a struct or a nested item makes
//! the function ineligible (a constant item, `PI` or `DT`, is lifted where it is read:
//! `emit/dual`), with the reason kept for `GRAD_DEBUG`. An ineligible
//! function with a float result still gets `f_jvp`, through its gradient (`⟨∇f, ẋ⟩`, exact).
//!
//! With `#[differentiate(dual_calls)]` a call `g(x)` (or `path::g(x)`) does not rule the
//! function out: the copy calls `g`'s companions at dual numbers (`emit/companion.rs`), which
//! the user vouches exist. A function generic over `A: Scalar` is not checked at all: what
//! compiles for every `A: Scalar` compiles at `A = Dual<A>`.
//!
//! Slice parameters that the body only indexes and measures are passed as views of the value
//! and the tangent rather than copies (`slice_views.rs`).
//!
//! A differentiated parameter whose type is a struct named without generic arguments
//! (`s: &Spring`, `s: Spring`) crosses to its twin, `<Spring as LiftDual>::Dual`
//! (`Form::Struct`): `derive(Tangent)` writes it for a struct written in `f64` (or `f32`,
//! `tangent/twin.rs`), and the copies name it wherever they name `Spring` (`emit/dual/`). No
//! opt-in is asked: a differentiated struct is a `Tangent`, which the derive writes, and with it
//! the twin; a struct whose derive wrote none (one holding a type without a twin) is rustc's
//! "`Spring` has no twin at dual numbers" at `f_jvp`.
//!
//! A generic function's float may have bounds besides `Scalar`, which `f_jvp` and `f_hvp` ask
//! of `Dual<A>` (`scalar.rs`); a bound of a trait of the user's only with `dual_calls`.
//!
//! Methods: in a block `impl<A: Scalar> Line<A>` marked `#[differentiate]`, a method is generic
//! over the block's `A`, and `self` crosses to its twin `Line<Dual<A>>` (`Form::Struct`,
//! through the `LiftDual` that `derive(Tangent)` writes); an associated function without `self`
//! is generic over it too, and runs as `<Line<Dual<A>>>::f`. With `dual_calls`, a method of a
//! struct written in `f64` runs at dual numbers when it does not differentiate its receiver,
//! which crosses as it is (and so does a free function's struct parameter it does not
//! differentiate): the places the copy reads from it are lifted as constants where their type
//! has a twin (`emit/dual/`), which the macro cannot see, hence the opt-in. With `dual_calls`
//! too, a call `p.eval(t)` of a method that is not the library's goes to `p.__grad_dual_eval(t)`
//! (as does any method called on `self` or on a parameter of a struct of the user's, `p.sum(x)`
//! included: `body::user_method_receiver`), a call `Self::f(x)` or `Rod::f(x)` of an associated
//! function to `Self::__grad_dual_f(x)`, and a struct parameter `p: &Line<f64>` crosses to its
//! twin.
//!
//! A method of a struct written in the float that differentiates its receiver runs on the
//! struct's twin, with no opt-in, as a free function differentiating a `&Spring` does: `self`
//! (and the parameters of type `Self`, as constants where they are not differentiated) crosses
//! to `<Self as LiftDual>::Dual`, and its copies are associated functions of its block that take
//! the twin (`twins.rs`, `emit/companion/twin.rs`). With `dual_calls`, a call `g.m(x)` on a
//! parameter that crosses to the twin of a struct written in the float goes to
//! `Gaussian::__grad_twin_m(&g, x)` (`self.m(x)` to `Self::__grad_twin_m(..)`).

mod body;
mod scalar;
mod slice_views;
mod twins;
mod vocabulary;

use std::collections::HashSet;

use proc_macro2::{Ident, TokenStream, TokenTree};
use syn::visit::Visit;
use syn::{GenericParam, ItemFn, Type, TypeParamBound};

use body::BodyCheck;
pub use body::{is_companion_call, is_companion_method, struct_roots};
pub use scalar::{FloatParam, float_param};
pub use slice_views::{into_views, views as slice_views};
pub use twins::{TwinRoot, is_twin_method, twin_receiver, twin_root, twin_roots, twin_struct};

/// Whether `name` is a method of the library's vocabulary (floats, ndarray arrays, slices,
/// `Vec`s, iterators), not possibly the user's.
pub fn is_library_method(name: &str) -> bool {
    vocabulary::LIBRARY_METHODS.contains(&name)
}

use crate::sig::Signature;
use crate::types::{self, TypeClass};

/// Which float the dual world replaces.
#[derive(Debug, Clone)]
pub enum World {
    /// A function written in `f64` (or `f32`): copied into a module where that name is
    /// `grad::Dual<f64>`.
    Alias(Ident),
    /// A function generic over `A: Scalar`: called at `A = grad::Dual<A>`.
    Generic(Ident),
}

/// How a value is held, for lifting it to dual numbers and splitting it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Float,
    /// `[A]` (behind a reference) or `Vec<A>`: lifted to `Vec<Dual<A>>`.
    Slice,
    /// `[A; N]`.
    Fixed,
    /// A slice or `Vec` of containers of floats, `&[Array1<A>]`, `Vec<Vec<A>>`: lifted element
    /// by element through `LiftDual` to a `Vec` of their twins. Only as data, not
    /// differentiated (its tangent's split is not written).
    Nested,
    /// An owned ndarray array.
    Array,
    /// An ndarray view: lifted to an owned array, passed as its view.
    View,
    /// A struct generic over its float, `Line<f64>` (or `Self` in `impl<A: Scalar> Line<A>`):
    /// lifted to its twin `Line<Dual<f64>>` and split back through `grad::__private::LiftDual`,
    /// which `#[derive(Tangent)]` writes; or a differentiated struct written in the float,
    /// `Spring`, lifted to `<Spring as LiftDual>::Dual` (`twin_struct`).
    Struct,
}

/// How one parameter crosses into the dual world.
#[derive(Debug, Clone)]
pub enum Crossing {
    /// Not real-valued: passed as it is.
    AsIs,
    /// Real-valued: lifted (with its tangent when differentiated, as a constant otherwise).
    Lifted { form: Form, by_ref: bool },
}

/// The plan of `f_jvp` and `f_hvp`.
#[derive(Debug, Clone)]
pub enum DualPlan {
    /// The function runs at dual numbers.
    Dual {
        world: World,
        params: Vec<Crossing>,
        /// For each parameter, whether `f_jvp` passes it as a view of the value and the
        /// tangent instead of a copy (a slice read only by index and length, see
        /// `slice_views.rs`).
        views: Vec<bool>,
        /// The result, element by element of a tuple result.
        result: Vec<Form>,
        /// The functions the body calls through their companions at dual numbers
        /// (`dual_calls`): `g(x)` becomes `__grad_dual_g(x)` in the copy of `f`, and
        /// `g_vjp(x)` becomes `__grad_dual_g_vjp(x)` in the copy of `f_vjp`.
        companions: Vec<String>,
        /// For a generic function, what its bounds on `A` besides `Scalar` ask of `Dual<A>`
        /// (`Dual<A>: Debug` for `A: Scalar + Debug`, see `scalar.rs`), which `f_jvp` and
        /// `f_hvp` state.
        bounds: Vec<TokenStream>,
        /// The parameters that cross to the twins of structs written in the float, whose
        /// methods the copies call as the structs' associated functions (`twins.rs`), for
        /// `GRAD_DEBUG`.
        twins: Vec<String>,
    },
    /// It does not (the reason, for `GRAD_DEBUG`); `f_jvp` goes through the gradient when
    /// the result is a float, and there is no `f_hvp`.
    ThroughGradient(String),
}

impl DualPlan {
    /// Decides from the signature and the body; with `dual_calls`, calls by name go to the
    /// callees' companions at dual numbers instead of ruling the function out.
    pub fn new(item: &ItemFn, sig: &Signature, dual_calls: bool) -> Self {
        match Self::dual(item, sig, dual_calls) {
            Ok(plan) => plan,
            Err(reason) => Self::ThroughGradient(reason),
        }
    }

    fn dual(item: &ItemFn, sig: &Signature, dual_calls: bool) -> Result<Self, String> {
        let (world, float) = match &sig.block_scalar {
            Some(scalar)
                if sig.in_impl
                    && item.sig.generics.params.is_empty()
                    && item.sig.generics.where_clause.is_none() =>
            {
                (World::Generic(scalar.ident.clone()), Some(scalar.clone()))
            }
            _ => world(item)?,
        };
        // A bound of the user's that `Dual<A>` may not meet: `dual_calls` vouches for it.
        let bounds = match float {
            Some(FloatParam {
                unmet: Some(reason),
                ..
            }) if !dual_calls => return Err(reason),
            Some(float) => float.at_dual,
            None => Vec::new(),
        };
        let scalar = match &world {
            World::Alias(float) | World::Generic(float) => float.to_string(),
        };
        let params = sig
            .params
            .iter()
            .map(|param| {
                if param.ident == "self" || is_self_type(&param.ty) {
                    return receiver_crossing(sig, param, &world);
                }
                // A differentiated struct written in the float (`s: &Spring`): its twin is the
                // one `derive(Tangent)` writes (`tangent/twin.rs`), its gradient type's derive.
                if param.differentiated
                    && matches!(world, World::Alias(_))
                    && let Some(by_ref) = twin_struct(&param.ty)
                {
                    return Ok(Crossing::Lifted {
                        form: Form::Struct,
                        by_ref,
                    });
                }
                match crossing(&param.ty, &scalar) {
                    // A parameter the function does not differentiate, of a type that names no
                    // float (`&Spring`): the same type in the copy, passed as it is.
                    Err(_) if !param.differentiated && !names_float(&param.ty, &scalar) => {
                        Ok(Crossing::AsIs)
                    }
                    // A struct's twin is `derive(Tangent)`'s, which the macro cannot see: the
                    // user vouches for it with `dual_calls`, as for companions.
                    Ok(Crossing::Lifted {
                        form: Form::Struct, ..
                    }) if !dual_calls => Err(format!(
                        "a parameter of type `{}`, a struct (`dual_calls` would lift it to its twin at dual numbers, which `derive(Tangent)` writes for a struct generic over its float)",
                        types::describe(&param.ty)
                    )),
                    // Lifted as data only: the split of its tangent back into containers is
                    // not written.
                    Ok(Crossing::Lifted {
                        form: Form::Nested, ..
                    }) if param.differentiated => Err(format!(
                        "a differentiated parameter of type `{}`, a container of containers (it crosses as data only: `wrt(..)` the other parameters, or pass it as one ndarray array)",
                        types::describe(&param.ty)
                    )),
                    other => other,
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        if matches!(world, World::Alias(_))
            && !dual_calls
            && let Some(param) = sig
                .params
                .iter()
                .zip(&params)
                .find_map(|(param, crossing)| {
                    (matches!(crossing, Crossing::AsIs)
                        && types::classify(&param.ty) != TypeClass::NotReal)
                        .then_some(param)
                })
        {
            // What the body reads from a struct written in `f64` (`self.pos`, a `Vector3<f64>`
            // or an `Option<f64>`) stays in `f64` in the copy, where it may not compile: the
            // user vouches for it with `dual_calls`.
            return Err(format!(
                "`{}` of type `{}`, data a copy at dual numbers reads (`dual_calls` would lift the floats it reads from it as constants)",
                param.ident,
                types::describe(&param.ty)
            ));
        }
        let output = sig.output.as_ref().ok_or("no result")?;
        let result = result_forms(output, &scalar)?;
        // A function generic over `A: Scalar` compiles for every such `A`, so at
        // `A = Dual<A>` too, whatever it calls: only a copy in `f64` is checked.
        let mut companions = Vec::new();
        if let World::Alias(_) = &world {
            let mut body = BodyCheck::new(item, dual_calls, body::struct_roots(sig));
            body.visit_block(&item.block);
            if let Some(reason) = body.reason {
                return Err(reason);
            }
            companions = body.companions.into_iter().collect();
            let roots = twin_roots(sig, &world, &params);
            twins::check_twin_receivers(item, &roots)?;
            twins::check_data_structs_to_twins(item, sig, &params, &roots)?;
        }
        let slices: Vec<bool> = params
            .iter()
            .map(|crossing| {
                matches!(&world, World::Alias(_))
                    && matches!(
                        crossing,
                        Crossing::Lifted {
                            form: Form::Slice,
                            by_ref: true
                        }
                    )
            })
            .collect();
        // The copies at dual numbers of an item of an `impl` block are its companions, items of
        // the block: no copy reads a slice as a view.
        let views = if sig.in_impl {
            vec![false; slices.len()]
        } else {
            slice_views::views(item, &slices)
        };
        let twins = twin_roots(sig, &world, &params)
            .into_iter()
            .map(|root| root.name.to_string())
            .collect();
        Ok(Self::Dual {
            world,
            params,
            views,
            result,
            companions,
            bounds,
            twins,
        })
    }

    /// A short description for `GRAD_DEBUG`.
    pub fn describe(&self) -> String {
        match self {
            Self::Dual {
                world,
                views,
                companions,
                bounds,
                twins,
                ..
            } => {
                let views: Vec<String> = views
                    .iter()
                    .enumerate()
                    .filter(|(_, view)| **view)
                    .map(|(index, _)| format!("#{index}"))
                    .collect();
                let world = match world {
                    World::Alias(float) => format!("{float} = Dual<{float}>"),
                    World::Generic(float) => format!("{float} = Dual<{float}>, generic"),
                };
                let mut description = format!(
                    "at dual numbers ({world}); f_jvp reads as views the slice parameters [{}]; calls through companions at dual numbers: [{}]",
                    views.join(", "),
                    companions.join(", ")
                );
                if !bounds.is_empty() {
                    let bounds: Vec<String> = bounds.iter().map(ToString::to_string).collect();
                    description.push_str(&format!("; asks [{}]", bounds.join(", ")));
                }
                if !twins.is_empty() {
                    description.push_str(&format!(
                        "; crossing to their structs' twins, their methods called as `__grad_twin_m`: [{}]",
                        twins.join(", ")
                    ));
                }
                description
            }
            Self::ThroughGradient(reason) => format!("f_jvp through the gradient: {reason}"),
        }
    }
}

/// Whether a function that does not run at dual numbers and has an array result (an ndarray
/// array, a `Vec` or an `[A; N]` of floats) gets `f_jvp` row by row, one `f_vjp` per element of
/// the result (`jvp.rs`): when it is not generic and every parameter it takes by value can be
/// passed again, as a clone (floats, integers, text, ndarray arrays and views, `Vec`s,
/// `[A; N]`), and it is written in one float type.
pub fn jvp_by_rows(item: &ItemFn, sig: &Signature) -> bool {
    let Some(output) = &sig.output else {
        return false;
    };
    let array_result = ["f64", "f32"].iter().any(|float| {
        matches!(
            form(output, float),
            Some(Form::Array | Form::Slice | Form::Fixed)
        )
    });
    let clonable = |ty: &Type| match ty {
        Type::Reference(_) => true,
        _ => {
            types::classify(ty) != TypeClass::Other
                || ["f64", "f32"].iter().any(|float| form(ty, float).is_some())
        }
    };
    let mut floats = HashSet::new();
    collect_floats(quote::quote!(#item), &mut floats);
    array_result
        && floats.len() == 1
        && item.sig.generics.params.is_empty()
        && sig.params.iter().all(|param| clonable(&param.ty))
}

/// The float the function is written in, or its scalar type parameter (with its other
/// bounds, `scalar.rs`).
fn world(item: &ItemFn) -> Result<(World, Option<FloatParam>), String> {
    let generics = &item.sig.generics;
    if generics.type_params().next().is_some() || generics.where_clause.is_some() {
        let float = float_param(generics, true)?;
        return Ok((World::Generic(float.ident.clone()), Some(float)));
    }
    if generics
        .params
        .iter()
        .any(|param| matches!(param, GenericParam::Const(_)))
    {
        return Err("const generics".into());
    }
    let mut floats = HashSet::new();
    collect_floats(quote::quote!(#item), &mut floats);
    match floats.len() {
        1 => {
            let float = floats.into_iter().next().unwrap_or_default();
            let float = Ident::new(&float, proc_macro2::Span::call_site());
            Ok((World::Alias(float), None))
        }
        0 => Err("no float type named".into()),
        _ => Err("both f32 and f64".into()),
    }
}

/// Whether `bound` is `Scalar` (by any path: `grad::Scalar`).
pub fn is_scalar_bound(bound: &TypeParamBound) -> bool {
    match bound {
        TypeParamBound::Trait(bound) => bound
            .path
            .segments
            .last()
            .is_some_and(|last| last.ident == "Scalar" && last.arguments.is_empty()),
        _ => false,
    }
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

/// How `self` (or a parameter of type `Self`) crosses: lifted to its twin in a block generic
/// over its float, or in a block written in the float when the method differentiates its
/// receiver (`twins.rs`: the parameters of type `Self` cross with it, as constants when they
/// are not differentiated); otherwise as it is, when the method does not differentiate it.
fn receiver_crossing(
    sig: &Signature,
    receiver: &crate::sig::Param,
    world: &World,
) -> Result<Crossing, String> {
    let by_ref = matches!(receiver.ty, Type::Reference(_));
    match (world, &sig.block_scalar) {
        (World::Generic(scalar), Some(block)) if *scalar == block.ident => Ok(Crossing::Lifted {
            form: Form::Struct,
            by_ref,
        }),
        (World::Alias(_), _) if twin_receiver(sig, world) => Ok(Crossing::Lifted {
            form: Form::Struct,
            by_ref,
        }),
        _ if receiver.differentiated && receiver.ident == "self" => Err(
            "a differentiated receiver of a method generic over a float of its own (make the type generic over its float, `impl<A: Scalar> T<A>` under #[grad::differentiate])".into(),
        ),
        _ if receiver.differentiated => Err(
            "a differentiated parameter of type `Self` where the receiver is not differentiated (differentiate the receiver too, or make the type generic over its float, `impl<A: Scalar> T<A>` under #[grad::differentiate])".into(),
        ),
        _ => Ok(Crossing::AsIs),
    }
}

/// Whether `ty` is `Self` or `&Self`: in a block generic over its float, the receiver's type,
/// which crosses as the receiver does.
pub fn is_self_type(ty: &Type) -> bool {
    let ty = match ty {
        Type::Reference(reference) => &*reference.elem,
        ty => ty,
    };
    matches!(ty, Type::Path(path) if path.qself.is_none() && path.path.is_ident("Self"))
}

/// Whether `ty` names the world's float (`f64`, or the type parameter `A`).
fn names_float(ty: &Type, scalar: &str) -> bool {
    crate::syntax::identifiers(quote::quote!(#ty))
        .iter()
        .any(|ident| ident == scalar || ident == "f64" || ident == "f32")
}

/// How a parameter of type `ty` crosses, with `scalar` the world's float (or type parameter).
fn crossing(ty: &Type, scalar: &str) -> Result<Crossing, String> {
    if types::classify(ty) == TypeClass::NotReal {
        return Ok(Crossing::AsIs);
    }
    let (inner, by_ref) = match ty {
        Type::Reference(reference) if reference.mutability.is_none() => (&*reference.elem, true),
        Type::Reference(_) => return Err("a `&mut` parameter".into()),
        _ => (ty, false),
    };
    let form = form(inner, scalar).ok_or_else(|| {
        format!(
            "a parameter of type `{}` (floats, slices, `Vec`, `[A; N]` and ndarray arrays cross, and slices and `Vec`s of them as data)",
            types::describe(ty)
        )
    })?;
    if form == Form::Slice && !by_ref && !matches!(inner, Type::Path(_)) {
        return Err("an unsized slice parameter".into());
    }
    Ok(Crossing::Lifted { form, by_ref })
}

/// The form of a value of type `ty` whose element is `scalar`.
fn form(ty: &Type, scalar: &str) -> Option<Form> {
    let is_scalar = |ty: &Type| types::last_segment(ty).is_some_and(|s| s.ident == scalar);
    match ty {
        Type::Paren(paren) => form(&paren.elem, scalar),
        Type::Group(group) => form(&group.elem, scalar),
        Type::Slice(slice) if is_scalar(&slice.elem) => Some(Form::Slice),
        Type::Slice(slice) => nested(&slice.elem, scalar),
        Type::Array(array) => is_scalar(&array.elem).then_some(Form::Fixed),
        Type::Path(path) if path.qself.is_none() => {
            let segment = path.path.segments.last()?;
            let name = segment.ident.to_string();
            if name == scalar && segment.arguments.is_empty() {
                return Some(Form::Float);
            }
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
                return None;
            };
            let element = args.args.iter().find_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => Some(ty),
                _ => None,
            })?;
            if !is_scalar(element) {
                return (name == "Vec").then(|| nested(element, scalar)).flatten();
            }
            match name.as_str() {
                "Vec" => Some(Form::Slice),
                "Array" | "Array0" | "Array1" | "Array2" | "Array3" | "Array4" | "Array5"
                | "Array6" | "ArrayD" => Some(Form::Array),
                view if view.starts_with("ArrayView") => Some(Form::View),
                // `Line<f64>`, a struct generic over its float.
                name if name.starts_with(char::is_uppercase)
                    && args.args.len() == 1
                    && !types::CONTAINERS.contains(&name)
                    && !name.starts_with("Array") =>
                {
                    Some(Form::Struct)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// [`Form::Nested`] when `element`, the element of a slice or `Vec`, is itself a container of
/// floats that `LiftDual` lifts (`Vec<A>`, `[A; N]`, an owned array, or such a container again).
fn nested(element: &Type, scalar: &str) -> Option<Form> {
    matches!(
        form(element, scalar)?,
        Form::Slice | Form::Fixed | Form::Array | Form::Nested
    )
    .then_some(Form::Nested)
}

/// The forms of the result's elements: one, or one per element of a tuple.
fn result_forms(ty: &Type, scalar: &str) -> Result<Vec<Form>, String> {
    let one = |ty: &Type| match form(ty, scalar) {
        Some(Form::View | Form::Struct | Form::Nested) | None => Err(format!(
            "a result of type `{}` (floats, `Vec`, `[A; N]`, owned arrays and tuples of them cross back)",
            types::describe(ty)
        )),
        Some(form) => Ok(form),
    };
    match ty {
        Type::Tuple(tuple) if !tuple.elems.is_empty() => tuple.elems.iter().map(one).collect(),
        _ => Ok(vec![one(ty)?]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(args: TokenStream, item: ItemFn) -> DualPlan {
        let cx = crate::ctxt::Ctxt::new();
        let dual_calls = args.to_string().contains("dual_calls");
        let args = crate::args::Args::from_tokens(&cx, args);
        let (sig, _) = Signature::from_fn(&cx, &args, &item);
        let _ = cx.check();
        DualPlan::new(&item, &sig, dual_calls)
    }

    #[test]
    fn a_differentiated_receiver_in_f64_crosses_to_its_twin_with_its_self_parameters() {
        let item: ItemFn = syn::parse_quote! {
            fn kl(&self, other: &Self, x: f64) -> f64 { (self.mu - other.mu) * x }
        };
        let DualPlan::Dual { params, twins, .. } = plan(TokenStream::new(), item) else {
            panic!("through the gradient");
        };
        assert!(matches!(
            params[..],
            [
                Crossing::Lifted {
                    form: Form::Struct,
                    by_ref: true
                },
                Crossing::Lifted {
                    form: Form::Struct,
                    by_ref: true
                },
                Crossing::Lifted {
                    form: Form::Float,
                    by_ref: false
                }
            ]
        ));
        assert_eq!(twins, ["self", "other"]);
        // A parameter of type `Self` differentiated beside a receiver that is not.
        let item: ItemFn = syn::parse_quote! {
            fn kl(&self, other: &Self) -> f64 { self.mu - other.mu }
        };
        let described = plan(quote::quote!(wrt(other)), item).describe();
        assert!(
            described.contains("where the receiver is not"),
            "{described}"
        );
    }

    #[test]
    fn methods_on_a_twin_are_the_structs_called_on_the_parameter_itself() {
        let plan_of = |body: TokenStream| {
            let item: ItemFn = syn::parse_quote! {
                fn nll(g: &Gaussian, x: f64) -> f64 { #body }
            };
            plan(quote::quote!(dual_calls), item).describe()
        };
        let described = plan_of(quote::quote!(
            g.log_pdf(x)
                + (*g).log_pdf(x)
                + g.clone().mu
                + Gaussian::log_pdf(&g, x)
                + helpers::energy(&g, x)
        ));
        assert!(described.contains("twins, their methods called as `__grad_twin_m`: [g]"));
        for (body, reason) in [
            (quote::quote!(g.head.eval(x)), "on a field or a clone"),
            (quote::quote!(g.clone().log_pdf(x)), "on a field or a clone"),
            (
                quote::quote!(g.len() as f64 * x),
                "the method `len` called on a struct",
            ),
            (
                quote::quote!(Normal::log_pdf(&g, x)),
                "the call `Normal::log_pdf(..)`",
            ),
        ] {
            let described = plan_of(body);
            assert!(
                described.starts_with("f_jvp through the gradient") && described.contains(reason),
                "{described}"
            );
        }
    }

    #[test]
    fn a_differentiated_struct_in_f64_crosses_to_its_twin() {
        let item: ItemFn = syn::parse_quote! {
            fn energy(s: &Spring, t: Spring, x: f64) -> f64 { let d = x - s.rest; 0.5 * s.k * d * d + t.k }
        };
        let DualPlan::Dual { params, .. } = plan(TokenStream::new(), item) else {
            panic!("through the gradient");
        };
        let forms: Vec<_> = params
            .iter()
            .map(|crossing| match crossing {
                Crossing::Lifted { form, by_ref } => Some((*form, *by_ref)),
                Crossing::AsIs => None,
            })
            .collect();
        assert_eq!(
            forms,
            [
                Some((Form::Struct, true)),
                Some((Form::Struct, false)),
                Some((Form::Float, false))
            ]
        );
    }

    #[test]
    fn a_struct_in_f64_it_does_not_differentiate_still_needs_dual_calls() {
        let item: ItemFn = syn::parse_quote! {
            fn energy(s: &Spring, x: f64) -> f64 { let d = x - s.rest; 0.5 * s.k * d * d }
        };
        let plan = plan(quote::quote!(wrt(x)), item);
        assert!(
            plan.describe().starts_with("f_jvp through the gradient"),
            "{}",
            plan.describe()
        );
    }
}
