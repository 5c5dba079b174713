#[derive(Clone, Copy, grad::Tangent)]
struct State {
    pos: f64,
    vel: f64,
}

#[grad::differentiate]
fn f(s: &State, x: f64) -> f64 {
    let moved = State { pos: s.pos + x, ..*s };
    moved.pos * moved.vel
}

fn main() {}
