//! What the rewrites make of the idioms of issue 12, read from the rewritten IR and the plan of
//! `f_vjp` (the tests in `tests/` check the gradients themselves).

use proc_macro2::TokenStream;
use quote::quote;

use crate::args::Args;
use crate::ctxt::Ctxt;
use crate::expand;
use crate::ir::Function;
use crate::plan::Plan;
use crate::sig::Signature;

/// The rewritten IR of `item` under `#[differentiate(args)]`, as text, and its plan of `f_vjp`.
fn rewritten(args: TokenStream, item: TokenStream) -> (String, String) {
    let cx = Ctxt::new();
    let args = Args::from_tokens(&cx, args);
    let item: syn::ItemFn = syn::parse2(item).expect("a function");
    let (sig, ok) = Signature::from_fn(&cx, &args, &item);
    let function: Function = expand::analyse(&cx, &sig, &item);
    assert!(ok && cx.check().is_ok(), "the function is differentiable");
    let plan = Plan::for_vjp(&function, false).describe(&function);
    (function.to_string(), plan)
}

#[test]
fn a_plain_sum_returned_as_a_float_is_preaccumulated() {
    for item in [
        quote!(
            fn f(x: &[f64], y: &[f64]) -> f64 {
                x.iter().zip(y.iter()).map(|(a, b)| a * b.sin()).sum()
            }
        ),
        quote!(
            fn f(x: &[f64], y: &[f64]) -> f64 {
                let s: f64 = x.iter().zip(y).map(|(a, b)| a * b).sum();
                s * s
            }
        ),
    ] {
        let (ir, plan) = rewritten(quote!(), item);
        assert!(plan.contains("loop #1: preaccumulated"), "{ir}\n{plan}");
    }
    // A sum of arrays stays a loop with records: its accumulator is no float.
    let (ir, plan) = rewritten(
        quote!(),
        quote!(
            fn f(xs: &[ndarray::Array1<f64>]) -> ndarray::Array1<f64> {
                xs.iter().map(|x| x * 2.0).sum()
            }
        ),
    );
    assert!(plan.contains("loop #1: stacked"), "{ir}\n{plan}");
}

#[test]
fn fields_of_a_loop_element_are_read_through_the_container() {
    let (ir, plan) = rewritten(
        quote!(wrt(net)),
        quote!(
            fn f(net: &Net, x: &Array1<f64>) -> f64 {
                let mut h = x.clone();
                for layer in net.layers.iter() {
                    h = (layer.w.dot(&h) + &layer.b).mapv(f64::tanh);
                }
                h.sum()
            }
        ),
    );
    assert!(ir.contains("&net'.layers[index].w"), "{ir}");
    assert!(ir.contains("&net'.layers[index].b"), "{ir}");
    assert!(!plan.contains("layer_shape"), "{plan}");
    // An element used whole keeps its adjoint.
    let (ir, _) = rewritten(
        quote!(wrt(layers)),
        quote!(
            fn f(layers: &[Dense], x: &Array1<f64>) -> f64 {
                let mut s = 0.0;
                for layer in layers {
                    s += layer.clone().w.dot(x).sum();
                }
                s
            }
        ),
    );
    assert!(ir.contains(".clone(layer')"), "{ir}");
}

#[test]
fn a_written_out_vector_multiplied_once_is_a_rust_array() {
    let (ir, _) = rewritten(
        quote!(wrt(x, y)),
        quote!(
            fn f(x: f64, y: f64, w: &Array1<f64>) -> f64 {
                let features = array![x, y, x * y];
                let twice = array![x, y];
                features.dot(w).tanh() + twice.dot(&twice)
            }
        ),
    );
    assert!(ir.contains("let features' = [..]"), "{ir}");
    assert!(ir.contains("let twice' = array![..]"), "{ir}");
}
