//! `grad::optim` on `#[derive(grad::Tangent)]` structs: the optimisers step every differentiated
//! field exactly as they step the same elements laid out in one `Vec`, leave skipped fields
//! alone, and train a `#[grad::differentiate]` loss through its generated `_grad`.

// The differentiated loss indexes `p.taps` and the targets in one loop, as it is written.
#![allow(clippy::needless_range_loop)]

use grad::Tangent;
use grad::optim::{Adam, Momentum, Optimizer, RmsProp, Sgd, clip_grad_norm};
use ndarray::{Array1, Array2, array};

/// Parameters of every kind of field: an array, a `Vec`, a float, and a skipped field.
#[derive(grad::Tangent, Clone, Debug, PartialEq)]
struct Params {
    w: Array2<f64>,
    taps: Vec<f64>,
    bias: f64,
    #[tangent(skip)]
    name: String,
}

fn params() -> Params {
    Params {
        w: array![[1.0, -2.0], [0.5, 0.0]],
        taps: vec![3.0, -1.0, 0.25],
        bias: -0.5,
        name: "model".to_owned(),
    }
}

/// Three gradients, with skipped fields that differ from the parameters'.
fn gradients() -> Vec<Params> {
    let gradient = |w: Array2<f64>, taps: Vec<f64>, bias: f64| Params {
        w,
        taps,
        bias,
        name: "gradient".to_owned(),
    };
    vec![
        gradient(array![[0.5, -1.5], [0.0, 3.0]], vec![1.0, 0.0, -2.0], 0.75),
        gradient(array![[0.25, 2.0], [0.0, -1.0]], vec![-1.0, 0.5, 0.0], -0.5),
        gradient(array![[-0.75, 0.5], [1e-3, 2.0]], vec![0.0, 4.0, 1.0], 2.0),
    ]
}

/// A struct's elements in declaration order: the vector the `Tangent` methods work on.
fn flatten(p: &Params) -> Vec<f64> {
    let mut elements: Vec<f64> = p.w.iter().copied().collect();
    elements.extend(&p.taps);
    elements.push(p.bias);
    elements
}

/// The four optimisers, with hyperparameters other than the defaults where they have them, for
/// parameters of type `P`.
fn optimizers<P: Tangent<Scalar = f64> + 'static>() -> Vec<Box<dyn Optimizer<P>>> {
    vec![
        Box::new(Sgd::new(0.1)),
        Box::new(Momentum::new(0.1).with_momentum(0.8)),
        Box::new(RmsProp::new(0.05).with_decay_rate(0.9).with_epsilon(1e-6)),
        Box::new(Adam::new(0.02).with_betas(0.8, 0.99).with_epsilon(1e-7)),
    ]
}

#[test]
fn a_struct_steps_as_its_elements_do_and_keeps_its_skipped_field() {
    for (mut on_struct, mut on_elements) in optimizers::<Params>()
        .into_iter()
        .zip(optimizers::<Vec<f64>>())
    {
        let mut p = params();
        let mut flat = flatten(&p);
        for g in gradients() {
            on_struct.step(&mut p, &g);
            on_elements.step(&mut flat, &flatten(&g));
            // The same operations on the same numbers: the same results, to the bit.
            assert_eq!(flatten(&p), flat);
            assert_eq!(p.name, "model");
            assert_eq!(p.w.dim(), (2, 2));
        }
        assert_ne!(
            flatten(&p),
            flatten(&params()),
            "the steps moved the parameters"
        );
    }
}

#[test]
fn a_struct_state_is_a_struct_with_the_parameters_skipped_fields() {
    let mut momentum = Momentum::new(0.5);
    let mut p = params();
    momentum.step(&mut p, &gradients()[0]);
    let velocity = momentum.velocity().unwrap();
    assert_eq!(velocity.name, "model");
    // v = -lr g.
    assert_eq!(velocity.w, array![[-0.25, 0.75], [0.0, -1.5]]);
    assert_eq!(velocity.taps, vec![-0.5, 0.0, 1.0]);
    assert_eq!(velocity.bias, -0.375);

    let mut adam = Adam::new(0.1);
    adam.step(&mut p, &gradients()[1]);
    let (m, v) = adam.moments().unwrap();
    assert_eq!((m.name.as_str(), v.name.as_str()), ("model", "model"));
    // m = (1 - 0.9) g, v = (1 - 0.999) g².
    assert!((m.bias - 0.1 * -0.5).abs() < 1e-15);
    assert!((v.taps[1] - 0.001 * 0.25).abs() < 1e-15);
}

#[test]
fn zip_updates_of_a_struct_go_through_its_fields_in_order_and_skip_skipped_fields() {
    let mut p = params();
    let mut state = Params {
        name: "state".to_owned(),
        ..params().zeros_like()
    };
    let mut g = gradients().remove(0);
    let mut seen = Vec::new();
    p.zip_update(&g, |x, y| {
        seen.push(y);
        *x += y;
    });
    assert_eq!(seen, flatten(&gradients()[0]));
    let sum: Vec<f64> = flatten(&params())
        .iter()
        .zip(flatten(&g))
        .map(|(x, y)| x + y)
        .collect();
    assert_eq!(flatten(&p), sum);
    assert_eq!(p.name, "model");

    let mut k = 0.0;
    p.zip_update_pair(&mut state, &g, |x, s, y| {
        k += 1.0;
        *s = k;
        *x -= y;
    });
    assert_eq!(flatten(&p), flatten(&params()));
    assert_eq!(flatten(&state), (1..=8).map(f64::from).collect::<Vec<_>>());
    assert_eq!((p.name.as_str(), state.name.as_str()), ("model", "state"));

    // The runs are the fields, in order: the array, the `Vec` of floats, the float.
    let mut lengths = Vec::new();
    let mut two = [params(), params()];
    Params::zip_chunks(&mut two, &[g.clone(), g.clone()], &mut |xs, ys| {
        assert_eq!(xs.len(), ys.len());
        lengths.push(xs.len());
    });
    assert_eq!(lengths, vec![4, 3, 1, 4, 3, 1]);

    // Fields of different shapes panic, as for the other methods.
    g.taps.push(1.0);
    let result = std::panic::catch_unwind(move || {
        let mut p = params();
        p.zip_update(&g, |_, _| {});
    });
    let message = *result.unwrap_err().downcast::<String>().unwrap();
    assert!(message.contains("`Vec`s of different lengths"), "{message}");
}

/// A struct that contains itself: the closure is passed down by reference, so the methods are
/// instantiated once, not for ever longer closure types.
#[derive(grad::Tangent, Clone, Debug, PartialEq)]
struct Tree {
    weight: f64,
    children: Vec<Tree>,
}

fn tree_elements(t: &Tree) -> Vec<f64> {
    let mut elements = vec![t.weight];
    for child in &t.children {
        elements.extend(tree_elements(child));
    }
    elements
}

#[test]
fn recursive_structs_step_as_their_elements_do() {
    let leaf = |weight| Tree {
        weight,
        children: vec![],
    };
    let mut tree = Tree {
        weight: 1.0,
        children: vec![
            leaf(2.0),
            Tree {
                weight: -1.0,
                children: vec![leaf(0.5)],
            },
        ],
    };
    let mut gradient = tree.clone();
    Tangent::scale(&mut gradient, -0.5);
    for (mut on_tree, mut on_elements) in optimizers::<Tree>()
        .into_iter()
        .zip(optimizers::<Vec<f64>>())
    {
        let mut flat = tree_elements(&tree);
        for _ in 0..3 {
            on_tree.step(&mut tree, &gradient);
            on_elements.step(&mut flat, &tree_elements(&gradient));
            assert_eq!(tree_elements(&tree), flat);
        }
    }
}

#[derive(grad::Tangent, Debug)]
struct Small<A: grad::runtime::Scalar> {
    v: Array1<A>,
    s: A,
    #[tangent(skip)]
    epoch: usize,
}

#[test]
fn f32_structs_step_in_f32() {
    let mut p = Small {
        v: array![1.0_f32, -1.0],
        s: 2.0,
        epoch: 3,
    };
    let g = Small {
        v: array![0.5_f32, 0.5],
        s: -1.0,
        epoch: 0,
    };
    let mut sgd: Box<dyn Optimizer<Small<f32>>> = Box::new(Sgd::new(0.5));
    sgd.step(&mut p, &g);
    assert_eq!((p.v.to_vec(), p.s, p.epoch), (vec![0.75, -1.25], 2.5, 3));
    let mut adam = Adam::<Small<f32>>::new(0.25);
    adam.step(&mut p, &g);
    // The first Adam step moves each element by lr against its gradient's sign.
    assert!(
        (p.v[0] - 0.5).abs() < 1e-6 && (p.v[1] + 1.5).abs() < 1e-6 && (p.s - 2.75).abs() < 1e-6
    );
}

// ---------------------------------------------------------------------------------------------
// Training a differentiated loss
// ---------------------------------------------------------------------------------------------

/// `½ ‖X W − Y‖² + ½ Σ_k (taps_k − t_k)² + ½ (bias − 3)²`: with `X` of full column rank and
/// `Y = X W*`, minimised at `W = W*`, `taps = t`, `bias = 3`.
#[grad::differentiate(wrt(p))]
fn loss(p: &Params, x: &Array2<f64>, y: &Array2<f64>, targets: &[f64]) -> f64 {
    let residual = x.dot(&p.w) - y;
    let mut sum = 0.5 * (&residual * &residual).sum();
    for k in 0..targets.len() {
        sum += 0.5 * (p.taps[k] - targets[k]) * (p.taps[k] - targets[k]);
    }
    sum + 0.5 * (p.bias - 3.0) * (p.bias - 3.0)
}

#[test]
fn adam_minimises_a_differentiated_loss_of_a_struct() {
    let x = array![[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [0.5, -1.0]];
    let w_star = array![[2.0, -1.0], [0.5, 1.5]];
    let y = x.dot(&w_star);
    let targets = [1.0, -2.0, 0.5];
    let mut p = params();
    let start = loss(&p, &x, &y, &targets);
    // The gradient at the start, by hand: Xᵀ(X W − Y), taps − t, bias − 3.
    let (_, g0) = loss_grad(&p, &x, &y, &targets);
    let expected_w = x.t().dot(&(x.dot(&p.w) - &y));
    assert!((&g0.w - &expected_w).iter().all(|d| d.abs() < 1e-12));
    assert_eq!(g0.taps, vec![2.0, 1.0, -0.25]);
    assert_eq!(g0.bias, -3.5);
    assert_eq!(g0.name, "model");

    let mut optimizer: Box<dyn Optimizer<Params>> = Box::new(Adam::new(0.1));
    let mut clipped = 0;
    for epoch in 0..20 {
        for _ in 0..100 {
            let (_, mut gradient) = loss_grad(&p, &x, &y, &targets);
            if clip_grad_norm(&mut gradient, 10.0) > 10.0 {
                clipped += 1;
            }
            optimizer.step(&mut p, &gradient);
        }
        if epoch % 2 == 1 {
            optimizer.decay_learning_rate(0.5);
        }
    }
    let end = loss(&p, &x, &y, &targets);
    assert!(start > 10.0 && end < 1e-10, "loss {start} -> {end}");
    assert!(clipped > 0, "the first gradients are clipped");
    assert!((&p.w - &w_star).iter().all(|d| d.abs() < 1e-5), "{}", p.w);
    for (tap, target) in p.taps.iter().zip(targets) {
        assert!((tap - target).abs() < 1e-5, "{:?}", p.taps);
    }
    assert!((p.bias - 3.0).abs() < 1e-5, "{}", p.bias);
    assert_eq!(p.name, "model");
}
