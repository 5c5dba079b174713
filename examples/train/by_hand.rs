//! The gradients of the `train` example's networks written by hand, as a person would without
//! `#[grad::differentiate]`: the references that `benches/train.rs` times the generated
//! gradients against, and that `tests/train.rs` compares them with.

use grad::nn::{affine_vjp, conv2d_vjp_wrt, max_pool2d_vjp, relu_vjp, softmax_cross_entropy_vjp};
use ndarray::{Array, Array4, ArrayView2, Axis, Dimension};

use crate::models::{ConvNet, Mlp};

/// `Σ w²` of one array: the L2 penalty's share of a weight (used outside differentiation).
fn squares<D: Dimension>(w: &Array<f64, D>) -> f64 {
    w.iter().map(|v| v * v).sum()
}

/// The hand-written gradient of [`crate::models::mlp_loss`], cs231n's `TwoLayerNet.loss` in ndarray: the
/// reference the generated gradient is benchmarked against.
pub fn mlp_loss_grad_by_hand(
    p: &Mlp,
    x: ArrayView2<f64>,
    labels: &[usize],
    reg: f64,
) -> (f64, Mlp) {
    let n = x.nrows() as f64;
    let mut hidden = x.dot(&p.w1) + &p.b1;
    hidden.mapv_inplace(|v| v.max(0.0));
    let mut scores = hidden.dot(&p.w2) + &p.b2;
    // Softmax in place, then the cross-entropy and its gradient `(softmax - onehot) / N`.
    let mut data_loss = 0.0;
    for (mut row, &label) in scores.axis_iter_mut(Axis(0)).zip(labels) {
        let max = row.fold(f64::NEG_INFINITY, |m, &v| m.max(v));
        row.mapv_inplace(|v| (v - max).exp());
        let sum = row.sum();
        row.mapv_inplace(|v| v / sum);
        data_loss -= row[label].ln();
        row[label] -= 1.0;
    }
    scores /= n;
    let dscores = scores;
    let loss = data_loss / n + 0.5 * reg * (squares(&p.w1) + squares(&p.w2));

    let mut dw2 = hidden.t().dot(&dscores);
    dw2.scaled_add(reg, &p.w2);
    let db2 = dscores.sum_axis(Axis(0));
    let mut dhidden = dscores.dot(&p.w2.t());
    dhidden.zip_mut_with(&hidden, |d, &h| {
        if h <= 0.0 {
            *d = 0.0
        }
    });
    let mut dw1 = x.t().dot(&dhidden);
    dw1.scaled_add(reg, &p.w1);
    let db1 = dhidden.sum_axis(Axis(0));
    (
        loss,
        Mlp {
            w1: dw1,
            b1: db1,
            w2: dw2,
            b2: db2,
        },
    )
}

/// The conv net's gradient chained by hand from the layers' rules, each asked only for the
/// cotangents it needs (no cotangent of the images): the reference for the benchmark.
pub fn conv_loss_grad_by_hand(
    p: &ConvNet,
    images: &Array4<f64>,
    labels: &[usize],
    reg: f64,
) -> (f64, ConvNet) {
    let n = images.dim().0;
    // The images are data: no cotangent for them.
    let (convolved, conv_pullback) =
        conv2d_vjp_wrt(images, &p.conv_w, &p.conv_b, 1, 1, [false, true, true]);
    let (activated, relu1_pullback) = relu_vjp(&convolved);
    let (pooled, pool_pullback) = max_pool2d_vjp(&activated, 2, 2, 2);
    let pooled_shape = pooled.raw_dim();
    let rows = pooled
        .into_shape_with_order((n, p.w1.nrows()))
        .expect("pooled rows");
    let (a1, affine1_pullback) = affine_vjp(&rows, &p.w1, &p.b1);
    let (hidden, relu2_pullback) = relu_vjp(&a1);
    let (scores, affine2_pullback) = affine_vjp(&hidden, &p.w2, &p.b2);
    let (data_loss, loss_pullback) = softmax_cross_entropy_vjp(&scores, labels);
    let loss = data_loss + 0.5 * reg * (squares(&p.conv_w) + squares(&p.w1) + squares(&p.w2));

    let (dscores, ()) = loss_pullback(1.0);
    let (dhidden, mut dw2, db2) = affine2_pullback(dscores);
    let (da1,) = relu2_pullback(dhidden);
    let (drows, mut dw1, db1) = affine1_pullback(da1);
    let dpooled = drows
        .into_shape_with_order(pooled_shape)
        .expect("pooled shape");
    let (dactivated, (), (), ()) = pool_pullback(dpooled);
    let (dconvolved,) = relu1_pullback(dactivated);
    let (_, mut dconv_w, dconv_b, (), ()) = conv_pullback(dconvolved);
    dconv_w.scaled_add(reg, &p.conv_w);
    dw1.scaled_add(reg, &p.w1);
    dw2.scaled_add(reg, &p.w2);
    (
        loss,
        ConvNet {
            conv_w: dconv_w,
            conv_b: dconv_b,
            w1: dw1,
            b1: db1,
            w2: dw2,
            b2: db2,
        },
    )
}
