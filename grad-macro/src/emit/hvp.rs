//! The printer of `f_hvp(p1, .., pn, v1, .., vk) -> (R, G, Hv)` for a float result: the value,
//! the gradient (as `f_grad`) and the Hessian-vector product, forward over reverse.
//!
//! `f_vjp` is run at dual numbers with the parameters lifted to `p + v·ε`: its pullback of 1
//! is `∇f(p + v·ε) = ∇f(p) + (H v)·ε`, the gradient in the value parts and the
//! Hessian-vector product in the tangent parts; one forward and one reverse sweep at twice the
//! width, never a dense Hessian. For a function written in `f64` the `f_vjp` run is a copy of
//! the printed `f_vjp` at `Dual<f64>` (see `dual/`); for one generic over `A: Scalar`, `f_vjp`
//! itself at `A = Dual<A>`.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Ident, ItemFn};

use super::jvp::{dual_bounds, tangent_params};
use super::sweep::{self, Sweep};
use super::{allow_lints, dual, gradient_type, output, vjp};
use crate::ir::Function;
use crate::naming;
use crate::plan::{Crossing, DualPlan, Plan, World};
use crate::sig::Signature;

/// `f_hvp`, for a float result that runs at dual numbers; for one that does not, a stand-in
/// that says why where it is called (`unavailable.rs`); nothing for other results. `printed` is
/// `f_vjp` as [`private_vjp`] parsed it. With `companion` (`f`'s companions stand beside it),
/// a copy of `f_vjp` that reads no slice as a view is the companion's: `f_hvp` calls
/// `__grad_dual_f_vjp` rather than compile it twice.
pub fn print(
    item: &ItemFn,
    sig: &Signature,
    function: &Function,
    (vjp_plan, printed): (&Plan, Option<&ItemFn>),
    plan: &DualPlan,
    companion: bool,
) -> TokenStream {
    if !sig.has_grad {
        return TokenStream::new();
    }
    let (world, params, companions) = match plan {
        DualPlan::Dual {
            world,
            params,
            companions,
            ..
        } => (world, params, companions),
        DualPlan::ThroughGradient(reason) => {
            let name = naming::hvp_fn(&item.sig.ident);
            return if sig.in_impl {
                super::unavailable::method_hvp_stand_in(item, sig, &name)
            } else {
                super::unavailable::stand_in(item, sig, &name, reason)
            };
        }
    };
    let copy = VjpCopy {
        world,
        params,
        printed,
        companions,
    };
    let alias = matches!(world, World::Alias(_));
    let views = if sig.in_impl {
        Vec::new()
    } else {
        copy.views()
    };
    let mut vjp = naming::vjp_fn(&item.sig.ident);
    let copy = if crate::plan::twin_receiver(sig, world) {
        // A method whose receiver crosses to its twin: `__grad_twin_m_vjp` (`companion/twin.rs`).
        vjp = naming::twin_companion(&vjp);
        TokenStream::new()
    } else if companion && alias && !views.contains(&true) {
        vjp = naming::dual_companion(&vjp);
        TokenStream::new()
    } else if sig.in_impl && alias {
        // An item of an `impl` block in `f64` runs at dual numbers only as its companion (see
        // `jvp.rs`).
        return TokenStream::new();
    } else {
        copy.print(item, sig, function, vjp_plan, &views)
    };
    let body = body(sig, world, &vjp, params, &views);
    signature(item, sig, plan, quote!({ #copy #body }))
}

/// The lifting, the `f_vjp` run at dual numbers (`vjp`), and the split of its value and
/// cotangents.
fn body(
    sig: &Signature,
    world: &World,
    vjp: &Ident,
    params: &[Crossing],
    views: &[bool],
) -> TokenStream {
    let (lets, args) = dual::lift_params(sig, params, views);
    let call = super::jvp::call(sig, world, vjp, &args);
    let pattern = super::gradient_pattern(sig);
    let mut gradients = Vec::new();
    let mut products = Vec::new();
    let splits: Vec<TokenStream> = sig
        .params
        .iter()
        .zip(params)
        .filter(|(param, _)| param.differentiated)
        .map(|(param, crossing)| {
            let gradient = naming::parameter_gradient(&param.ident);
            let product = quote::format_ident!("{}_hvp", naming::stem(&param.ident));
            let form = match crossing {
                Crossing::Lifted { form, .. } => *form,
                Crossing::AsIs => crate::plan::Form::Float,
            };
            let split = dual::split_typed(quote!(#gradient), form, &param.tangent());
            gradients.push(gradient.clone());
            products.push(product.clone());
            quote!(let (#gradient, #product) = #split;)
        })
        .collect();
    let value_split = dual::split(quote!(value), crate::plan::Form::Float);
    let (gradients, products) = match (&gradients[..], &products[..]) {
        ([gradient], [product]) => (quote!(#gradient), quote!(#product)),
        _ => (quote!((#(#gradients),*)), quote!((#(#products),*))),
    };
    quote! {
        #lets
        let (value, pullback) = #call;
        let (#(#pattern,)*) = pullback(::grad::__private::one());
        let (value, _) = #value_split;
        #(#splits)*
        (value, #gradients, #products)
    }
}

/// `fn f_hvp(params, directions) -> (R, G, G) body`.
fn signature(item: &ItemFn, sig: &Signature, plan: &DualPlan, body: TokenStream) -> TokenStream {
    let vis = &item.vis;
    let name = naming::hvp_fn(&item.sig.ident);
    let generics = &item.sig.generics;
    let where_clause = dual_bounds(generics, sig, plan);
    let tangents_and_inputs = super::params_and(item, &tangent_params(sig));
    let output = output(sig);
    let gradient_type = gradient_type(sig);
    let lints = allow_lints();
    let doc = format!(
        "The value of [`{0}`], its gradient, and the Hessian-vector product along the given directions of its differentiated parameters (forward over reverse), generated by `#[grad::differentiate]`.",
        item.sig.ident
    );
    quote! {
        #[doc = #doc]
        #lints
        #vis fn #name #generics (#tangents_and_inputs) -> (#output, #gradient_type, #gradient_type) #where_clause #body
    }
}

/// A copy of the printed `f_vjp` at dual numbers: in the block of `f_hvp`, or of `f`'s
/// companion at dual numbers (`companion.rs`).
pub(super) struct VjpCopy<'a> {
    pub world: &'a World,
    pub params: &'a [Crossing],
    /// The printed `f_vjp`, private (parsed once for `f_hvp` and the companion); `None` if it
    /// did not parse, when it is copied as printed.
    pub printed: Option<&'a ItemFn>,
    /// The functions whose calls go to their companions.
    pub companions: &'a [String],
}

impl VjpCopy<'_> {
    /// Which slice parameters a copy for `f_hvp` reads as views of the point and the
    /// direction (see `plan/dual/slice_views.rs`); the companion reads none, since its callers
    /// pass slices.
    pub(super) fn views(&self) -> Vec<bool> {
        let Some(vjp) = self.printed else {
            return Vec::new();
        };
        let slices: Vec<bool> = self
            .params
            .iter()
            .map(|crossing| {
                matches!(
                    crossing,
                    Crossing::Lifted {
                        form: crate::plan::Form::Slice,
                        by_ref: true
                    }
                )
            })
            .collect();
        crate::plan::slice_views(vjp, &slices)
    }

    /// The printed `f_vjp` (with its method fallbacks) at dual numbers, reading the slice
    /// parameters marked in `views` as views, its range loops' ends `n - k` checked
    /// (`loop_ends.rs`); nothing for a generic `f`, whose own `f_vjp` is called at `Dual<A>`.
    pub(super) fn print(
        &self,
        item: &ItemFn,
        sig: &Signature,
        function: &Function,
        plan: &Plan,
        views: &[bool],
    ) -> TokenStream {
        let World::Alias(float) = self.world else {
            return TokenStream::new();
        };
        let printed = match self.printed {
            Some(vjp) => {
                let mut vjp = vjp.clone();
                let differentiated = sig.differentiated_mask();
                crate::plan::into_views(&mut vjp, &differentiated, views, float);
                view_gradients(&mut vjp, &differentiated, views, float);
                super::loop_ends::check_loop_ends(&mut vjp);
                quote!(#vjp)
            }
            None => {
                let mut inner = item.clone();
                inner.vis = syn::Visibility::Inherited;
                vjp::print(&inner, sig, function, plan)
            }
        };
        let fallbacks = Sweep::new(function, plan).fallback_items(&quote!(pub(super)));
        let fallbacks = sweep::fallbacks_module(&item.sig.ident, fallbacks);
        let alias = dual::alias(float);
        let roots = dual::Roots::of(sig, self.world, self.params);
        let copy = dual::rewritten(
            self.world,
            quote!(#fallbacks #printed),
            self.companions,
            &roots,
        );
        quote!(#alias #copy)
    }
}

/// The printed `f_vjp` as an item, private, for the copies at dual numbers of a function
/// written in a float (`None` otherwise, or if it did not parse).
pub(super) fn private_vjp(vjp: &TokenStream, plan: &DualPlan) -> Option<ItemFn> {
    let DualPlan::Dual {
        world: World::Alias(_),
        ..
    } = plan
    else {
        return None;
    };
    let mut vjp = syn::parse2::<ItemFn>(vjp.clone()).ok()?;
    vjp.vis = syn::Visibility::Inherited;
    Some(vjp)
}

/// Names the gradient of each slice read as a view, in the copied `f_vjp`'s signature, as the
/// view's gradient type: a `DualVec`, the gradient and the Hessian-vector product kept apart
/// (see `grad-runtime/src/dual/vector.rs`), where `f_vjp` names a `Vec` of dual numbers.
fn view_gradients(vjp: &mut ItemFn, differentiated: &[bool], views: &[bool], float: &Ident) {
    let syn::ReturnType::Type(_, output) = &mut vjp.sig.output else {
        return;
    };
    let syn::Type::Tuple(pair) = &mut **output else {
        return;
    };
    let Some(syn::Type::ImplTrait(pullback)) = pair.elems.iter_mut().nth(1) else {
        return;
    };
    for bound in &mut pullback.bounds {
        if let syn::TypeParamBound::Trait(bound) = bound
            && let Some(last) = bound.path.segments.last_mut()
            && let syn::PathArguments::Parenthesized(arguments) = &mut last.arguments
            && let syn::ReturnType::Type(_, gradients) = &mut arguments.output
            && let syn::Type::Tuple(gradients) = &mut **gradients
        {
            // One cotangent per parameter, `()` for those not differentiated.
            for ((slot, &differentiated), &view) in
                gradients.elems.iter_mut().zip(differentiated).zip(views)
            {
                if differentiated && view {
                    *slot =
                        syn::parse_quote!(::grad::__private::DualVec<::core::primitive::#float>);
                }
            }
        }
    }
}
