//! The arguments a call differentiates, told to the callee's rule (`grad::runtime::wrt`): a
//! network's first layer, whose input batch is data, gets the same gradients as when every
//! argument is differentiated and as finite differences, while `affine_vjp` and `conv2d_vjp`
//! skip the input's cotangent; a probe rule records the masks it is given, at each kind of
//! argument and through nested and hand-written rules; and a hand-written rule that ignores
//! the mechanism still gets correct gradients.

use std::cell::RefCell;

use grad::check::assert_gradcheck;
use grad::nn::*;
use grad::runtime::ndarray::{Array, Array1, Array2, Array4, ShapeBuilder};
use grad::runtime::wrt;

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Deterministic values in `[-scale, scale)`.
fn random<Sh: ShapeBuilder>(shape: Sh, seed: u64, scale: f64) -> Array<f64, Sh::Dim> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    Array::from_shape_simple_fn(shape, || {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        let bits = state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        (bits as f64 / (1u64 << 52) as f64 - 1.0) * scale
    })
}

/// The tolerance of the finite-difference checks (cs231n's relative error).
const TOL: f64 = 1e-7;

// ---------------------------------------------------------------------------------------------
// A first affine layer: `x` is data.
// ---------------------------------------------------------------------------------------------

#[grad::differentiate(wrt(w, b))]
fn first_layer(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>, labels: &[usize]) -> f64 {
    let scores = affine(x, w, b);
    softmax_cross_entropy(&scores, labels)
}

/// The same function, every array differentiated.
#[grad::differentiate(wrt(x, w, b))]
fn every_argument(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>, labels: &[usize]) -> f64 {
    let scores = affine(x, w, b);
    softmax_cross_entropy(&scores, labels)
}

/// The same function through the path `nn::affine`: the mask goes to `"affine"`, the last
/// segment.
#[grad::differentiate(wrt(w, b))]
fn first_layer_by_path(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>, labels: &[usize]) -> f64 {
    let scores = grad::nn::affine(x, w, b);
    softmax_cross_entropy(&scores, labels)
}

fn affine_problem() -> (Array2<f64>, Array2<f64>, Array1<f64>, Vec<usize>) {
    (
        random((5, 4), 1, 1.0),
        random((4, 3), 2, 0.5),
        random(3, 3, 0.1),
        vec![0, 2, 1, 1, 0],
    )
}

#[test]
fn first_affine_layer_gradients_equal_every_arguments_and_finite_differences() {
    let (x, w, b, labels) = affine_problem();
    let (value, (dw, db)) = first_layer_grad(&x, &w, &b, &labels);
    let (all_value, (dx, all_dw, all_db)) = every_argument_grad(&x, &w, &b, &labels);
    assert_eq!(value, first_layer(&x, &w, &b, &labels));
    assert_eq!(value, all_value);
    // Both come from the same products: identical, not just close.
    assert_eq!((&dw, &db), (&all_dw, &all_db));
    assert_eq!(dx.dim(), x.dim());
    assert_eq!(
        first_layer_by_path_grad(&x, &w, &b, &labels),
        (value, (dw.clone(), db.clone()))
    );

    assert_gradcheck(|w| first_layer(&x, w, &b, &labels), &w, &dw, TOL);
    assert_gradcheck(|b| first_layer(&x, &w, b, &labels), &b, &db, TOL);
    assert_gradcheck(|x| every_argument(x, &w, &b, &labels), &x, &dx, TOL);
}

/// `affine`'s own pullback, as the generated code gets it, returns nothing for `x`: the
/// product `c · wᵀ` was not computed.
#[test]
fn first_affine_layer_skips_the_input_cotangent() {
    let (x, w, b, _) = affine_problem();
    let c = random((5, 3), 4, 1.0);
    // The scope `#[differentiate]` opens around `affine(x, w, b)` in `first_layer`.
    let (_, pullback) = {
        let _wrt = wrt::enter("affine", 0b110);
        affine_vjp(&x, &w, &b)
    };
    let (dx, dw, db) = pullback(c.clone());
    assert_eq!(dx.len(), 0);
    let (all_dx, all_dw, all_db) = affine_vjp(&x, &w, &b).1(c);
    assert_eq!((dw, db), (all_dw, all_db));
    assert_eq!(all_dx.dim(), x.dim());
}

// ---------------------------------------------------------------------------------------------
// A first convolution layer: the images are data.
// ---------------------------------------------------------------------------------------------

#[grad::differentiate(wrt(w, b))]
fn first_conv(x: &Array4<f64>, w: &Array4<f64>, b: &Array1<f64>) -> f64 {
    let y = conv2d(x, w, b, 2, 1);
    (&y * &y).sum()
}

#[grad::differentiate(wrt(x, w, b))]
fn every_conv_argument(x: &Array4<f64>, w: &Array4<f64>, b: &Array1<f64>) -> f64 {
    let y = conv2d(x, w, b, 2, 1);
    (&y * &y).sum()
}

#[test]
fn first_conv_layer_gradients_equal_every_arguments_and_finite_differences() {
    let x = random((2, 3, 7, 6), 5, 1.0);
    let w = random((4, 3, 3, 2), 6, 0.5);
    let b = random(4, 7, 0.1);
    let (value, (dw, db)) = first_conv_grad(&x, &w, &b);
    let (all_value, (dx, all_dw, all_db)) = every_conv_argument_grad(&x, &w, &b);
    assert_eq!(value, first_conv(&x, &w, &b));
    assert_eq!(value, all_value);
    assert_eq!((&dw, &db), (&all_dw, &all_db));
    assert_eq!(dx.dim(), x.dim());

    // Some elements of `dx` are small (3e-5) next to the loss (a sum of 128 squares): the
    // rounding of the central differences alone is about 1e-6 of them.
    let tol = 1e-5;
    assert_gradcheck(|w| first_conv(&x, w, &b), &w, &dw, tol);
    assert_gradcheck(|b| first_conv(&x, &w, b), &b, &db, tol);
    assert_gradcheck(|x| every_conv_argument(x, &w, &b), &x, &dx, tol);
}

// ---------------------------------------------------------------------------------------------
// A probe: a hand-written rule that records the mask it is given.
// ---------------------------------------------------------------------------------------------

thread_local! {
    static ASKED: RefCell<Vec<[bool; 2]>> = const { RefCell::new(Vec::new()) };
}

/// The masks the probe recorded since the last call.
fn asked() -> Vec<[bool; 2]> {
    ASKED.with_borrow_mut(std::mem::take)
}

/// `Σ x · w`.
fn probe(x: &Array1<f64>, w: &Array1<f64>) -> f64 {
    x.dot(w)
}

fn probe_vjp(
    x: &Array1<f64>,
    w: &Array1<f64>,
) -> (f64, impl FnOnce(f64) -> (Array1<f64>, Array1<f64>) + use<>) {
    let [want_x, want_w] = wrt::take::<2>("probe");
    ASKED.with_borrow_mut(|asked| asked.push([want_x, want_w]));
    let (x, w) = (x.clone(), w.clone());
    let value = probe(&x, &w);
    let pullback = move |c: f64| {
        let dx = if want_x { &w * c } else { Array1::zeros(0) };
        let dw = if want_w { &x * c } else { Array1::zeros(0) };
        (dx, dw)
    };
    (value, pullback)
}

#[grad::differentiate(wrt(w))]
fn probe_of_data(x: &Array1<f64>, w: &Array1<f64>) -> f64 {
    probe(x, w)
}

#[grad::differentiate]
fn probe_of_both(x: &Array1<f64>, w: &Array1<f64>) -> f64 {
    probe(x, w)
}

/// A local computed from data is not differentiated, one computed from `w` is; a borrow `&v`
/// has its variable's activity.
#[grad::differentiate(wrt(w))]
fn probe_of_locals(x: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let data = x * 2.0;
    let weights = w * 2.0;
    let a = probe(&data, &weights);
    let b = probe(&weights, &data);
    let c = probe(&weights, w);
    a + b + c
}

#[test]
fn the_probe_is_asked_for_the_differentiated_arguments_only() {
    let (x, w) = (random(4, 8, 1.0), random(4, 9, 1.0));
    asked();
    let (_, dw) = probe_of_data_grad(&x, &w);
    assert_eq!(asked(), [[false, true]]);
    assert_eq!(dw, x);

    let (_, (dx, dw)) = probe_of_both_grad(&x, &w);
    assert_eq!(asked(), [[true, true]]);
    assert_eq!((dx, dw), (w.clone(), x.clone()));

    let (_, dw) = probe_of_locals_grad(&x, &w);
    assert_eq!(asked(), [[false, true], [true, false], [true, true]]);
    assert_gradcheck(|w| probe_of_locals(&x, w), &w, &dw, TOL);
}

#[test]
fn the_probe_called_directly_is_asked_for_everything() {
    let (x, w) = (random(3, 10, 1.0), random(3, 11, 1.0));
    asked();
    let (_, pullback) = probe_vjp(&x, &w);
    assert_eq!(asked(), [[true, true]]);
    assert_eq!(pullback(1.0), (w, x));
}

#[test]
fn a_scope_outside_does_not_reach_a_generated_call() {
    let (x, w) = (random(3, 12, 1.0), random(3, 13, 1.0));
    asked();
    // A stale scope for `probe`: the generated function opens its own around its call.
    let _stale = wrt::enter("probe", 0b00);
    let (_, (dx, dw)) = probe_of_both_grad(&x, &w);
    assert_eq!(asked(), [[true, true]]);
    assert_eq!((dx, dw), (w, x));
}

/// A differentiated function called from another: each call has its own scope, the inner
/// call's mask coming from the inner function's own activity.
#[grad::differentiate(wrt(w))]
fn outer(x: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let v = w * 3.0;
    probe_of_both(x, &v) + probe(&v, x)
}

#[test]
fn nested_differentiated_calls_each_have_their_own_scope() {
    let (x, w) = (random(3, 14, 1.0), random(3, 15, 1.0));
    asked();
    let (_, dw) = outer_grad(&x, &w);
    // `probe_of_both` differentiates both of its arguments, whatever its caller's activity;
    // then `probe(&v, x)` in `outer`.
    assert_eq!(asked(), [[true, true], [true, false]]);
    assert_gradcheck(|w| outer(&x, w), &w, &dw, TOL);
}

// ---------------------------------------------------------------------------------------------
// A hand-written rule that knows nothing of the mechanism.
// ---------------------------------------------------------------------------------------------

/// `affine(x, w, b)` with its first two arguments swapped, and a rule that ignores `wrt`: the
/// mask of a call `g(w, x, b)` (`0b101` in a first layer) read as `affine`'s would drop `dw`.
fn g(w: &Array2<f64>, x: &Array2<f64>, b: &Array1<f64>) -> Array2<f64> {
    affine(x, w, b)
}

#[allow(clippy::type_complexity)]
fn g_vjp(
    w: &Array2<f64>,
    x: &Array2<f64>,
    b: &Array1<f64>,
) -> (
    Array2<f64>,
    impl FnOnce(Array2<f64>) -> (Array2<f64>, Array2<f64>, Array1<f64>) + use<>,
) {
    let (y, pullback) = grad::nn::affine_vjp(x, w, b);
    (y, move |c| {
        let (dx, dw, db) = pullback(c);
        (dw, dx, db)
    })
}

#[grad::differentiate(wrt(w, b))]
fn first_layer_through_g(
    x: &Array2<f64>,
    w: &Array2<f64>,
    b: &Array1<f64>,
    labels: &[usize],
) -> f64 {
    let scores = g(w, x, b);
    softmax_cross_entropy(&scores, labels)
}

#[test]
fn a_hand_written_rule_ignoring_the_mask_still_gets_correct_gradients() {
    let (x, w, b, labels) = affine_problem();
    let (value, (dw, db)) = first_layer_through_g_grad(&x, &w, &b, &labels);
    assert_eq!(
        (value, (dw.clone(), db.clone())),
        first_layer_grad(&x, &w, &b, &labels)
    );
    assert_gradcheck(|w| first_layer_through_g(&x, w, &b, &labels), &w, &dw, TOL);
    assert_gradcheck(|b| first_layer_through_g(&x, &w, b, &labels), &b, &db, TOL);
}
