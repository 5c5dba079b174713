//! The allocations alive at the peak heap of the MLP gradient of `benches/nn.rs` (issue #17's
//! memory part): generated `f_grad`, the hand-written backprop, `f_vjp` then its pullback, and the
//! forward pass. Each block is listed by its size and its rank among the call's allocations, so
//! that the difference between two builds reads as blocks (the copy of `x` is 200,704 bytes,
//! `dw1` 401,408, matrixmultiply's packing buffer 49,152).
//!
//! ```text
//! cargo run --release --example heap_census
//! ```

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use ndarray::{Array1, Array2};

#[path = "common/mlp.rs"]
#[allow(dead_code)]
mod mlp;
use mlp::{mlp_hand_written, mlp_loss, mlp_loss_grad, mlp_loss_vjp, values};

/// One allocation (`true`) or deallocation, with its address and size.
type Event = (bool, usize, usize);

/// The events recorded while [`RECORDING`] is set, into a `Vec` reserved beforehand, so that
/// recording allocates nothing (events past its capacity are dropped and counted).
static EVENTS: Mutex<(Vec<Event>, usize)> = Mutex::new((Vec::new(), 0));
static RECORDING: AtomicBool = AtomicBool::new(false);

fn record(event: Event) {
    if RECORDING.load(Ordering::SeqCst) {
        let mut events = EVENTS
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let (list, dropped) = &mut *events;
        if list.len() < list.capacity() {
            list.push(event);
        } else {
            *dropped += 1;
        }
    }
}

/// Records every allocation and deallocation while [`RECORDING`] is set.
struct Census;

// SAFETY: every method forwards its arguments unchanged to `System`, a sound `GlobalAlloc`, and
// returns what it returns, so `Census` keeps each of the trait's contracts; the only addition is
// `record`, which neither allocates (it pushes within the reserved capacity) nor touches the
// memory.
unsafe impl GlobalAlloc for Census {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's guarantees for `alloc` are `System.alloc`'s.
        let block = unsafe { System.alloc(layout) };
        record((true, block as usize, layout.size()));
        block
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        record((false, block as usize, layout.size()));
        // SAFETY: `block` came from `System` with `layout`, as the caller guarantees.
        unsafe { System.dealloc(block, layout) }
    }
}

#[global_allocator]
static HEAP: Census = Census;

/// Runs `f` and prints the peak heap above what was in use before, and the blocks alive at it.
fn census<T>(name: &str, f: impl FnOnce() -> T) -> T {
    {
        let mut events = EVENTS.lock().unwrap();
        events.0.clear();
        events.0.reserve(1 << 16);
        events.1 = 0;
    }
    RECORDING.store(true, Ordering::SeqCst);
    let result = f();
    RECORDING.store(false, Ordering::SeqCst);
    let (events, dropped) = std::mem::take(&mut *EVENTS.lock().unwrap());
    assert_eq!(dropped, 0, "more events than the census reserved");
    // Blocks alive: (rank among the allocations, address, size).
    let mut alive: Vec<(usize, usize, usize)> = Vec::new();
    let (mut current, mut peak, mut at_peak, mut rank) = (0, 0, Vec::new(), 0);
    for (allocation, address, size) in events {
        if allocation {
            alive.push((rank, address, size));
            rank += 1;
            current += size;
            if current > peak {
                peak = current;
                at_peak = alive.clone();
            }
        } else if let Some(k) = alive.iter().position(|block| block.1 == address) {
            current -= alive.remove(k).2;
        }
    }
    let sizes: Vec<String> = at_peak
        .iter()
        .map(|(rank, _, size)| format!("#{rank}: {size}"))
        .collect();
    println!(
        "{name}: peak {peak} bytes, {rank} allocations; alive at the peak: {}",
        sizes.join(", ")
    );
    result
}

fn main() {
    let (batch, input, hidden, classes) = (64, 784, 128, 10);
    let x = Array2::from_shape_vec((batch, input), values(batch * input, 1, 1.0)).unwrap();
    let labels: Vec<usize> = (0..batch).map(|i| (i * 7) % classes).collect();
    let w1 = Array2::from_shape_vec((input, hidden), values(input * hidden, 2, 0.05)).unwrap();
    let b1 = Array1::from(values(hidden, 3, 0.1));
    let w2 = Array2::from_shape_vec((hidden, classes), values(hidden * classes, 4, 0.1)).unwrap();
    let b2 = Array1::from(values(classes, 5, 0.1));
    let reg = 1e-3;
    census("generated f_grad (first call)", || {
        mlp_loss_grad(&x, &labels, &w1, &b1, &w2, &b2, reg)
    });
    let (loss, gradient) = census("generated f_grad", || {
        mlp_loss_grad(&x, &labels, &w1, &b1, &w2, &b2, reg)
    });
    let (hand_loss, hand_gradient) = census("hand-written", || {
        mlp_hand_written(&x, &labels, &w1, &b1, &w2, &b2, reg)
    });
    census("f_vjp then its pullback", || {
        let (value, pullback) = mlp_loss_vjp(&x, &labels, &w1, &b1, &w2, &b2, reg);
        (value, pullback(1.0))
    });
    census("forward", || mlp_loss(&x, &labels, &w1, &b1, &w2, &b2, reg));
    let close = (loss - hand_loss).abs() <= 1e-5 * hand_loss.abs()
        && gradient.0.abs_diff_eq(&hand_gradient.0, 1e-5)
        && gradient.2.abs_diff_eq(&hand_gradient.2, 1e-5);
    assert!(close, "the generated and hand-written gradients differ");
}
