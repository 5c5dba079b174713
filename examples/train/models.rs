//! The networks the `train` example trains, each a parameter struct with
//! `#[derive(grad::Tangent)]` and a loss written once as plain Rust with `#[grad::differentiate]`:
//! every gradient in training comes from the generated `*_loss_grad`.
//!
//! - [`Mlp`]: `affine - relu - affine - softmax`, cs231n's `TwoLayerNet`;
//! - [`FcNet`]: `{affine - [batch norm] - relu - [dropout]} x L - affine - softmax`, cs231n's
//!   `FullyConnectedNet` of any depth;
//! - [`ConvNet`]: `conv - relu - 2x2 max pool - affine - relu - affine - softmax`, cs231n's
//!   `ThreeLayerConvNet`.
//!
//! Every loss is the mean softmax cross-entropy of the batch plus `reg / 2` times the sum of the
//! squares of the weights (not the biases, nor batch norm's `gamma` and `beta`).

// The rules (`affine_vjp`, ..) beside the layers: the generated gradients call them by name.
use grad::nn::*;
use ndarray::{Array, Array1, Array2, Array4, ArrayView2, Axis, Dimension, Ix2, Ix4};
use rand::{Rng, RngExt};
use rand_distr::{Distribution, StandardNormal};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

use crate::checkpoint::check_shape;

/// The `epsilon` of every batch norm: added to the variance before its square root.
pub const BATCH_NORM_EPSILON: f64 = 1e-5;

/// A network in inference mode: class scores `(N, classes)` of a batch of images `(N, 1, H, W)`.
pub type Scorer<'a> = Box<dyn Fn(&Array4<f64>) -> Array2<f64> + 'a>;

/// What a network needs to be trained by the example: its loss and gradient on a batch, its
/// class scores, and a name for checkpoints and messages.
pub trait Network:
    grad::Tangent<Scalar = f64> + Clone + Send + Sync + Serialize + DeserializeOwned
{
    /// The model's name on the command line and in checkpoints.
    const NAME: &'static str;

    /// The loss on a batch of `images` `(N, 1, H, W)` with their `labels`, and its gradient
    /// with respect to every parameter. `rng` draws the batch's dropout masks, if any.
    /// Networks without dropout take [`gradient`](Network::gradient) as it is.
    fn loss_and_gradient(
        &self,
        images: &Array4<f64>,
        labels: &[usize],
        reg: f64,
        _rng: &mut impl Rng,
    ) -> (f64, Self) {
        self.gradient(images, labels, reg)
    }

    /// The loss alone, with dropout off: what `--check` differentiates numerically.
    fn loss(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> f64;

    /// The same loss through the generated gradient (dropout off), to compare with [`loss`].
    ///
    /// [`loss`]: Network::loss
    fn gradient(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> (f64, Self);

    /// The network in inference mode, as a function from a batch of images `(N, 1, H, W)` to
    /// their class scores `(N, classes)`: no dropout, and batch norm with the statistics of
    /// `reference` (the training set), computed once here, instead of each batch's.
    fn scorer<'a>(&'a self, reference: &Array4<f64>) -> Scorer<'a>;

    /// Checks that the parameters fit `images` of shape `(1, height, width)` and `classes`
    /// classes: what a checkpoint from another architecture or data set gets wrong.
    fn check_fits(&self, height: usize, width: usize, classes: usize) -> anyhow::Result<()>;

    /// The architecture's settings in words, as the flags give them (`hidden 128`): what a
    /// checkpoint is compared with when the command line names an architecture too.
    fn architecture(&self) -> String;
}

/// The images `(N, 1, H, W)` as rows of features `(N, H·W)`, without copying.
pub fn as_rows(images: &Array4<f64>) -> ArrayView2<'_, f64> {
    let (n, c, h, w) = images.dim();
    images
        .view()
        .into_shape_with_order((n, c * h * w))
        .expect("a standard-layout image batch flattens to rows")
}

/// An array of independent normal numbers, mean 0 and standard deviation `std`.
fn normal<D: Dimension>(shape: D, std: f64, rng: &mut impl Rng) -> Array<f64, D> {
    Array::from_shape_simple_fn(shape, || {
        std * <StandardNormal as Distribution<f64>>::sample(&StandardNormal, rng)
    })
}

/// He initialisation for a layer followed by a ReLU: weights `N(0, 2 / fan_in)`.
fn he<D: Dimension>(shape: D, fan_in: usize, rng: &mut impl Rng) -> Array<f64, D> {
    normal(shape, (2.0 / fan_in as f64).sqrt(), rng)
}

// ---------------------------------------------------------------------------------------------
// The two-layer MLP.

/// cs231n's `TwoLayerNet`: `affine - relu - affine`, `w1 (D, H)`, `b1 (H)`, `w2 (H, C)`, `b2 (C)`.
#[derive(Clone, Debug, PartialEq, grad::Tangent, Serialize, Deserialize)]
pub struct Mlp {
    pub w1: Array2<f64>,
    pub b1: Array1<f64>,
    pub w2: Array2<f64>,
    pub b2: Array1<f64>,
}

impl Mlp {
    /// He-initialised weights, zero biases, for `inputs` features, `hidden` units, `classes`.
    pub fn new(inputs: usize, hidden: usize, classes: usize, rng: &mut impl Rng) -> Self {
        Mlp {
            w1: he(Ix2(inputs, hidden), inputs, rng),
            b1: Array1::zeros(hidden),
            w2: he(Ix2(hidden, classes), hidden, rng),
            b2: Array1::zeros(classes),
        }
    }
}

/// The MLP's loss: `softmax_cross_entropy(relu(x w1 + b1) w2 + b2, labels) + reg/2 (‖w1‖² +
/// ‖w2‖²)`, for `x` the batch as rows `(N, D)`.
#[grad::differentiate(wrt(p))]
pub fn mlp_loss(p: &Mlp, x: ArrayView2<f64>, labels: &[usize], reg: f64) -> f64 {
    let hidden = relu(&affine(&x, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    let penalty = (&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum();
    softmax_cross_entropy(&scores, labels) + 0.5 * reg * penalty
}

impl Network for Mlp {
    const NAME: &'static str = "mlp";

    fn loss(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> f64 {
        mlp_loss(self, as_rows(images), labels, reg)
    }

    fn gradient(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> (f64, Self) {
        mlp_loss_grad(self, as_rows(images), labels, reg)
    }

    fn scorer<'a>(&'a self, _reference: &Array4<f64>) -> Scorer<'a> {
        Box::new(|images| {
            let hidden = relu(&affine(&as_rows(images), &self.w1, &self.b1));
            affine(&hidden, &self.w2, &self.b2)
        })
    }

    fn check_fits(&self, height: usize, width: usize, classes: usize) -> anyhow::Result<()> {
        let hidden = self.b1.len();
        check_shape("w1", self.w1.shape(), &[height * width, hidden])?;
        check_shape("w2", self.w2.shape(), &[hidden, classes])?;
        check_shape("b2", self.b2.shape(), &[classes])
    }

    fn architecture(&self) -> String {
        format!("hidden {}", self.b1.len())
    }
}

// ---------------------------------------------------------------------------------------------
// The fully connected net of any depth.

/// A hidden layer of [`FcNet`]: affine `w (D, H)`, `b (H)`, then batch norm's scale and shift
/// `gamma (H)`, `beta (H)` (empty when the net has no batch norm).
#[derive(Clone, Debug, PartialEq, grad::Tangent, Serialize, Deserialize)]
pub struct Hidden {
    pub w: Array2<f64>,
    pub b: Array1<f64>,
    pub gamma: Array1<f64>,
    pub beta: Array1<f64>,
}

/// The output layer of [`FcNet`]: affine `w (H, C)`, `b (C)`.
#[derive(Clone, Debug, PartialEq, grad::Tangent, Serialize, Deserialize)]
pub struct Linear {
    pub w: Array2<f64>,
    pub b: Array1<f64>,
}

/// cs231n's `FullyConnectedNet`: `{affine - [batch norm] - relu - [dropout]} x L - affine`.
///
/// In inference mode batch norm uses the mean and variance of each unit over the whole
/// training set under the current weights (the "precise batch norm" statistics), computed
/// when scores are asked for, rather than running averages kept during training: exact for
/// the trained weights, and nothing to keep in the parameters.
#[derive(Clone, Debug, PartialEq, grad::Tangent, Serialize, Deserialize)]
pub struct FcNet {
    pub hidden: Vec<Hidden>,
    pub out: Linear,
    /// Whether each hidden layer has batch norm.
    #[tangent(skip)]
    pub batch_norm: bool,
    /// The probability of keeping a hidden unit in training (1: no dropout).
    #[tangent(skip)]
    pub keep: f64,
}

impl FcNet {
    /// He-initialised weights, zero biases, `gamma = 1`, `beta = 0`.
    pub fn new(
        inputs: usize,
        widths: &[usize],
        classes: usize,
        batch_norm: bool,
        keep: f64,
        rng: &mut impl Rng,
    ) -> Self {
        let mut fan_in = inputs;
        let mut hidden = Vec::with_capacity(widths.len());
        for &width in widths {
            let units = if batch_norm { width } else { 0 };
            hidden.push(Hidden {
                w: he(Ix2(fan_in, width), fan_in, rng),
                b: Array1::zeros(width),
                gamma: Array1::ones(units),
                beta: Array1::zeros(units),
            });
            fan_in = width;
        }
        let out = Linear {
            w: he(Ix2(fan_in, classes), fan_in, rng),
            b: Array1::zeros(classes),
        };
        FcNet {
            hidden,
            out,
            batch_norm,
            keep,
        }
    }

    /// Inverted-dropout masks for a batch of `n`: each entry `1 / keep` with probability
    /// `keep`, else 0 (none when `keep` is 1).
    fn dropout_masks(&self, n: usize, rng: &mut impl Rng) -> Vec<Array2<f64>> {
        if self.keep >= 1.0 {
            return Vec::new();
        }
        let scale = 1.0 / self.keep;
        self.hidden
            .iter()
            .map(|layer| {
                Array2::from_shape_simple_fn((n, layer.b.len()), || {
                    if rng.random::<f64>() < self.keep {
                        scale
                    } else {
                        0.0
                    }
                })
            })
            .collect()
    }
}

/// The fully connected net's loss; `masks` holds one dropout mask per hidden layer (already
/// scaled by `1 / keep`), or none for no dropout.
// The layers are read by index, `p.hidden[i].w`, as `#[differentiate]` reads places.
#[allow(clippy::needless_range_loop)]
#[grad::differentiate(wrt(p))]
pub fn fc_loss(
    p: &FcNet,
    x: ArrayView2<f64>,
    labels: &[usize],
    masks: &[Array2<f64>],
    reg: f64,
) -> f64 {
    let mut h = x.to_owned();
    let mut penalty = 0.0;
    for i in 0..p.hidden.len() {
        let mut a = affine(&h, &p.hidden[i].w, &p.hidden[i].b);
        if p.batch_norm {
            a = batch_norm(
                &a,
                &p.hidden[i].gamma,
                &p.hidden[i].beta,
                BATCH_NORM_EPSILON,
            );
        }
        h = relu(&a);
        if !masks.is_empty() {
            h = dropout(&h, &masks[i]);
        }
        penalty += (&p.hidden[i].w * &p.hidden[i].w).sum();
    }
    let scores = affine(&h, &p.out.w, &p.out.b);
    penalty += (&p.out.w * &p.out.w).sum();
    softmax_cross_entropy(&scores, labels) + 0.5 * reg * penalty
}

impl Network for FcNet {
    const NAME: &'static str = "fc";

    fn loss_and_gradient(
        &self,
        images: &Array4<f64>,
        labels: &[usize],
        reg: f64,
        rng: &mut impl Rng,
    ) -> (f64, Self) {
        let masks = self.dropout_masks(images.dim().0, rng);
        fc_loss_grad(self, as_rows(images), labels, &masks, reg)
    }

    fn loss(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> f64 {
        fc_loss(self, as_rows(images), labels, &[], reg)
    }

    fn gradient(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> (f64, Self) {
        fc_loss_grad(self, as_rows(images), labels, &[], reg)
    }

    fn scorer<'a>(&'a self, reference: &Array4<f64>) -> Scorer<'a> {
        // Batch norm in inference mode is an affine map per unit, `a ↦ a · scale + shift`, with
        // `scale = gamma / sqrt(var + eps)` and `shift = beta - mean · scale` from the statistics
        // of the reference set's pre-activations, layer after layer.
        let mut normalisations = Vec::new();
        if self.batch_norm {
            let mut h = as_rows(reference).to_owned();
            for layer in &self.hidden {
                let mut a = affine(&h, &layer.w, &layer.b);
                let mean = a.mean_axis(Axis(0)).expect("a nonempty training set");
                let variance = a.var_axis(Axis(0), 0.0);
                let scale = &layer.gamma / &variance.mapv(|v| (v + BATCH_NORM_EPSILON).sqrt());
                let shift = &layer.beta - &(&mean * &scale);
                a *= &scale;
                a += &shift;
                h = relu(&a);
                normalisations.push((scale, shift));
            }
        }
        Box::new(move |images| {
            let mut h = as_rows(images).to_owned();
            for (i, layer) in self.hidden.iter().enumerate() {
                let mut a = affine(&h, &layer.w, &layer.b);
                if let Some((scale, shift)) = normalisations.get(i) {
                    a *= scale;
                    a += shift;
                }
                h = relu(&a);
            }
            affine(&h, &self.out.w, &self.out.b)
        })
    }

    fn check_fits(&self, height: usize, width: usize, classes: usize) -> anyhow::Result<()> {
        let mut fan_in = height * width;
        for (i, layer) in self.hidden.iter().enumerate() {
            let units = layer.b.len();
            check_shape(&format!("hidden[{i}].w"), layer.w.shape(), &[fan_in, units])?;
            let bn = if self.batch_norm { units } else { 0 };
            check_shape(&format!("hidden[{i}].gamma"), layer.gamma.shape(), &[bn])?;
            check_shape(&format!("hidden[{i}].beta"), layer.beta.shape(), &[bn])?;
            fan_in = units;
        }
        check_shape("out.w", self.out.w.shape(), &[fan_in, classes])?;
        check_shape("out.b", self.out.b.shape(), &[classes])?;
        anyhow::ensure!(
            self.keep > 0.0 && self.keep <= 1.0,
            "the keep probability {} is not in (0, 1]",
            self.keep
        );
        Ok(())
    }

    fn architecture(&self) -> String {
        let widths: Vec<String> = self
            .hidden
            .iter()
            .map(|layer| layer.b.len().to_string())
            .collect();
        let batch_norm = if self.batch_norm { ", batch norm" } else { "" };
        format!(
            "hidden {}{batch_norm}, keep {}",
            widths.join(","),
            self.keep
        )
    }
}

// ---------------------------------------------------------------------------------------------
// The convolutional net.

/// cs231n's `ThreeLayerConvNet`: a 3x3 convolution with zero padding 1 (`conv_w (F, 1, 3, 3)`,
/// `conv_b (F)`), ReLU, 2x2 max pooling, then `affine (F·H/2·W/2, U) - relu - affine (U, C)`.
#[derive(Clone, Debug, PartialEq, grad::Tangent, Serialize, Deserialize)]
pub struct ConvNet {
    pub conv_w: Array4<f64>,
    pub conv_b: Array1<f64>,
    pub w1: Array2<f64>,
    pub b1: Array1<f64>,
    pub w2: Array2<f64>,
    pub b2: Array1<f64>,
}

/// The side of the convolution's filters; with padding 1 and stride 1 it keeps the image size.
const FILTER: usize = 3;

impl ConvNet {
    /// He-initialised weights and zero biases for one-channel `height x width` images (even
    /// sides), `filters` filters, `hidden` units and `classes` classes.
    pub fn new(
        (height, width): (usize, usize),
        filters: usize,
        hidden: usize,
        classes: usize,
        rng: &mut impl Rng,
    ) -> Self {
        let pooled = filters * (height / 2) * (width / 2);
        ConvNet {
            conv_w: he(Ix4(filters, 1, FILTER, FILTER), FILTER * FILTER, rng),
            conv_b: Array1::zeros(filters),
            w1: he(Ix2(pooled, hidden), pooled, rng),
            b1: Array1::zeros(hidden),
            w2: he(Ix2(hidden, classes), hidden, rng),
            b2: Array1::zeros(classes),
        }
    }
}

/// The conv net's loss on `images (N, 1, H, W)`.
#[grad::differentiate(wrt(p))]
pub fn conv_loss(p: &ConvNet, images: &Array4<f64>, labels: &[usize], reg: f64) -> f64 {
    let convolved = conv2d(images, &p.conv_w, &p.conv_b, 1, 1);
    let pooled = max_pool2d(&relu(&convolved), 2, 2, 2);
    let rows = pooled
        .into_shape_with_order((images.shape()[0], p.w1.nrows()))
        .unwrap();
    let hidden = relu(&affine(&rows, &p.w1, &p.b1));
    let scores = affine(&hidden, &p.w2, &p.b2);
    let penalty = (&p.conv_w * &p.conv_w).sum() + (&p.w1 * &p.w1).sum() + (&p.w2 * &p.w2).sum();
    softmax_cross_entropy(&scores, labels) + 0.5 * reg * penalty
}

impl Network for ConvNet {
    const NAME: &'static str = "conv";

    fn loss(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> f64 {
        conv_loss(self, images, labels, reg)
    }

    fn gradient(&self, images: &Array4<f64>, labels: &[usize], reg: f64) -> (f64, Self) {
        conv_loss_grad(self, images, labels, reg)
    }

    fn scorer<'a>(&'a self, _reference: &Array4<f64>) -> Scorer<'a> {
        Box::new(|images| {
            let pooled = max_pool2d(
                &relu(&conv2d(images, &self.conv_w, &self.conv_b, 1, 1)),
                2,
                2,
                2,
            );
            let rows = pooled
                .into_shape_with_order((images.dim().0, self.w1.nrows()))
                .expect("the pooled features of each image flatten to a row");
            affine(
                &relu(&affine(&rows, &self.w1, &self.b1)),
                &self.w2,
                &self.b2,
            )
        })
    }

    fn check_fits(&self, height: usize, width: usize, classes: usize) -> anyhow::Result<()> {
        let filters = self.conv_b.len();
        let hidden = self.b1.len();
        check_shape("conv_w", self.conv_w.shape(), &[filters, 1, FILTER, FILTER])?;
        let pooled = filters * (height / 2) * (width / 2);
        check_shape("w1", self.w1.shape(), &[pooled, hidden])?;
        check_shape("w2", self.w2.shape(), &[hidden, classes])?;
        check_shape("b2", self.b2.shape(), &[classes])
    }

    fn architecture(&self) -> String {
        format!("{} filters, hidden {}", self.conv_b.len(), self.b1.len())
    }
}

/// The outcome of [`sparse_gradcheck`].
#[derive(Clone, Debug, Default)]
pub struct SparseCheck {
    /// Parameter elements compared.
    pub checked: usize,
    /// Parameter elements in all.
    pub total: usize,
    /// Of the compared elements, those with a gradient large enough for a relative error to
    /// mean something (see [`SMALL_GRADIENT`]).
    pub relative: usize,
    /// The worst relative error `|a - n| / (|a| + |n|)` (cs231n's `rel_error`) over those.
    pub worst_relative: f64,
    /// The worst absolute error `|a - n|` over the others.
    pub worst_absolute: f64,
    /// The position of the element with the worst relative error, counting every
    /// parameter's elements in order.
    pub worst_index: usize,
    /// Elements left out because a ReLU (or max pool) kink lies within `h` of the point: the
    /// central differences at `h` and `h / 10` disagree, so neither is a derivative.
    pub kinks: usize,
}

/// Below this size a gradient element is compared absolutely: the central difference of a
/// loss near 1 carries a rounding error near `ε · L / h ≈ 5e-11` (with `h = 1e-5`), which is
/// up to `5e-7` relative to an element of `1e-4`, and more below.
pub const SMALL_GRADIENT: f64 = 1e-4;

/// cs231n's `grad_check_sparse` for any parameter struct: compares `analytic`, the gradient of
/// `f` at `params`, with central differences `n = (f(p + h e_k) - f(p - h e_k)) / 2h`,
/// `h = 1e-5`, at `count` elements `k` spread evenly over all parameters (every element if
/// there are fewer). Elements are reached through `grad::Tangent::zip_update`, so any
/// `Tangent` works.
///
/// Elements where `|a| + |n| ≥ SMALL_GRADIENT` get a relative error, the others an absolute
/// one; elements where a kink lies within `h` (the differences at `h` and `h / 10` disagree by
/// more than `1e-4` relative) are counted apart, as cs231n's notes advise.
pub fn sparse_gradcheck<P: grad::Tangent<Scalar = f64> + Clone>(
    params: &P,
    analytic: &P,
    f: impl Fn(&P) -> f64,
    count: usize,
) -> SparseCheck {
    const H: f64 = 1e-5;
    let mut gradient = Vec::new();
    let mut scratch = analytic.clone();
    scratch.zip_update(analytic, |_, g| gradient.push(g));
    let total = gradient.len();
    let stride = total.div_ceil(count.max(1)).max(1);
    let mut report = SparseCheck {
        total,
        ..SparseCheck::default()
    };
    // Start half a stride in, so that the first element of every parameter is not favoured.
    for k in (stride / 2..total).step_by(stride) {
        let difference_quotient = |h: f64| {
            let shifted = |offset: f64| {
                let mut point = params.clone();
                let mut i = 0;
                point.zip_update(params, |x, value| {
                    if i == k {
                        *x = value + offset;
                    }
                    i += 1;
                });
                f(&point)
            };
            (shifted(h) - shifted(-h)) / (2.0 * h)
        };
        let numerical = difference_quotient(H);
        let a = gradient[k];
        let (difference, size) = ((a - numerical).abs(), a.abs() + numerical.abs());
        report.checked += 1;
        if difference > 1e-6 * size + 1e-9 {
            // Wrong, or a kink: on a smooth stretch a tenth of the step agrees to rounding.
            let finer = difference_quotient(H / 10.0);
            if (finer - numerical).abs() > 1e-4 * size + 1e-8 {
                report.kinks += 1;
                continue;
            }
        }
        if size >= SMALL_GRADIENT {
            report.relative += 1;
            let error = difference / size;
            if error > report.worst_relative {
                report.worst_relative = error;
                report.worst_index = k;
            }
        } else {
            report.worst_absolute = report.worst_absolute.max(difference);
        }
    }
    report
}
