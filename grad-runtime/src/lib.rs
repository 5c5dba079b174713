//! The runtime of [`grad`](https://docs.rs/grad): the derivative rules, the layers, optimisers
//! and gradient checks, and the support code that `#[grad::differentiate]` emits calls to.
//!
//! What you use: [`Tangent`] (gradients as vectors) and [`Scalar`] (`f32`, `f64`), the layers
//! of [`nn`], the optimisers of [`optim`], the gradient checks of [`check`], the rule traits of
//! [`rules`] to give a type of your own its rules, and [`wrt`] in a hand-written rule.
//!
//! ## The rule convention
//!
//! Every rule is `op_vjp(args) -> (value, pullback)` (JAX's and Zygote's convention): the value
//! `op(args)` and a closure from the cotangent `c` of the value to one cotangent per argument,
//! `()` for one that is not differentiated. The macro only knows the convention and the names;
//! each primitive's rule is in one place, its forward value and its pullback side by side.
//! Operators and methods have their rules as trait methods (`AddVjp::add_vjp(&a, &b)`,
//! `x.exp_vjp()`), so that rustc picks the rule for the operand types; a function `f` has its
//! rule as the function `f_vjp` beside it, which is how the layers of [`nn`] and a custom
//! derivative are written. A rule that can skip the cotangents nobody asked for reads which
//! arguments the call differentiates from [`wrt`].
//!
//! ## Where the adjoint of X is
//!
//! - `a + b`, `-a`, `x as f32` on floats: [`rules::ops`]; on arrays: [`rules::broadcast`], with
//!   the summing back of broadcast operands, `unbroadcast`;
//! - `x.exp()` and the other float methods: the table of derivatives in [`rules::float`], which
//!   is also where the elementwise array functions of [`rules::elementwise`] take theirs from;
//! - `x.sum()`, `x.var(1.0)`, `x.row(i)`, `a.dot(&b)`, `x.clone()` on arrays:
//!   [`rules::reduce`], [`rules::statistics`], [`rules::shape`], [`rules::linalg`],
//!   [`rules::copy`] (the table in [`rules`] lists them all);
//! - `Array::from_vec(v)`, `array![a, b]`, `concatenate(..)`, `stack(..)`: [`rules::array`];
//! - a layer `f(..)`: `f_vjp` in [`nn`];
//! - what the reverse sweep does with the cotangents (sum them per variable, make zero
//!   gradients, add into one element for `x[i]`): the engine, below.
//!
//! ## Layout
//!
//! ```text
//! lib.rs            Scalar; the modules; __private, the one path generated code names
//! engine/           what generated code needs besides the rules (not API)
//!   accumulate.rs     Accumulate: summing the cotangents a value receives
//!   differentiable.rs Differentiable (a type's gradient type), TangentShape (its zero gradient)
//!   elements.rs       Elements, Flat, Nested, IndexTangent, FlatTangent: element reads and updates
//!   adjoint.rs        Adjoint, Dense: one variable's adjoint during the reverse sweep
//!   control.rs        Branch: which branch of an `if` ran
//!   map.rs            the elementwise map a closure in `mapv` becomes
//!   wrt.rs            which arguments a call differentiates (public as `wrt`)
//! rules/            the derivative rules, one file per family of primitives
//!   ops.rs            + - * /, unary -, `as`: AddVjp .. CastVjp, and their float rules
//!   float.rs          float methods (FloatRules) and the table of float derivatives
//!   elementwise.rs    elementwise array functions and clamp (ArrayRules)
//!   broadcast.rs      array arithmetic with broadcasting; unbroadcast
//!   reduce.rs         sum, mean, sum_axis, mean_axis, product, the sum of squares
//!   statistics.rs     var, std, var_axis, std_axis
//!   shape.rs          into_shape_with_order, insert_axis, index_axis, row, column, slice
//!   linalg.rs         dot, t
//!   copy.rs           clone, to_vec, to_owned, view
//!   array.rs          building arrays: from_vec, from, from_shape_vec, from_elem, array!
//!                     literals, concatenate, stack
//! matmul.rs         the matrix products of rules and layers (gemm on rayon with `parallel`)
//! nn/               layers, each a function with its `_vjp` rule
//! optim.rs          optimisers, on any Tangent
//! jacobian.rs       dense Jacobians and Hessians from jvp, vjp and hvp closures
//! argmin.rs         differentiated functions as argmin problems (feature `argmin`)
//! parallel.rs       batch_grad: a batch's gradient summed over shards run on several threads
//! check/            gradient checks: rel_error and what can be checked (mod.rs), numerical
//!                   derivatives (numerical.rs), the checks and their reports (report.rs)
//! tangent.rs        Tangent: gradients as vectors
//! graph/            the computational graph of one evaluation, recorded by `f_graph`, with
//!                   its path sums, DOT and SVG
//! ```
//!
//! Apart from [`Scalar`] and [`Tangent`], which all of it uses, each file depends only on the
//! engine and on the files listed before it in its folder.

// A rule's signature is its value and its pullback, `(T, impl FnOnce(C) -> (C1, ..))`: naming
// those types would hide exactly what a reader of a rule needs to see.
#![allow(clippy::type_complexity)]
// Implementations give their pullbacks' captures precisely (`use<>`: nothing borrowed), more
// precisely than the traits can promise for every implementation; that is the point.
#![allow(refining_impl_trait)]

#[cfg(feature = "argmin")]
pub mod argmin;
pub mod dual;
mod engine;
pub mod graph;
pub mod rules;

pub mod check;
pub mod jacobian;
pub mod matmul;
pub mod nn;
pub mod optim;
pub mod parallel;
mod tangent;

pub use dual::Dual;
pub use engine::{lend, wrt};
pub use ndarray;
pub use tangent::Tangent;

// The engine at the root too, hidden: rustc names an item in its messages by its shortest
// public path, and with `__private` the only one, users' errors would read "the trait
// `grad::__private::Differentiable` is not implemented for `Model`".
#[doc(hidden)]
pub use engine::{
    Accumulate, Adjoint, Branch, Dense, Differentiable, Elements, Flat, FlatTangent, IndexTangent,
    IntoSum, Scale, TangentShape,
};

/// The items the code generated by `#[differentiate]` and `#[derive(Tangent)]` refers to, under
/// one path (`::grad::__private`), so that what users see as this crate's API is what they
/// should use. Not API: its contents change with the macro.
#[doc(hidden)]
pub mod __private {
    pub use crate::Tangent;
    pub use crate::dual::{
        CastTo, DualVec, FromLiteral, LiteralOperand, ScaledSquare, ScaledSquareOfAny,
        ScaledSquareOfDual, loop_end_sub,
    };
    pub use crate::engine::adjoint::add_in_window;
    pub use crate::engine::lift::{
        ConstantSlice, DualSlice, HvpAtDual, LiftDual, LiftPlace, LiftPlaceCopy, LiftPlaceRef,
        MethodAtDual, Place, ReceiverAtDual, SplitVec, jvp_by_rows, lift_array,
        lift_array_constant, lift_fixed, lift_fixed_constant, lift_float, lift_float_constant,
        lift_nested, lift_nested_constant, lift_slice, lift_slice_constant, lift_slice_view,
        lift_slice_view_constant, split_array, split_fixed, split_float, split_vec,
    };
    pub use crate::engine::map::{map_forward, map_pullback};
    pub use crate::engine::{
        Accumulate, Adjoint, Branch, Dense, Differentiable, Elements, Flat, FlatTangent,
        IndexTangent, IntoSum, Nested, Scale, TangentShape,
    };
    pub use crate::rules::array::{
        array_vjp, array2_vjp, array3_vjp, concatenate_vjp, rust_array_vjp, stack_vjp, struct_vjp,
        vec_from_elem_vjp, vec_vjp,
    };
    pub use crate::rules::{AddVjp, CastVjp, DivVjp, FloatRules, MulVjp, NegVjp, SubVjp};
    pub use crate::{copy_partials, node_value, pull_with_partials};
    pub use crate::{lend, wrt};
    pub use ndarray;
    pub use num_traits::Float;

    /// The value `sum()` starts from, `0` of the accumulator's type.
    #[inline(always)]
    pub fn zero<A: num_traits::Zero>() -> A {
        A::zero()
    }

    /// The value `product()` starts from, `1` of the accumulator's type.
    #[inline(always)]
    pub fn one<A: num_traits::One>() -> A {
        A::one()
    }

    /// Says that two values have one type: what lets rustc infer the type of a `sum()`'s
    /// accumulator from the items it adds.
    #[inline(always)]
    pub fn same_type<T: ?Sized>(_: &T, _: &T) {}

    /// A rule for `N` arrays written as a list (`concatenate(axis, &[a.view(), b.view()])`)
    /// whose pullback gives their cotangents in a `Vec`, with that `Vec` as an array of `N`: what
    /// generated code destructures into one cotangent per array written.
    #[inline(always)]
    pub fn listed<const N: usize, V, C, X, T>(
        (value, pullback): (V, impl FnOnce(C) -> (X, Vec<T>)),
    ) -> (V, impl FnOnce(C) -> (X, [T; N])) {
        let listed_pullback = move |c| {
            let (x, pieces) = pullback(c);
            let pieces = <[T; N]>::try_from(pieces)
                .unwrap_or_else(|_| unreachable!("the rule gives one cotangent per array"));
            (x, pieces)
        };
        (value, listed_pullback)
    }

    /// The positions `start..end` of a sub-slice `&x[start..end]` of `x` (of `len` elements)
    /// walked element by element (`for v in &x[1..4]`): panics where slicing `x` would, before
    /// the loop, with the same message as slice indexing.
    #[inline(always)]
    #[track_caller]
    pub fn slice_positions(start: usize, end: usize, len: usize) -> core::ops::Range<usize> {
        if start > end {
            panic!("slice index starts at {start} but ends at {end}");
        }
        if end > len {
            panic!("range end index {end} out of range for slice of length {len}");
        }
        start..end
    }

    /// How many iterations each segment of a checkpointed loop has: `⌈√n⌉` for a loop of `n`
    /// iterations (at least 1), which keeps `√n` checkpoints and one segment's records, `O(√n)`
    /// memory for one extra forward pass (Griewank's one-level checkpointing).
    pub fn checkpoint_every<I: Iterator>(iterations: &I) -> usize {
        let n = iterations.size_hint().0;
        let mut every = n.isqrt();
        if every * every < n {
            every += 1;
        }
        every.max(1)
    }

    /// Makes room on a loop's stack for the records of `iterations` (its size hint, exact for
    /// a range), before the loop, so that [`push_reserved`] does not grow it inside the loop.
    #[inline(always)]
    pub fn reserve_for<T, I: Iterator>(stack: &mut Vec<T>, iterations: &I) {
        stack.reserve(iterations.size_hint().0);
    }

    /// Pushes an iteration's record on a stack that has room for it ([`reserve_for`]): the
    /// loop then calls nothing it returns from, so rustc keeps its values in registers instead
    /// of saving them around a call that would grow the stack.
    ///
    /// **Panics** if the stack has no room: generated code reserves, before a loop that runs
    /// its range to the end, room for every iteration of that range (whose size hint is exact).
    #[inline(always)]
    pub fn push_reserved<T>(stack: &mut Vec<T>, record: T) {
        if stack.len() < stack.capacity() {
            stack.push(record);
        } else {
            no_room_reserved();
        }
    }

    #[cold]
    #[inline(never)]
    fn no_room_reserved() -> ! {
        unreachable!("grad: a loop ran more iterations than its range's size hint had room for")
    }

    /// The rule traits whose methods generated code calls with method syntax (`x.exp_vjp()`),
    /// imported without names so that they cannot clash with the user's own items.
    pub mod prelude {
        pub use crate::rules::{
            ArrayRules as _, CloneVjp as _, DotVjp as _, FloatRules as _, FoldAxisVjp as _,
            FromElemVjp as _, FromShapeVecVjp as _, FromVecVjp as _, FromVjp as _,
            MatrixRules as _, ReduceRules as _, ShapeRules as _, SliceRules as _,
            StatisticsRules as _, ToOwnedVjp as _, ToVecVjp as _, TransposeVjp as _, ViewVjp as _,
        };
    }
}

/// The element types of the differentiable array operations: `f32` and `f64`, with the numeric
/// traits ndarray's linear algebra and `num_traits`' float functions need. Each is a [`Tangent`]
/// of one element, so a struct generic over `A: Scalar` can derive `Tangent` with fields of type
/// `A` as well as `Array<A, D>`.
///
/// It is also the one bound a generic differentiated function needs: `fn f<A: Scalar>(x: A, y:
/// &[A]) -> A` gets `f_grad` and `f_vjp` generic over `A`, since `Scalar` brings the rules of the
/// operators and of the float methods for `A` (and `+=` and the like, `num_traits`' `Float`, and
/// the constants `A::PI()`, `A::SQRT_2()`, .. of `num_traits`' `FloatConst`).
pub trait Scalar:
    Tangent<Scalar = Self>
    + rules::float::FloatPullbacks
    + rules::FloatRules
    + rules::AddVjp<Self, Output = Self, LhsTangent = Self, RhsTangent = Self>
    + rules::SubVjp<Self, Output = Self, LhsTangent = Self, RhsTangent = Self>
    + rules::MulVjp<Self, Output = Self, LhsTangent = Self, RhsTangent = Self>
    + rules::DivVjp<Self, Output = Self, LhsTangent = Self, RhsTangent = Self>
    + rules::NegVjp<Output = Self, Tangent = Self>
    + num_traits::Float
    + num_traits::FloatConst
    + num_traits::NumAssignOps
    + num_traits::FromPrimitive
    + ndarray::LinalgScalar
    + ndarray::ScalarOperand
    + core::iter::Sum
    + core::fmt::Debug
    + core::fmt::Display
    + Send
    + Sync
    + 'static
{
    /// The additive identity, `0`.
    const ZERO: Self;
    /// The multiplicative identity, `1`.
    const ONE: Self;

    /// Whether `self` is exactly [`ONE`](Self::ONE), so that scaling by it can be skipped. Not
    /// `self == ONE` for a dual number, whose `==` compares values only: `1 + ċε` scales a
    /// tangent too.
    #[doc(hidden)]
    #[inline(always)]
    fn is_one(self) -> bool {
        self == Self::ONE
    }
}

impl Scalar for f32 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

impl Scalar for f64 {
    const ZERO: Self = 0.0;
    const ONE: Self = 1.0;
}

/// A dual number: the rules run at it carry derivatives along a direction (forward mode, and
/// forward over reverse for second derivatives).
impl Scalar for Dual<f32> {
    const ZERO: Self = Dual::constant(0.0);
    const ONE: Self = Dual::constant(1.0);

    #[inline(always)]
    fn is_one(self) -> bool {
        self.value == 1.0 && self.tangent == 0.0
    }
}

/// A dual number: the rules run at it carry derivatives along a direction (forward mode, and
/// forward over reverse for second derivatives).
impl Scalar for Dual<f64> {
    const ZERO: Self = Dual::constant(0.0);
    const ONE: Self = Dual::constant(1.0);

    #[inline(always)]
    fn is_one(self) -> bool {
        self.value == 1.0 && self.tangent == 0.0
    }
}
