//! Which arguments of a call are differentiated: PyTorch's `ctx.needs_input_grad`, passed on
//! the side.
//!
//! A rule's contract is `f_vjp(args) -> (value, impl FnOnce(c) -> (c1, .., cn))`: its pullback
//! returns one cotangent per argument, and nothing in that signature can say that some of them
//! will be thrown away. Yet they often are: in a network's first layer `affine(x, w, b)` the
//! input batch `x` is data, and its cotangent `c · wᵀ` costs as much as the forward product
//! (and the forward keeps a copy of `w` only for it). So the call site says it beside the call,
//! in a thread-local, and the rule may read it:
//!
//! - `#[differentiate]` wraps each call of a function it differentiates through in a scope:
//!   `{ let _wrt = wrt::enter("affine", 0b110); affine_vjp(x, w, b) }` says that at this call,
//!   of `affine`, the arguments 1 and 2 (`w`, `b`) are differentiated and argument 0 (`x`) is
//!   not. The name is the called function's as written (the last segment of its path), and bit
//!   `k` of the mask stands for argument `k`. The scope ends with the call; the guard puts back
//!   whatever was there before, also when the call panics, so calls nest.
//! - A rule that can skip work calls [`take`] with its own name, at the start of the rule (not in
//!   its pullback: that runs later, out of the scope). If the scope is for that name, it gets the
//!   mask and clears it, so that the rules it calls in turn do not see it; otherwise it gets
//!   `[true; N]`. It then computes only the asked cotangents and returns whatever it likes for the
//!   others (the rules of [`nn`](crate::nn) return empty arrays, which allocate nothing): the
//!   generated code drops them unread.
//!
//! A rule that does not call [`take`] computes every cotangent, as before: it stays correct, only
//! slower. Keying the mask by name keeps a rule from reading a mask meant for another function:
//! a hand-written `g_vjp` that ignores this module and calls `grad::nn::affine_vjp` inside runs
//! in the scope of `"g"`, where `take::<3>("affine")` answers "everything". The converse is the
//! limit of the scheme: the key is a name, not a path, so a rule must only read a mask under its
//! own name, and a hand-written rule that does not call [`take`] should not call, directly and
//! with different arguments, another rule of the same name.
//!
//! The rules of [`nn`](crate::nn) that use it: `affine_vjp`, `conv2d_vjp`, `rnn_step_vjp`, `rnn_vjp`,
//! `lstm_step_vjp`, `lstm_vjp` and `temporal_affine_vjp` (each also as `*_vjp_wrt`, taking the mask
//! directly).
//!
//! A hand-written rule can use it too. Here `g(x, w) = w · Σ x`, whose cotangent for `x` is a
//! whole array, while `w`'s is one number:
//!
//! ```
//! use grad_runtime::ndarray::{Array1, array};
//! use grad_runtime::wrt;
//!
//! fn g(x: &Array1<f64>, w: f64) -> f64 {
//!     w * x.sum()
//! }
//!
//! // `use<>`: the pullback borrows nothing, so a differentiated caller may pass it its locals.
//! fn g_vjp(x: &Array1<f64>, w: f64) -> (f64, impl FnOnce(f64) -> (Array1<f64>, f64) + use<>) {
//!     let [want_x, want_w] = wrt::take::<2>("g");
//!     let sum = x.sum();
//!     let len = x.len();
//!     let pullback = move |c: f64| {
//!         let dx = if want_x { Array1::from_elem(len, c * w) } else { Array1::zeros(0) };
//!         let dw = if want_w { c * sum } else { 0.0 };
//!         (dx, dw)
//!     };
//!     (w * sum, pullback)
//! }
//!
//! let x = array![1.0, 2.0, 3.0];
//! // What `#[differentiate]` emits for `g(x, w)` with only `w` differentiated:
//! let (value, pullback) = {
//!     let _wrt = wrt::enter("g", 0b10);
//!     g_vjp(&x, 2.0)
//! };
//! assert_eq!(value, g(&x, 2.0));
//! assert_eq!(pullback(1.0), (Array1::zeros(0), 6.0));
//! // Called directly, outside any scope, the rule computes everything.
//! let (_, pullback) = g_vjp(&x, 2.0);
//! assert_eq!(pullback(1.0), (array![2.0, 2.0, 2.0], 6.0));
//! ```

use core::cell::Cell;
use core::marker::PhantomData;

thread_local! {
    /// The current call's function name and mask, until its rule takes them.
    static CURRENT: Cell<Option<(&'static str, u64)>> = const { Cell::new(None) };
}

/// The scope of one call, from [`enter`]: on drop, puts back what was current before.
///
/// Neither `Send` nor `Sync`: it restores the thread-local of the thread that made it.
#[must_use = "the mask is only current while the scope is alive: bind it (`let _wrt = ..`), not `let _ = ..`"]
pub struct WrtScope {
    previous: Option<(&'static str, u64)>,
    _thread: PhantomData<*const ()>,
}

impl Drop for WrtScope {
    #[inline]
    fn drop(&mut self) {
        CURRENT.set(self.previous);
    }
}

/// Makes `(name, mask)` current until the returned guard is dropped: at the call of `name` about
/// to be made, argument `k` is differentiated if bit `k` of `mask` is set. Arguments 64 and
/// beyond have no bit and count as differentiated.
///
/// ```
/// use grad_runtime::wrt::{enter, take};
///
/// {
///     let _wrt = enter("affine", 0b110);
///     assert_eq!(take::<3>("affine"), [false, true, true]);
/// }
/// assert_eq!(take::<3>("affine"), [true; 3]);
/// ```
#[inline]
pub fn enter(name: &'static str, mask: u64) -> WrtScope {
    WrtScope {
        previous: CURRENT.replace(Some((name, mask))),
        _thread: PhantomData,
    }
}

/// Which of its `N` arguments the rule of `name` is asked to differentiate: the mask of the
/// current scope if it is for `name` (the scope is then cleared, so that the rules this one calls
/// do not see it), `[true; N]` otherwise (no scope, another function's scope, or already taken).
///
/// Call it at the start of the rule, not in its pullback, which runs after the scope has ended.
#[inline]
pub fn take<const N: usize>(name: &'static str) -> [bool; N] {
    match CURRENT.get() {
        Some((current, mask)) if current == name => {
            CURRENT.set(None);
            core::array::from_fn(|k| k >= 64 || (mask >> k) & 1 == 1)
        }
        _ => [true; N],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_scope_asks_for_everything() {
        assert_eq!(take::<3>("affine"), [true; 3]);
        assert_eq!(take::<0>("affine"), []);
    }

    #[test]
    fn enter_then_take() {
        let _wrt = enter("affine", 0b110);
        assert_eq!(take::<3>("affine"), [false, true, true]);
    }

    #[test]
    fn take_clears() {
        let _wrt = enter("affine", 0b001);
        assert_eq!(take::<3>("affine"), [true, false, false]);
        assert_eq!(take::<3>("affine"), [true; 3]);
    }

    #[test]
    fn drop_restores() {
        {
            let _wrt = enter("affine", 0);
        }
        assert_eq!(CURRENT.get(), None);
        assert_eq!(take::<2>("affine"), [true; 2]);
    }

    #[test]
    fn another_name_asks_for_everything_and_keeps_the_scope() {
        let _wrt = enter("g", 0b01);
        assert_eq!(take::<3>("affine"), [true; 3]);
        assert_eq!(take::<2>("g"), [true, false]);
    }

    #[test]
    fn names_compare_by_contents() {
        let name = String::from("conv2d").leak();
        let _wrt = enter(name, 0b00110);
        assert_eq!(take::<5>("conv2d"), [false, true, true, false, false]);
    }

    #[test]
    fn nested_scopes_restore_the_outer_one() {
        let _outer = enter("f", 0b10);
        {
            let _inner = enter("affine", 0b011);
            assert_eq!(take::<3>("affine"), [true, true, false]);
            // Taken: the rules `affine_vjp` calls see nothing.
            assert_eq!(take::<2>("f"), [true; 2]);
        }
        {
            // Not taken: the outer scope still comes back.
            let _inner = enter("g", 0b1);
        }
        assert_eq!(take::<2>("f"), [false, true]);
    }

    #[test]
    fn more_bits_than_arguments_are_ignored_and_arguments_past_64_are_asked() {
        {
            let _wrt = enter("f", u64::MAX ^ 1);
            assert_eq!(take::<2>("f"), [false, true]);
        }
        let _wrt = enter("f", 0);
        let asked = take::<66>("f");
        assert!(asked[..64].iter().all(|&b| !b));
        assert_eq!(asked[64..], [true, true]);
    }

    #[test]
    fn a_panic_in_the_scope_restores_the_previous_state() {
        let _outer = enter("f", 0b01);
        let result = std::panic::catch_unwind(|| {
            let _wrt = enter("affine", 0b100);
            panic!("in the rule");
        });
        assert!(result.is_err());
        assert_eq!(take::<2>("f"), [true, false]);
        assert_eq!(CURRENT.get(), None);
    }

    #[test]
    fn each_thread_has_its_own() {
        let _wrt = enter("affine", 0);
        std::thread::spawn(|| assert_eq!(take::<3>("affine"), [true; 3]))
            .join()
            .unwrap();
        assert_eq!(take::<3>("affine"), [false; 3]);
    }
}
