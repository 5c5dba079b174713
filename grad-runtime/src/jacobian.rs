//! Dense Jacobians and Hessians, assembled from the products a differentiated function gives:
//! columns from Jacobian-vector products (`f_jvp`), rows from vector-Jacobian products
//! (`f_vjp`), and Hessian columns from Hessian-vector products (`f_hvp`).
//!
//! For `f: Rⁿ → Rᵐ` with Jacobian `J` (`J[i, j] = ∂fᵢ/∂xⱼ`, an `m × n` matrix) and the standard
//! basis vectors `eⱼ`:
//!
//! | helper               | product        | gives       | products needed |
//! |----------------------|----------------|-------------|-----------------|
//! | [`jacobian_forward`] | `J eⱼ` (jvp)   | column `j`  | `n`             |
//! | [`jacobian_reverse`] | `Jᵀ eᵢ` (vjp)  | row `i`     | `m`             |
//! | [`jacobian`]         | the cheaper    | all of `J`  | `min(n, m)`     |
//! | [`hessian`]          | `H eⱼ` (hvp)   | column `j`  | `n`             |
//!
//! A jvp costs a small multiple of one evaluation of `f` and so does a vjp, so the cheaper
//! direction is the one with fewer products: columns for a tall or square `J` (`n ≤ m`), rows for
//! a wide one (JAX's `jacfwd`/`jacrev` advice). A dense Hessian costs `n` Hessian-vector
//! products and `n²` numbers: for small problems; an optimiser that only needs `H v` (Newton-CG)
//! should take the products themselves.
//!
//! Each helper takes the product as a closure of the basis vector, so it works with the generated
//! `f_jvp`, `f_vjp` and `f_hvp` as with hand-written products. The basis vector is a [`Basis`]
//! type, `Vec<A>` or `Array1<A>` (the closure's annotation picks it), passed by value; the closure
//! returns the product as anything that iterates over its elements (`Vec<A>`, `Array1<A>`):
//!
//! ```
//! use grad_runtime::jacobian::jacobian;
//! use ndarray::array;
//!
//! // f(x, y) = (x y, x + y, y²): J = [[y, x], [1, 1], [0, 2y]].
//! let (x, y) = (2.0, 3.0);
//! let jvp = |t: Vec<f64>| vec![y * t[0] + x * t[1], t[0] + t[1], 2.0 * y * t[1]];
//! let vjp = |u: Vec<f64>| vec![y * u[0] + u[1], x * u[0] + u[1] + 2.0 * y * u[2]];
//! let j = jacobian((3, 2), jvp, vjp); // 2 columns rather than 3 rows
//! assert_eq!(j, array![[3.0, 2.0], [1.0, 1.0], [0.0, 6.0]]);
//! ```

use ndarray::{Array1, Array2, ArrayViewMut1};

use crate::Scalar;

/// A vector type the helpers of this module seed products with: `Vec<A>` and `Array1<A>`, the
/// types of the tangents and cotangents of `&[A]`/`Vec<A>` and `Array1<A>` values.
pub trait Basis<A>: Sized {
    /// The `i`-th standard basis vector `eᵢ` of `Aⁿ`: `1` at index `i`, `0` elsewhere.
    ///
    /// **Panics** if `i >= n`.
    fn basis(n: usize, i: usize) -> Self;
}

impl<A: Scalar> Basis<A> for Vec<A> {
    fn basis(n: usize, i: usize) -> Self {
        assert!(i < n, "basis vector {i} of a space of dimension {n}");
        let mut e = vec![A::ZERO; n];
        e[i] = A::ONE;
        e
    }
}

impl<A: Scalar> Basis<A> for Array1<A> {
    fn basis(n: usize, i: usize) -> Self {
        assert!(i < n, "basis vector {i} of a space of dimension {n}");
        let mut e = Array1::zeros(n);
        e[i] = A::ONE;
        e
    }
}

/// The `m × n` Jacobian `J` of `f: Rⁿ → Rᵐ` at a point, column by column from `n`
/// Jacobian-vector products: column `j` is `jvp(eⱼ) = J eⱼ`.
///
/// `shape` is `(m, n)`. `jvp` maps a tangent `t` of the input to the tangent `J t` of the
/// output, typically `|t: Vec<f64>| f_jvp(&x, &t).1`.
///
/// ```
/// use grad_runtime::jacobian::jacobian_forward;
/// use ndarray::{Array1, array};
///
/// // f(r, θ) = (r cos θ, r sin θ) at (2, 0): J = [[cos θ, -r sin θ], [sin θ, r cos θ]].
/// let (r, theta) = (2.0_f64, 0.0_f64);
/// let jvp = |t: Array1<f64>| {
///     array![
///         theta.cos() * t[0] - r * theta.sin() * t[1],
///         theta.sin() * t[0] + r * theta.cos() * t[1],
///     ]
/// };
/// assert_eq!(jacobian_forward((2, 2), jvp), array![[1.0, 0.0], [0.0, 2.0]]);
/// ```
///
/// **Panics** if a product does not have `m` elements.
pub fn jacobian_forward<A, V, W>(shape: (usize, usize), mut jvp: impl FnMut(V) -> W) -> Array2<A>
where
    A: Scalar,
    V: Basis<A>,
    W: IntoIterator<Item = A>,
{
    let (m, n) = shape;
    let mut j = Array2::zeros((m, n));
    for (col, column) in j.columns_mut().into_iter().enumerate() {
        fill(column, jvp(V::basis(n, col)), "column", col);
    }
    j
}

/// The `m × n` Jacobian `J` of `f: Rⁿ → Rᵐ` at a point, row by row from `m` vector-Jacobian
/// products: row `i` is `vjp(eᵢ) = Jᵀ eᵢ`.
///
/// `shape` is `(m, n)`. `vjp` maps a cotangent `u` of the output to the cotangent `Jᵀ u` of the
/// input, typically `|u: Vec<f64>| f_vjp(&x).1(u).0` (a pullback gives a tuple of one cotangent
/// per parameter, and is called once, so each row runs `f_vjp` again).
///
/// ```
/// use grad_runtime::jacobian::jacobian_reverse;
/// use ndarray::array;
///
/// // f(x) = (x₀ x₁ x₂, x₀ + x₂) at (1, 2, 3): Jᵀ u = (6u₀ + u₁, 3u₀, 2u₀ + u₁).
/// let vjp = |u: Vec<f64>| vec![6.0 * u[0] + u[1], 3.0 * u[0], 2.0 * u[0] + u[1]];
/// assert_eq!(
///     jacobian_reverse((2, 3), vjp),
///     array![[6.0, 3.0, 2.0], [1.0, 0.0, 1.0]]
/// );
/// ```
///
/// **Panics** if a product does not have `n` elements.
pub fn jacobian_reverse<A, U, W>(shape: (usize, usize), mut vjp: impl FnMut(U) -> W) -> Array2<A>
where
    A: Scalar,
    U: Basis<A>,
    W: IntoIterator<Item = A>,
{
    let (m, n) = shape;
    let mut j = Array2::zeros((m, n));
    for (i, row) in j.rows_mut().into_iter().enumerate() {
        fill(row, vjp(U::basis(m, i)), "row", i);
    }
    j
}

/// The `m × n` Jacobian `J` of `f: Rⁿ → Rᵐ` at a point, from whichever products are fewer:
/// `n` Jacobian-vector products (columns, [`jacobian_forward`]) when `n ≤ m`, else `m`
/// vector-Jacobian products (rows, [`jacobian_reverse`]).
///
/// `shape` is `(m, n)`; `jvp` maps `t` to `J t` and `vjp` maps `u` to `Jᵀ u`. Only one of them is
/// called. See the [module documentation](self) for an example.
///
/// **Panics** if a product does not have the length of a column (`m`) or a row (`n`).
pub fn jacobian<A, V, U, W, X>(
    shape: (usize, usize),
    jvp: impl FnMut(V) -> W,
    vjp: impl FnMut(U) -> X,
) -> Array2<A>
where
    A: Scalar,
    V: Basis<A>,
    U: Basis<A>,
    W: IntoIterator<Item = A>,
    X: IntoIterator<Item = A>,
{
    let (m, n) = shape;
    if n <= m {
        jacobian_forward(shape, jvp)
    } else {
        jacobian_reverse(shape, vjp)
    }
}

/// The `n × n` Hessian `H` (`H[i, j] = ∂²f/∂xᵢ∂xⱼ`) of `f: Rⁿ → R` at a point, from `n`
/// Hessian-vector products, symmetrised: `(K + Kᵀ) / 2` for the matrix `K` whose column `j` is
/// `hvp(eⱼ) = H eⱼ`.
///
/// `hvp` maps `v` to `H v`, typically `|v: Vec<f64>| f_hvp(&x, &v).2`.
///
/// Why symmetrised: the Hessian of a twice continuously differentiable function is symmetric,
/// and `K` is it up to rounding, which differs between `K[i, j]` (from `H eⱼ`) and `K[j, i]`
/// (from `H eᵢ`). The average is as accurate as either and exactly symmetric, which is what a
/// Cholesky factorisation or a symmetric eigensolver takes. (Where `f` is not twice
/// differentiable, at a kink of `abs` or `max`, `K` may be asymmetric and the average is one
/// convention among others.) `n` products and `n²` numbers: for small problems; Newton-CG and
/// trust-region methods need only the products.
///
/// ```
/// use grad_runtime::jacobian::hessian;
/// use ndarray::array;
///
/// // f(x, y) = x² y + y³: H = [[2y, 2x], [2x, 6y]], at (1, 2).
/// let (x, y) = (1.0, 2.0);
/// let hvp = |v: Vec<f64>| vec![2.0 * y * v[0] + 2.0 * x * v[1], 2.0 * x * v[0] + 6.0 * y * v[1]];
/// assert_eq!(hessian(2, hvp), array![[4.0, 2.0], [2.0, 12.0]]);
/// ```
///
/// **Panics** if a product does not have `n` elements.
pub fn hessian<A, V, W>(n: usize, hvp: impl FnMut(V) -> W) -> Array2<A>
where
    A: Scalar,
    V: Basis<A>,
    W: IntoIterator<Item = A>,
{
    let columns = jacobian_forward((n, n), hvp);
    let half = A::ONE / (A::ONE + A::ONE);
    (&columns + &columns.t()) * half
}

/// Writes `product` into `slot` (the `index`-th column or row of a Jacobian being built).
///
/// **Panics** if `product` does not have `slot.len()` elements.
fn fill<A: Scalar>(
    mut slot: ArrayViewMut1<A>,
    product: impl IntoIterator<Item = A>,
    what: &str,
    index: usize,
) {
    let expected = slot.len();
    let mut written = 0;
    for value in product {
        assert!(
            written < expected,
            "{what} {index} has more than the {expected} elements the shape says"
        );
        slot[written] = value;
        written += 1;
    }
    assert_eq!(
        written, expected,
        "{what} {index} has {written} elements, the shape says {expected}"
    );
}
