//! The `train` example's networks (issue #6): each generated gradient against finite
//! differences and against the gradient written by hand, and training itself: the loss falls,
//! the same seed gives the same numbers.

#[path = "../examples/train/by_hand.rs"]
mod by_hand;
#[path = "../examples/train/checkpoint.rs"]
#[allow(dead_code)]
mod checkpoint;
#[path = "../examples/train/data.rs"]
#[allow(dead_code)]
mod data;
#[path = "../examples/train/files.rs"]
mod files;
#[path = "../examples/train/models.rs"]
#[allow(dead_code)]
mod models;
#[path = "../examples/train/plot.rs"]
#[allow(dead_code)]
mod plot;
#[path = "../examples/train/training.rs"]
#[allow(dead_code)]
mod training;

use grad::Tangent;
use grad::optim::{Adam, Sgd};
use rand::SeedableRng;
use rand::rngs::StdRng;

use models::{ConvNet, FcNet, Mlp, Network, as_rows, sparse_gradcheck};
use training::{Progress, Schedule};

/// Reports nothing.
struct Silent;

impl Progress for Silent {}

fn digits() -> data::Splits {
    data::digits().expect("the embedded digits load")
}

/// `max |a - b| / max(|a|, |b|, 1)` over every element of two parameter sets.
fn max_difference<P: Tangent<Scalar = f64> + Clone>(a: &P, b: &P) -> f64 {
    let mut worst = 0.0_f64;
    let mut scratch = a.clone();
    scratch.zip_update(b, |x, y| {
        worst = worst.max((*x - y).abs() / x.abs().max(y.abs()).max(1.0));
    });
    worst
}

/// Checks `net`'s generated gradient on a batch of 16 against central differences at 300
/// elements spread over its parameters.
fn assert_gradient_checks<N: Network>(net: &N, splits: &data::Splits, reg: f64) {
    let (images, labels) = training::first_batch(&splits.train, 16);
    let (value, analytic) = net.gradient(&images, &labels, reg);
    assert_eq!(
        value,
        net.loss(&images, &labels, reg),
        "the value of {}",
        N::NAME
    );
    let report = sparse_gradcheck(net, &analytic, |p: &N| p.loss(&images, &labels, reg), 300);
    assert!(report.checked >= 250, "{report:?}");
    assert!(report.relative >= 200, "{report:?}");
    assert!(report.worst_relative < 1e-6, "{}: {report:?}", N::NAME);
    assert!(report.worst_absolute < 1e-9, "{}: {report:?}", N::NAME);
    assert!(report.kinks <= 3, "{}: {report:?}", N::NAME);
}

#[test]
fn mlp_gradient_checks() {
    let splits = digits();
    let net = Mlp::new(64, 32, 10, &mut StdRng::seed_from_u64(1));
    assert_gradient_checks(&net, &splits, 1e-2);
}

#[test]
fn conv_gradient_checks() {
    let splits = digits();
    let net = ConvNet::new((8, 8), 4, 16, 10, &mut StdRng::seed_from_u64(2));
    assert_gradient_checks(&net, &splits, 1e-2);
}

#[test]
fn fc_gradient_checks_with_and_without_batch_norm() {
    let splits = digits();
    let mut rng = StdRng::seed_from_u64(3);
    for batch_norm in [false, true] {
        let mut net = FcNet::new(64, &[24, 16], 10, batch_norm, 1.0, &mut rng);
        // Away from the initial gamma = 1, beta = 0, so that the check sees a generic point.
        for layer in &mut net.hidden {
            layer.beta.mapv_inplace(|_| 0.3);
            layer.gamma.mapv_inplace(|_| 1.2);
            layer.b.mapv_inplace(|_| 0.1);
        }
        assert_gradient_checks(&net, &splits, 1e-2);
    }
}

#[test]
fn fc_dropout_gradient_checks_with_fixed_masks() {
    // With dropout the loss depends on the masks: check the generated gradient of the loss
    // with one fixed set of masks.
    let splits = digits();
    let mut rng = StdRng::seed_from_u64(4);
    let net = FcNet::new(64, &[20, 12], 10, true, 0.5, &mut rng);
    let (images, labels) = training::first_batch(&splits.train, 16);
    let masks: Vec<ndarray::Array2<f64>> = [20, 12]
        .iter()
        .enumerate()
        .map(|(layer, &width)| {
            ndarray::Array2::from_shape_fn((16, width), |(i, j)| {
                if (i * 7 + j * 3 + layer) % 2 == 0 {
                    2.0
                } else {
                    0.0
                }
            })
        })
        .collect();
    let loss = |p: &FcNet| models::fc_loss(p, as_rows(&images), &labels, &masks, 1e-2);
    let (value, analytic) = models::fc_loss_grad(&net, as_rows(&images), &labels, &masks, 1e-2);
    assert_eq!(value, loss(&net));
    let report = sparse_gradcheck(&net, &analytic, loss, 300);
    assert!(
        report.worst_relative < 1e-6 && report.worst_absolute < 1e-9,
        "{report:?}"
    );
    assert!(report.kinks <= 3, "{report:?}");
}

#[test]
fn generated_gradients_equal_the_hand_written_ones() {
    let splits = digits();
    let (images, labels) = training::first_batch(&splits.train, 32);
    let mut rng = StdRng::seed_from_u64(5);

    let mlp = Mlp::new(64, 128, 10, &mut rng);
    let (value, generated) = models::mlp_loss_grad(&mlp, as_rows(&images), &labels, 1e-2);
    let (hand_value, by_hand) =
        by_hand::mlp_loss_grad_by_hand(&mlp, as_rows(&images), &labels, 1e-2);
    assert!((value - hand_value).abs() < 1e-12 * value.abs());
    assert!(max_difference(&generated, &by_hand) < 1e-12);

    let conv = ConvNet::new((8, 8), 8, 32, 10, &mut rng);
    let (value, generated) = models::conv_loss_grad(&conv, &images, &labels, 1e-2);
    let (hand_value, by_hand) = by_hand::conv_loss_grad_by_hand(&conv, &images, &labels, 1e-2);
    assert!((value - hand_value).abs() < 1e-12 * value.abs());
    assert!(max_difference(&generated, &by_hand) < 1e-12);
}

fn schedule(epochs: usize) -> Schedule {
    Schedule {
        epochs,
        batch_size: 32,
        reg: 1e-2,
        lr_decay: 0.95,
        clip_norm: Some(10.0),
        threads: 1,
    }
}

/// Trains a small MLP for `epochs` from `seed`.
fn train_mlp(splits: &data::Splits, seed: u64, epochs: usize) -> (Mlp, plot::History) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut net = Mlp::new(64, 32, 10, &mut rng);
    let mut adam = Adam::new(3e-3);
    let history = training::train(
        &mut net,
        splits,
        &schedule(epochs),
        &mut adam,
        &mut rng,
        &mut Silent,
    );
    (net, history)
}

#[test]
fn training_learns_the_digits() {
    let splits = digits();
    let (net, history) = train_mlp(&splits, 7, 4);
    assert_eq!(history.records.len(), 4);
    assert_eq!(history.batch_losses.len(), 4 * 40);
    let first = history.records[0].train_loss;
    let last = history.records[3].train_loss;
    assert!(last < 0.6 * first, "loss {first} -> {last}");
    assert!(
        history.records[3].validation_accuracy > 0.9,
        "{:?}",
        history.records[3]
    );
    let test = training::accuracy(&net, &splits.test, &splits.train);
    assert!(test > 0.9, "test accuracy {test}");
}

#[test]
fn the_same_seed_gives_the_same_numbers() {
    let splits = digits();
    let (net_a, history_a) = train_mlp(&splits, 11, 2);
    let (net_b, history_b) = train_mlp(&splits, 11, 2);
    assert_eq!(net_a, net_b);
    assert_eq!(history_a, history_b);
    let (net_c, history_c) = train_mlp(&splits, 12, 2);
    assert_ne!(net_a, net_c);
    assert_ne!(history_a.batch_losses, history_c.batch_losses);
}

#[test]
fn every_model_trains_a_step_with_every_optimiser() {
    let splits = digits();
    let mut rng = StdRng::seed_from_u64(13);
    let net = FcNet::new(64, &[16, 16], 10, true, 0.8, &mut rng);
    let (images, labels) = training::first_batch(&splits.train, 64);
    let before = net.loss(&images, &labels, 1e-2);
    let optimisers: Vec<Box<dyn grad::optim::Optimizer<FcNet>>> = vec![
        Box::new(Sgd::new(0.05)),
        Box::new(grad::optim::Momentum::new(0.05)),
        Box::new(grad::optim::RmsProp::new(1e-3)),
        Box::new(Adam::new(1e-3)),
    ];
    for mut optimiser in optimisers {
        let mut trained = net.clone();
        for _ in 0..20 {
            let (_, gradient) = trained.loss_and_gradient(&images, &labels, 1e-2, &mut rng);
            optimiser.step(&mut trained, &gradient);
        }
        let after = trained.loss(&images, &labels, 1e-2);
        assert!(after < before, "{before} -> {after}");
        // The skipped settings travel unchanged.
        assert!(trained.batch_norm && trained.keep == 0.8);
    }
}

#[test]
fn batch_norm_at_inference_uses_the_reference_statistics() {
    // Scoring the reference set itself with its own statistics is batch norm in training mode
    // on that set: the same numbers as the training-mode forward pass, through `grad::nn`.
    let splits = digits();
    let mut net = FcNet::new(64, &[20, 12], 10, true, 1.0, &mut StdRng::seed_from_u64(17));
    for layer in &mut net.hidden {
        layer.gamma.mapv_inplace(|_| 1.3);
        layer.beta.mapv_inplace(|_| -0.2);
    }
    let (images, _) = training::first_batch(&splits.train, 50);
    let scores = net.scorer(&images)(&images);
    let mut h = as_rows(&images).to_owned();
    for layer in &net.hidden {
        let a = grad::nn::affine(&h, &layer.w, &layer.b);
        h = grad::nn::relu(&grad::nn::batch_norm(
            &a,
            &layer.gamma,
            &layer.beta,
            models::BATCH_NORM_EPSILON,
        ));
    }
    let expected = grad::nn::affine(&h, &net.out.w, &net.out.b);
    let worst = (&scores - &expected)
        .iter()
        .fold(0.0_f64, |m, d| m.max(d.abs()));
    assert!(worst < 1e-12, "{worst}");
    // Another reference changes the scores: the statistics are the reference's.
    let (other, _) = training::first_batch(&splits.validation, 50);
    let shifted = net.scorer(&other)(&images);
    assert!((&shifted - &scores).iter().any(|d| d.abs() > 1e-3));
}
