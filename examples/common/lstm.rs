//! ADBench's LSTM objective, plain loops over slices.

/// The logistic sigmoid.
#[grad::differentiate]
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// ADBench's LSTM objective.
#[grad::differentiate(wrt(main_params, extra_params))]
pub fn lstm_objective(
    layers: usize,
    b: usize,
    main_params: &[f64],
    extra_params: &[f64],
    state: &[f64],
    sequence: &[f64],
) -> f64 {
    let c = sequence.len() / b;
    let mut state = state.to_vec();
    let mut input = vec![0.0; b];
    let mut ypred = vec![0.0; b];
    let mut total = 0.0;
    let mut count = 0;
    for t in 0..c - 1 {
        for i in 0..b {
            input[i] = sequence[t * b + i] * extra_params[i];
        }
        for layer in 0..layers {
            let w = 8 * b * layer;
            let s = 2 * b * layer;
            for i in 0..b {
                let forget = sigmoid(input[i] * main_params[w + i] + main_params[w + 4 * b + i]);
                let ingate = sigmoid(state[s + i] * main_params[w + b + i] + main_params[w + 5 * b + i]);
                let outgate = sigmoid(input[i] * main_params[w + 2 * b + i] + main_params[w + 6 * b + i]);
                let change = (state[s + i] * main_params[w + 3 * b + i] + main_params[w + 7 * b + i]).tanh();
                state[s + b + i] = state[s + b + i] * forget + ingate * change;
                state[s + i] = outgate * state[s + b + i].tanh();
            }
            for i in 0..b {
                input[i] = state[s + i];
            }
        }
        for i in 0..b {
            ypred[i] = input[i] * extra_params[b + i] + extra_params[2 * b + i];
        }
        let mut sum = 0.0;
        for i in 0..b {
            sum += ypred[i].exp();
        }
        let lse = (sum + 2.0).ln();
        for i in 0..b {
            total += sequence[(t + 1) * b + i] * (ypred[i] - lse);
        }
        count += b;
    }
    -total / count as f64
}
