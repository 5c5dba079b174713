//! `f_grad` lends its array parameters to its rules (`grad::runtime::lend`): `affine_vjp` reads
//! the input batch `x` and the weights where they are instead of copying them. The gradients are
//! those of `f_vjp`'s pullback, which copies, to the bit, and central differences'; `f_grad`
//! allocates exactly what `f_vjp` and its pullback do, less the copies. Counted with a counting
//! global allocator, so this is a test binary of its own, with one test.

use approx::assert_relative_eq;
use grad::check::{DEFAULT_STEP, numerical_gradient};
use grad::nn::{affine, affine_vjp, relu, relu_vjp, temporal_affine, temporal_affine_vjp};
use grad::runtime::ndarray::{Array1, Array2, Array3, ArrayView2, s};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes allocated.
struct Counting;

static ALLOCATED: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every method forwards its arguments unchanged to `System`, a sound `GlobalAlloc`, and
// returns what it returns, so `Counting` keeps each of the trait's contracts; the only addition
// is an atomic counter, which neither allocates nor touches the memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::SeqCst);
        // SAFETY: the caller's guarantees for `alloc` are `System.alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        ALLOCATED.fetch_add(layout.size(), Ordering::SeqCst);
        // SAFETY: the caller's guarantees for `alloc_zeroed` are `System.alloc_zeroed`'s.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATED.fetch_add(new_size, Ordering::SeqCst);
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

/// A first layer: `x` is data, kept by `affine` for `dw`.
#[grad::differentiate(wrt(w, b))]
fn first_layer(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>) -> f64 {
    let h = relu(&affine(x, w, b));
    (&h * &h).mean().unwrap()
}

/// The same, with the batch a view taken by value (a mini-batch sliced by the caller).
#[grad::differentiate(wrt(w, b))]
fn first_layer_of_view(x: ArrayView2<f64>, w: &Array2<f64>, b: &Array1<f64>) -> f64 {
    let h = relu(&affine(&x, w, b));
    (&h * &h).mean().unwrap()
}

/// The affine layer at every time step: `x` is kept for `dw` too.
#[grad::differentiate(wrt(w, b))]
fn sequence_layer(x: &Array3<f64>, w: &Array2<f64>, b: &Array1<f64>) -> f64 {
    let y = temporal_affine(x, w, b);
    (&y * &y).sum()
}

/// Two layers through a differentiated function of the user's: `w2` is kept by the second
/// `affine` for the cotangent of `h`, inside `layer`'s own pullback, which `f_grad` runs while
/// its parameters are lent.
#[grad::differentiate]
fn layer(x: &Array2<f64>, w: &Array2<f64>, b: &Array1<f64>) -> Array2<f64> {
    relu(&affine(x, w, b))
}

#[grad::differentiate(wrt(w1, b1, w2, b2))]
fn two_layers(
    x: &Array2<f64>,
    w1: &Array2<f64>,
    b1: &Array1<f64>,
    w2: &Array2<f64>,
    b2: &Array1<f64>,
) -> f64 {
    let h = layer(x, w1, b1);
    let y = affine(&h, w2, b2);
    (&y * &y).sum()
}

/// A network's parameters in one struct, as models are written: `f_grad` lends the arrays of
/// its fields through `Tangent::loans`.
#[derive(Clone, grad::Tangent)]
struct Net {
    w1: Array2<f64>,
    b1: Array1<f64>,
    w2: Array2<f64>,
    b2: Array1<f64>,
}

#[grad::differentiate(wrt(p))]
fn net_loss(x: &Array2<f64>, p: &Net) -> f64 {
    let h = relu(&affine(x, &p.w1, &p.b1));
    let y = affine(&h, &p.w2, &p.b2);
    (&y * &y).sum()
}

/// Deterministic values in `[-scale, scale]`.
fn values(shape: (usize, usize), seed: usize, scale: f64) -> Array2<f64> {
    Array2::from_shape_fn(shape, |(i, j)| {
        (((i * 31 + j * 17 + seed * 7) % 23) as f64 / 11.0 - 1.0) * scale
    })
}

/// The bytes allocated while `f` runs.
fn allocated<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCATED.load(Ordering::SeqCst);
    let result = f();
    (result, ALLOCATED.load(Ordering::SeqCst) - before)
}

#[test]
fn lent_parameters_are_read_in_place_with_the_same_gradients() {
    let x = values((32, 100), 1, 1.0);
    let w = values((100, 8), 2, 0.2);
    let b = Array1::linspace(-0.2, 0.2, 8);
    // Warm the thread-local registry of loans, which stays allocated (a few hundred bytes).
    let _ = first_layer_grad(&x, &w, &b);

    let ((value, (dw, db)), grad_bytes) = allocated(|| first_layer_grad(&x, &w, &b));
    let ((vjp_value, (_, vjp_dw, vjp_db)), vjp_bytes) = allocated(|| {
        let (value, pullback) = first_layer_vjp(&x, &w, &b);
        (value, pullback(1.0))
    });
    assert_eq!(value, vjp_value);
    assert_eq!(
        (&dw, &db),
        (&vjp_dw, &vjp_db),
        "lent and copied x give other bits"
    );
    let numerical = numerical_gradient(|w: &Array2<f64>| first_layer(&x, w, &b), &w, DEFAULT_STEP);
    assert_relative_eq!(dw, numerical, max_relative = 1e-6, epsilon = 1e-9);
    let numerical = numerical_gradient(|b: &Array1<f64>| first_layer(&x, &w, b), &b, DEFAULT_STEP);
    assert_relative_eq!(db, numerical, max_relative = 1e-6, epsilon = 1e-9);
    // `f_vjp`'s pullback keeps a copy of `x` (an `ArcArray`: its elements and the `Arc`'s block
    // of two counts and a `Vec`); `f_grad` reads the lent one.
    let arc = 2 * size_of::<usize>() + size_of::<Vec<f64>>();
    let copy = |a: &Array2<f64>| a.len() * size_of::<f64>() + arc;
    assert_eq!(grad_bytes + copy(&x), vjp_bytes, "f_grad copied x");

    let rows = x.slice(s![8..24, ..]);
    let _ = first_layer_of_view_grad(rows, &w, &b);
    let ((value, (dw, db)), grad_bytes) = allocated(|| first_layer_of_view_grad(rows, &w, &b));
    let ((vjp_value, (_, vjp_dw, vjp_db)), vjp_bytes) = allocated(|| {
        let (value, pullback) = first_layer_of_view_vjp(rows, &w, &b);
        (value, pullback(1.0))
    });
    assert_eq!(value, vjp_value);
    assert_eq!((&dw, &db), (&vjp_dw, &vjp_db));
    assert_eq!(
        grad_bytes + copy(&rows.to_owned()),
        vjp_bytes,
        "f_grad copied the view"
    );
    let numerical = numerical_gradient(
        |w: &Array2<f64>| first_layer_of_view(rows, w, &b),
        &w,
        DEFAULT_STEP,
    );
    assert_relative_eq!(dw, numerical, max_relative = 1e-6, epsilon = 1e-9);

    let xs = Array3::from_shape_fn((4, 5, 100), |(i, j, k)| x[[i * 5 + j, k]]);
    let _ = sequence_layer_grad(&xs, &w, &b);
    let ((value, (dw, db)), grad_bytes) = allocated(|| sequence_layer_grad(&xs, &w, &b));
    let ((vjp_value, (_, vjp_dw, vjp_db)), vjp_bytes) = allocated(|| {
        let (value, pullback) = sequence_layer_vjp(&xs, &w, &b);
        (value, pullback(1.0))
    });
    assert_eq!(value, vjp_value);
    assert_eq!((&dw, &db), (&vjp_dw, &vjp_db));
    assert_eq!(grad_bytes + xs.len() * size_of::<f64>() + arc, vjp_bytes);
    let numerical = numerical_gradient(
        |w: &Array2<f64>| sequence_layer(&xs, w, &b),
        &w,
        DEFAULT_STEP,
    );
    assert_relative_eq!(dw, numerical, max_relative = 1e-6, epsilon = 1e-9);

    let w1 = w;
    let b1 = b;
    let w2 = values((8, 3), 3, 0.5);
    let b2 = Array1::linspace(0.1, 0.3, 3);
    let _ = two_layers_grad(&x, &w1, &b1, &w2, &b2);
    let ((value, (dw1, db1, dw2, db2)), grad_bytes) =
        allocated(|| two_layers_grad(&x, &w1, &b1, &w2, &b2));
    let ((vjp_value, (_, vjp_dw1, vjp_db1, vjp_dw2, vjp_db2)), vjp_bytes) = allocated(|| {
        let (value, pullback) = two_layers_vjp(&x, &w1, &b1, &w2, &b2);
        (value, pullback(1.0))
    });
    assert_eq!(value, vjp_value);
    // `layer`'s `affine` keeps `x` and `w1` (it differentiates all its arguments), the second
    // `affine` keeps `h`, a local, and `w2`.
    assert_eq!(
        grad_bytes + copy(&x) + copy(&w1) + copy(&w2),
        vjp_bytes,
        "f_grad copied a parameter"
    );
    assert_eq!(
        (&dw1, &db1, &dw2, &db2),
        (&vjp_dw1, &vjp_db1, &vjp_dw2, &vjp_db2)
    );
    let numerical = numerical_gradient(
        |w1: &Array2<f64>| two_layers(&x, w1, &b1, &w2, &b2),
        &w1,
        DEFAULT_STEP,
    );
    assert_relative_eq!(dw1, numerical, max_relative = 1e-6, epsilon = 1e-9);
    let numerical = numerical_gradient(
        |w2: &Array2<f64>| two_layers(&x, &w1, &b1, w2, &b2),
        &w2,
        DEFAULT_STEP,
    );
    assert_relative_eq!(dw2, numerical, max_relative = 1e-6, epsilon = 1e-9);

    // The same two layers with their parameters in a struct: its fields are lent too.
    // A second layer large enough (20 kB) that a copy of it shows beside the loans' list.
    let net = Net {
        w1: values((100, 64), 4, 0.2),
        b1: Array1::linspace(-0.2, 0.2, 64),
        w2: values((64, 40), 5, 0.3),
        b2: Array1::linspace(0.1, 0.3, 40),
    };
    let _ = net_loss_grad(&x, &net);
    let ((value, gradient), grad_bytes) = allocated(|| net_loss_grad(&x, &net));
    let ((vjp_value, (_, vjp_gradient)), vjp_bytes) = allocated(|| {
        let (value, pullback) = net_loss_vjp(&x, &net);
        (value, pullback(1.0))
    });
    assert_eq!(value, vjp_value);
    assert_eq!(
        (&gradient.w1, &gradient.b1, &gradient.w2, &gradient.b2),
        (
            &vjp_gradient.w1,
            &vjp_gradient.b1,
            &vjp_gradient.w2,
            &vjp_gradient.b2
        )
    );
    // `f_vjp` copies `x` (the first `affine` keeps it for `dw1`; `x` is not differentiated, so
    // `w1` is not kept) and `w2` (the second keeps it for the cotangent of `h`, a local it
    // copies in both); `f_grad` neither, and allocates the list of its five loans instead (a
    // few hundred bytes).
    let saved = copy(&x) + copy(&net.w2);
    assert!(
        grad_bytes + saved >= vjp_bytes && grad_bytes + saved <= vjp_bytes + 1024,
        "f_grad copied a field of the struct: {grad_bytes} + {saved} bytes against {vjp_bytes}"
    );
    let numerical = numerical_gradient(
        |w1: &Array2<f64>| {
            let p = Net {
                w1: w1.clone(),
                ..net.clone()
            };
            net_loss(&x, &p)
        },
        &net.w1,
        DEFAULT_STEP,
    );
    assert_relative_eq!(gradient.w1, numerical, max_relative = 1e-6, epsilon = 1e-9);
}
