//! Rules for copies, which move values without arithmetic (`clone`, `to_vec`, `to_owned`,
//! `view`): their pullbacks pass the cotangent through unchanged.

use ndarray::{Array, ArrayBase, Data, Dimension};

use crate::Scalar;
use crate::engine::Differentiable;

/// `x.clone()`: the copy's cotangent is the original's, `c -> (c,)`.
pub trait CloneVjp: Differentiable + Clone {
    /// The copy and its pullback.
    fn clone_vjp(
        &self,
    ) -> (
        Self,
        impl FnOnce(Self::Tangent) -> (Self::Tangent,) + use<Self>,
    ) {
        let clone_pullback = |c| (c,);
        (self.clone(), clone_pullback)
    }
}

impl<T: Differentiable + Clone> CloneVjp for T {}

/// `xs.to_vec()` on a slice, a `Vec` or an array `[A; N]`: `c -> (c,)`, the cotangent in the
/// receiver's own gradient type.
pub trait ToVecVjp<A> {
    /// The gradient type of the receiver: a `Vec` for a slice or `Vec`, `[A; N]` for an array.
    type Cotangent;
    /// The owned copy and its pullback.
    fn to_vec_vjp(
        &self,
    ) -> (
        Vec<A>,
        impl FnOnce(Vec<A>) -> (Self::Cotangent,) + use<Self, A>,
    );
}

impl<A: Scalar> ToVecVjp<A> for [A] {
    type Cotangent = Vec<A>;
    fn to_vec_vjp(&self) -> (Vec<A>, impl FnOnce(Vec<A>) -> (Vec<A>,) + use<A>) {
        let to_vec_pullback = |c| (c,);
        (self.to_vec(), to_vec_pullback)
    }
}

/// For a `Vec` named as it is (method resolution would not reach the slice's rule).
impl<A: Scalar> ToVecVjp<A> for Vec<A> {
    type Cotangent = Vec<A>;
    fn to_vec_vjp(&self) -> (Vec<A>, impl FnOnce(Vec<A>) -> (Vec<A>,) + use<A>) {
        self.as_slice().to_vec_vjp()
    }
}

/// **Panics**, in the pullback, if the cotangent does not have `N` elements.
impl<A: Scalar, const N: usize> ToVecVjp<A> for [A; N] {
    type Cotangent = [A; N];
    fn to_vec_vjp(&self) -> (Vec<A>, impl FnOnce(Vec<A>) -> ([A; N],) + use<A, N>) {
        let to_vec_pullback = |c: Vec<A>| {
            let length = c.len();
            let c = <[A; N]>::try_from(c).unwrap_or_else(|_| {
                panic!("to_vec: the cotangent of an array of {N} elements has {length}")
            });
            (c,)
        };
        (self.to_vec(), to_vec_pullback)
    }
}

/// `a.to_owned()` on an ndarray array or view: `c -> (c,)`.
pub trait ToOwnedVjp<A, D> {
    /// The owned copy and its pullback.
    fn to_owned_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ToOwnedVjp<A, D> for ArrayBase<S, D> {
    fn to_owned_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let to_owned_pullback = |c| (c,);
        (self.to_owned(), to_owned_pullback)
    }
}

/// `a.view()` on an ndarray array or view: `c -> (c,)`.
///
/// The value is an owned copy, not a view: what the rules applied to it return as pullbacks
/// must keep no borrow of `a` (see [`ops`](super::ops)), and a pullback of a view would name
/// its lifetime.
pub trait ViewVjp<A, D> {
    /// The elements of the view, owned, and the pullback `c -> (c,)`.
    fn view_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<Self, A, D>,
    );
}

impl<A: Scalar, S: Data<Elem = A>, D: Dimension> ViewVjp<A, D> for ArrayBase<S, D> {
    fn view_vjp(
        &self,
    ) -> (
        Array<A, D>,
        impl FnOnce(Array<A, D>) -> (Array<A, D>,) + use<A, S, D>,
    ) {
        let view_pullback = |c| (c,);
        (self.to_owned(), view_pullback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_pass_their_cotangent_through() {
        let original = vec![1.0, 2.0];
        let (copy, pullback) = original.clone_vjp();
        assert_eq!(copy, vec![1.0, 2.0]);
        assert_eq!(pullback(vec![3.0, 4.0]), (vec![3.0, 4.0],));
        let (owned, pullback) = [1.0_f32, 2.0][..].to_vec_vjp();
        assert_eq!(owned, vec![1.0, 2.0]);
        assert_eq!(pullback(vec![0.5, 0.25]).0, vec![0.5, 0.25]);
        let (owned, pullback) = vec![1.0, 2.0].to_vec_vjp();
        assert_eq!(owned, vec![1.0, 2.0]);
        assert_eq!(pullback(vec![0.5, 0.25]), (vec![0.5, 0.25],));
        let (owned, pullback) = [1.0, 2.0, 3.0].to_vec_vjp();
        assert_eq!(owned, vec![1.0, 2.0, 3.0]);
        assert_eq!(pullback(vec![0.5, 0.25, -1.0]), ([0.5, 0.25, -1.0],));
    }

    #[test]
    #[should_panic(expected = "to_vec: the cotangent of an array of 2 elements has 3")]
    fn the_cotangent_of_an_array_copy_has_its_length() {
        let (_, pullback) = [1.0, 2.0].to_vec_vjp();
        let _ = pullback(vec![0.0; 3]);
    }
}
