//! Sums of squares, `(&w * &w).sum()`, `w.powi(2).sum()`, `(w * w).sum()`: the L2 penalty,
//! which the macro fuses into one rule (`sum_of_squares_vjp`, see grad-macro's `fuse.rs`) when
//! the squares are used nowhere else.
//!
//! Every spelling, on owned arrays, references, views and struct fields, in `f64` and `f32`, is
//! checked against finite differences and the closed form `2w` (exact: `(1·2)·w`), and its value
//! against the function itself, bit for bit. So are the cases the fusion must leave alone (the
//! squares read again, a cube, a product of two arrays, a square of an array that is not
//! differentiated, a square in a `let mut`), which must still be right. That the fusion happens
//! at all is tested by counting allocations, in `tests/fuse_allocation.rs`.

use grad::check::assert_gradcheck;
use grad::runtime::ndarray::{Array, Array1, Array2, ArrayD, ArrayView2, Dimension, IxDyn, array};

/// The largest accepted relative error against finite differences.
const TOL: f64 = 1e-7;

/// A deterministic array of numbers in `[-1.5, 1.5)`, none of them 0.
fn random<Sh: grad::runtime::ndarray::ShapeBuilder>(shape: Sh, seed: u64) -> Array<f64, Sh::Dim> {
    let mut state = seed;
    Array::from_shape_simple_fn(shape, || {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let u = (state >> 11) as f64 / (1u64 << 53) as f64;
        let v = 3.0 * u - 1.5;
        if v.abs() < 0.1 { v + 0.2 } else { v }
    })
}

/// Checks `grad` against `f` (value, bit for bit), against finite differences, and against the
/// closed form `scale · 2w` (exactly).
#[track_caller]
fn check<D: Dimension>(
    what: &str,
    f: impl Fn(&Array<f64, D>) -> f64,
    grad: impl Fn(&Array<f64, D>) -> (f64, Array<f64, D>),
    w: &Array<f64, D>,
    scale: f64,
) {
    let (value, gradient) = grad(w);
    assert_eq!(value.to_bits(), f(w).to_bits(), "{what}: value");
    assert_eq!(
        gradient,
        w.mapv(|v| scale * (2.0 * v)),
        "{what}: closed form"
    );
    assert_gradcheck(&f, w, &gradient, TOL);
}

// ---------------------------------------------------------------------------------------------
// Every spelling on every kind of parameter

#[grad::differentiate]
fn borrowed_product_of_owned(w: Array2<f64>) -> f64 {
    (&w * &w).sum()
}

#[grad::differentiate]
fn powi_of_owned(w: Array2<f64>) -> f64 {
    w.powi(2).sum()
}

#[grad::differentiate]
fn product_of_reference(w: &Array2<f64>) -> f64 {
    (w * w).sum()
}

#[grad::differentiate]
fn powi_of_reference(w: &Array2<f64>) -> f64 {
    w.powi(2).sum()
}

#[grad::differentiate]
fn borrowed_product_of_view(w: ArrayView2<f64>) -> f64 {
    (&w * &w).sum()
}

#[grad::differentiate]
fn powi_of_view(w: ArrayView2<f64>) -> f64 {
    w.powi(2).sum()
}

#[grad::differentiate]
fn product_of_dynamic(w: &ArrayD<f64>) -> f64 {
    (w * w).sum()
}

/// The penalty as networks write it: scaled, beside another use of `w`, of a local.
#[grad::differentiate]
fn scaled_penalty(w: &Array2<f64>, reg: f64) -> f64 {
    let squares = (w * w).sum();
    let v = w * 2.0;
    w.sum() * 0.0 + 0.5 * reg * squares + 0.25 * (&v * &v).sum()
}

#[test]
fn every_spelling_of_a_sum_of_squares() {
    for (shape, seed) in [((3, 4), 1), ((1, 1), 2), ((9, 7), 3)] {
        let w = random(shape, seed);
        check(
            "(&w * &w).sum(), owned",
            |w| borrowed_product_of_owned(w.clone()),
            |w| borrowed_product_of_owned_grad(w.clone()),
            &w,
            1.0,
        );
        check(
            "w.powi(2).sum(), owned",
            |w| powi_of_owned(w.clone()),
            |w| powi_of_owned_grad(w.clone()),
            &w,
            1.0,
        );
        check(
            "(w * w).sum(), &Array2",
            product_of_reference,
            product_of_reference_grad,
            &w,
            1.0,
        );
        check(
            "w.powi(2).sum(), &Array2",
            powi_of_reference,
            powi_of_reference_grad,
            &w,
            1.0,
        );
        check(
            "(&w * &w).sum(), view",
            |w| borrowed_product_of_view(w.view()),
            |w| borrowed_product_of_view_grad(w.view()),
            &w,
            1.0,
        );
        check(
            "w.powi(2).sum(), view",
            |w| powi_of_view(w.view()),
            |w| powi_of_view_grad(w.view()),
            &w,
            1.0,
        );
        let reg = 0.3;
        let (value, (gradient, dreg)) = scaled_penalty_grad(&w, reg);
        assert_eq!(value, scaled_penalty(&w, reg));
        assert_eq!(dreg, 0.5 * (&w * &w).sum());
        // d/dw (0 Σw + reg/2 Σw² + 1/4 Σ(2w)²) = reg w + 2w.
        assert!(gradient.abs_diff_eq(&(reg * &w + 2.0 * &w), 1e-12));
        assert_gradcheck(|w: &Array2<f64>| scaled_penalty(w, reg), &w, &gradient, TOL);
    }
    // Views of a transposed and of a strided array: the gradient has the view's shape.
    let w = random((4, 6), 4);
    let t = w.t();
    let (value, gradient) = borrowed_product_of_view_grad(t);
    assert_eq!(value, borrowed_product_of_view(t));
    assert_eq!(gradient, 2.0 * &t);
    let strided = w.slice(grad::runtime::ndarray::s![.., ..;3]);
    let (value, gradient) = powi_of_view_grad(strided);
    assert_eq!(value, powi_of_view(strided));
    assert_eq!(gradient, 2.0 * &strided);
    // Any dimension.
    let w = random(IxDyn(&[2, 3, 2]), 5);
    check(
        "(w * w).sum(), ArrayD",
        product_of_dynamic,
        product_of_dynamic_grad,
        &w,
        1.0,
    );
}

// ---------------------------------------------------------------------------------------------
// Struct fields

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Layer {
    w: Array2<f64>,
    b: Array1<f64>,
}

/// The field is read for the affine map and for the penalty: its adjoint sums both.
#[grad::differentiate]
fn layer_loss(p: &Layer, x: &Array2<f64>, reg: f64) -> f64 {
    let scores = x.dot(&p.w) + &p.b;
    (&scores * &scores).sum() + 0.5 * reg * (&p.w * &p.w).sum() + p.b.powi(2).sum()
}

#[test]
fn struct_fields() {
    let p = Layer {
        w: random((3, 4), 10),
        b: random(4, 11),
    };
    let x = random((5, 3), 12);
    let reg = 0.7;
    let (value, (dp, _, dreg)) = layer_loss_grad(&p, &x, reg);
    assert_eq!(value.to_bits(), layer_loss(&p, &x, reg).to_bits());
    assert_eq!(dreg, 0.5 * (&p.w * &p.w).sum());
    let f_w = |w: &Array2<f64>| {
        let p = Layer {
            w: w.clone(),
            b: p.b.clone(),
        };
        layer_loss(&p, &x, reg)
    };
    assert_gradcheck(f_w, &p.w, &dp.w, TOL);
    let f_b = |b: &Array1<f64>| {
        let p = Layer {
            w: p.w.clone(),
            b: b.clone(),
        };
        layer_loss(&p, &x, reg)
    };
    assert_gradcheck(f_b, &p.b, &dp.b, TOL);
    // Against the closed form: 2 scores ⊗ x for the affine part, reg w and 2b for the penalties.
    let scores = x.dot(&p.w) + &p.b;
    let dw = x.t().dot(&(2.0 * &scores)) + reg * &p.w;
    let db = (2.0 * &scores).sum_axis(grad::runtime::ndarray::Axis(0)) + 2.0 * &p.b;
    assert!(dp.w.abs_diff_eq(&dw, 1e-12), "{} vs {dw}", dp.w);
    assert!(dp.b.abs_diff_eq(&db, 1e-12), "{} vs {db}", dp.b);
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Penalised {
    w: Array2<f64>,
}

#[grad::differentiate]
fn field_penalty(p: &Penalised) -> f64 {
    (&p.w * &p.w).sum()
}

#[grad::differentiate]
fn field_powi_penalty(p: &Penalised) -> f64 {
    0.5 * p.w.powi(2).sum()
}

#[test]
fn a_field_alone() {
    let p = Penalised {
        w: random((6, 5), 13),
    };
    let (value, dp) = field_penalty_grad(&p);
    assert_eq!(value, field_penalty(&p));
    assert_eq!(dp.w, 2.0 * &p.w);
    let (value, dp) = field_powi_penalty_grad(&p);
    assert_eq!(value, field_powi_penalty(&p));
    assert_eq!(dp.w, 0.5 * (2.0 * &p.w));
}

// ---------------------------------------------------------------------------------------------
// f32

#[grad::differentiate]
fn product_f32(w: &Array2<f32>) -> f32 {
    (w * w).sum()
}

#[grad::differentiate]
fn powi_f32(w: ArrayView2<f32>, reg: f32) -> f32 {
    0.5 * reg * w.powi(2).sum()
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Penalised32 {
    w: Array2<f32>,
}

#[grad::differentiate]
fn field_penalty_f32(p: &Penalised32) -> f32 {
    (&p.w * &p.w).sum()
}

#[test]
fn f32_sums_of_squares() {
    let w64 = random((7, 3), 20);
    let w = w64.mapv(|v| v as f32);
    let (value, gradient) = product_f32_grad(&w);
    assert_eq!(value.to_bits(), product_f32(&w).to_bits());
    assert_eq!(gradient, 2.0 * &w);
    let (value, (gradient, dreg)) = powi_f32_grad(w.view(), 0.1);
    assert_eq!(value.to_bits(), powi_f32(w.view(), 0.1).to_bits());
    assert_eq!(gradient, w.mapv(|v| 0.5 * 0.1 * (2.0 * v)));
    assert_eq!(dreg, 0.5 * (&w * &w).sum());
    // Against the f64 twin.
    let (_, gradient64) = product_of_reference_grad(&w64);
    let (_, gradient) = product_f32_grad(&w);
    assert!(gradient.mapv(f64::from).abs_diff_eq(
        &gradient64,
        1e-5 * gradient64.iter().fold(1.0, |m, v| v.abs().max(m))
    ),);
    let p = Penalised32 { w: w.clone() };
    let (value, dp) = field_penalty_f32_grad(&p);
    assert_eq!(value, field_penalty_f32(&p));
    assert_eq!(dp.w, 2.0 * &w);
}

// ---------------------------------------------------------------------------------------------
// Where the fusion must not happen, still right

/// The squares are read twice: by the sum and by an index.
#[grad::differentiate]
fn squares_read_again(w: &Array2<f64>) -> f64 {
    let s = w * w;
    s.sum() + s[[0, 0]]
}

/// The squares are read twice: by the sum and by a mean.
#[grad::differentiate]
fn squares_summed_and_averaged(w: &Array2<f64>) -> f64 {
    let s = w * w;
    let total = s.sum();
    total + s.mean().unwrap()
}

#[grad::differentiate]
fn cube(w: &Array2<f64>) -> f64 {
    w.powi(3).sum()
}

#[grad::differentiate]
fn product_of_two(w: &Array2<f64>, v: &Array2<f64>) -> f64 {
    (w * v).sum()
}

/// The squares of an array that is not differentiated: code kept as written.
#[grad::differentiate(wrt(x))]
fn square_of_data(x: f64, data: &Array2<f64>) -> f64 {
    x * (data * data).sum()
}

/// The squares in a `let mut`, overwritten before the sum.
#[grad::differentiate]
fn squares_overwritten(w: &Array2<f64>) -> f64 {
    let mut s = w * w;
    s = &s * 3.0;
    s.sum()
}

/// The squares named by code kept as written (a `format!`).
#[grad::differentiate]
fn squares_printed(w: &Array2<f64>) -> f64 {
    let s = w * w;
    let _shape = format!("{:?}", s.shape());
    s.sum()
}

/// A scalar square and a scalar `powi(2)`: untouched.
#[grad::differentiate]
fn scalar_squares(x: f64) -> f64 {
    x * x + x.powi(2)
}

#[test]
fn where_the_fusion_must_not_happen_the_gradient_is_still_right() {
    let w = random((4, 3), 30);
    let v = random((4, 3), 31);

    let (value, gradient) = squares_read_again_grad(&w);
    assert_eq!(value, squares_read_again(&w));
    let mut expected = 2.0 * &w;
    expected[[0, 0]] += 2.0 * w[[0, 0]];
    assert_eq!(gradient, expected);
    assert_gradcheck(squares_read_again, &w, &gradient, TOL);

    let (value, gradient) = squares_summed_and_averaged_grad(&w);
    assert_eq!(value, squares_summed_and_averaged(&w));
    assert_gradcheck(squares_summed_and_averaged, &w, &gradient, TOL);

    let (value, gradient) = cube_grad(&w);
    assert_eq!(value, cube(&w));
    assert!(gradient.abs_diff_eq(&(3.0 * &w * &w), 1e-12));
    assert_gradcheck(cube, &w, &gradient, TOL);

    let (value, (dw, dv)) = product_of_two_grad(&w, &v);
    assert_eq!(value, product_of_two(&w, &v));
    assert_eq!((dw, dv), (v.clone(), w.clone()));

    let (value, dx) = square_of_data_grad(1.5, &w);
    assert_eq!(value, square_of_data(1.5, &w));
    assert_eq!(dx, (&w * &w).sum());

    let (value, gradient) = squares_overwritten_grad(&w);
    assert_eq!(value, squares_overwritten(&w));
    assert!(gradient.abs_diff_eq(&(6.0 * &w), 1e-12));

    let (value, gradient) = squares_printed_grad(&w);
    assert_eq!(value, squares_printed(&w));
    assert_eq!(gradient, 2.0 * &w);

    let (value, dx) = scalar_squares_grad(1.25);
    assert_eq!(value, scalar_squares(1.25));
    assert_eq!(dx, 5.0);
}

/// A sum of squares inside a branch and a loop.
#[grad::differentiate(wrt(ws))]
fn in_control_flow(ws: &Array2<f64>, flag: bool) -> f64 {
    let mut total = 0.0;
    for k in 0..3 {
        let scale = (k + 1) as f64;
        if flag {
            total += scale * (ws * ws).sum();
        } else {
            total += scale * ws.powi(2).sum();
        }
    }
    total
}

#[test]
fn in_control_flow_the_fusion_is_right() {
    let w = random((3, 5), 40);
    for flag in [true, false] {
        let (value, gradient) = in_control_flow_grad(&w, flag);
        assert_eq!(value, in_control_flow(&w, flag));
        assert_eq!(gradient, 12.0 * &w);
        assert_gradcheck(
            |w: &Array2<f64>| in_control_flow(w, flag),
            &w,
            &gradient,
            TOL,
        );
    }
}

#[test]
fn a_small_known_case() {
    let w = array![[1.0, -2.0], [0.5, 3.0]];
    assert_eq!(
        product_of_reference_grad(&w),
        (14.25, array![[2.0, -4.0], [1.0, 6.0]])
    );
}

// ---------------------------------------------------------------------------------------------
// In place in `f_grad`: where the operand is a shared reference the reverse sweep can still
// read (a parameter `w: &Array2`, or `let w = &p.w;` in the outermost block), `f_grad` adds
// `2c · w` straight into `w`'s gradient at the end instead of keeping a copy of `w`
// (grad-macro's `fuse.rs`). `f_vjp` still keeps the copy. Both must give the same gradient,
// right by finite differences; that `f_grad` allocates nothing for the penalty is counted in
// `tests/fuse_allocation.rs`.

use grad::nn::{affine, affine_vjp};

/// `f_grad`'s gradient, `f_vjp`'s pullback of 1 and finite differences agree, and the value is
/// the function's, bit for bit.
#[track_caller]
fn check_in_place<D: Dimension>(
    what: &str,
    f: impl Fn(&Array<f64, D>) -> f64,
    grad: impl Fn(&Array<f64, D>) -> (f64, Array<f64, D>),
    vjp: impl Fn(&Array<f64, D>) -> (f64, Array<f64, D>),
    w: &Array<f64, D>,
) {
    let (value, gradient) = grad(w);
    let (vjp_value, vjp_gradient) = vjp(w);
    assert_eq!(value.to_bits(), f(w).to_bits(), "{what}: value");
    assert_eq!(
        value.to_bits(),
        vjp_value.to_bits(),
        "{what}: f_vjp's value"
    );
    let scale = gradient.iter().fold(1.0_f64, |m, v| m.max(v.abs()));
    assert!(
        gradient.abs_diff_eq(&vjp_gradient, 1e-14 * scale),
        "{what}: f_grad {gradient} vs f_vjp {vjp_gradient}"
    );
    assert_gradcheck(&f, w, &gradient, TOL);
}

/// A layer and its penalty, as networks write them: the penalty is added into the gradient
/// `affine`'s rule made.
#[grad::differentiate(wrt(w, b))]
fn layer_and_penalty(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>, reg: f64) -> f64 {
    let scores = affine(x, w, b);
    (&scores * &scores).sum() + 0.5 * reg * (w * w).sum()
}

/// Three sums of the same parameter, each spelled differently: their scalar cotangents are
/// summed and `w` is read once.
#[grad::differentiate]
fn three_sums_of_one(w: &Array2<f64>) -> f64 {
    let first = (w * w).sum();
    let second = w.powi(2).sum();
    first * 0.25 + second * 1.5 + 3.0 * (w * w).sum() + w.sum()
}

/// The penalty alone: the adjoint is empty when it arrives, so it is `2c · w` itself.
#[grad::differentiate]
fn penalty_alone(w: &Array2<f64>, reg: f64) -> f64 {
    reg * (w * w).sum()
}

/// A sum of squares in a branch, in a loop that is not a plain accumulation (its iterations
/// are pushed on a stack) and in one that is (preaccumulated: left to `sum_of_squares_vjp`).
#[grad::differentiate(wrt(w))]
fn in_place_in_control_flow(w: &Array2<f64>, flag: bool) -> f64 {
    let mut decayed = 0.0;
    for k in 0..3 {
        decayed = 0.5 * decayed + (k as f64 + 1.0) * (w * w).sum();
    }
    let mut accumulated = 0.0;
    for _ in 0..2 {
        accumulated += w.powi(2).sum();
    }
    let branch = if flag { (w * w).sum().sqrt() } else { w.sum() };
    decayed + accumulated + branch
}

/// Operands `f_grad` does not read in the reverse sweep, pulled back as `f_vjp` does: a
/// parameter by value, a view by value, a local array.
#[grad::differentiate(wrt(owned, view))]
fn not_in_place(owned: Array2<f64>, view: ArrayView2<f64>) -> f64 {
    let local = &owned * 3.0;
    (&owned * &owned).sum() + (&view * &view).sum() + (&local * &local).sum()
}

#[test]
fn in_place_penalties_agree_with_f_vjp_and_finite_differences() {
    let x = random((5, 3), 50);
    let b = random(4, 51);
    let reg = 0.3;
    for (shape, seed) in [((3, 4), 52), ((3, 4), 53)] {
        let w = random(shape, seed);
        check_in_place(
            "layer_and_penalty",
            |w: &Array2<f64>| layer_and_penalty(&x, w, &b, reg),
            |w: &Array2<f64>| {
                let (value, (dw, _)) = layer_and_penalty_grad(&x, w, &b, reg);
                (value, dw)
            },
            |w: &Array2<f64>| {
                let (value, pullback) = layer_and_penalty_vjp(&x, w, &b, reg);
                (value, pullback(1.0).1)
            },
            &w,
        );
        // The closed form: 2 x^T scores + reg w, exactly as the rule's sum then the penalty.
        let scores = affine(&x, &w, &b);
        let (_, (dw, _)) = layer_and_penalty_grad(&x, &w, &b, reg);
        let expected = x.t().dot(&(2.0 * &scores)) + reg * &w;
        assert!(dw.abs_diff_eq(&expected, 1e-12), "{dw} vs {expected}");
    }

    let w = random((4, 6), 54);
    check_in_place(
        "three_sums_of_one",
        three_sums_of_one,
        three_sums_of_one_grad,
        |w: &Array2<f64>| {
            let (value, pullback) = three_sums_of_one_vjp(w);
            (value, pullback(1.0).0)
        },
        &w,
    );
    // A column-major parameter too: contiguous in memory order.
    let columns = random((5, 4), 71).reversed_axes();
    for (what, w) in [
        ("penalty_alone", &w),
        ("penalty_alone, column-major", &columns),
    ] {
        check_in_place(
            what,
            |w: &Array2<f64>| penalty_alone(w, 0.7),
            |w: &Array2<f64>| {
                let (value, (dw, _)) = penalty_alone_grad(w, 0.7);
                (value, dw)
            },
            |w: &Array2<f64>| {
                let (value, pullback) = penalty_alone_vjp(w, 0.7);
                (value, pullback(1.0).0)
            },
            w,
        );
        // Alone, the gradient is exactly `2c · w`, as `sum_of_squares_vjp`'s.
        assert_eq!(penalty_alone_grad(w, 0.7).1.0, w.mapv(|v| (0.7 * 2.0) * v));
    }

    for flag in [true, false] {
        check_in_place(
            "in_place_in_control_flow",
            |w: &Array2<f64>| in_place_in_control_flow(w, flag),
            |w: &Array2<f64>| in_place_in_control_flow_grad(w, flag),
            |w: &Array2<f64>| {
                let (value, pullback) = in_place_in_control_flow_vjp(w, flag);
                (value, pullback(1.0).0)
            },
            &w,
        );
    }

    let v = 2.0 * &w;
    let (value, (d_owned, d_view)) = not_in_place_grad(w.clone(), v.view());
    assert_eq!(value, not_in_place(w.clone(), v.view()));
    assert!(d_owned.abs_diff_eq(&(2.0 * &w + 18.0 * &w), 1e-12));
    assert_eq!(d_view, 4.0 * &w);
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Net {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
}

/// The penalties on borrowed fields, as `examples/train` writes them: `let w1 = &p.w1;` and a
/// place read in the expression.
#[grad::differentiate(wrt(p))]
fn net_loss(x: &Array2<f64>, p: &Net, reg: f64) -> f64 {
    let w1 = &p.w1;
    let hidden = affine(x, w1, &p.b1);
    let scores = hidden.dot(&p.w2);
    (&scores * &scores).sum() + 0.5 * reg * ((w1 * w1).sum() + (&p.w2 * &p.w2).sum())
}

/// One field of a [`Net`].
type Field = fn(&mut Net) -> &mut Array2<f64>;

#[test]
fn in_place_penalties_on_fields() {
    let x = random((5, 3), 60);
    let p = Net {
        w1: random((3, 4), 61),
        b1: random(4, 62),
        w2: random((4, 2), 63),
    };
    let reg = 0.4;
    let (value, dp) = net_loss_grad(&x, &p, reg);
    assert_eq!(value.to_bits(), net_loss(&x, &p, reg).to_bits());
    let (vjp_value, pullback) = net_loss_vjp(&x, &p, reg);
    assert_eq!(value.to_bits(), vjp_value.to_bits());
    let (_, from_vjp, _) = pullback(1.0);
    assert!(dp.b1.abs_diff_eq(&from_vjp.b1, 1e-13));
    let fields: [(&str, Field); 2] = [("w1", |net| &mut net.w1), ("w2", |net| &mut net.w2)];
    for (name, field) in fields {
        let (ours, theirs) = (
            field(&mut dp.clone()).clone(),
            field(&mut from_vjp.clone()).clone(),
        );
        assert!(
            ours.abs_diff_eq(&theirs, 1e-13),
            "{name}: {ours} vs {theirs}"
        );
        let with_field = |w: &Array2<f64>| {
            let mut q = p.clone();
            *field(&mut q) = w.clone();
            net_loss(&x, &q, reg)
        };
        assert_gradcheck(with_field, field(&mut p.clone()), &ours, TOL);
    }
}

#[grad::differentiate]
fn penalty_of_a_view(w: &ArrayView2<f64>) -> f64 {
    w.sum() + (w * w).sum()
}

#[grad::differentiate]
fn penalty_f32(w: &Array2<f32>, reg: f32) -> f32 {
    w.sum() + reg * (w * w).sum()
}

#[test]
fn in_place_on_strided_views_and_in_f32() {
    // A view with a step: not contiguous, so the value is summed from a contiguous copy, in
    // the order `sum_of_squares_vjp` sums.
    let whole = random((6, 8), 70);
    let strided = whole.slice(grad::runtime::ndarray::s![..;2, 1..;3]);
    assert!(strided.as_slice_memory_order().is_none());
    let (value, gradient) = penalty_of_a_view_grad(&strided);
    let (vjp_value, pullback) = penalty_of_a_view_vjp(&strided);
    assert_eq!(value.to_bits(), vjp_value.to_bits());
    assert_eq!(value.to_bits(), penalty_of_a_view(&strided).to_bits());
    let (from_vjp,) = pullback(1.0);
    assert_eq!(gradient, from_vjp);
    assert_eq!(gradient, strided.mapv(|v| 1.0 + 2.0 * v));

    let w = random((7, 3), 72).mapv(|v| v as f32);
    let (value, (gradient, dreg)) = penalty_f32_grad(&w, 0.25);
    assert_eq!(value.to_bits(), penalty_f32(&w, 0.25).to_bits());
    assert_eq!(gradient, w.mapv(|v| 1.0 + (0.25 * 2.0) * v));
    assert_eq!(dreg, (&w * &w).sum());
}
