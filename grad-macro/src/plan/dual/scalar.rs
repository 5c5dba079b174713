//! The float type parameter of a generic function or `impl` block, and the bounds a generated
//! function that runs it at `A = Dual<A>` must state for `Dual<A>`.
//!
//! A function or block generic over its float compiles at `A = Dual<A>` when `Dual<A>` meets
//! every bound the code asks of `A`: `Scalar`, which the runtime implements for `Dual<f64>` and
//! `Dual<f32>`, and any other (`A: Scalar + Debug`, `where A: Scalar + Send`), which `f_jvp` and
//! `f_hvp` ask of `Dual<A>` in their where clause. A bound that `Dual<A>` may not meet
//! (`A: Scalar + MyTrait`, not in [`MET_BY_DUAL`]) is asked only with `dual_calls`, by which the
//! user says `Dual<A>` meets it (`impl MyTrait for Dual<f64>`): otherwise the function keeps
//! `f_jvp` through the gradient, which a bound `Dual<A>: MyTrait` would make uncallable.
//!
//! ```text
//! impl<A: Scalar + Debug> Line<A> { fn eval(&self, t: A) -> A }
//!   -> fn eval_jvp(..) where Dual<A>: Scalar, Dual<A>: Debug, Self: LiftDual<Dual = Line<Dual<A>>>
//! ```

use proc_macro2::TokenStream;
use quote::quote;
use syn::visit_mut::VisitMut;
use syn::{GenericParam, Generics, Ident, TypeParamBound, WherePredicate};

/// The float type parameter `A` of a generic function or block.
#[derive(Debug, Clone)]
pub struct FloatParam {
    pub ident: Ident,
    /// The bounds on `A` other than `Scalar`, with `A` read as `Dual<A>`: what running the code
    /// at `A = Dual<A>` asks besides `Scalar`.
    pub at_dual: Vec<TokenStream>,
    /// The first of them that `Dual<A>` may not meet (not in [`MET_BY_DUAL`]: a trait of the
    /// user's), which only `dual_calls` asks of `Dual<A>`: the user vouches for it.
    pub unmet: Option<String>,
}

/// The one type parameter of `generics` bounded by `Scalar` (inline, `A: Scalar + Debug`, or in
/// the where clause, `where A: Scalar`), or why there is none. Lifetimes are allowed where
/// `lifetimes` says so; const parameters never are.
pub fn float_param(generics: &Generics, lifetimes: bool) -> Result<FloatParam, String> {
    if generics
        .params
        .iter()
        .any(|param| matches!(param, GenericParam::Const(_)))
    {
        return Err("const generics".into());
    }
    if !lifetimes
        && generics
            .params
            .iter()
            .any(|param| matches!(param, GenericParam::Lifetime(_)))
    {
        return Err("lifetime parameters".into());
    }
    let [param] = &generics.type_params().collect::<Vec<_>>()[..] else {
        return Err("type parameters other than one float `A: Scalar`".into());
    };
    let ident = &param.ident;
    let mut bounds: Vec<&TypeParamBound> = param.bounds.iter().collect();
    for predicate in generics
        .where_clause
        .iter()
        .flat_map(|clause| &clause.predicates)
    {
        match predicate {
            WherePredicate::Type(typed)
                if typed.lifetimes.is_none() && is_ident(&typed.bounded_ty, ident) =>
            {
                bounds.extend(&typed.bounds);
            }
            _ => {
                return Err(format!(
                    "a where clause bounding another type than `{ident}`"
                ));
            }
        }
    }
    if !bounds.iter().any(|bound| super::is_scalar_bound(bound)) {
        return Err(format!(
            "the type parameter `{ident}` without a `Scalar` bound"
        ));
    }
    let mut extra = Vec::new();
    let mut unmet = None;
    for bound in bounds {
        match bound {
            TypeParamBound::Trait(trait_bound)
                if !super::is_scalar_bound(bound)
                    && !matches!(trait_bound.modifier, syn::TraitBoundModifier::Maybe(_)) =>
            {
                let name = trait_bound
                    .path
                    .segments
                    .last()
                    .map(|last| last.ident.to_string())
                    .unwrap_or_default();
                if !MET_BY_DUAL.contains(&name.as_str()) && unmet.is_none() {
                    unmet = Some(format!(
                        "the bound `{}` on `{ident}`, which `Dual<{ident}>` may not meet (with `dual_calls`, `f_jvp` and `f_hvp` ask it of `Dual<{ident}>`)",
                        quote!(#trait_bound).to_string().replace(' ', "")
                    ));
                }
                extra.push(bound.clone());
            }
            TypeParamBound::Lifetime(_) => extra.push(bound.clone()),
            _ => {}
        }
    }
    let mut at_dual = Vec::new();
    if !extra.is_empty() {
        let mut predicate: WherePredicate = syn::parse_quote!(#ident: #(#extra)+*);
        Lift(ident).visit_where_predicate_mut(&mut predicate);
        at_dual.push(quote!(#predicate));
    }
    Ok(FloatParam {
        ident: ident.clone(),
        at_dual,
        unmet,
    })
}

/// The traits `grad::Dual<A>` implements when `A` does (those of a float: formatting,
/// comparisons, `num_traits`' and the operators, and the auto traits): a bound on the float
/// outside this list may not hold at dual numbers, and, unless `dual_calls` vouches for it, the
/// function goes through the gradient.
const MET_BY_DUAL: &[&str] = &[
    "Debug",
    "Display",
    "LowerExp",
    "Clone",
    "Copy",
    "Default",
    "PartialEq",
    "PartialOrd",
    "Send",
    "Sync",
    "Unpin",
    "Sized",
    "Float",
    "FloatConst",
    "Num",
    "NumCast",
    "NumOps",
    "NumAssignOps",
    "Zero",
    "One",
    "Signed",
    "FromPrimitive",
    "ToPrimitive",
    "Sum",
    "Product",
    "ScalarOperand",
    "Add",
    "Sub",
    "Mul",
    "Div",
    "Rem",
    "Neg",
    "AddAssign",
    "SubAssign",
    "MulAssign",
    "DivAssign",
    "RemAssign",
    "Tangent",
];

fn is_ident(ty: &syn::Type, ident: &Ident) -> bool {
    matches!(ty, syn::Type::Path(path) if path.qself.is_none() && path.path.is_ident(ident))
}

/// Replaces the type `A` by `::grad::Dual<A>` wherever it appears.
struct Lift<'a>(&'a Ident);

impl VisitMut for Lift<'_> {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if is_ident(ty, self.0) {
            let scalar = self.0;
            *ty = syn::parse_quote!(::grad::Dual<#scalar>);
            return;
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_dual(generics: Generics) -> Result<Vec<String>, String> {
        let param = float_param(&generics, true)?;
        if let Some(unmet) = param.unmet {
            return Err(unmet);
        }
        Ok(param.at_dual.iter().map(ToString::to_string).collect())
    }

    #[test]
    fn bounds_besides_scalar_are_asked_of_the_dual_numbers() {
        let generics: Generics = syn::parse_quote!(<A: Scalar + std::fmt::Debug>);
        assert_eq!(
            at_dual(generics).unwrap(),
            [":: grad :: Dual < A > : std :: fmt :: Debug"]
        );
        let mut generics: Generics = syn::parse_quote!(<F>);
        generics.where_clause = Some(syn::parse_quote!(where F: grad::Scalar, F: Send + 'static));
        assert_eq!(
            at_dual(generics).unwrap(),
            [":: grad :: Dual < F > : Send + 'static"]
        );
    }

    #[test]
    fn a_parameter_without_scalar_is_not_a_float() {
        let generics: Generics = syn::parse_quote!(<A: Copy>);
        assert!(at_dual(generics).is_err());
        let generics: Generics = syn::parse_quote!(<A: Scalar, B: Scalar>);
        assert!(at_dual(generics).is_err());
        let generics: Generics = syn::parse_quote!(<A: Scalar, const N: usize>);
        assert!(at_dual(generics).is_err());
        // `Dual<A>` may not meet a bound of the user's: asked of it with `dual_calls` only.
        let generics: Generics = syn::parse_quote!(<A: Scalar + Calibrated + Copy>);
        assert!(at_dual(generics.clone()).is_err());
        let param = float_param(&generics, true).unwrap();
        assert_eq!(
            param.at_dual[0].to_string(),
            ":: grad :: Dual < A > : Calibrated + Copy"
        );
        let mut generics: Generics = syn::parse_quote!(<A: Scalar>);
        generics.where_clause = Some(syn::parse_quote!(where Vec<A>: Clone));
        assert!(at_dual(generics).is_err());
    }
}
