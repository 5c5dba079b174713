// Found by the fuzzer (grad-macro/src/fuzz/): an early `return` of a tuple result is not
// supported yet (the function's result variable is one value), and the message says so poorly.
#[grad::differentiate]
fn f(x: f64, y: f64) -> (f64, f64) {
    if x > 1.0 {
        return (x, y);
    }
    (y, x * y)
}

fn main() {}
