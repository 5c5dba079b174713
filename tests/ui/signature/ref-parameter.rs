// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
fn f(ref x: f64) -> f64 {
    *x * 2.0
}

fn main() {}
