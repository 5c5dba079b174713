//! `#[derive(grad::Tangent)]` and the `Tangent` trait: structs as gradient types.

use grad::__private::{Accumulate, Adjoint, Differentiable, TangentShape};
use grad::Tangent;
use ndarray::{Array1, Array2, array};

#[derive(grad::Tangent, Clone, Debug, PartialEq)]
struct Layer {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[derive(grad::Tangent, Clone, Debug, PartialEq)]
struct Model {
    scale: f64,
    w: Array2<f64>,
    b: Array1<f64>,
    #[tangent(skip)]
    batch: usize,
    taps: Vec<f64>,
    head: Layer,
    layers: Vec<Layer>,
    #[tangent(skip)]
    training: bool,
}

fn layer(w: Array2<f64>, b: Array1<f64>) -> Layer {
    Layer { w, b }
}

fn model() -> Model {
    Model {
        scale: 2.0,
        w: array![[1.0, -1.0], [0.5, 2.0]],
        b: array![3.0],
        batch: 32,
        taps: vec![1.0, 2.0, -2.0],
        head: layer(array![[4.0]], array![-1.0, 1.0]),
        layers: vec![
            layer(array![[1.0, 1.0]], array![0.5]),
            layer(array![[2.0], [-3.0]], array![]),
        ],
        training: true,
    }
}

/// Every element is 1, and the skipped fields are `batch = 7`, `training = false`.
fn ones() -> Model {
    Model {
        scale: 1.0,
        w: Array2::ones((2, 2)),
        b: Array1::ones(1),
        batch: 7,
        taps: vec![1.0; 3],
        head: layer(Array2::ones((1, 1)), Array1::ones(2)),
        layers: vec![
            layer(Array2::ones((1, 2)), Array1::ones(1)),
            layer(Array2::ones((2, 1)), Array1::ones(0)),
        ],
        training: false,
    }
}

/// The sum of the squares of `model()`'s elements.
const MODEL_SQUARES: f64 = 4.0 // scale
    + (1.0 + 1.0 + 0.25 + 4.0) // w
    + 9.0 // b
    + (1.0 + 4.0 + 4.0) // taps
    + (16.0 + 1.0 + 1.0) // head
    + (1.0 + 1.0 + 0.25) // layers[0]
    + (4.0 + 9.0); // layers[1]

#[test]
fn zeros_like_has_the_shape_and_copies_skipped_fields() {
    let zero = model().zeros_like();
    assert_eq!(
        zero,
        Model {
            scale: 0.0,
            w: Array2::zeros((2, 2)),
            b: Array1::zeros(1),
            batch: 32,
            taps: vec![0.0; 3],
            head: layer(Array2::zeros((1, 1)), Array1::zeros(2)),
            layers: vec![
                layer(Array2::zeros((1, 2)), Array1::zeros(1)),
                layer(Array2::zeros((2, 1)), Array1::zeros(0)),
            ],
            training: true,
        }
    );
    assert_eq!(zero.sum_of_squares(), 0.0);
}

#[test]
fn add_assign_adds_every_element_and_leaves_skipped_fields() {
    let mut sum = model();
    sum.add_assign(&ones());
    assert_eq!(
        sum,
        Model {
            scale: 3.0,
            w: array![[2.0, 0.0], [1.5, 3.0]],
            b: array![4.0],
            batch: 32,
            taps: vec![2.0, 3.0, -1.0],
            head: layer(array![[5.0]], array![0.0, 2.0]),
            layers: vec![
                layer(array![[2.0, 2.0]], array![1.5]),
                layer(array![[3.0], [-2.0]], array![]),
            ],
            training: true,
        }
    );
}

#[test]
fn scale_multiplies_every_element() {
    let mut scaled = model();
    Tangent::scale(&mut scaled, -0.5);
    assert_eq!(
        scaled,
        Model {
            scale: -1.0,
            w: array![[-0.5, 0.5], [-0.25, -1.0]],
            b: array![-1.5],
            batch: 32,
            taps: vec![-0.5, -1.0, 1.0],
            head: layer(array![[-2.0]], array![0.5, -0.5]),
            layers: vec![
                layer(array![[-0.5, -0.5]], array![-0.25]),
                layer(array![[-1.0], [1.5]], array![]),
            ],
            training: true,
        }
    );
    assert_eq!(scaled.sum_of_squares(), 0.25 * MODEL_SQUARES);
    // The reverse sweep scales adjoints with the same `scale` (a preaccumulated loop's sums, by
    // its accumulator's adjoint).
    let mut summed = Adjoint::new();
    summed.add(model());
    let mut by_adjoint: Adjoint<Model> = Adjoint::new();
    by_adjoint.add_scaled(summed, -0.5);
    assert_eq!(by_adjoint.take(), Some(scaled));
}

#[test]
fn axpy_adds_a_multiple() {
    let mut x = ones();
    x.axpy(2.0, &model()); // x = 1 + 2 model, with x's skipped fields
    assert_eq!(
        x,
        Model {
            scale: 5.0,
            w: array![[3.0, -1.0], [2.0, 5.0]],
            b: array![7.0],
            batch: 7,
            taps: vec![3.0, 5.0, -3.0],
            head: layer(array![[9.0]], array![-1.0, 3.0]),
            layers: vec![
                layer(array![[3.0, 3.0]], array![2.0]),
                layer(array![[5.0], [-5.0]], array![]),
            ],
            training: false,
        }
    );
}

#[test]
fn sum_of_squares_is_the_squared_norm_of_the_differentiated_fields() {
    assert_eq!(model().sum_of_squares(), MODEL_SQUARES);
    assert_eq!(MODEL_SQUARES, 61.5);
    // 17 elements of 1 (skipped fields count for nothing).
    assert_eq!(ones().sum_of_squares(), 17.0);
}

#[test]
fn dot_is_the_inner_product_of_the_differentiated_fields() {
    assert_eq!(Tangent::dot(&model(), &model()), MODEL_SQUARES);
    // ⟨x, 1⟩ is the sum of the elements: 2 + 2.5 + 3 + 1 + 4 + 2.5 - 1.
    assert_eq!(Tangent::dot(&model(), &ones()), 14.0);
    assert_eq!(Tangent::dot(&ones(), &model()), 14.0);
}

#[derive(grad::Tangent, Debug, PartialEq)]
struct Small {
    x: f32,
    v: Vec<f32>,
    a: Array1<f32>,
    fixed: [f32; 2],
    #[tangent(skip)]
    name: String,
}

#[test]
fn f32_structs_have_f32_scalars_and_sum_squares_in_f64() {
    let mut s = Small {
        x: 0.5,
        v: vec![1.5, -2.0],
        a: array![3.0],
        fixed: [0.25, 1.0],
        name: "s".to_owned(),
    };
    let factor: <Small as Tangent>::Scalar = 2.0_f32;
    let other = Small {
        x: 1.0,
        v: vec![1.0, 1.0],
        a: array![1.0],
        fixed: [1.0, 1.0],
        name: "other".to_owned(),
    };
    s.axpy(factor, &other);
    assert_eq!(
        s,
        Small {
            x: 2.5,
            v: vec![3.5, 0.0],
            a: array![5.0],
            fixed: [2.25, 3.0],
            name: "s".to_owned(),
        }
    );
    // 0.1f32 is not 0.1: the square is of the f32 value, taken in f64.
    let tenth = Small {
        x: 0.1,
        v: vec![],
        a: array![],
        fixed: [0.0, 0.0],
        name: String::new(),
    };
    assert_eq!(
        tenth.sum_of_squares(),
        f64::from(0.1_f32) * f64::from(0.1_f32)
    );
    assert_ne!(tenth.sum_of_squares(), 0.01);
    assert_eq!(s.sum_of_squares(), 6.25 + 12.25 + 25.0 + 5.0625 + 9.0);
}

#[test]
fn a_zero_gradient_is_made_from_the_shape_alone() {
    let p = model();
    let shape = Differentiable::tangent_shape(&p);
    let also = <&Model as Differentiable>::tangent_shape(&&p);
    drop(p);
    let zero = shape.clone().zeros();
    assert_eq!(zero, model().zeros_like());
    assert_eq!(also.zeros(), zero);
    // An adjoint that received nothing finishes as these zeros.
    let adjoint: Adjoint<Model> = Adjoint::new();
    assert_eq!(adjoint.finish(shape), zero);
    // So does a `Vec` of `Tangent` structs.
    let layers = model().layers;
    let zeros = Differentiable::tangent_shape(&layers).zeros();
    assert_eq!(zeros, layers.zeros_like());
}

#[test]
fn accumulate_adds_by_value() {
    let mut sum = model();
    sum.accumulate(ones());
    let mut expected = model();
    expected.add_assign(&ones());
    assert_eq!(sum, expected);
    let mut adjoint = Adjoint::new();
    adjoint.add(model());
    adjoint.add(ones());
    adjoint.add(model());
    expected.add_assign(&model());
    assert_eq!(adjoint.take(), Some(expected));
    // A `Vec` of them sums element by element.
    let mut layers = model().layers;
    layers.accumulate(ones().layers);
    assert_eq!(layers[1], layer(array![[3.0], [-2.0]], array![]));
}

#[test]
#[should_panic(expected = "different shapes")]
fn fields_of_different_shapes_do_not_add() {
    let mut x = model();
    let mut y = model();
    y.b = array![1.0, 2.0];
    x.add_assign(&y);
}

/// A generic parameter struct: its own bounds make its fields `Tangent` (every
/// `grad::runtime::Scalar` is a `Tangent` float).
#[derive(grad::Tangent, Debug, PartialEq)]
struct Generic<A: grad::runtime::Scalar> {
    w: Array1<A>,
    bias: A,
    #[tangent(skip)]
    tag: Option<A>,
}

fn norm<T: Tangent>(t: &T) -> f64 {
    t.sum_of_squares().sqrt()
}

#[test]
fn generic_structs_work_for_both_floats() {
    let mut g = Generic {
        w: array![3.0_f32],
        bias: 4.0,
        tag: Some(1.0),
    };
    assert_eq!(norm(&g), 5.0);
    Tangent::scale(&mut g, 2.0);
    assert_eq!(g.bias, 8.0_f32);
    let h = Generic {
        w: array![1.0_f64, 2.0],
        bias: 2.0,
        tag: None,
    };
    assert_eq!(norm(&h), 3.0);
    assert_eq!(
        Differentiable::tangent_shape(&h).zeros(),
        Generic {
            w: array![0.0, 0.0],
            bias: 0.0,
            tag: None
        }
    );
}

/// Gradient clipping by norm, written once for every `f64` parameter type.
fn clip<T: Tangent<Scalar = f64>>(gradient: &mut T, max_norm: f64) {
    let norm = gradient.sum_of_squares().sqrt();
    if norm > max_norm {
        gradient.scale(max_norm / norm);
    }
}

#[test]
fn optimiser_code_is_generic_over_tangent_types() {
    let mut g = Layer {
        w: array![[3.0]],
        b: array![4.0],
    };
    clip(&mut g, 2.5); // norm 5: scaled by 1/2
    assert_eq!(g, layer(array![[1.5]], array![2.0]));
    clip(&mut g, 2.5); // already within the bound: unchanged
    assert_eq!(g, layer(array![[1.5]], array![2.0]));
    let mut velocity = g.zeros_like();
    velocity.axpy(-0.5, &g);
    assert_eq!(velocity, layer(array![[-0.75]], array![-1.0]));
    assert_eq!(velocity.sum_of_squares(), 1.5625);
}

/// `grad::Tangent` is both the derive and the trait.
#[test]
fn the_derive_and_the_trait_share_the_name() {
    fn takes<T: grad::Tangent>(_: &T) {}
    takes(&model());
    takes(&vec![model()]);
    takes(&1.0_f32);
    takes(&[1.0_f64; 3]);
}

/// `½ ‖w‖² + b·1`, with its derivative written by hand.
fn energy(p: &Layer) -> f64 {
    0.5 * p.w.sum_of_squares() + p.b.sum()
}

fn energy_vjp(p: &Layer) -> (f64, impl FnOnce(f64) -> (Layer,) + use<>) {
    let gradient = Layer {
        w: p.w.clone(),
        b: Array1::ones(p.b.len()),
    };
    (energy(p), move |c: f64| {
        let mut g = gradient;
        Tangent::scale(&mut g, c);
        (g,)
    })
}

/// A struct parameter of a differentiated function: its gradient is the struct.
#[grad::differentiate]
fn twice_energy(p: &Layer, q: &Layer) -> f64 {
    energy(p) + energy(p) + 3.0 * energy(q)
}

#[test]
fn differentiated_functions_take_structs_and_return_them_as_gradients() {
    let p = layer(array![[1.0, -2.0]], array![0.5, 0.5]);
    let q = layer(array![[3.0]], array![]);
    let (value, (dp, dq)) = twice_energy_grad(&p, &q);
    assert_eq!(value, 2.0 * (2.5 + 1.0) + 3.0 * 4.5);
    assert_eq!(dp, layer(array![[2.0, -4.0]], array![2.0, 2.0]));
    assert_eq!(dq, layer(array![[9.0]], array![]));
}

/// A struct parameter that receives no gradient gets zeros built from its shape, with its
/// skipped fields copied.
#[grad::differentiate]
fn ignores_the_model(_model: &Model, x: f64) -> f64 {
    x * x
}

#[test]
fn an_unused_struct_parameter_gets_zeros_of_its_shape() {
    let (value, (dm, dx)) = ignores_the_model_grad(&model(), 3.0);
    assert_eq!((value, dx), (9.0, 6.0));
    assert_eq!(dm, model().zeros_like());
    assert_eq!((dm.batch, dm.training), (32, true));
}

mod imported {
    use grad::Tangent; // the trait and the derive, in one import
    use ndarray::Array1;

    #[derive(Tangent, Clone, Debug, PartialEq)]
    pub struct Fixed {
        pub bias: [f64; 3],
        pub w: Array1<f64>,
    }

    /// A field type naming the struct itself.
    #[derive(Tangent, Debug, PartialEq)]
    pub struct Tree {
        pub weight: f64,
        pub children: Vec<Tree>,
        pub more: Vec<Self>,
    }

    /// A field of a generic `Tangent` type.
    #[derive(Tangent, Debug, PartialEq)]
    pub struct Pair<T: Tangent> {
        pub left: T,
        pub right: Vec<T>,
    }
}

#[test]
fn fixed_arrays_recursive_structs_and_generic_tangent_fields() {
    use imported::{Fixed, Pair, Tree};
    let fixed = Fixed {
        bias: [1.0, 2.0, 3.0],
        w: array![4.0],
    };
    assert_eq!(fixed.sum_of_squares(), 30.0);
    let leaf = |weight| Tree {
        weight,
        children: vec![],
        more: vec![],
    };
    let mut tree = Tree {
        weight: 1.0,
        children: vec![leaf(2.0)],
        more: vec![leaf(3.0)],
    };
    assert_eq!(tree.sum_of_squares(), 14.0);
    tree.axpy(1.0, &tree.zeros_like());
    let zero = Differentiable::tangent_shape(&tree).zeros();
    assert_eq!(
        zero,
        Tree {
            weight: 0.0,
            children: vec![leaf(0.0)],
            more: vec![leaf(0.0)],
        }
    );
    let mut pair = Pair {
        left: fixed.clone(),
        right: vec![fixed.clone(), fixed],
    };
    Tangent::scale(&mut pair, 0.5);
    assert_eq!(pair.right[1].bias, [0.5, 1.0, 1.5]);
    assert_eq!(pair.sum_of_squares(), 3.0 * 7.5);
}

#[test]
fn generic_structs_work_at_dual_numbers() {
    use grad::Dual;
    let g = Generic {
        w: array![Dual::new(3.0_f64, 1.0)],
        bias: Dual::new(4.0, -1.0),
        tag: None,
    };
    let h = Generic {
        w: array![Dual::new(2.0, 0.5)],
        bias: Dual::new(1.0, 2.0),
        tag: None,
    };
    // (3 + ε)(2 + ε/2) + (4 - ε)(1 + 2ε) = 10 + (2 + 1.5 + 8 - 1)ε.
    let dot = Tangent::dot(&g, &h);
    assert_eq!((dot.value, dot.tangent), (10.0, 10.5));
    assert_eq!(norm(&g), 5.0);
}
