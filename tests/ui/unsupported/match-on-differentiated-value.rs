// `match` on a constant is differentiated; `match` on a differentiated value is not.
#[grad::differentiate]
fn f(x: f64) -> f64 {
    match x {
        v if v < 0.0 => -v,
        v => v,
    }
}

fn main() {}
