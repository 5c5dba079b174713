// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
fn f((a, b): (f64, f64)) -> f64 {
    a * b
}

fn main() {}
