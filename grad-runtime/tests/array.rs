//! The rules for building arrays (`rules::array`): `concatenate_vjp`, `stack_vjp`, the array
//! literals `array_vjp`, `array2_vjp`, `array3_vjp`, the Rust literals `rust_array_vjp`,
//! `vec_vjp`, `vec_from_elem_vjp`, and the constructors `from_vec_vjp`, `from_vjp`,
//! `from_shape_vec_vjp`, `from_elem_vjp`.
//!
//! For each: the value is ndarray's (`concatenate(..).unwrap()`, `array![..]`,
//! `Array::from_vec(v)`, ...) bit for bit; the pullback hands each element's cotangent back
//! exactly where the element came from (known values), and matches central differences and the
//! dot-product test for every differentiated argument; inputs as views in four layouts and of
//! owned and shared arrays; `f32`; the panics where ndarray returns an error. The rules are
//! called as the generated code calls them, with the runtime's prelude in scope
//! (`Array::from_vec_vjp(v)`).

use grad_runtime::__private::prelude::*;
use grad_runtime::ndarray::{
    ArcArray, Array, Array1, Array2, Array3, ArrayView2, Axis, Ix1, Ix2, ShapeBuilder, StrideShape,
    array,
};
use grad_runtime::rules::array::{
    array_vjp, array2_vjp, array3_vjp, concatenate, concatenate_vjp, rust_array_vjp, stack,
    stack_vjp, vec_from_elem_vjp, vec_vjp,
};

mod common;

use common::Rng;
use common::rules::{assert_pullback, assert_pullback32, assert_same_value, layouts};

/// The piece `k` of `pieces` replaced by `x`, joined by `join`: the function of one piece whose
/// central differences check that piece's cotangent.
fn with_piece<T>(
    pieces: &[Array2<f64>],
    k: usize,
    x: &Array2<f64>,
    join: impl Fn(&[ArrayView2<f64>]) -> T,
) -> T {
    let views: Vec<ArrayView2<f64>> = pieces
        .iter()
        .enumerate()
        .map(|(i, piece)| if i == k { x.view() } else { piece.view() })
        .collect();
    join(&views)
}

// ---------------------------------------------------------------------------------------------
// concatenate, stack

#[test]
fn concatenate_matches_ndarray_and_cuts_its_cotangent_back() {
    let mut rng = Rng(1);
    for axis in [Axis(0), Axis(1)] {
        // Three pieces of lengths 1, 3, 2 along `axis`, in the layouts of `layouts`.
        let pieces: Vec<Array2<f64>> = [1, 3, 2]
            .into_iter()
            .enumerate()
            .map(|(k, length)| {
                let shape = if axis.index() == 0 {
                    (length, 4)
                } else {
                    (4, length)
                };
                layouts(&mut rng, shape, |u| u).swap_remove(k + 1).1
            })
            .collect();
        let views: Vec<ArrayView2<f64>> = pieces.iter().map(|piece| piece.view()).collect();
        let (joined, pullback) = concatenate_vjp(axis, &views);
        let what = format!("concatenate along {}", axis.index());
        assert_same_value(&what, &joined, concatenate(axis, &views).unwrap());
        let c = rng.array(joined.raw_dim(), 1.0);
        let ((), cotangents) = pullback(c.clone());
        assert_eq!(cotangents.len(), 3);
        let mut start = 0;
        for (k, (piece, cotangent)) in pieces.iter().zip(&cotangents).enumerate() {
            let length = piece.len_of(axis);
            let expected = c.slice_axis(axis, (start..start + length).into());
            assert_eq!(cotangent, expected, "{what}: piece {k}");
            start += length;
            let f = |x: &Array2<f64>| {
                with_piece(&pieces, k, x, |views| concatenate(axis, views).unwrap())
            };
            assert_pullback(
                &format!("{what}, piece {k}"),
                f,
                piece,
                &c,
                cotangent,
                &mut rng,
            );
        }
    }
}

#[test]
fn concatenate_of_views_of_owned_and_shared_arrays_and_in_f32() {
    let (a, b) = (array![[1.0, 2.0]], array![[3.0, 4.0]]);
    let (joined, pullback) = concatenate_vjp(Axis(1), &[a.view(), b.view()]);
    assert_eq!(joined, array![[1.0, 2.0, 3.0, 4.0]]);
    assert_eq!(
        pullback(array![[5.0, 6.0, 7.0, 8.0]]),
        ((), vec![array![[5.0, 6.0]], array![[7.0, 8.0]]])
    );
    let shared = [a.into_shared(), b.into_shared()];
    assert_eq!(
        concatenate_vjp(Axis(0), &[shared[0].view(), shared[1].view()]).0,
        array![[1.0, 2.0], [3.0, 4.0]]
    );

    let mut rng = Rng(2);
    let pieces: Vec<Array2<f64>> = vec![rng.array((2, 3), 1.0), rng.array((1, 3), 1.0)];
    let narrow: Vec<Array2<f32>> = pieces.iter().map(|p| p.mapv(|v| v as f32)).collect();
    let views: Vec<ArrayView2<f32>> = narrow.iter().map(|p| p.view()).collect();
    let (joined, pullback) = concatenate_vjp(Axis(0), &views);
    assert_same_value(
        "concatenate f32",
        &joined,
        concatenate(Axis(0), &views).unwrap(),
    );
    let c = rng.array((3, 3), 1.0).mapv(|v| v as f32);
    let ((), cotangents) = pullback(c.clone());
    let wide: Vec<Array2<f64>> = narrow.iter().map(|p| p.mapv(f64::from)).collect();
    for (k, cotangent) in cotangents.iter().enumerate() {
        let f =
            |x: &Array2<f64>| with_piece(&wide, k, x, |views| concatenate(Axis(0), views).unwrap());
        assert_pullback32("concatenate f32", f, &wide[k], &c, cotangent);
    }
}

#[test]
#[should_panic(expected = "concatenate: ShapeError/IncompatibleShape")]
fn concatenate_of_arrays_that_do_not_fit_panics_naming_the_shapes() {
    let _ = concatenate_vjp(
        Axis(0),
        &[
            Array2::<f64>::zeros((1, 2)).view(),
            Array2::zeros((1, 3)).view(),
        ],
    );
}

#[test]
#[should_panic(expected = "shapes [[1, 2], [1, 3]] along axis 0")]
fn concatenate_panic_names_the_shapes_and_the_axis() {
    let _ = concatenate_vjp(
        Axis(0),
        &[
            Array2::<f64>::zeros((1, 2)).view(),
            Array2::zeros((1, 3)).view(),
        ],
    );
}

#[test]
#[should_panic(expected = "concatenate: ShapeError/Unsupported")]
fn concatenate_of_no_arrays_panics() {
    let none: [ArrayView2<f64>; 0] = [];
    let _ = concatenate_vjp(Axis(0), &none);
}

#[test]
#[should_panic(expected = "concatenate: ShapeError/OutOfBounds")]
fn concatenate_along_a_missing_axis_panics() {
    let _ = concatenate_vjp(Axis(2), &[Array2::<f64>::zeros((1, 2)).view()]);
}

#[test]
fn stack_matches_ndarray_and_hands_each_array_its_subarray() {
    let mut rng = Rng(3);
    for axis in [Axis(0), Axis(1), Axis(2)] {
        let pieces: Vec<Array2<f64>> = layouts(&mut rng, (2, 3), |u| u)
            .into_iter()
            .map(|(_, x)| x)
            .collect();
        let views: Vec<ArrayView2<f64>> = pieces.iter().map(|piece| piece.view()).collect();
        let (stacked, pullback) = stack_vjp(axis, &views);
        let what = format!("stack along {}", axis.index());
        assert_same_value(&what, &stacked, stack(axis, &views).unwrap());
        let c = rng.array(stacked.raw_dim(), 1.0);
        let ((), cotangents) = pullback(c.clone());
        assert_eq!(cotangents.len(), 4);
        for (k, (piece, cotangent)) in pieces.iter().zip(&cotangents).enumerate() {
            assert_eq!(cotangent, c.index_axis(axis, k), "{what}: piece {k}");
            let f =
                |x: &Array2<f64>| with_piece(&pieces, k, x, |views| stack(axis, views).unwrap());
            assert_pullback(
                &format!("{what}, piece {k}"),
                f,
                piece,
                &c,
                cotangent,
                &mut rng,
            );
        }
    }
    // Vectors into a matrix, owned, in f32.
    let (a, b) = (array![1.0_f32, 2.0], array![3.0_f32, 4.0]);
    let (stacked, pullback) = stack_vjp(Axis(1), &[a.view(), b.view()]);
    assert_eq!(stacked, array![[1.0_f32, 3.0], [2.0, 4.0]]);
    let ((), cotangents) = pullback(array![[5.0, 6.0], [7.0, 8.0]]);
    assert_eq!(cotangents, vec![array![5.0_f32, 7.0], array![6.0, 8.0]]);
}

#[test]
#[should_panic(expected = "stack: ShapeError/IncompatibleShape")]
fn stack_of_arrays_of_different_shapes_panics() {
    let _ = stack_vjp(
        Axis(0),
        &[Array1::<f64>::zeros(2).view(), Array1::zeros(3).view()],
    );
}

#[test]
#[should_panic(expected = "stack: ShapeError/OutOfBounds")]
fn stack_along_an_axis_beyond_the_new_one_panics() {
    let _ = stack_vjp(Axis(2), &[Array1::<f64>::zeros(2).view()]);
}

// ---------------------------------------------------------------------------------------------
// array literals

#[test]
fn array_literals_match_the_array_macro_and_hand_back_each_element() {
    let (v, pullback) = array_vjp([1.5, -2.0, 0.25]);
    assert_same_value("array!", &v, array![1.5, -2.0, 0.25]);
    assert_eq!(pullback(array![3.0, 4.0, 5.0]), ([3.0, 4.0, 5.0],));
    let f = |x: &[f64; 3]| array![x[0], x[1], x[2]];
    let (_, pullback) = array_vjp([1.5, -2.0, 0.25]);
    let c = array![0.3, -1.1, 0.8];
    let (dx,) = pullback(c.clone());
    assert_pullback("array!", f, &[1.5, -2.0, 0.25], &c, &dx, &mut Rng(4));

    let (m, pullback) = array2_vjp([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    assert_same_value("array! 2-D", &m, array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
    assert_eq!(m.dim(), (2, 3));
    let c = array![[0.5, -1.0, 2.0], [3.0, -4.0, 0.125]];
    let (dx,) = pullback(c.clone());
    assert_eq!(dx, [[0.5, -1.0, 2.0], [3.0, -4.0, 0.125]]);
    // The same as central differences with respect to the six scalars, read row by row.
    let flat = |x: &[f64; 6]| array![[x[0], x[1], x[2]], [x[3], x[4], x[5]]];
    let dx_flat: Vec<f64> = dx.iter().flatten().copied().collect();
    let point = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0];
    assert_pullback("array! 2-D", flat, &point, &c, &dx_flat, &mut Rng(5));
    // A transposed cotangent is read by index, not by memory order.
    let (_, pullback) = array2_vjp([[1.0, 2.0], [3.0, 4.0]]);
    assert_eq!(
        pullback(array![[1.0, 3.0], [2.0, 4.0]].reversed_axes()).0,
        [[1.0, 2.0], [3.0, 4.0]]
    );

    let (block, pullback) = array3_vjp([[[1.0_f32, 2.0]], [[3.0, 4.0]], [[5.0, 6.0]]]);
    assert_same_value(
        "array! 3-D",
        &block,
        array![[[1.0_f32, 2.0]], [[3.0, 4.0]], [[5.0, 6.0]]],
    );
    assert_eq!(block.dim(), (3, 1, 2));
    let c = Array3::from_shape_fn((3, 1, 2), |(i, _, k)| (10 * i + k) as f32);
    assert_eq!(
        pullback(c),
        ([[[0.0, 1.0]], [[10.0, 11.0]], [[20.0, 21.0]]],)
    );
}

/// The pullbacks of `concatenate_vjp` and `stack_vjp` keep no borrow of the views they were
/// given: they are returned here from where the arrays were made, and used after.
#[test]
fn join_pullbacks_outlive_the_views() {
    type Pullback = ((), Vec<Array1<f64>>);
    fn joined(n: usize) -> (Array1<f64>, impl FnOnce(Array1<f64>) -> Pullback) {
        let (a, b) = (Array1::from_elem(n, 1.0), array![2.0]);
        concatenate_vjp(Axis(0), &[a.view(), b.view()])
    }
    fn stacked() -> (Array2<f64>, impl FnOnce(Array2<f64>) -> Pullback) {
        let (a, b) = (array![1.0, 2.0], array![3.0, 4.0]);
        stack_vjp(Axis(0), &[a.view(), b.view()])
    }
    let (value, pullback) = joined(2);
    assert_eq!(value, array![1.0, 1.0, 2.0]);
    assert_eq!(
        pullback(array![5.0, 6.0, 7.0]),
        ((), vec![array![5.0, 6.0], array![7.0]])
    );
    let (value, pullback) = stacked();
    assert_eq!(value, array![[1.0, 2.0], [3.0, 4.0]]);
    assert_eq!(
        pullback(array![[5.0, 6.0], [7.0, 8.0]]),
        ((), vec![array![5.0, 6.0], array![7.0, 8.0]])
    );
}

// ---------------------------------------------------------------------------------------------
// [..], vec![..], vec![x; n]

#[test]
fn rust_arrays_and_vectors_hand_back_each_element() {
    let (xs, pullback) = rust_array_vjp([1.5, -2.0]);
    assert_eq!(xs, [1.5, -2.0]);
    assert_eq!(pullback([0.25, 4.0]), ([0.25, 4.0],));

    let point = [1.5, -2.0, 0.25];
    let (v, pullback) = vec_vjp(point);
    assert_eq!(v, vec![1.5, -2.0, 0.25]);
    let c = vec![0.3, -1.1, 0.8];
    let (dx,) = pullback(c.clone());
    assert_eq!(dx, [0.3, -1.1, 0.8]);
    let f = |x: &[f64; 3]| vec![x[0], x[1], x[2]];
    assert_pullback("vec!", f, &point, &c, &dx, &mut Rng(20));

    // A vector of arrays, in f32.
    let (v, pullback) = vec_vjp([array![1.0_f32, 2.0], array![3.0, 4.0]]);
    assert_eq!(v, vec![array![1.0, 2.0], array![3.0, 4.0]]);
    assert_eq!(
        pullback(vec![array![5.0, 6.0], array![7.0, 8.0]]),
        ([array![5.0, 6.0], array![7.0, 8.0]],)
    );
}

#[test]
#[should_panic(expected = "vec!: the cotangent of a vector of 2 elements has 3")]
fn a_vector_s_cotangent_of_another_length_panics() {
    let (_, pullback) = vec_vjp([1.0, 2.0]);
    let _ = pullback(vec![0.0; 3]);
}

#[test]
fn a_repeated_element_receives_the_sum_of_the_cotangent() {
    let (v, pullback) = vec_from_elem_vjp(0.75, 4);
    assert_eq!(v, vec![0.75; 4]);
    let c = vec![0.5, -1.0, 2.0, 0.125];
    let (dx, ()) = pullback(c.clone());
    assert_eq!(dx, 1.625);
    assert_pullback(
        "vec![x; n]",
        |x: &f64| vec![*x; 4],
        &0.75,
        &c,
        &dx,
        &mut Rng(21),
    );
    let (v, pullback) = vec_from_elem_vjp(1.5_f32, 2);
    assert_eq!(v, vec![1.5_f32; 2]);
    assert_eq!(pullback(vec![1.0, 2.0]), (3.0, ()));
    let (v, pullback) = vec_from_elem_vjp(1.5, 0);
    assert!(v.is_empty());
    assert_eq!(pullback(Vec::new()), (0.0, ()));
}

// ---------------------------------------------------------------------------------------------
// Array::from_vec, Array1::from, Array::from_shape_vec, Array::from_elem

#[test]
fn from_vec_and_from_hand_the_cotangent_back_as_a_vector() {
    let v = vec![1.0, -2.0, 3.5];
    let (a, pullback) = Array::from_vec_vjp(v.clone());
    assert_same_value("from_vec", &a, Array::from_vec(v.clone()));
    let c = array![0.5, 0.25, -1.0];
    let (dv,) = pullback(c.clone());
    assert_eq!(dv, vec![0.5, 0.25, -1.0]);
    assert_pullback(
        "from_vec",
        |v: &Vec<f64>| Array::from_vec(v.clone()),
        &v,
        &c,
        &dv,
        &mut Rng(6),
    );

    // A contiguous cotangent is handed back in its own buffer; any other is read in order.
    let (_, pullback) = Array1::from_vec_vjp(v.clone());
    let buffer = c.as_ptr();
    let (dv,) = pullback(c);
    assert_eq!(dv.as_ptr(), buffer);
    let (_, pullback) = Array1::from_vec_vjp(v.clone());
    let mut reversed = array![3.0, 2.0, 1.0];
    reversed.invert_axis(Axis(0));
    assert_eq!(pullback(reversed).0, vec![1.0, 2.0, 3.0]);
    let (_, pullback) = Array1::from_vec_vjp(vec![0.0; 4]);
    let mut sliced = array![9.0, 1.0, 2.0, 3.0, 4.0, 9.0];
    sliced.slice_collapse(grad_runtime::ndarray::s![1..5]);
    assert_eq!(pullback(sliced).0, vec![1.0, 2.0, 3.0, 4.0]);

    // `Array1::from(v)`, and `Array2::from(rows)` as `array!` writes it.
    let (a, pullback) = Array1::from_vjp(v.clone());
    assert_same_value("from", &a, Array1::from(v.clone()));
    assert_eq!(pullback(array![1.0, 2.0, 3.0]).0, vec![1.0, 2.0, 3.0]);
    let rows = vec![[1.0_f32, 2.0], [3.0, 4.0], [5.0, 6.0]];
    let (m, pullback) = Array2::from_vjp(rows.clone());
    assert_same_value("from rows", &m, Array2::from(rows));
    let c = array![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]];
    assert_eq!(pullback(c).0, vec![[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]);
    let (_, pullback) = Array2::from_vjp(vec![[0.0_f32; 2]; 2]);
    assert_eq!(
        pullback(array![[1.0, 3.0], [2.0, 4.0]].reversed_axes()).0,
        vec![[1.0, 2.0], [3.0, 4.0]]
    );

    // Other owned storage.
    let (shared, pullback) = ArcArray::<f64, Ix1>::from_vec_vjp(vec![1.0, 2.0]);
    assert_eq!(shared, array![1.0, 2.0]);
    assert_eq!(pullback(array![3.0, 4.0]).0, vec![3.0, 4.0]);
}

#[test]
fn from_shape_vec_reads_the_vector_in_the_shape_s_order() {
    let v: Vec<f64> = (0..6).map(|i| i as f64 - 2.5).collect();
    let mut rng = Rng(7);
    // Row-major, column-major, and custom strides.
    let shapes: [(&str, StrideShape<Ix2>); 3] = [
        ("row-major", (2, 3).into()),
        ("column-major", (2, 3).f().into()),
        ("custom strides", (2, 3).strides((1, 2))),
    ];
    for (name, shape) in shapes {
        let (a, pullback) = Array::from_shape_vec_vjp(shape, v.clone());
        assert_same_value(name, &a, Array::from_shape_vec(shape, v.clone()).unwrap());
        let c = rng.array((2, 3), 1.0);
        let ((), dv) = pullback(c.clone());
        // Element k of the vector gets the cotangent of the element it became.
        for (k, &value) in v.iter().enumerate() {
            let (index, _) = a.indexed_iter().find(|(_, x)| **x == value).unwrap();
            assert_eq!(dv[k], c[index], "{name}: element {k}");
        }
        let f = |v: &Vec<f64>| Array::from_shape_vec(shape, v.clone()).unwrap();
        assert_pullback(name, f, &v, &c, &dv, &mut rng);
    }
    // Strides that skip elements of the vector: those get 0.
    let strided = || (2, 2).strides((3, 1));
    let (a, pullback) = Array::from_shape_vec_vjp(strided(), v.clone());
    assert_eq!(a, array![[-2.5, -1.5], [0.5, 1.5]]);
    let ((), dv) = pullback(array![[1.0, 2.0], [3.0, 4.0]]);
    assert_eq!(dv, vec![1.0, 2.0, 0.0, 3.0, 4.0, 0.0]);
    // f32, in three dimensions.
    let v32: Vec<f32> = (0..12).map(|i| i as f32 * 0.5).collect();
    let (a, pullback) = Array::from_shape_vec_vjp((2, 3, 2), v32.clone());
    assert_same_value(
        "f32",
        &a,
        Array::from_shape_vec((2, 3, 2), v32.clone()).unwrap(),
    );
    assert_eq!(pullback(a.clone()).1, v32);
}

#[test]
#[should_panic(expected = "from_shape_vec: cannot make an array of shape [2, 3] from 5 elements")]
fn from_shape_vec_of_the_wrong_length_panics_naming_both() {
    let _ = Array2::from_shape_vec_vjp((2, 3), vec![0.0; 5]);
}

#[test]
fn from_elem_sums_its_cotangent() {
    let (a, pullback) = Array::from_elem_vjp((2, 3), 1.25);
    assert_same_value("from_elem", &a, Array::from_elem((2, 3), 1.25));
    let c = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
    let ((), dx) = pullback(c.clone());
    assert_eq!(dx, 21.0);
    let f = |x: &f64| Array::from_elem((2, 3), *x);
    assert_pullback("from_elem", f, &1.25, &c, &dx, &mut Rng(8));
    let (a, pullback) = Array::from_elem_vjp((4,).f(), 2.0_f32);
    assert_eq!(a, array![2.0_f32, 2.0, 2.0, 2.0]);
    assert_eq!(pullback(array![0.5, 0.5, 0.5, 0.5]).1, 2.0_f32);
}

// ---------------------------------------------------------------------------------------------
// Reached as the generated code reaches them

/// With nothing imported but the prelude of `__private` (as `#[differentiate]` emits it), each
/// new rule is found by method resolution or as an associated function, dimensions inferred.
#[test]
fn the_prelude_brings_every_new_rule_into_scope() {
    let x = array![[1.0, -2.0], [0.5, 3.0]];
    assert_eq!(x.clamp_vjp(0.0, 1.0).0, x.clamp(0.0, 1.0));
    assert_eq!(x.fract_vjp().0, x.fract());
    assert_eq!(x.product_vjp().0, x.product());
    assert_eq!(x.var_vjp(1.0).0, x.var(1.0));
    assert_eq!(x.std_axis_vjp(Axis(0), 0.0).0, x.std_axis(Axis(0), 0.0));
    assert_eq!(x.insert_axis_vjp(Axis(0)).0, x.clone().insert_axis(Axis(0)));
    assert_eq!(x.index_axis_vjp(Axis(1), 0).0, x.column(0));
    assert_eq!(x.view_vjp().0, x);
    assert_eq!(1.5_f64.clamp_vjp(0.0, 1.0).0, 1.0);
    assert_eq!((-1.5_f32).fract_vjp().0, -0.5);
    assert_eq!(Array::from_vec_vjp(vec![1.0]).0, array![1.0]);
    assert_eq!(Array1::from_vjp(vec![1.0]).0, array![1.0]);
    assert_eq!(
        Array::from_shape_vec_vjp((1, 2), vec![1.0, 2.0]).0,
        array![[1.0, 2.0]]
    );
    assert_eq!(Array::from_elem_vjp(2, 1.0).0, array![1.0, 1.0]);
    let joined = grad_runtime::__private::concatenate_vjp(Axis(0), &[x.view(), x.view()]).0;
    assert_eq!(joined.dim(), (4, 2));
    assert_eq!(
        grad_runtime::__private::array_vjp([1.0, 2.0]).0,
        array![1.0, 2.0]
    );
}
