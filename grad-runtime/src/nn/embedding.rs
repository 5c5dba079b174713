//! Word embeddings (cs231n's `word_embedding_forward` and `word_embedding_backward`): each
//! integer of a batch of sequences `(N, T)` picks a row of a table `(V, D)` of `V` words.

use ndarray::{Array2, Array3, ArrayBase, Axis, Data, Ix2, Zip};

use super::activation::assert_cotangent_shape;
use crate::Scalar;

/// Panics unless every index is a row of the table of `words` rows.
#[track_caller]
fn assert_indices<S: Data<Elem = usize>>(idx: &ArrayBase<S, Ix2>, words: usize) {
    if let Some((position, &word)) = idx.indexed_iter().find(|&(_, &word)| word >= words) {
        panic!(
            "word_embedding: index {word} at {:?} out of range for a table of {words} words (w has {words} rows)",
            [position.0, position.1]
        );
    }
}

/// The embedding of a batch of sequences of words: `out[n, t, :] = w[idx[n, t], :]`, with
/// `idx (N, T)` of integers in `0..V` and the table `w (V, D)`; the result is `(N, T, D)`.
///
/// Linear in `w`, and the indices are not differentiated: the pullback is
/// `c ↦ ((), dw)` with `dw[v, :] = Σ_{(n, t) : idx[n, t] = v} c[n, t, :]` (numpy's
/// `np.add.at(dw, idx, c)`, as cs231n's `word_embedding_backward`): the rows of words that
/// appear several times add up, and those of words that do not appear stay zero.
///
/// ```
/// use grad_runtime::ndarray::array;
/// use grad_runtime::nn::{word_embedding, word_embedding_vjp};
///
/// let w = array![[0.0, 0.5], [1.0, 1.5], [2.0, 2.5]];
/// let idx = array![[2, 0], [2, 2]];
/// assert_eq!(word_embedding(&idx, &w), array![[[2.0, 2.5], [0.0, 0.5]], [[2.0, 2.5], [2.0, 2.5]]]);
/// let (_, pullback) = word_embedding_vjp(&idx, &w);
/// let ((), dw) = pullback(array![[[1.0, 2.0], [3.0, 4.0]], [[5.0, 6.0], [7.0, 8.0]]]);
/// assert_eq!(dw, array![[3.0, 4.0], [0.0, 0.0], [13.0, 16.0]]);
/// ```
///
/// **Panics** if an index is not below `V`, the number of rows of `w`, naming it and its place
/// (`word_embedding: index 5 at [1, 0] out of range for a table of 3 words (w has 3 rows)`).
#[track_caller]
pub fn word_embedding<A, S1, S2>(idx: &ArrayBase<S1, Ix2>, w: &ArrayBase<S2, Ix2>) -> Array3<A>
where
    A: Scalar,
    S1: Data<Elem = usize>,
    S2: Data<Elem = A>,
{
    assert_indices(idx, w.nrows());
    let (n, t) = idx.dim();
    let mut out = Array3::zeros((n, t, w.ncols()));
    Zip::from(out.lanes_mut(Axis(2)))
        .and(idx)
        .for_each(|mut row, &word| row.assign(&w.row(word)));
    out
}

/// [`word_embedding`] and its pullback `c ↦ ((), dw)`, `dw` the rows of `c (N, T, D)` added
/// into the rows of the words they came from. Keeps a copy of the indices, not of `w`.
///
/// **Panics** as [`word_embedding`], and (in the pullback) if the cotangent is not
/// `(N, T, D)`.
#[track_caller]
pub fn word_embedding_vjp<A, S1, S2>(
    idx: &ArrayBase<S1, Ix2>,
    w: &ArrayBase<S2, Ix2>,
) -> (
    Array3<A>,
    impl FnOnce(Array3<A>) -> ((), Array2<A>) + use<A, S1, S2>,
)
where
    A: Scalar,
    S1: Data<Elem = usize>,
    S2: Data<Elem = A>,
{
    let out = word_embedding(idx, w);
    let idx = idx.to_owned();
    let (words, d) = w.dim();
    let output = [idx.nrows(), idx.ncols(), d];
    let word_embedding_pullback = move |c: Array3<A>| {
        assert_cotangent_shape("word_embedding", c.shape(), &output);
        let mut dw = Array2::zeros((words, d));
        Zip::from(c.lanes(Axis(2)))
            .and(&idx)
            .for_each(|row, &word| {
                dw.row_mut(word).zip_mut_with(&row, |dw, &c| *dw += c);
            });
        ((), dw)
    };
    (out, word_embedding_pullback)
}
