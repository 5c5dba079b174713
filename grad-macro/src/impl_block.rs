//! `#[differentiate]` on an `impl` block: each method inside it marked
//! `#[grad::differentiate(..)]` is expanded as that attribute alone would expand it, knowing the
//! block's type parameters. On a trait's block (`impl Objective for Quadratic`) the trait's
//! methods stay there and what is generated beside them goes to an inherent block written after
//! it ([`trait_impl`]).
//!
//! A pullback owns what it keeps and captures no lifetime (`+ use<..>`, see `emit/mod.rs`), and
//! Rust's precise capturing must then name every type parameter in scope, the impl block's
//! included. The attribute on a method sees the method only: in `impl<A: Scalar> Line<A>` it
//! cannot name `A`, and rustc reports "`impl Trait` must mention all type parameters in scope
//! in `use<..>`". On the block, the macro runs first, sees `A`, and expands the methods itself.
//! A method marked alone whose signature names such an `A` gets our error saying so
//! ([`report_block_parameters_of_lone_method`]).
//!
//! ```text
//! #[grad::differentiate]                        impl<A: Scalar> Line<A> {
//! impl<A: Scalar> Line<A> {                         fn loss(&self, x: A) -> A { .. }
//!     #[grad::differentiate]              ->        fn loss_vjp(&self, x: A)
//!     fn loss(&self, x: A) -> A { .. }                  -> (A, impl FnOnce(A) -> (Line<A>, A) + use<A>)
//! }                                                 fn loss_grad(..) ..
//!                                               }
//! ```

use proc_macro2::TokenStream;
use quote::{ToTokens, quote};
use syn::{AttrStyle, Attribute, ImplItem, ItemFn, ItemImpl, Meta};

use crate::ctxt::Ctxt;
use crate::expand;

/// The block with every marked method expanded in place, and the errors of the block itself.
pub fn differentiate_methods(args: TokenStream, block: ItemImpl) -> TokenStream {
    let cx = Ctxt::new();
    if !args.is_empty() {
        cx.error_spanned_by(
            &args,
            "#[differentiate] on an `impl` block takes no arguments; give `wrt(..)` to the method's own #[grad::differentiate(..)]",
        );
    }
    let scope = Scope::of(&block);
    if block.trait_.is_some() {
        return trait_impl(&block, &scope, cx);
    }
    let mut marked = 0;
    let items: Vec<TokenStream> = block
        .items
        .iter()
        .map(|item| match item {
            ImplItem::Fn(method) => match marking(&method.attrs) {
                Some(position) => {
                    marked += 1;
                    expand_method(method, position, &scope)
                }
                None => item.to_token_stream(),
            },
            _ => item.to_token_stream(),
        })
        .collect();
    if marked == 0 {
        cx.error_spanned_by(
            &block.self_ty,
            "no method of this `impl` block is marked #[grad::differentiate]; mark the methods to differentiate",
        );
    }
    let output = reassemble(&block, &items);
    expand::with_errors(output, &cx)
}

/// A trait's `impl` block (`impl Objective for Quadratic`), which can hold the trait's methods
/// only: each marked method stays there as written, and what its expansion generates beside it
/// (`value_vjp`, `value_grad`, .., public) goes to an inherent block of the same type and
/// generics written after it, where `q.value_grad(x)` finds it.
fn trait_impl(block: &ItemImpl, scope: &Scope, cx: Ctxt) -> TokenStream {
    let mut marked = 0;
    let mut trait_items = Vec::new();
    let mut generated = Vec::new();
    for item in &block.items {
        let ImplItem::Fn(method) = item else {
            trait_items.push(item.to_token_stream());
            continue;
        };
        let Some(position) = marking(&method.attrs) else {
            trait_items.push(item.to_token_stream());
            continue;
        };
        marked += 1;
        let mut public = method.clone();
        public.vis = syn::parse_quote!(pub);
        let expanded = expand_method(&public, position, scope);
        match syn::parse2::<ImplItems>(expanded.clone()) {
            Ok(ImplItems(items)) => {
                for item in items {
                    match item {
                        ImplItem::Fn(mut own) if own.sig.ident == method.sig.ident => {
                            own.vis = syn::Visibility::Inherited;
                            trait_items.push(own.into_token_stream());
                        }
                        other => generated.push(other.into_token_stream()),
                    }
                }
            }
            // An expansion that does not parse as items reports itself where rustc reads it.
            Err(_) => generated.push(expanded),
        }
    }
    if marked == 0 {
        cx.error_spanned_by(
            &block.self_ty,
            "no method of this `impl` block is marked #[grad::differentiate]; mark the methods to differentiate",
        );
    }
    let (impl_generics, _, where_clause) = block.generics.split_for_impl();
    let self_ty = &block.self_ty;
    let trait_block = reassemble(block, &trait_items);
    let output = quote! {
        #trait_block
        impl #impl_generics #self_ty #where_clause {
            #(#generated)*
        }
    };
    expand::with_errors(output, &cx)
}

/// The items of an `impl` block, as a method's expansion writes them.
struct ImplItems(Vec<ImplItem>);

impl syn::parse::Parse for ImplItems {
    fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
        let mut items = Vec::new();
        while !input.is_empty() {
            items.push(input.parse()?);
        }
        Ok(Self(items))
    }
}

/// What a method's expansion knows of the `impl` block around it.
pub struct Scope {
    /// The block's type parameters, which the pullback's `use<..>` names.
    pub type_params: Vec<syn::Ident>,
    /// The block's float: its one type parameter, when it is bounded by `Scalar`
    /// (`impl<A: Scalar> Line<A>`, `impl<F: grad::Scalar + Debug> Line<F>`,
    /// `impl<A> Line<A> where A: Scalar`), with what its other bounds ask of `Dual<A>`.
    pub scalar: Option<crate::plan::FloatParam>,
    /// The block's self type, `Line<A>`.
    pub self_ty: syn::Type,
}

impl Scope {
    fn of(block: &ItemImpl) -> Self {
        let type_params: Vec<syn::Ident> = block
            .generics
            .type_params()
            .map(|param| param.ident.clone())
            .collect();
        // The methods compile at `A = Dual<A>`, which meets `Scalar`; `f_jvp` and `f_hvp` ask
        // it to meet the block's other bounds (`plan/dual/scalar.rs`).
        let scalar = crate::plan::float_param(&block.generics, false).ok();
        Self {
            type_params,
            scalar,
            self_ty: (*block.self_ty).clone(),
        }
    }
}

/// The block again (a trait's too), with its items replaced by `items` (the marked methods
/// expanded).
fn reassemble(block: &ItemImpl, items: &[TokenStream]) -> TokenStream {
    let ItemImpl {
        attrs,
        defaultness,
        unsafety,
        impl_token,
        generics,
        trait_,
        self_ty,
        ..
    } = block;
    let (outer, inner): (Vec<&Attribute>, Vec<&Attribute>) = attrs
        .iter()
        .partition(|attr| matches!(attr.style, AttrStyle::Outer));
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let trait_ = trait_
        .as_ref()
        .map(|(bang, path, for_token)| quote!(#bang #path #for_token));
    quote! {
        #(#outer)* #defaultness #unsafety #impl_token #impl_generics #trait_ #self_ty #where_clause {
            #(#inner)*
            #(#items)*
        }
    }
}

/// The position of the `#[differentiate]` (or `#[grad::differentiate]`) among a method's
/// attributes.
fn marking(attrs: &[Attribute]) -> Option<usize> {
    attrs.iter().position(|attr| {
        let segments: Vec<String> = attr
            .path()
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect();
        matches!(
            segments.iter().map(String::as_str).collect::<Vec<_>>()[..],
            ["differentiate"] | ["grad", "differentiate"]
        )
    })
}

/// The method without its marking, expanded with the block's type parameters in scope.
fn expand_method(method: &syn::ImplItemFn, position: usize, scope: &Scope) -> TokenStream {
    let mut attrs = method.attrs.clone();
    let marking = attrs.remove(position);
    let args = match marking.meta {
        Meta::List(list) => list.tokens,
        Meta::Path(_) | Meta::NameValue(_) => TokenStream::new(),
    };
    let item = ItemFn {
        attrs,
        vis: method.vis.clone(),
        sig: method.sig.clone(),
        block: Box::new(method.block.clone()),
    };
    expand::differentiate_fn(args, item, Some(scope))
}

/// Reports, into `cx`, a method marked on its own whose signature names what looks like a type
/// parameter of its `impl` block (`A` in `fn eval(&self, t: A) -> A`, declared by
/// `impl<A: Scalar> Line<A>`, not by the method). The attribute cannot name `A` in the
/// pullback's `use<..>` (see the module's comment), and rustc's own error does not say to mark
/// the block. Only for methods (a receiver, or `Self` in the signature), and only for names
/// that look like type parameters (a capital letter, then digits: `A`, `T`, `F1`): a free
/// function may use a type alias `A`, and a method may name a type of the user's. A method
/// that names no parameter of the block still meets rustc's error; the README says what to do.
pub fn report_block_parameters_of_lone_method(cx: &Ctxt, item: &ItemFn) {
    let sig = &item.sig;
    let is_method = matches!(sig.inputs.first(), Some(syn::FnArg::Receiver(_)))
        || sig
            .to_token_stream()
            .into_iter()
            .any(|token| matches!(&token, proc_macro2::TokenTree::Ident(ident) if ident == "Self"));
    if !is_method {
        return;
    }
    let declared: Vec<&syn::Ident> = sig
        .generics
        .type_params()
        .map(|param| &param.ident)
        .collect();
    let mut finder = ParameterLike::default();
    syn::visit::Visit::visit_signature(&mut finder, sig);
    if let Some(name) = finder
        .found
        .into_iter()
        .find(|name| !declared.contains(&name))
    {
        cx.error_spanned_by(
            &name,
            format!(
                "`{name}` looks like a type parameter of the `impl` block: put #[grad::differentiate] on the block as well (`#[grad::differentiate] impl<{name}: Scalar> ..`), so that the generated methods can name `{name}`"
            ),
        );
    }
}

/// The single-segment type paths of a signature that look like type parameters.
#[derive(Default)]
struct ParameterLike {
    found: Vec<syn::Ident>,
}

impl<'ast> syn::visit::Visit<'ast> for ParameterLike {
    fn visit_type_path(&mut self, path: &'ast syn::TypePath) {
        if path.qself.is_none()
            && let [segment] = path.path.segments.iter().collect::<Vec<_>>()[..]
            && segment.arguments.is_none()
        {
            let name = segment.ident.to_string();
            let mut chars = name.chars();
            let capital = chars.next().is_some_and(|c| c.is_ascii_uppercase());
            if capital && chars.all(|c| c.is_ascii_digit()) {
                self.found.push(segment.ident.clone());
            }
        }
        syn::visit::visit_type_path(self, path);
    }
}
