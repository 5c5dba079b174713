//! How the reverse sweep sums the cotangents a value receives: [`Accumulate`], for every type a
//! cotangent can have.

use ndarray::{Array, Dimension};

use crate::{Dual, Scalar};

/// Sums cotangents in place: `self += other`.
///
/// Implemented for every type that can be a cotangent. `()` is the cotangent of a value that is
/// not differentiated, and adding it is a no-op.
pub trait Accumulate {
    /// `self += other`.
    fn accumulate(&mut self, other: Self);
}

macro_rules! accumulate_by_add_assign {
    ($($float:ty),*) => {$(
        impl Accumulate for $float {
            #[inline(always)]
            fn accumulate(&mut self, other: Self) {
                *self += other;
            }
        }
    )*};
}
accumulate_by_add_assign!(f32, f64, Dual<f32>, Dual<f64>);

impl Accumulate for () {
    #[inline(always)]
    fn accumulate(&mut self, _other: Self) {}
}

/// Integers carry no derivative: adding cotangents to an integer (the cotangent of `p.n` with `p`
/// differentiated and `n` an integer field) does nothing.
macro_rules! accumulate_integers {
    ($($int:ty),*) => {$(
        impl Accumulate for $int {
            #[inline(always)]
            fn accumulate(&mut self, _other: Self) {}
        }
    )*};
}
accumulate_integers!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

/// Sums element by element.
///
/// **Panics** if the lengths differ (the cotangent of a `Vec` must have its length).
impl<A: Accumulate> Accumulate for Vec<A> {
    #[track_caller]
    fn accumulate(&mut self, other: Self) {
        assert_eq!(
            self.len(),
            other.len(),
            "grad: adding cotangents of different lengths"
        );
        for (sum, part) in self.iter_mut().zip(other) {
            sum.accumulate(part);
        }
    }
}

impl<A: Accumulate, const N: usize> Accumulate for [A; N] {
    fn accumulate(&mut self, other: Self) {
        for (sum, part) in self.iter_mut().zip(other) {
            sum.accumulate(part);
        }
    }
}

/// Sums element by element, in place.
///
/// **Panics** if the shapes differ.
impl<A: Scalar, D: Dimension> Accumulate for Array<A, D> {
    #[track_caller]
    fn accumulate(&mut self, other: Self) {
        // An empty array on either side is a placeholder for zeros (`TangentShape::placeholder`):
        // the sum is the other side.
        if self.is_empty() && !other.is_empty() {
            *self = other;
            return;
        }
        if other.is_empty() && !self.is_empty() {
            return;
        }
        assert_eq!(
            self.shape(),
            other.shape(),
            "grad: adding cotangents of different shapes"
        );
        self.zip_mut_with(&other, |sum, part| sum.accumulate(*part));
    }
}

/// The cotangent of a tuple (a function returning `(f64, Array1<f64>)`, a tuple parameter) is the
/// tuple of the elements' cotangents, summed element by element.
macro_rules! accumulate_tuples {
    ($(($($T:ident $i:tt),+)),+) => {$(
        impl<$($T: Accumulate),+> Accumulate for ($($T,)+) {
            fn accumulate(&mut self, other: Self) {
                $(self.$i.accumulate(other.$i);)+
            }
        }
    )+};
}
accumulate_tuples!(
    (A 0),
    (A 0, B 1),
    (A 0, B 1, C 2),
    (A 0, B 1, C 2, D 3),
    (A 0, B 1, C 2, D 3, E 4),
    (A 0, B 1, C 2, D 3, E 4, F 5)
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "different lengths")]
    fn cotangents_of_different_lengths_do_not_add() {
        let mut sum = vec![1.0_f64, 2.0];
        sum.accumulate(vec![1.0]);
    }
}
