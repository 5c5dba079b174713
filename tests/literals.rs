use grad::runtime::ndarray::{Array, Array1, Array2, Axis, array, concatenate, stack};

#[grad::differentiate]
fn rotate(theta: f64, v: &Array1<f64>) -> f64 {
    let (s, c) = (theta.sin(), theta.cos());
    let r = array![[c, -s], [s, c]];
    r.dot(v).sum()
}

#[grad::differentiate]
fn features(x: f64, y: f64) -> f64 {
    let f = Array1::from_vec(vec![x, y, x * y, 1.0]);
    let m = Array::from_shape_vec((2, 2), vec![x, y, 2.0, x]).unwrap();
    let e = Array::from_elem(3, y);
    let w = [x, y];
    f.sum() + m.sum() + e.sum() + w[0] * w[1] + x.sin_cos().0
}

#[grad::differentiate]
fn joined(a: &Array1<f64>, b: &Array1<f64>) -> f64 {
    let j = concatenate(Axis(0), &[a.view(), b.view()]).unwrap();
    let s = stack(Axis(0), &[a.view(), b.view()]).unwrap();
    (j.clone() * j).sum() + s.sum()
}

#[test]
fn probe() {
    let v = array![1.0, 2.0];
    println!("{:?}", rotate_grad(0.3, &v));
    println!("{:?}", features_grad(0.3, 0.7));
    println!("{:?}", joined_grad(&v, &v));
}
