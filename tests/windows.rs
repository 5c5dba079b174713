//! Windows (`grad-macro/src/plan/windows.rs`): a range loop reading a shared slice parameter
//! at `inv + counter` (or `counter + inv`, or `counter`) reads it through `&x[inv + a..inv + b]`
//! taken before the loop, in the forward sweep of a straight-line loop and in the reverse
//! sweep's run of a loop over its range backwards. Each function is checked against central
//! differences in `f64` (relative error below `common::TOL`), and `f_grad`'s value against
//! `f`'s, bit for bit; the adversarial ones check that a window never panics where the loop
//! would not have (an empty range, a loop that breaks before the end of its slice), and that
//! an index out of bounds still panics.

#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::ptr_arg
)]

mod common;

use common::{
    TOL, assert_slices_close, assert_value, check_parameters, numerical_gradient_of_slice, values,
};

/// Ranges that start past 0 (`lo..r`, `1..d`), and both `inv + counter` and `counter + inv`:
/// the innermost loop is replayed backwards in the reverse sweep and straight-line in the
/// forward one, so both read through windows.
#[grad::differentiate(wrt(w, m))]
fn offsets(w: &[f64], m: &[f64], x: &[f64], d: usize, lo: usize) -> f64 {
    let n = x.len() / d;
    let mut total = 0.0;
    for i in 0..n {
        let mut s = 0.0;
        for r in 1..d {
            let mut q = 0.0;
            for col in lo..r {
                let a = w[r * d + col];
                let b = x[col + i * d] - m[col];
                q += a * b;
            }
            s += q * q + m[r] * x[i * d + r];
        }
        total += s.sin();
    }
    total
}

#[test]
fn ranges_from_a_nonzero_start_with_the_counter_on_either_side() {
    let (d, n) = (5, 4);
    for lo in [0, 1, 2] {
        let params = vec![values(1, d * d), values(2, d)];
        let x = values(3, n * d);
        check_parameters(
            &format!("offsets from {lo}"),
            &params,
            |p| offsets(&p[0], &p[1], &x, d, lo),
            |p| {
                let (value, (w, m)) = offsets_grad(&p[0], &p[1], &x, d, lo);
                (value, vec![w, m])
            },
        );
    }
}

/// A loop whose range is empty for every `r` (`lo >= d`) at an offset far past the end of
/// `w`: its window is empty, and nothing panics, as nothing is read.
#[test]
fn an_empty_range_takes_an_empty_window_and_does_not_panic() {
    let (d, n) = (3, 2);
    let w = values(4, 2);
    let m = values(5, d);
    let x = values(6, n * d);
    let (value, (gw, gm)) = offsets_grad(&w, &m, &x, d, 100);
    assert_value("empty ranges", value, offsets(&w, &m, &x, d, 100));
    assert!(gw.iter().all(|g| *g == 0.0));
    check_parameters(
        "empty ranges",
        std::slice::from_ref(&m),
        |p| offsets(&w, &p[0], &x, d, 100),
        |p| {
            let (value, (_, gm)) = offsets_grad(&w, &p[0], &x, d, 100);
            (value, vec![gm])
        },
    );
    assert_eq!(gm.len(), d);
}

/// `x[base + j]` in a loop that breaks at `stop`, before its range's end would run past `x`:
/// the loop must not read through a window of the whole range (which would panic).
#[grad::differentiate(wrt(w))]
fn breaks_early(w: &[f64], x: &[f64], base: usize, len: usize, stop: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..2 {
        let mut s = 0.0;
        for j in 0..len {
            if j >= stop {
                break;
            }
            s += w[j] * x[base + j];
        }
        total += s * s * (i as f64 + 1.0);
    }
    total
}

#[test]
fn a_loop_that_breaks_is_not_read_through_a_window() {
    // `x` has 6 elements: `x[2 + j]` is in bounds for `j < 4` only, and the range is `0..10`.
    let x = values(7, 6);
    let params = vec![values(8, 10)];
    check_parameters(
        "breaks early",
        &params,
        |p| breaks_early(&p[0], &x, 2, 10, 4),
        |p| {
            let (value, w) = breaks_early_grad(&p[0], &x, 2, 10, 4);
            (value, vec![w])
        },
    );
}

/// GMM-like nesting, with `x[i * d + col]` out of bounds for the last `i` when `x` is short.
#[grad::differentiate(wrt(m))]
fn reads_past_the_end(m: &[f64], x: &[f64], d: usize, n: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..n {
        let mut s = 0.0;
        for r in 0..d {
            let mut q = 0.0;
            for col in 0..r {
                q += x[i * d + col] - m[col];
            }
            s += q * q;
        }
        total += s;
    }
    total
}

#[test]
fn reads_in_bounds_through_windows_match_finite_differences() {
    let (d, n) = (4, 3);
    let x = values(9, n * d);
    check_parameters(
        "in bounds",
        &[values(10, d)],
        |p| reads_past_the_end(&p[0], &x, d, n),
        |p| {
            let (value, m) = reads_past_the_end_grad(&p[0], &x, d, n);
            (value, vec![m])
        },
    );
}

#[test]
#[should_panic]
fn an_index_out_of_bounds_still_panics() {
    let (d, n) = (4, 3);
    // One point short: the last point's reads run past the end of `x`.
    let x = values(11, (n - 1) * d + 1);
    let _ = reads_past_the_end_grad(&values(12, d), &x, d, n);
}

/// The other slice parameters a window is taken of: `&Vec<f64>` and `&[f64; N]` (whose
/// adjoints are a `Vec` and an array), read through windows in both sweeps.
#[grad::differentiate(wrt(v, a))]
fn vec_and_array(v: &Vec<f64>, a: &[f64; 6], x: &[f64], n: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..n {
        let mut s = 0.0;
        for r in 0..3 {
            let mut q = 0.0;
            for col in 1..r + 1 {
                q += v[i + col] * a[r + col] * x[col];
            }
            s += q * q;
        }
        total += s;
    }
    total
}

#[test]
fn windows_of_a_vec_and_an_array_match_finite_differences() {
    let x = values(13, 4);
    let v = values(14, 8);
    let a: [f64; 6] = values(15, 6).try_into().expect("six values");
    let (value, (gv, ga)) = vec_and_array_grad(&v, &a, &x, 4);
    assert_value("vec and array", value, vec_and_array(&v, &a, &x, 4));
    let numerical_v = numerical_gradient_of_slice(|p| vec_and_array(&p.to_vec(), &a, &x, 4), &v);
    assert_slices_close(&gv, &numerical_v, TOL, "vec and array, v");
    let numerical_a = numerical_gradient_of_slice(
        |p| vec_and_array(&v, &p.try_into().expect("six values"), &x, 4),
        &a,
    );
    assert_slices_close(&ga, &numerical_a, TOL, "vec and array, a");
}
