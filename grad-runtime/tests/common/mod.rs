//! What the tests of the runtime share: a small deterministic generator of test data.

// Each test binary uses part of it.
#![allow(dead_code)]

pub mod rules;

use grad_runtime::ndarray::{Array, ShapeBuilder};

/// A small deterministic generator (SplitMix64) of uniform numbers in `[-1, 1)`.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_f64(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 52) as f64 - 1.0
    }

    /// An array of uniform numbers in `[-scale, scale)`.
    pub fn array<Sh: ShapeBuilder>(&mut self, shape: Sh, scale: f64) -> Array<f64, Sh::Dim> {
        Array::from_shape_simple_fn(shape, || scale * self.next_f64())
    }

    /// `n` labels in `0..classes`.
    pub fn labels(&mut self, n: usize, classes: usize) -> Vec<usize> {
        (0..n)
            .map(|_| (((self.next_f64() + 1.0) / 2.0 * classes as f64) as usize).min(classes - 1))
            .collect()
    }
}
