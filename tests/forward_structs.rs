#[derive(Clone, Debug, grad::Tangent)]
struct Spring {
    k: f64,
    rest: f64,
}

#[grad::differentiate]
fn energy(s: &Spring, x: f64) -> f64 {
    let d = x - s.rest;
    0.5 * s.k * d * d
}

#[test]
fn t() {}
#[test]
fn energy_runs() {
    let s = Spring { k: 2.0, rest: 0.5 };
    let v = Spring { k: 0.3, rest: -0.2 };
    let (y, dy) = energy_jvp(&s, 1.5, &v, 0.7);
    let (y2, g, hv) = energy_hvp(&s, 1.5, &v, 0.7);
    println!("{y} {dy} {y2} {:?} {:?}", g, hv);
}
