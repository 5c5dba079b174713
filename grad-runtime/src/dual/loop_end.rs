//! The end `n - k` of a range loop in generated code (the copies run at dual numbers, and the
//! sweeps of `f_vjp` and `f_grad`): [`loop_end_sub`], the subtraction with the overflow check of
//! a debug build, in every build.
//!
//! In a release build `for i in 0..x.len() - 1` wraps the end to `usize::MAX` when `x` is
//! empty, so the optimiser cannot conclude from `i < x.len() - 1` that `x[i]` and `x[i + 1]`
//! are in bounds, and the bounds checks stay in every iteration of a loop that also stores
//! (the reverse sweep of `f_hvp`: 8 of its 77 instructions an element on Rosenbrock). With the
//! subtraction checked, `x.len() >= 1` holds after it and the checks leave the loop.
//!
//! Overflow is a program error in Rust whether or not it is checked (a debug build panics, a
//! release build may wrap), so the copy panics exactly where a debug build of the function
//! does, with the same message.

use num_traits::CheckedSub;

/// `a - b`, panicking on overflow in every build as a debug build does: the end of a range
/// loop `start..a - b` in code generated for `f_vjp`, `f_grad`, `f_jvp` and `f_hvp`. Not API.
///
/// **Panics** if `a - b` overflows (`x.len() - 1` for an empty `x`).
///
/// ```
/// use grad_runtime::__private::loop_end_sub;
///
/// assert_eq!(loop_end_sub(3_usize, 1), 2);
/// assert_eq!(loop_end_sub(0_i32, 1), -1);
/// assert!(std::panic::catch_unwind(|| loop_end_sub(0_usize, 1)).is_err());
/// ```
#[doc(hidden)]
#[inline(always)]
#[track_caller]
pub fn loop_end_sub<T: CheckedSub>(a: T, b: T) -> T {
    match a.checked_sub(&b) {
        Some(end) => end,
        None => overflow(),
    }
}

#[cold]
#[inline(never)]
#[track_caller]
fn overflow() -> ! {
    panic!("attempt to subtract with overflow")
}
