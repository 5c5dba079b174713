//! Minimising the n-dimensional Rosenbrock function with argmin's optimisers, fed by
//! `#[grad::differentiate]` through `grad::argmin::Objective`: L-BFGS with `rosenbrock_grad`, and
//! two Newton-CG methods with the Hessian as Hessian-vector products, never a matrix: argmin's
//! line-search `NewtonCG`, and its trust-region method with Steihaug's conjugate gradients
//! (trust-region Newton-CG, Nocedal & Wright's Algorithm 7.2, SciPy's `trust-ncg`). Prints
//! iterations 1, 2, 4, 8, .. with their cost, then each solver's iterations, cost, distance from
//! the minimum `(1, .., 1)`, evaluation counts and solution.
//!
//! ```text
//! cargo run --release --features argmin --example rosenbrock_argmin -- --n 10 --solver all
//! ```
//!
//! The start is `x = 0`. From the classic `(-1.2, 1, -1.2, 1, ..)` the Newton methods end in the
//! local minimum near `(-1, 1, .., 1)` that Rosenbrock's function has for `4 ≤ n ≤ 30`.
//!
//! argmin 0.11's line-search `NewtonCG` converges only linearly, in thousands of iterations: its
//! inner conjugate-gradient loop stops on `‖r‖² ≤ min(½, √‖g‖) ‖g‖` (argmin's
//! `ConjugateGradient` reports the squared residual as its cost) where Nocedal & Wright stop on
//! `‖r‖`, so near the minimum it takes a single CG step, a steepest-descent step. The
//! trust-region Newton-CG does not have this problem and converges in tens of iterations.

// Shared with the tests and benchmarks; each program uses part of it. Public for
// `tests/argmin.rs`, which includes this file as a module.
#[allow(dead_code)]
#[path = "common/objectives.rs"]
pub mod objectives;

use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use grad::argmin::Objective;
use grad::argmin::core::observers::{Observe, ObserverMode};
use grad::argmin::core::{Error, Executor, KV, State};
use grad::argmin::solver::linesearch::MoreThuenteLineSearch;
use grad::argmin::solver::newton::NewtonCG;
use grad::argmin::solver::quasinewton::LBFGS;
use grad::argmin::solver::trustregion::{Steihaug, TrustRegion};

use objectives::{rosenbrock, rosenbrock_grad, rosenbrock_hvp};

#[derive(Parser)]
#[command(about = "Minimise the n-dimensional Rosenbrock function with argmin's solvers")]
struct Args {
    /// The dimension n (at least 2).
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(2..))]
    n: u64,
    /// Which solver to run.
    #[arg(long, value_enum, default_value_t = Solver::All)]
    solver: Solver,
    /// The most iterations a solver may take.
    #[arg(long, default_value_t = 50_000)]
    max_iters: u64,
    /// Print only the summary of each solver, not its iterations.
    #[arg(long)]
    quiet: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Solver {
    /// L-BFGS (memory 7) with a Moré-Thuente line search.
    Lbfgs,
    /// argmin's line-search Newton-CG (slow in argmin 0.11, see the example's documentation).
    NewtonCg,
    /// Trust-region Newton-CG: argmin's trust region with Steihaug's conjugate gradients.
    TrustNcg,
    /// All three.
    All,
}

/// What a run of a solver ended with.
pub struct Report {
    pub iterations: u64,
    pub cost: f64,
    pub solution: Vec<f64>,
    pub termination: String,
    /// How many times argmin asked for a cost, a gradient and a Hessian (each Hessian is then
    /// multiplied by vectors, one Hessian-vector product each, which argmin does not count).
    pub counts: Vec<(String, u64)>,
    pub time: Duration,
}

/// L-BFGS (memory 7) with a Moré-Thuente line search, on `rosenbrock` and `rosenbrock_grad`,
/// stopping when `‖∇f‖ < 1e-10`.
pub fn lbfgs(x0: Vec<f64>, max_iters: u64, verbose: bool) -> Result<Report, Error> {
    let problem = Objective::new(rosenbrock, rosenbrock_grad);
    let solver = LBFGS::new(MoreThuenteLineSearch::new(), 7)
        .with_tolerance_grad(1e-10)?
        .with_tolerance_cost(0.0)?;
    let started = Instant::now();
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(x0).max_iters(max_iters).counting(true))
        .add_observer(Progress, observer_mode(verbose))
        .run()?;
    Ok(report(result.state(), started.elapsed()))
}

/// argmin's line-search Newton-CG with a Moré-Thuente line search; the Hessian is
/// `v ↦ H(x) v`, one Hessian-vector product per conjugate-gradient step. Stops when the cost
/// changes by less than `f64::EPSILON`.
pub fn newton_cg(x0: Vec<f64>, max_iters: u64, verbose: bool) -> Result<Report, Error> {
    let problem = Objective::new(rosenbrock, rosenbrock_grad).with_hessian_vector(rosenbrock_hvp);
    let solver = NewtonCG::new(MoreThuenteLineSearch::new());
    let started = Instant::now();
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(x0).max_iters(max_iters).counting(true))
        .add_observer(Progress, observer_mode(verbose))
        .run()?;
    Ok(report(result.state(), started.elapsed()))
}

/// Trust-region Newton-CG: argmin's trust region whose subproblem Steihaug's conjugate gradients
/// solve (at most `2n` steps, one Hessian-vector product each). argmin's trust region has no
/// convergence test of its own, only a target cost: Rosenbrock's minimum is 0, and it stops when
/// the cost is below `1e-20`.
pub fn trust_ncg(x0: Vec<f64>, max_iters: u64, verbose: bool) -> Result<Report, Error> {
    let n = x0.len() as u64;
    let problem = Objective::new(rosenbrock, rosenbrock_grad).with_hessian_vector(rosenbrock_hvp);
    let solver = TrustRegion::new(Steihaug::new().with_max_iters(2 * n));
    let started = Instant::now();
    let result = Executor::new(problem, solver)
        .configure(|state| {
            state
                .param(x0)
                .max_iters(max_iters)
                .target_cost(1e-20)
                .counting(true)
        })
        .add_observer(Progress, observer_mode(verbose))
        .run()?;
    Ok(report(result.state(), started.elapsed()))
}

fn observer_mode(verbose: bool) -> ObserverMode {
    if verbose {
        ObserverMode::Always
    } else {
        ObserverMode::Never
    }
}

fn report<I: State<Param = Vec<f64>, Float = f64>>(state: &I, time: Duration) -> Report {
    let mut counts: Vec<_> = state
        .get_func_counts()
        .iter()
        .map(|(name, count)| (name.clone(), *count))
        .collect();
    counts.sort();
    Report {
        iterations: state.get_iter(),
        cost: state.get_best_cost(),
        solution: state.get_best_param().cloned().unwrap_or_default(),
        termination: state.get_termination_status().to_string(),
        counts,
        time,
    }
}

/// Prints the cost at iterations 1, 2, 4, 8, ..: a few lines for a run of any length.
struct Progress;

impl<I: State<Float = f64>> Observe<I> for Progress {
    fn observe_iter(&mut self, state: &I, _kv: &KV) -> Result<(), Error> {
        let iteration = state.get_iter();
        if iteration.is_power_of_two() {
            println!("  iteration {iteration:6}  cost {:.6e}", state.get_cost());
        }
        Ok(())
    }
}

fn print(report: &Report) {
    let distance = report
        .solution
        .iter()
        .map(|x| (x - 1.0).powi(2))
        .sum::<f64>()
        .sqrt();
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(name, count)| format!("{count} {}", name.trim_end_matches("_count")))
        .collect();
    println!(
        "  {} after {} iterations in {:.1?}",
        report.termination, report.iterations, report.time
    );
    println!(
        "  cost {:.3e}, |x - (1, .., 1)| = {distance:.3e}",
        report.cost
    );
    println!("  evaluations: {}", counts.join(", "));
    let shown: Vec<String> = report.solution.iter().map(|x| format!("{x:.9}")).collect();
    println!("  x = [{}]", shown.join(", "));
}

fn main() -> Result<(), Error> {
    let args = Args::parse();
    let x0 = vec![0.0; args.n as usize];
    let verbose = !args.quiet;
    println!("rosenbrock in {} dimensions from x = 0", args.n);
    type Run = fn(Vec<f64>, u64, bool) -> Result<Report, Error>;
    let solvers: [(Solver, &str, Run); 3] = [
        (Solver::Lbfgs, "L-BFGS", lbfgs),
        (Solver::NewtonCg, "Newton-CG (line search)", newton_cg),
        (
            Solver::TrustNcg,
            "Newton-CG (trust region, Steihaug)",
            trust_ncg,
        ),
    ];
    for (solver, name, run) in solvers {
        if args.solver == solver || args.solver == Solver::All {
            println!("{name}:");
            print(&run(x0.clone(), args.max_iters, verbose)?);
        }
    }
    Ok(())
}
