//! Generated gradients of scalar functions allocate nothing: no tape, no boxed closures, only
//! locals. Counted with a counting global allocator, so this is a test binary of its own.

use peak_alloc::PeakAlloc;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

#[grad::differentiate]
fn classic(a: f64, b: f64) -> f64 {
    (a + b) * (b + 1.0)
}

#[grad::differentiate]
fn branchy(x: f64, y: f64) -> f64 {
    let mut z = x * y;
    if z > 1.0 {
        z = z.ln() + classic(x, y);
    } else {
        z = (z * 2.0).sin();
    }
    let w = {
        let t = z.exp();
        t / (1.0 + t)
    };
    w.powi(3) + x.atan2(y)
}

/// The bytes allocated while `f` runs, the least of three runs: the counter is global, and
/// the test harness's own thread may allocate while `f` runs on a loaded machine (seen once in
/// a full `cargo test` at load 6); an allocation of `f`'s own shows in every run.
fn allocated<T>(f: impl Fn() -> T) -> (T, usize) {
    let mut least = usize::MAX;
    let mut result = None;
    for _ in 0..3 {
        let before = HEAP.current_usage();
        HEAP.reset_peak_usage();
        let value = f();
        least = least.min(HEAP.peak_usage().saturating_sub(before));
        result = Some(value);
    }
    (result.expect("three runs"), least)
}

/// One test only: the counter is global, and a second test running on another thread would
/// allocate into it.
#[test]
fn scalar_gradients_allocate_nothing() {
    let (v, bytes) = allocated(|| vec![1.0_f64; 100]);
    assert_eq!(v.len(), 100);
    assert!(
        bytes >= 800,
        "the counter missed a Vec of 100 f64: {bytes} bytes"
    );

    let (gradient, bytes) = allocated(|| classic_grad(2.0, 1.0));
    assert_eq!(gradient, (6.0, (2.0, 5.0)));
    assert_eq!(bytes, 0, "classic_grad allocated");
    for (x, y) in [(2.0, 1.5), (0.3, 0.4)] {
        let ((value, _), bytes) = allocated(|| branchy_grad(x, y));
        assert_eq!(value, branchy(x, y));
        assert_eq!(bytes, 0, "branchy_grad allocated at ({x}, {y})");
    }
}
