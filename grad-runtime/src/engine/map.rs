//! The elementwise map, `y = x.mapv(f)` for a differentiable `f`: the rule `#[differentiate]`
//! emits for `mapv`, `map` and `mapv_into` with a closure (or a function by path), whose body it
//! differentiates itself into a per-element rule `f_vjp: v -> (f(v), c -> (c f'(v), c ∂f/∂captures))`.

use ndarray::{Array, ArrayBase, Data, Dimension};

use super::accumulate::Accumulate;

/// `y_i = f(x_i)` for every element, in logical order, with `f_vjp` the per-element rule
/// (value and pullback) the macro made of the closure's body; gives `y` and each element's
/// pullback, which [`map_pullback`] applies. (Two functions, not one rule returning a pullback:
/// the closure `f_vjp` may borrow the caller's values, and a pullback returned beside it would
/// be taken to borrow them too.)
///
/// ```
/// use grad_runtime::__private::{map_forward, map_pullback};
/// use grad_runtime::ndarray::array;
///
/// let x = array![0.5, -1.0, 2.0];
/// // What #[differentiate] makes of `x.mapv(|v| v * v * a)` with `a = 3.0`:
/// let a = 3.0;
/// let (y, pullbacks) = map_forward(&x, |v: f64| (v * v * a, move |c: f64| (2.0 * v * a * c, (v * v * c,))));
/// assert_eq!(y, array![0.75, 3.0, 12.0]);
/// let pullback = map_pullback(y.raw_dim(), pullbacks);
/// let (dx, (da,)) = pullback(array![1.0, 1.0, 1.0]);
/// assert_eq!((dx, da), (array![3.0, -6.0, 12.0], 0.25 + 1.0 + 4.0));
/// ```
pub fn map_forward<A, B, S, D, F, P>(x: &ArrayBase<S, D>, mut f_vjp: F) -> (Array<B, D>, Vec<P>)
where
    A: Copy,
    S: Data<Elem = A>,
    D: Dimension,
    F: FnMut(A) -> (B, P),
{
    // In logical order, as `map_pullback` reads the cotangent (ndarray's `map` visits a
    // contiguous array in memory order, which is another order for a column-major one). A
    // standard-layout array is walked as a slice: ndarray's iterator over several axes, and a
    // `push` per element, were two thirds of `w.mapv(|v| v * v).sum()`'s gradient.
    let (values, pullbacks): (Vec<B>, Vec<P>) = match x.as_slice() {
        Some(elements) => elements.iter().map(|&v| f_vjp(v)).unzip(),
        None => x.iter().map(|&v| f_vjp(v)).unzip(),
    };
    let y = Array::from_shape_vec(x.raw_dim(), values)
        .unwrap_or_else(|_| unreachable!("one value per element"));
    (y, pullbacks)
}

/// The pullback of an elementwise map of shape `dim` from its elements' pullbacks (see
/// [`map_forward`]): `c ↦ (c_i ∂f/∂x (x_i))_i` for the array, and `Σ_i c_i ∂f/∂k (x_i)` for each
/// value `k` the closure captured that carries a derivative (the tuple `C`).
///
/// **Panics** if the cotangent's shape is not `dim`.
pub fn map_pullback<B, D, P, T, C>(
    dim: D,
    pullbacks: Vec<P>,
) -> impl FnOnce(Array<B, D>) -> (Array<T, D>, C) + use<B, D, P, T, C>
where
    B: Copy,
    D: Dimension,
    P: FnOnce(B) -> (T, C),
    C: Accumulate + Default,
{
    move |c: Array<B, D>| {
        assert_eq!(
            c.raw_dim(),
            dim,
            "grad: the cotangent of a map has another shape than its value"
        );
        let mut captures = C::default();
        let mut pull = |(pullback, &c): (P, &B)| {
            let (element, captured) = pullback(c);
            captures.accumulate(captured);
            element
        };
        // A cotangent in standard layout as a slice, as in `map_forward`.
        let dx: Vec<T> = match c.as_slice() {
            Some(elements) => pullbacks.into_iter().zip(elements).map(&mut pull).collect(),
            None => pullbacks.into_iter().zip(c.iter()).map(&mut pull).collect(),
        };
        let dx = Array::from_shape_vec(dim, dx)
            .unwrap_or_else(|_| unreachable!("one cotangent per element, in logical order"));
        (dx, captures)
    }
}

#[cfg(test)]
mod tests {
    use ndarray::{Array2, ShapeBuilder, array};

    use super::{map_forward, map_pullback};

    /// A column-major array: each element's pullback meets its own element's cotangent.
    #[test]
    fn a_column_major_array_is_pulled_back_element_by_element() {
        let x = Array2::from_shape_vec((2, 3).f(), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
            .expect("six elements");
        assert_eq!(x, array![[1.0, 3.0, 5.0], [2.0, 4.0, 6.0]]);
        // y = v², ∂y/∂v = 2v.
        let (y, pullbacks) = map_forward(&x, |v: f64| (v * v, move |c: f64| (2.0 * v * c, ())));
        assert_eq!(y, &x * &x);
        let c = array![[1.0, 10.0, 100.0], [1000.0, 1e4, 1e5]];
        let (dx, ()) = map_pullback(y.raw_dim(), pullbacks)(c.clone());
        assert_eq!(dx, 2.0 * &x * &c);
    }
}
