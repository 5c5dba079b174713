//! Adjoint accumulators: how the reverse sweep sums the contributions a value receives.
//!
//! A value used in several places receives one cotangent from each use; its adjoint is their sum.
//! [`Adjoint`] starts empty (Zygote's `nothing`, JAX's symbolic zero): a value that never receives
//! a contribution costs nothing, and its pullback is never called. Parameters that end the sweep
//! empty are filled with zeros of their own shape by [`TangentShape::zeros`].

use super::accumulate::Accumulate;
use super::differentiable::TangentShape;
use super::elements::{Flat, FlatTangent, IndexTangent};
use crate::{Scalar, Tangent};

/// The adjoint of one variable during the reverse sweep: empty, or the sum of the contributions
/// received so far.
#[derive(Clone, Debug)]
pub struct Adjoint<T>(Option<T>);

impl<T> Default for Adjoint<T> {
    fn default() -> Self {
        Self(None)
    }
}

/// A cotangent a function's pullback returns for one of its arguments: the gradient type's
/// value, or `()` where the function does not differentiate that argument (`wrt`), which adds
/// nothing.
///
/// A call `g(x, w)` in a differentiated function where `x` carries a derivative but `g` is
/// `#[differentiate(wrt(w))]` gets `()` for `x`: the call does not depend on `x` as far as `g`
/// says, and `x`'s adjoint receives nothing from it.
pub trait Contribution<T> {
    /// The contribution, if there is one.
    fn into_contribution(self) -> Option<T>;
}

impl<T: Tangent> Contribution<T> for T {
    #[inline(always)]
    fn into_contribution(self) -> Option<T> {
        Some(self)
    }
}

impl<T: Tangent> Contribution<T> for () {
    #[inline(always)]
    fn into_contribution(self) -> Option<T> {
        None
    }
}

/// A slice's cotangent (a `Vec`, as every `&[A]` parameter's) for a Rust array passed as one:
/// `energy(&[t, t * t])` with `fn energy(x: &[f64])`.
///
/// **Panics** if the lengths differ, which a callee's cotangent of the slice it was given never
/// does.
impl<A: Scalar, const N: usize> Contribution<[A; N]> for Vec<A> {
    #[inline]
    #[track_caller]
    fn into_contribution(self) -> Option<[A; N]> {
        let len = self.len();
        let array = self.try_into().unwrap_or_else(|_| {
            panic!("grad: the cotangent of an array of {N} elements passed as a slice has {len}")
        });
        Some(array)
    }
}

impl<T: Accumulate> Adjoint<T> {
    /// Adds a call's cotangent for one argument, if the callee gave one (see [`Contribution`]).
    #[inline(always)]
    pub fn add_cotangent<C: Contribution<T>>(&mut self, cotangent: C) {
        if let Some(contribution) = cotangent.into_contribution() {
            self.add(contribution);
        }
    }
    /// An adjoint with no contribution yet (a symbolic zero).
    #[inline(always)]
    pub fn new() -> Self {
        Self(None)
    }

    /// An empty adjoint of the gradient type of `shape`: for a container whose adjoint only
    /// element writes touch (`v[i] = ..` and nothing read), which would leave its type to
    /// guess.
    #[inline(always)]
    pub fn for_shape<S: TangentShape<Tangent = T>>(shape: &S) -> Self {
        let _ = shape;
        Self(None)
    }

    /// Adds one contribution: the first initialises, later ones are summed in place.
    #[inline(always)]
    pub fn add(&mut self, contribution: T) {
        match &mut self.0 {
            Some(sum) => sum.accumulate(contribution),
            None => self.0 = Some(contribution),
        }
    }

    /// Adds one contribution that can be computed straight into the sum: `fresh()` makes it
    /// when the adjoint is empty, `add_into(&mut sum)` adds it into the sum otherwise.
    ///
    /// For contributions whose rule can add in place (`sum += 2c · x` for a sum of squares)
    /// this saves the array [`Adjoint::add`] would be handed and then add and drop.
    #[inline(always)]
    pub fn add_computed(&mut self, fresh: impl FnOnce() -> T, add_into: impl FnOnce(&mut T)) {
        match &mut self.0 {
            Some(sum) => add_into(sum),
            None => self.0 = Some(fresh()),
        }
    }

    /// Takes the sum out, leaving the adjoint empty.
    ///
    /// The reverse sweep takes a variable's adjoint when it reaches the assignment that produced
    /// the variable's current value: the value before that assignment is a different value, whose
    /// adjoint starts from zero (Tapenade's reset of an overwritten variable's adjoint).
    #[inline(always)]
    pub fn take(&mut self) -> Option<T> {
        self.0.take()
    }

    /// Pulls the sum back through an assignment `x = op(x, ..)` of a float `x` in place: the
    /// sum becomes `pullback(sum)`, the cotangent of the `x` the assignment read (the pullback
    /// sends the others on itself). Nothing happens when the adjoint is empty.
    ///
    /// This is [`Adjoint::take`] followed by [`Adjoint::add`] of that cotangent, with the
    /// same result; but the adjoint is never emptied, so in a loop of such updates LLVM sees
    /// that it is there on every iteration if it was on the first.
    #[inline(always)]
    pub fn pull_in_place(&mut self, pullback: impl FnOnce(T) -> T)
    where
        T: Copy,
    {
        if let Some(sum) = &mut self.0 {
            *sum = pullback(*sum);
        }
    }

    /// The sum so far, if any, without taking it.
    #[inline(always)]
    pub fn get(&self) -> Option<&T> {
        self.0.as_ref()
    }

    /// Adds `by` times another adjoint's sum (nothing if it is empty). Scaling by 1 is skipped,
    /// which is exact.
    ///
    /// This is how a preaccumulated loop hands over the adjoints it summed with seed 1 once the
    /// adjoint `by` of its accumulator is known.
    #[inline]
    pub fn add_scaled(&mut self, other: impl IntoSum<T>, by: T::Factor)
    where
        T: Scale,
    {
        if let Some(mut sum) = other.into_sum() {
            if !by.is_one() {
                sum.scale_by(by);
            }
            self.add(sum);
        }
    }

    /// The sum, or zeros of `shape` when nothing was contributed.
    #[inline(always)]
    pub fn finish<S: TangentShape<Tangent = T>>(self, shape: S) -> T {
        match self.0 {
            Some(mut sum) => {
                shape.restore(&mut sum);
                sum
            }
            None => shape.zeros(),
        }
    }
}

impl<T> Adjoint<T> {
    /// Adds `value` into element `index` of the adjoint of an indexed container (`x[i]` read in
    /// the forward sweep), making the adjoint zeros of `shape` first if it is still empty.
    ///
    /// The adjoint of an indexed read is one element: adding it in place keeps a loop of reads
    /// `O(1)` each, where a dense cotangent per read would cost the container's size.
    #[inline(always)]
    #[track_caller]
    pub fn add_at<I, S>(&mut self, index: I, value: T::Elem, shape: &S)
    where
        T: IndexTangent<I>,
        S: TangentShape<Tangent = T>,
    {
        self.sum_or_zeros(shape).add_at(index, value);
    }

    /// The sum, made zeros of `shape` first if nothing was contributed yet: where element
    /// updates go.
    #[inline(always)]
    fn sum_or_zeros<S: TangentShape<Tangent = T>>(&mut self, shape: &S) -> &mut T {
        self.0.get_or_insert_with(|| shape.clone().zeros())
    }

    /// Adds `value` into one place of the adjoint (`|t| &mut t.layers[2].w`): the adjoint of a
    /// field read `p.layers[2].w`. Makes the adjoint zeros of `shape` first if it is empty.
    #[inline(always)]
    #[track_caller]
    pub fn add_with<S, U, F>(&mut self, shape: &S, place: F, value: U)
    where
        S: TangentShape<Tangent = T>,
        F: FnOnce(&mut T) -> &mut U,
        U: Accumulate,
    {
        // Starting from placeholders, each array field takes its first contribution by a move.
        place(self.0.get_or_insert_with(|| shape.clone().placeholder())).accumulate(value);
    }

    /// [`Adjoint::take`] for an adjoint built with [`Adjoint::add_with`]: its placeholders
    /// (fields that got nothing) become zeros of `shape` first, so that the pullback it goes to
    /// sees a whole gradient.
    #[inline(always)]
    pub fn take_restored<S: TangentShape<Tangent = T>>(&mut self, shape: &S) -> Option<T> {
        let mut sum = self.0.take()?;
        shape.restore(&mut sum);
        Some(sum)
    }

    /// Adds `value` into the element at position `index` in iteration order (the adjoint of an
    /// element read by `for x in a.iter()`), making the adjoint zeros of `shape` first if empty.
    #[inline(always)]
    #[track_caller]
    pub fn add_flat<S>(&mut self, index: Flat, value: T::Elem, shape: &S)
    where
        T: FlatTangent,
        S: TangentShape<Tangent = T>,
    {
        self.sum_or_zeros(shape).add_flat(index, value);
    }

    /// Takes element `index` out of the adjoint of an indexed container, leaving zero there:
    /// the adjoint of the value a write `x[i] = v` overwrote. `None` when the adjoint is empty.
    #[inline(always)]
    #[track_caller]
    pub fn take_at<I>(&mut self, index: I) -> Option<T::Elem>
    where
        T: IndexTangent<I>,
    {
        self.0.as_mut().map(|tangent| tangent.take_at(index))
    }
}

/// An adjoint that is dense from the start: zeros of its shape, summed into in place.
///
/// A preaccumulated loop sums the adjoints of the containers it reads into these: one buffer,
/// made before the loop, with no "is it there yet" test on each element update.
#[derive(Clone, Debug)]
pub struct Dense<T>(T);

impl<T: Accumulate> Dense<T> {
    /// Adds a call's cotangent for one argument, if the callee gave one (see [`Contribution`]).
    #[inline(always)]
    pub fn add_cotangent<C: Contribution<T>>(&mut self, cotangent: C) {
        if let Some(contribution) = cotangent.into_contribution() {
            self.add(contribution);
        }
    }
    /// Zeros of `shape`.
    pub fn zeros<S: TangentShape<Tangent = T>>(shape: &S) -> Self {
        Self(shape.clone().zeros())
    }

    /// Adds one whole contribution.
    #[inline(always)]
    pub fn add(&mut self, contribution: T) {
        self.0.accumulate(contribution);
    }

    /// Adds `value` into element `index` (the shape is not needed: the buffer exists).
    #[inline(always)]
    #[track_caller]
    pub fn add_at<I, S>(&mut self, index: I, value: T::Elem, _shape: &S)
    where
        T: IndexTangent<I>,
    {
        self.0.add_at(index, value);
        // Keep element updates apart. Without this fence (which emits no instruction) LLVM
        // merges the updates of `x[i]` and `x[i + 1]` in one iteration into one 16-byte
        // load-add-store; the next iteration's 16-byte load then half-overlaps that store,
        // store-to-load forwarding fails, and Rosenbrock's gradient runs 2.5x slower
        // (measured: 80 µs against 30 µs for n = 10,000, `cargo bench --bench loops`).
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
    }

    /// The elements `range` of the sum, as a slice: a loop that reads a slice through a window
    /// `&x[range]` taken before it (`grad-macro`'s `plan/windows.rs`) adds the cotangents of
    /// those reads into the same window of the adjoint ([`add_in_window`]), whose positions
    /// LLVM then knows are in bounds, as it knows the window's.
    #[inline(always)]
    #[track_caller]
    pub fn window_mut<E>(&mut self, range: core::ops::Range<usize>) -> &mut [E]
    where
        T: AsMut<[E]>,
    {
        &mut self.0.as_mut()[range]
    }

    /// Adds `value` into one place of the sum (`|t| &mut t.w`).
    #[inline(always)]
    #[track_caller]
    pub fn add_with<S, U, F>(&mut self, _shape: &S, place: F, value: U)
    where
        F: FnOnce(&mut T) -> &mut U,
        U: Accumulate,
    {
        place(&mut self.0).accumulate(value);
    }

    /// Adds `value` into the element at position `index` in iteration order.
    #[inline(always)]
    #[track_caller]
    pub fn add_flat<S>(&mut self, index: Flat, value: T::Elem, _shape: &S)
    where
        T: FlatTangent,
    {
        self.0.add_flat(index, value);
        // See `add_at`.
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
    }
}

/// What [`Adjoint::add_scaled`] can scale: every [`Tangent`] by its scalar, and the gradient
/// `f_hvp` sums for a slice read at dual numbers ([`DualVec`](crate::dual::DualVec)) by a dual
/// number.
pub trait Scale {
    /// The type of the factor.
    type Factor: Scalar;
    /// `x ← a x`, every element multiplied by `a`.
    fn scale_by(&mut self, a: Self::Factor);
}

impl<T: Tangent> Scale for T {
    type Factor = T::Scalar;
    #[inline(always)]
    fn scale_by(&mut self, a: T::Scalar) {
        self.scale(a);
    }
}

/// What [`Adjoint::add_scaled`] can take a sum from.
pub trait IntoSum<T> {
    /// The sum, if there is one.
    fn into_sum(self) -> Option<T>;
}

impl<T> IntoSum<T> for Adjoint<T> {
    fn into_sum(self) -> Option<T> {
        self.0
    }
}

impl<T> IntoSum<T> for Dense<T> {
    fn into_sum(self) -> Option<T> {
        Some(self.0)
    }
}

/// `window[position] += value`, for an adjoint's window ([`Dense::window_mut`]); element updates
/// are kept apart as [`Dense::add_at`] keeps them.
#[inline(always)]
#[track_caller]
pub fn add_in_window<E: Accumulate>(window: &mut [E], position: usize, value: E) {
    window[position].accumulate(value);
    core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
}

#[cfg(test)]
mod tests {
    use ndarray::{Array2, array};

    use super::*;
    use crate::engine::differentiable::Differentiable;

    #[test]
    fn first_contribution_initialises_and_later_ones_add() {
        let mut adj = Adjoint::new();
        adj.add(2.0_f64);
        adj.add(3.5);
        assert_eq!(adj.take(), Some(5.5));
        assert_eq!(adj.take(), None, "take leaves the adjoint empty");
    }

    #[test]
    fn containers_have_zero_gradients_of_their_shape() {
        let adj: Adjoint<Vec<f64>> = Adjoint::new();
        assert_eq!(
            adj.finish([1.0, 2.0, 3.0][..].tangent_shape()),
            vec![0.0; 3]
        );
        let mut adj = Adjoint::new();
        adj.add(vec![1.0_f32, 2.0]);
        adj.add(vec![0.5, 0.25]);
        assert_eq!(adj.finish(vec![9.0, 9.0].tangent_shape()), vec![1.5, 2.25]);
        let adj: Adjoint<[f64; 2]> = Adjoint::new();
        assert_eq!(adj.finish([4.0, 5.0].tangent_shape()), [0.0, 0.0]);
    }

    #[test]
    fn add_scaled_scales_the_other_sum_and_skips_empty_ones() {
        let mut adj = Adjoint::new();
        adj.add(vec![1.0_f64, 2.0]);
        let mut local = Adjoint::new();
        local.add(vec![0.5, -1.0]);
        adj.add_scaled(local, 4.0);
        assert_eq!(adj.get(), Some(&vec![3.0, -2.0]));
        adj.add_scaled(Adjoint::new(), 4.0);
        assert_eq!(adj.get(), Some(&vec![3.0, -2.0]));
        let mut scalar: Adjoint<f64> = Adjoint::new();
        let mut one = Adjoint::new();
        one.add(1.5);
        scalar.add_scaled(one, 1.0);
        assert_eq!(scalar.take(), Some(1.5));
    }

    #[test]
    fn an_empty_adjoint_finishes_as_zeros_of_the_shape() {
        let adj: Adjoint<f32> = Adjoint::new();
        assert_eq!(adj.finish(1.5_f32.tangent_shape()), 0.0);
        let mut adj = Adjoint::new();
        adj.add(-1.25_f64);
        assert_eq!(
            adj.finish(<&f64 as Differentiable>::tangent_shape(&&7.0)),
            -1.25
        );
    }

    #[test]
    fn indexed_reads_add_into_one_element() {
        let x = array![[1.0, 2.0], [3.0, 4.0]];
        let shape = x.view().tangent_shape();
        let mut adj: Adjoint<Array2<f64>> = Adjoint::new();
        adj.add_at([1, 0], 2.5, &shape);
        adj.add_at([1, 0], 0.5, &shape);
        adj.add_at((0, 1), 1.0, &shape);
        assert_eq!(adj.take_at([1, 0]), Some(3.0));
        assert_eq!(adj.finish(shape), array![[0.0, 1.0], [0.0, 0.0]]);
    }

    #[test]
    fn placeholders_take_the_first_contribution_and_become_zeros_if_none_came() {
        let shape = array![[1.0, 2.0], [3.0, 4.0]].view().tangent_shape();
        let mut placeholder = shape.clone().placeholder();
        assert!(placeholder.is_empty());
        placeholder.accumulate(array![[1.0, 1.0], [1.0, 1.0]]);
        assert_eq!(placeholder, array![[1.0, 1.0], [1.0, 1.0]]);
        placeholder.accumulate(Array2::zeros((0, 0)));
        assert_eq!(placeholder, array![[1.0, 1.0], [1.0, 1.0]]);
        let mut untouched = shape.clone().placeholder();
        shape.restore(&mut untouched);
        assert_eq!(untouched, Array2::<f64>::zeros((2, 2)));
        let mut pair = (shape.clone(), 0.5_f64.tangent_shape()).placeholder();
        pair.1.accumulate(2.0);
        let mut adj: Adjoint<(Array2<f64>, f64)> = Adjoint::new();
        adj.add_with(&(shape.clone(), 0.5_f64.tangent_shape()), |t| &mut t.1, 2.0);
        let (restored, scalar) = adj
            .take_restored(&(shape, 0.5_f64.tangent_shape()))
            .unwrap();
        assert_eq!((restored, scalar), (Array2::zeros((2, 2)), 2.0));
        let _ = pair;
    }

    #[test]
    fn an_empty_adjoint_takes_nothing() {
        let mut adj: Adjoint<Vec<f64>> = Adjoint::new();
        assert_eq!(adj.take_at(3), None);
    }
}
