//! `#[derive(grad::Tangent)]`: a struct with named fields as a gradient type.
//!
//! For `struct T { a: A, b: B, #[tangent(skip)] n: N }` the derive writes, in this order:
//!
//! - `impl Tangent for T`, field by field over the differentiated fields (`a`, `b`; `dot` is
//!   `⟨x.a, y.a⟩ + ⟨x.b, y.b⟩`); skipped fields are cloned by `zeros_like` and otherwise left
//!   alone (also by `zip_chunks` and `zip_chunks_pair`, which pass their closure to each field
//!   in turn; `zip_update` and `zip_update_pair` are the trait's provided methods over them).
//!   `Scalar` is a differentiated field's (`bounds.rs`, `scalar_setter`: a float field if there is one).
//! - `impl Accumulate for T` (`self += other` by value, through `Tangent::add_assign`), what the
//!   reverse sweep sums adjoints with (it scales them with `Tangent::scale`).
//! - In an anonymous `const _: () = { .. }`, a shape struct holding each differentiated field's
//!   `Differentiable::Shape` and a clone of each skipped field, with `TangentShape` (zeros of the
//!   shape: a `T`), and `impl Differentiable for T` with `Tangent = T`. A zero gradient is made
//!   from the shape without keeping `T` alive, and making the shape allocates no gradient.
//! - For a struct generic over its float (`struct Line<A: Scalar>`, one type parameter that
//!   every differentiated field names), `impl LiftDual for Line<A>`: its twin at dual numbers
//!   `Line<Dual<A>>`, lifted and split field by field, on which `f_jvp` and `f_hvp` run its
//!   methods (`dual.rs`; the twin's own bounds are written there).
//! - For a struct without generic parameters written in `f64` (or `f32`), a hidden twin
//!   `__GradDualSpring<__GradFloat, ..>` generic over its float, the derive's impls for it, and
//!   `impl LiftDual for Spring` with the twin at `Dual<f64>` (`twin.rs`): what `f_jvp` and
//!   `f_hvp` lift a differentiated `&Spring` to.
//!
//! Every item carries the struct's generics and, for each field type that names no generic
//! parameter, a bound spanned at that type: `A: Tangent` for the field that sets the scalar,
//! `B: Tangent<Scalar = <A as Tangent>::Scalar>` for the others, `N: Clone` for skipped ones. A
//! field type that does not meet its bound is then reported once, at the type, and the bodies
//! (checked under the bound) add nothing. Field types the macro can tell are not
//! differentiable (integers, `bool`, `char`, text, and containers of them) are its own errors
//! unless skipped. Field types that name a generic parameter get no bound (rustc would then
//! take their scalar from the bound instead of the impl): the struct's own bounds must make
//! them `Tangent`, and the bodies are spanned at the field types so errors land there. A type
//! parameter a differentiated field names, with no bound at all, is the derive's own error.
//!
//! `GRAD_DEBUG=1` prints the generated code.
//!
//! One module per part: `fields.rs` reads and checks the struct's fields and their
//! `#[tangent(skip)]` attributes, `bounds.rs` holds what every generated item shares (the
//! generics with the fields' bounds, the fields split into differentiated and skipped),
//! `tangent_trait.rs` writes `impl Tangent` and `impl Accumulate`, and `shape.rs` the shape
//! struct and `impl Differentiable`, and `dual.rs` the twin at dual numbers of a struct generic
//! over its float (`impl LiftDual`, for `f_jvp` and `f_hvp`), `twin.rs` the twin of a struct
//! written in a float.

mod bounds;
mod dual;
mod fields;
mod shape;
mod tangent_trait;
mod twin;

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::ctxt::Ctxt;

use bounds::Derive;
use fields::{Field, fields};

pub(crate) use dual::at_dual;

/// The attribute the derive reads on fields.
const ATTR: &str = "tangent";

/// The derive's entry point: the generated impls, or every error found.
pub fn derive(input: TokenStream) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let cx = Ctxt::new();
    let fields = fields(&cx, &input);
    if let Some(fields) = &fields {
        bounds::report_unbounded_parameters(&cx, &input, fields);
    }
    match (cx.check(), fields) {
        (Ok(()), Some(fields)) => {
            let generated = generate(&input, &fields);
            if std::env::var_os("GRAD_DEBUG").is_some() {
                eprintln!("#[derive(Tangent)] {}: generated\n{generated}", input.ident);
            }
            generated
        }
        (Err(errors), _) => errors.to_compile_error(),
        (Ok(()), None) => TokenStream::new(),
    }
}

/// The impls, for a struct whose fields passed the checks (at least one is differentiated).
fn generate(input: &DeriveInput, fields: &[Field]) -> TokenStream {
    let derive = Derive::new(input, fields);
    let tangent = derive.tangent_impl();
    let accumulate = derive.accumulate_impl();
    let shape = derive.shape_items();
    let lift = derive.lift_dual_impl();
    let twin = twin::twin_items(input, fields);
    quote! {
        #tangent
        #accumulate
        #shape
        #lift
        #twin
    }
}
