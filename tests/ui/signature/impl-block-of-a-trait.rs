// A trait's impl block cannot hold the generated `_vjp` and `_grad` methods.
trait Model {
    fn eval(&self, t: f64) -> f64;
}

struct Line {
    slope: f64,
}

#[grad::differentiate]
impl Model for Line {
    fn eval(&self, t: f64) -> f64 {
        self.slope * t
    }
}

fn main() {}
