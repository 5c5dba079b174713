// Found by the fuzzer (grad-macro/src/fuzz.rs).
#[grad::differentiate]
unsafe fn f(x: f64) -> f64 {
    x * x
}

fn main() {}
