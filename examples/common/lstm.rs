//! ADBench's LSTM objective written as plain loops over slices, and the benchmark's inputs,
//! shared by the `lstm` example, its test and its benchmark.
//!
//! The objective follows ADBench's reference implementation line for line:
//! `src/cpp/shared/lstm.h` of microsoft/ADBench (commit 38cb793), which GradBench keeps as
//! `cpp/gradbench/evals/lstm.hpp`; the inputs are made as ADBench's `data/lstm/gen_data.py`
//! makes them.

/// The logistic sigmoid `1 / (1 + e^(-x))`, as ADBench writes it.
#[grad::differentiate]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// ADBench's LSTM objective: the mean negative log-likelihood of each next character of
/// `sequence` under a stack of `l` LSTM layers of `b` cells that reads the characters before it.
///
/// `sequence` holds `c` characters of `b` bits each (0 or 1), one after the other. Every weight
/// "matrix" is diagonal (ADBench's quirk), so a layer is `b` independent cells. For each time step
/// `t < c - 1` the layers read `x₀ = in_weight ⊙ sequence[t]`, and layer `k` with input `x` and
/// state `(h, s)` computes
///
/// `f = σ(x ⊙ w_f + b_f)`, `i = σ(h ⊙ w_i + b_i)`, `o = σ(x ⊙ w_o + b_o)`,
/// `g = tanh(h ⊙ w_g + b_g)`, `s ← s ⊙ f + i ⊙ g`, `h ← o ⊙ tanh(s)`,
///
/// its `h` being the next layer's input (ADBench's gates read the input and the hidden state in
/// this pattern, not both). The prediction is `y = h_l ⊙ out_weight + out_bias`, normalised with
/// ADBench's log-sum-exp, which adds 2 inside the logarithm: `ŷ = y - ln(Σ e^y + 2)`. The
/// objective is `-Σ_t Σ_j sequence[t + 1]_j ŷ_j / ((c - 1) b)`.
///
/// `main_params` holds, for each layer, the weights `w_f, w_i, w_o, w_g` then the biases
/// `b_f, b_i, b_o, b_g` (`8 b` numbers a layer); `extra_params` holds `in_weight, out_weight,
/// out_bias` (`3 b`); `state` holds each layer's initial `h` then `s` (`2 b` a layer) and is
/// not changed (the objective works on a copy). Only `main_params` and `extra_params` are
/// differentiated, as in ADBench, whose gradient is both concatenated.
///
/// **Panics** if `sequence` has fewer than `c · b` numbers or the parameters fewer than the
/// sizes above.
#[grad::differentiate(wrt(main_params, extra_params))]
pub fn lstm_objective(
    l: usize,
    c: usize,
    b: usize,
    main_params: &[f64],
    extra_params: &[f64],
    state: &[f64],
    sequence: &[f64],
) -> f64 {
    let mut state = state.to_vec();
    let mut input = vec![0.0; b];
    let mut ypred = vec![0.0; b];
    let mut total = 0.0;
    let mut count = 0;
    for t in 0..c - 1 {
        for i in 0..b {
            input[i] = sequence[t * b + i] * extra_params[i];
        }
        for layer in 0..l {
            let w = 8 * b * layer;
            let h = 2 * b * layer;
            for i in 0..b {
                let forget = sigmoid(input[i] * main_params[w + i] + main_params[w + 4 * b + i]);
                let ingate =
                    sigmoid(state[h + i] * main_params[w + b + i] + main_params[w + 5 * b + i]);
                let outgate =
                    sigmoid(input[i] * main_params[w + 2 * b + i] + main_params[w + 6 * b + i]);
                let change = (state[h + i] * main_params[w + 3 * b + i]
                    + main_params[w + 7 * b + i])
                    .tanh();
                state[h + b + i] = state[h + b + i] * forget + ingate * change;
                state[h + i] = outgate * state[h + b + i].tanh();
            }
            for i in 0..b {
                input[i] = state[h + i];
            }
        }
        for i in 0..b {
            ypred[i] = input[i] * extra_params[b + i] + extra_params[2 * b + i];
        }
        let mut sum_exp = 0.0;
        for i in 0..b {
            sum_exp += ypred[i].exp();
        }
        let lse = (sum_exp + 2.0).ln();
        for i in 0..b {
            total += sequence[(t + 1) * b + i] * (ypred[i] - lse);
        }
        count += b;
    }
    -total / count as f64
}

/// One instance of the LSTM objective: sizes and inputs in ADBench's layout (see
/// [`lstm_objective`]).
#[derive(Clone, Debug)]
pub struct LstmProblem {
    /// Layers `l`.
    pub layers: usize,
    /// Characters `c` in the sequence.
    pub chars: usize,
    /// Bits `b` a character, which is also the number of cells a layer.
    pub bits: usize,
    /// `8 b` weights and biases a layer.
    pub main_params: Vec<f64>,
    /// `in_weight, out_weight, out_bias`, `3 b`.
    pub extra_params: Vec<f64>,
    /// The initial hidden and cell state, `2 b` a layer.
    pub state: Vec<f64>,
    /// The characters' bits, `c b`.
    pub sequence: Vec<f64>,
}

impl LstmProblem {
    /// The objective at this problem's inputs.
    pub fn objective(&self) -> f64 {
        lstm_objective(
            self.layers,
            self.chars,
            self.bits,
            &self.main_params,
            &self.extra_params,
            &self.state,
            &self.sequence,
        )
    }

    /// The objective and its gradient with respect to `main_params` and `extra_params`.
    pub fn gradient(&self) -> (f64, (Vec<f64>, Vec<f64>)) {
        lstm_objective_grad(
            self.layers,
            self.chars,
            self.bits,
            &self.main_params,
            &self.extra_params,
            &self.state,
            &self.sequence,
        )
    }
}

/// The opening of Shakespeare's first sonnet, as ADBench's text (Project Gutenberg's sonnets)
/// begins, typographic apostrophes included: U+2019 makes a character 14 bits, as in ADBench.
pub const TEXT: &str = "From fairest creatures we desire increase,\n\
That thereby beauty\u{2019}s rose might never die,\n\
But as the riper should by time decease,\n\
His tender heir might bear his memory:\n\
But thou contracted to thine own bright eyes,\n\
Feed\u{2019}st thy light\u{2019}s flame with self-substantial fuel,\n\
Making a famine where abundance lies,\n\
Thy self thy foe, to thy sweet self too cruel:\n";

/// ADBench's inputs for `layers` layers and `chars` characters, made as its `gen_data.py`
/// makes them: the first `chars` characters of [`TEXT`] (repeated as needed), each written as
/// `b = ⌈log₂(largest code point)⌉` bits, most significant first; parameters and initial state
/// uniform on `[0, 1)`, from [`Uniform`] seeded with `seed` (ADBench uses numpy's unseeded
/// `random`).
pub fn lstm_problem(layers: usize, chars: usize, seed: u64) -> LstmProblem {
    let text: Vec<u32> = TEXT.chars().cycle().take(chars).map(u32::from).collect();
    let largest = text.iter().copied().max().unwrap_or(2);
    // ⌈log₂ m⌉ for m ≥ 2: the bit length of m - 1.
    let bits = (u32::BITS - (largest - 1).leading_zeros()) as usize;
    let sequence = text
        .iter()
        .flat_map(|&code| (0..bits).rev().map(move |k| f64::from((code >> k) & 1)))
        .collect();
    let mut uniform = Uniform::new(seed);
    let mut draw = |n: usize| (0..n).map(|_| uniform.next()).collect::<Vec<f64>>();
    // gen_data.py's order: state, main_params, extra_params.
    let state = draw(2 * layers * bits);
    let main_params = draw(8 * layers * bits);
    let extra_params = draw(3 * bits);
    LstmProblem {
        layers,
        chars,
        bits,
        main_params,
        extra_params,
        state,
        sequence,
    }
}

/// Uniform numbers on `[0, 1)` from SplitMix64 (Steele, Lea and Flood, 2014): 53 random bits a
/// number, simple enough to reproduce exactly elsewhere (the test's numpy check does).
#[derive(Clone, Debug)]
pub struct Uniform(u64);

impl Uniform {
    /// A generator started at `seed`.
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    /// The next number, `k / 2⁵³` for a random 53-bit `k`.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}
