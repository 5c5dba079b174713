//! `impl Tangent for T`, field by field over the differentiated fields, and `impl Accumulate for
//! T` through it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

use super::Derive;

impl Derive<'_> {
    /// `impl Tangent for T`, field by field over the differentiated fields.
    pub(super) fn tangent_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        let scalar = self.scalar();
        let zeros_like = self.zeros_like_method();
        let in_place = self.in_place_methods();
        let reductions = self.reduction_methods();
        let zip_chunks = self.zip_chunks_bodies();
        let loans = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::loans(&self.#name, loans);
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Tangent for #ident #ty_generics #where_clause {
                type Scalar = #scalar;
                #zeros_like
                #in_place
                #reductions
                #zip_chunks
                #[inline]
                #[allow(unused_variables)]
                fn loans<'__grad_loan>(
                    &'__grad_loan self,
                    loans: &mut ::std::vec::Vec<::grad::__private::lend::Loan<'__grad_loan>>,
                ) {
                    #(#loans)*
                }
            }
        }
    }

    /// `Tangent::zeros_like`: zeros of each differentiated field, a clone of each skipped one.
    fn zeros_like_method(&self) -> TokenStream {
        let d_names = Self::names(&self.differentiated);
        let s_names = Self::names(&self.skipped);
        let cloned = self.cloned();
        let zeros = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zeros_like(&self.#name)
            }
        });
        quote! {
            #[inline]
            fn zeros_like(&self) -> Self {
                Self {
                    #(#d_names: #zeros,)*
                    #(#s_names: #cloned,)*
                }
            }
        }
    }

    /// `Tangent::add_assign`, `scale` and `axpy`: each differentiated field updated in place.
    fn in_place_methods(&self) -> TokenStream {
        let add = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::add_assign(&mut self.#name, &other.#name);
            }
        });
        let scale = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::scale(&mut self.#name, a);
            }
        });
        let axpy = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::axpy(&mut self.#name, a, &other.#name);
            }
        });
        quote! {
            #[inline]
            fn add_assign(&mut self, other: &Self) {
                #(#add)*
            }
            #[inline]
            fn scale(&mut self, a: Self::Scalar) {
                #(#scale)*
            }
            #[inline]
            fn axpy(&mut self, a: Self::Scalar, other: &Self) {
                #(#axpy)*
            }
        }
    }

    /// `Tangent::sum_of_squares` and `dot`: the sums over the differentiated fields.
    fn reduction_methods(&self) -> TokenStream {
        let squares = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::sum_of_squares(&self.#name)
            }
        });
        let dots = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::dot(&this.#name, &other.#name)
            }
        });
        quote! {
            #[inline]
            fn sum_of_squares(&self) -> f64 {
                0.0 #(+ #squares)*
            }
            #[inline]
            fn dot(this: &Self, other: &Self) -> Self::Scalar {
                #(#dots)+*
            }
        }
    }

    /// `Tangent::zip_chunks` and `zip_chunks_pair`: each value of `xs` (`x`, `y`, `s`) at a time,
    /// the closure passed to each differentiated field in turn as a slice of one value.
    fn zip_chunks_bodies(&self) -> TokenStream {
        let zip_chunks = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zip_chunks(
                    ::core::slice::from_mut(&mut x.#name),
                    ::core::slice::from_ref(&y.#name),
                    &mut *f,
                );
            }
        });
        let zip_chunks_pair = self.each(|name, span| {
            quote_spanned! {span=>
                ::grad::__private::Tangent::zip_chunks_pair(
                    ::core::slice::from_mut(&mut x.#name),
                    ::core::slice::from_mut(&mut s.#name),
                    ::core::slice::from_ref(&y.#name),
                    &mut *f,
                );
            }
        });
        quote! {
            fn zip_chunks(
                xs: &mut [Self],
                ys: &[Self],
                f: &mut dyn ::core::ops::FnMut(&mut [Self::Scalar], &[Self::Scalar]),
            ) {
                ::core::assert_eq!(
                    xs.len(),
                    ys.len(),
                    "grad: Tangent::zip_chunks of slices of different lengths"
                );
                for (x, y) in ::core::iter::Iterator::zip(xs.iter_mut(), ys.iter()) {
                    #(#zip_chunks)*
                }
            }
            fn zip_chunks_pair(
                xs: &mut [Self],
                ss: &mut [Self],
                ys: &[Self],
                f: &mut dyn ::core::ops::FnMut(
                    &mut [Self::Scalar],
                    &mut [Self::Scalar],
                    &[Self::Scalar],
                ),
            ) {
                ::core::assert!(
                    xs.len() == ss.len() && xs.len() == ys.len(),
                    "grad: Tangent::zip_chunks_pair of slices of different lengths"
                );
                let values = ::core::iter::Iterator::zip(xs.iter_mut(), ss.iter_mut());
                for ((x, s), y) in ::core::iter::Iterator::zip(values, ys.iter()) {
                    #(#zip_chunks_pair)*
                }
            }
        }
    }

    /// `impl Accumulate for T`: `self += other` by value, through `Tangent::add_assign`.
    pub(super) fn accumulate_impl(&self) -> TokenStream {
        let ident = &self.input.ident;
        let (impl_generics, ty_generics, where_clause) = self.generics.split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::grad::__private::Accumulate for #ident #ty_generics #where_clause {
                #[inline]
                fn accumulate(&mut self, other: Self) {
                    ::grad::__private::Tangent::add_assign(self, &other);
                }
            }
        }
    }
}
