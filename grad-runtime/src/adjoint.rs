//! Adjoint accumulators: how the reverse sweep sums the contributions a value receives.
//!
//! A value used in several places receives one cotangent from each use; its adjoint is their sum.
//! [`Adjoint`] starts empty (Zygote's `nothing`, JAX's symbolic zero): a value that never receives
//! a contribution costs nothing, and its pullback is never called. Parameters that end the sweep
//! empty are filled with zeros of their own shape by [`TangentShape::zeros`].

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
accumulate_by_add_assign!(f32, f64);

impl Accumulate for () {
    #[inline(always)]
    fn accumulate(&mut self, _other: Self) {}
}

/// The adjoint of one variable during the reverse sweep: empty, or the sum of the contributions
/// received so far.
#[derive(Clone, Debug)]
pub struct Adjoint<T>(Option<T>);

impl<T> Default for Adjoint<T> {
    fn default() -> Self {
        Self(None)
    }
}

impl<T: Accumulate> Adjoint<T> {
    /// An adjoint with no contribution yet (a symbolic zero).
    #[inline(always)]
    pub fn new() -> Self {
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
    pub fn add_scaled<A: crate::Real>(&mut self, other: impl IntoSum<T>, by: A)
    where
        T: Scale<A>,
    {
        if let Some(mut sum) = other.into_sum() {
            if by != A::ONE {
                sum.scale(by);
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
    pub fn add_flat<S>(&mut self, index: crate::Flat, value: T::Elem, shape: &S)
    where
        T: crate::structural::FlatTangent,
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
    pub fn add_flat<S>(&mut self, index: crate::Flat, value: T::Elem, _shape: &S)
    where
        T: crate::structural::FlatTangent,
    {
        self.0.add_flat(index, value);
        // See `add_at`.
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
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

/// In-place element access to a container's gradient, for indexed reads and writes.
pub trait IndexTangent<I> {
    /// The element type.
    type Elem;
    /// `self[index] += value`.
    fn add_at(&mut self, index: I, value: Self::Elem);
    /// `self[index]`, leaving zero in its place.
    fn take_at(&mut self, index: I) -> Self::Elem;
}

impl<A: Real> IndexTangent<usize> for Vec<A> {
    type Elem = A;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: usize, value: A) {
        self[index].accumulate(value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: usize) -> A {
        core::mem::replace(&mut self[index], A::ZERO)
    }
}

impl<A: Real, const N: usize> IndexTangent<usize> for [A; N] {
    type Elem = A;
    #[inline(always)]
    #[track_caller]
    fn add_at(&mut self, index: usize, value: A) {
        self[index].accumulate(value);
    }
    #[inline(always)]
    #[track_caller]
    fn take_at(&mut self, index: usize) -> A {
        core::mem::replace(&mut self[index], A::ZERO)
    }
}

/// What is kept of a differentiated parameter to build a zero gradient for it later: nothing for
/// a float, the dimensions for an array.
pub trait TangentShape: Clone {
    /// The gradient type this shape makes zeros of.
    type Tangent;
    /// A zero gradient of this shape.
    fn zeros(self) -> Self::Tangent;

    /// Puts back into a finished gradient what is not differentiated: the copies of a struct's
    /// skipped fields (`#[tangent(skip)]`), which cotangents may have been added into where the
    /// function read them. Nothing, for anything else.
    fn restore(&self, tangent: &mut Self::Tangent) {
        let _ = tangent;
    }

    /// A zero gradient that allocates nothing for its arrays: each is an empty placeholder that
    /// the first cotangent added to it replaces, and that [`TangentShape::restore`] turns into
    /// zeros if none came. A struct's adjoint starts so, so that a field read once costs one
    /// move, not zeros of every field plus an addition into fresh pages.
    fn placeholder(self) -> Self::Tangent {
        self.zeros()
    }

    /// Zero gradients of each of `shapes`, in order: the zero gradient of a `Vec`.
    ///
    /// Floats' shapes, which hold nothing, override it to allocate zeroed memory at once.
    fn zeros_each(shapes: Vec<Self>) -> Vec<Self::Tangent> {
        shapes.into_iter().map(Self::zeros).collect()
    }
}

/// A type whose values can be differentiated: it names its gradient (tangent) type and can record
/// its shape so that a zero gradient can be built without keeping the value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be differentiated",
    label = "grad has no gradient type for `{Self}`",
    note = "grad differentiates f32 and f64 and slices, `Vec`s and arrays of them; name the parameters to differentiate with `#[differentiate(wrt(..))]`"
)]
pub trait Differentiable {
    /// The type of the gradient with respect to a value of this type.
    type Tangent: Accumulate;
    /// What is kept to build a zero gradient ([`TangentShape`]).
    type Shape: TangentShape<Tangent = Self::Tangent>;
    /// The shape of this value's gradient.
    fn tangent_shape(&self) -> Self::Shape;
}

/// The shape of a float's gradient: nothing at all.
#[derive(Debug, Default)]
pub struct ScalarShape<A>(core::marker::PhantomData<A>);

impl<A> Clone for ScalarShape<A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A> Copy for ScalarShape<A> {}

macro_rules! scalar_differentiable {
    ($($float:ty),*) => {$(
        impl TangentShape for ScalarShape<$float> {
            type Tangent = $float;
            #[inline(always)]
            fn zeros(self) -> $float {
                0.0
            }
            #[inline(always)]
            fn zeros_each(shapes: Vec<Self>) -> Vec<$float> {
                vec![0.0; shapes.len()]
            }
        }

        impl Differentiable for $float {
            type Tangent = $float;
            type Shape = ScalarShape<$float>;
            #[inline(always)]
            fn tangent_shape(&self) -> Self::Shape {
                ScalarShape(core::marker::PhantomData)
            }
        }
    )*};
}
scalar_differentiable!(f32, f64);

/// A real number type, `f32` or `f64`: the elements of differentiable containers.
pub trait Real:
    Copy + PartialEq + Accumulate + Scale<Self> + Differentiable<Tangent = Self> + 'static
{
    /// The additive identity.
    const ZERO: Self;
    /// The multiplicative identity.
    const ONE: Self;
}

impl Real for f32 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

impl Real for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

/// Scales a cotangent in place: `self *= by`, element by element for containers.
pub trait Scale<A> {
    /// `self *= by`.
    fn scale(&mut self, by: A);
}

macro_rules! scale_float {
    ($($float:ty),*) => {$(
        impl Scale<$float> for $float {
            #[inline(always)]
            fn scale(&mut self, by: $float) {
                *self *= by;
            }
        }
    )*};
}
scale_float!(f32, f64);

impl<A: Copy, T: Scale<A>> Scale<A> for Vec<T> {
    fn scale(&mut self, by: A) {
        self.iter_mut().for_each(|element| element.scale(by));
    }
}

impl<A: Real, const N: usize> Scale<A> for [A; N] {
    fn scale(&mut self, by: A) {
        self.iter_mut().for_each(|element| element.scale(by));
    }
}

/// The gradient of a slice is a `Vec` of its elements' gradients, as for a `Vec`.
impl<T: Differentiable<Tangent = T> + Accumulate> Differentiable for [T] {
    type Tangent = Vec<T>;
    type Shape = ElementShapes<T>;
    fn tangent_shape(&self) -> Self::Shape {
        ElementShapes(self.iter().map(T::tangent_shape).collect())
    }
}

/// The gradient of a `Vec` is a `Vec` of its elements' gradients, for elements that are their
/// own gradient type: floats, arrays, `Vec`s and structs with `#[derive(grad::Tangent)]`.
impl<T: Differentiable<Tangent = T> + Accumulate> Differentiable for Vec<T> {
    type Tangent = Vec<T>;
    type Shape = ElementShapes<T>;
    fn tangent_shape(&self) -> Self::Shape {
        ElementShapes(self.iter().map(T::tangent_shape).collect())
    }
}

/// The shape of the gradient of a `Vec<T>`: its elements' shapes.
///
/// For floats these are zero-sized: the `Vec` of them does not allocate, and making it costs a
/// length.
pub struct ElementShapes<T: Differentiable>(Vec<T::Shape>);

impl<T: Differentiable> Clone for ElementShapes<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T: Differentiable> core::fmt::Debug for ElementShapes<T>
where
    T::Shape: core::fmt::Debug,
{
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_tuple("ElementShapes").field(&self.0).finish()
    }
}

/// Zeros of each element's shape.
impl<T: Differentiable<Tangent = T>> TangentShape for ElementShapes<T> {
    type Tangent = Vec<T>;
    fn zeros(self) -> Vec<T> {
        T::Shape::zeros_each(self.0)
    }
    fn restore(&self, tangent: &mut Vec<T>) {
        for (shape, element) in self.0.iter().zip(tangent) {
            shape.restore(element);
        }
    }
    fn placeholder(self) -> Vec<T> {
        self.0.into_iter().map(TangentShape::placeholder).collect()
    }
}

/// The shape of the gradient of an array `[A; N]`: nothing beyond its type.
#[derive(Debug, Default)]
pub struct FixedShape<A, const N: usize>(core::marker::PhantomData<A>);

impl<A, const N: usize> Clone for FixedShape<A, N> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<A, const N: usize> Copy for FixedShape<A, N> {}

impl<A: Real, const N: usize> TangentShape for FixedShape<A, N> {
    type Tangent = [A; N];
    fn zeros(self) -> [A; N] {
        [A::ZERO; N]
    }
}

impl<A: Real, const N: usize> Differentiable for [A; N] {
    type Tangent = [A; N];
    type Shape = FixedShape<A, N>;
    fn tangent_shape(&self) -> Self::Shape {
        FixedShape(core::marker::PhantomData)
    }
}

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

impl<T: Differentiable + ?Sized> Differentiable for &T {
    type Tangent = T::Tangent;
    type Shape = T::Shape;
    #[inline(always)]
    fn tangent_shape(&self) -> Self::Shape {
        (**self).tangent_shape()
    }
}

/// Tuples of differentiable values (a function returning `(f64, Array1<f64>)`, a tuple
/// parameter): their gradient is the tuple of the elements' gradients.
macro_rules! tuple_impls {
    ($(($($T:ident $i:tt),+)),+) => {$(
        impl<$($T: Differentiable),+> Differentiable for ($($T,)+) {
            type Tangent = ($($T::Tangent,)+);
            type Shape = ($($T::Shape,)+);
            fn tangent_shape(&self) -> Self::Shape {
                ($(self.$i.tangent_shape(),)+)
            }
        }

        impl<$($T: TangentShape),+> TangentShape for ($($T,)+) {
            type Tangent = ($($T::Tangent,)+);
            fn zeros(self) -> Self::Tangent {
                ($(self.$i.zeros(),)+)
            }
            fn restore(&self, tangent: &mut Self::Tangent) {
                $(self.$i.restore(&mut tangent.$i);)+
            }
            fn placeholder(self) -> Self::Tangent {
                ($(self.$i.placeholder(),)+)
            }
        }

        impl<$($T: Accumulate),+> Accumulate for ($($T,)+) {
            fn accumulate(&mut self, other: Self) {
                $(self.$i.accumulate(other.$i);)+
            }
        }
    )+};
}
tuple_impls!(
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
    #[should_panic(expected = "different lengths")]
    fn cotangents_of_different_lengths_do_not_add() {
        let mut sum = vec![1.0_f64, 2.0];
        sum.accumulate(vec![1.0]);
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
}
