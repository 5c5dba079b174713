struct Point {
    a: f64,
    b: f64,
}

#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut p = Point { a: 0.0, b: 1.0 };
    p.a = x * 2.0;
    p.a * p.b
}

fn main() {}
