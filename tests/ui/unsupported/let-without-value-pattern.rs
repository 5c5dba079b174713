// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let (a, b): (f64, f64);
    (a, b) = (x, x * x);
    a + b
}

fn main() {}
