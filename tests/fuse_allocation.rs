//! The fusion of sums of squares happens: the gradient of the L2 penalty `(&w * &w).sum()`
//! allocates one array of `w`'s size (the copy of `w` that its pullback scales into the
//! gradient), where the square and the sum emitted one after the other allocate three (the copy,
//! the squares, the broadcast cotangent). Counted with a counting global allocator, so this is a
//! test binary of its own; it fails if the macro stops fusing.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use grad::runtime::ndarray::{Array, Array1, Array2, ArrayView2};

/// Counts the allocations of at least [`LARGE`] bytes.
struct Counting;

/// The size of the arrays of the test, 256 x 256 `f64`: 512 KiB.
const LARGE: usize = 256 * 256 * 8;

static LARGE_ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards its arguments unchanged to `System`, a sound `GlobalAlloc`, and
// returns what it returns, so `Counting` keeps each of the trait's contracts (the layout and
// pointer requirements are the caller's, passed through as they are); the only addition is an
// atomic counter, which neither allocates nor touches the memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= LARGE {
            LARGE_ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: the caller's guarantees for `alloc` are `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= LARGE {
            LARGE_ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: the caller's guarantees for `alloc_zeroed` are `System.alloc_zeroed`'s.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= LARGE {
            LARGE_ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`; the
        // caller's guarantees for `realloc` are `System.realloc`'s.
        unsafe { System.realloc(ptr, layout, new_size) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from `System` with `layout`, as the caller guarantees for `dealloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static HEAP: Counting = Counting;

/// The allocations of at least [`LARGE`] bytes made while `f` runs.
fn large_allocations<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = LARGE_ALLOCATIONS.load(Ordering::SeqCst);
    let result = f();
    (result, LARGE_ALLOCATIONS.load(Ordering::SeqCst) - before)
}

#[grad::differentiate]
fn penalty(w: &Array2<f64>) -> f64 {
    0.5 * (w * w).sum()
}

#[grad::differentiate]
fn powi_penalty(w: ArrayView2<f64>) -> f64 {
    0.5 * w.powi(2).sum()
}

#[derive(Clone, Debug, PartialEq, grad::Tangent)]
struct Layer {
    w: Array2<f64>,
    b: Array1<f64>,
}

#[grad::differentiate]
fn field_penalty(p: &Layer, reg: f64) -> f64 {
    p.b.sum() + 0.5 * reg * (&p.w * &p.w).sum()
}

/// The squares read twice: not fused, emitted as the square then the sum.
#[grad::differentiate]
fn unfused_penalty(w: &Array2<f64>) -> f64 {
    let squares = w * w;
    0.5 * squares.sum() + 0.0 * squares[[0, 0]]
}

/// One test only: the counter is global, and a second test running on another thread would
/// allocate into it.
#[test]
fn the_gradient_of_a_sum_of_squares_allocates_one_array() {
    let w = Array::from_shape_fn((256, 256), |(i, j)| (i as f64 - j as f64) / 256.0);

    let (vec, count) = large_allocations(|| vec![0.0_f64; 256 * 256]);
    assert_eq!((vec.len(), count), (256 * 256, 1), "the counter counts");

    let ((value, gradient), count) = large_allocations(|| penalty_grad(&w));
    assert_eq!(value, penalty(&w));
    assert_eq!(gradient, &w * 1.0);
    assert_eq!(count, 1, "penalty_grad: (w * w).sum() was not fused");

    let ((value, gradient), count) = large_allocations(|| powi_penalty_grad(w.view()));
    assert_eq!(value, powi_penalty(w.view()));
    assert_eq!(gradient, &w * 1.0);
    assert_eq!(count, 1, "powi_penalty_grad: w.powi(2).sum() was not fused");

    let p = Layer {
        w: w.clone(),
        b: Array1::zeros(3),
    };
    let ((value, (dp, _)), count) = large_allocations(|| field_penalty_grad(&p, 0.5));
    assert_eq!(value, field_penalty(&p, 0.5));
    assert_eq!(dp.w, 0.5 * (0.5 * (2.0 * &w)));
    assert_eq!(
        count, 1,
        "field_penalty_grad: (&p.w * &p.w).sum() was not fused"
    );

    // What the fusion saves: the copy, the squares and the broadcast cotangent.
    let ((value, gradient), count) = large_allocations(|| unfused_penalty_grad(&w));
    assert_eq!(value, unfused_penalty(&w));
    assert_eq!(gradient, &w * 1.0);
    assert!(
        count >= 3,
        "unfused_penalty_grad: {count} large allocations"
    );
}
