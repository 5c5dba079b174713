// A `loop`'s `break value` is differentiated; a `for` loop has no value to break with.
#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut y = x;
    for _ in 0..3 {
        y = y * 0.5;
        if y < 1.0 {
            break y * 2.0;
        }
    }
    y * x
}

fn main() {}
