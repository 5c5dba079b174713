//! Differentiated functions as problems for [argmin](https://argmin-rs.org)'s optimisers
//! (feature `argmin`).
//!
//! [`Objective`] wraps a cost `f: Rⁿ → R` and its gradient, and optionally its Hessian-vector
//! product, as closures or function items: `f`, `f_grad` and `f_hvp` of a
//! `#[grad::differentiate] fn f(x: &[f64]) -> f64` fit as they are. It implements argmin's
//! [`CostFunction`] and [`Gradient`], which is what the line-search methods take (L-BFGS, BFGS,
//! nonlinear conjugate gradient, steepest descent), and with a Hessian-vector product
//! [`Hessian`], which Newton-CG and the trust-region methods take:
//!
//! | built with                          | argmin's `Hessian` is                        | for                           |
//! |-------------------------------------|-----------------------------------------------|-------------------------------|
//! | [`Objective::new`]                  | —                                             | L-BFGS, BFGS, CG, ...         |
//! | [`.with_hessian_vector(hvp)`][hv]   | [`HessianProduct`]: `H(x)` as the map `v ↦ H(x) v` | Newton-CG, trust regions (Steihaug) |
//! | [`.with_dense_hessian(hvp)`][dense] | `Vec<Vec<f64>>`, `n` products at each `x`      | small problems, inspection    |
//!
//! [hv]: Objective::with_hessian_vector
//! [dense]: Objective::with_dense_hessian
//!
//! Newton-CG solves the Newton system `H(x) p = -∇f(x)` by conjugate gradients, which only ever
//! multiply `H(x)` by a vector: with [`HessianProduct`] each multiplication is one call of `f_hvp`
//! (forward over reverse, the cost of a few gradients) and no `n × n` matrix is formed.
//!
//! Parameters are `Vec<f64>`, argmin-math's `vec` backend: argmin-math 0.5 has ndarray backends
//! only up to ndarray 0.16, and this workspace uses ndarray 0.17. For the same reason argmin's
//! `Newton` method, which inverts a dense Hessian (`ArgminInv`, which the `vec` backend does not
//! have), is not available; Newton-CG is its matrix-free counterpart.
//!
//! argmin's own modules are here as [`core`] and [`solver`], so the feature is all a user needs:
//!
//! ```
//! use grad_runtime::argmin::core::{Executor, State};
//! use grad_runtime::argmin::solver::{linesearch::MoreThuenteLineSearch, quasinewton::LBFGS};
//! use grad_runtime::argmin::Objective;
//!
//! // f(x) = (x₀ - 3)² + 10 (x₁ + 1)², minimised at (3, -1).
//! let f = |x: &[f64]| (x[0] - 3.0).powi(2) + 10.0 * (x[1] + 1.0).powi(2);
//! let f_grad = |x: &[f64]| (f(x), vec![2.0 * (x[0] - 3.0), 20.0 * (x[1] + 1.0)]);
//! let solver = LBFGS::new(MoreThuenteLineSearch::new(), 5);
//! let result = Executor::new(Objective::new(f, f_grad), solver)
//!     .configure(|state| state.param(vec![0.0, 0.0]).max_iters(50))
//!     .run()
//!     .unwrap();
//! let best = result.state().get_best_param().unwrap();
//! assert!((best[0] - 3.0).abs() < 1e-8 && (best[1] + 1.0).abs() < 1e-8);
//! ```

use ::argmin::core::{CostFunction, Error, Gradient, Hessian};
use argmin_math::ArgminDot;

pub use ::argmin::{core, solver};

/// A cost function `f: Rⁿ → R` with its gradient and, through `H`, optionally its Hessian, as
/// an argmin problem over `Vec<f64>` parameters (see the [module documentation](self)).
///
/// - `cost(x) = f(x)`: `Fn(&[f64]) -> f64`, such as `f` itself;
/// - `gradient(x) = (f(x), ∇f(x))`: `Fn(&[f64]) -> (f64, Vec<f64>)`, such as `f_grad` (argmin asks
///   for the cost and the gradient separately; the value is dropped);
/// - `H`: `()` without a Hessian, [`HessianVector`] or [`DenseHessian`] with one.
#[derive(Clone, Debug)]
pub struct Objective<C, G, H = ()> {
    cost: C,
    gradient: G,
    hessian: H,
}

/// The Hessian of an [`Objective`] as products `H(x) v`, from a Hessian-vector product
/// `hvp(x, v) = (f(x), ∇f(x), H(x) v)` (such as `f_hvp`): argmin's [`Hessian`] at `x` is the
/// [`HessianProduct`] at `x`.
#[derive(Clone, Debug)]
pub struct HessianVector<V>(V);

/// The Hessian of an [`Objective`] as a dense matrix, from a Hessian-vector product
/// `hvp(x, v) = (f(x), ∇f(x), H(x) v)` (such as `f_hvp`): argmin's [`Hessian`] at `x` is the
/// `n × n` matrix [`crate::jacobian::hessian`] builds from `n` products, as rows.
#[derive(Clone, Debug)]
pub struct DenseHessian<V>(V);

impl<C, G> Objective<C, G>
where
    C: Fn(&[f64]) -> f64,
    G: Fn(&[f64]) -> (f64, Vec<f64>),
{
    /// The problem of minimising `cost`, whose gradient `gradient` gives as `(f(x), ∇f(x))`:
    /// `Objective::new(f, f_grad)` for a differentiated `f`.
    pub fn new(cost: C, gradient: G) -> Self {
        Self {
            cost,
            gradient,
            hessian: (),
        }
    }

    /// The same problem with its Hessian as products `v ↦ H(x) v`, from
    /// `hvp(x, v) = (f(x), ∇f(x), H(x) v)` (`f_hvp`): for Newton-CG and the trust-region
    /// methods, which only multiply the Hessian by vectors. `hvp` is cloned into each
    /// [`HessianProduct`] (a function item or a closure of copies is cheap to clone).
    pub fn with_hessian_vector<V>(self, hvp: V) -> Objective<C, G, HessianVector<V>>
    where
        V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>) + Clone,
    {
        Objective {
            cost: self.cost,
            gradient: self.gradient,
            hessian: HessianVector(hvp),
        }
    }

    /// The same problem with its Hessian as a dense `n × n` matrix, built at each `x` from `n`
    /// products `hvp(x, v) = (f(x), ∇f(x), H(x) v)` (`f_hvp`) and symmetrised (see
    /// [`crate::jacobian::hessian`]). For small problems; prefer
    /// [`with_hessian_vector`](Self::with_hessian_vector) for Newton-CG.
    pub fn with_dense_hessian<V>(self, hvp: V) -> Objective<C, G, DenseHessian<V>>
    where
        V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
    {
        Objective {
            cost: self.cost,
            gradient: self.gradient,
            hessian: DenseHessian(hvp),
        }
    }
}

impl<C, G, H> CostFunction for Objective<C, G, H>
where
    C: Fn(&[f64]) -> f64,
{
    type Param = Vec<f64>;
    type Output = f64;

    /// `f(x)`.
    fn cost(&self, x: &Vec<f64>) -> Result<f64, Error> {
        Ok((self.cost)(x))
    }
}

impl<C, G, H> Gradient for Objective<C, G, H>
where
    G: Fn(&[f64]) -> (f64, Vec<f64>),
{
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;

    /// `∇f(x)`.
    fn gradient(&self, x: &Vec<f64>) -> Result<Vec<f64>, Error> {
        Ok((self.gradient)(x).1)
    }
}

impl<C, G, V> Hessian for Objective<C, G, HessianVector<V>>
where
    V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>) + Clone,
{
    type Param = Vec<f64>;
    type Hessian = HessianProduct<V>;

    /// `H(x)` as the map `v ↦ H(x) v`; nothing is computed until it is applied.
    fn hessian(&self, x: &Vec<f64>) -> Result<HessianProduct<V>, Error> {
        Ok(HessianProduct {
            x: x.clone(),
            hvp: self.hessian.0.clone(),
        })
    }
}

impl<C, G, V> Hessian for Objective<C, G, DenseHessian<V>>
where
    V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
{
    type Param = Vec<f64>;
    type Hessian = Vec<Vec<f64>>;

    /// `H(x)` as rows, from `n` Hessian-vector products.
    fn hessian(&self, x: &Vec<f64>) -> Result<Vec<Vec<f64>>, Error> {
        let hvp = &self.hessian.0;
        let h = crate::jacobian::hessian(x.len(), |v: Vec<f64>| hvp(x, &v).2);
        Ok(h.outer_iter().map(|row| row.to_vec()).collect())
    }
}

/// The Hessian `H(x)` of an [`Objective`] at one point `x`, as the linear map `v ↦ H(x) v`: what
/// argmin's Newton-CG and trust-region solvers multiply vectors by (argmin's `ArgminDot`), one
/// Hessian-vector product per multiplication, without forming the matrix.
#[derive(Clone, Debug)]
pub struct HessianProduct<V> {
    x: Vec<f64>,
    hvp: V,
}

impl<V> HessianProduct<V>
where
    V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
{
    /// The point `x` the Hessian is taken at.
    pub fn point(&self) -> &[f64] {
        &self.x
    }

    /// `H(x) v`.
    ///
    /// **Panics** if the product panics, as a generated `f_hvp` does when `v` does not have
    /// `x`'s length.
    pub fn apply(&self, v: &[f64]) -> Vec<f64> {
        (self.hvp)(&self.x, v).2
    }
}

impl<V> ArgminDot<Vec<f64>, Vec<f64>> for HessianProduct<V>
where
    V: Fn(&[f64], &[f64]) -> (f64, Vec<f64>, Vec<f64>),
{
    /// `H(x) v`, what argmin writes `hessian.dot(v)`.
    fn dot(&self, v: &Vec<f64>) -> Vec<f64> {
        self.apply(v)
    }
}
