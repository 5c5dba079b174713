// A struct parameter not differentiated (`target`) passed to a method called on a twin
// (`g.kl(target)`): the method at dual numbers takes twins for its parameters of type `Self`,
// so the caller does not run at dual numbers, and its `f_hvp` says why and what to write
// (`wrt(g, target)` runs there: `tests/forward_twin_methods.rs`'s `kl`).
#[derive(Clone, grad::Tangent)]
struct Gaussian {
    mu: f64,
    log_sigma: f64,
}

impl Gaussian {
    #[grad::differentiate(dual_calls)]
    fn kl(&self, other: &Self) -> f64 {
        let ratio = (self.log_sigma - other.log_sigma).exp();
        let gap = (self.mu - other.mu) / other.log_sigma.exp();
        other.log_sigma - self.log_sigma + 0.5 * (ratio * ratio + gap * gap) - 0.5
    }
}

#[grad::differentiate(wrt(g), dual_calls)]
fn towards(g: &Gaussian, target: &Gaussian) -> f64 {
    g.kl(target)
}

fn main() {
    let g = Gaussian { mu: 0.3, log_sigma: -0.2 };
    let _ = towards_hvp(&g, &g, &g);
}
