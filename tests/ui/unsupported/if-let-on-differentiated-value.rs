// `if let Some(v) = x.get(i)` is differentiated (an indexed read where `i < x.len()`); other
// `if let`s on a differentiated value are not.
#[grad::differentiate]
fn f(x: &[f64]) -> f64 {
    if let Some(v) = x.first() { *v * 2.0 } else { 0.0 }
}

fn main() {}
