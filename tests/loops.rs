//! Loops, indexing, `match` and early exits (issue #4): every construct of the contract checked
//! against central finite differences (relative error below `common::TOL`) at two or more
//! pseudo-random points, and against closed forms where one is short.
//!
//! Every check also asserts that the value `f_grad` returns is the value of `f` itself, bit for
//! bit: the forward sweep must compute what the function computes.

// The differentiated functions spell loops out on purpose (index loops over slices, `x = x * y`,
// explicit `return`s): that is what they test.
#![allow(
    clippy::assign_op_pattern,
    clippy::needless_range_loop,
    clippy::needless_return,
    clippy::manual_memcpy,
    clippy::too_many_arguments
)]

mod common;

use common::{assert_all_close, assert_close, assert_matches_fd, assert_matches_fd_f32};
use grad::runtime::ndarray::{Array1, Array2, Array3, ArrayBase, ArrayView2, Data, Dimension};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// `count` deterministic pseudo-random points in `[lo, hi)^N` (an LCG seeded by `seed`).
fn points<const N: usize>(seed: u64, count: usize, lo: f64, hi: f64) -> Vec<[f64; N]> {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15).wrapping_add(1);
    let mut next = move || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    (0..count)
        .map(|_| std::array::from_fn(|_| lo + (hi - lo) * next()))
        .collect()
}

/// The `f32` version of [`points`].
fn points_f32<const N: usize>(seed: u64, count: usize, lo: f64, hi: f64) -> Vec<[f32; N]> {
    points::<N>(seed, count, lo, hi)
        .into_iter()
        .map(|point| point.map(|x| x as f32))
        .collect()
}

/// `points` with the last coordinate (a ratio raised to powers) moved to `±[0.5, 1.2)`, signs
/// alternating, so that no gradient component is too small for finite differences.
fn with_ratio<const N: usize>(points: Vec<[f64; N]>) -> Vec<[f64; N]> {
    points
        .into_iter()
        .enumerate()
        .map(|(k, mut p)| {
            let sign = if k % 2 == 0 { 1.0 } else { -1.0 };
            p[N - 1] = sign * (0.5 + 0.7 * p[N - 1].abs());
            p
        })
        .collect()
}

/// A gradient as an array (its length is checked).
fn arr<const N: usize>(gradient: Vec<f64>) -> [f64; N] {
    let len = gradient.len();
    gradient
        .try_into()
        .unwrap_or_else(|_| panic!("gradient of length {len}, expected {N}"))
}

/// Several gradients one after the other, as one array.
fn cat<const N: usize>(parts: &[&[f64]]) -> [f64; N] {
    arr(parts.concat())
}

/// Checks at each point that `grad` gives the value of `f` and a gradient matching the central
/// finite differences of `f`.
#[track_caller]
fn check<const N: usize>(
    what: &str,
    f: impl Fn([f64; N]) -> f64,
    grad: impl Fn([f64; N]) -> (f64, [f64; N]),
    points: &[[f64; N]],
) {
    assert!(points.len() >= 2, "{what}: check at two points or more");
    for &x in points {
        let (value, gradient) = grad(x);
        assert_eq!(value, f(x), "{what}: value at {x:?}");
        assert_matches_fd(&f, x, gradient, what);
    }
}

/// [`check`] for a function of one slice and its generated `_grad`.
#[track_caller]
fn check_slice<const N: usize>(
    what: &str,
    f: fn(&[f64]) -> f64,
    grad: fn(&[f64]) -> (f64, Vec<f64>),
    points: &[[f64; N]],
) {
    check(
        what,
        |x| f(&x),
        |x| {
            let (value, gradient) = grad(&x);
            (value, arr(gradient))
        },
        points,
    );
}

/// The generated `_grad` of a function of two slices.
type TwoSliceGrad = fn(&[f64], &[f64]) -> (f64, (Vec<f64>, Vec<f64>));

/// [`check`] for a function of two slices split at `split`.
#[track_caller]
fn check_two_slices<const N: usize>(
    what: &str,
    split: usize,
    f: fn(&[f64], &[f64]) -> f64,
    grad: TwoSliceGrad,
    points: &[[f64; N]],
) {
    check(
        what,
        |p| f(&p[..split], &p[split..]),
        |p| {
            let (value, (gx, gy)) = grad(&p[..split], &p[split..]);
            (value, cat(&[&gx, &gy]))
        },
        points,
    );
}

/// [`check`] for `f32` functions, against `f32` finite differences.
#[track_caller]
fn check_f32<const N: usize>(
    what: &str,
    f: impl Fn([f32; N]) -> f32,
    grad: impl Fn([f32; N]) -> (f32, [f32; N]),
    points: &[[f32; N]],
) {
    assert!(points.len() >= 2, "{what}: check at two points or more");
    for &x in points {
        let (value, gradient) = grad(x);
        assert_eq!(value, f(x), "{what}: value at {x:?}");
        assert_matches_fd_f32(&f, x, gradient, what);
    }
}

// ---------------------------------------------------------------------------------------------
// `for` over ranges: `a..b`, `a..=b`, `.rev()`, `.step_by(k)`
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn range_sum_of_squares(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
    }
    s
}

#[grad::differentiate]
fn inclusive_range_with_integer_bound(x: &[f64], n: usize) -> f64 {
    let mut s = 1.0;
    for i in 1..=n {
        s = s * x[i - 1] + (i as f64) * x[i].sin();
    }
    s
}

/// Horner's rule from the last coefficient down: `x0 + t (x1 + t (x2 + ..))`.
#[grad::differentiate]
fn reversed_range_horner(x: &[f64], t: f64) -> f64 {
    let mut acc = 0.0;
    for i in (0..x.len()).rev() {
        acc = acc * t + x[i];
    }
    acc
}

#[grad::differentiate]
fn stepped_ranges(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in (0..x.len() - 1).step_by(2) {
        s += x[i] * x[i + 1];
    }
    for i in (1..x.len()).rev().step_by(3) {
        s += x[i].exp() / (i as f64 + 1.0);
    }
    s
}

#[test]
fn for_over_ranges() {
    check_slice(
        "range_sum_of_squares",
        range_sum_of_squares,
        range_sum_of_squares_grad,
        &points::<5>(1, 3, -2.0, 2.0),
    );
    let (value, gradient) = range_sum_of_squares_grad(&[1.0, -2.0, 0.5]);
    assert_eq!((value, gradient), (5.25, vec![2.0, -4.0, 1.0]));

    check(
        "inclusive_range_with_integer_bound",
        |x: [f64; 5]| inclusive_range_with_integer_bound(&x, 4),
        |x| {
            let (value, gradient) = inclusive_range_with_integer_bound_grad(&x, 4);
            (value, arr(gradient))
        },
        &points(2, 3, -1.5, 1.5),
    );
    // n = 2 leaves x[3..] out: their gradient is zero.
    let (_, gradient) = inclusive_range_with_integer_bound_grad(&[0.5, 1.0, -1.0, 2.0], 2);
    assert_eq!(&gradient[3..], &[0.0]);

    for p in with_ratio(points::<6>(3, 3, -1.0, 1.0)) {
        let (x, t) = (&p[..5], p[5]);
        let (value, (gx, gt)) = reversed_range_horner_grad(x, t);
        let expected_value: f64 = (0..5).map(|i| x[i] * t.powi(i as i32)).sum();
        assert_close(value, expected_value, "horner value");
        let expected_gx: Vec<f64> = (0..5).map(|i| t.powi(i)).collect();
        let expected_gt: f64 = (1..5).map(|i| i as f64 * x[i] * t.powi(i as i32 - 1)).sum();
        assert_all_close(arr::<5>(gx), arr(expected_gx), "horner d/dx");
        assert_close(gt, expected_gt, "horner d/dt");
    }
    check(
        "reversed_range_horner",
        |p: [f64; 6]| reversed_range_horner(&p[..5], p[5]),
        |p| {
            let (value, (gx, gt)) = reversed_range_horner_grad(&p[..5], p[5]);
            (value, cat(&[&gx, &[gt]]))
        },
        &with_ratio(points(4, 3, -1.0, 1.0)),
    );

    check_slice(
        "stepped_ranges",
        stepped_ranges,
        stepped_ranges_grad,
        &points::<7>(5, 3, -1.0, 1.0),
    );
}

// ---------------------------------------------------------------------------------------------
// `for` over the elements of a container
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn iter_name_pattern(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for xi in x.iter() {
        s += xi * xi.sin();
    }
    s
}

#[grad::differentiate]
fn iter_with_deref(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for xi in x.iter() {
        p *= 1.0 + *xi * *xi;
        p = p - (*xi).cos() * 0.25;
    }
    p
}

#[grad::differentiate]
fn iter_reference_pattern(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for &xi in x.iter() {
        s += (xi * 0.5).tanh() * xi;
    }
    s
}

#[grad::differentiate]
fn borrowed_vec_by_value(x: Vec<f64>) -> f64 {
    let mut s = 0.0;
    for xi in &x {
        s += xi.powi(3);
    }
    for &xi in &x {
        s -= xi * s;
    }
    s
}

#[grad::differentiate]
fn borrowed_array_by_value(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for xi in &x {
        s = s * 0.5 + xi.exp();
    }
    s
}

#[grad::differentiate]
fn enumerate_name_pattern(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, xi) in x.iter().enumerate() {
        s += (i as f64 + 1.0) * xi * xi;
    }
    s
}

#[grad::differentiate]
fn enumerate_reference_pattern(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, &xi) in x.iter().enumerate() {
        if i % 2 == 0 {
            s += xi.cos();
        } else {
            s += xi * x[i - 1];
        }
    }
    s
}

#[grad::differentiate]
fn zip_dot(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (a, b) in x.iter().zip(y.iter()) {
        s += a * b;
    }
    s
}

/// Zips stop at the shorter container: the rest of the longer one gets a zero gradient.
#[grad::differentiate]
fn zip_reference_patterns(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (&a, &b) in x.iter().zip(y.iter()) {
        s += (a - b).powi(2) * a;
    }
    s
}

#[grad::differentiate]
fn copied_product(x: &[f64]) -> f64 {
    let mut p = 1.0;
    for xi in x.iter().copied() {
        p *= xi;
    }
    p
}

#[grad::differentiate]
fn copied_zip_enumerate(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, (a, b)) in x.iter().copied().zip(y.iter().copied()).enumerate() {
        s += (i as f64 + 0.5) * a.sin() * b;
    }
    s
}

#[grad::differentiate]
fn cloned_with_deref_and_reference(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for (a, b) in x.iter().cloned().zip(y.iter()) {
        s += a * *b + b.exp();
    }
    s
}

#[test]
fn for_over_elements() {
    check_slice(
        "iter_name_pattern",
        iter_name_pattern,
        iter_name_pattern_grad,
        &points::<4>(10, 3, -2.0, 2.0),
    );
    check_slice(
        "iter_with_deref",
        iter_with_deref,
        iter_with_deref_grad,
        &points::<4>(11, 3, -1.0, 1.0),
    );
    check_slice(
        "iter_reference_pattern",
        iter_reference_pattern,
        iter_reference_pattern_grad,
        &points::<4>(12, 3, -2.0, 2.0),
    );
    check(
        "borrowed_vec_by_value",
        |x: [f64; 4]| borrowed_vec_by_value(x.to_vec()),
        |x| {
            let (value, gradient) = borrowed_vec_by_value_grad(x.to_vec());
            (value, arr(gradient))
        },
        &points(13, 3, -1.0, 1.0),
    );
    check(
        "borrowed_array_by_value",
        borrowed_array_by_value,
        borrowed_array_by_value_grad,
        &points(14, 3, -1.0, 1.0),
    );
    check_slice(
        "enumerate_name_pattern",
        enumerate_name_pattern,
        enumerate_name_pattern_grad,
        &points::<5>(15, 3, -2.0, 2.0),
    );
    assert_eq!(
        enumerate_name_pattern_grad(&[1.0, 2.0, -1.0]),
        (1.0 + 8.0 + 3.0, vec![2.0, 8.0, -6.0])
    );
    check_slice(
        "enumerate_reference_pattern",
        enumerate_reference_pattern,
        enumerate_reference_pattern_grad,
        &points::<5>(16, 3, -2.0, 2.0),
    );
    check_two_slices(
        "zip_dot",
        3,
        zip_dot,
        zip_dot_grad,
        &points::<6>(17, 3, -2.0, 2.0),
    );
    assert_eq!(
        zip_dot_grad(&[1.0, 2.0], &[3.0, -4.0]),
        (-5.0, (vec![3.0, -4.0], vec![1.0, 2.0]))
    );
    // x has 2 elements, y has 4: y[2] and y[3] are never read.
    check_two_slices(
        "zip_reference_patterns",
        2,
        zip_reference_patterns,
        zip_reference_patterns_grad,
        &points::<6>(18, 3, -2.0, 2.0),
    );
    let (_, (gx, gy)) = zip_reference_patterns_grad(&[1.0, 2.0], &[0.5, 0.25, 3.0, 4.0]);
    assert_eq!(gx.len(), 2);
    assert_eq!(&gy[2..], &[0.0, 0.0]);
    check_slice(
        "copied_product",
        copied_product,
        copied_product_grad,
        &points::<4>(19, 3, -2.0, 2.0),
    );
    assert_eq!(
        copied_product_grad(&[2.0, 3.0, 4.0]),
        (24.0, vec![12.0, 8.0, 6.0])
    );
    check_two_slices(
        "copied_zip_enumerate",
        3,
        copied_zip_enumerate,
        copied_zip_enumerate_grad,
        &points::<6>(20, 3, -2.0, 2.0),
    );
    check_two_slices(
        "cloned_with_deref_and_reference",
        3,
        cloned_with_deref_and_reference,
        cloned_with_deref_and_reference_grad,
        &points::<6>(21, 3, -2.0, 2.0),
    );
}

// ---------------------------------------------------------------------------------------------
// `while` and `loop`
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn while_over_indices(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    while i < x.len() {
        s = s * 0.9 + x[i].exp();
        i += 1;
    }
    s
}

/// The number of iterations depends on the differentiated values: a constant of the reverse
/// sweep.
#[grad::differentiate]
fn while_on_a_differentiated_comparison(x: f64, r: f64) -> f64 {
    let mut y = x;
    let mut steps = 0;
    while y < 10.0 && steps < 100 {
        y = y * r + 0.5;
        steps += 1;
    }
    y
}

/// Newton's iteration for `sqrt(a)`: the derivative of the iteration converges to `1 / 2 sqrt(a)`.
#[grad::differentiate]
fn newton_sqrt(a: f64) -> f64 {
    let mut y = 1.0;
    let mut k = 0;
    loop {
        y = 0.5 * (y + a / y);
        k += 1;
        if k == 30 {
            break;
        }
    }
    y
}

#[grad::differentiate]
fn loop_with_breaks(x: &[f64]) -> f64 {
    let mut i = 0;
    let mut s = 0.0;
    loop {
        if i == x.len() {
            break;
        }
        s += x[i] * (i as f64 + 1.0);
        if s > 2.0 {
            break;
        }
        i += 1;
    }
    s * s
}

#[test]
fn while_and_loop() {
    check_slice(
        "while_over_indices",
        while_over_indices,
        while_over_indices_grad,
        &points::<4>(30, 3, -1.0, 1.0),
    );
    // Two, three and many iterations.
    check(
        "while_on_a_differentiated_comparison",
        |[x, r]| while_on_a_differentiated_comparison(x, r),
        |[x, r]| {
            let (value, (gx, gr)) = while_on_a_differentiated_comparison_grad(x, r);
            (value, [gx, gr])
        },
        &[[3.0, 2.5], [1.25, 1.7], [0.5, 1.3]],
    );
    // Already past 10: no iteration, the identity.
    assert_eq!(
        while_on_a_differentiated_comparison_grad(12.0, 3.0),
        (12.0, (1.0, 0.0))
    );
    for a in [0.5, 2.0, 9.0] {
        let (value, gradient) = newton_sqrt_grad(a);
        assert_close(value, a.sqrt(), "newton value");
        assert_close(gradient, 0.5 / a.sqrt(), "newton derivative");
    }
    check(
        "newton_sqrt",
        |[a]| newton_sqrt(a),
        |[a]| {
            let (value, gradient) = newton_sqrt_grad(a);
            (value, [gradient])
        },
        &[[0.5], [2.0], [9.0]],
    );
    // Stops at the end, or early once s > 2.
    check_slice(
        "loop_with_breaks",
        loop_with_breaks,
        loop_with_breaks_grad,
        &[
            [0.1, 0.2, 0.3],
            [0.5, 1.0, -0.25],
            [3.0, 1.0, 1.0],
            [-0.5, 0.25, 0.75],
        ],
    );
    // [0.5, 1.0, ..]: s = 0.5 + 2 = 2.5 > 2 after i = 1, so x[2] is not read.
    assert_eq!(
        loop_with_breaks_grad(&[0.5, 1.0, 7.0]),
        (6.25, vec![5.0, 10.0, 0.0])
    );
}

// ---------------------------------------------------------------------------------------------
// `break`, `continue`, labelled jumps, early `return`
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn for_with_break(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if x[i] < 0.0 {
            break;
        }
        s += x[i].sqrt() * (i as f64 + 1.0);
    }
    s
}

#[grad::differentiate]
fn for_with_continue(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if i % 3 == 1 {
            continue;
        }
        if x[i] < 0.0 {
            s -= x[i] * 0.5 * s;
            continue;
        }
        s += x[i] * x[i];
    }
    s
}

#[grad::differentiate]
fn labelled_for_jumps(x: &[f64]) -> f64 {
    let mut s = 0.0;
    'outer: for i in 0..x.len() {
        for j in 0..x.len() {
            if j > i {
                continue 'outer;
            }
            if x[i] * x[j] > 1.5 {
                break 'outer;
            }
            s += x[i] * x[j];
        }
        s *= 0.5;
    }
    s
}

#[grad::differentiate]
fn labelled_while_and_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut i = 0;
    'rows: while i < x.len() {
        let mut k = 0;
        loop {
            k += 1;
            if k > i + 1 {
                break;
            }
            if x[i] + s > 3.0 {
                break 'rows;
            }
            if k == 2 {
                continue;
            }
            s += x[i] * k as f64;
        }
        i += 1;
        if i == 2 {
            continue 'rows;
        }
        s = s.sin() + 1.0;
    }
    s
}

#[grad::differentiate]
fn return_inside_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[i];
        if s > 1.0 {
            return s.sqrt() * (i as f64 + 1.0);
        }
    }
    s - 1.0
}

#[grad::differentiate]
fn return_outside_loops(x: &[f64]) -> f64 {
    if x[0] < 0.0 {
        return -x[0] * x[1];
    }
    let mut p = 1.0;
    for xi in x.iter() {
        p *= xi;
    }
    p
}

#[grad::differentiate]
fn return_from_nested_loops(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in i..x.len() {
            s += x[i] * x[j];
            if s > 2.0 {
                return s.ln();
            }
        }
        if x[i] < -0.5 {
            return s * x[i];
        }
    }
    s
}

#[grad::differentiate]
fn return_from_while_with_explicit_tail_return(x: &[f64]) -> f64 {
    let mut i = 0;
    let mut s = 1.0;
    while i < x.len() {
        s *= x[i];
        if s.abs() < 0.05 {
            return s * 100.0;
        }
        i += 1;
    }
    return s + 1.0;
}

#[test]
fn break_and_continue() {
    // Break at the first negative element: before it, at the end, never.
    check_slice(
        "for_with_break",
        for_with_break,
        for_with_break_grad,
        &[
            [0.5, 2.0, -1.0, 3.0],
            [1.5, 0.25, 0.75, -2.0],
            [0.3, 0.6, 0.9, 1.2],
            [-1.0, 2.0, 3.0, 4.0],
        ],
    );
    assert_eq!(
        for_with_break_grad(&[4.0, -1.0, 9.0]),
        (2.0, vec![0.25, 0.0, 0.0])
    );
    check_slice(
        "for_with_continue",
        for_with_continue,
        for_with_continue_grad,
        &points::<7>(40, 4, -2.0, 2.0),
    );
    check_slice(
        "labelled_for_jumps",
        labelled_for_jumps,
        labelled_for_jumps_grad,
        &[
            [0.5, 0.75, -1.0, 0.25],
            [0.3, 0.6, 0.9, 1.1],
            [1.5, 0.5, 0.5, 0.5],
            [0.9, -0.8, 0.7, 1.6],
        ],
    );
    check_slice(
        "labelled_while_and_loop",
        labelled_while_and_loop,
        labelled_while_and_loop_grad,
        &[
            [0.5, 0.75, -1.0, 0.25],
            [0.3, 0.6, 0.9, 1.1],
            [1.5, 1.0, 0.5, 2.0],
            [0.2, -0.4, 0.1, 0.3],
        ],
    );
}

#[test]
fn early_returns() {
    // Returns at i = 0, 1, 2, or not at all.
    check_slice(
        "return_inside_loop",
        return_inside_loop,
        return_inside_loop_grad,
        &[
            [1.5, 0.5, 0.5],
            [0.75, 0.75, 0.5],
            [0.5, 0.5, 0.75],
            [0.25, 0.5, 0.25],
        ],
    );
    assert_eq!(return_inside_loop_grad(&[2.0, 5.0]), (2.0, vec![1.0, 0.0]));
    check_slice(
        "return_outside_loops",
        return_outside_loops,
        return_outside_loops_grad,
        &[[-0.5, 2.0, 3.0], [0.5, 2.0, -3.0], [1.5, -0.25, 0.75]],
    );
    assert_eq!(
        return_outside_loops_grad(&[-2.0, 3.0, 4.0]),
        (6.0, vec![-3.0, 2.0, 0.0])
    );
    check_slice(
        "return_from_nested_loops",
        return_from_nested_loops,
        return_from_nested_loops_grad,
        &[
            [0.45, 0.45, 0.45, 0.45],
            [0.25, -0.75, 0.5, 0.25],
            [0.2, 0.3, -0.4, 0.1],
            [1.5, 0.1, 0.1, 0.1],
        ],
    );
    check_slice(
        "return_from_while_with_explicit_tail_return",
        return_from_while_with_explicit_tail_return,
        return_from_while_with_explicit_tail_return_grad,
        &[
            [0.5, 0.2, 0.3, 2.0],
            [1.5, -0.8, 0.9, 1.1],
            [2.0, 0.5, 0.5, 0.5],
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// Nested loops, `match` and `if` on constants inside loops
// ---------------------------------------------------------------------------------------------

/// The squared Frobenius norm of `X²`, `X` an `n × n` matrix stored by rows: three loops deep.
#[grad::differentiate]
fn three_deep(x: &[f64], n: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..n {
            let mut inner = 0.0;
            for k in 0..n {
                inner += x[i * n + k] * x[k * n + j];
            }
            s += inner * inner;
        }
    }
    s
}

#[grad::differentiate]
fn match_statement_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        match i % 4 {
            0 => s += x[i],
            1 => s *= 1.0 + x[i] * x[i],
            k if k == 2 && x[i] > 0.0 => {
                s -= x[i].sin();
            }
            _ => {
                s = s * 0.5 + x[i].exp();
            }
        }
    }
    s
}

#[grad::differentiate]
fn match_expression_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let w = match i {
            0 => 1.0,
            1 | 2 => x[i] * 2.0,
            k if k % 2 == 0 => x[k].exp(),
            _ => -x[i - 1] * x[i],
        };
        s += w * x[i];
    }
    s
}

#[grad::differentiate]
fn if_on_constants_in_loop(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        if i == 0 {
            s = x[i];
        } else if i % 2 == 1 {
            s = s * x[i];
        } else {
            s = s + x[i].cos();
        }
        let scale = if i > 2 { 0.5 } else { 1.0 };
        s *= scale;
    }
    s
}

#[test]
fn nested_loops_match_and_if_on_constants() {
    check(
        "three_deep",
        |x: [f64; 9]| three_deep(&x, 3),
        |x| {
            let (value, gradient) = three_deep_grad(&x, 3);
            (value, arr(gradient))
        },
        &points(50, 3, -1.0, 1.0),
    );
    // X = 2 I (2 × 2): X² = 4 I, |X²|² = 32; d/dX of |X²|² = 2 (X² Xᵀ + Xᵀ X²) = 32 I.
    assert_eq!(
        three_deep_grad(&[2.0, 0.0, 0.0, 2.0], 2),
        (32.0, vec![32.0, 0.0, 0.0, 32.0])
    );
    assert_eq!(three_deep_grad(&[1.0], 0), (0.0, vec![0.0]));
    // Both sides of the guard on x[2].
    check_slice(
        "match_statement_in_loop",
        match_statement_in_loop,
        match_statement_in_loop_grad,
        &[
            [0.5, -0.25, 0.75, 0.3, 0.2, 0.1, -0.6, 0.4],
            [0.5, -0.25, -0.75, 0.3, 0.2, 0.1, 0.6, 0.4],
            [1.1, 0.9, 0.25, -0.3, -0.2, 0.8, -0.6, 0.7],
        ],
    );
    check_slice(
        "match_expression_in_loop",
        match_expression_in_loop,
        match_expression_in_loop_grad,
        &points::<6>(51, 3, -1.0, 1.0),
    );
    check_slice(
        "if_on_constants_in_loop",
        if_on_constants_in_loop,
        if_on_constants_in_loop_grad,
        &points::<6>(52, 3, -1.5, 1.5),
    );
}

// ---------------------------------------------------------------------------------------------
// Loops inside regions, regions and jumps inside loops, per-iteration variables
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn loops_in_if_branches(x: &[f64], flag: bool) -> f64 {
    let mut s = 0.0;
    if flag {
        for i in 0..x.len() {
            s += x[i] * x[i];
        }
    } else {
        let mut i = 0;
        while i < x.len() {
            s = s * x[i] + 1.0;
            i += 1;
        }
    }
    s
}

#[grad::differentiate]
fn loops_in_value_blocks(x: &[f64]) -> f64 {
    let v = {
        let mut p = 1.0;
        for xi in x.iter() {
            p *= xi;
        }
        p
    };
    let w = if v > 0.0 {
        let mut t = 0.0;
        for i in 0..x.len() {
            t += x[i].sin();
        }
        t
    } else {
        v * 2.0
    };
    v + w
}

#[grad::differentiate]
fn jumps_in_match_arms(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        match i {
            0 => s = x[0],
            3 => break,
            k if x[k] < -1.0 => return s * x[k],
            _ => s = s * x[i] + x[i],
        }
    }
    s
}

#[grad::differentiate]
fn continue_from_a_nested_block(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        {
            let t = x[i] * 2.0;
            if t < 0.0 {
                continue;
            }
            s += t;
        }
        s *= 1.1;
    }
    s
}

#[grad::differentiate]
fn mutable_float_parameter_in_loop(mut a: f64, x: &[f64]) -> f64 {
    for i in 0..x.len() {
        a *= x[i];
        a = a + 0.5 * a.sin();
    }
    a
}

/// `t` is a new variable each iteration; `acc` is reset by a constant each iteration.
#[grad::differentiate]
fn per_iteration_variables_and_resets(x: &[f64]) -> f64 {
    let mut s = 0.0;
    let mut acc = 0.0;
    for i in 0..x.len() {
        let mut t = x[i];
        t = t * t + acc;
        acc = 0.0;
        for j in 0..i {
            acc += x[j] * t;
        }
        s += t;
    }
    s + acc
}

/// A `let` in the body shadows the parameter for the rest of the iteration only.
#[grad::differentiate]
fn loop_body_shadows_a_parameter(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let x_i = x[i];
        let x = x_i * 2.0;
        s += x * x_i;
    }
    s
}

#[grad::differentiate]
fn match_on_a_tuple_of_constants(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..x.len() {
            let c = match (i % 2, j % 2) {
                (0, 0) => x[i] * x[j],
                (1, _) => x[i] - x[j],
                _ => 0.5,
            };
            s += c * c;
        }
    }
    s
}

#[grad::differentiate]
fn wildcard_element_patterns(x: &[f64], c: f64) -> f64 {
    let mut s = 0.0;
    for _ in x.iter() {
        s += c;
    }
    for (i, _) in x.iter().enumerate() {
        s += c * i as f64;
    }
    for _ in 0..2 {
        s *= c;
    }
    s
}

#[test]
fn loops_in_regions_and_regions_in_loops() {
    for flag in [true, false] {
        check(
            "loops_in_if_branches",
            |x: [f64; 3]| loops_in_if_branches(&x, flag),
            |x| {
                let (value, gradient) = loops_in_if_branches_grad(&x, flag);
                (value, arr(gradient))
            },
            &points(140, 3, -1.5, 1.5),
        );
    }
    // The product positive, then negative.
    check_slice(
        "loops_in_value_blocks",
        loops_in_value_blocks,
        loops_in_value_blocks_grad,
        &[[0.5, 1.2, 0.8], [1.5, -0.3, 0.4], [-0.7, -0.9, 1.1]],
    );
    // Break at i = 3, return at i = 2, or neither (x[k] < -1 never).
    check_slice(
        "jumps_in_match_arms",
        jumps_in_match_arms,
        jumps_in_match_arms_grad,
        &[
            [0.5, 1.2, 0.8, 2.0, 3.0],
            [1.5, -0.3, -1.4, 0.5, 0.5],
            [0.7, -1.3, 0.4, 0.5, 0.5],
        ],
    );
    assert_eq!(
        jumps_in_match_arms_grad(&[2.0, 3.0, 4.0, 5.0, 6.0]),
        (
            2.0 * 3.0 * 4.0 + 3.0 * 4.0 + 4.0,
            vec![12.0, 8.0 + 4.0, 6.0 + 3.0 + 1.0, 0.0, 0.0]
        )
    );
    check_slice(
        "continue_from_a_nested_block",
        continue_from_a_nested_block,
        continue_from_a_nested_block_grad,
        &points::<5>(141, 3, -1.0, 1.0),
    );
    assert_eq!(
        continue_from_a_nested_block_grad(&[1.0, -2.0, 3.0]).1[1],
        0.0
    );
    check(
        "mutable_float_parameter_in_loop",
        |p: [f64; 4]| mutable_float_parameter_in_loop(p[0], &p[1..]),
        |p| {
            let (value, (ga, gx)) = mutable_float_parameter_in_loop_grad(p[0], &p[1..]);
            (value, cat(&[&[ga], &gx]))
        },
        &points(142, 3, -1.5, 1.5),
    );
    check_slice(
        "per_iteration_variables_and_resets",
        per_iteration_variables_and_resets,
        per_iteration_variables_and_resets_grad,
        &points::<4>(143, 3, -1.5, 1.5),
    );
    check_slice(
        "loop_body_shadows_a_parameter",
        loop_body_shadows_a_parameter,
        loop_body_shadows_a_parameter_grad,
        &points::<4>(144, 3, -1.5, 1.5),
    );
    assert_eq!(
        loop_body_shadows_a_parameter_grad(&[1.0, -2.0]),
        (10.0, vec![4.0, -8.0])
    );
    check_slice(
        "match_on_a_tuple_of_constants",
        match_on_a_tuple_of_constants,
        match_on_a_tuple_of_constants_grad,
        &points::<4>(145, 3, -1.5, 1.5),
    );
    // 6 c, then times c twice: 6 c³ for three elements.
    assert_eq!(
        wildcard_element_patterns_grad(&[1.0, 2.0, 3.0], 2.0),
        (48.0, (vec![0.0, 0.0, 0.0], 72.0))
    );
}

// ---------------------------------------------------------------------------------------------
// Indexing: parameters of every container type, read and written
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn vec_by_value_reads(x: Vec<f64>) -> f64 {
    let mut s = 0.0;
    for i in 1..x.len() {
        s += (x[i] - x[i - 1]).powi(2);
    }
    s
}

#[grad::differentiate]
fn vec_by_value_written_in_place(mut x: Vec<f64>) -> f64 {
    for i in 1..x.len() {
        x[i] = x[i] * x[i - 1] + x[i];
    }
    x[x.len() - 1]
}

#[grad::differentiate]
#[allow(clippy::ptr_arg)]
fn borrowed_vec_reads(x: &Vec<f64>) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * x[(i + 1) % x.len()];
    }
    s
}

#[grad::differentiate]
fn array_by_value_reads(x: [f64; 4]) -> f64 {
    let mut s = 0.0;
    for i in 0..4 {
        s += x[i].exp() * x[3 - i];
    }
    s
}

#[grad::differentiate]
fn array_by_value_written_in_place(mut x: [f64; 4]) -> f64 {
    for i in 1..4 {
        x[i] += x[i - 1] * x[i];
    }
    x[0] *= x[3];
    x[3] / x[0] + x[0]
}

#[grad::differentiate]
fn array1_reads(a: &Array1<f64>) -> f64 {
    let mut s = 0.0;
    for i in 0..a.len() {
        s += a[i] * a[(i + 1) % a.len()];
    }
    for ai in a.iter() {
        s += ai.sin();
    }
    s
}

/// `sum_i tanh(b_i + sum_j w_ij x_j)`.
#[grad::differentiate]
fn dense_layer(w: &Array2<f64>, b: &[f64], x: &[f64]) -> f64 {
    let mut s = 0.0;
    for i in 0..w.nrows() {
        let mut z = b[i];
        for j in 0..w.ncols() {
            z += w[[i, j]] * x[j];
        }
        s += z.tanh();
    }
    s
}

/// `xᵀ A x` on a view.
#[grad::differentiate]
fn view_quadratic_form(a: ArrayView2<f64>, x: &Array1<f64>) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        for j in 0..x.len() {
            s += x[i] * a[[i, j]] * x[j];
        }
    }
    s
}

#[test]
fn indexing_vec_and_array_parameters() {
    check(
        "vec_by_value_reads",
        |x: [f64; 5]| vec_by_value_reads(x.to_vec()),
        |x| {
            let (value, gradient) = vec_by_value_reads_grad(x.to_vec());
            (value, arr(gradient))
        },
        &points(60, 3, -2.0, 2.0),
    );
    check(
        "vec_by_value_written_in_place",
        |x: [f64; 4]| vec_by_value_written_in_place(x.to_vec()),
        |x| {
            let (value, gradient) = vec_by_value_written_in_place_grad(x.to_vec());
            (value, arr(gradient))
        },
        &points(61, 3, -1.5, 1.5),
    );
    // y1 = x1 x0 + x1 = 2 * 1 + 2 = 4 (x0 = 1, x1 = 2): d/dx0 = x1 = 2, d/dx1 = x0 + 1 = 2.
    assert_eq!(
        vec_by_value_written_in_place_grad(vec![1.0, 2.0]),
        (4.0, vec![2.0, 2.0])
    );
    check(
        "borrowed_vec_reads",
        |x: [f64; 4]| borrowed_vec_reads(&x.to_vec()),
        |x| {
            let (value, gradient) = borrowed_vec_reads_grad(&x.to_vec());
            (value, arr(gradient))
        },
        &points(62, 3, -2.0, 2.0),
    );
    check(
        "array_by_value_reads",
        array_by_value_reads,
        array_by_value_reads_grad,
        &points(63, 3, -1.0, 1.0),
    );
    check(
        "array_by_value_written_in_place",
        array_by_value_written_in_place,
        array_by_value_written_in_place_grad,
        &points(64, 3, 0.5, 1.5),
    );
}

#[test]
fn indexing_ndarray_parameters() {
    check(
        "array1_reads",
        |x: [f64; 4]| array1_reads(&Array1::from(x.to_vec())),
        |x| {
            let (value, gradient) = array1_reads_grad(&Array1::from(x.to_vec()));
            (value, arr(gradient.to_vec()))
        },
        &points(70, 3, -2.0, 2.0),
    );

    // W is 2 × 3, b has 2 elements, x has 3: 6 + 2 + 3 parameters.
    let split = |p: &[f64; 11]| {
        let w = Array2::from_shape_vec((2, 3), p[..6].to_vec()).expect("2 × 3");
        (w, p[6..8].to_vec(), p[8..].to_vec())
    };
    check(
        "dense_layer",
        |p: [f64; 11]| {
            let (w, b, x) = split(&p);
            dense_layer(&w, &b, &x)
        },
        |p| {
            let (w, b, x) = split(&p);
            let (value, (gw, gb, gx)) = dense_layer_grad(&w, &b, &x);
            assert_eq!(gw.dim(), (2, 3));
            (
                value,
                cat(&[&gw.iter().copied().collect::<Vec<_>>(), &gb, &gx]),
            )
        },
        &points(71, 3, -1.0, 1.0),
    );

    let split = |p: &[f64; 12]| {
        let a = Array2::from_shape_vec((3, 3), p[..9].to_vec()).expect("3 × 3");
        (a, Array1::from(p[9..].to_vec()))
    };
    check(
        "view_quadratic_form",
        |p: [f64; 12]| {
            let (a, x) = split(&p);
            view_quadratic_form(a.view(), &x)
        },
        |p| {
            let (a, x) = split(&p);
            let (value, (ga, gx)) = view_quadratic_form_grad(a.view(), &x);
            // d/dA = x xᵀ, d/dx = (A + Aᵀ) x.
            for i in 0..3 {
                for j in 0..3 {
                    assert_close(ga[[i, j]], x[i] * x[j], "d/dA of xᵀAx");
                }
            }
            let expected_gx = (&a + &a.t()).dot(&x);
            assert_all_close(
                arr::<3>(gx.to_vec()),
                arr(expected_gx.to_vec()),
                "d/dx of xᵀAx",
            );
            (
                value,
                cat(&[ga.as_slice().expect("standard layout"), &gx.to_vec()]),
            )
        },
        &points(72, 3, -1.0, 1.0),
    );
}

// ---------------------------------------------------------------------------------------------
// Local buffers written inside loops, overwritten and read again
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn local_vec_buffer(x: &[f64], n: usize) -> f64 {
    let mut buf = vec![0.0; n];
    for i in 0..n {
        buf[i] = x[i] * x[i];
    }
    for i in 0..n {
        buf[i] += x[(i + 1) % n];
        buf[i] *= x[i];
        buf[i] -= 0.5;
        buf[i] /= 1.0 + x[i] * x[i];
    }
    let mut s = 0.0;
    for v in buf.iter() {
        s += v * v;
    }
    s
}

/// A softmax computed in place in a local array, then an expectation.
#[grad::differentiate]
fn local_array_buffer(x: [f64; 4]) -> f64 {
    let mut b = [0.0; 4];
    for i in 0..4 {
        b[i] = x[i].exp();
    }
    let mut total = 0.0;
    for i in 0..4 {
        total += b[i];
    }
    for i in 0..4 {
        b[i] /= total;
    }
    b[0] * 1.0 + b[1] * 2.0 + b[2] * 3.0 + b[3] * 4.0
}

/// `h = W ⊙ x` by columns, then cumulative sums along each row in place, then `sum h²`.
#[grad::differentiate]
fn local_matrix_buffer(w: &Array2<f64>, x: &[f64]) -> f64 {
    let (n, m) = (w.nrows(), w.ncols());
    let mut h: Array2<f64> = Array2::zeros([n, m]);
    for i in 0..n {
        for j in 0..m {
            h[[i, j]] = w[[i, j]] * x[j];
        }
    }
    for i in 0..n {
        for j in 1..m {
            h[[i, j]] += h[[i, j - 1]];
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..m {
            s += h[[i, j]] * h[[i, j]];
        }
    }
    s
}

/// Gauss–Seidel-style sweeps: each update reads neighbours already updated in this sweep, and
/// the whole buffer is overwritten three times.
#[grad::differentiate]
fn in_place_sweeps(x: &[f64]) -> f64 {
    let n = x.len();
    let mut u = vec![0.0; n];
    for i in 0..n {
        u[i] = x[i];
    }
    for _sweep in 0..3 {
        for i in 1..n - 1 {
            u[i] = 0.5 * u[i] + 0.25 * (u[i - 1] + u[i + 1]) * u[i];
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        s += u[i] * (i as f64 + 1.0);
    }
    s
}

/// `y[i] = y[i - 1] a + x[i]`: `y[n - 1] = sum_i x[i] a^(n - 1 - i)`.
#[grad::differentiate]
fn linear_recurrence(x: &[f64], a: f64) -> f64 {
    let n = x.len();
    let mut y = vec![0.0; n];
    y[0] = x[0];
    for i in 1..n {
        y[i] = y[i - 1] * a + x[i];
    }
    y[n - 1]
}

/// A buffer overwritten by a constant after being read: the overwritten values' adjoints stop
/// there.
#[grad::differentiate]
fn buffer_overwritten_by_constants(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![0.0; n];
    let mut s = 0.0;
    for round in 0..3 {
        for i in 0..n {
            b[i] = x[i] * (round as f64 + 1.0) + b[i];
        }
        s += b[round] * b[round];
        b[round] = 1.0;
    }
    for i in 0..n {
        s += b[i];
    }
    s
}

/// An element read, then overwritten twice in the same iteration, then the old value used.
#[grad::differentiate]
fn read_before_overwrite(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![0.0; n];
    for i in 0..n {
        b[i] = x[i] * x[i];
    }
    let mut s = 0.0;
    for i in 0..n {
        let old = b[i];
        b[i] = x[(i + 1) % n] * 3.0;
        b[i] = b[i] * old;
        s += old * b[i];
    }
    s
}

/// A copy of an array parameter written in place, next to reads of the parameter.
#[grad::differentiate]
fn copied_array_written(x: [f64; 3]) -> f64 {
    let mut y = x;
    y[0] = y[1] * y[2];
    y[1] *= x[0];
    y[0] + y[1] + x[0] * y[2]
}

/// Elements of a parameter overwritten by other elements.
#[grad::differentiate]
fn parameter_elements_overwritten(mut x: Vec<f64>) -> f64 {
    x[0] = x[1];
    x[1] = x[2] * x[0];
    x[0] * x[1] + x[2]
}

/// A buffer written through the element loop of another container, read through an element
/// loop of its own.
#[grad::differentiate]
fn element_loop_writes_a_buffer(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![1.0; n];
    for (i, &xi) in x.iter().enumerate() {
        b[i] = xi * b[(i + n - 1) % n];
    }
    let mut s = 0.0;
    for (i, v) in b.iter().enumerate() {
        s += *v * (i as f64 + 2.0);
    }
    s
}

/// `while` on a buffer element: square roots until the first non-positive element.
#[grad::differentiate]
fn while_on_a_buffer_element(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![0.0; n];
    for i in 0..n {
        b[i] = x[i];
    }
    let mut i = 0;
    while i < n && b[i] > 0.0 {
        b[i] = b[i].sqrt();
        i += 1;
    }
    let mut s = 0.0;
    for v in b.iter() {
        s += v * 3.0;
    }
    s
}

/// Tuple indices `m[(i, j)]`, an owned `Array1` and an owned `Array2` written in place.
#[grad::differentiate]
fn owned_arrays_and_tuple_indices(w: &Array2<f64>, v: Array1<f64>, mut m: Array2<f64>) -> f64 {
    for i in 0..w.nrows() {
        for j in 0..w.ncols() {
            m[(i, j)] *= w[(i, j)] + v[j];
        }
    }
    let mut s = 0.0;
    for i in 0..m.nrows() {
        for j in 0..m.ncols() {
            s += m[[i, j]] * m[[i, j]];
        }
    }
    s
}

#[test]
fn local_buffers() {
    check(
        "local_vec_buffer",
        |x: [f64; 5]| local_vec_buffer(&x, 5),
        |x| {
            let (value, gradient) = local_vec_buffer_grad(&x, 5);
            (value, arr(gradient))
        },
        &points(80, 3, -1.5, 1.5),
    );
    check(
        "local_array_buffer",
        local_array_buffer,
        local_array_buffer_grad,
        &points(81, 3, -1.0, 1.0),
    );
    let split = |p: &[f64; 9]| {
        let w = Array2::from_shape_vec((2, 3), p[..6].to_vec()).expect("2 × 3");
        (w, p[6..].to_vec())
    };
    check(
        "local_matrix_buffer",
        |p: [f64; 9]| {
            let (w, x) = split(&p);
            local_matrix_buffer(&w, &x)
        },
        |p| {
            let (w, x) = split(&p);
            let (value, (gw, gx)) = local_matrix_buffer_grad(&w, &x);
            (value, cat(&[gw.as_slice().expect("standard layout"), &gx]))
        },
        &points(82, 3, -1.0, 1.0),
    );
    check_slice(
        "in_place_sweeps",
        in_place_sweeps,
        in_place_sweeps_grad,
        &points::<6>(83, 3, -1.0, 1.0),
    );
    for p in with_ratio(points::<6>(84, 3, -1.0, 1.0)) {
        let (x, a) = (&p[..5], p[5]);
        let (value, (gx, ga)) = linear_recurrence_grad(x, a);
        let expected: f64 = (0..5).map(|i| x[i] * a.powi(4 - i as i32)).sum();
        assert_close(value, expected, "recurrence value");
        let expected_gx: Vec<f64> = (0..5).map(|i| a.powi(4 - i)).collect();
        let expected_ga: f64 = (0..4)
            .map(|i| (4 - i) as f64 * x[i] * a.powi(3 - i as i32))
            .sum();
        assert_all_close(arr::<5>(gx), arr(expected_gx), "recurrence d/dx");
        assert_close(ga, expected_ga, "recurrence d/da");
    }
    check(
        "linear_recurrence",
        |p: [f64; 6]| linear_recurrence(&p[..5], p[5]),
        |p| {
            let (value, (gx, ga)) = linear_recurrence_grad(&p[..5], p[5]);
            (value, cat(&[&gx, &[ga]]))
        },
        &with_ratio(points(85, 3, -1.0, 1.0)),
    );
    check_slice(
        "read_before_overwrite",
        read_before_overwrite,
        read_before_overwrite_grad,
        &points::<4>(87, 3, -1.5, 1.5),
    );
    check(
        "copied_array_written",
        copied_array_written,
        copied_array_written_grad,
        &points(88, 3, -1.5, 1.5),
    );
    check(
        "parameter_elements_overwritten",
        |x: [f64; 3]| parameter_elements_overwritten(x.to_vec()),
        |x| {
            let (value, gradient) = parameter_elements_overwritten_grad(x.to_vec());
            (value, arr(gradient))
        },
        &points(89, 3, -1.5, 1.5),
    );
    // x1 x2 x1 + x2: the old x0 is never read.
    assert_eq!(
        parameter_elements_overwritten_grad(vec![7.0, 2.0, 3.0]),
        (15.0, vec![0.0, 12.0, 5.0])
    );
    check_slice(
        "element_loop_writes_a_buffer",
        element_loop_writes_a_buffer,
        element_loop_writes_a_buffer_grad,
        &points::<4>(180, 3, -1.5, 1.5),
    );
    // Stops at the first non-positive element, at the end, or at once.
    check_slice(
        "while_on_a_buffer_element",
        while_on_a_buffer_element,
        while_on_a_buffer_element_grad,
        &[
            [0.5, 1.2, -0.8, 2.0],
            [1.5, 0.3, 1.4, 0.5],
            [-0.5, 0.3, 1.4, 0.5],
        ],
    );
    let split = |p: &[f64; 15]| {
        (
            Array2::from_shape_vec((2, 3), p[..6].to_vec()).expect("2 × 3"),
            Array1::from(p[6..9].to_vec()),
            Array2::from_shape_vec((2, 3), p[9..].to_vec()).expect("2 × 3"),
        )
    };
    check(
        "owned_arrays_and_tuple_indices",
        |p: [f64; 15]| {
            let (w, v, m) = split(&p);
            owned_arrays_and_tuple_indices(&w, v, m)
        },
        |p| {
            let (w, v, m) = split(&p);
            let (value, (gw, gv, gm)) = owned_arrays_and_tuple_indices_grad(&w, v, m);
            let (gw, gm) = (
                gw.as_slice().expect("standard"),
                gm.as_slice().expect("standard"),
            );
            (value, cat(&[gw, gv.as_slice().expect("standard"), gm]))
        },
        &points(181, 3, -1.5, 1.5),
    );
    check_slice(
        "buffer_overwritten_by_constants",
        buffer_overwritten_by_constants,
        buffer_overwritten_by_constants_grad,
        &points::<5>(86, 3, -1.0, 1.0),
    );
}

// ---------------------------------------------------------------------------------------------
// Differentiated values assigned conditionally inside loops
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn running_max(x: &[f64]) -> f64 {
    let mut m = x[0];
    for i in 1..x.len() {
        if x[i] > m {
            m = x[i];
        }
    }
    m
}

#[grad::differentiate]
fn running_max_by_method(x: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    for &xi in x.iter() {
        m = m.max(xi * xi);
    }
    m
}

/// The element of `y` at the argmax of `x`, times that maximum.
#[grad::differentiate]
fn argmax_selection(x: &[f64], y: &[f64]) -> f64 {
    let mut best = 0;
    let mut best_value = x[0];
    for (i, &xi) in x.iter().enumerate() {
        if xi > best_value {
            best_value = xi;
            best = i;
        }
    }
    best_value * y[best]
}

#[grad::differentiate]
fn clipping(x: &[f64], lo: f64, hi: f64) -> f64 {
    let mut s = 0.0;
    for i in 0..x.len() {
        let mut v = x[i] * 2.0;
        if v > hi {
            v = hi;
        } else if v < lo {
            v = lo;
        }
        s += v * v * (i as f64 + 1.0);
    }
    s
}

#[grad::differentiate]
fn log_sum_exp_two_pass(x: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    for i in 0..x.len() {
        if x[i] > m {
            m = x[i];
        }
    }
    let mut s = 0.0;
    for i in 0..x.len() {
        s += (x[i] - m).exp();
    }
    m + s.ln()
}

/// One pass: the sum is rescaled whenever the running maximum changes.
#[grad::differentiate]
fn log_sum_exp_online(x: &[f64]) -> f64 {
    let mut m = f64::NEG_INFINITY;
    let mut s = 0.0;
    for &xi in x.iter() {
        if xi > m {
            s = s * (m - xi).exp() + 1.0;
            m = xi;
        } else {
            s += (xi - m).exp();
        }
    }
    m + s.ln()
}

fn softmax(x: &[f64]) -> Vec<f64> {
    let m = x.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let total: f64 = x.iter().map(|xi| (xi - m).exp()).sum();
    x.iter().map(|xi| (xi - m).exp() / total).collect()
}

#[test]
fn conditional_assignments_in_loops() {
    let pts = points::<5>(90, 4, -2.0, 2.0);
    check_slice("running_max", running_max, running_max_grad, &pts);
    for p in &pts {
        let (value, gradient) = running_max_grad(p);
        let at = (0..5).fold(0, |best, i| if p[i] > p[best] { i } else { best });
        assert_eq!(value, p[at]);
        let mut expected = vec![0.0; 5];
        expected[at] = 1.0;
        assert_eq!(gradient, expected, "running max at {p:?}");
    }
    check_slice(
        "running_max_by_method",
        running_max_by_method,
        running_max_by_method_grad,
        &points::<5>(91, 3, -2.0, 2.0),
    );
    check_two_slices(
        "argmax_selection",
        4,
        argmax_selection,
        argmax_selection_grad,
        &points::<8>(92, 4, -2.0, 2.0),
    );
    assert_eq!(
        argmax_selection_grad(&[1.0, 3.0, 2.0], &[5.0, 7.0, 11.0]),
        (21.0, (vec![0.0, 7.0, 0.0], vec![0.0, 3.0, 0.0]))
    );
    // Some elements clipped at lo, some at hi, some not.
    check(
        "clipping",
        |p: [f64; 7]| clipping(&p[..5], p[5], p[6]),
        |p| {
            let (value, (gx, glo, ghi)) = clipping_grad(&p[..5], p[5], p[6]);
            (value, cat(&[&gx, &[glo, ghi]]))
        },
        &[
            [0.1, -1.2, 0.9, 0.3, -0.2, -1.0, 1.0],
            [1.4, -0.7, 0.45, -0.05, 0.6, -0.5, 1.5],
            [0.2, 0.3, -0.3, 1.1, -1.1, -2.5, 0.75],
        ],
    );
    for (name, f, grad) in [
        (
            "log_sum_exp_two_pass",
            log_sum_exp_two_pass as fn(&[f64]) -> f64,
            log_sum_exp_two_pass_grad as fn(&[f64]) -> (f64, Vec<f64>),
        ),
        (
            "log_sum_exp_online",
            log_sum_exp_online,
            log_sum_exp_online_grad,
        ),
    ] {
        let pts = points::<6>(93, 3, -3.0, 3.0);
        check_slice(name, f, grad, &pts);
        for p in &pts {
            let (value, gradient) = grad(p);
            let expected = p.iter().map(|xi| xi.exp()).sum::<f64>().ln();
            assert_close(value, expected, name);
            assert_all_close(arr::<6>(gradient), arr(softmax(p)), name);
        }
        // Large values that overflow a naive exp: the running max keeps them finite.
        let (value, gradient) = grad(&[1000.0, 1000.0]);
        assert_close(value, 1000.0 + 2f64.ln(), name);
        assert_eq!(gradient, vec![0.5, 0.5]);
    }
}

// ---------------------------------------------------------------------------------------------
// Plain helper functions on constants, loops doing integer work only, scoping
// ---------------------------------------------------------------------------------------------

/// Row-major position of `(i, j)` in a matrix with `cols` columns.
fn flat(i: usize, j: usize, cols: usize) -> usize {
    i * cols + j
}

/// A weight computed from an index: a constant of the reverse sweep.
fn weight(i: usize) -> f64 {
    1.0 / (i as f64 + 1.0)
}

#[grad::differentiate]
fn helpers_on_constants(x: &[f64], rows: usize, cols: usize) -> f64 {
    let mut s = 0.0;
    for i in 0..rows {
        for j in 0..cols {
            let below = flat((i + 1) % rows, j, cols);
            s += weight(i + j) * x[flat(i, j, cols)] * x[below];
        }
    }
    s
}

#[grad::differentiate]
fn integer_loops_beside_active_code(x: &[f64]) -> f64 {
    let mut count = 0usize;
    let mut evens = 0;
    for i in 0..x.len() * 3 {
        if i % 2 == 0 {
            evens += 1;
        } else {
            count += i;
        }
    }
    let mut k = 1u64;
    while k < 1000 {
        k *= 3;
    }
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i] * (count + evens) as f64;
    }
    s + x[0] * k as f64
}

/// Loop variables shadow outer variables of the same name for the loop only.
#[grad::differentiate]
fn loop_variables_shadow_outer_names(x: &[f64]) -> f64 {
    let i = x[0] * 2.0;
    let xi = 3.0;
    let mut s = 0.0;
    for i in 0..x.len() {
        s += x[i];
    }
    for xi in x.iter() {
        s += xi * i;
    }
    s * i + xi
}

#[test]
fn helpers_integer_loops_and_scoping() {
    check(
        "helpers_on_constants",
        |x: [f64; 6]| helpers_on_constants(&x, 2, 3),
        |x| {
            let (value, gradient) = helpers_on_constants_grad(&x, 2, 3);
            (value, arr(gradient))
        },
        &points(100, 3, -2.0, 2.0),
    );
    // 3 x.len() = 12 iterations: 6 evens and 1 + 3 + .. + 11 = 36; k = 3^7 = 2187.
    let (value, gradient) = integer_loops_beside_active_code_grad(&[1.0, 2.0, 0.5, -1.0]);
    assert_eq!(value, 42.0 * 2.5 + 2187.0);
    assert_eq!(gradient, vec![42.0 + 2187.0, 42.0, 42.0, 42.0]);
    check_slice(
        "integer_loops_beside_active_code",
        integer_loops_beside_active_code,
        integer_loops_beside_active_code_grad,
        &points::<4>(101, 3, -2.0, 2.0),
    );
    // s = sum x + 2 x0 sum x = (1 + 2 x0) S; result = 2 x0 (1 + 2 x0) S + 3.
    for p in points::<3>(102, 3, -1.0, 1.0) {
        let total: f64 = p.iter().sum();
        let (value, gradient) = loop_variables_shadow_outer_names_grad(&p);
        let x0 = p[0];
        assert_close(
            value,
            2.0 * x0 * (1.0 + 2.0 * x0) * total + 3.0,
            "shadowing value",
        );
        let common = 2.0 * x0 * (1.0 + 2.0 * x0);
        let d0 = (2.0 + 8.0 * x0) * total + common;
        assert_all_close(
            arr::<3>(gradient),
            [d0, common, common],
            "shadowing gradient",
        );
    }
    check_slice(
        "loop_variables_shadow_outer_names",
        loop_variables_shadow_outer_names,
        loop_variables_shadow_outer_names_grad,
        &points::<3>(103, 3, -1.0, 1.0),
    );
}

#[test]
fn loops_with_no_iterations_give_zero_gradients() {
    assert_eq!(range_sum_of_squares_grad(&[]), (0.0, vec![]));
    assert_eq!(iter_name_pattern_grad(&[]), (0.0, vec![]));
    assert_eq!(while_over_indices_grad(&[]), (0.0, vec![]));
    assert_eq!(copied_product_grad(&[]), (1.0, vec![]));
    assert_eq!(local_vec_buffer_grad(&[1.0, 2.0], 0), (0.0, vec![0.0, 0.0]));
    assert_eq!(
        helpers_on_constants_grad(&[1.0, 2.0], 0, 2),
        (0.0, vec![0.0, 0.0])
    );
}

#[test]
fn loop_pullbacks_are_linear_in_the_cotangent() {
    let x = [0.3, -1.2, 0.8, 1.5];
    let (value, gradient) = for_with_continue_grad(&x);
    let (value_vjp, pullback) = for_with_continue_vjp(&x);
    assert_eq!(value, value_vjp);
    let (scaled,) = pullback(-2.5);
    for (g, s) in gradient.iter().zip(&scaled) {
        assert_close(*s, -2.5 * g, "pullback(-2.5) = -2.5 gradient");
    }
    let (_, pullback) = labelled_while_and_loop_vjp(&x);
    let (_, gradient) = labelled_while_and_loop_grad(&x);
    assert_eq!(
        pullback(2.0),
        (gradient.iter().map(|g| 2.0 * g).collect::<Vec<_>>(),)
    );
}

// ---------------------------------------------------------------------------------------------
// f32
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn sum_of_squares_f32(x: &[f32]) -> f32 {
    let mut s = 0.0;
    for xi in x.iter() {
        s += xi * xi;
    }
    s
}

#[grad::differentiate]
fn recurrence_f32(x: &[f32], a: f32) -> f32 {
    let n = x.len();
    let mut y = vec![0.0f32; n];
    y[0] = x[0];
    for i in 1..n {
        y[i] = y[i - 1] * a + x[i].sin();
    }
    y[n - 1]
}

#[grad::differentiate]
fn log_sum_exp_f32(x: [f32; 4]) -> f32 {
    let mut m = f32::NEG_INFINITY;
    for i in 0..4 {
        if x[i] > m {
            m = x[i];
        }
    }
    let mut s = 0.0;
    for (i, &xi) in x.iter().enumerate() {
        s += (xi - m).exp() * (i as f32 + 1.0);
    }
    m + s.ln()
}

#[test]
fn f32_loops() {
    check_f32(
        "sum_of_squares_f32",
        |x: [f32; 4]| sum_of_squares_f32(&x),
        |x| {
            let (value, gradient) = sum_of_squares_f32_grad(&x);
            (value, gradient.try_into().expect("length 4"))
        },
        &points_f32(110, 3, -2.0, 2.0),
    );
    assert_eq!(
        sum_of_squares_f32_grad(&[1.0, -2.0]),
        (5.0f32, vec![2.0f32, -4.0])
    );
    check_f32(
        "recurrence_f32",
        |p: [f32; 5]| recurrence_f32(&p[..4], p[4]),
        |p| {
            let (value, (gx, ga)) = recurrence_f32_grad(&p[..4], p[4]);
            let mut gradient = [0.0; 5];
            gradient[..4].copy_from_slice(&gx);
            gradient[4] = ga;
            (value, gradient)
        },
        &points_f32(111, 3, -1.0, 1.0),
    );
    check_f32(
        "log_sum_exp_f32",
        log_sum_exp_f32,
        log_sum_exp_f32_grad,
        &points_f32(112, 3, -2.0, 2.0),
    );
}

// ---------------------------------------------------------------------------------------------
// Rosenbrock and an ADBench-style GMM objective
// ---------------------------------------------------------------------------------------------

/// The n-dimensional Rosenbrock function.
#[grad::differentiate]
fn rosenbrock(x: &[f64]) -> f64 {
    let mut f = 0.0;
    for i in 0..x.len() - 1 {
        let a = x[i + 1] - x[i] * x[i];
        let b = 1.0 - x[i];
        f += 100.0 * a * a + b * b;
    }
    f
}

fn rosenbrock_gradient(x: &[f64]) -> Vec<f64> {
    let n = x.len();
    let mut g = vec![0.0; n];
    for i in 0..n - 1 {
        let a = x[i + 1] - x[i] * x[i];
        g[i] += -400.0 * x[i] * a - 2.0 * (1.0 - x[i]);
        g[i + 1] += 200.0 * a;
    }
    g
}

#[test]
fn rosenbrock_n_dimensional() {
    let pts = points::<6>(120, 4, -1.5, 1.5);
    check_slice("rosenbrock", rosenbrock, rosenbrock_grad, &pts);
    for p in &pts {
        let (_, gradient) = rosenbrock_grad(p);
        assert_all_close(
            arr::<6>(gradient),
            arr(rosenbrock_gradient(p)),
            "rosenbrock",
        );
    }
    // The minimum.
    assert_eq!(rosenbrock_grad(&[1.0; 5]), (0.0, vec![0.0; 5]));
    // (0, 0): f = 1, gradient (-2, 0).
    assert_eq!(rosenbrock_grad(&[0.0, 0.0]), (1.0, vec![-2.0, 0.0]));
}

const GMM_D: usize = 3;
const GMM_K: usize = 2;
const GMM_N: usize = 4;
/// Parameters of one `Q_k`: `d` log-diagonal entries, then the strict lower triangle by columns.
const GMM_ICF: usize = GMM_D * (GMM_D + 1) / 2;
const GMM_PARAMS: usize = GMM_K + GMM_K * GMM_D + GMM_K * GMM_ICF;

/// The ADBench GMM objective, up to the Wishart normalising constant, written as plain loops
/// over slices: `means` is `k × d` by rows, `icf` is `k × d(d + 1)/2`, `x` is `n × d` by rows.
#[grad::differentiate(wrt(alphas, means, icf))]
fn gmm_objective(
    alphas: &[f64],
    means: &[f64],
    icf: &[f64],
    x: &[f64],
    d: usize,
    k: usize,
    n: usize,
    wishart_gamma: f64,
    wishart_m: f64,
) -> f64 {
    let icf_size = d * (d + 1) / 2;
    // sum(log diag Q_k).
    let mut sum_qs = vec![0.0; k];
    for c in 0..k {
        for i in 0..d {
            sum_qs[c] += icf[c * icf_size + i];
        }
    }
    // Buffers reused for every point and component.
    let mut xcentered = vec![0.0; d];
    let mut qxc = vec![0.0; d];
    let mut main_term = vec![0.0; k];
    let mut slse = 0.0;
    for ix in 0..n {
        for c in 0..k {
            for i in 0..d {
                xcentered[i] = x[ix * d + i] - means[c * d + i];
            }
            // Q_k (x_i - mu_k): the diagonal exp(icf), then the lower triangle by columns.
            for i in 0..d {
                qxc[i] = icf[c * icf_size + i].exp() * xcentered[i];
            }
            let mut li = d;
            for i in 0..d {
                for j in i + 1..d {
                    qxc[j] += icf[c * icf_size + li] * xcentered[i];
                    li += 1;
                }
            }
            let mut sqnorm = 0.0;
            for i in 0..d {
                sqnorm += qxc[i] * qxc[i];
            }
            main_term[c] = alphas[c] + sum_qs[c] - 0.5 * sqnorm;
        }
        // log-sum-exp over the components, with the running max.
        let mut mx = main_term[0];
        for c in 1..k {
            if main_term[c] > mx {
                mx = main_term[c];
            }
        }
        let mut se = 0.0;
        for c in 0..k {
            se += (main_term[c] - mx).exp();
        }
        slse += mx + se.ln();
    }
    // log-sum-exp of the alphas.
    let mut amax = alphas[0];
    for c in 1..k {
        amax = amax.max(alphas[c]);
    }
    let mut asum = 0.0;
    for c in 0..k {
        asum += (alphas[c] - amax).exp();
    }
    let lse_alphas = amax + asum.ln();
    // The Wishart prior: 0.5 gamma² |Q_k|_F² - m sum(log diag Q_k).
    let mut prior = 0.0;
    for c in 0..k {
        let mut frobenius = 0.0;
        for i in 0..d {
            let q = icf[c * icf_size + i].exp();
            frobenius += q * q;
        }
        for i in d..icf_size {
            let l = icf[c * icf_size + i];
            frobenius += l * l;
        }
        prior += 0.5 * wishart_gamma * wishart_gamma * frobenius - wishart_m * sum_qs[c];
    }
    let constant = -(n as f64) * (d as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    constant + slse - (n as f64) * lse_alphas + prior
}

/// The GMM objective of the flat parameter vector `alphas ++ means ++ icf`.
fn gmm_split(p: &[f64; GMM_PARAMS]) -> (&[f64], &[f64], &[f64]) {
    let (alphas, rest) = p.split_at(GMM_K);
    let (means, icf) = rest.split_at(GMM_K * GMM_D);
    (alphas, means, icf)
}

/// The GMM objective by the textbook formula (dense `Q_k`, `ln(sum exp)` directly), for its
/// value.
fn gmm_reference(p: &[f64; GMM_PARAMS], x: &[f64], gamma: f64, m: f64) -> f64 {
    let (alphas, means, icf) = gmm_split(p);
    let q = |c: usize| {
        let mut q = [[0.0; GMM_D]; GMM_D];
        let params = &icf[c * GMM_ICF..(c + 1) * GMM_ICF];
        let mut li = GMM_D;
        for col in 0..GMM_D {
            q[col][col] = params[col].exp();
            for row in col + 1..GMM_D {
                q[row][col] = params[li];
                li += 1;
            }
        }
        q
    };
    let mut total = 0.0;
    for i in 0..GMM_N {
        let mut terms = 0.0;
        for c in 0..GMM_K {
            let q = q(c);
            let mut sq = 0.0;
            for row in 0..GMM_D {
                let mut v = 0.0;
                for col in 0..GMM_D {
                    v += q[row][col] * (x[i * GMM_D + col] - means[c * GMM_D + col]);
                }
                sq += v * v;
            }
            let log_det: f64 = (0..GMM_D).map(|r| q[r][r].ln()).sum();
            terms += (alphas[c] + log_det - 0.5 * sq).exp();
        }
        total += terms.ln();
    }
    let lse_alphas = alphas.iter().map(|a| a.exp()).sum::<f64>().ln();
    let mut prior = 0.0;
    for c in 0..GMM_K {
        let q = q(c);
        let frobenius: f64 = q.iter().flatten().map(|v| v * v).sum();
        let log_det: f64 = (0..GMM_D).map(|r| q[r][r].ln()).sum();
        prior += 0.5 * gamma * gamma * frobenius - m * log_det;
    }
    let constant = -(GMM_N as f64) * (GMM_D as f64) * 0.5 * (2.0 * std::f64::consts::PI).ln();
    constant + total - GMM_N as f64 * lse_alphas + prior
}

#[test]
fn gmm_objective_against_finite_differences_for_every_parameter() {
    let data: Vec<f64> = points::<{ GMM_N * GMM_D }>(130, 1, -1.0, 1.0)[0].to_vec();
    let (gamma, m) = (1.3, 0.7);
    let f = |p: [f64; GMM_PARAMS]| {
        let (alphas, means, icf) = gmm_split(&p);
        gmm_objective(alphas, means, icf, &data, GMM_D, GMM_K, GMM_N, gamma, m)
    };
    let grad = |p: [f64; GMM_PARAMS]| {
        let (alphas, means, icf) = gmm_split(&p);
        let (value, (ga, gm, gi)) =
            gmm_objective_grad(alphas, means, icf, &data, GMM_D, GMM_K, GMM_N, gamma, m);
        (value, cat(&[&ga, &gm, &gi]))
    };
    let pts = points::<GMM_PARAMS>(131, 3, -0.5, 0.5);
    check("gmm_objective", f, grad, &pts);
    for p in &pts {
        assert_close(f(*p), gmm_reference(p, &data, gamma, m), "gmm value");
        // The pullback is the gradient scaled by the cotangent.
        let (alphas, means, icf) = gmm_split(p);
        let (_, pullback) =
            gmm_objective_vjp(alphas, means, icf, &data, GMM_D, GMM_K, GMM_N, gamma, m);
        let (ga, gm, gi, (), (), (), (), (), ()) = pullback(0.5);
        let (_, gradient) = grad(*p);
        let halved: [f64; GMM_PARAMS] = cat(&[&ga, &gm, &gi]);
        assert_all_close(halved, gradient.map(|g| 0.5 * g), "gmm pullback(0.5)");
    }
}

// ---------------------------------------------------------------------------------------------
// Shapes from tuples, `vec!` sized by a length, constant tables, element loops over n-D arrays
// and views, copies (`clone`, `to_vec`, `to_owned`) of differentiated buffers
// ---------------------------------------------------------------------------------------------

/// The flat elements of an array in its logical (row-major) order.
fn elements<A: Clone, S: Data<Elem = A>, D: Dimension>(a: &ArrayBase<S, D>) -> Vec<A> {
    a.iter().cloned().collect()
}

/// `sum_ij w_ij²` through a local `Array2` made by `Array2::zeros((n, m))`.
#[grad::differentiate]
fn zeros_from_a_tuple_shape(w: &Array2<f64>) -> f64 {
    let (n, m) = (w.nrows(), w.ncols());
    let mut h: Array2<f64> = Array2::zeros((n, m));
    for i in 0..n {
        for j in 0..m {
            h[[i, j]] = w[[i, j]] * w[[i, j]];
        }
    }
    let mut s = 0.0;
    for i in 0..n {
        for j in 0..m {
            s += h[[i, j]];
        }
    }
    s
}

#[test]
fn tuple_argument_of_a_constant_call() {
    let w = Array2::from_shape_vec((2, 2), vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let (value, gradient) = zeros_from_a_tuple_shape_grad(&w);
    assert_eq!(value, 30.0);
    assert_eq!(gradient, &w * 2.0);

    let matrix = |p: &[f64; 6]| Array2::from_shape_vec((2, 3), p.to_vec()).expect("2 × 3");
    check(
        "zeros_from_a_tuple_shape",
        |p: [f64; 6]| zeros_from_a_tuple_shape(&matrix(&p)),
        |p| {
            let (value, gradient) = zeros_from_a_tuple_shape_grad(&matrix(&p));
            assert_eq!(gradient.dim(), (2, 3));
            (value, arr(elements(&gradient)))
        },
        &points(140, 3, -2.0, 2.0),
    );
}

#[grad::differentiate]
fn buffer_sized_by_len(x: &[f64]) -> f64 {
    let mut b = vec![0.0; x.len()];
    for i in 0..x.len() {
        b[i] = x[i] * x[i];
    }
    b[0] + b[1]
}

#[test]
fn vec_macro_with_the_length_of_a_differentiated_slice() {
    assert_eq!(buffer_sized_by_len_grad(&[1.0, 2.0]), (5.0, vec![2.0, 4.0]));
    // The last element is squared into `b` but not read: its derivative is zero.
    assert_eq!(
        buffer_sized_by_len_grad(&[-1.5, 0.5, 3.0]),
        (2.5, vec![-3.0, 1.0, 0.0])
    );
    check_slice(
        "buffer_sized_by_len",
        buffer_sized_by_len,
        buffer_sized_by_len_grad,
        &points::<3>(141, 3, -2.0, 2.0),
    );
}

const WEIGHTS: [f64; 3] = [0.5, 1.5, -2.0];

#[grad::differentiate]
fn weighted_by_table(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, w) in WEIGHTS.iter().enumerate() {
        s += w * x[i];
    }
    s
}

/// The table's `&f64` elements on both sides of the operators and in a method call.
#[grad::differentiate]
fn reference_elements_in_nonlinear_terms(x: &[f64]) -> f64 {
    let mut s = 0.0;
    for (i, w) in WEIGHTS.iter().enumerate() {
        s += (x[i] * w).sin() + x[i] / w - w.abs() * x[i] * x[i];
    }
    s
}

#[test]
fn reference_elements_of_a_constant_table() {
    assert_eq!(
        weighted_by_table_grad(&[1.0, 2.0, 3.0]),
        (-2.5, vec![0.5, 1.5, -2.0])
    );
    check_slice(
        "weighted_by_table",
        weighted_by_table,
        weighted_by_table_grad,
        &points::<3>(142, 3, -2.0, 2.0),
    );
    // d/dx_i = w_i cos(w_i x_i) + 1 / w_i - 2 |w_i| x_i.
    for x in points::<3>(143, 3, -1.5, 1.5) {
        let (value, gradient) = reference_elements_in_nonlinear_terms_grad(&x);
        assert_eq!(value, reference_elements_in_nonlinear_terms(&x));
        let expected: [f64; 3] = std::array::from_fn(|i| {
            let w = WEIGHTS[i];
            w * (w * x[i]).cos() + 1.0 / w - 2.0 * w.abs() * x[i]
        });
        assert_all_close(
            arr(gradient.clone()),
            expected,
            "reference_elements_in_nonlinear_terms",
        );
        assert_matches_fd(
            |x| reference_elements_in_nonlinear_terms(&x),
            x,
            arr(gradient),
            "reference_elements_in_nonlinear_terms",
        );
    }
}

#[grad::differentiate]
fn squared_norm_2d(w: &Array2<f64>) -> f64 {
    let mut s = 0.0;
    for v in w.iter() {
        s += v * v;
    }
    s
}

/// `sum_k e_k² / 2^(n - k)` over the elements `e_1 .. e_n` in the iteration order: the result
/// depends on the order, so a wrong element order shows.
#[grad::differentiate]
fn halving_recurrence_over_a_view(w: ArrayView2<f64>) -> f64 {
    let mut s = 0.0;
    for v in w.iter() {
        s = s * 0.5 + v * v;
    }
    s
}

#[grad::differentiate]
fn halving_recurrence_over_array3(w: &Array3<f64>) -> f64 {
    let mut s = 0.0;
    for v in w.iter() {
        s = s * 0.5 + v * v;
    }
    s
}

/// The value and gradient of [`halving_recurrence_over_a_view`] on the elements `e` in their
/// iteration order: exact in binary for small integers.
fn halving_recurrence_reference(e: &[f64]) -> (f64, Vec<f64>) {
    let n = e.len();
    let scale = |k: usize| 0.5f64.powi((n - 1 - k) as i32);
    let value = e.iter().enumerate().map(|(k, v)| v * v * scale(k)).sum();
    let gradient = e
        .iter()
        .enumerate()
        .map(|(k, v)| 2.0 * v * scale(k))
        .collect();
    (value, gradient)
}

#[test]
fn element_loop_over_a_two_dimensional_array() {
    let w = Array2::from_shape_vec((2, 2), vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let (value, gradient) = squared_norm_2d_grad(&w);
    assert_eq!(value, 30.0);
    assert_eq!(gradient, &w * 2.0);
    let matrix = |p: &[f64; 6]| Array2::from_shape_vec((3, 2), p.to_vec()).expect("3 × 2");
    check(
        "squared_norm_2d",
        |p: [f64; 6]| squared_norm_2d(&matrix(&p)),
        |p| {
            let (value, gradient) = squared_norm_2d_grad(&matrix(&p));
            (value, arr(elements(&gradient)))
        },
        &points(144, 3, -2.0, 2.0),
    );
}

#[test]
fn element_loop_over_an_array_view2_in_either_layout() {
    let w = Array2::from_shape_vec((2, 2), vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    // A view in the standard layout: the elements in the order 1, 2, 3, 4.
    let (value, gradient) = halving_recurrence_over_a_view_grad(w.view());
    assert_eq!(value, 21.625);
    assert_eq!(
        gradient,
        Array2::from_shape_vec((2, 2), vec![0.25, 1.0, 3.0, 8.0]).unwrap()
    );
    // The transposed view: the elements in the order 1, 3, 2, 4; the gradient is indexed like the
    // view.
    let (value, gradient) = halving_recurrence_over_a_view_grad(w.t());
    assert_eq!(value, 20.375);
    assert_eq!(
        gradient,
        Array2::from_shape_vec((2, 2), vec![0.25, 1.5, 2.0, 8.0]).unwrap()
    );
    for p in points::<6>(145, 2, -2.0, 2.0) {
        let a = Array2::from_shape_vec((2, 3), p.to_vec()).expect("2 × 3");
        for view in [a.view(), a.t()] {
            let (value, gradient) = halving_recurrence_over_a_view_grad(view);
            assert_eq!(value, halving_recurrence_over_a_view(view));
            assert_eq!(gradient.dim(), view.dim());
            let (expected_value, expected_gradient) =
                halving_recurrence_reference(&elements(&view));
            assert_close(
                value,
                expected_value,
                "halving_recurrence_over_a_view value",
            );
            assert_all_close::<6>(
                arr(elements(&gradient)),
                arr(expected_gradient),
                "halving_recurrence_over_a_view closed form",
            );
        }
    }
    // Finite differences through the transposed view, the gradient read back in `a`'s order.
    check(
        "halving_recurrence_over_a_view (transposed)",
        |p: [f64; 6]| {
            let a = Array2::from_shape_vec((2, 3), p.to_vec()).expect("2 × 3");
            halving_recurrence_over_a_view(a.t())
        },
        |p| {
            let a = Array2::from_shape_vec((2, 3), p.to_vec()).expect("2 × 3");
            let (value, gradient) = halving_recurrence_over_a_view_grad(a.t());
            (value, arr(elements(&gradient.t())))
        },
        &points(146, 3, -2.0, 2.0),
    );
}

#[test]
fn element_loop_over_a_three_dimensional_array() {
    let cube = Array3::from_shape_vec((2, 2, 2), (1..=8).map(f64::from).collect()).unwrap();
    let (value, gradient) = halving_recurrence_over_array3_grad(&cube);
    let (expected_value, expected_gradient) = halving_recurrence_reference(&elements(&cube));
    assert_eq!(value, expected_value);
    assert_eq!(gradient.dim(), (2, 2, 2));
    assert_eq!(elements(&gradient), expected_gradient);
    let cube_of = |p: &[f64; 12]| Array3::from_shape_vec((2, 3, 2), p.to_vec()).expect("2 × 3 × 2");
    check(
        "halving_recurrence_over_array3",
        |p: [f64; 12]| halving_recurrence_over_array3(&cube_of(&p)),
        |p| {
            let (value, gradient) = halving_recurrence_over_array3_grad(&cube_of(&p));
            (value, arr(elements(&gradient)))
        },
        &points(147, 3, -1.5, 1.5),
    );
}

#[grad::differentiate]
fn zip_slice_with_array1(x: &[f64], w: &Array1<f64>) -> f64 {
    let mut s = 0.0;
    for (a, b) in x.iter().zip(w.iter()) {
        s += a * b * b;
    }
    s
}

#[test]
fn zip_of_a_slice_with_an_array1() {
    // d/dx_i = w_i², d/dw_i = 2 x_i w_i; `zip` stops at the shorter: x_2 has no partner.
    let (value, (gx, gw)) =
        zip_slice_with_array1_grad(&[1.0, -2.0, 5.0], &Array1::from(vec![3.0, 0.5]));
    assert_eq!(value, 8.5);
    assert_eq!(gx, vec![9.0, 0.25, 0.0]);
    assert_eq!(gw, Array1::from(vec![6.0, -2.0]));
    check(
        "zip_slice_with_array1",
        |p: [f64; 6]| zip_slice_with_array1(&p[..3], &Array1::from(p[3..].to_vec())),
        |p| {
            let (value, (gx, gw)) =
                zip_slice_with_array1_grad(&p[..3], &Array1::from(p[3..].to_vec()));
            (value, cat(&[&gx, &gw.to_vec()]))
        },
        &points(148, 3, -2.0, 2.0),
    );
}

/// `c` is a copy of `x` made into prefix products in place; `x` is read after, unchanged.
#[grad::differentiate]
fn to_vec_written_and_read(x: &[f64]) -> f64 {
    let mut c = x.to_vec();
    for i in 1..c.len() {
        c[i] = c[i] * c[i - 1];
    }
    let mut s = 0.0;
    for i in 0..c.len() {
        s += c[i] * x[i];
    }
    s
}

#[grad::differentiate]
fn cloned_buffer(x: &[f64]) -> f64 {
    let n = x.len();
    let mut b = vec![0.0; n];
    for i in 0..n {
        b[i] = x[i] * 2.0;
    }
    let mut c = b.clone();
    for i in 0..n {
        c[i] *= b[i];
    }
    c[0] + b[1]
}

/// `sum_ij a_ij² x_j` with `a` an owned copy of the view `w`.
#[grad::differentiate]
fn view_to_owned_reads(w: ArrayView2<f64>, x: &[f64]) -> f64 {
    let a = w.to_owned();
    let mut s = 0.0;
    for i in 0..a.nrows() {
        for j in 0..a.ncols() {
            s += a[[i, j]] * a[[i, j]] * x[j];
        }
    }
    s
}

#[test]
fn clone_of_a_differentiated_buffer() {
    // 4 x0² + 2 x1.
    assert_eq!(cloned_buffer_grad(&[1.5, 3.0]), (15.0, vec![12.0, 2.0]));
    check_slice(
        "cloned_buffer",
        cloned_buffer,
        cloned_buffer_grad,
        &points::<3>(149, 3, -2.0, 2.0),
    );
}

#[test]
fn to_vec_copy_written_and_read() {
    // x0² + x0 x1² + x0 x1 x2².
    assert_eq!(
        to_vec_written_and_read_grad(&[1.0, 2.0, 3.0]),
        (23.0, vec![24.0, 13.0, 12.0])
    );
    check_slice(
        "to_vec_written_and_read",
        to_vec_written_and_read,
        to_vec_written_and_read_grad,
        &points::<4>(150, 3, -1.5, 1.5),
    );
}

#[test]
fn to_owned_copy_of_an_array_view2() {
    // d/dw_ij = 2 w_ij x_j, d/dx_j = sum_i w_ij².
    let w = Array2::from_shape_vec((2, 2), vec![1.0, 2.0, 3.0, 4.0]).unwrap();
    let (value, (gw, gx)) = view_to_owned_reads_grad(w.view(), &[1.0, -1.0]);
    assert_eq!(value, -10.0);
    assert_eq!(
        gw,
        Array2::from_shape_vec((2, 2), vec![2.0, -4.0, 6.0, -8.0]).unwrap()
    );
    assert_eq!(gx, vec![10.0, 20.0]);
    // Through the transposed view (a copy that keeps the column-major layout).
    let (value, (gw, gx)) = view_to_owned_reads_grad(w.t(), &[1.0, -1.0]);
    assert_eq!(value, -20.0);
    assert_eq!(
        gw,
        Array2::from_shape_vec((2, 2), vec![2.0, -6.0, 4.0, -8.0]).unwrap()
    );
    assert_eq!(gx, vec![5.0, 25.0]);
    for transposed in [false, true] {
        let split = move |p: &[f64; 9]| {
            let a = Array2::from_shape_vec((3, 2), p[..6].to_vec()).expect("3 × 2");
            let a = if transposed { a.reversed_axes() } else { a };
            (a, p[6..].to_vec())
        };
        check(
            "view_to_owned_reads",
            |p: [f64; 9]| {
                let (a, x) = split(&p);
                let x = &x[..a.ncols()];
                view_to_owned_reads(a.view(), x)
            },
            |p| {
                let (a, x) = split(&p);
                let (value, (gw, mut gx)) = view_to_owned_reads_grad(a.view(), &x[..a.ncols()]);
                gx.resize(3, 0.0);
                // `a` holds `p[..6]` in its memory order.
                let gw: Vec<f64> = if transposed {
                    elements(&gw.t())
                } else {
                    elements(&gw)
                };
                (value, cat(&[&gw, &gx]))
            },
            &points(151 + u64::from(transposed), 3, -1.5, 1.5),
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Macro limitations (kept, ignored)
//
// The reproducer does not compile, so it is kept out of the build with `cfg(any())`; remove that
// attribute to see the error.
// ---------------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------------
// A container parameter iterated as it is: `for xi in x` with `x: &[f64]` (or `&Vec`, `&[f64; N]`,
// an ndarray array) walks `x`'s elements as `x.iter()` does, and so does `.zip(y)`.
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn slice_iterated_directly(x: &[f64], y: &[f64]) -> f64 {
    let mut s = 0.0;
    for xi in x {
        s += xi * xi;
    }
    for (a, b) in x.iter().zip(y) {
        s += a * b;
    }
    s
}

/// A reference pattern, a product that is not an accumulation (its iterations are stacked),
/// and a zip whose second container is data.
#[grad::differentiate(wrt(x))]
fn slice_patterns_and_data(x: &[f64], weights: &[f64]) -> f64 {
    let mut product = 1.0;
    for &xi in x {
        product = product * (1.0 + 0.5 * xi.sin());
    }
    let mut weighted = 0.0;
    for (xi, w) in x.iter().zip(weights) {
        weighted += w * xi.exp();
    }
    product + weighted
}

#[grad::differentiate]
fn vec_and_array_iterated(v: &Vec<f64>, a: &[f64; 3]) -> f64 {
    let mut s = 0.0;
    for vi in v {
        s += vi.powi(3);
    }
    for (ai, vi) in a.iter().zip(v) {
        s += ai * vi;
    }
    for ai in a {
        s += ai.tanh();
    }
    s
}

#[grad::differentiate]
fn ndarray_iterated(m: &Array2<f64>, r: &Array1<f64>) -> f64 {
    let mut s = 0.0;
    // Logical (row-major) order, as `m.iter()`.
    let mut k = 0.0;
    for mij in m {
        k += 1.0;
        s += k * mij * mij;
    }
    for (ri, mij) in r.iter().zip(m) {
        s += ri * mij;
    }
    s
}

/// Labels are integers: the loop over them stays as written.
#[grad::differentiate(wrt(scores))]
fn integer_slice_iterated(scores: &[f64], labels: &[usize]) -> f64 {
    let mut s = 0.0;
    for &label in labels {
        s += scores[label];
    }
    s
}

#[test]
fn container_parameters_iterated_as_they_are() {
    assert_eq!(
        slice_iterated_directly_grad(&[1.0, 2.0], &[3.0, 4.0]),
        (16.0, (vec![5.0, 8.0], vec![1.0, 2.0]))
    );
    check_two_slices(
        "slice_iterated_directly",
        3,
        slice_iterated_directly,
        slice_iterated_directly_grad,
        &points::<6>(160, 4, -2.0, 2.0),
    );
    let weights = [0.5, -1.5, 2.0, 0.25];
    check(
        "slice_patterns_and_data (x; weights longer)",
        |x: [f64; 3]| slice_patterns_and_data(&x, &weights),
        |x: [f64; 3]| {
            let (value, gradient) = slice_patterns_and_data_grad(&x, &weights);
            (value, arr(gradient))
        },
        &points::<3>(161, 4, -2.0, 2.0),
    );
    check(
        "vec_and_array_iterated",
        |p: [f64; 5]| vec_and_array_iterated(&p[..2].to_vec(), &[p[2], p[3], p[4]]),
        |p: [f64; 5]| {
            let (value, (gv, ga)) =
                vec_and_array_iterated_grad(&p[..2].to_vec(), &[p[2], p[3], p[4]]);
            (value, cat(&[&gv, &ga]))
        },
        &points::<5>(162, 4, -1.5, 1.5),
    );
    check(
        "ndarray_iterated",
        |p: [f64; 8]| {
            let m = Array2::from_shape_vec((2, 3), p[..6].to_vec()).unwrap();
            ndarray_iterated(&m, &Array1::from(p[6..].to_vec()))
        },
        |p: [f64; 8]| {
            let m = Array2::from_shape_vec((2, 3), p[..6].to_vec()).unwrap();
            let (value, (gm, gr)) = ndarray_iterated_grad(&m, &Array1::from(p[6..].to_vec()));
            (
                value,
                cat(&[gm.as_slice().unwrap(), gr.as_slice().unwrap()]),
            )
        },
        &points::<8>(163, 4, -1.5, 1.5),
    );
    // A transposed matrix is walked in its logical order, as `iter()` walks it.
    let m = Array2::from_shape_vec((3, 2), vec![1.0, -2.0, 0.5, 3.0, -1.0, 2.5]).unwrap();
    let t = m.t().to_owned();
    let r = Array1::from(vec![0.25, -0.75]);
    let (value, (gm, gr)) = ndarray_iterated_grad(&t, &r);
    assert_eq!(value, ndarray_iterated(&t, &r));
    let by_hand: Vec<f64> = t
        .iter()
        .enumerate()
        .map(|(k, v)| 2.0 * (k + 1) as f64 * v)
        .collect();
    let mut expected = Array2::from_shape_vec((2, 3), by_hand).unwrap();
    expected[[0, 0]] += r[0];
    expected[[0, 1]] += r[1];
    assert_eq!(gm, expected);
    assert_eq!(gr, Array1::from(vec![t[[0, 0]], t[[0, 1]]]));

    let (value, gradient) = integer_slice_iterated_grad(&[0.5, 2.0, -1.0], &[2, 0, 2]);
    assert_eq!(value, -1.5);
    assert_eq!(gradient, vec![1.0, 0.0, 2.0]);
}

// ---------------------------------------------------------------------------------------------
// Indices computed again in the reverse sweep (`plan/records.rs`)
// ---------------------------------------------------------------------------------------------

/// A recurrence whose inner loop reads and writes six indices made from three names
/// (`i`, `n`, `step`): its record keeps the names and the reverse computes the indices again.
#[grad::differentiate]
fn shared_index_names(x: &[f64]) -> f64 {
    let n = x.len() / 3;
    let mut state = vec![0.5; n];
    let mut total = 0.0;
    for step in 0..3 {
        for i in 0..n {
            state[i] = (state[i] * x[i] + x[n + i]).sin() * x[2 * n + i] + state[(i + step) % n];
        }
        total += state[step % n] * state[step % n];
    }
    total
}

/// [`shared_index_names`], checkpointed: the segments run again in the reverse sweep compute
/// the same indices again.
#[grad::differentiate(checkpoint)]
fn shared_index_names_checkpointed(x: &[f64]) -> f64 {
    let n = x.len() / 3;
    let mut state = vec![0.5; n];
    let mut total = 0.0;
    for step in 0..3 {
        for i in 0..n {
            state[i] = (state[i] * x[i] + x[n + i]).sin() * x[2 * n + i] + state[(i + step) % n];
        }
        total += state[step % n] * state[step % n];
    }
    total
}

/// An index name changed in the middle of the iteration: `x[j]` reads two different elements,
/// so the record must keep both indices rather than `j`.
#[grad::differentiate]
fn index_name_changed_in_body(x: &[f64]) -> f64 {
    let n = x.len();
    let mut y = vec![0.0; n];
    for i in 0..n {
        let mut j = i;
        let a = x[j] * x[(j + 1) % n];
        j = (j + 2) % n;
        y[i] = a * x[j] + x[(j + 1) % n];
    }
    let mut total = 0.0;
    for i in 0..n {
        total += y[i] * y[i];
    }
    total
}

#[test]
fn indices_computed_again() {
    let at = points::<9>(41, 3, -1.5, 1.5);
    check_slice(
        "shared_index_names",
        shared_index_names,
        shared_index_names_grad,
        &at,
    );
    for x in &at {
        assert_eq!(
            shared_index_names_checkpointed_grad(x),
            shared_index_names_grad(x),
            "checkpointed and plain gradients, bit for bit"
        );
    }
    check_slice(
        "index_name_changed_in_body",
        index_name_changed_in_body,
        index_name_changed_in_body_grad,
        &points::<5>(42, 3, -1.5, 1.5),
    );
}

/// Indices made from references (`i: &usize` over a local list): the record keeps the indices,
/// not the references, which could not outlive the list.
#[grad::differentiate]
fn indices_from_references(x: &[f64]) -> f64 {
    let order: Vec<usize> = (0..x.len() - 1).rev().collect();
    let mut y = vec![0.5_f64; x.len()];
    for i in order.iter() {
        y[i + 1] = x[i + 1] * x[2 * i % x.len()] + y[i + 1].sin();
    }
    let mut total = 0.0;
    for i in 0..x.len() {
        total += y[i] * y[i];
    }
    total
}

#[test]
fn indices_from_references_kept() {
    check_slice(
        "indices_from_references",
        indices_from_references,
        indices_from_references_grad,
        &points::<5>(43, 3, -1.5, 1.5),
    );
}

// ---------------------------------------------------------------------------------------------
// The order of a loop's reverse (`plan/order.rs`): first iteration first where the iterations
// carry only sums, last first where they carry more
// ---------------------------------------------------------------------------------------------

/// Sums over a row nested in a sum over rows, with a branch and a counter in the inner loop:
/// the inner loop's reverse runs first iteration first.
#[grad::differentiate]
fn row_sums(x: &[f64]) -> f64 {
    let n = 3;
    let mut out = 0.0;
    for i in 0..x.len() / n {
        let mut s = 0.0;
        let mut t = 0.0;
        let mut positive = 0;
        for j in 0..n {
            if x[i * n + j] > 0.0 {
                s += x[i * n + j] * x[j];
                positive += 1;
            } else {
                s -= x[j].sin() * x[i * n + j];
            }
            t += x[(i * n + j + 1) % x.len()].cos() * x[j];
        }
        out += s.tanh() * t + positive as f64 * x[i];
    }
    out
}

/// The inner loop carries a product as well as a sum: last iteration first.
#[grad::differentiate]
fn row_sums_and_product(x: &[f64]) -> f64 {
    let n = 3;
    let mut out = 0.0;
    for i in 0..x.len() / n {
        let mut s = 0.0;
        let mut p = 1.0;
        for j in 0..n {
            s += x[i * n + j] * p;
            p = p * x[j].cos();
        }
        out += s.tanh();
    }
    out
}

/// The inner loop reads its sum elsewhere, and may stop early: last iteration first.
#[grad::differentiate]
fn running_sums(x: &[f64]) -> f64 {
    let n = 3;
    let mut out = 0.0;
    for i in 0..x.len() / n {
        let mut s = 0.0;
        let mut t = 0.0;
        for j in 0..n {
            s += x[i * n + j];
            t += s * x[j];
            if t > 4.0 {
                break;
            }
        }
        out += t.tanh() + s;
    }
    out
}

/// A loop that only sums, around a loop that keeps records of its own: last iteration first
/// (each run's records of the inner loop are on top of its stack when that run's reverse
/// comes).
#[grad::differentiate]
fn sums_of_products(x: &[f64]) -> f64 {
    let n = 3;
    let mut out = 0.0;
    for i in 0..x.len() / n {
        let mut s = 0.0;
        for j in 0..n {
            let mut p = 1.0;
            for k in 0..j + 1 {
                p = p * (x[i * n + k] + x[j]).sin();
            }
            s += p * x[(i + j) % x.len()];
        }
        out += s.tanh();
    }
    out
}

#[test]
fn reverse_order_of_loop_iterations() {
    let at = points::<9>(44, 3, -1.5, 1.5);
    check_slice("row_sums", row_sums, row_sums_grad, &at);
    check_slice(
        "row_sums_and_product",
        row_sums_and_product,
        row_sums_and_product_grad,
        &at,
    );
    check_slice("running_sums", running_sums, running_sums_grad, &at);
    check_slice(
        "sums_of_products",
        sums_of_products,
        sums_of_products_grad,
        &at,
    );
}

// ---------------------------------------------------------------------------------------------
// Writes into an element of an element: `l[i][j] = ..`
// ---------------------------------------------------------------------------------------------

/// `ln det A` of the symmetric positive definite `A` (3 x 3, row-major in `a`) by a Cholesky
/// factorisation written as in a textbook, into a `Vec<Vec<f64>>`: `l[i][j] = ..`.
#[grad::differentiate]
fn cholesky_log_det(a: &[f64]) -> f64 {
    let n = 3;
    let mut l = vec![vec![0.0; n]; n];
    for i in 0..n {
        for j in 0..=i {
            let mut s = a[i * n + j];
            for p in 0..j {
                s -= l[i][p] * l[j][p];
            }
            if i == j {
                l[i][j] = s.sqrt();
            } else {
                l[i][j] = s / l[j][j];
            }
        }
    }
    let mut log_det = 0.0;
    for i in 0..n {
        log_det += 2.0 * l[i][i].ln();
    }
    log_det
}

/// Compound writes into a `Vec<[f64; 2]>` and a `Vec<[f64; 3]>`, and a write three indices
/// deep into a `Vec<Vec<Vec<f64>>>`; an element written twice, the first value overwritten.
#[grad::differentiate]
fn nested_writes(x: &[f64]) -> f64 {
    let mut pairs = vec![[0.0; 2]; 3];
    let mut grid = vec![[1.0; 3]; 2];
    let mut cube = vec![vec![vec![0.5; 2]; 2]; 2];
    for i in 0..3 {
        pairs[i][0] = x[i] * x[(i + 1) % 3];
        pairs[i][1] += x[i].sin();
        pairs[i][1] *= x[2 - i];
        grid[i % 2][i] -= pairs[i][0] * pairs[i][1];
        cube[i % 2][1][i % 2] = x[i].exp();
        cube[i % 2][1][i % 2] = cube[i % 2][1][i % 2] * x[0] + grid[0][i];
    }
    let mut total = 0.0;
    for i in 0..2 {
        for j in 0..3 {
            total += grid[i][j] * grid[i][j];
        }
        total += cube[i][1][0] * cube[1 - i][1][1] + cube[i][0][i];
    }
    total
}

/// A table of data written by nested index stays as written beside the differentiated values.
#[grad::differentiate]
fn nested_data_table(x: &[f64]) -> f64 {
    let mut visits = vec![vec![0usize; 2]; 3];
    let mut total = 0.0;
    for i in 0..3 {
        visits[i][i % 2] += i + 1;
        total += x[i] * visits[i][i % 2] as f64;
    }
    total * x[0]
}

#[test]
fn writes_into_nested_elements() {
    // Symmetric positive definite points (diagonally dominant): a diagonal of 4-6 and
    // off-diagonal entries of 0.5-1.5.
    let at: Vec<[f64; 9]> = points::<6>(45, 3, -1.0, 1.0)
        .into_iter()
        .map(|p| {
            let off = [1.0 + 0.5 * p[3], 1.0 + 0.5 * p[4], 1.0 + 0.5 * p[5]];
            [
                5.0 + p[0],
                off[0],
                off[1],
                off[0],
                5.0 + p[1],
                off[2],
                off[1],
                off[2],
                5.0 + p[2],
            ]
        })
        .collect();
    check_slice(
        "cholesky_log_det",
        cholesky_log_det,
        cholesky_log_det_grad,
        &at,
    );
    // Against the closed form: the factorisation reads the lower triangle, so ∂/∂a_ij is
    // 2 (A⁻¹)_ij below the diagonal, (A⁻¹)_ii on it and 0 above.
    let a = at[0];
    let m = |i: usize, j: usize| a[i * 3 + j];
    let det = m(0, 0) * (m(1, 1) * m(2, 2) - m(1, 2) * m(2, 1))
        - m(0, 1) * (m(1, 0) * m(2, 2) - m(1, 2) * m(2, 0))
        + m(0, 2) * (m(1, 0) * m(2, 1) - m(1, 1) * m(2, 0));
    let cofactor = |i: usize, j: usize| {
        let rows: Vec<usize> = (0..3).filter(|&r| r != i).collect();
        let cols: Vec<usize> = (0..3).filter(|&c| c != j).collect();
        let minor =
            m(rows[0], cols[0]) * m(rows[1], cols[1]) - m(rows[0], cols[1]) * m(rows[1], cols[0]);
        if (i + j).is_multiple_of(2) {
            minor
        } else {
            -minor
        }
    };
    let (value, gradient) = cholesky_log_det_grad(&a);
    assert_close(value, det.ln(), "ln det A");
    for i in 0..3 {
        for j in 0..3 {
            let inverse = cofactor(j, i) / det;
            let expected = match i.cmp(&j) {
                std::cmp::Ordering::Greater => 2.0 * inverse,
                std::cmp::Ordering::Equal => inverse,
                std::cmp::Ordering::Less => 0.0,
            };
            assert_close(
                gradient[i * 3 + j],
                expected,
                &format!("∂ ln det A/∂a_{i}{j}"),
            );
        }
    }
    // At dual numbers too: the jvp against ⟨∇f, v⟩, the hvp against differences of the
    // gradient along v.
    let v = [0.3, -0.2, 0.1, 0.5, -0.4, 0.2, -0.1, 0.6, 0.25];
    let (_, tangent) = cholesky_log_det_jvp(&a, &v);
    let along: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
    assert_close(tangent, along, "cholesky_log_det_jvp");
    let (_, hvp_gradient, hv) = cholesky_log_det_hvp(&a, &v);
    assert_eq!(
        hvp_gradient, gradient,
        "the hvp's gradient is _grad's, bit for bit"
    );
    let h = 1e-5;
    let shifted = |sign: f64| {
        let x: Vec<f64> = a.iter().zip(&v).map(|(a, v)| a + sign * h * v).collect();
        cholesky_log_det_grad(&x).1
    };
    let (plus, minus) = (shifted(1.0), shifted(-1.0));
    for k in 0..9 {
        let difference = (plus[k] - minus[k]) / (2.0 * h);
        assert!(
            (hv[k] - difference).abs() <= 1e-7 * (1.0 + difference.abs()),
            "Hv[{k}]: {} against {difference}",
            hv[k]
        );
    }
    check_slice(
        "nested_writes",
        nested_writes,
        nested_writes_grad,
        &points::<3>(46, 3, -1.2, 1.2),
    );
    check_slice(
        "nested_data_table",
        nested_data_table,
        nested_data_table_grad,
        &points::<3>(47, 3, -1.2, 1.2),
    );
}

// ---------------------------------------------------------------------------------------------
// `loop` with `break value`
// ---------------------------------------------------------------------------------------------

/// A `loop`'s value from `break value`, from the inner loop by label too, and a tuple.
#[grad::differentiate]
fn loop_values(x: &[f64]) -> f64 {
    let mut y = x[0];
    let mut k = 0;
    let damped = loop {
        y = 0.9 * y + 0.1 * (y * x[1]).sin();
        k += 1;
        if k == 8 {
            break y * x[2];
        }
    };
    let mut z = x[1];
    let mut rounds = 0;
    let found = 'outer: loop {
        for i in 0..3 {
            z = z * 0.8 + x[i];
            if z > 2.0 {
                break 'outer z * z;
            }
        }
        rounds += 1;
        if z < -1.0 || rounds == 5 {
            break z.exp();
        }
        z = z + 0.5;
    };
    let mut steps = 0;
    let (a, b) = loop {
        steps += 1;
        if steps == 2 {
            break (x[0] * x[2] * steps as f64, x[1].cos());
        }
    };
    damped + found + a * b
}

#[test]
fn loops_with_values() {
    // The labelled `break` out of the inner loop at the first point, the plain one at the
    // second (`z` below -1), at the rounds' end at the third, and wherever the others lead.
    let mut at = vec![[0.9, 0.9, 0.9], [-0.9, -0.8, -0.7], [0.1, -0.2, 0.05]];
    at.extend(points::<3>(48, 4, -1.0, 1.0));
    check_slice("loop_values", loop_values, loop_values_grad, &at);
    // At dual numbers: the jvp against ⟨∇f, v⟩.
    for x in points::<3>(49, 3, -1.0, 1.0) {
        let v = [0.4, -0.3, 0.7];
        let (_, gradient) = loop_values_grad(&x);
        let (_, tangent) = loop_values_jvp(&x, &v);
        let along: f64 = gradient.iter().zip(&v).map(|(g, v)| g * v).sum();
        assert_close(tangent, along, "loop_values_jvp");
    }
}

// ---------------------------------------------------------------------------------------------
// Preaccumulated loops sharing one buffer (`plan/sharing.rs`)
// ---------------------------------------------------------------------------------------------

/// A data term and a penalty over the same parameters, each accumulated by a loop of its own
/// and added in the result: the penalty's loop sums `w`'s adjoint into the data loop's buffer.
#[grad::differentiate]
fn data_and_penalty(w: &[f64]) -> f64 {
    let mut data = 0.0;
    for i in 0..w.len() {
        data += (w[i] * (i as f64 + 1.0)).sin();
    }
    let mut penalty = 0.0;
    for i in 0..w.len() {
        penalty += w[i] * w[i] * w[(i + 1) % w.len()];
    }
    let scale = 0.5;
    scale + data + penalty
}

/// Both terms subtracted (their adjoints are `-r̄` each: shared), a third added (`+r̄`: a
/// buffer of its own), and the middle of the chain a temporary of the user's.
#[grad::differentiate]
fn signed_terms(w: &[f64]) -> f64 {
    let mut a = 0.0;
    for i in 0..w.len() {
        a += w[i].exp();
    }
    let mut b = 0.0;
    for i in 0..w.len() {
        b -= w[i].cos() * w[0];
    }
    let mut c = 0.0;
    for i in 0..w.len() {
        c += w[i] * w[i];
    }
    let partial = -a - b;
    partial + c
}

/// Terms that do not reach the result through sums only keep buffers of their own: a product
/// of the two accumulators, an accumulator read twice.
#[grad::differentiate]
fn products_of_terms(w: &[f64]) -> f64 {
    let mut a = 0.0;
    for i in 0..w.len() {
        a += w[i].sin();
    }
    let mut b = 0.0;
    for i in 0..w.len() {
        b += w[i] * w[i];
    }
    let mut c = 0.0;
    for i in 0..w.len() {
        c += w[i].tanh();
    }
    a * b + c + c
}

#[test]
fn preaccumulated_loops_sharing_a_buffer() {
    let at = points::<5>(61, 4, -1.2, 1.2);
    check_slice(
        "data_and_penalty",
        data_and_penalty,
        data_and_penalty_grad,
        &at,
    );
    check_slice("signed_terms", signed_terms, signed_terms_grad, &at);
    check_slice(
        "products_of_terms",
        products_of_terms,
        products_of_terms_grad,
        &at,
    );
    // The shared buffer is scaled once, by the first loop's adjoint: the pullback of a
    // cotangent other than 1 is that multiple of the gradient.
    let w = [0.3, -0.7, 1.1, 0.2, -0.4];
    let scaled_by = |scaled: Vec<f64>, gradient: Vec<f64>| {
        for (s, g) in scaled.iter().zip(&gradient) {
            assert!(
                (s - (-2.5 * g)).abs() <= 1e-12 * g.abs().max(1.0),
                "{s} against {g}"
            );
        }
    };
    scaled_by(
        data_and_penalty_vjp(&w).1(-2.5).0,
        data_and_penalty_grad(&w).1,
    );
    scaled_by(signed_terms_vjp(&w).1(-2.5).0, signed_terms_grad(&w).1);
    // The closed forms.
    let (_, gradient) = data_and_penalty_grad(&w);
    for i in 0..5 {
        let k = i as f64 + 1.0;
        let next = w[(i + 1) % 5];
        let previous = w[(i + 4) % 5];
        let expected = k * (w[i] * k).cos() + 2.0 * w[i] * next + previous * previous;
        assert!(
            (gradient[i] - expected).abs() < 1e-12,
            "{i}: {} against {expected}",
            gradient[i]
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Values kept for every column (`plan/expansion.rs`)
// ---------------------------------------------------------------------------------------------

/// A GMM-like nest over 3 points of dimension 4 in one slice `p`: a lower-triangular factor `l`
/// (`p[0..16]`), a mean `μ` (`p[16..20]`), the points (`p[20..32]`). The inner loop's
/// `x − μ` does not depend on the row `r`: its reverse reads it from a buffer.
#[grad::differentiate]
fn triangular_quadratic(p: &[f64]) -> f64 {
    let d = 4;
    let mut total = 0.0;
    for i in 0..3 {
        let mut norm = 0.0;
        for r in 0..d {
            let mut z = 0.0;
            for col in 0..r {
                z += p[r * d + col] * (p[20 + i * d + col] - p[16 + col]);
            }
            z += p[r * d + r].exp() * (p[20 + i * d + r] - p[16 + r]);
            norm += z * z;
        }
        total += (-0.5 * norm).exp();
    }
    total
}

/// A rectangular inner range from 1, the kept value a product and a sum of three reads.
#[grad::differentiate]
fn rectangular_products(p: &[f64]) -> f64 {
    let d = 4;
    let mut total = 0.0;
    for i in 0..3 {
        let mut norm = 0.0;
        for r in 0..d {
            let mut z = p[r * d + r];
            for col in 1..d {
                z += p[r * d + col] * (p[20 + i * d + col] * p[16 + col] + p[20 + i * d + col - 1]);
            }
            norm += z.sin();
        }
        total += norm * norm;
    }
    total
}

#[test]
fn values_kept_for_every_column() {
    let at = points::<32>(71, 3, -0.8, 0.8);
    check_slice(
        "triangular_quadratic",
        triangular_quadratic,
        triangular_quadratic_grad,
        &at,
    );
    check_slice(
        "rectangular_products",
        rectangular_products,
        rectangular_products_grad,
        &at,
    );
}
