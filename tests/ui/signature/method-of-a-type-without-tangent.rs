struct Model {
    weight: f64,
}

impl Model {
    #[grad::differentiate]
    fn predict(&self, x: f64) -> f64 {
        self.weight * x
    }
}

fn main() {}
