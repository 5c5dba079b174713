// Found by the fuzzer (grad-macro/src/fuzz/).
struct Wrapper(f64);

#[grad::differentiate]
fn f(x: f64) -> f64 {
    let w = Wrapper(x.sin());
    w.0 * x
}

fn main() {}
