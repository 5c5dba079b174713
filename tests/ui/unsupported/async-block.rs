// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let _pending = async move { x * 2.0 };
    x * x
}

fn main() {}
