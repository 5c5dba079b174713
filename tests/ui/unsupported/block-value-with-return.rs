// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let y = {
        if x > 1.0 {
            return 0.0;
        }
        x * 2.0
    };
    y * x
}

fn main() {}
