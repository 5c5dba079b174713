//! Batch normalisation in training mode (cs231n's `batchnorm_forward` with `mode = 'train'`
//! and `batchnorm_backward_alt`).

use ndarray::{Array1, Array2, ArrayBase, Axis, Data, Ix1, Ix2, Zip};

use crate::Scalar;

/// The normalised batch `x̂ = (x - μ) / √(σ² + ε)` and `1 / √(σ² + ε)` per feature.
#[track_caller]
fn normalise<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix2>,
    gamma: &ArrayBase<S2, Ix1>,
    beta: &ArrayBase<S3, Ix1>,
    eps: A,
) -> (Array2<A>, Array1<A>) {
    let (n, d) = x.dim();
    assert!(
        gamma.len() == d,
        "batch_norm: gamma has length {} but x has shape {:?} (D = {d})",
        gamma.len(),
        [n, d]
    );
    assert!(
        beta.len() == d,
        "batch_norm: beta has length {} but x has shape {:?} (D = {d})",
        beta.len(),
        [n, d]
    );
    let count = A::from_usize(n).expect("the batch size is representable");
    let mean = x.sum_axis(Axis(0)) / count;
    let mut xhat = x - &mean;
    let var = xhat.fold_axis(Axis(0), A::ZERO, |&sum, &v| sum + v * v) / count;
    let inv_std = var.mapv(|v| (v + eps).sqrt().recip());
    Zip::from(&mut xhat)
        .and_broadcast(&inv_std)
        .for_each(|v, &s| *v *= s);
    (xhat, inv_std)
}

/// Batch normalisation in training mode, as in cs231n: each feature (column) of the batch
/// `x: (N, D)` is normalised with the batch's mean and *biased* variance, then scaled and shifted:
///
/// ```text
/// μ[d]  = (1/N) Σ_n x[n, d]
/// σ²[d] = (1/N) Σ_n (x[n, d] - μ[d])²
/// x̂     = (x - μ) / √(σ² + eps)
/// out   = gamma · x̂ + beta          (gamma, beta: (D,), broadcast over the rows)
/// ```
///
/// With `gamma = 1`, `beta = 0` each column of the output has mean 0 and variance
/// `σ² / (σ² + eps)`, i.e. 1 up to `eps`. The function is smooth wherever `σ² + eps > 0`, so
/// everywhere when `eps > 0`; with `eps = 0` a constant column divides by zero (NaN), and so does
/// its gradient. See [`batch_norm_vjp`].
///
/// **Panics** if `gamma` or `beta` does not have length `D`; the message names `batch_norm` and
/// the shapes.
#[track_caller]
pub fn batch_norm<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix2>,
    gamma: &ArrayBase<S2, Ix1>,
    beta: &ArrayBase<S3, Ix1>,
    eps: A,
) -> Array2<A> {
    let (mut out, _) = normalise(x, gamma, beta, eps);
    Zip::from(&mut out)
        .and_broadcast(gamma)
        .and_broadcast(beta)
        .for_each(|o, &g, &b| *o = g * *o + b);
    out
}

/// [`batch_norm`] and its pullback, in the closed form of cs231n's `batchnorm_backward_alt`
/// (the mean and variance are differentiated through, as training mode requires):
///
/// ```text
/// dbeta  = Σ_n dout[n, :]
/// dgamma = Σ_n dout[n, :] · x̂[n, :]
/// dx     = gamma / (N √(σ² + eps)) · (N · dout - dbeta - x̂ · dgamma)
/// ```
///
/// The pullback keeps `x̂`, `1 / √(σ² + eps)` and a copy of `gamma`, not the arguments, computes
/// `dx` in the cotangent's buffer, and returns `(dx, dgamma, dbeta, ())`, nothing for `eps`.
///
/// It computes all three whatever the call differentiates (it does not read
/// [`crate::wrt`]): `dx` needs `dgamma` and `dbeta`, which cost one pass over the cotangent
/// together, and `dx` itself is one more pass, in place, allocating nothing.
///
/// **Panics** as [`batch_norm`]; the pullback panics if the cotangent's shape is not the output's.
#[track_caller]
pub fn batch_norm_vjp<A: Scalar, S1: Data<Elem = A>, S2: Data<Elem = A>, S3: Data<Elem = A>>(
    x: &ArrayBase<S1, Ix2>,
    gamma: &ArrayBase<S2, Ix1>,
    beta: &ArrayBase<S3, Ix1>,
    eps: A,
) -> (
    Array2<A>,
    impl FnOnce(Array2<A>) -> (Array2<A>, Array1<A>, Array1<A>, ()) + use<A, S1, S2, S3>,
) {
    let (xhat, inv_std) = normalise(x, gamma, beta, eps);
    let mut out = xhat.clone();
    Zip::from(&mut out)
        .and_broadcast(gamma)
        .and_broadcast(beta)
        .for_each(|o, &g, &b| *o = g * *o + b);
    let gamma = gamma.to_owned();

    let batch_norm_pullback = move |mut dout: Array2<A>| {
        assert!(
            dout.shape() == xhat.shape(),
            "batch_norm pullback: the cotangent has shape {:?} but the output has shape {:?}",
            dout.shape(),
            xhat.shape()
        );
        let d = xhat.ncols();
        let (mut dgamma, mut dbeta) =
            (Array1::from_elem(d, A::ZERO), Array1::from_elem(d, A::ZERO));
        for (dout_row, xhat_row) in dout.rows().into_iter().zip(xhat.rows()) {
            Zip::from(&mut dgamma)
                .and(&mut dbeta)
                .and(&dout_row)
                .and(&xhat_row)
                .for_each(|dg, db, &dy, &xh| {
                    *dg += dy * xh;
                    *db += dy;
                });
        }
        let count = A::from_usize(xhat.nrows()).expect("the batch size is representable");
        let scale = (&gamma * &inv_std) / count;
        Zip::from(&mut dout)
            .and(&xhat)
            .and_broadcast(&scale)
            .and_broadcast(&dgamma)
            .and_broadcast(&dbeta)
            .for_each(|dx, &xh, &s, &dg, &db| *dx = s * (count * *dx - db - xh * dg));
        (dout, dgamma, dbeta, ())
    };
    (out, batch_norm_pullback)
}
