// A method of a struct in `f64` called on a local copy of a parameter that crosses to its twin
// (`let h = g.clone(); h.log_pdf(x)`): the copies at dual numbers cannot name the local's
// struct, so the caller does not run there, and its `f_hvp` says why (call the method on `g`).
#[derive(Clone, grad::Tangent)]
struct Gaussian {
    mu: f64,
    log_sigma: f64,
}

impl Gaussian {
    #[grad::differentiate]
    fn log_pdf(&self, x: f64) -> f64 {
        let z = (x - self.mu) / self.log_sigma.exp();
        -0.5 * z * z - self.log_sigma
    }
}

#[grad::differentiate(wrt(g), dual_calls)]
fn nll(g: &Gaussian, data: &[f64]) -> f64 {
    let h = g.clone();
    -data.iter().map(|&x| h.log_pdf(x)).sum::<f64>()
}

fn main() {
    let g = Gaussian { mu: 0.3, log_sigma: -0.2 };
    let _ = nll_hvp(&g, &[0.1, 0.5], &g);
}
