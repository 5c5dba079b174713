//! Every peer's gradient against grad's, on the inputs of the benches: Rosenbrock at
//! n = 10,000, the MLP and the convolution layer in `f64` (every peer computes in `f64` too),
//! element by element within a relative 1e-6; and the `f32` versions that `benches/peers.rs`
//! times within a relative 1e-3 (an absolute 1e-5 near zero), since `f32` sums of 784 products
//! in different orders (each library's own matrix product) differ from the fourth digit on
//! those elements that are differences of near-equal terms.

use approx::assert_relative_eq;
use grad_peers::problems::{self, ConvGradient, MlpGradient};
use grad_peers::{with_autograd, with_burn, with_candle, with_dfdx, with_grad};

/// Asserts that `actual` and `expected` agree element by element.
#[track_caller]
fn assert_agree(what: &str, actual: &[f64], expected: &[f64], relative: f64, absolute: f64) {
    assert_eq!(actual.len(), expected.len(), "{what}: lengths");
    for (i, (&a, &e)) in actual.iter().zip(expected).enumerate() {
        assert!(
            approx::relative_eq!(a, e, max_relative = relative, epsilon = absolute),
            "{what}[{i}]: {a} against grad's {e}"
        );
    }
}

#[track_caller]
fn assert_mlp_agrees(
    peer: &str,
    (loss, g): (f64, MlpGradient<f64>),
    expected: &(f64, MlpGradient<f64>),
) {
    let (relative, absolute) = (1e-6, 1e-12);
    assert_relative_eq!(loss, expected.0, max_relative = relative);
    assert_agree(
        &format!("{peer} w1"),
        &g.w1,
        &expected.1.w1,
        relative,
        absolute,
    );
    assert_agree(
        &format!("{peer} b1"),
        &g.b1,
        &expected.1.b1,
        relative,
        absolute,
    );
    assert_agree(
        &format!("{peer} w2"),
        &g.w2,
        &expected.1.w2,
        relative,
        absolute,
    );
    assert_agree(
        &format!("{peer} b2"),
        &g.b2,
        &expected.1.b2,
        relative,
        absolute,
    );
}

#[track_caller]
fn assert_conv_agrees(
    peer: &str,
    (value, g): (f64, ConvGradient<f64>),
    expected: &(f64, ConvGradient<f64>),
) {
    let (relative, absolute) = (1e-6, 1e-12);
    assert_relative_eq!(value, expected.0, max_relative = relative);
    assert_agree(
        &format!("{peer} x"),
        &g.x,
        &expected.1.x,
        relative,
        absolute,
    );
    assert_agree(
        &format!("{peer} w"),
        &g.w,
        &expected.1.w,
        relative,
        absolute,
    );
    assert_agree(
        &format!("{peer} b"),
        &g.b,
        &expected.1.b,
        relative,
        absolute,
    );
}

#[test]
fn rosenbrock_gradients_agree() {
    let x = problems::rosenbrock_point(10_000);
    let (value, gradient) = with_grad::rosenbrock_grad(&x);
    let (hand_value, hand) = with_grad::rosenbrock_hand_written(&x);
    assert_relative_eq!(value, hand_value, max_relative = 1e-12);
    assert_agree("hand-written", &hand, &gradient, 1e-12, 1e-12);
    let peers = [
        ("candle", with_candle::rosenbrock_grad64(&x).unwrap()),
        ("burn", with_burn::rosenbrock_grad64(&x)),
        ("autograd", with_autograd::rosenbrock_grad64(&x)),
    ];
    for (peer, (v, g)) in peers {
        assert_relative_eq!(v, value, max_relative = 1e-6);
        assert_agree(peer, &g, &gradient, 1e-6, 1e-12);
    }
}

#[test]
fn mlp_gradients_agree_in_f64() {
    let p = problems::mlp::<f64>();
    let expected = with_grad::mlp_grad64(&with_grad::Mlp::new(&p));
    assert_mlp_agrees(
        "candle",
        with_candle::Mlp::new(&p).unwrap().grad64().unwrap(),
        &expected,
    );
    assert_mlp_agrees("burn", with_burn::Mlp::new(&p).grad64(), &expected);
    assert_mlp_agrees("dfdx", with_dfdx::Mlp::new(&p).grad64(), &expected);
    assert_mlp_agrees("autograd", with_autograd::Mlp::new(&p).grad64(), &expected);
}

#[test]
fn mlp_gradients_agree_in_f32() {
    let p = problems::mlp::<f32>();
    let (loss, (w1, b1, w2, b2)) = with_grad::mlp_grad(&with_grad::Mlp::new(&p));
    let flat = |a: Vec<f32>| a.into_iter().map(f64::from).collect::<Vec<f64>>();
    let expected = MlpGradient {
        w1: flat(w1.as_standard_layout().iter().copied().collect()),
        b1: flat(b1.to_vec()),
        w2: flat(w2.as_standard_layout().iter().copied().collect()),
        b2: flat(b2.to_vec()),
    };
    let peers = [
        (
            "candle",
            with_candle::Mlp::new(&p).unwrap().grad64().unwrap(),
        ),
        ("burn", with_burn::Mlp::new(&p).grad64()),
        ("dfdx", with_dfdx::Mlp::new(&p).grad64()),
        ("autograd", with_autograd::Mlp::new(&p).grad64()),
    ];
    for (peer, (l, g)) in peers {
        let (relative, absolute) = (1e-3, 1e-5);
        assert_relative_eq!(l, f64::from(loss), max_relative = 1e-5);
        assert_agree(
            &format!("{peer} w1"),
            &g.w1,
            &expected.w1,
            relative,
            absolute,
        );
        assert_agree(
            &format!("{peer} b1"),
            &g.b1,
            &expected.b1,
            relative,
            absolute,
        );
        assert_agree(
            &format!("{peer} w2"),
            &g.w2,
            &expected.w2,
            relative,
            absolute,
        );
        assert_agree(
            &format!("{peer} b2"),
            &g.b2,
            &expected.b2,
            relative,
            absolute,
        );
    }
}

#[test]
fn conv_gradients_agree_in_f64() {
    let p = problems::conv::<f64>();
    let expected = with_grad::conv_grad64(&with_grad::Conv::new(&p));
    assert_conv_agrees(
        "candle",
        with_candle::Conv::new(&p).unwrap().grad64().unwrap(),
        &expected,
    );
    assert_conv_agrees("burn", with_burn::Conv::new(&p).grad64(), &expected);
    assert_conv_agrees("autograd", with_autograd::Conv::new(&p).grad64(), &expected);
}
