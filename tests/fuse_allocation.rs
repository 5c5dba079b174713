//! The fusion of sums of squares happens: the gradient of the L2 penalty `(&w * &w).sum()`
//! allocates one array of `w`'s size (the copy of `w` that its pullback scales into the
//! gradient), where the square and the sum emitted one after the other allocate three (the copy,
//! the squares, the broadcast cotangent). Counted with a counting global allocator, so this is a
//! test binary of its own; it fails if the macro stops fusing. Beside a layer, `f_grad` adds
//! the penalty's gradient into the layer's in place and allocates none for it.

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

/// A layer and its penalty: `f_grad` adds the penalty's `2c · w` into the gradient `affine`'s
/// rule made (grad-macro's `fuse.rs`, "In place, in `f_grad`"), where `f_vjp`'s pullback keeps
/// a copy of `w` for it.
#[grad::differentiate(wrt(w))]
fn layer_penalty(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>, reg: f64) -> f64 {
    grad::nn::affine(x, w, b).sum() + 0.5 * reg * (w * w).sum()
}

/// [`layer_penalty`] without the penalty.
#[grad::differentiate(wrt(w))]
fn layer_alone(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>) -> f64 {
    grad::nn::affine(x, w, b).sum()
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

    // In place: the penalty adds no array of `w`'s size to what the layer alone allocates
    // (its gradient, and the GEMM's packing of `w` in the forward product).
    let x = Array::from_shape_fn((4, 256), |(i, j)| ((i * 7 + j) % 11) as f64 / 11.0 - 0.5);
    let b = Array1::zeros(256);
    // Once before counting: with the `parallel` feature the `gemm` crate allocates its packing
    // workspace on a thread's first product and keeps it, which the first count would see.
    drop(layer_alone_grad(&x, &w, &b));
    let ((_, layer_dw), layer_count) = large_allocations(|| layer_alone_grad(&x, &w, &b));
    assert!(layer_count >= 1, "the layer's gradient is counted");
    let ((value, dw), count) = large_allocations(|| layer_penalty_grad(&x, &w, &b, 0.5));
    assert_eq!(value, layer_penalty(&x, &w, &b, 0.5));
    let expected = x.t().dot(&Array2::<f64>::ones((4, 256))) + 0.5 * &w;
    assert!(dw.abs_diff_eq(&expected, 1e-12));
    assert_eq!(dw, layer_dw + 0.5 * &w);
    assert_eq!(
        count, layer_count,
        "layer_penalty_grad: the penalty was not added into the layer's gradient in place"
    );
    // `f_vjp`'s pullback cannot borrow `w`: it keeps a copy for the penalty, one more array.
    let ((_, from_vjp), count) = large_allocations(|| {
        let (value, pullback) = layer_penalty_vjp(&x, &w, &b, 0.5);
        (value, pullback(1.0).1)
    });
    assert_eq!(from_vjp, dw);
    assert_eq!(count, layer_count + 1, "layer_penalty_vjp");

    // What the fusion saves: the copy, the squares and the broadcast cotangent.
    let ((value, gradient), count) = large_allocations(|| unfused_penalty_grad(&w));
    assert_eq!(value, unfused_penalty(&w));
    assert_eq!(gradient, &w * 1.0);
    assert!(
        count >= 3,
        "unfused_penalty_grad: {count} large allocations"
    );
}
