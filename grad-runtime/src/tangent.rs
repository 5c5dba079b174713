//! Gradients as vectors: the [`Tangent`] trait, and its implementations for floats, ndarray
//! arrays, `[A; N]` arrays, `Vec`s and tuples (structs get theirs from
//! `#[derive(grad::Tangent)]`).

use ndarray::{Array, Dimension, Zip};

use crate::engine::{Accumulate, Differentiable};
use crate::{Dual, Scalar};

/// A gradient type: a vector of real numbers with the in-place arithmetic optimisers use.
///
/// A value of a `Tangent` type is a vector `x` of real numbers, its *elements*: a float is one
/// element, an array or `Vec` its elements in iteration order, a struct the elements of its
/// differentiated fields in declaration order. The methods are the vector-space operations on
/// `x`, done in place, element by element: [`zeros_like`](Tangent::zeros_like) (`0 · x`),
/// [`add_assign`](Tangent::add_assign) (`x ← x + y`), [`scale`](Tangent::scale) (`x ← a x`),
/// [`axpy`](Tangent::axpy) (`x ← x + a y`), [`sum_of_squares`](Tangent::sum_of_squares)
/// (`‖x‖²`) and [`dot`](Tangent::dot) (`⟨x, y⟩`) for the linear algebra; [`zip_update`](Tangent::zip_update) (`x_i ← f(x_i, y_i)`) and
/// [`zip_update_pair`](Tangent::zip_update_pair) (`(x_i, s_i) ← f(x_i, s_i, y_i)`) for what is not
/// linear, such as the element-wise squares, square roots and quotients of RMSProp and Adam (see
/// [`optim`](crate::optim)). These two are provided methods, written once over
/// [`zip_chunks`](Tangent::zip_chunks) and [`zip_chunks_pair`](Tangent::zip_chunks_pair), which
/// hand the elements over in runs (slices) and are what an implementation writes.
///
/// Below, `y` is `other`'s vector of elements and `a` is a scalar. Operations on two values need
/// them to have the same shape (array dimensions, `Vec` lengths) and **panic** otherwise.
///
/// Every `Tangent` type is its own gradient type, so a function of it can be differentiated and
/// an optimiser can update it with its gradient:
///
/// ```
/// use grad_runtime::Tangent;
///
/// /// One step of gradient descent with momentum, for any parameter type.
/// fn momentum_step<P: Tangent>(p: &mut P, v: &mut P, gradient: &P, lr: P::Scalar, mu: P::Scalar) {
///     v.scale(mu); // v = mu v
///     v.add_assign(gradient); // v += g
///     p.axpy(-lr, v); // p -= lr v
/// }
///
/// let (mut p, mut v) = (vec![1.0, -2.0], vec![0.0, 0.0]);
/// momentum_step(&mut p, &mut v, &vec![0.5, 0.5], 0.5, 0.9);
/// assert_eq!(p, vec![0.75, -2.25]);
/// ```
///
/// Implemented for `f32`, `f64`, ndarray's `Array<A, D>` and `[A; N]` with `A` one of those,
/// `Vec<T>` of any `Tangent` type `T`, tuples of up to six `Tangent` types of one scalar type, and
/// structs with `#[derive(grad::Tangent)]`.
///
/// The reverse sweep sums cotangents with the engine's `Accumulate` (a supertrait), not with
/// [`add_assign`](Tangent::add_assign): cotangents include what is no vector (`()` for a value
/// that is not differentiated, integers, tuples of cotangents), and are summed by value, so that
/// the first contribution to an adjoint that holds only a placeholder (an empty array standing
/// for zeros) is moved in, not copied. `add_assign` is the by-reference sum optimisers need.
///
/// # Deriving it for a struct
///
/// `#[derive(grad::Tangent)]` on a struct with named fields (an example is in the documentation
/// of `grad::Tangent`) writes `Tangent` field by field, and with it the engine's impls that make
/// the struct a parameter type: `Differentiable` (the struct is its own gradient type, so
/// `#[differentiate]` functions can take it, by value or by reference, and return its gradient
/// as the same struct, built from a shape when no cotangent reached it) and `Accumulate`.
///
/// Every field must be of a `Tangent` type with the same [`Scalar`](Tangent::Scalar) (all `f32`
/// or all `f64`), or be marked `#[tangent(skip)]`: sizes, flags, configuration. A skipped field
/// is not differentiated and needs `Clone`. In a gradient it holds a copy of the value it had in
/// the struct the gradient was taken of, so that a gradient is a well-formed value of the
/// struct's type: [`zeros_like`](Tangent::zeros_like) (and a zero gradient a differentiated
/// function builds) copies skipped fields, and sums, scalings and norms leave them alone.
///
/// A generic struct bounds its parameters so that its fields are `Tangent`, as in
/// `struct Linear<A: grad::runtime::Scalar> { w: Array2<A>, b: A }` (every [`Scalar`] is a
/// `Tangent` of one element) or `struct Pair<T: grad::Tangent> { left: T, right: Vec<T> }`.
/// Fields may name the struct itself (`children: Vec<Node>`).
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a gradient type: it does not implement `grad::Tangent`",
    label = "not a gradient type",
    note = "gradient types are f32, f64, ndarray arrays and `[A; N]` arrays of them, `Vec`s of gradient types, and structs with `#[derive(grad::Tangent)]`",
    note = "in a struct with `#[derive(grad::Tangent)]`, mark a field that is not differentiated `#[tangent(skip)]`"
)]
pub trait Tangent: Differentiable<Tangent = Self> + Accumulate + Sized {
    /// The type of the elements and of the factors in [`scale`](Tangent::scale) and
    /// [`axpy`](Tangent::axpy): `f32` or `f64`.
    type Scalar: Scalar;

    /// Zero of the same shape: `0 · x`, every element `0`.
    ///
    /// Fields of a struct marked `#[tangent(skip)]` are copies of `self`'s.
    #[must_use]
    fn zeros_like(&self) -> Self;

    /// Adds in place: `x ← x + y`, element by element.
    fn add_assign(&mut self, other: &Self);

    /// Scales in place: `x ← a x`, every element multiplied by `a`.
    ///
    /// The reverse sweep scales adjoints with it too (the sums a loop preaccumulated, by its
    /// accumulator's adjoint).
    fn scale(&mut self, a: Self::Scalar);

    /// Adds a multiple in place (BLAS's axpy): `x ← x + a y`, each element `x_i + a · y_i`
    /// (the product rounded, then the sum; no fused multiply-add).
    fn axpy(&mut self, a: Self::Scalar, other: &Self);

    /// The sum of the squares of the elements, `Σ x_i²` (`‖x‖²`, the squared Euclidean norm),
    /// summed in `f64` in element order whatever the scalar type.
    ///
    /// For gradient norms and clipping: `g.sum_of_squares().sqrt()` is `‖g‖`.
    fn sum_of_squares(&self) -> f64;

    /// The inner product `⟨x, y⟩ = Σ_i x_i y_i` of `this` and `other`, summed in element order
    /// in the scalar type.
    ///
    /// What pairs a cotangent with a tangent of the same type: forward mode computes
    /// `ẏ_i = ⟨Jᵀ e_i, ẋ⟩` with it where a function has only a pullback, and the transpose
    /// identity `⟨J v, u⟩ = ⟨v, Jᵀ u⟩` checks a pushforward against its pullback. Skipped fields
    /// of a struct count for nothing.
    ///
    /// An associated function, not a method: called `Tangent::dot(&x, &y)`, so that `a.dot(&b)`
    /// on ndarray arrays stays ndarray's matrix product (a method of the same name would compete
    /// with it, and does make rustc's method lookup overflow on `a.dot(&b)`).
    ///
    /// The provided function copies `this` (with [`zeros_like`](Tangent::zeros_like) and
    /// [`add_assign`](Tangent::add_assign)) and walks the copy and `other` with
    /// [`zip_chunks`](Tangent::zip_chunks); the implementations here and the derive's read both
    /// in place instead. An empty array stands for zeros here as in `add_assign` (its product
    /// with anything is 0).
    ///
    /// ```
    /// use grad_runtime::Tangent;
    /// use grad_runtime::ndarray::array;
    ///
    /// let (a, b) = (array![[1.0, 2.0], [3.0, 4.0]], array![[1.0, 0.0], [-1.0, 0.5]]);
    /// assert_eq!(Tangent::dot(&a, &b), 0.0);
    /// assert_eq!(a.dot(&b), array![[-1.0, 1.0], [-1.0, 2.0]]); // ndarray's product
    /// assert_eq!(Tangent::dot(&vec![1.5_f32, 2.0], &vec![2.0, -1.0]), 1.0);
    /// assert_eq!(Tangent::dot(&(2.0, array![1.0, 1.0]), &(3.0, array![0.5, 0.25])), 6.75);
    /// ```
    ///
    /// # Panics
    ///
    /// If the two values have different shapes.
    #[track_caller]
    fn dot(this: &Self, other: &Self) -> Self::Scalar {
        let mut copy = this.zeros_like();
        copy.add_assign(this);
        let mut sum = <Self::Scalar as Scalar>::ZERO;
        let (xs, ys) = (
            core::slice::from_mut(&mut copy),
            core::slice::from_ref(other),
        );
        Self::zip_chunks(xs, ys, &mut |xs, ys| sum += dot_run(xs, ys));
        sum
    }

    /// Adds to `loans` a [`Loan`](crate::lend::Loan) of every ndarray array this value holds:
    /// an array itself, the fields of a struct with `#[derive(grad::Tangent)]`, the elements of
    /// a `Vec` or tuple; nothing for a float.
    ///
    /// How `f_grad` lends its rules the arrays of a parameter struct (`p: &Net`): its rules,
    /// such as `affine`'s, then keep tickets to `p.w1` for their pullbacks instead of copies
    /// ([`lend`](crate::lend)).
    ///
    /// ```
    /// use grad_runtime::Tangent;
    /// use grad_runtime::ndarray::array;
    ///
    /// let layers = vec![array![1.0, 2.0], array![3.0]];
    /// let mut loans = Vec::new();
    /// layers.loans(&mut loans);
    /// assert_eq!(loans.len(), 2);
    /// 2.0_f64.loans(&mut loans);
    /// assert_eq!(loans.len(), 2);
    /// ```
    fn loans<'a>(&'a self, loans: &mut Vec<crate::lend::Loan<'a>>) {
        let _ = loans;
    }

    /// Calls `f` on matching runs of the elements of the values in `xs` and in `ys`, the values
    /// matched by position: `f(run_x, run_y)` with `run_x` consecutive elements of the values of
    /// `xs` (their elements concatenated) and `run_y` the same elements of `ys`, slices of the
    /// same length; the runs in element order, covering every element once. `f` may change the
    /// elements of `run_x`.
    ///
    /// The primitive under [`zip_update`](Tangent::zip_update), which most code calls instead.
    /// It works on slices of values so that runs are as long as the memory allows: a contiguous
    /// array, and a whole `Vec` of floats or of `[A; N]`s, are one run each (an array that is
    /// not in standard layout is a run per element). `f` is a trait object so that the
    /// derive can pass it down the fields, one indirect call per run: a generic `f` would be
    /// instantiated for ever longer types by a struct that contains itself (`children:
    /// Vec<Node>`).
    ///
    /// Skipped fields of a struct are left alone.
    ///
    /// # Panics
    ///
    /// If `xs` and `ys` have different lengths, or matched values different shapes.
    fn zip_chunks(
        xs: &mut [Self],
        ys: &[Self],
        f: &mut dyn FnMut(&mut [Self::Scalar], &[Self::Scalar]),
    );

    /// [`zip_chunks`](Tangent::zip_chunks) with a second slice of values, `ss`, changed
    /// alongside `xs`: `f(run_x, run_s, run_y)` on matching runs of the three.
    ///
    /// The primitive under [`zip_update_pair`](Tangent::zip_update_pair). Skipped fields of a
    /// struct, in `xs` and in `ss`, are left alone.
    ///
    /// # Panics
    ///
    /// If `xs`, `ss` and `ys` do not have the same length, or matched values the same shape.
    fn zip_chunks_pair(
        xs: &mut [Self],
        ss: &mut [Self],
        ys: &[Self],
        f: &mut dyn FnMut(&mut [Self::Scalar], &mut [Self::Scalar], &[Self::Scalar]),
    );

    /// Updates each element from the matching element of `other`: `x_i ← f(x_i, y_i)`, with `f`
    /// called once per element, in element order, as `f(&mut x_i, y_i)`.
    ///
    /// For the element-wise maps `axpy` and `scale` cannot express: `x ← x ⊙ y` is
    /// `x.zip_update(&y, |x, y| *x = *x * y)`.
    ///
    /// Skipped fields of a struct are left alone.
    #[track_caller]
    fn zip_update(&mut self, other: &Self, mut f: impl FnMut(&mut Self::Scalar, Self::Scalar)) {
        let (xs, ys) = (core::slice::from_mut(self), core::slice::from_ref(other));
        // The loop over a run is compiled for `f`: one indirect call per run, none per element.
        Self::zip_chunks(xs, ys, &mut |xs, ys| {
            for (x, &y) in xs.iter_mut().zip(ys) {
                f(x, y);
            }
        });
    }

    /// Updates each element and the matching element of a second value, `state` (`s`), from the
    /// matching element of `other`, in one pass: `(x_i, s_i) ← f(x_i, s_i, y_i)`, with `f` called
    /// once per element, in element order, as `f(&mut x_i, &mut s_i, y_i)`.
    ///
    /// An optimiser's step in one pass over parameters `x`, its state `s` and the gradient `y`,
    /// as RMSProp's `s ← ρ s + (1 − ρ) y²;  x ← x − η y / (√s + ε)`.
    ///
    /// Skipped fields of a struct, in `self` and in `state`, are left alone.
    #[track_caller]
    fn zip_update_pair(
        &mut self,
        state: &mut Self,
        other: &Self,
        mut f: impl FnMut(&mut Self::Scalar, &mut Self::Scalar, Self::Scalar),
    ) {
        let (xs, ss) = (core::slice::from_mut(self), core::slice::from_mut(state));
        Self::zip_chunks_pair(xs, ss, core::slice::from_ref(other), &mut |xs, ss, ys| {
            for ((x, s), &y) in xs.iter_mut().zip(ss).zip(ys) {
                f(x, s, y);
            }
        });
    }
}

/// `Σ x_i y_i` over two runs of one length, in order.
#[inline]
fn dot_run<A: Scalar>(xs: &[A], ys: &[A]) -> A {
    xs.iter().zip(ys).fold(A::ZERO, |sum, (&x, &y)| sum + x * y)
}

/// `x` as `f64` (exact for `f32` and `f64`).
#[inline(always)]
fn to_f64<A: Scalar>(x: A) -> f64 {
    x.to_f64().expect("f32 and f64 convert to f64")
}

macro_rules! tangent_float {
    ($($float:ty),*) => {$(
        /// A float is a vector of one element.
        impl Tangent for $float {
            type Scalar = $float;
            #[inline(always)]
            fn zeros_like(&self) -> Self {
                <$float as Scalar>::ZERO
            }
            #[inline(always)]
            fn add_assign(&mut self, other: &Self) {
                *self += *other;
            }
            #[inline(always)]
            fn scale(&mut self, a: Self) {
                *self *= a;
            }
            #[inline(always)]
            fn axpy(&mut self, a: Self, other: &Self) {
                *self += a * *other;
            }
            #[inline(always)]
            fn sum_of_squares(&self) -> f64 {
                let x = to_f64(*self);
                x * x
            }
            #[inline(always)]
            fn dot(this: &Self, other: &Self) -> Self {
                *this * *other
            }
            // A slice of floats is one run.
            #[track_caller]
            fn zip_chunks(xs: &mut [Self], ys: &[Self], f: &mut dyn FnMut(&mut [Self], &[Self])) {
                assert_same_count("zip_chunks", xs.len(), ys.len());
                f(xs, ys);
            }
            #[track_caller]
            fn zip_chunks_pair(
                xs: &mut [Self],
                ss: &mut [Self],
                ys: &[Self],
                f: &mut dyn FnMut(&mut [Self], &mut [Self], &[Self]),
            ) {
                assert_same_count("zip_chunks_pair", xs.len(), ss.len());
                assert_same_count("zip_chunks_pair", xs.len(), ys.len());
                f(xs, ss, ys);
            }
        }
    )*};
}
tangent_float!(f32, f64, Dual<f32>, Dual<f64>);

#[track_caller]
fn assert_same_shape(op: &str, this: &[usize], other: &[usize]) {
    assert_eq!(
        this, other,
        "grad: Tangent::{op} of arrays of different shapes"
    );
}

#[track_caller]
fn assert_same_count(op: &str, this: usize, other: usize) {
    assert_eq!(
        this, other,
        "grad: Tangent::{op} of slices of different lengths"
    );
}

#[track_caller]
fn assert_same_len(op: &str, this: usize, other: usize) {
    assert_eq!(
        this, other,
        "grad: Tangent::{op} of `Vec`s of different lengths"
    );
}

/// Element by element; two arrays must have the same shape (no broadcasting).
impl<A: Scalar, D: Dimension> Tangent for Array<A, D> {
    type Scalar = A;
    fn loans<'a>(&'a self, loans: &mut Vec<crate::lend::Loan<'a>>) {
        loans.push(crate::lend::loan(self));
    }
    fn zeros_like(&self) -> Self {
        Array::from_elem(self.raw_dim(), A::ZERO)
    }
    #[track_caller]
    fn add_assign(&mut self, other: &Self) {
        // Empty arrays are placeholders for zeros in adjoints (`TangentShape::placeholder`).
        if other.is_empty() && !self.is_empty() {
            return;
        }
        if self.is_empty() && !other.is_empty() {
            *self = other.clone();
            return;
        }
        assert_same_shape("add_assign", self.shape(), other.shape());
        self.zip_mut_with(other, |x, &y| *x += y);
    }
    fn scale(&mut self, a: A) {
        self.map_inplace(|x| *x *= a);
    }
    #[track_caller]
    fn axpy(&mut self, a: A, other: &Self) {
        if other.is_empty() && !self.is_empty() {
            return;
        }
        if self.is_empty() && !other.is_empty() {
            *self = other.mapv(|y| a * y);
            return;
        }
        assert_same_shape("axpy", self.shape(), other.shape());
        Zip::from(self).and(other).for_each(|x, &y| *x += a * y);
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(|&x| to_f64(x) * to_f64(x)).sum()
    }
    #[track_caller]
    fn dot(this: &Self, other: &Self) -> A {
        // Empty arrays are placeholders for zeros, as in `add_assign`.
        if this.is_empty() || other.is_empty() {
            return A::ZERO;
        }
        assert_same_shape("dot", this.shape(), other.shape());
        Zip::from(this)
            .and(other)
            .fold(A::ZERO, |sum, &x, &y| sum + x * y)
    }
    // No placeholder cases as in `add_assign`: `f(x, 0)` need not be `x`, and the values these
    // see (parameters, optimiser states, finished gradients) have every element.
    #[track_caller]
    fn zip_chunks(xs: &mut [Self], ys: &[Self], f: &mut dyn FnMut(&mut [A], &[A])) {
        assert_same_count("zip_chunks", xs.len(), ys.len());
        for (x, y) in xs.iter_mut().zip(ys) {
            assert_same_shape("zip_chunks", x.shape(), y.shape());
            // Standard layout (what `zeros_like` makes, and most arrays have): one run.
            // Otherwise the logical order, element by element.
            match (y.as_slice(), x.is_standard_layout()) {
                (Some(y), true) => f(x.as_slice_mut().expect("standard layout"), y),
                _ => Zip::from(x)
                    .and(y)
                    .for_each(|x, y| f(core::slice::from_mut(x), core::slice::from_ref(y))),
            }
        }
    }
    #[track_caller]
    fn zip_chunks_pair(
        xs: &mut [Self],
        ss: &mut [Self],
        ys: &[Self],
        f: &mut dyn FnMut(&mut [A], &mut [A], &[A]),
    ) {
        assert_same_count("zip_chunks_pair", xs.len(), ss.len());
        assert_same_count("zip_chunks_pair", xs.len(), ys.len());
        for ((x, s), y) in xs.iter_mut().zip(ss).zip(ys) {
            assert_same_shape("zip_chunks_pair", x.shape(), s.shape());
            assert_same_shape("zip_chunks_pair", x.shape(), y.shape());
            match (y.as_slice(), x.is_standard_layout(), s.is_standard_layout()) {
                (Some(y), true, true) => f(
                    x.as_slice_mut().expect("standard layout"),
                    s.as_slice_mut().expect("standard layout"),
                    y,
                ),
                _ => Zip::from(x).and(s).and(y).for_each(|x, s, y| {
                    f(
                        core::slice::from_mut(x),
                        core::slice::from_mut(s),
                        core::slice::from_ref(y),
                    )
                }),
            }
        }
    }
}

/// Element by element.
impl<A: Scalar, const N: usize> Tangent for [A; N] {
    type Scalar = A;
    fn zeros_like(&self) -> Self {
        [A::ZERO; N]
    }
    fn add_assign(&mut self, other: &Self) {
        for (x, &y) in self.iter_mut().zip(other) {
            *x += y;
        }
    }
    fn scale(&mut self, a: A) {
        for x in self {
            *x *= a;
        }
    }
    fn axpy(&mut self, a: A, other: &Self) {
        for (x, &y) in self.iter_mut().zip(other) {
            *x += a * y;
        }
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(|&x| to_f64(x) * to_f64(x)).sum()
    }
    fn dot(this: &Self, other: &Self) -> A {
        dot_run(this, other)
    }
    // A slice of `[A; N]`s is one run of `A`s.
    #[track_caller]
    fn zip_chunks(xs: &mut [Self], ys: &[Self], f: &mut dyn FnMut(&mut [A], &[A])) {
        assert_same_count("zip_chunks", xs.len(), ys.len());
        f(xs.as_flattened_mut(), ys.as_flattened());
    }
    #[track_caller]
    fn zip_chunks_pair(
        xs: &mut [Self],
        ss: &mut [Self],
        ys: &[Self],
        f: &mut dyn FnMut(&mut [A], &mut [A], &[A]),
    ) {
        assert_same_count("zip_chunks_pair", xs.len(), ss.len());
        assert_same_count("zip_chunks_pair", xs.len(), ys.len());
        f(
            xs.as_flattened_mut(),
            ss.as_flattened_mut(),
            ys.as_flattened(),
        );
    }
}

/// The elements of the elements, in order (a `Vec` of structs is the concatenation of their
/// vectors); two `Vec`s must have the same length.
impl<T: Tangent> Tangent for Vec<T> {
    type Scalar = T::Scalar;
    fn loans<'a>(&'a self, loans: &mut Vec<crate::lend::Loan<'a>>) {
        for element in self {
            element.loans(loans);
        }
    }
    fn zeros_like(&self) -> Self {
        self.iter().map(T::zeros_like).collect()
    }
    #[track_caller]
    fn add_assign(&mut self, other: &Self) {
        assert_same_len("add_assign", self.len(), other.len());
        for (x, y) in self.iter_mut().zip(other) {
            x.add_assign(y);
        }
    }
    fn scale(&mut self, a: T::Scalar) {
        for x in self {
            x.scale(a);
        }
    }
    #[track_caller]
    fn axpy(&mut self, a: T::Scalar, other: &Self) {
        assert_same_len("axpy", self.len(), other.len());
        for (x, y) in self.iter_mut().zip(other) {
            x.axpy(a, y);
        }
    }
    fn sum_of_squares(&self) -> f64 {
        self.iter().map(T::sum_of_squares).sum()
    }
    #[track_caller]
    fn dot(this: &Self, other: &Self) -> T::Scalar {
        assert_same_len("dot", this.len(), other.len());
        this.iter()
            .zip(other)
            .fold(<T::Scalar as Scalar>::ZERO, |sum, (x, y)| {
                sum + T::dot(x, y)
            })
    }
    // Each `Vec`'s elements are a slice of `T`s: `T` makes runs of them (one, for floats).
    #[track_caller]
    fn zip_chunks(xs: &mut [Self], ys: &[Self], f: &mut dyn FnMut(&mut [T::Scalar], &[T::Scalar])) {
        assert_same_count("zip_chunks", xs.len(), ys.len());
        for (x, y) in xs.iter_mut().zip(ys) {
            assert_same_len("zip_chunks", x.len(), y.len());
            T::zip_chunks(x, y, f);
        }
    }
    #[track_caller]
    fn zip_chunks_pair(
        xs: &mut [Self],
        ss: &mut [Self],
        ys: &[Self],
        f: &mut dyn FnMut(&mut [T::Scalar], &mut [T::Scalar], &[T::Scalar]),
    ) {
        assert_same_count("zip_chunks_pair", xs.len(), ss.len());
        assert_same_count("zip_chunks_pair", xs.len(), ys.len());
        for ((x, s), y) in xs.iter_mut().zip(ss).zip(ys) {
            assert_same_len("zip_chunks_pair", x.len(), s.len());
            assert_same_len("zip_chunks_pair", x.len(), y.len());
            T::zip_chunks_pair(x, s, y, f);
        }
    }
}

/// Tuples of gradient types with one scalar type (the cotangent of a function returning
/// `(Array2<f64>, Array2<f64>)`, as `lstm_step` does): the elements of the first element, then
/// those of the second, and so on.
macro_rules! tangent_tuples {
    ($(($T0:ident $(, $T:ident $i:tt)*)),+) => {$(
        impl<$T0: Tangent $(, $T: Tangent<Scalar = <$T0 as Tangent>::Scalar>)*> Tangent
            for ($T0, $($T,)*)
        {
            type Scalar = <$T0 as Tangent>::Scalar;
            fn zeros_like(&self) -> Self {
                (self.0.zeros_like(), $(self.$i.zeros_like(),)*)
            }
            fn loans<'a>(&'a self, loans: &mut Vec<crate::lend::Loan<'a>>) {
                self.0.loans(loans);
                $(self.$i.loans(loans);)*
            }
            #[track_caller]
            fn add_assign(&mut self, other: &Self) {
                self.0.add_assign(&other.0);
                $(self.$i.add_assign(&other.$i);)*
            }
            fn scale(&mut self, a: Self::Scalar) {
                self.0.scale(a);
                $(self.$i.scale(a);)*
            }
            #[track_caller]
            fn axpy(&mut self, a: Self::Scalar, other: &Self) {
                self.0.axpy(a, &other.0);
                $(self.$i.axpy(a, &other.$i);)*
            }
            fn sum_of_squares(&self) -> f64 {
                self.0.sum_of_squares() $(+ self.$i.sum_of_squares())*
            }
            #[track_caller]
            fn dot(this: &Self, other: &Self) -> Self::Scalar {
                $T0::dot(&this.0, &other.0) $(+ $T::dot(&this.$i, &other.$i))*
            }
            #[track_caller]
            fn zip_chunks(
                xs: &mut [Self],
                ys: &[Self],
                f: &mut dyn FnMut(&mut [Self::Scalar], &[Self::Scalar]),
            ) {
                assert_same_count("zip_chunks", xs.len(), ys.len());
                for (x, y) in xs.iter_mut().zip(ys) {
                    $T0::zip_chunks(core::slice::from_mut(&mut x.0), core::slice::from_ref(&y.0), f);
                    $($T::zip_chunks(
                        core::slice::from_mut(&mut x.$i),
                        core::slice::from_ref(&y.$i),
                        f,
                    );)*
                }
            }
            #[track_caller]
            fn zip_chunks_pair(
                xs: &mut [Self],
                ss: &mut [Self],
                ys: &[Self],
                f: &mut dyn FnMut(&mut [Self::Scalar], &mut [Self::Scalar], &[Self::Scalar]),
            ) {
                assert_same_count("zip_chunks_pair", xs.len(), ss.len());
                assert_same_count("zip_chunks_pair", xs.len(), ys.len());
                for ((x, s), y) in xs.iter_mut().zip(ss).zip(ys) {
                    $T0::zip_chunks_pair(
                        core::slice::from_mut(&mut x.0),
                        core::slice::from_mut(&mut s.0),
                        core::slice::from_ref(&y.0),
                        f,
                    );
                    $($T::zip_chunks_pair(
                        core::slice::from_mut(&mut x.$i),
                        core::slice::from_mut(&mut s.$i),
                        core::slice::from_ref(&y.$i),
                        f,
                    );)*
                }
            }
        }
    )+};
}
tangent_tuples!(
    (T0),
    (T0, T1 1),
    (T0, T1 1, T2 2),
    (T0, T1 1, T2 2, T3 3),
    (T0, T1 1, T2 2, T3 3, T4 4),
    (T0, T1 1, T2 2, T3 3, T4 4, T5 5)
);

#[cfg(test)]
mod tests {
    use ndarray::{Array1, array};

    use super::*;
    use crate::engine::TangentShape;

    #[test]
    fn floats_are_vectors_of_one_element() {
        let mut x = 3.0_f64;
        assert_eq!(x.zeros_like(), 0.0);
        x.add_assign(&1.5);
        assert_eq!(x, 4.5);
        Tangent::scale(&mut x, 2.0);
        assert_eq!(x, 9.0);
        x.axpy(-2.0, &0.5);
        assert_eq!(x, 8.0);
        assert_eq!(x.sum_of_squares(), 64.0);
        let y = -0.5_f32;
        assert_eq!(y.sum_of_squares(), 0.25);
    }

    #[test]
    fn arrays_work_element_by_element() {
        let mut x = array![[1.0, -2.0], [3.0, 0.5]];
        assert_eq!(x.zeros_like(), Array::zeros((2, 2)));
        x.add_assign(&array![[1.0, 1.0], [1.0, 1.0]]);
        assert_eq!(x, array![[2.0, -1.0], [4.0, 1.5]]);
        Tangent::scale(&mut x, 2.0);
        assert_eq!(x, array![[4.0, -2.0], [8.0, 3.0]]);
        x.axpy(0.5, &array![[2.0, 2.0], [-4.0, 0.0]]);
        assert_eq!(x, array![[5.0, -1.0], [6.0, 3.0]]);
        assert_eq!(x.sum_of_squares(), 25.0 + 1.0 + 36.0 + 9.0);
        let mut fixed = [1.0_f32, 2.0];
        fixed.axpy(2.0, &[0.5, 0.25]);
        assert_eq!(fixed, [2.0, 2.5]);
        assert_eq!(fixed.sum_of_squares(), 4.0 + 6.25);
    }

    #[test]
    fn vecs_of_arrays_are_the_concatenation_of_their_elements() {
        let mut x = vec![array![1.0, 2.0], array![3.0]];
        let zero = x.zeros_like();
        assert_eq!(zero, vec![array![0.0, 0.0], array![0.0]]);
        x.axpy(-1.0, &vec![array![1.0, 1.0], array![1.0]]);
        assert_eq!(x, vec![array![0.0, 1.0], array![2.0]]);
        assert_eq!(x.sum_of_squares(), 5.0);
        // A Vec of Tangent values is differentiable; its zero gradient has the elements' shapes.
        let shape = x.tangent_shape();
        assert_eq!(shape.zeros(), zero);
        let mut sum = vec![Array1::from_elem(2, 1.0), array![1.0]];
        sum.accumulate(x);
        assert_eq!(sum, vec![array![1.0, 2.0], array![3.0]]);
    }

    #[test]
    fn dot_is_the_sum_of_the_products_of_the_elements() {
        assert_eq!(Tangent::dot(&1.5_f64, &-2.0), -3.0);
        assert_eq!(Tangent::dot(&0.5_f32, &4.0), 2.0);
        let a = array![[1.0, 2.0], [3.0, 4.0]];
        assert_eq!(
            Tangent::dot(&a, &array![[0.5, -1.0], [2.0, 0.25]]),
            0.5 - 2.0 + 6.0 + 1.0
        );
        // A transposed operand pairs elements by index, not by memory order.
        assert_eq!(
            Tangent::dot(&a.t().to_owned(), &a.t().as_standard_layout().into_owned()),
            30.0
        );
        assert_eq!(Tangent::dot(&a, &Array::zeros((0, 0))), 0.0);
        assert_eq!(Tangent::dot(&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]), 32.0);
        let v = vec![array![1.0, 2.0], array![3.0]];
        assert_eq!(
            Tangent::dot(&v, &vec![array![1.0, 1.0], array![-2.0]]),
            -3.0
        );
        assert_eq!(
            Tangent::dot(&(2.0, array![1.0, -1.0]), &(3.0, array![0.5, 0.5])),
            6.0
        );
        let d = Tangent::dot(&Dual::new(2.0_f64, 1.0), &Dual::new(3.0, 0.5));
        assert_eq!((d.value, d.tangent), (6.0, 4.0));
    }

    #[test]
    #[should_panic(expected = "different shapes")]
    fn arrays_of_different_shapes_have_no_dot() {
        let _ = Tangent::dot(&array![1.0, 2.0], &array![1.0]);
    }

    #[test]
    #[should_panic(expected = "different shapes")]
    fn arrays_of_different_shapes_do_not_add() {
        let mut x = array![1.0, 2.0];
        x.add_assign(&array![1.0]);
    }

    #[test]
    #[should_panic(expected = "different lengths")]
    fn vecs_of_different_lengths_do_not_add() {
        let mut x = vec![1.0, 2.0];
        x.axpy(1.0, &vec![1.0]);
    }
}
