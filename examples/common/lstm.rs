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
// `input.copy_from_slice(&state[h..h + b])` is what clippy asks for, but `#[differentiate]` does
// not slice a differentiated buffer yet: the layer's output is copied element by element.
#[allow(clippy::manual_memcpy)]
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
                let change =
                    (state[h + i] * main_params[w + 3 * b + i] + main_params[w + 7 * b + i]).tanh();
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
        let sum_exp: f64 = ypred.iter().map(|y| y.exp()).sum();
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

    /// [`LstmProblem::gradient`] by [`lstm_objective_hand_written`].
    pub fn hand_written_gradient(&self) -> (f64, (Vec<f64>, Vec<f64>)) {
        lstm_objective_hand_written(
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

/// What the hand-written gradient keeps of one cell at one time step: its input `x`, the state
/// `(h, s)` it read, its four gates and `tanh` of the new cell state.
#[derive(Clone, Copy, Debug, Default)]
struct CellTape {
    x: f64,
    h: f64,
    s: f64,
    forget: f64,
    ingate: f64,
    outgate: f64,
    change: f64,
    tanh_s: f64,
}

/// [`lstm_objective`] and its gradient written by hand, as ADBench's "manual" tool and Tapenade
/// do it: the forward sweep keeps 8 numbers a cell and a time step ([`CellTape`]) and the
/// prediction of each step, the reverse sweep runs the steps backwards. The baseline the
/// generated gradient is measured against.
pub fn lstm_objective_hand_written(
    l: usize,
    c: usize,
    b: usize,
    main_params: &[f64],
    extra_params: &[f64],
    state: &[f64],
    sequence: &[f64],
) -> (f64, (Vec<f64>, Vec<f64>)) {
    let mut state = state.to_vec();
    let mut cells = Vec::with_capacity((c - 1) * l * b);
    let mut predictions = Vec::with_capacity((c - 1) * b);
    let mut normalisers = Vec::with_capacity(c - 1);
    let mut input = vec![0.0; b];
    let mut total = 0.0;
    for t in 0..c - 1 {
        for i in 0..b {
            input[i] = sequence[t * b + i] * extra_params[i];
        }
        for layer in 0..l {
            let w = &main_params[8 * b * layer..8 * b * (layer + 1)];
            let (hidden, cell) = state[2 * b * layer..2 * b * (layer + 1)].split_at_mut(b);
            for i in 0..b {
                let tape = cell_forward(w, b, i, input[i], hidden[i], cell[i]);
                cell[i] = tape.s * tape.forget + tape.ingate * tape.change;
                hidden[i] = tape.outgate * tape.tanh_s;
                input[i] = hidden[i];
                cells.push(tape);
            }
        }
        let ypred: Vec<f64> = (0..b)
            .map(|i| input[i] * extra_params[b + i] + extra_params[2 * b + i])
            .collect();
        let normaliser = ypred.iter().map(|y| y.exp()).sum::<f64>() + 2.0;
        let lse = normaliser.ln();
        for i in 0..b {
            total += sequence[(t + 1) * b + i] * (ypred[i] - lse);
        }
        predictions.extend(ypred);
        normalisers.push(normaliser);
    }
    let count = ((c - 1) * b) as f64;
    let tapes = Tapes {
        cells: &cells,
        predictions: &predictions,
        normalisers: &normalisers,
    };
    let gradient = lstm_reverse(
        l,
        c,
        b,
        main_params,
        extra_params,
        sequence,
        &tapes,
        -1.0 / count,
    );
    (-total / count, gradient)
}

/// One cell's gates from its input and the state it reads (`w`: one layer's 8 b parameters).
#[inline(always)]
fn cell_forward(w: &[f64], b: usize, i: usize, x: f64, h: f64, s: f64) -> CellTape {
    let forget = 1.0 / (1.0 + (-(x * w[i] + w[4 * b + i])).exp());
    let ingate = 1.0 / (1.0 + (-(h * w[b + i] + w[5 * b + i])).exp());
    let outgate = 1.0 / (1.0 + (-(x * w[2 * b + i] + w[6 * b + i])).exp());
    let change = (h * w[3 * b + i] + w[7 * b + i]).tanh();
    let tanh_s = (s * forget + ingate * change).tanh();
    CellTape {
        x,
        h,
        s,
        forget,
        ingate,
        outgate,
        change,
        tanh_s,
    }
}

/// What the hand-written forward sweep kept: the cells of every step and layer in order, and
/// each step's prediction and `Σ e^y + 2`.
struct Tapes<'a> {
    cells: &'a [CellTape],
    predictions: &'a [f64],
    normalisers: &'a [f64],
}

/// The reverse sweep of [`lstm_objective_hand_written`], from the objective's adjoint `seed`
/// (on `total`): the gradients of `main_params` and `extra_params`.
#[allow(clippy::too_many_arguments)]
fn lstm_reverse(
    l: usize,
    c: usize,
    b: usize,
    main_params: &[f64],
    extra_params: &[f64],
    sequence: &[f64],
    tapes: &Tapes,
    seed: f64,
) -> (Vec<f64>, Vec<f64>) {
    let mut d_main = vec![0.0; main_params.len()];
    let mut d_extra = vec![0.0; extra_params.len()];
    // The adjoints of each layer's state after the step being reversed.
    let mut d_hidden = vec![0.0; l * b];
    let mut d_cell = vec![0.0; l * b];
    let mut d_input = vec![0.0; b];
    for t in (0..c - 1).rev() {
        let gold = &sequence[(t + 1) * b..(t + 2) * b];
        let ypred = &tapes.predictions[t * b..(t + 1) * b];
        let d_lse = -seed * gold.iter().sum::<f64>();
        for i in 0..b {
            let d_y = seed * gold[i] + d_lse * ypred[i].exp() / tapes.normalisers[t];
            let top = tapes.cells[(t * l + l - 1) * b + i];
            let h_top = top.outgate * top.tanh_s;
            d_extra[b + i] += d_y * h_top;
            d_extra[2 * b + i] += d_y;
            d_input[i] = d_y * extra_params[b + i];
        }
        for layer in (0..l).rev() {
            let w = &main_params[8 * b * layer..8 * b * (layer + 1)];
            let dw = &mut d_main[8 * b * layer..8 * b * (layer + 1)];
            for (i, d_x) in d_input.iter_mut().enumerate() {
                let tape = &tapes.cells[(t * l + layer) * b + i];
                let k = layer * b + i;
                let d_h_new = *d_x + d_hidden[k];
                *d_x = cell_reverse(tape, w, dw, b, i, d_h_new, &mut d_hidden[k], &mut d_cell[k]);
            }
        }
        for i in 0..b {
            d_extra[i] += d_input[i] * sequence[t * b + i];
        }
    }
    (d_main, d_extra)
}

/// One cell's reverse: from the adjoints of its new hidden state `d_h_new` and new cell state
/// (`d_cell`, replaced by the old cell state's), adds the parameters' adjoints into `dw`,
/// replaces `d_hidden` by the old hidden state's adjoint, and returns the input's.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn cell_reverse(
    tape: &CellTape,
    w: &[f64],
    dw: &mut [f64],
    b: usize,
    i: usize,
    d_h_new: f64,
    d_hidden: &mut f64,
    d_cell: &mut f64,
) -> f64 {
    let d_outgate = d_h_new * tape.tanh_s;
    let d_s_new = *d_cell + d_h_new * tape.outgate * (1.0 - tape.tanh_s * tape.tanh_s);
    *d_cell = d_s_new * tape.forget;
    let d_forget = d_s_new * tape.s * tape.forget * (1.0 - tape.forget);
    let d_ingate = d_s_new * tape.change * tape.ingate * (1.0 - tape.ingate);
    let d_outgate = d_outgate * tape.outgate * (1.0 - tape.outgate);
    let d_change = d_s_new * tape.ingate * (1.0 - tape.change * tape.change);
    for (gate, d_z, from) in [
        (0, d_forget, tape.x),
        (1, d_ingate, tape.h),
        (2, d_outgate, tape.x),
        (3, d_change, tape.h),
    ] {
        dw[gate * b + i] += d_z * from;
        dw[(4 + gate) * b + i] += d_z;
    }
    *d_hidden = d_ingate * w[b + i] + d_change * w[3 * b + i];
    d_forget * w[i] + d_outgate * w[2 * b + i]
}
