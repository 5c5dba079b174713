// A method that differentiates its receiver, a struct written in `f64`: it does not run at dual
// numbers (its copies would need the struct's twin as their receiver), its `energy_jvp` goes
// through the gradient, and it has no `energy_hvp`. Calling it says so, and what runs there
// instead: a free function taking the struct (`tests/forward_structs.rs`), or a block generic
// over its float.
#[derive(Clone, grad::Tangent)]
struct Spring {
    k: f64,
    rest: f64,
}

impl Spring {
    #[grad::differentiate]
    fn energy(&self, x: f64) -> f64 {
        let d = x - self.rest;
        0.5 * self.k * d * d
    }
}

fn main() {
    let s = Spring { k: 2.0, rest: 1.0 };
    let t = Spring { k: 0.5, rest: -1.0 };
    let _ = s.energy_jvp(3.0, &t, 1.0);
    let _: (f64, (Spring, f64), (Spring, f64)) = s.energy_hvp(3.0, &t, 1.0);
}
