//! The total order of floats, `x.total_cmp(&y)`, at dual numbers: the order of the values (a
//! comparison carries no derivative), so that `max_by(|a, b| a.total_cmp(b))` in a function's
//! copy at dual numbers picks what the original picks.

use core::cmp::Ordering;

use super::{Dual, Primal};

impl<A: Primal> Dual<A> {
    /// std's `total_cmp` of the values: `-NaN < -∞ < .. < -0 < +0 < .. < +∞ < +NaN`.
    ///
    /// ```
    /// use grad_runtime::Dual;
    ///
    /// let (a, b) = (Dual::new(1.0, 5.0), Dual::new(2.0, -1.0));
    /// assert_eq!(a.total_cmp(&b), std::cmp::Ordering::Less);
    /// ```
    pub fn total_cmp(&self, other: &Self) -> Ordering {
        // f32 widens to f64 exactly, keeping the order and the signs of NaNs.
        let widen = |x: A| x.to_f64().unwrap_or(f64::NAN);
        widen(self.value).total_cmp(&widen(other.value))
    }
}
