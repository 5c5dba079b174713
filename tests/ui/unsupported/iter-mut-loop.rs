// A loop over mutable elements is differentiated when the body uses the element only as `*v`;
// here `v.sin()` reads it through auto-dereference.
#[grad::differentiate]
fn f(mut x: Vec<f64>) -> f64 {
    for v in x.iter_mut() {
        let y = v.sin();
        *v = y * 2.0;
    }
    x[0] * x[1]
}

fn main() {}
