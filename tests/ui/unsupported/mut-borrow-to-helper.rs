fn double(buf: &mut [f64]) {
    for v in buf.iter_mut() {
        *v *= 2.0;
    }
}

#[grad::differentiate]
fn f(x: f64) -> f64 {
    let mut buf = [0.0; 2];
    buf[0] = x;
    buf[1] = x * x;
    double(&mut buf);
    buf[0] + buf[1]
}

fn main() {}
