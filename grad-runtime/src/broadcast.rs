//! Undoing broadcasting in pullbacks.
//!
//! When an operand was broadcast to the result's shape (missing leading axes, size-1 axes,
//! a scalar), its cotangent is the result's cotangent summed over the broadcast axes, back to
//! the operand's own shape (Zygote's and JAX's `unbroadcast`). Every broadcasting rule's
//! pullback goes through [`unbroadcast`].

use ndarray::{Array, Axis, Dimension};

use crate::Scalar;

/// Sums `cotangent` over the axes along which an operand of shape `target` was broadcast, and
/// returns it with that shape. Free (no copy) when nothing was broadcast.
///
/// **Panics** if `target` cannot be broadcast to `cotangent`'s shape.
#[track_caller]
pub fn unbroadcast<A: Scalar, E: Dimension, D: Dimension>(
    cotangent: Array<A, E>,
    target: &D,
) -> Array<A, D> {
    if cotangent.shape() == target.slice() {
        return into_dimension(cotangent.into_dyn(), target);
    }
    let leading = cotangent
        .ndim()
        .checked_sub(target.ndim())
        .unwrap_or_else(|| {
            panic!(
                "grad: cannot unbroadcast shape {:?} to {:?}",
                cotangent.shape(),
                target.slice()
            )
        });
    let mut summed = cotangent.into_dyn();
    for _ in 0..leading {
        summed = summed.sum_axis(Axis(0));
    }
    for (axis, &size) in target.slice().iter().enumerate() {
        if size == 1 && summed.shape()[axis] != 1 {
            summed = summed.sum_axis(Axis(axis)).insert_axis(Axis(axis));
        }
    }
    assert_eq!(
        summed.shape(),
        target.slice(),
        "grad: cannot unbroadcast to shape {:?}",
        target.slice()
    );
    into_dimension(summed, target)
}

/// The sum of all elements: the cotangent of a scalar broadcast to an array.
pub fn unbroadcast_scalar<A: Scalar, E: Dimension>(cotangent: &Array<A, E>) -> A {
    cotangent.sum()
}

fn into_dimension<A, D: Dimension>(array: ndarray::ArrayD<A>, target: &D) -> Array<A, D> {
    array.into_dimensionality::<D>().unwrap_or_else(|_| {
        unreachable!("shape {:?} has the dimension of the target", target.slice())
    })
}

#[cfg(test)]
mod tests {
    use ndarray::{Array2, Ix1, Ix2, array};

    use super::*;

    #[test]
    fn sums_over_leading_and_size_one_axes() {
        let c = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
        assert_eq!(unbroadcast(c.clone(), &Ix1(3)), array![5.0, 7.0, 9.0]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(2, 1)), array![[6.0], [15.0]]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(1, 3)), array![[5.0, 7.0, 9.0]]);
        assert_eq!(unbroadcast(c.clone(), &Ix2(1, 1)), array![[21.0]]);
        let same: Array2<f64> = unbroadcast(c.clone(), &Ix2(2, 3));
        assert_eq!(same, c);
        assert_eq!(unbroadcast_scalar(&c), 21.0);
    }

    #[test]
    #[should_panic(expected = "cannot unbroadcast")]
    fn a_shape_that_was_not_broadcast_is_an_error() {
        let c = array![[1.0, 2.0, 3.0]];
        let _ = unbroadcast(c, &Ix1(2));
    }
}
