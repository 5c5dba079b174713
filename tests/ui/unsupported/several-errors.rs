#[grad::differentiate]
fn f(x: f64) -> f64 {
    let a = x % 2.0;
    let b = x.rem_euclid(3.0);
    let c = unsafe { x };
    let d = [x; 1];
    a + b + c + d[0]
}

fn main() {}
