// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
unsafe fn f(x: f64) -> f64 {
    x * x
}

fn main() {}
