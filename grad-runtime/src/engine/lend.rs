//! Arrays `f_grad` lends its rules for its whole run, so that a rule need not copy them.
//!
//! A rule's pullback owns what it keeps (`f_vjp`'s pullback may outlive its arguments, and a
//! differentiated caller passes its rules its own locals), so `affine_vjp(x, w, b)` keeps a
//! copy of `x` for `dw = xᵀ · c`: for a network's input batch, as much memory as the batch.
//! `f_grad` runs its pullback before it returns, while its parameters are still borrowed. So it
//! lends them, beside the calls, in a thread-local, as [`wrt`](super::wrt) says which arguments
//! are differentiated:
//!
//! - `f_grad` runs its body inside [`lend`]`(&[loan(x), loan(w1), ..], || ..)`: every
//!   parameter that is a shared reference to an ndarray array in standard layout is registered
//!   for as long as the call runs, its borrow held by the [`Loan`]; so is every array a
//!   parameter behind `&` holds, if its type is a [`Tangent`](crate::Tangent) (the fields of a
//!   `p: &Net` with `#[derive(grad::Tangent)]`, the layers of a `&Vec<Layer>`), through
//!   [`Tangent::loans`](crate::Tangent::loans).
//! - A rule that keeps an array calls [`keep`] at the start (not in its pullback): if the array
//!   is one of the lent ones (same data pointer, shape and element type), it gets a [`Kept::Lent`]
//!   ticket, a few numbers, instead of a copy; otherwise a [`Kept::Owned`] copy, as before.
//! - The pullback reads it with [`Kept::with_view`]: for a ticket, a view of the lent array,
//!   checked to be still lent. A pullback that runs after its `f_grad` has returned, or on
//!   another thread, panics instead of reading freed memory; `f_grad` never does that.
//!
//! A rule that does not call [`keep`] copies what it keeps, as before: correct, only larger.
//! The rules of [`nn`](crate::nn) that use it: `affine_vjp` and `temporal_affine_vjp` (both
//! `x` and `w`).
//!
//! ```
//! use grad_runtime::lend::{Kept, keep, lend, loan};
//! use grad_runtime::ndarray::array;
//!
//! let x = array![[1.0, 2.0], [3.0, 4.0]];
//! // Outside a loan, a copy.
//! assert!(matches!(keep(&x), Kept::Owned(_)));
//! let sum = lend(&[loan(&x)], || {
//!     let kept = keep(&x);
//!     assert!(matches!(kept, Kept::Lent(_)));
//!     kept.with_view(|x| x.sum())
//! });
//! assert_eq!(sum, 10.0);
//! ```

use core::any::TypeId;
use core::cell::RefCell;
use core::marker::PhantomData;
use core::sync::atomic::{AtomicU64, Ordering};

use ndarray::{ArcArray, ArrayBase, ArrayView, Data, Dimension, IxDyn};

/// What identifies a lent array: its first element's address, its shape and its element type
/// (always in standard layout). The shape is an `IxDyn`, which holds up to four lengths without
/// allocating.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Fingerprint {
    address: usize,
    shape: IxDyn,
    element: TypeId,
}

impl Fingerprint {
    /// The fingerprint of `a`, if it is in standard layout (the only layout lent).
    fn of<A: 'static, S: Data<Elem = A>, D: Dimension>(a: &ArrayBase<S, D>) -> Option<Self> {
        a.is_standard_layout().then(|| Fingerprint {
            address: a.as_ptr() as usize,
            shape: IxDyn(a.shape()),
            element: TypeId::of::<A>(),
        })
    }
}

thread_local! {
    /// The arrays lent on this thread, by the number of the [`lend`] call that lends them,
    /// outermost first.
    static LENT: RefCell<Vec<(u64, Fingerprint)>> = const { RefCell::new(Vec::new()) };
}

/// The number of the next [`lend`] call: never reused, so a ticket of a call that has returned
/// matches nothing.
static NEXT_LOAN: AtomicU64 = AtomicU64::new(0);

/// A shared borrow of one array, to be lent by [`lend`]; from [`loan`].
#[derive(Debug)]
pub struct Loan<'a> {
    fingerprint: Option<Fingerprint>,
    _borrow: PhantomData<&'a ()>,
}

/// A [`Loan`] of `a`: borrowed for as long as the loan lives. An array not in standard layout
/// is not lent (rules copy it, as without a loan).
pub fn loan<A: 'static, S: Data<Elem = A>, D: Dimension>(a: &ArrayBase<S, D>) -> Loan<'_> {
    Loan {
        fingerprint: Fingerprint::of(a),
        _borrow: PhantomData,
    }
}

/// The arrays of a parameter that is not itself an array, as `f_grad` lends them: what
/// [`Tangent::loans`](crate::Tangent::loans) gives for a [`Tangent`](crate::Tangent) (the
/// fields of a parameter struct), found by autoref before [`LendNothing`], which every other
/// type gets. `f_grad` calls `(&*p).grad_loans(&mut loans)` with both traits in scope.
#[doc(hidden)]
pub trait LendTangent {
    /// Adds loans of the arrays `self` holds.
    fn grad_loans<'a>(&'a self, loans: &mut Vec<Loan<'a>>);
}

impl<T: crate::Tangent> LendTangent for T {
    #[inline]
    fn grad_loans<'a>(&'a self, loans: &mut Vec<Loan<'a>>) {
        self.loans(loans);
    }
}

/// The fallback of [`LendTangent`]: a type that is not a `Tangent` lends nothing.
#[doc(hidden)]
pub trait LendNothing {
    /// Adds nothing.
    fn grad_loans<'a>(&self, loans: &mut Vec<Loan<'a>>);
}

impl<T: ?Sized> LendNothing for &T {
    #[inline]
    fn grad_loans<'a>(&self, _loans: &mut Vec<Loan<'a>>) {}
}

/// Runs `f` with the arrays of `loans` lent to the rules it calls on this thread: [`keep`]
/// gives tickets for them instead of copies, valid until `lend` returns.
pub fn lend<R>(loans: &[Loan<'_>], f: impl FnOnce() -> R) -> R {
    let number = NEXT_LOAN.fetch_add(1, Ordering::Relaxed);
    let registered = LENT.with_borrow_mut(|lent| {
        let before = lent.len();
        lent.extend(
            loans
                .iter()
                .filter_map(|loan| Some((number, loan.fingerprint.clone()?))),
        );
        before
    });
    /// Takes the loans back when `f` returns or unwinds: the arrays are then no longer
    /// borrowed, and the tickets must match nothing.
    struct Return(usize);
    impl Drop for Return {
        fn drop(&mut self) {
            LENT.with_borrow_mut(|lent| lent.truncate(self.0));
        }
    }
    let _return = Return(registered);
    f()
}

/// A lent array, as a rule keeps it: which [`lend`] call lends it, its address and shape.
#[derive(Clone, Debug)]
pub struct Ticket<A, D> {
    number: u64,
    address: usize,
    dim: D,
    _element: PhantomData<fn() -> A>,
}

impl<A: 'static, D: Dimension> Ticket<A, D> {
    /// Calls `f` with a view of the lent array.
    ///
    /// **Panics** if the array is no longer lent: the [`lend`] call has returned, or this runs
    /// on another thread.
    fn with_view<R>(&self, f: impl FnOnce(ArrayView<'_, A, D>) -> R) -> R {
        let fingerprint = Fingerprint {
            address: self.address,
            shape: IxDyn(self.dim.slice()),
            element: TypeId::of::<A>(),
        };
        let lent = LENT.with_borrow(|lent| lent.contains(&(self.number, fingerprint)));
        assert!(
            lent,
            "grad: a pullback read an array lent by `f_grad` after `f_grad` returned (or on another thread)"
        );
        // SAFETY: the registered loan `(number, fingerprint)` was made by `lend` from a
        // `Loan<'a>`, that is from a live `&'a ArrayBase<S, D'>` whose elements have type `A`
        // (same `TypeId`), are in standard layout with this shape and start at `address`: the
        // memory of `dim.size()` initialised, aligned elements of type `A` in standard layout.
        // `lend` holds the `Loan`s, hence the shared borrows, until it returns, and takes the
        // registration back when it returns or unwinds; numbers are never reused and
        // registrations are per thread. So the registration being present on this thread means
        // that `lend`'s frame is below this one on this thread's stack: the borrow is live and
        // stays live until `f` returns, and nothing can write the elements meanwhile. The view
        // does not outlive `f`, whose lifetime is chosen by this function.
        let view = unsafe { ArrayView::from_shape_ptr(self.dim.clone(), self.address as *const A) };
        f(view)
    }
}

/// An array a rule's pullback needs, from [`keep`]: a ticket for an array `f_grad` lends, or a
/// copy of any other (shared, not copied again, if it was an `ArcArray`).
#[derive(Clone, Debug)]
pub enum Kept<A, D: Dimension> {
    /// A ticket for a lent array: no copy.
    Lent(Ticket<A, D>),
    /// A copy.
    Owned(ArcArray<A, D>),
}

/// What a rule keeps of `a` for its pullback: a ticket if `a` is lent by [`lend`] on this
/// thread, else a copy (`a.to_shared()`). Call it in the rule, not in its pullback.
pub fn keep<A, S, D>(a: &ArrayBase<S, D>) -> Kept<A, D>
where
    A: Clone + 'static,
    S: Data<Elem = A>,
    D: Dimension,
{
    let lent = Fingerprint::of(a).and_then(|fingerprint| {
        LENT.with_borrow(|lent| {
            lent.iter()
                .find(|(_, registered)| *registered == fingerprint)
                .map(|(number, _)| *number)
        })
    });
    match lent {
        Some(number) => Kept::Lent(Ticket {
            number,
            address: a.as_ptr() as usize,
            dim: a.raw_dim(),
            _element: PhantomData,
        }),
        None => Kept::Owned(a.to_shared()),
    }
}

impl<A: 'static, D: Dimension> Kept<A, D> {
    /// Calls `f` with a view of the kept array.
    ///
    /// **Panics** for a ticket whose array is no longer lent (see [`lend`]).
    pub fn with_view<R>(&self, f: impl FnOnce(ArrayView<'_, A, D>) -> R) -> R {
        match self {
            Kept::Lent(ticket) => ticket.with_view(f),
            Kept::Owned(array) => f(array.view()),
        }
    }
}

#[cfg(test)]
mod tests {
    use ndarray::array;

    use super::*;

    #[test]
    fn outside_a_loan_keeps_a_copy() {
        let x = array![[1.0, 2.0]];
        assert!(matches!(keep(&x), Kept::Owned(ref copy) if copy == x));
    }

    #[test]
    fn a_lent_array_is_read_through_its_ticket() {
        let x = array![[1.0, 2.0], [3.0, 4.0]];
        let y = array![5.0, 6.0];
        lend(&[loan(&x), loan(&y)], || {
            let (kept_x, kept_y) = (keep(&x), keep(&y));
            assert!(matches!(kept_x, Kept::Lent(_)));
            assert!(matches!(kept_y, Kept::Lent(_)));
            assert_eq!(kept_x.with_view(|v| v.to_owned()), x);
            assert_eq!(kept_y.with_view(|v| v.to_owned()), y);
        });
    }

    #[test]
    fn other_arrays_and_views_are_copied() {
        let x = array![[1.0f64, 2.0], [3.0, 4.0]];
        let same_values = x.clone();
        lend(&[loan(&x)], || {
            assert!(matches!(keep(&same_values), Kept::Owned(_)));
            // A view with x's first element but another shape, and a transposed one.
            assert!(matches!(keep(&x.row(0)), Kept::Owned(_)));
            assert!(matches!(keep(&x.t()), Kept::Owned(_)));
            // The same view of x is x.
            assert!(matches!(keep(&x.view()), Kept::Lent(_)));
        });
    }

    #[test]
    fn loans_end_with_lend_also_on_panic() {
        let x = array![[1.0, 2.0]];
        let ticket = lend(&[loan(&x)], || keep(&x));
        assert!(LENT.with_borrow(Vec::is_empty));
        let read = std::panic::catch_unwind(|| ticket.with_view(|v| v.sum()));
        assert!(read.is_err(), "a ticket read after its loan ended");
        let unwound = std::panic::catch_unwind(|| lend(&[loan(&x)], || panic!("inside")));
        assert!(unwound.is_err());
        assert!(LENT.with_borrow(Vec::is_empty));
    }

    #[test]
    fn nested_loans_give_the_outer_ticket_and_end_in_order() {
        let x = array![[1.0, 2.0]];
        lend(&[loan(&x)], || {
            let outer = keep(&x);
            let inner = lend(&[loan(&x)], || keep(&x));
            // Both tickets name the outer loan, which is still running.
            assert_eq!(outer.with_view(|v| v.sum()), 3.0);
            assert_eq!(inner.with_view(|v| v.sum()), 3.0);
            assert_eq!(LENT.with_borrow(Vec::len), 1);
        });
    }

    #[test]
    fn another_thread_sees_no_loan() {
        let x = array![[1.0, 2.0]];
        lend(&[loan(&x)], || {
            let ticket = keep(&x);
            std::thread::scope(|scope| {
                let there = scope.spawn(|| {
                    let copied = matches!(keep(&x), Kept::Owned(_));
                    let read = std::panic::catch_unwind(|| ticket.with_view(|v| v.sum()));
                    (copied, read.is_err())
                });
                assert_eq!(there.join().unwrap(), (true, true));
            });
        });
    }
}
