fn helper(x: f64) -> f64 {
    x * x
}

#[grad::differentiate]
fn f(x: f64) -> f64 {
    let y = 2.0 * x;
    helper(y) + 1.0
}

fn main() {}
