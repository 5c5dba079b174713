// An early `return` is differentiated as a statement; an `if` that produces a value and
// returns from one branch is not.
#[grad::differentiate]
fn f(x: f64, c: bool) -> f64 {
    let y = if c { return 0.0 } else { x };
    y * y
}

fn main() {}
