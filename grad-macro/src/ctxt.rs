//! The error collector: every stage reports into one [`Ctxt`], so the user sees every problem in
//! the function at once, each spanned at its own tokens (serde_derive's `Ctxt`).

use std::cell::RefCell;
use std::fmt::Display;

use quote::ToTokens;

/// Collects spanned errors; [`Ctxt::check`] combines them into one `syn::Error`.
#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Vec<syn::Error>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Self::default()
    }

    /// Records an error spanned at `tokens`.
    pub fn error_spanned_by<T: ToTokens, M: Display>(&self, tokens: T, message: M) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records an error at `span`.
    pub fn error_at<M: Display>(&self, span: proc_macro2::Span, message: M) {
        self.errors
            .borrow_mut()
            .push(syn::Error::new(span, message));
    }

    /// How many errors were reported so far.
    pub fn error_count(&self) -> usize {
        self.errors.borrow().len()
    }

    /// `Ok` when nothing was reported, else every error combined into one.
    pub fn check(&self) -> syn::Result<()> {
        let mut errors = self.errors.borrow_mut();
        let mut errors = errors.drain(..);
        let Some(mut combined) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            combined.combine(error);
        }
        Err(combined)
    }
}
