//! Data parallelism: the gradient of a loss over a batch as the sum of its gradients over
//! shards of the batch, one shard per thread ([`batch_grad`]).
//!
//! A loss that is a sum (or a mean) over the rows of a batch, `L = Σ_i ℓ_i`, has the gradient
//! `∇L = Σ_s ∇L_s` for any split of the rows into shards `s`, `L_s = Σ_{i∈s} ℓ_i`. Each shard's
//! `f_grad` runs on its own thread; the gradients are then summed with
//! [`Tangent::add_assign`] in an order fixed by the number of shards (in shard order, or from
//! [`TREE_SUM_SHARDS`] shards on as a pairwise tree whose levels run in parallel), so that for
//! a fixed number of shards the result is the same, to the bit, from run to run and whatever
//! the threads' timing. A different number of shards sums in a different order, and may differ
//! in the last places (relative 1e-15 or so in f64); one shard is `f_grad` itself, to the bit.
//!
//! The shards run on rayon's current thread pool: the global one (as many threads as cores),
//! or a pool of your own through `pool.install(|| batch_grad(..))` (rayon is re-exported as
//! [`rayon`]). With the `parallel` feature, the matrix products inside a shard stay on the
//! shard's thread ([`in_shard`]); outside `batch_grad`, large ones use the pool
//! ([`crate::matmul`]).

use std::cell::Cell;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

use rayon::prelude::*;

use crate::rules::reduce::unrolled_sum_of_squares;
use crate::{Scalar, Tangent};

pub use rayon;

/// From this many shards on, [`batch_grad`] sums the shards' gradients as a pairwise tree
/// (`((g₁ + g₂) + (g₃ + g₄)) + …`, each level's sums in parallel: `⌈log₂ P⌉` passes on the
/// critical path) instead of one after the other in shard order (`P − 1` passes on one
/// thread). Both orders are fixed by the shard count; below 8 shards the sum in order is kept,
/// since a tree level's tasks cost more than they save on 2 to 4 cores.
pub const TREE_SUM_SHARDS: usize = 8;

/// How the shards' values and gradients combine into the batch's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduction {
    /// The loss is a sum over the rows, `L = Σ_i ℓ_i`: the batch's value and gradient are the
    /// sums of the shards'. A term that does not depend on the rows (an L2 penalty) must then be
    /// added once, outside: each shard would add it again.
    Sum,
    /// The loss is a mean over the rows, `L = (1/n) Σ_i ℓ_i` (as `softmax_cross_entropy`), and
    /// each shard returns the mean over its own `n_s` rows: the shards' values and gradients
    /// are weighted by `n_s / n` before they are summed, `L = Σ_s (n_s/n) L_s`. A term that
    /// does not depend on the rows, added in every shard, then counts once (the weights sum to
    /// 1), up to rounding.
    Mean,
}

/// The contiguous row ranges of `rows` rows split into `shards` shards: the first `rows %
/// shards` ranges one row longer than the others, no range empty (fewer ranges than `shards`
/// when there are fewer rows).
///
/// ```
/// use grad_runtime::parallel::shard_ranges;
///
/// assert_eq!(shard_ranges(10, 3), vec![0..4, 4..7, 7..10]);
/// assert_eq!(shard_ranges(2, 4), vec![0..1, 1..2]);
/// ```
///
/// **Panics** if `shards` is 0.
pub fn shard_ranges(rows: usize, shards: usize) -> Vec<Range<usize>> {
    assert!(shards > 0, "shard_ranges: 0 shards");
    let shards = shards.min(rows).max(1);
    let (base, longer) = (rows / shards, rows % shards);
    let mut start = 0;
    (0..shards)
        .map(|s| {
            let end = start + base + usize::from(s < longer);
            let range = start..end;
            start = end;
            range
        })
        .collect()
}

/// The value and gradient of a loss over a batch of `rows` rows, computed on `shards` shards
/// of the rows in parallel: `f(range)` returns the loss and gradient of the rows in `range`
/// (typically `loss_grad(&params, x.slice(s![range, ..]), &labels[range])`), is called once
/// per range of [`shard_ranges(rows, shards)`](shard_ranges) on rayon's current pool, and the
/// results are combined as `reduction` says:
///
/// ```text
/// Sum:   (Σ_s L_s,          Σ_s ∇L_s)
/// Mean:  (Σ_s (n_s/n) L_s,  Σ_s (n_s/n) ∇L_s)        n_s = range length, n = rows
/// ```
///
/// summed in shard order with [`Tangent::add_assign`] (for `Mean`, [`Tangent::zip_update`] and
/// [`Tangent::axpy`]), or from [`TREE_SUM_SHARDS`] shards on as a pairwise tree whose levels
/// run in parallel: for a fixed `shards` the result does not depend on the threads' timing.
/// With one shard (or one row) it is `f(0..rows)`, unchanged, on the calling thread.
///
/// What a split costs (BENCHMARKS.md, "Every core"): every shard repeats the work that does not
/// depend on its rows (an L2 penalty over the weights, packing the weights for a matrix
/// product), the gradients are summed on one thread, and each step moves gradients and
/// parameters between cores. Shards of a few dozen rows gain little; call `batch_grad` from a
/// thread of the pool (`ThreadPoolBuilder::use_current_thread`, as the `train` example does) so
/// that a step is not handed to the pool and waited for.
///
/// ```
/// use grad_runtime::parallel::{Reduction, batch_grad};
///
/// // The mean of (w - x_i)² over x = [1, 2, 3, 4], and its derivative, in two shards.
/// let x = [1.0, 2.0, 3.0, 4.0];
/// let w = 0.0;
/// let shard = |rows: std::ops::Range<usize>| {
///     let n = rows.len() as f64;
///     let value = x[rows.clone()].iter().map(|xi| (w - xi) * (w - xi)).sum::<f64>() / n;
///     let gradient = x[rows].iter().map(|xi| 2.0 * (w - xi)).sum::<f64>() / n;
///     (value, gradient)
/// };
/// assert_eq!(batch_grad(4, 2, Reduction::Mean, shard), (7.5, -5.0));
/// ```
///
/// **Panics** if `shards` is 0 or `rows` is 0, and if `f` panics (on any thread).
pub fn batch_grad<G, F>(rows: usize, shards: usize, reduction: Reduction, f: F) -> (G::Scalar, G)
where
    G: Tangent + Send,
    F: Fn(Range<usize>) -> (G::Scalar, G) + Sync,
{
    assert!(rows > 0, "batch_grad: an empty batch");
    let ranges = shard_ranges(rows, shards);
    if ranges.len() == 1 {
        return f(0..rows);
    }
    run_and_combine(rows, reduction, &ranges, &f)
}

/// `f` on every range of `ranges` (more than one) in parallel ([`run_shards`]), the results
/// weighted and summed as `reduction` says: in shard order, or from [`TREE_SUM_SHARDS`] shards
/// on as a pairwise tree.
fn run_and_combine<G, F>(
    rows: usize,
    reduction: Reduction,
    ranges: &[Range<usize>],
    f: &F,
) -> (G::Scalar, G)
where
    G: Tangent + Send,
    F: Fn(Range<usize>) -> (G::Scalar, G) + Sync,
{
    let results: Vec<(Range<usize>, (G::Scalar, G))> =
        ranges.iter().cloned().zip(run_shards(ranges, f)).collect();
    if results.len() >= TREE_SUM_SHARDS {
        tree_combine(rows, reduction, results)
    } else {
        combine(rows, reduction, results)
    }
}

/// [`batch_grad`] of the loss plus an L2 penalty on every parameter, added once:
///
/// ```text
/// (L + (λ/2) ‖p‖²,  ∇L + λ p)        (L, ∇L) = batch_grad(rows, shards, reduction, f)
/// ```
///
/// where `f` computes the shards' loss *without* the penalty. A penalty written in the loss is
/// computed by every shard, forward and pulled back, over all the parameters, though it does not
/// depend on the rows: the work a split of the batch adds the most of (BENCHMARKS.md, "Every
/// core"). Here the parameters' elements (in element order, across the fields) are cut into as
/// many equal parts as there are shards, and each shard, on its own thread, adds the penalty
/// of its part: `λ p / w_s` into its gradient and `(λ/2) Σ p² / w_s` into its value, over its
/// part only (`w_s` its weight in the sum, `n_s / n` for `Mean`, 1 for `Sum`). The sum of the
/// shards then holds `λ p` once for every element, and each shard spends `1/S` of one pass over
/// the parameters where it spent a whole penalty. `Σ p²` is summed per run in eight partial
/// sums, as ndarray's `sum`. As weight decay in an optimiser, the penalty is on every parameter
/// (biases too); a penalty on some of them stays in the loss.
///
/// For a fixed `shards` the result is the same to the bit from run to run, as
/// [`batch_grad`]'s; the penalty's part in it is `λ p` up to the rounding of `(λ / w_s) p w_s`.
///
/// ```
/// use grad_runtime::parallel::{Reduction, batch_grad_l2};
///
/// // The mean of (w - x_i)² over x = [1, 2, 3, 4], plus (λ/2) w² with λ = 0.5, at w = 2.
/// let x = [1.0, 2.0, 3.0, 4.0];
/// let w = 2.0;
/// let shard = |rows: std::ops::Range<usize>| {
///     let n = rows.len() as f64;
///     let value = x[rows.clone()].iter().map(|xi| (w - xi) * (w - xi)).sum::<f64>() / n;
///     let gradient = x[rows].iter().map(|xi| 2.0 * (w - xi)).sum::<f64>() / n;
///     (value, gradient)
/// };
/// // 1.5 + 0.25 * 4 and -1 + 0.5 * 2:
/// assert_eq!(batch_grad_l2(4, 2, Reduction::Mean, &w, 0.5, shard), (2.5, 0.0));
/// ```
///
/// **Panics** as [`batch_grad`] does, and if `params` has another shape than the gradients.
pub fn batch_grad_l2<G, F>(
    rows: usize,
    shards: usize,
    reduction: Reduction,
    params: &G,
    lambda: G::Scalar,
    f: F,
) -> (G::Scalar, G)
where
    G: Tangent + Send + Sync,
    F: Fn(Range<usize>) -> (G::Scalar, G) + Sync,
{
    assert!(rows > 0, "batch_grad_l2: an empty batch");
    let ranges = shard_ranges(rows, shards);
    let penalty = Penalty { params, lambda };
    if ranges.len() == 1 {
        let (value, mut gradient) = f(0..rows);
        let penalty_value = penalty.add_part(&mut gradient, 0, 1, G::Scalar::ONE);
        return (value + penalty_value, gradient);
    }
    // Shard `s` of `S` adds the penalty of the `s`-th `S`-th of the parameters' elements,
    // divided by the weight its gradient gets in the sum: the sum then holds `λ p` once.
    let count = ranges.len();
    let shard = |range: Range<usize>| {
        let part = ranges
            .iter()
            .position(|shard| *shard == range)
            .expect("a shard's range is one of the ranges");
        let weight = match reduction {
            Reduction::Mean => share::<G::Scalar>(rows, &range),
            Reduction::Sum => G::Scalar::ONE,
        };
        let (value, mut gradient) = f(range);
        let penalty_value = penalty.add_part(&mut gradient, part, count, weight);
        (value + penalty_value, gradient)
    };
    run_and_combine(rows, reduction, &ranges, &shard)
}

/// An L2 penalty `(λ/2) ‖p‖²` on `params`, added once by [`batch_grad_l2`].
struct Penalty<'a, G: Tangent> {
    params: &'a G,
    lambda: G::Scalar,
}

impl<G: Tangent> Penalty<'_, G> {
    /// Adds `(λ / w) p` into `gradient` for the `part`-th of `parts` equal parts of the
    /// elements (in element order, across the fields), and gives `(λ / 2w) Σ p²` over them.
    fn add_part(
        &self,
        gradient: &mut G,
        part: usize,
        parts: usize,
        weight: G::Scalar,
    ) -> G::Scalar {
        let mut elements = 0;
        G::zip_chunks(
            core::slice::from_mut(gradient),
            core::slice::from_ref(self.params),
            &mut |gs, _| elements += gs.len(),
        );
        let (start, end) = (part * elements / parts, (part + 1) * elements / parts);
        let scale = self.lambda / weight;
        let mut squares = G::Scalar::ZERO;
        let mut offset = 0;
        G::zip_chunks(
            core::slice::from_mut(gradient),
            core::slice::from_ref(self.params),
            &mut |gs, ps| {
                let (low, high) = (offset, offset + gs.len());
                offset = high;
                let from = start.clamp(low, high) - low;
                let to = end.clamp(low, high) - low;
                for (g, &p) in gs[from..to].iter_mut().zip(&ps[from..to]) {
                    *g += scale * p;
                }
                squares += unrolled_sum_of_squares(&ps[from..to]);
            },
        );
        let half = G::Scalar::ONE / (G::Scalar::ONE + G::Scalar::ONE);
        half * scale * squares
    }
}

thread_local! {
    /// Whether this thread is running a shard of [`batch_grad`] (of more than one).
    static IN_SHARD: Cell<bool> = const { Cell::new(false) };
}

/// Whether the calling thread is inside a shard of a [`batch_grad`] that split its batch:
/// there every thread of the pool already has a shard, so the `parallel` feature's matrix
/// products do not split themselves across the pool as well ([`crate::matmul`]).
pub fn in_shard() -> bool {
    IN_SHARD.with(Cell::get)
}

/// `f()` with [`in_shard`] true on this thread, restored to what it was afterwards (also if `f`
/// panics).
fn as_shard<T>(f: impl FnOnce() -> T) -> T {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            IN_SHARD.with(|flag| flag.set(self.0));
        }
    }
    let _restore = Restore(IN_SHARD.with(|flag| flag.replace(true)));
    f()
}

/// `f(range)` for every range, in [`in_shard`] mode: the first on the calling thread, the others
/// spawned on rayon's current pool; the results in the order of `ranges`.
///
/// The calling thread, if it is one of the pool's, waits for the others' shards without going
/// to sleep: it runs any shard still queued on its own thread ([`rayon::yield_local`]) and
/// otherwise spins. A rayon join lets a waiting thread sleep after a few dozen idle rounds, and
/// the shard that finished last then has to wake it before the sum can start: tens of µs a step
/// on a virtual machine, where waking an idle vCPU goes through the hypervisor (BENCHMARKS.md,
/// "Every core"). The spin lasts as long as the shards' imbalance, which is small: they are of
/// equal size.
fn run_shards<T: Send>(ranges: &[Range<usize>], f: &(impl Fn(Range<usize>) -> T + Sync)) -> Vec<T> {
    let slots: Vec<Mutex<Option<T>>> = ranges.iter().map(|_| Mutex::new(None)).collect();
    let pending = AtomicUsize::new(ranges.len() - 1);
    rayon::in_place_scope(|scope| {
        for (range, slot) in ranges.iter().zip(&slots).skip(1) {
            let pending = &pending;
            scope.spawn(move |_| {
                // Counted down even if `f` panics: the scope then passes the panic on.
                let _done = CountDown(pending);
                let result = as_shard(|| f(range.clone()));
                *slot.lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
            });
        }
        let first = as_shard(|| f(ranges[0].clone()));
        *slots[0].lock().unwrap_or_else(PoisonError::into_inner) = Some(first);
        // Only a thread of the pool spins: a caller from outside it is a thread more than the
        // pool's, and waits at the scope's end, asleep, as rayon makes it.
        let in_pool = rayon::current_thread_index().is_some();
        while in_pool && pending.load(Ordering::Acquire) > 0 {
            if rayon::yield_local() != Some(rayon::Yield::Executed) {
                std::hint::spin_loop();
            }
        }
    });
    slots
        .into_iter()
        .map(|slot| {
            let result = slot.into_inner().unwrap_or_else(PoisonError::into_inner);
            result.expect("every shard ran")
        })
        .collect()
}

/// Decrements its counter when dropped (when a shard returns or panics).
struct CountDown<'a>(&'a AtomicUsize);

impl Drop for CountDown<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Release);
    }
}

/// A shard's weight in a `Mean`, `n_s / n`.
fn share<A: Scalar>(rows: usize, range: &Range<usize>) -> A {
    let of = |count: usize| A::from_usize(count).expect("a row count is a float");
    of(range.len()) / of(rows)
}

/// The shards' results, in shard order, weighted as `reduction` says and summed: for `Sum`
/// `g ← g_1`, then `g ← g + g_s` ([`Tangent::add_assign`]); for `Mean` `g ← w_1 g_1 + w_2 g_2`
/// in one pass ([`Tangent::zip_update`]), then `g ← g + w_s g_s` ([`Tangent::axpy`]). Each sum
/// is the product rounded, then the sum, as `axpy` documents.
///
/// On the calling thread, not cut into chunks on the pool as an optimiser's parallel step is:
/// the second shard's gradient was written on another core, and reading it there costs more
/// than the sum. On this machine's two vCPUs the sum of the conv net's two 66k-element f64
/// gradients took 24-26 µs on one thread after both shards ran there, 49-55 µs on one thread
/// after they ran on two, 65-77 µs in chunks on both (BENCHMARKS.md, "Every core").
fn combine<G: Tangent>(
    rows: usize,
    reduction: Reduction,
    results: Vec<(Range<usize>, (G::Scalar, G))>,
) -> (G::Scalar, G) {
    let share = |range: &Range<usize>| share::<G::Scalar>(rows, range);
    let mut results = results.into_iter();
    let (first, (mut value, mut gradient)) = results.next().expect("at least one shard");
    if reduction == Reduction::Mean {
        let w1 = share(&first);
        value *= w1;
        // The first two shards in one pass over the elements instead of a `scale`, then an
        // `axpy`: the first scaling is the serial part's largest.
        if let Some((second, (second_value, second_gradient))) = results.next() {
            let w2 = share(&second);
            value += w2 * second_value;
            gradient.zip_update(&second_gradient, |x, y| *x = w1 * *x + w2 * y);
        } else {
            gradient.scale(w1);
        }
    }
    for (range, (shard_value, shard_gradient)) in results {
        match reduction {
            Reduction::Sum => {
                value += shard_value;
                gradient.add_assign(&shard_gradient);
            }
            Reduction::Mean => {
                let w = share(&range);
                value += w * shard_value;
                gradient.axpy(w, &shard_gradient);
            }
        }
    }
    (value, gradient)
}

/// The shards' results, in shard order, weighted as `reduction` says and summed as a pairwise
/// tree: the first level pairs shards `(1, 2), (3, 4), …` ([`first_level_pair`]), each further
/// level pairs the previous level's sums in order ([`Tangent::add_assign`]), until one is left.
/// The pairs of a level are summed in parallel on rayon's current pool; which values are added
/// to which depends on the number of shards only.
fn tree_combine<G: Tangent + Send>(
    rows: usize,
    reduction: Reduction,
    results: Vec<(Range<usize>, (G::Scalar, G))>,
) -> (G::Scalar, G) {
    let mut level: Vec<(G::Scalar, G)> = results
        .into_par_iter()
        .chunks(2)
        .map(|pair| first_level_pair(rows, reduction, pair))
        .collect();
    while level.len() > 1 {
        level = level
            .into_par_iter()
            .chunks(2)
            .map(|pair| {
                let mut pair = pair.into_iter();
                let (mut value, mut gradient) = pair.next().expect("a chunk is not empty");
                if let Some((second_value, second_gradient)) = pair.next() {
                    value += second_value;
                    gradient.add_assign(&second_gradient);
                }
                (value, gradient)
            })
            .collect();
    }
    level.pop().expect("at least one shard")
}

/// The tree's first level: two shards (or the last one alone) weighted and summed, for `Sum`
/// `g_a + g_b` ([`Tangent::add_assign`]), for `Mean` `w_a g_a + w_b g_b` in one pass
/// ([`Tangent::zip_update`]), a last shard alone `w_a g_a` ([`Tangent::scale`]).
fn first_level_pair<G: Tangent>(
    rows: usize,
    reduction: Reduction,
    pair: Vec<(Range<usize>, (G::Scalar, G))>,
) -> (G::Scalar, G) {
    let mut pair = pair.into_iter();
    let (first, (mut value, mut gradient)) = pair.next().expect("a chunk is not empty");
    let second = pair.next();
    match reduction {
        Reduction::Sum => {
            if let Some((_, (second_value, second_gradient))) = second {
                value += second_value;
                gradient.add_assign(&second_gradient);
            }
        }
        Reduction::Mean => {
            let w1 = share::<G::Scalar>(rows, &first);
            if let Some((range, (second_value, second_gradient))) = second {
                let w2 = share::<G::Scalar>(rows, &range);
                value = w1 * value + w2 * second_value;
                gradient.zip_update(&second_gradient, |x, y| *x = w1 * *x + w2 * y);
            } else {
                value *= w1;
                gradient.scale(w1);
            }
        }
    }
    (value, gradient)
}
