// Found by the fuzzer (grad-macro/src/fuzz/).
#[grad::differentiate(checkpoint, checkpoint)]
fn f(xs: &[f64]) -> f64 {
    let mut s = 0.0;
    for x in xs {
        s += x.sin();
    }
    s
}

fn main() {}
