//! Values a loop inside a preaccumulated loop computes again in the reverse sweep instead of
//! keeping them (issue 17, `grad-macro/src/plan/recompute.rs`): reads of arrays the loop does
//! not change, the products and differences of those reads, and the counters of the loops
//! around them. Each function is checked against central differences in `f64` (relative error
//! below `common::TOL`), and `f_grad`'s value against `f`'s, bit for bit.
//!
//! The adversarial ones change what a read depends on between the read and the end of the
//! preaccumulated iteration (an array name bound again, a counter shadowed, an index from a
//! name the iteration assigns, an array written after the read): computing those reads again
//! would give other values, and the gradients would be wrong.

#![allow(
    clippy::needless_range_loop,
    clippy::assign_op_pattern,
    clippy::manual_memcpy
)]

mod common;

use common::{check_parameters, values};

/// The position of `(row, col)`, `col < row`, in a strictly lower triangle stored by columns.
fn triangle(d: usize, row: usize, col: usize) -> usize {
    col * (2 * d - col - 1) / 2 + (row - col - 1)
}

/// GMM's inner loops: a lower-triangular factor times `x - μ`, squared, per point and
/// component. The factor's entry is read at an index a call computes (kept, the value read
/// again), `x - μ` from arrays the loops never write (computed again).
#[grad::differentiate(wrt(means, factor))]
fn mahalanobis(means: &[f64], factor: &[f64], x: &[f64], d: usize, k: usize) -> f64 {
    let n = x.len() / d;
    let size = d * (d - 1) / 2;
    let mut total = 0.0;
    for i in 0..n {
        for c in 0..k {
            let mut squared = 0.0;
            for r in 0..d {
                let mut qx = x[i * d + r] - means[c * d + r];
                for col in 0..r {
                    let entry = factor[c * size + triangle(d, r, col)];
                    qx += entry * (x[i * d + col] - means[c * d + col]);
                }
                squared += qx * qx;
            }
            total += (-0.5 * squared).exp();
        }
    }
    total
}

#[test]
fn gmm_inner_loops_match_central_differences() {
    let (d, k, n) = (4, 3, 5);
    let params = [
        values(1, k * d),
        values(2, k * d * (d - 1) / 2),
        values(3, n * d),
    ];
    check_parameters(
        "mahalanobis",
        &params,
        |p| mahalanobis(&p[0], &p[1], &p[2], d, k),
        |p| {
            let (value, (means, factor)) = mahalanobis_grad(&p[0], &p[1], &p[2], d, k);
            (value, vec![means, factor])
        },
    );
}

/// [`mahalanobis`] with `triangle` declared pure: the factor's index is computed again in the
/// reverse sweep (the call made again), and the innermost loop keeps nothing of its own.
#[grad::differentiate(wrt(means, factor), pure(triangle))]
fn mahalanobis_pure_index(means: &[f64], factor: &[f64], x: &[f64], d: usize, k: usize) -> f64 {
    let n = x.len() / d;
    let size = d * (d - 1) / 2;
    let mut total = 0.0;
    for i in 0..n {
        for c in 0..k {
            let mut squared = 0.0;
            for r in 0..d {
                let mut qx = x[i * d + r] - means[c * d + r];
                for col in 0..r {
                    let entry = factor[c * size + triangle(d, r, col)];
                    qx += entry * (x[i * d + col] - means[c * d + col]);
                }
                squared += qx * qx;
            }
            total += (-0.5 * squared).exp();
        }
    }
    total
}

#[test]
fn an_index_from_a_pure_call_matches_central_differences() {
    let (d, k, n) = (4, 3, 5);
    let params = [
        values(4, k * d),
        values(5, k * d * (d - 1) / 2),
        values(6, n * d),
    ];
    check_parameters(
        "mahalanobis_pure_index",
        &params,
        |p| mahalanobis_pure_index(&p[0], &p[1], &p[2], d, k),
        |p| {
            let (value, (means, factor)) = mahalanobis_pure_index_grad(&p[0], &p[1], &p[2], d, k);
            (value, vec![means, factor])
        },
    );
}

/// Pure calls whose arguments the iteration changes (`shift`, assigned in it) or that sit in a
/// loop outside any preaccumulated one: both keep their indices (the second's call reads three
/// names, more than the one index).
#[grad::differentiate(wrt(w), pure(triangle))]
fn pure_calls_on_changing_arguments(w: &[f64], x: &[f64], d: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() / d {
        let mut shift = 1;
        for r in 1..d {
            let mut t = 0.0;
            for col in 0..r {
                shift = (shift + col) % r;
                let a = w[triangle(d, r, shift)];
                t += a * x[i * d + col];
                shift += 1;
            }
            total += t * t;
        }
    }
    let mut outer = 0.0;
    for r in 1..d {
        for col in 0..r {
            let a = w[triangle(d, r, col)];
            outer = outer * a + a;
        }
    }
    total + outer * outer
}

#[test]
fn pure_calls_on_changing_arguments_match_central_differences() {
    let d = 5;
    let params = [values(24, d * (d - 1) / 2), values(25, 4 * d)];
    check_parameters(
        "pure_calls_on_changing_arguments",
        &params[..1],
        |p| pure_calls_on_changing_arguments(&p[0], &params[1], d),
        |p| {
            let (value, w) = pure_calls_on_changing_arguments_grad(&p[0], &params[1], d);
            (value, vec![w])
        },
    );
}

/// Index arithmetic only (the factor read at `c * d * d + r * d + col`): every value of the
/// innermost loop is computed again, and its record keeps the counter alone.
#[grad::differentiate(wrt(w, q))]
fn dense_products(w: &[f64], q: &[f64], x: &[f64], d: usize, k: usize) -> f64 {
    let n = x.len() / d;
    let mut total = 0.0;
    for i in 0..n {
        for c in 0..k {
            let mut s = 0.0;
            for r in 0..d {
                let mut t = 0.0;
                for col in 0..d {
                    let a = q[c * d * d + r * d + col];
                    t += -(a * (x[i * d + col] - w[c * d + col])) * w[c * d + r];
                }
                s += t * t;
            }
            total += (0.1 * s).sin();
        }
    }
    total
}

#[test]
fn dense_products_match_central_differences() {
    let (d, k, n) = (3, 2, 4);
    let params = [values(4, k * d), values(5, k * d * d), values(6, n * d)];
    check_parameters(
        "dense_products",
        &params,
        |p| dense_products(&p[0], &p[1], &p[2], d, k),
        |p| {
            let (value, (w, q)) = dense_products_grad(&p[0], &p[1], &p[2], d, k);
            (value, vec![w, q])
        },
    );
}

/// The array name is bound to another slice after the inner loop read it, in the same
/// iteration of the preaccumulated loop: the reverse must use what the forward read.
#[grad::differentiate(wrt(u, v))]
fn rebound_after_read(u: &[f64], v: &[f64], x: &[f64]) -> f64 {
    let m = u.len();
    let mut total = 0.0;
    for i in 0..x.len() {
        let mut source = u;
        for j in 0..m {
            let a = source[j];
            total += a * a * x[i];
        }
        source = v;
        for j in 0..m {
            total += source[j] * x[i];
        }
    }
    total
}

#[test]
fn a_slice_bound_again_after_the_read_is_not_read_again() {
    let params = [values(7, 4), values(8, 4), values(9, 3)];
    check_parameters(
        "rebound_after_read",
        &params,
        |p| rebound_after_read(&p[0], &p[1], &p[2]),
        |p| {
            let (value, (u, v)) = rebound_after_read_grad(&p[0], &p[1], &p[2]);
            (value, vec![u, v])
        },
    );
}

/// A local array written after the inner loop read it, in the same iteration: the reverse
/// must use the value read before the write.
#[grad::differentiate(wrt(w))]
fn written_after_read(w: &[f64], x: &[f64]) -> f64 {
    let m = w.len();
    let mut buffer = vec![0.0; m];
    for j in 0..m {
        buffer[j] = w[j];
    }
    let mut total = 0.0;
    for i in 0..x.len() {
        let mut partial = 0.0;
        for j in 0..m {
            let b = buffer[j];
            partial += b * (x[i] - b);
        }
        total += partial * partial;
        for j in 0..m {
            buffer[j] = 0.5 * x[i];
        }
    }
    total
}

#[test]
fn an_array_written_after_the_read_is_not_read_again() {
    let params = [values(10, 4), values(11, 3)];
    check_parameters(
        "written_after_read",
        &params,
        |p| written_after_read(&p[0], &p[1]),
        |p| {
            let (value, w) = written_after_read_grad(&p[0], &p[1]);
            (value, vec![w])
        },
    );
}

/// A read in the function's later part of an array the function wrote before: the records of
/// the loops inside the preaccumulated one must still give the values read at the time.
#[grad::differentiate(wrt(w))]
fn written_later_in_the_function(w: &[f64], x: &[f64]) -> f64 {
    let m = w.len();
    let mut scaled = vec![0.0; m];
    for j in 0..m {
        scaled[j] = 2.0 * w[j];
    }
    let mut total = 0.0;
    for i in 0..x.len() {
        for j in 0..m {
            let s = scaled[j];
            total += s * (s - x[i]);
        }
    }
    for j in 0..m {
        scaled[j] = scaled[j] * w[j];
    }
    for j in 0..m {
        total += scaled[j];
    }
    total
}

#[test]
fn an_array_written_later_in_the_function_keeps_its_reads() {
    let params = [values(12, 4), values(13, 3)];
    check_parameters(
        "written_later_in_the_function",
        &params,
        |p| written_later_in_the_function(&p[0], &p[1]),
        |p| {
            let (value, w) = written_later_in_the_function_grad(&p[0], &p[1]);
            (value, vec![w])
        },
    );
}

/// Names the index reads that the iteration changes: a counter shadowed by an inner loop's,
/// and an offset the preaccumulated iteration assigns.
#[grad::differentiate(wrt(w))]
fn shadowed_counters(w: &[f64], x: &[f64], m: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() {
        let offset = (i * 3) % m;
        for j in 0..m {
            let a = w[(j + offset) % m];
            let mut inner = 0.0;
            for j in 0..2 {
                let b = w[j];
                inner += b * a;
            }
            total += inner * (a - x[i]) * w[j];
        }
    }
    total
}

#[test]
fn shadowed_counters_and_assigned_offsets_are_kept() {
    let m = 5;
    let params = [values(14, m), values(15, 4)];
    check_parameters(
        "shadowed_counters",
        &params,
        |p| shadowed_counters(&p[0], &p[1], m),
        |p| {
            let (value, w) = shadowed_counters_grad(&p[0], &p[1], m);
            (value, vec![w])
        },
    );
}

/// A `while` loop inside the preaccumulated one, whose counter its body changes, and a `for`
/// loop that stops early: neither counter can come back from a range.
#[grad::differentiate(wrt(w))]
fn changing_counters(w: &[f64], x: &[f64]) -> f64 {
    let m = w.len();
    let mut total = 0.0;
    for i in 0..x.len() {
        let mut j = 0;
        while j < m {
            let a = w[j];
            total += a * (a - x[i]);
            j += 2;
        }
        for j in 0..m {
            if j * 2 > m + i {
                break;
            }
            let b = w[m - 1 - j];
            total += b * x[i] * b;
        }
    }
    total
}

#[test]
fn counters_the_loop_changes_are_kept() {
    let params = [values(16, 5), values(17, 4)];
    check_parameters(
        "changing_counters",
        &params,
        |p| changing_counters(&p[0], &p[1]),
        |p| {
            let (value, w) = changing_counters_grad(&p[0], &p[1]);
            (value, vec![w])
        },
    );
}

/// GMM-shaped loops inside a checkpointed loop over rounds, whose reverse runs each segment's
/// forward again (the schedule stacks the loops inside it today, so nothing is computed again
/// there; this keeps the combination checked if that changes).
#[grad::differentiate(wrt(w, q), checkpoint)]
fn checkpointed_rounds(w: &[f64], q: &[f64], x: &[f64], d: usize, rounds: usize) -> f64 {
    let n = x.len() / d;
    let mut h = 0.5;
    for round in 0..rounds {
        let mut total = 0.0;
        for i in 0..n {
            for r in 0..d {
                let mut t = 0.0;
                for col in 0..r {
                    let a = q[r * d + col];
                    t += a * (x[i * d + col] - w[col]);
                }
                total += t * t;
            }
        }
        h = (h * total + round as f64 * 0.1).sin();
    }
    h
}

#[test]
fn recomputed_values_inside_a_checkpointed_loop_match_central_differences() {
    let (d, n, rounds) = (3, 4, 5);
    let params = [values(18, d), values(19, d * d), values(20, n * d)];
    check_parameters(
        "checkpointed_rounds",
        &params,
        |p| checkpointed_rounds(&p[0], &p[1], &p[2], d, rounds),
        |p| {
            let (value, (w, q)) = checkpointed_rounds_grad(&p[0], &p[1], &p[2], d, rounds);
            (value, vec![w, q])
        },
    );
}

/// Inner loops with a `continue`, a branch on the data, an inclusive range and bounds from the
/// counters around them. The first loop's statements after its `continue` sit in a guarded
/// region, which keeps its records as before; the second takes its counter from `0..r + 1`, `r`
/// from the loop around it, and reads its values again.
#[grad::differentiate(wrt(w, q))]
fn branches_and_bounds(w: &[f64], q: &[f64], x: &[f64], d: usize) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() / d {
        for r in 0..d {
            let mut t = 0.0;
            for col in r..=d - 1 {
                if (col + i) % 3 == 1 {
                    continue;
                }
                let a = q[r * d + col];
                let centred = x[i * d + col] - w[col];
                if centred > 0.0 {
                    t += a * centred;
                } else {
                    t -= centred * centred * a;
                }
            }
            for col in 0..r + 1 {
                t += q[col * d + r] * w[r] * x[i * d + col];
            }
            total += t * t;
        }
    }
    total
}

#[test]
fn continues_branches_and_bounds_from_counters_match_central_differences() {
    let d = 4;
    let params = [values(21, d), values(22, d * d), values(23, 5 * d)];
    check_parameters(
        "branches_and_bounds",
        &params,
        |p| branches_and_bounds(&p[0], &p[1], &p[2], d),
        |p| {
            let (value, (w, q)) = branches_and_bounds_grad(&p[0], &p[1], &p[2], d);
            (value, vec![w, q])
        },
    );
}

/// Assignments `a = op(.., a, ..)` of a float, each operation with `a` on either side, inside
/// a loop the reverse sweep runs backwards over its range and inside one that keeps its
/// counts: their adjoints are pulled back in place (`Adjoint::pull_in_place`). With powers
/// of several exponents, whose derivatives the forward sweep computes.
#[grad::differentiate(wrt(w))]
fn updates_in_place(w: &[f64], x: &[f64]) -> f64 {
    let mut total = 0.0;
    for i in 0..x.len() {
        let mut a = 1.0;
        for j in 1..w.len() {
            a = a * w[j];
            a = w[j - 1] - a;
            a = a / (1.5 + w[j] * w[j]);
            a = -a;
            a = 0.5 + a;
            a = w[j].powi(3) / a;
            a = a - w[j - 1].powi(-2) + w[j].powi(0) * w[j].powi(1);
        }
        total += a * x[i];
    }
    let mut b = 0.25;
    let mut j = 0;
    while j < w.len() {
        b = b * w[j] + x[j % x.len()];
        b = b - w[j].powi(2) * b.powi(5) * 0.01;
        j += 1;
    }
    total + b
}

#[test]
fn updates_in_place_match_central_differences() {
    let w: Vec<f64> = values(26, 5).iter().map(|v| 1.0 + 0.5 * v).collect();
    let params = [w, values(27, 4)];
    check_parameters(
        "updates_in_place",
        &params[..1],
        |p| updates_in_place(&p[0], &params[1]),
        |p| {
            let (value, w) = updates_in_place_grad(&p[0], &params[1]);
            (value, vec![w])
        },
    );
}

/// A product with a float parameter and with a float `let` from before the loops: the loops
/// never change them, so the reverse sweep computes the product again with them and the inner
/// loop keeps nothing (`plan/recompute.rs`, `is_unchanged_scalar`).
#[grad::differentiate(wrt(xs, alpha))]
fn scaled_rows(xs: &[f64], alpha: f64, n: usize) -> f64 {
    let beta: f64 = 0.5 + alpha * alpha;
    let m = xs.len() / n;
    let mut total = 0.0;
    for i in 0..n {
        let mut r = 0.0;
        for j in 0..m {
            r += alpha * xs[i * m + j] * beta;
        }
        total += r * r;
    }
    total
}

/// The same with `alpha` bound again inside the preaccumulated loop: the inner loop's
/// product reads the new `alpha`, which the reverse must not take for the parameter.
#[grad::differentiate(wrt(xs, alpha))]
fn scaled_rows_shadowed(xs: &[f64], alpha: f64, n: usize) -> f64 {
    let m = xs.len() / n;
    let mut total = 0.0;
    for i in 0..n {
        let alpha = alpha * (i as f64 + 1.0);
        let mut r = 0.0;
        for j in 0..m {
            r += alpha * xs[i * m + j];
        }
        total += r * r;
    }
    total
}

#[test]
fn products_with_unchanged_floats_match_central_differences() {
    let n = 3;
    let params = [values(21, 12), values(22, 1)];
    check_parameters(
        "scaled_rows",
        &params,
        |p| scaled_rows(&p[0], p[1][0], n),
        |p| {
            let (value, (xs, alpha)) = scaled_rows_grad(&p[0], p[1][0], n);
            (value, vec![xs, vec![alpha]])
        },
    );
    check_parameters(
        "scaled_rows_shadowed",
        &params,
        |p| scaled_rows_shadowed(&p[0], p[1][0], n),
        |p| {
            let (value, (xs, alpha)) = scaled_rows_shadowed_grad(&p[0], p[1][0], n);
            (value, vec![xs, vec![alpha]])
        },
    );
}
