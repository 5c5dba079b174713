//! In an anonymous `const _`, the shape struct of a gradient (each differentiated field's
//! `Differentiable::Shape`, a clone of each skipped field) with `Clone` and `TangentShape`, and
//! `impl Differentiable for T` with `T` its own tangent.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::Derive;

impl Derive<'_> {
    /// In an anonymous `const _`, the shape struct (each differentiated field's shape, a clone of
    /// each skipped field) with `Clone` and `TangentShape`, and `impl Differentiable for T`.
    pub(super) fn shape_items(&self) -> TokenStream {
        let ident = &self.input.ident;
        // The shape struct is as visible as the struct: it is its `Differentiable::Shape`.
        let vis = &self.input.vis;
        let generics = &self.generics;
        let (_, _, where_clause) = generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let shape = format_ident!("__{}TangentShape", ident);
        let shape_generics = if generics.params.is_empty() {
            quote!()
        } else {
            let params = &generics.params;
            quote!(<#params>)
        };
        let shape_types = self.differentiated.iter().map(|field| {
            let ty = &field.ty;
            quote_spanned!(ty.span()=> <#ty as ::grad::__private::Differentiable>::Shape)
        });
        let skipped_types = self.skipped.iter().map(|field| &field.ty);
        let (marker_field, _) = self.marker();
        let shape_doc = format!(
            "The shape of a `{ident}` gradient: its differentiated fields' shapes and copies of its skipped fields."
        );
        let shape_impl = self.shape_impl(&shape);
        let differentiable_impl = self.differentiable_impl(&shape);
        quote! {
            const _: () = {
                #[doc = #shape_doc]
                #vis struct #shape #shape_generics #where_clause {
                    #(#d_names: #shape_types,)*
                    #(#s_names: #skipped_types,)*
                    #marker_field
                }

                #shape_impl

                #differentiable_impl
            };
        }
    }

    /// The shape struct's marker field and its value: a `PhantomData` of the struct when it has
    /// generic parameters (which the shape struct might not use otherwise), nothing if not.
    fn marker(&self) -> (TokenStream, TokenStream) {
        if self.generics.params.is_empty() {
            return (quote!(), quote!());
        }
        let ident = &self.input.ident;
        let (_, ty_generics, _) = self.generics.split_for_impl();
        (
            quote!(__grad_marker: ::core::marker::PhantomData<fn() -> #ident #ty_generics>,),
            quote!(__grad_marker: ::core::marker::PhantomData,),
        )
    }

    /// The shape struct's `Clone` and `TangentShape`.
    fn shape_impl(&self, shape: &Ident) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let (_, marker) = self.marker();
        let runtime = quote!(::grad::__private);
        let shape_zeros = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::TangentShape::zeros(self.#name)
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::clone::Clone for #shape #ty_generics #where_clause {
                #[inline]
                fn clone(&self) -> Self {
                    Self {
                        #(#d_names: ::core::clone::Clone::clone(&self.#d_names),)*
                        #(#s_names: ::core::clone::Clone::clone(&self.#s_names),)*
                        #marker
                    }
                }
            }

            #[automatically_derived]
            impl #impl_generics #runtime::TangentShape for #shape #ty_generics #where_clause {
                type Tangent = #ident #ty_generics;
                #[inline]
                fn zeros(self) -> #ident #ty_generics {
                    #ident {
                        #(#d_names: #shape_zeros,)*
                        #(#s_names: self.#s_names,)*
                    }
                }

                fn placeholder(self) -> #ident #ty_generics {
                    #ident {
                        #(#d_names: #runtime::TangentShape::placeholder(self.#d_names),)*
                        #(#s_names: self.#s_names,)*
                    }
                }

                // Skipped fields read in a differentiated function may have had cotangents added
                // into them: a gradient holds the copies kept here instead.
                fn restore(&self, tangent: &mut #ident #ty_generics) {
                    #(#runtime::TangentShape::restore(&self.#d_names, &mut tangent.#d_names);)*
                    #(tangent.#s_names = ::core::clone::Clone::clone(&self.#s_names);)*
                }
            }
        }
    }

    /// `impl Differentiable for T`, with `T` its own gradient type and the shape struct its shape.
    fn differentiable_impl(&self, shape: &Ident) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let (d_names, s_names) = (
            Self::names(&self.differentiated),
            Self::names(&self.skipped),
        );
        let (_, marker) = self.marker();
        let cloned = self.cloned();
        let shapes = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Differentiable::tangent_shape(&self.#name)
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Differentiable for #ident #ty_generics #where_clause {
                type Tangent = Self;
                type Shape = #shape #ty_generics;
                #[inline]
                fn tangent_shape(&self) -> Self::Shape {
                    #shape {
                        #(#d_names: #shapes,)*
                        #(#s_names: #cloned,)*
                        #marker
                    }
                }
            }
        }
    }
}
