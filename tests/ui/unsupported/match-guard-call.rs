fn large(v: f64) -> bool {
    v > 1.0
}

#[grad::differentiate]
fn f(x: f64, n: u32) -> f64 {
    match n {
        0 if large(x * 2.0) => x,
        _ => -x,
    }
}

fn main() {}
