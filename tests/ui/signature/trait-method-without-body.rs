trait Loss {
    #[grad::differentiate]
    fn loss(x: f64) -> f64;
}

fn main() {}
