use grad::runtime::ndarray::array;

#[grad::differentiate]
fn four_axes(x: f64) -> f64 {
    let a = array![[[[x, 1.0]]]];
    a.sum()
}

#[grad::differentiate]
fn repeated(x: f64) -> f64 {
    let a = [x; 3];
    a[0] + a[2]
}

#[grad::differentiate]
fn nested(x: f64, y: f64) -> f64 {
    let m = [[x, y], [y, x]];
    let row = m[1];
    row[0] * row[1]
}

#[grad::differentiate]
fn tuples(x: f64, y: f64) -> f64 {
    let points = [(x, 1.0), (y, 2.0)];
    points[0].0 * points[1].1
}

fn main() {}
