// A method that differentiates its receiver, a struct written in `f64`, runs at dual numbers on
// the struct's twin, but only if its body does: this one calls `helper`, a function written in
// `f64`, without `dual_calls`. Its `energy_jvp` goes through the gradient, and it has no
// `energy_hvp`; calling it says so.
fn helper(x: f64) -> f64 {
    x * x
}

fn helper_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    (x * x, move |c| (2.0 * x * c,))
}

#[derive(Clone, grad::Tangent)]
struct Spring {
    k: f64,
    rest: f64,
}

impl Spring {
    #[grad::differentiate]
    fn energy(&self, x: f64) -> f64 {
        0.5 * self.k * helper(x - self.rest)
    }
}

fn main() {
    let s = Spring { k: 2.0, rest: 1.0 };
    let t = Spring { k: 0.5, rest: -1.0 };
    let _ = s.energy_jvp(3.0, &t, 1.0);
    let _: (f64, (Spring, f64), (Spring, f64)) = s.energy_hvp(3.0, &t, 1.0);
}
