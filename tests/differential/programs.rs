//! Random differentiable programs and their gradient checks (issue #13): written by
//! `tools/differential-gen`, checked by the harness in `tests/differential.rs`. Do not edit;
//! write it again with
//!
//! ```text
//! cargo run -p differential-gen -- --seed 13 --helpers 30 --scalar 110 --array 70 \
//!     --known-bugs tests/differential/known-bugs.txt \
//!     --out tests/differential/programs.rs
//! ```
//!
//! @generated, seed 13

#![allow(clippy::all)]
use grad::runtime::ndarray::{Array1, Array2, Axis};
#[grad::differentiate]
fn h000(y0: f64) -> f64 {
    let t0 = (if y0 < 3.0 { y0 } else { y0 }) / f64::abs(y0);
    y0 * y0 + t0
}
#[grad::differentiate]
fn h001(y0: f64) -> f64 {
    let t0: f64 = y0 + (y0.powi(2) + y0);
    t0
}
#[grad::differentiate(dual_calls)]
fn h002(y2: f64, y1: f64, y0: f64) -> f64 {
    let mut s0 = y0;
    if y2 <= 1.5 {
        s0 += h001(y0);
    } else if s0 > 0.75 {
        s0 += y1.sin() * y2.sqrt();
        s0 -= s0 + y2 + y2;
    } else if s0 + (if y1 <= 1.25 { y1 } else { 0.25 }) <= h000(-s0) {
        s0 = y2.cos();
        s0 *= y0;
        s0 -= h000(y1);
    } else {
        s0 += y0;
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j] -= (if s0 >= y2 { y1 } else { y1 }) * g0[i][i];
        }
    }
    g0[1][1] * (y2.sin() + (g0[1][1] + 1.5)) + s0 + g0[1][1]
}
#[grad::differentiate(dual_calls)]
fn h003(y1: f64, y0: f64) -> f64 {
    let t0 = h000(y0);
    let t1 = h001(h000(t0).exp());
    0.25 + (t1 + y1)
}
#[grad::differentiate]
fn h004(y2: f64, y0: f64, y1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..2 {
        if i == 1 {
            break;
        }
        s0 = s0 - f64::sin(s0);
    }
    f64::exp(y1) + y2 + y0 + s0
}
#[grad::differentiate]
fn h005(y2: f64, y0: f64, y1: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j]
                += match j % 3 {
                    0 => y1,
                    1 => {
                        match i % 3 {
                            0 => y1,
                            1 => 0.1,
                            _ => y1,
                        }
                    }
                    _ => g0[i][j % 3] * 0.75,
                };
        }
        g0[i][2] *= (y0 * y0).exp();
    }
    ({
        let r0 = y1 + y0;
        r0 - y2.sin()
    })
        .max(y0) + g0[3][2]
}
#[grad::differentiate(dual_calls)]
fn h006(y0: f64, y2: f64, y1: f64) -> f64 {
    let mut s0 = y0 * y0;
    let mut k0 = 0;
    let r0 = loop {
        s0 *= y0;
        if k0 >= 2 {
            s0 = (k0 as f64) * s0 + y2.sqrt();
            s0 = s0
                - (match k0 % 3 {
                    0 => y1,
                    1 => y1,
                    _ => y2,
                })
                    .exp();
            s0 = s0 + (if k0 < 3 { y2 } else { y0 }) / 0.1;
        }
        if self::h002(s0, s0, y1) * ((k0 as f64) * y0) > 0.75 {
            break y0 * f64::abs(y2);
        }
        k0 += 1;
        if k0 == 4 {
            break y2 * s0 + y1 * s0;
        }
    };
    f64::sin(
        match k0 % 3 {
            0 => y1,
            1 => r0,
            _ => y0,
        },
    ) + s0
}
#[grad::differentiate]
fn h007(ys: &[f64], y0: f64) -> f64 {
    let t0 = ys[0] * y0;
    ys[3] * y0 + t0
}
#[grad::differentiate]
fn h008(y1: f64, y0: f64, y2: f64) -> f64 {
    let t0 = y2;
    let t1 = y2;
    t1 + y1 + y0 + t0
}
#[grad::differentiate]
fn h009(y2: f64, y0: f64, y1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = if i != 0 { y2 / y0 } else { 3.0 };
    }
    v0[0].abs() * y2 / v0[1] + y1 + v0[2]
}
#[grad::differentiate]
fn h010(y2: f64, y0: f64, y1: f64) -> f64 {
    -y2 + y2.min(0.5) + y0 + y1
}
#[grad::differentiate]
fn h011(y0: f64, y1: f64) -> f64 {
    ({
        let r0 = y1 * 0.75;
        r0
    }) + y0
}
#[grad::differentiate]
fn h012(ys: &[f64], y1: f64, y2: f64, y0: f64) -> f64 {
    ys[2].exp().powf(ys[2] * ys[0]) * y1 + y2 + y0
}
#[grad::differentiate(dual_calls)]
fn h013(ys: &[f64], y0: f64) -> f64 {
    let mut s0 = y0 - ys[1];
    let mut k0 = 0;
    while k0 < ys.len() {
        s0 += self::h002(s0.exp(), s0, y0);
        k0 += 1;
    }
    ({
        let r0 = y0.powi(3);
        r0 + -s0 * ys[2]
    }) + s0
}
#[grad::differentiate(dual_calls)]
fn h014(y1: f64, y0: f64, y2: f64) -> f64 {
    self::h004(y2 + y2, y1, y1.tanh()) + y0
}
#[grad::differentiate]
fn h015(y2: f64, y0: f64, y1: f64) -> f64 {
    y0.powi(3) + y2 + y1
}
#[grad::differentiate]
fn h016(ys: &[f64], y0: f64) -> f64 {
    ys[1] + y0
}
#[grad::differentiate]
fn h017(y0: f64) -> f64 {
    y0 + (y0 + 1.25 * y0)
}
#[grad::differentiate(dual_calls)]
fn h018(y2: f64, y0: f64, y1: f64) -> f64 {
    self::h000(y2).exp().ln() + y0 + y1
}
#[grad::differentiate]
fn h019(y0: f64) -> f64 {
    let t0: f64 = y0 * 1.5 / (y0 * y0);
    let s0: f64 = 1.0;
    for i in (0..4).rev().step_by(2) {
        if -s0 < 3.0 * s0 + (i as f64) {
            return s0;
        }
    }
    t0 - s0
}
#[grad::differentiate]
fn h020(y1: f64, y0: f64) -> f64 {
    let t0 = y1;
    let t1 = y0;
    -t0 - (f64::abs(y0) - y0) + t1
}
#[grad::differentiate]
fn h021(y1: f64, y0: f64, y2: f64) -> f64 {
    let t0 = y2;
    let t0 = t0 * ((y1 + t0) / y0);
    f64::exp(t0)
}
#[grad::differentiate]
fn h022(y2: f64, y1: f64, y0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 += (if k0 >= 2 { y2 } else { 3.0 }).powi(3);
        s0 += y0 - y2;
        k0 += 1;
    }
    y0 + y1 + s0
}
#[grad::differentiate]
fn h023(y1: f64, y0: f64, ys: &[f64]) -> f64 {
    ys[0] + y1 + y0
}
#[grad::differentiate]
fn h024(y0: f64) -> f64 {
    let t0: f64 = (y0 + y0) / y0;
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] += g0[i][j % 2] + 0.25 + -t0;
        }
        g0[i][0] = y0;
    }
    y0 - y0 + g0[3][1]
}
#[grad::differentiate]
fn h025(y2: f64, y1: f64, y0: f64, ys: &[f64]) -> f64 {
    -y0 + y2 + y1 + ys[3]
}
#[grad::differentiate]
fn h026(y2: f64, y0: f64, y1: f64) -> f64 {
    if y1 + y1 - y1 > y2.tanh() - (if y1 <= y0 { y1 } else { 1.25 }) {
        y1
    } else {
        y0 + y1
            + ({
                let r0 = y2;
                r0
            })
    }
}
#[grad::differentiate(dual_calls)]
fn h027(y1: f64, ys: &[f64], y0: f64, y2: f64) -> f64 {
    let mut g0 = vec![[0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] = y1.max(y0).min(y2.max(0.1));
        }
    }
    let t0 = y2 * y1 + (y0 - y0) + g0[3][2];
    h011(ys[3] - y0, y2) + g0[3][2] + t0
}
#[grad::differentiate]
fn h028(y2: f64, y0: f64, ys: &[f64], y1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..4).step_by(2) {
        s0 = s0
            + (match i % 2 {
                0 => s0,
                _ => y0.sin(),
            });
        s0 += y2;
    }
    let mut s1: f64 = 0.5;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += ys[j + 1] * y2;
        }
        s1 += r0 * 1.25;
    }
    s0 + y1 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn h029(y0: f64, y2: f64, y1: f64) -> f64 {
    let t0 = y2;
    self::h022(y1, t0.powi(2), 1.25 / y2) - y0 * 1.25
}
#[grad::differentiate(dual_calls)]
fn f000(x2: f64, x1: f64, n: usize, xs: &[f64], x0: f64) -> f64 {
    let t0: f64 = match n % 3 {
        0 => x1,
        1 => xs[1],
        _ => x0,
    };
    if x0.powi(2) <= 2.0 {
        return xs[3] - x1 - xs[4] * x0;
    }
    let t1 = xs[2].abs();
    let t2 = -((n as f64) * x2).abs();
    let mut s0 = xs[2] / t2 * t2;
    let mut k0 = 0;
    while k0 < xs.len() {
        if f64::abs(x2)
            < ({
                let r0 = h025(s0, xs[k0 % xs.len()], x1, xs);
                r0 - -x1
            })
        {
            s0 = s0 - (x0 * x2).powi(2);
        }
        k0 += 1;
    }
    if x1 + xs[1].sqrt() <= t2.abs().ln() {
        s0 += t2;
        s0 = s0
            * ({
                let r1 = t0 * x0;
                r1 * xs[4]
            });
    }
    f64::cos(xs[3]) + t1 + s0
}
#[grad::differentiate(dual_calls)]
fn f001(xs: &[f64], x0: f64) -> f64 {
    let t0 = (if (if x0 < 2.0 { xs[3] } else { x0 }) > 0.25 {
        xs[4]
    } else {
        if xs[2] > xs[0] { xs[4] } else { 1.5 }
    })
        .sin();
    if x0
        >= ({
            let r5 = x0.powi(2);
            r5
        })
    {
        return xs[4] * (xs[3] - x0);
    }
    let t1 = h011(x0, t0.max(x0) / t0);
    (if xs[3] < t0 { t0 } else { xs[2] }).abs() + t1
}
#[grad::differentiate(dual_calls)]
fn f002(xs: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s0 = {
        let r0 = xs[2];
        r0 + x0.powi(2)
    };
    for i in 0..1 {
        s0 -= xs[i];
    }
    let mut s1 = xs[1].tanh().min(x0 + x1);
    for _ in xs {
        s1 += h012(xs, xs[1], xs[2], s1);
        s0 *= -xs[2];
        s1 = s1 * h001(x0);
    }
    let t0 = x2.ln();
    let mut s4: f64 = 1.0;
    for i in 0..1 {
        s4 += xs[i + 2] * t0;
    }
    (if (if s1 <= 0.75 + xs[2] { if x2 > xs[2] { s1 } else { 2.0 } } else { 1.5 })
        > (-s0).tanh()
    {
        x0 + xs[0]
    } else {
        s4 / x1
    }) + s0 + s1 + s4
}
#[grad::differentiate(dual_calls)]
fn f003(x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0 = xs[1] / x0;
    for _ in xs {
        s0 /= xs[1].sin();
    }
    let mut s1 = s0;
    for &p1 in xs.iter() {
        s1
            += match n % 3 {
                0 => p1,
                1 => xs[0],
                _ => 0.25,
            };
    }
    let mut s2 = s1;
    let mut k0 = 0;
    let r0 = 'outer: loop {
        if n != 1 {
            break -x0;
        }
        for j in (1..xs.len()).step_by(2) {
            s2 *= xs[j] / 0.1;
            s1 += if n >= 2 { s2 + 1.25 } else { h012(xs, s0, xs[2], xs[j - 1]) };
            s2 -= s0 * s2;
            if n % 2 == 0 {
                break 'outer h011(s0, s1 / s0);
            }
        }
        s0
            -= h009(
                x0,
                xs[(k0 + 1) % xs.len()] + x0,
                h018(xs[k0 % xs.len()], s0, xs[k0 % xs.len()]),
            );
        for (&p2, &q0) in xs.iter().zip(xs.iter()) {
            s0 += q0;
            s0 = s0 - ((n + 1) as f64) * p2 * xs[0].min(1.25);
        }
        k0 += 1;
        if k0 == n {
            break x0;
        }
    };
    r0.exp() + ((k0 + 1) as f64) + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f004(xs: &[f64], x0: f64) -> f64 {
    let mut s1 = x0;
    if xs[3] < 2.0 {
        s1 *= s1 / (s1 + xs[2]);
    } else {
        s1 = s1 - h005(x0.exp(), 0.25 + s1, s1 + 2.0);
    }
    let mut s2: f64 = 0.5;
    for i in (1..4).step_by(2) {
        if i >= 1 {
            break;
        }
        s1 -= x0;
        for _ in (0..4).rev() {
            s2 = s2 + (xs[2].sin() + 0.5);
            s1 /= s1.min(x0).powi(2);
            s2 += f64::sin(xs[i]);
        }
    }
    let s3: f64 = 1.0;
    for _ in xs.iter() {
        s1 += f64::cos(s3.abs());
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] -= s2.powf(s2).max(0.1 / s1);
        }
        s1 = s1 * (0.75 * g0[1][(i + 1) % 2]).min(g0[i][1]);
    }
    let t0 = g0[3][0] / xs[3] + s3;
    x0.max(if x0 < g0[0][0] { s2 * s2 } else { 0.25 }) + s1 + s2 + g0[3][1] + t0
}
#[grad::differentiate(dual_calls)]
fn f005(x0: f64, xs: &[f64], ys: &[f64], x1: f64) -> f64 {
    let (t0, t1) = (
        {
            let r0 = x1;
            r0
        },
        x1.powf(1.5),
    );
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 = s0 + xs[k0 % xs.len()].max(t1);
        k0 += 1;
    }
    let t2 = if s0 <= t0.powi(-2) + (k0 as f64) { x1 / xs[2] } else { t0 };
    if k0 % 2 == 0 {
        if k0 < 3 {
            s0 /= x1;
        }
    } else if f64::tanh(t1) > (1.25 + xs[2]).powi(-1) {
        s0 = s0 + x0;
        s0 = s0
            - (match k0 % 2 {
                0 => t2,
                _ => t1,
            });
        s0 += -xs[0].abs();
    } else {
        s0 -= ((k0 as f64) * xs[2]).max(0.25 / t1);
        s0 -= h028(s0, t0, xs, xs[1]).cos();
    }
    (if t2 >= (if x0 > 0.75 { xs[0] } else { x0 }) { t0.powf(2.5) } else { 0.75 })
        + ys[2] + s0
}
#[grad::differentiate]
fn f006(x1: f64, n: usize, x0: f64) -> f64 {
    let mut g0 = vec![vec![vec![0.0_f64; 4]; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j][j + 2] = g0[2][(i + 1) % 2][i];
        }
    }
    let mut s0 = x1.cos();
    if s0 > f64::abs(x1 + (n as f64)) {
        s0 += (x0 + ((n + 1) as f64)).powf(0.5);
        s0 = s0 + s0.sqrt();
    } else if x0.powi(3) <= x1 {
        s0 += (-x1).powi(3);
        s0 += (n as f64) * (x1 - g0[2][0][1]);
    } else {
        s0 *= x1 / x1 * (if n != 1 { x1 } else { s0 });
        s0 += s0.sqrt();
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x1;
    }
    v0[2].powf(2.5) + g0[2][1][3] + s0 + v0[2]
}
#[grad::differentiate]
fn f007(x1: f64, ys: &[f64], x0: f64, xs: &[f64], n: usize) -> f64 {
    if n < 1 {
        return ys[0];
    }
    let mut s0 = x0.min(x1);
    for i in 0..1 {
        s0 += xs[i + 2];
    }
    let t0 = if n >= 2 { x0 } else { ys[1] + x0 + x0 };
    let mut v0 = vec![0.0_f64; ys.len()];
    for i in 0..ys.len() {
        v0[i] = x0;
    }
    if n % 2 == 0 {
        return t0;
    }
    (x1.powi(2) / s0).sin() + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f008(x0: f64, x1: f64, n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = (0.5 - x1).min(f64::exp(x0));
    }
    let t0 = v0[0];
    let mut s0 = (v0[0] * v0[2]).min(t0 + t0);
    for _ in v0.iter() {
        s0
            -= v0[0].sin()
                - ({
                    let r0 = x1;
                    r0 + x1
                });
    }
    if v0[2] <= s0 {
        v0[2] += v0[1] * 0.75;
        s0 = s0 * -(x0 * t0);
    } else if t0 < 0.1 {
        s0 += if n < 2 { h008(v0[0], t0, v0[1]) } else { x1 * s0 };
    }
    let t1 = 1.25
        / (match n % 3 {
            0 => 0.5,
            1 => v0[1],
            _ => 1.25,
        });
    s0 += (n as f64) * v0[2];
    (1.5 + v0[1]).tanh() + v0[2] + s0 + t1
}
#[grad::differentiate(dual_calls)]
fn f009(xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    let r1 = loop {
        s0 *= x1.ln();
        if k0 < 3 {
            s0 = s0 * (x1 + xs[k0 + 1]);
            s0 /= h019(x1);
        } else {
            s0 += f64::tanh(x1.exp());
        }
        if k0 < 3 {
            break {
                let r0 = s0;
                r0 + x1
            };
        }
        k0 += 1;
        if k0 == 2 {
            break f64::abs(xs[2]);
        }
    };
    let mut s1: f64 = 0.0;
    for i in (0..xs.len()).rev() {
        if i >= 2 {
            continue;
        }
        s1 -= xs[i] * 3.0 + (xs[i] + xs[i]);
    }
    let (t0, t1) = (1.5 * s1, xs[2]);
    let t3 = s0 * (xs[1] - 0.25 + xs[1]);
    let t4 = t0;
    s0 + (t3 + s1 + (k0 as f64)) + x0 + s0 + r1 + s1 + t1 + t4
}
#[grad::differentiate]
fn f010(x0: f64) -> f64 {
    if x0 < x0 + x0.powi(-1) {
        return x0;
    }
    let (t0, t1) = (-f64::cos(x0), x0);
    let t4 = x0
        / ({
            let r2 = t1 + t0;
            r2 * t0
        });
    let mut s2 = t4;
    if s2 <= 2.0 {
        s2 = x0;
        s2 *= t0;
    } else {
        for _ in 0..3 {
            s2 += (t1 * t4).exp();
        }
    }
    t4 * t1.powi(-1) + s2
}
#[grad::differentiate(dual_calls)]
fn f011(x0: f64, xs: &[f64]) -> f64 {
    let t0 = {
        let r0 = xs[2].sin();
        r0 - h010(r0, r0, x0)
    };
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = h023(t0.tanh(), xs[i], &v0);
    }
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = v1[1].tanh().exp();
    }
    let mut s1 = v0[4].tanh();
    for _ in 0..3 {
        s1 += s1.cos();
        s1 += -t0;
    }
    let mut s2 = x0.tanh() + h007(xs, v1[0]);
    for _ in 0..2 {
        for p1 in &v1 {
            s2 = s2 - (s2 + *p1);
        }
    }
    let mut s4 = v1[1] - t0;
    for (&p3, _) in v1.iter().zip(v1.iter()) {
        s4
            += ({
                let r4 = p3;
                r4
            }) * t0.powf(1.5);
        s4 += xs[1];
        s2 += xs[3];
    }
    s1 + v0[4] + v1[1] + s1 + s2 + s4
}
#[grad::differentiate]
fn f012(x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in (0..4).step_by(2) {
        s0 = s0 - x0.powi(2).exp();
        s0 -= s0.tanh() - 3.0;
    }
    let t0 = if n % 2 == 0 {
        match n % 3 {
            0 => 0.25,
            1 => -x0,
            _ => {
                match n % 3 {
                    0 => 0.25,
                    1 => x0,
                    _ => 2.0,
                }
            }
        }
    } else {
        x0
    };
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = v0[i] / 2.0;
    }
    let s1: f64 = 0.5;
    for _ in v0.iter() {
        s0 /= t0;
    }
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..3 {
        v1[i] = s0;
        if i >= 1 {
            continue;
        }
    }
    let mut s2: f64 = 1.0;
    for i in (0..3).rev() {
        s2
            += match i % 3 {
                0 => s1,
                1 => s1,
                _ => 0.1,
            };
    }
    -(-(if n < 1 { v1[2] } else { s2 })) + s0 + v0[1] + v1[2] + s2
}
#[grad::differentiate]
fn f013(x0: f64, x2: f64, x1: f64) -> f64 {
    let (t0, t1) = (x1, x2);
    let mut g0 = vec![vec![vec![0.0_f64; 2]; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j][1] -= x2.tanh() * 0.5;
        }
    }
    let mut s0 = t1;
    for i in (0..3).rev() {
        s0 += x2;
        s0 += x1.abs() + ((i + 1) as f64);
    }
    let s1 = x2.powi(2).min(t1);
    for i in (0..4).step_by(2) {
        s0 = s0 - -(g0[(i + 1) % 2][i % 2][(i + 1) % 2] * s0);
    }
    x2 + x0 + t0 + g0[1][1][1] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f014(xs: &[f64], x2: f64, x0: f64, ys: &[f64], x1: f64, n: usize) -> f64 {
    let (t0, t1) = (x2 + x0 * xs[3], (n as f64) * xs[1] + x1.abs());
    if -(xs[1] * ys[1]) >= x2.tanh() {
        return t1;
    }
    let mut s1 = xs[1];
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..1 {
            r1 += ys[j + 1] * x2;
        }
        s1 += r1 * x0;
    }
    let mut s2: f64 = 1.0;
    for _ in 0..2 {
        let mut r2: f64 = 0.0;
        for j in 0..1 {
            r2 -= ys[j];
        }
        s2 += r2 * x1;
    }
    self::h012(
        xs,
        match n % 2 {
            0 => -t1,
            _ => t0.cos(),
        },
        (ys[0] + 0.5).tanh(),
        x0,
    ) + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f015(x2: f64, x0: f64, n: usize, x1: f64) -> f64 {
    let mut s0 = if n < 2 { x2 } else { x0 };
    for i in 1..n {
        if i >= 1 {
            break;
        }
        s0 *= 0.75 + s0;
    }
    let t0 = x2;
    let (t1, t2) = (
        -x2
            / ({
                let r0 = x1;
                r0 / s0
            }),
        if x2.max(1.25) < 1.5 { s0.tanh() } else { t0 },
    );
    let mut s1 = x2;
    for _ in (0..2).step_by(2) {
        s1 = s1 * x2;
        s1 = s1 + x0;
        s0 -= -(if n < 1 { s1 } else { x1 });
    }
    let t3 = t2;
    if h014(
        x1,
        t2.exp(),
        {
            let r1 = t2;
            r1 / t3
        },
    ) >= s0 + t0
    {
        return x0 * s0.tanh();
    }
    s0 + s0 + t1 + s1
}
#[grad::differentiate(dual_calls)]
fn f016(n: usize, xs: &[f64], x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0 = x0 / xs[3] * f64::sin(xs[1]);
    for _ in xs.iter() {
        s0 += (x1 + x2) * x0;
        s0 += x2;
        s0 += self::h025(xs[4], s0, x2 + x1, xs);
    }
    if n >= 2 {
        return x2;
    }
    if (match n % 2 {
        0 => if xs[1] > xs[2] { x1 } else { 3.0 }
        _ => x1.cos(),
    }) >= 0.1
    {
        return -(xs[3] * x0);
    }
    let mut s2 = -s0;
    if n % 2 == 0 {
        s0 = x1 + 3.0 + s0;
        s2 += f64::sqrt(xs[0]) + x2;
        for _ in xs {
            if ((n as f64) * s0).powf(2.5) <= (xs[3] - x2) * x0 {
                return f64::sqrt(xs[3]) + (if xs[0] < x0 { s0 } else { x0 });
            }
        }
    }
    xs[3] + s0 + s2
}
#[grad::differentiate]
fn f017(n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s1 = xs[2] + x0 * x0;
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..1 {
            r1 += x0 - xs[j + 2];
        }
        s1 += r1 * x0;
    }
    if n % 2 == 0 {
        s1 = xs[1];
        s1 += (0.75 + s1).min(2.0);
        s1 = s1 * (xs[2] - 0.25 * s1);
    }
    let s3: f64 = 0.0;
    if n != 1 {
        s1 += s1;
        s1 += x0;
    }
    let mut s4 = (-s1).exp();
    for i in 0..2 {
        s4 += xs[i] * s1;
    }
    let t0 = s4;
    let (t1, t2) = (xs[0] + ((n + 1) as f64), t0 * s3);
    t0.abs() + s1 + s4 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f018(x1: f64, x0: f64, x2: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (1..4).rev() {
        s0 = s0
            - h009(
                match i % 3 {
                    0 => x1,
                    1 => x0,
                    _ => x0,
                },
                x1.sin(),
                1.5 / x0,
            );
    }
    let mut s1: f64 = 0.5;
    for _ in 0..2 {
        s1 *= s1;
        s0 /= x0;
        s1 += f64::cos(s0);
    }
    ({
        let r0 = x0;
        ({
            let r1 = x2;
            r1 * r0
        }) * s0
    }) + s0 + s1
}
#[grad::differentiate]
fn f019(x0: f64, n: usize, x1: f64) -> f64 {
    let (t0, t1) = (x1, x1);
    let mut s0: f64 = 0.5;
    if n >= 2 {
        s0 /= t0;
        s0 -= s0 + x1;
    } else {
        s0 *= t1.sqrt() + x1;
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    let (r1, r2) = loop {
        if x1.powf(1.5).powi(-1) > 0.5 {
            break (
                s1 * s1,
                (match n % 2 {
                    0 => s1,
                    _ => 1.5,
                })
                    .sin(),
            );
        }
        s1 /= s0.sin().powf(2.5);
        k0 += 1;
        if k0 == 3 {
            break (
                x1.min(0.25) * (t1 * 0.5),
                {
                    let r0 = x0.cos();
                    r0 / -t0
                },
            );
        }
    };
    let s2: f64 = 1.0;
    for i in 0..2 {
        if i >= 1 {
            continue;
        }
        s0 += s1;
        for j in 0..4 {
            if j >= 1 {
                continue;
            }
            s0 = s0 * r1;
        }
    }
    -t0 + s0 + s1 + r2 + s2
}
#[grad::differentiate]
fn f020(xs: &[f64], n: usize, ys: &[f64], x0: f64) -> f64 {
    if ys[2] + ys[2] >= xs[2] - x0 {
        return xs[1] + ys[0] - x0.exp();
    }
    let mut g0 = vec![vec![0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j] = xs[j];
            g0[i][j]
                -= (2.0 - x0)
                    * ({
                        let r0 = g0[i][j % 3];
                        r0 * g0[i][j]
                    });
        }
    }
    g0[1][2] + (n as f64) * g0[0][2] + g0[1][2]
}
#[grad::differentiate(dual_calls)]
fn f021(x2: f64, ys: &[f64], x1: f64, xs: &[f64], x0: f64, n: usize) -> f64 {
    let mut s1 = xs[1] - 0.75 + (if n % 2 == 0 { x0 } else { ys[0] });
    for (&p0, &q0) in xs.iter().zip(ys.iter()) {
        if n >= 2 {
            return ys[1] + ys[1];
        }
        s1 += x0.sqrt() - self::h018(q0, ys[2], p0);
        if x2.max(ys[2]) - s1.max(ys[2]) < ys[0].max(xs[2]) {
            s1 = x1.sin();
            s1 += p0.min(x1) / p0;
            s1 /= -x0;
        } else {
            s1 += p0;
            s1 += xs[0] * (1.5 - ys[2]);
        }
    }
    let t0: f64 = xs[2];
    t0 * ys[2] + s1
}
#[grad::differentiate(dual_calls)]
fn f022(x0: f64) -> f64 {
    let t0 = 0.5 + x0;
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = t0.powi(3);
    }
    let mut s0 = t0.max(0.25);
    let mut k0 = 0;
    loop {
        if k0 >= v0.len() {
            break;
        }
        s0 *= (t0 - s0).powi(3);
        k0 += 1;
    }
    let t1 = (1.5 + t0) * f64::tanh(s0);
    let mut g0 = vec![vec![0.0_f64; 4]; v0.len()];
    for i in 0..v0.len() {
        for j in 0..4 {
            g0[i][j] += self::h022(v0[(i + 1) % v0.len()], x0, s0) * (s0 - 0.75);
        }
        if t0.exp()
            > ({
                let r0 = t0.max(x0);
                r0
            })
        {
            s0 = s0 - t1;
            if i >= 1 {
                break;
            }
        } else {
            s0 = s0 * t1.powf(-0.5);
            s0 /= x0;
        }
    }
    ({
        let r1 = t1;
        r1 - g0[3][1]
    }) - x0 + v0[3] + s0 + g0[3][3]
}
#[grad::differentiate(dual_calls)]
fn f023(x0: f64, x1: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    if n != 0 {
        s0 += h022(s0, s0, x1);
    }
    let mut g0 = vec![vec![0.0_f64; 4]; n];
    for i in 0..n {
        for j in 0..4 {
            g0[i][j] -= s0 + x0.sin();
        }
    }
    let t0: f64 = x0;
    (match n % 3 {
        0 => x0 / 0.75,
        1 => {
            match n % 3 {
                0 => g0[0][1],
                1 => g0[2][2],
                _ => t0,
            }
        }
        _ => if g0[0][0] > x0 { g0[2][2] } else { s0 }
    }) / -(x0 + ((n + 1) as f64)) + s0 + g0[2][3]
}
#[grad::differentiate(dual_calls)]
fn f024(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0 = h011(x0 + 1.5, xs[0].exp());
    let mut s4: f64 = 0.5;
    for i in 0..xs.len() {
        s4 /= x1 * x1.min(xs[3]);
        s4 /= ((i + 1) as f64) * xs[i];
    }
    let t1 = xs[2];
    t1.max(h004(xs[4], x1, xs[3])) * x1 + t0 + s4
}
#[grad::differentiate(dual_calls)]
fn f025(n: usize, xs: &[f64], x0: f64) -> f64 {
    let t0 = self::h026(
        if n != 2 { 1.25 } else { x0 },
        {
            let r0 = -x0;
            r0 * ((n as f64) * xs[2])
        },
        xs[2],
    );
    let mut s0: f64 = 1.0;
    for _ in 1..n {
        s0 /= s0;
        s0 = s0 + s0;
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 *= xs[k0];
        k0 += 1;
    }
    let t1 = (if x0.cos() <= 0.1 { f64::ln(xs[3]) } else { xs[4] }).cos();
    s1 = s1 + xs[2];
    xs[0].min(t0).tanh() + s0 + s1 + t1
}
#[grad::differentiate]
fn f026(xs: &[f64], n: usize, x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0 = match n % 2 {
        0 => if x0 > xs[4] { x1 } else { 3.0 }
        _ => xs[3].sqrt(),
    };
    for i in 0..xs.len() {
        if i == 1 {
            continue;
        }
        s0 += -xs[4] * s0;
    }
    let s1: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        if i >= 2 {
            break;
        }
        s0 = s0 * x2;
    }
    xs[4] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f027(x0: f64, xs: &[f64]) -> f64 {
    let t0 = f64::sqrt((x0 - x0).cos());
    let t1 = {
        let r1 = x0 - xs[0] * xs[1];
        r1.powi(-2)
    };
    let mut s2: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s2 += h017(s2 + x0);
        s2
            -= {
                let r3 = t0.max(t1);
                r3 * xs[k0 + 1].powi(-2)
            };
        k0 += 1;
    }
    let t0 = t0
        + xs[2] * x0
            * ({
                let r5 = x0;
                r5 + xs[4]
            });
    let t5 = t1.powi(-1);
    let mut s4 = t5;
    for (_, &q0) in xs.iter().zip(xs.iter()) {
        s4 += q0;
    }
    (match k0 % 3 {
        0 => 0.5,
        1 => {
            let r6 = t0;
            r6 + xs[4]
        }
        _ => s2 * (t1 - t1),
    }) + s2 + s4
}
#[grad::differentiate]
fn f028(x0: f64, xs: &[f64]) -> f64 {
    let mut s1: f64 = 1.0;
    for _ in 0..xs.len() {
        s1 *= s1.powf(-0.5);
    }
    let s2: f64 = 0.5;
    if s2 < 2.0 {
        for (i, _) in xs.iter().enumerate() {
            s1 += xs[i].powi(-2);
        }
    } else {
        for (i, _) in xs.iter().enumerate() {
            if i == 2 {
                break;
            }
            s1 = s1 - s1.sqrt() * (s2 - s1);
            s1 /= xs[i];
        }
    }
    if (xs[0] + x0) / (if xs[0] > s2 { s2 } else { s2 }) > xs[0] {
        return x0 + s2 + 0.1;
    }
    0.1 + xs[0] + 2.0 + s1
}
#[grad::differentiate(dual_calls)]
fn f029(xs: &[f64], x1: f64, x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    let r1 = 'outer: loop {
        for _ in xs.iter() {
            if n != 1 {
                break 'outer s0;
            }
            s0
                += {
                    let r0 = xs[k0].ln();
                    r0 / xs[(k0 + 1) % xs.len()].min(xs[(k0 + 1) % xs.len()])
                };
        }
        for _ in xs.iter() {
            s0 += xs[k0] * x0;
        }
        s0 += h000(xs[(k0 + 1) % xs.len()]);
        k0 += 1;
        if k0 == n {
            break (match k0 % 3 {
                0 => x0,
                1 => x0,
                _ => 2.0,
            })
                .tanh();
        }
    };
    let mut s1: f64 = 0.0;
    for _ in 1..xs.len() {
        s0 = s0 * x1;
    }
    if xs[1].min(r1) + (k0 as f64) > 0.5 {
        s1 = match n % 2 {
            0 => r1,
            _ => f64::sqrt(xs[1]),
        };
        s1 /= (2.0 * s0).powi(-2);
    }
    s0 + s0 + s1
}
#[grad::differentiate]
fn f030(x1: f64, x2: f64, x0: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j] = x2.powi(3);
            if j >= 1 {
                break;
            }
        }
    }
    let mut s0: f64 = 1.0;
    for _ in (0..2).rev() {
        s0 /= x0.abs() + x1;
    }
    g0[1][0] + g0[2][2] + s0
}
#[grad::differentiate(dual_calls)]
fn f031(n: usize, x0: f64, xs: &[f64], x2: f64, x1: f64) -> f64 {
    let t1 = {
        let r0 = xs[0].abs();
        x2 + self::h012(xs, x2, x1, r0)
    };
    let t2: f64 = (xs[2] * x1.min(xs[0])).tanh();
    let s0 = h018(t2, t2, xs[2].tanh());
    for i in 1..4 {
        if i == 1 {
            continue;
        }
        if xs[0] <= x0 {
            return xs[i % xs.len()];
        }
    }
    xs[0] / (1.25 / x0) + (n as f64) * s0 + t1 + s0
}
#[grad::differentiate]
fn f032(xs: &[f64], ys: &[f64], x0: f64, x2: f64, x1: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..n {
        s0 /= xs[i % xs.len()].tanh() / (s0 / x1);
    }
    let mut g0 = vec![vec![0.0_f64; 2]; n];
    for i in 0..n {
        for j in 0..2 {
            g0[i][j] = s0 - (s0 - s0);
        }
        s0 = s0 * x2;
    }
    xs[1]
        * (match n % 3 {
            0 => 1.25,
            1 => x2,
            _ => xs[1],
        })
            .exp() + ys[3] + x0 + s0 + g0[1][1]
}
#[grad::differentiate(dual_calls)]
fn f033(ys: &[f64], xs: &[f64], x1: f64, x0: f64, n: usize) -> f64 {
    let t0: f64 = (if n >= 2 { x1 } else { x1.ln() }).powi(2);
    let t1 = xs[3];
    let mut s0: f64 = 0.0;
    for i in (0..n).rev() {
        s0 *= t0 - ys[i];
        s0 = s0 * (self::h023(xs[i % xs.len()], s0, xs) + xs[i + 3]);
    }
    let t2 = f64::tanh(t1).max(xs[3].min(if n >= 2 { s0 } else { x1 }));
    let t3 = {
        let r2 = ys[0];
        r2 * t1
    };
    let mut s2 = match n % 2 {
        0 => x1 * 0.1,
        _ => h015(xs[4], t2, x1),
    };
    for i in 0..1 {
        s2 += 1.25 - xs[i + 2];
    }
    ({
        let r3 = ys[1];
        r3 - -s0
    }) + x0 + s0 + t3 + s2
}
#[grad::differentiate(dual_calls)]
fn f034(xs: &[f64], x2: f64, x0: f64, x1: f64) -> f64 {
    let (t0, t1) = (x0 + xs[3], (x1 + x2).max(1.5));
    let t2 = xs[0];
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = t2.powi(2).exp();
    }
    let mut s0 = v0[0];
    for i in 0..xs.len() {
        s0 /= (t2 * x0).powi(-1);
        s0 = s0 * (xs[i] - f64::tanh(xs[i]));
    }
    let s1 = h007(
        xs,
        {
            let r0 = t1;
            r0 * x0
        },
    );
    for _ in 0..v0.len() {
        s0 /= x1.abs();
    }
    t2 + t2 + (s0 - s1) + t0 + v0[4] + s0
}
#[grad::differentiate(dual_calls)]
fn f035(x1: f64, x0: f64, x2: f64) -> f64 {
    let mut s1 = x0;
    for _ in 0..2 {
        s1 = s1 + -h004(x1, x2, s1);
        s1 = s1 * h001(x0 / x2);
        s1 /= -s1;
    }
    let t0 = (x2 / 1.25).powi(3);
    let mut s2 = h008(x0, self::h020(t0, x2), t0);
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s1 += -s1;
        k0 += 1;
    }
    let s4 = x2.tanh();
    let mut k1 = 0;
    let r0 = loop {
        s1 = s1 * s2.cos();
        if k1 % 2 == 0 {
            break (k1 as f64) * x2;
        }
        if k1 >= 2 {
            s2 = s2 * x1;
        }
        k1 += 1;
        if k1 == 3 {
            break s2.powi(2) / s1;
        }
    };
    -((t0 + s4) * s4) + s1 + s2 + r0
}
#[grad::differentiate]
fn f036(x1: f64, n: usize, x0: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i in 1..2 {
        for j in (0..n).step_by(2) {
            if j >= 2 {
                continue;
            }
            if i >= 2 {
                return x2 + (x0 + (i as f64));
            }
        }
        s1 += x2.powi(-2);
        if i != 0 {
            s1 = s1 - 0.75 / x0.min(s1);
            s1 += x0.sin();
        } else {
            s1 += x2.exp();
            s1 -= s1.sqrt();
        }
    }
    if n != 2 {
        return x2;
    }
    let (t0, t1) = (x0, if n % 2 == 0 { -x0 } else { s1.powi(2) });
    let t2 = x0 / x0 * t1;
    x0.ln().ln().powi(-1) + x1 + s1 + t0 + t2
}
#[grad::differentiate(dual_calls)]
fn f037(n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    if n != 0 {
        s0 = f64::tanh(x1).powi(2);
        for _ in 1..n {
            s0 -= x1.max(x0);
        }
        if h022(s0, x1 - x0, 0.5 - x0) <= x1 + x0 {
            s0 *= x0.sin();
            s0
                += ({
                    let r0 = x0;
                    r0
                }) / x1.cos();
        } else {
            s0 += h002(s0, x0, x0).powi(2);
        }
    } else {
        for i in 0..4 {
            s0 = s0 * (((i + 1) as f64) * (x1 * 0.5));
        }
        s0 = s0 + f64::abs(s0 / x0);
    }
    let (t0, t1) = (s0 + x1 * s0, s0.abs().cos());
    let (t2, t3) = ((n as f64) * x0.cos(), h029(s0.cos(), s0.sqrt(), x1));
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = t3;
    }
    let t0 = t0 - (t3 + (n as f64));
    let mut v2 = vec![0.0_f64; v1.len()];
    for i in 0..v1.len() {
        v2[i] = v2[(i + 1) % v2.len()];
    }
    (-t2).cos() + s0 + t1 + v1[1] + t0 + v2[1]
}
#[grad::differentiate(dual_calls)]
fn f038(x1: f64, x2: f64, x0: f64) -> f64 {
    let t0 = x2 + x0 + x2.sin();
    let mut s0: f64 = 0.5;
    for _ in (0..2).step_by(2) {
        for _ in 1..2 {
            s0 = s0 * t0;
            if x1 < 0.5 - s0.min(x1) {
                return t0;
            }
            s0 = s0 * x2;
        }
    }
    let s1 = t0;
    let mut k0 = 0;
    let (r0, r1) = loop {
        s0 /= x0;
        if k0 % 2 == 0 {
            break (x0.powf(x0), h029(x2, x1, ((k0 + 1) as f64) * s1));
        }
        k0 += 1;
        if k0 == 3 {
            break (
                -(((k0 + 1) as f64) * s0),
                h010(x2.powi(2), s1 + ((k0 + 1) as f64), x1),
            );
        }
    };
    s1.powf(1.5) + s0 + r0 + r1
}
#[grad::differentiate(dual_calls)]
fn f039(x2: f64, x1: f64, x0: f64) -> f64 {
    let t0 = x1;
    let t1 = h001(-x1 / x0);
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0 -= s0;
        k0 += 1;
    }
    s0 += 1.5 / (1.25 * t1);
    x1 + x2 + t0 + s0
}
#[grad::differentiate(dual_calls)]
fn f040(x1: f64, xs: &[f64], x2: f64, ys: &[f64], x0: f64) -> f64 {
    let mut s0 = x2;
    let mut k0 = 0;
    let (r0, r1) = 'outer: loop {
        s0 -= ys[k0].max(x0 + x0);
        for j in (0..2).rev() {
            if j >= 1 {
                break;
            }
            if s0.sqrt().max(xs[j]) <= 1.25 {
                break 'outer (ys[k0] / 2.0, s0);
            }
            s0 += f64::exp(ys[k0]) + ((k0 + 1) as f64);
        }
        s0 -= s0.min(1.5);
        k0 += 1;
        if k0 == ys.len() {
            break (self::h020(x1, h005(xs[3], x1, x0)), (3.0 * ys[1]).exp());
        }
    };
    let t0 = h023(r0.min(xs[2]), r1.max(x0.exp()), xs);
    x2.sqrt() + s0 + t0
}
#[grad::differentiate]
fn f041(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += xs[j + 2];
        }
        s0 += r0 * x0;
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = x0 * s0;
        v0[i % 4]
            += (ys[i % ys.len()] + (i as f64))
                .max({
                    let r1 = xs[(i + 1) % xs.len()];
                    r1 + s0
                });
    }
    let mut g0 = vec![vec![0.0_f64; 4]; ys.len()];
    for i in 0..ys.len() {
        for j in 0..4 {
            g0[i][j] += s0 * x0;
        }
    }
    xs[1] + s0 + v0[3] + g0[1][3]
}
#[grad::differentiate(dual_calls)]
fn f042(n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 1..2 {
        s0 += s0;
    }
    s0 += s0;
    let t0 = s0;
    let (t1, t2) = ((t0 * s0).min(x1 - x1), h026(x1, h017(x0), t0));
    x0 + (n as f64) * s0 + s0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f043(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut g0 = vec![[0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j]
                += (match i % 2 {
                    0 => 1.5,
                    _ => x0,
                })
                    .max(x1);
        }
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = (xs[i] * x0).cos();
    }
    let t0 = (x0 / x1).cos() * g0[3][1];
    let mut g1 = vec![vec![0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g1[i][j] -= g0[i + 1][j];
            g0[j + 2][j] += h008(x1, x0, g1[j + 1][j]) + ((i + 1) as f64);
        }
        if (match i % 3 {
            0 => x1,
            1 => xs[i - 1],
            _ => x1,
        }) * (x1 / xs[i]) <= h005(x1 * x1, t0.abs(), t0.exp())
        {
            return g0[3][0].max(xs[0]).tanh();
        }
    }
    let t1 = x1;
    g1[1][1] + g0[3][1] + v0[2] + g1[2][1] + t1
}
#[grad::differentiate]
fn f044(x2: f64, x1: f64, n: usize, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in 0..3 {
        s0 *= x2.sin();
    }
    let mut s1 = x0;
    for i in 1..2 {
        if i == 1 {
            break;
        }
        s1 *= x1 * s1 - f64::sin(x2);
    }
    let t1: f64 = s0;
    let mut s3: f64 = 0.0;
    for i in 0..3 {
        if i == 1 {
            break;
        }
        s3 -= s1;
    }
    let mut s4 = s3.abs();
    for i in 0..n {
        if i >= 2 {
            return ({
                let r0 = x2;
                r0 * s0
            }) + 0.75;
        }
        s1 = s1 * x1;
        if n < 3 {
            s0 += s1.cos();
        } else {
            s4
                /= ({
                    let r1 = s3;
                    r1 * s1
                })
                    .max(0.5 - s0);
        }
    }
    x0 + s0 + s1 + t1 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn f045(x2: f64, x0: f64, x1: f64) -> f64 {
    let t0 = x1.min(x0) + -x2;
    let mut g0 = vec![vec![vec![0.0_f64; 3]; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j][i] = x2;
        }
    }
    let mut s0 = t0 + x0.cos();
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s0 = s0 - (x0 + (i as f64)).exp();
    }
    if x0 >= 3.0 {
        if h004(x1 - 1.25, g0[0][1][2], x1.tanh()) >= x1 {
            s0 = t0.powi(3).powi(-1);
            s0 += x1;
            s0 += x1.abs();
        }
        g0[1][1][1] -= f64::sqrt(t0 + x0);
    } else if x0 < x0 + x1 + 0.1 * x0 {
        s0 = g0[1][2][2];
        g0[0][2][2] += x1.tanh();
    }
    (0.5 + x2) * 3.0 + x1 + g0[1][2][2] + s0
}
#[grad::differentiate(dual_calls)]
fn f046(x0: f64, n: usize) -> f64 {
    let t1 = -x0;
    let (t2, t3) = (h029(t1, t1 / x0, x0), -x0);
    let mut s1 = -x0;
    for i in 0..n {
        if n != 2 {
            if i >= 1 {
                break;
            }
            s1
                += {
                    let r0 = x0;
                    r0 / x0
                };
        } else {
            s1 += if i % 2 == 0 { t3 - t3 } else { t2 };
            s1 += (if t3 >= t3 { s1 } else { x0 }).max(x0.ln());
        }
        s1 = s1
            + x0 * x0
                / ({
                    let r1 = t3;
                    r1 + s1
                });
        s1 /= h024(s1) - x0;
    }
    let mut s3 = x0;
    for _ in (0..4).rev().step_by(2) {
        s3 -= f64::sin(x0);
        s1 /= t1;
        s1 /= t1;
    }
    let t5 = x0.cos();
    h015(
        (t5 * 1.25).exp(),
        match n % 2 {
            0 => s1,
            _ => t1,
        },
        t1,
    ) + s1 + s3
}
#[grad::differentiate]
fn f047(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s1: f64 = 0.5;
    for p0 in xs.iter() {
        s1 += xs[3];
        s1 += (*p0).cos();
    }
    let mut s2 = xs[1].tanh();
    for _ in 0..4 {
        for j in (0..xs.len()).step_by(2) {
            s1 += x1;
            s1 -= s2;
            s2 += xs[(j + 1) % xs.len()].sin();
        }
    }
    s1 + x0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f048(n: usize, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    if n < 2 {
        return (((n + 1) as f64) * x0).ln();
    }
    let mut g1 = vec![vec![0.0_f64; n]; ys.len()];
    for i in 0..ys.len() {
        for j in 0..n {
            g1[i][j] = {
                let r0 = x0 * 0.5;
                xs[i] + r0
            };
        }
    }
    let t0 = match n % 3 {
        0 => h013(ys, g1[1][2]),
        1 => -x0,
        _ => g1[0][0] * xs[0],
    };
    let mut s1 = (match n % 3 {
        0 => t0,
        1 => 0.75,
        _ => 1.5,
    }) + xs[3];
    if n < 2 {
        s1 = (if t0 > 1.25 { s1 } else { 3.0 }).cos();
        s1 += x0 / x0 + x0;
    } else {
        g1[2][0] *= x0;
        s1 = s1 + ((n + 1) as f64) * (s1 * s1);
    }
    if n >= 2 {
        return {
            let r2 = match n % 2 {
                0 => xs[3],
                _ => 0.5,
            };
            r2 * h027(t0, xs, g1[2][2], ys[1])
        };
    }
    let mut s2: f64 = 0.5;
    let mut k1 = 0;
    while k1 < 3 {
        s2 = s2 - xs[k1] * 0.75;
        k1 += 1;
    }
    f64::cos(
        (ys[2] + s1)
            .max({
                let r3 = xs[1];
                r3 / g1[3][1]
            }),
    ) + g1[3][2] + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f049(x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = x0;
    let (t1, t2) = (t0, t0);
    h012(xs, x0 + xs[2], 1.5 + (1.5 - x0), t0.tanh()) + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f050(x0: f64, x2: f64, n: usize, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in xs.iter() {
        s0 -= s0;
        s0 += xs[1];
    }
    let t1: f64 = xs[1];
    let (t2, t3) = (x1 / x0 + xs[0] / xs[3], (t1 + x2) * x2);
    let mut s1 = xs[2] + ((n + 1) as f64);
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..2 {
            r1 += xs[j + 2];
        }
        s1 += r1 * 3.0;
    }
    let mut s2: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 -= xs[k0] * (if n != 0 { x2 } else { x1 });
        s2 *= x2 + 3.0;
        k0 += 1;
    }
    (if 0.1 / x1 - h013(xs, xs[3]) > 3.0 {
        if k0 >= 2 { xs[0] * 0.25 } else { x2 }
    } else {
        f64::cos(-xs[3])
    }) + s0 + t2 + t3 + s1 + s2
}
#[grad::differentiate]
fn f051(xs: &[f64], x1: f64, n: usize, x0: f64) -> f64 {
    let t0 = xs[1];
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = t0 * 0.5;
    }
    let mut s2: f64 = 0.5;
    for (i, &p1) in v0.iter().enumerate() {
        s2 -= x0;
        if i != 1 {
            s2 += xs[i % xs.len()];
            s2 = s2
                - (match i % 2 {
                    0 => x0,
                    _ => 0.5,
                });
        } else {
            s2 += p1;
        }
    }
    let t0 = t0 - v0[0].tanh();
    let (t1, t2) = (xs[0], x1.exp().exp());
    t0 / t2 + v0[1] + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn f052(x1: f64, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let t0 = x1.min(ys[2]).tanh().powi(-2);
    let (t3, t4) = (x1 / x0, h016(xs, -x1));
    let t0 = t0 + xs[3];
    let mut s2: f64 = 0.0;
    if 0.1 / xs[3] > t4 * s2 {
        s2 = s2 * t0;
        s2 += h000(ys[3]).max(t4.cos());
    } else {
        s2 += t3;
    }
    s2 *= x0 + 0.5;
    let mut s3 = (if xs[3] < 0.5 { ys[2] } else { 3.0 }) + t3;
    for i in 0..3 {
        s3 -= xs[i + 1];
    }
    ys[1] / ys[2] + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f053(x0: f64, n: usize, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in (0..n).step_by(2) {
        s0
            *= match n % 2 {
                0 => x0.min(x0),
                _ => s0,
            };
        for (_, &p0) in ys.iter().enumerate() {
            s0 += p0.cos();
        }
        for j in (0..ys.len()).step_by(2) {
            s0 += ys[j] * (((j + 1) as f64) * s0);
        }
    }
    s0 -= x0;
    let s1 = if x0 * 0.5 >= s0 { x0 + ys[1] } else { x0 };
    for (i, &p1) in xs.iter().enumerate() {
        if i == 2 {
            break;
        }
        s0 += ys[(i + 1) % ys.len()] * ys[i % ys.len()] * p1;
    }
    let mut s2 = -h019(s0);
    for (i, _) in ys.iter().enumerate() {
        s0 += (s0 + 0.75) * xs[i];
        s0 /= f64::ln(s1);
        for _ in xs {
            s2 /= s1;
        }
    }
    let t0 = {
        let r1 = -x0;
        r1
            / (match n % 3 {
                0 => s0.tanh(),
                1 => 0.5,
                _ => x0,
            })
    };
    if n != 1 {
        return s0;
    }
    h011(s2, ys[1] + (n as f64)).powf(1.5) + s0 + s2 + t0
}
#[grad::differentiate]
fn f054(x0: f64, xs: &[f64]) -> f64 {
    let t0 = xs[1] - x0;
    let t1: f64 = 0.5 / x0 * xs[2];
    let mut s0: f64 = 0.0;
    for i in (1..4).rev() {
        s0 += 0.5 * t1 / xs[i].exp();
        s0 /= xs[i] - s0;
    }
    s0 *= if -t0 > s0 + xs[0] { -t0 } else { xs[1] };
    let t2 = 0.1 - t0 * 0.75;
    s0 += xs[0];
    t1 + s0 + t2
}
#[grad::differentiate(dual_calls)]
fn f055(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s0 = xs[4] + (xs[3] + x0);
    for (i, _) in xs.iter().enumerate() {
        s0 += h024(x0);
        s0
            += (match i % 2 {
                0 => x0,
                _ => 0.75,
            })
                .powi(-1);
    }
    if x0 < xs[0].sin() {
        return x1.abs() + s0;
    }
    let mut s4 = xs[3];
    if x1 >= x0 / s4 {
        s4
            /= {
                let r0 = x1;
                r0 / (xs[3] * s4)
            };
    } else if (s4 * x0).abs() < xs[1].powi(-2) {
        s4 = x1.min(x1);
        s4 /= x0;
    }
    s4 + s0 + s4
}
#[grad::differentiate(dual_calls)]
fn f056(n: usize, x1: f64, x0: f64, x2: f64) -> f64 {
    let mut g0 = vec![[0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j] = x1;
        }
    }
    let mut s0 = h018(x2, g0[1][2], x1);
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        if x0 * g0[k0 % 2][k0 % 3] >= 3.0 {
            s0 *= (0.1 * s0).powi(-1);
        } else {
            s0 += h017(x2 - x2);
            s0
                *= (match k0 % 2 {
                    0 => x1,
                    _ => s0,
                })
                    .sin();
        }
        s0 += x2;
        k0 += 1;
    }
    let mut s1 = (x2 + x2).min(self::h008(x1, x0, x2));
    for i in 0..3 {
        if i == 2 {
            break;
        }
        s1 += -x0 * (x1 + 3.0);
        for _ in 0..4 {
            s0 += -(x2 * 1.5);
            s0 -= x2;
            g0[0][i] -= s0 * f64::cos(x2);
        }
    }
    x1.tanh().tanh() - self::h022(x1, x0.powi(-1), if g0[0][1] < 0.25 { s1 } else { x1 })
        + (n as f64) * x2 + g0[1][2] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f057(x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..3 {
        s0 = s0 + s0;
    }
    let t1 = x0.exp().cos();
    let t2: f64 = f64::sin(t1) * 1.25 / (x0 + t1.exp());
    s0 /= s0;
    if f64::cos(t1 + t1) >= t1 * s0 {
        s0 += t2.tanh();
        s0 *= h018(s0, s0, t2);
    } else if s0.powf(0.5) > x0.abs() * h020(t2, x0) {
        s0 *= s0;
        s0 *= x0;
    } else if t2 < 0.5 {
        s0 = s0 - s0;
    }
    x0.max(t2) + s0
}
#[grad::differentiate(dual_calls)]
fn f058(n: usize, xs: &[f64], ys: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s0 = (2.0 + xs[0]) * x0.min(x1);
    if n != 0 {
        s0 = xs[1] * s0
            * (match n % 3 {
                0 => x1,
                1 => x0,
                _ => ys[0],
            });
        s0 += s0.ln();
        if n < 3 {
            s0 += h015(xs[1] * xs[0], ((n + 1) as f64) * xs[0], s0.powi(-2));
            s0 *= f64::tanh(x1 * 0.5);
        } else {
            s0 += x0.tanh();
            s0 += ys[0];
        }
    }
    if n % 2 == 0 {
        return xs[1];
    }
    let s2: f64 = 0.5;
    let mut k1 = 0;
    while k1 < n {
        s0 /= if k1 % 2 == 0 { 0.75 } else { x2 * x1 };
        k1 += 1;
    }
    let mut s3 = {
        let r1 = x1;
        r1 / -xs[1]
    };
    for _ in xs.iter() {
        s3 *= (if n < 2 { xs[0] } else { ys[1] }).ln();
        s3 = s3 * x2;
    }
    let (t0, t1) = (s3, x0.ln() + (1.5 + s2));
    if k1 % 2 == 0 {
        return self::h023(t0, s0, ys) * (0.1 * xs[1]);
    }
    (match n % 2 {
        0 => f64::sqrt(xs[2]),
        _ => 0.25 - x1,
    })
        .powi(-1) + s0 + s3 + t1
}
#[grad::differentiate(dual_calls)]
fn f059(x0: f64, x1: f64) -> f64 {
    let t0 = h014(x1 + x0, x1, x1);
    let mut s1 = 1.5 + t0;
    for i in (0..4).step_by(2) {
        s1 += (x1 + (i as f64)).abs();
    }
    let t0 = t0 + t0;
    if t0 >= (0.25 + x0) / x0 {
        return t0 * t0;
    }
    x1.abs().powf(0.5) + s1
}
#[grad::differentiate(dual_calls)]
fn f060(n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 2]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..2 {
            g0[i][j] += x0;
            g0[i][j] += x0 * x0;
        }
    }
    let mut g1 = vec![vec![0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g1[i][j]
                += match i % 2 {
                    0 => xs[1] * 2.0,
                    _ => x0 * x0,
                };
        }
    }
    let mut s0: f64 = 0.5;
    for (&p0, &q0) in xs.iter().zip(xs.iter()) {
        for _ in xs.iter() {
            s0 += q0;
        }
        if h004(p0 / xs[0], p0, xs[1] * p0)
            <= (match n % 2 {
                0 => 0.75,
                _ => xs[1],
            })
                .sin()
        {
            s0 = {
                let r0 = p0;
                r0 * g0[0][0]
            };
            s0 *= if xs[0].exp() <= q0 { s0.abs() } else { h002(p0, x0, x0) };
        } else {
            s0 += xs[2] - x0 - s0;
        }
    }
    x0.powi(2) + xs[0].cos() + g0[2][1] + g1[3][3] + s0
}
#[grad::differentiate]
fn f061(ys: &[f64], xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[4] - x0;
    let (t1, t2) = (xs[2], 0.25 * (x0 * x0));
    -xs[1] + ys[3] + t0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f062(x0: f64, n: usize, xs: &[f64]) -> f64 {
    if xs[2] <= 1.25 {
        return xs[3];
    }
    let mut s2 = xs[3];
    for _ in xs.iter() {
        s2 *= -(0.5 * s2);
    }
    let mut s3: f64 = 0.0;
    let mut k1 = 0;
    while k1 < n {
        if k1 >= 2 {
            return xs[k1].max(0.1).max(s3);
        }
        k1 += 1;
    }
    let mut s4: f64 = 0.5;
    let mut k2 = 0;
    let (r2, r3) = 'outer: loop {
        for (j, &p1) in xs.iter().enumerate() {
            if xs[k2] < (x0 + xs[k2]).powi(-2) {
                break 'outer ((if k2 % 2 == 0 { s3 } else { p1 }) + (n as f64), xs[j]);
            }
            s3 = s3 + (xs[k2 + 1] + xs[j]) / (s2 + 1.25);
        }
        s4 += xs[2];
        k2 += 1;
        if k2 == n {
            break (x0, (xs[4] - s3).ln());
        }
    };
    s2.max(h002(xs[1], x0, r3) + x0.sin()) + s2 + s3 + s4 + r2
}
#[grad::differentiate(dual_calls)]
fn f063(n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = x0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 += x0 / x0;
        s0 += -s0 - x0;
        k0 += 1;
    }
    let t0 = x0;
    let mut s2: f64 = 1.0;
    let mut k1 = 0;
    let r1 = 'outer: loop {
        if n % 2 == 0 {
            break x0.exp();
        }
        for (j, &p0) in xs.iter().enumerate() {
            s0
                += {
                    let r0 = s0.sqrt();
                    r0 * s0
                };
            if -(if n >= 2 { t0 } else { p0 }) <= h023(s0 - t0, h029(s0, s2, xs[j]), xs)
            {
                break 'outer xs[k1 + 1] / p0;
            }
        }
        s2 = s2 + (xs[k1] + x0).powi(3);
        k1 += 1;
        if k1 == n {
            break (match n % 2 {
                0 => x0,
                _ => xs[2],
            })
                .sqrt();
        }
    };
    let (t1, t2) = (
        (s0 - 2.0) * t0.cos(),
        ({
            let r2 = s0;
            r2 * xs[2]
        }) + r1,
    );
    let t3 = r1.exp();
    xs[0].exp().min(xs[2]) + ((k0 + 1) as f64) + s0 + s2 + t1 + t2 + t3
}
#[grad::differentiate(dual_calls)]
fn f064(ys: &[f64], x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    for (i, &p0) in ys.iter().enumerate() {
        if i >= 2 {
            break;
        }
        if i != 2 {
            s0 *= s0;
            s0 += p0 * ys[i];
        } else {
            s0 = s0 + f64::exp(((i + 1) as f64) * xs[i % xs.len()]);
            s0 += h007(xs, s0);
        }
    }
    let mut s1: f64 = 1.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..3 {
            r0 += xs[j + 1];
        }
        s1 += r0 * s0;
    }
    let mut s2: f64 = 1.0;
    for (i, _) in ys.iter().enumerate() {
        if i == 2 {
            break;
        }
        s0 -= f64::ln(s2 + 2.0);
    }
    if s0 <= 0.25 {
        s2
            /= ({
                let r1 = x1;
                r1 * s2
            })
                .max(xs[3]);
        s0
            += f64::abs({
                let r2 = s0;
                r2 * s1
            });
    } else if xs[0] <= x1 {
        s2 = s2 - x1;
    } else {
        s0 -= s0.min(xs[0]);
    }
    if self::h001(x0 * s1) > s2 {
        s0 -= x1;
    } else if xs[2] >= 0.75 {
        s2 += s0;
        s2
            += {
                let r3 = x0;
                r3 * xs[3]
            };
    } else if xs[1]
        < ({
            let r4 = x1 * s1;
            r4 + s0
        })
    {
        s1 = s2;
        s1 *= xs[1].powi(-2);
    }
    (2.0 / x1).tanh() + s0 + s1 + s2
}
#[grad::differentiate]
fn f065(xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let (t0, t1) = (x0, f64::cos(ys[2]));
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = x0 * t0 - (t0 + v0[i % v0.len()]);
    }
    let t2 = x0;
    let mut s0: f64 = 0.0;
    if x0 < 0.1 {
        for _ in ys.iter() {
            s0 += ys[1];
            s0 = s0 - ys[0];
            v0[0] *= x0.powi(3);
        }
    } else if s0 - t1 + v0[1] <= f64::tanh(s0 * 0.75) {
        s0 -= t2;
        s0 += t2;
    }
    let mut s1: f64 = 0.5;
    for (&p1, &q0) in v0.iter().zip(v0.iter()) {
        s1 += 1.25 + p1.abs();
        s1 /= xs[2];
        s0 += (if q0 <= ys[1] { t1 } else { q0 }) - xs[2];
    }
    (s1 + s1) * xs[0] + v0[3] + s0 + s1
}
#[grad::differentiate]
fn f066(x0: f64, x1: f64, n: usize) -> f64 {
    let t1 = if n != 0 { 0.25 } else { x1 * (x0 + x0) };
    let mut s0: f64 = 0.5;
    for i in 0..n {
        s0 = s0 - (n as f64) * (t1 + (i as f64));
        s0 -= x1;
    }
    (t1 + 0.25 + (n as f64)).min(t1 * s0) + s0
}
#[grad::differentiate(dual_calls)]
fn f067(x0: f64, n: usize) -> f64 {
    let (t0, t1) = (x0, x0 * x0.min(0.1));
    let mut s0 = t0.tanh();
    if n < 3 {
        s0 = s0.powi(-1) + t1.powf(0.5);
        s0 = s0 + s0.max(t1.sqrt());
        s0 += h010(1.25 * t0, if n != 2 { x0 } else { s0 }, t0);
    }
    if x0 * ((n as f64) * t1)
        <= h022(
            x0,
            t0,
            match n % 2 {
                0 => t0,
                _ => s0,
            },
        )
    {
        return 0.25 / x0;
    }
    (match n % 3 {
        0 => x0.ln(),
        1 => x0,
        _ => {
            let r0 = t1;
            r0 * t0
        }
    })
        .exp() + s0
}
#[grad::differentiate(dual_calls)]
fn f068(ys: &[f64], x1: f64, x2: f64, x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (-x1, 3.0 * ys[1] * (ys[0] + x1));
    let t1 = t1 - h024(x2.tanh());
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..3 {
        v1[i] = ys[i];
    }
    t1 + x2 + x0 + xs[4] + t0 + v1[2]
}
#[grad::differentiate(dual_calls)]
fn f069(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = match i % 3 {
            0 => xs[i + 1],
            1 => 3.0,
            _ => x0 + (i as f64),
        };
        v0[i] += h004(x0, x1 + (i as f64), x1 + 3.0);
    }
    if (0.5 + x1).max(xs[1].abs()) > 1.25 {
        return x1 * (0.25 * x0);
    }
    let mut s0 = x0;
    if (v0[1] + xs[3]).abs() > v0[1].abs().sin() {
        v0[1] += xs[3].exp();
    } else {
        s0 += if v0[0].sin() < 0.5 { 0.5 } else { x1 / 0.1 };
    }
    let s3 = v0[1];
    let mut k0 = 0;
    while k0 < v0.len() {
        v0[k0] = s3;
        k0 += 1;
    }
    v0[0].ln().exp() + s0 * 2.0 + v0[1] + s0
}
#[grad::differentiate(dual_calls)]
fn f070(ys: &[f64], xs: &[f64], x1: f64, x0: f64) -> f64 {
    let (t0, t1) = ((0.1 - x0).powi(2), x1);
    let mut s2: f64 = 0.0;
    for (_, &q0) in xs.iter().zip(xs.iter()) {
        s2 = s2 + ys[1].min(0.25);
        s2 += h008(h012(ys, q0, t1, t0), t0, xs[3]);
        s2 -= s2 + (q0 - 0.1);
    }
    let (t2, t3) = (t0 / 2.0, xs[1] + s2);
    let t4 = t3.sin().exp();
    if t4 > x1.cos() {
        s2 -= t0.min(s2);
    } else {
        s2 -= t4;
        s2 += h020(t1, t0).ln();
    }
    let mut s3: f64 = 1.0;
    for i in 0..2 {
        s3 += t3 - ys[i];
    }
    xs[1].tanh() * xs[0].cos() + s2 + t2 + s3
}
#[grad::differentiate(dual_calls)]
fn f071(n: usize, x0: f64) -> f64 {
    let mut s0 = if -x0 > x0 { x0 } else { h029(x0, x0, x0) };
    for _ in (0..n).step_by(2) {
        s0 += x0 + x0.exp();
        for _ in (0..2).rev().step_by(2) {
            s0 *= (x0 * 2.0).cos();
        }
    }
    let mut s1: f64 = 0.0;
    for _ in 0..2 {
        for _ in 0..4 {
            s0
                += if x0 < 3.0 {
                    if s1 >= 0.75 { s0 } else { 2.0 }
                } else {
                    s0.powf(0.5)
                };
        }
        s1 = s1 + s1 / x0;
        s0 /= s0;
    }
    s0 - s1 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f072(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (
        {
            let r0 = x1 * x1;
            r0 + xs[0].min(x0)
        },
        x0,
    );
    let mut s1 = (-xs[0]).max(x0 / x0);
    let mut k0 = 0;
    let r1 = 'outer: loop {
        s1 += (x0 * 0.1).powi(3);
        if k0 < 3 {
            break x1 + x0;
        }
        for p1 in xs {
            if x1 > *p1 * -xs[k0 - 1] {
                break 'outer xs[k0].abs();
            }
            s1 = s1 - (if k0 < 1 { xs[k0] } else { xs[k0] }).powi(-1);
            s1 = s1 - (xs[k0] - t1);
        }
        s1 += s1;
        k0 += 1;
        if k0 == 3 {
            break f64::cos(x1) / xs[0];
        }
    };
    if k0 >= 2 {
        return xs[0];
    }
    let t2 = (self::h005(r1, xs[0], s1) + -t0) * s1;
    0.5 + xs[0].max(h021(x1, x0, r1)) + s1 + t2
}
#[grad::differentiate]
fn f073(x1: f64, x0: f64, x2: f64, n: usize, xs: &[f64]) -> f64 {
    let t0 = x2;
    let (t1, t2) = (x0 - xs[2].max(1.5), x1);
    let mut g0 = vec![vec![vec![0.0_f64; 2]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j][0] -= x0;
        }
    }
    let t3 = -g0[0][2][0];
    let mut s1 = x1;
    for i in 0..4 {
        s1 += x0 - xs[i];
    }
    let (t4, t5) = (x2 * s1, g0[1][0][1].min(xs[0]));
    g0[1][0][0] + (n as f64) * x1 + t0 + t1 + t2 + g0[2][2][1] + t3 + s1 + t4 + t5
}
#[grad::differentiate(dual_calls)]
fn f074(x1: f64, x2: f64, x0: f64) -> f64 {
    let t0 = -(if x2 * x0 < x1 { x2 } else { x2 });
    let mut s1: f64 = 1.0;
    for i in 0..2 {
        s1 *= h002(x2, x1, t0);
        s1 *= x2;
        if i >= 2 {
            s1 = s1 - x2.min(t0).sqrt();
            s1 /= if i % 2 == 0 { x2.max(t0) } else { x0 * x2 };
        } else {
            s1 = s1 * x0;
        }
    }
    let t1 = 0.1 * (x2 + s1).sqrt();
    let s2 = x1;
    for _ in (0..2).step_by(2) {
        s1 += s2;
        s1 *= t1.abs();
    }
    s1 *= (t0 + x1) * 1.5;
    -s2 * t1.min(x0) + s1
}
#[grad::differentiate(dual_calls)]
fn f075(n: usize, x0: f64, xs: &[f64]) -> f64 {
    if -x0.sin() < x0 {
        return xs[2];
    }
    let t0 = x0.exp();
    let t1 = h017(xs[3]);
    let mut s4: f64 = 0.5;
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..2 {
            r1 += xs[j] * t1;
        }
        s4 += r1 * t0;
    }
    let t2 = t0 + (if n < 3 { t0 * xs[2] } else { 0.25 });
    let s6 = 1.5 * t0;
    for _ in xs {
        s4
            += match n % 3 {
                0 => s4,
                1 => 0.1,
                _ => s4,
            };
    }
    ((if n >= 2 { s6 } else { xs[3] }) * (t1 + t1)).min(xs[2]) + s4 + t2
}
#[grad::differentiate]
fn f076(x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (x0 + 0.75, x1);
    let t1 = t1 * -t0.exp();
    t0 * 0.1 + t1
}
#[grad::differentiate(dual_calls)]
fn f077(x0: f64, x2: f64, x1: f64, n: usize) -> f64 {
    let mut s0 = x1;
    if n < 1 {
        s0 += s0.powi(2).sqrt();
        s0 = s0
            + -(match n % 3 {
                0 => 1.25,
                1 => 1.5,
                _ => x2,
            });
    }
    let t0 = x0.powi(2);
    let (t1, t2) = ((x2 + 1.25).powf(x1 * x2), s0 / x2.exp());
    if h002(s0, ((n + 1) as f64) * t0, s0) < t1 {
        s0 += t1;
        s0 = s0
            + (match n % 2 {
                0 => x2.powf(2.5),
                _ => t2,
            });
    }
    (match n % 3 {
        0 => 0.1,
        1 => (0.75 - x0).min(f64::tanh(x2)),
        _ => (t1 - t0).cos(),
    }) + s0
}
#[grad::differentiate(dual_calls)]
fn f078(xs: &[f64], x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0 = h002(xs[2], x2, 2.0 * xs[4]);
    for i in 1..3 {
        s0 += x2 - xs[i + 2];
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = h011(
            v0[1] / x1,
            {
                let r0 = x2;
                r0 / xs[i + 2]
            },
        );
    }
    s0 *= x0;
    let mut s5: f64 = 1.0;
    for i in (0..2).rev().step_by(2) {
        if i >= 2 {
            continue;
        }
        s5 *= v0[i + 1] * xs[i + 3] + x0;
        for j in (0..2).rev() {
            s0 += (xs[i] + s0).max(h023(xs[j], v0[i + 1], &v0));
        }
    }
    (1.25 + v0[2].powi(3)).max(if x1 * xs[0] > 0.5 { x0 } else { 1.25 }) + s0 + v0[2]
        + s5
}
#[grad::differentiate(dual_calls)]
fn f079(x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0 = x0 * x1;
    if (if x2 >= x1 { s0.tanh() } else { -x0 }) <= x1.powf(x1) + f64::abs(x1) {
        s0 = s0.max(1.5).max(0.25);
        for i in 1..3 {
            s0 += h003(x1.exp(), x0);
            if (((i + 1) as f64) * x1).powi(-2) < x0.sin() {
                return 0.5 - f64::sqrt(x1);
            }
        }
    } else {
        for i in (0..4).step_by(2) {
            if i >= 1 {
                break;
            }
            s0 += f64::sin(x0.max(x0));
            s0 /= s0.max(f64::exp(x1));
        }
        s0 *= x1;
    }
    if (if s0 >= x2 { x0 * x2 } else { h019(x2) }) <= 2.0 {
        return x1;
    }
    let mut s1 = x0;
    let mut k0 = 0;
    while k0 < 4 {
        s1 += x0;
        k0 += 1;
    }
    if k0 < 1 {
        return x2;
    }
    let t0: f64 = (x1 + s1.ln()).ln();
    let t1 = s0;
    x1 + s0 + s1 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f080(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s1 = 3.0 * (1.25 - xs[0]);
    for i in (1..3).rev() {
        s1 += x0.powi(-1);
        s1 += s1.ln().powi(-1);
        s1
            += match i % 3 {
                0 => xs[i],
                1 => x0,
                _ => 1.25,
            };
    }
    let mut s4 = xs[3];
    for _ in 0..2 {
        let mut r3: f64 = 0.0;
        for j in 0..2 {
            r3 -= x1 - xs[j];
        }
        s4 += r3 * s1;
    }
    let t0 = self::h022(x0, s4, x0).abs();
    let t1: f64 = x0;
    let mut s5 = if xs[2].powf(x1) <= 3.0 { 1.5 } else { s1.powf(-0.5) };
    for _ in 0..2 {
        let mut r4: f64 = 0.0;
        for j in 1..2 {
            r4 += x1 - xs[j + 2];
        }
        s5 += r4 * 3.0;
    }
    s1 + s1 + s4 + t0 + t1 + s5
}
#[grad::differentiate]
fn f081(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = 0.25 / x0;
    }
    let mut s0: f64 = 0.0;
    if (if x0 <= x2 { 0.25 } else { v0[0] }).sqrt()
        < ({
            let r0 = v0[0];
            r0
        })
            .abs()
    {
        s0 *= 0.75 / s0;
        s0
            += {
                let r1 = v0[0] - v0[1];
                r1 * f64::abs(v0[1])
            };
    }
    (if v0[0].max(2.0) > 3.0 * x0 { 0.25 } else { x1 }) + v0[1] + s0
}
#[grad::differentiate(dual_calls)]
fn f082(n: usize, ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 2]; n];
    for i in 0..n {
        for j in 0..2 {
            g0[i][j]
                += if n < 3 {
                    {
                        let r0 = ys[0];
                        r0
                    }
                } else {
                    0.75
                };
        }
    }
    let mut s0: f64 = 1.0;
    for (i, &p0) in ys.iter().enumerate() {
        s0
            += ({
                let r1 = g0[i + 1][i];
                r1 + p0
            }) * x0;
    }
    let mut s1: f64 = 0.0;
    if n < 3 {
        s1 = s1 * -(x0 / s1);
        s0 /= s1.max(s1 + s0);
    }
    x0.min(h028(s0, xs[3], xs, x0)).abs() + g0[3][1] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f083(x2: f64, xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 += x2;
        for (_, _) in xs.iter().zip(xs.iter()) {
            s0 = s0 + (xs[k0].abs() + 3.0);
            s0 = s0 - x1;
            s0 += -x1;
        }
        k0 += 1;
    }
    let mut s3: f64 = 0.5;
    for p1 in xs.iter() {
        s0 += self::h023(xs[2], 2.0 - x0, xs);
        if (match k0 % 3 {
            0 => (*p1).ln(),
            1 => xs[3],
            _ => xs[0] - x1,
        }) > s0.sqrt() * x1
        {
            s0 = x1;
            s3 = s3 * (s3 * x0).exp();
        } else {
            s3 = s3 - (x1 + xs[0] + xs[3].max(0.75));
        }
    }
    -(x1
        * ({
            let r1 = xs[0];
            r1 + xs[2]
        })) + s0 + s3
}
#[grad::differentiate(dual_calls)]
fn f084(x0: f64) -> f64 {
    if (x0 / 0.75).abs() < x0 {
        return x0;
    }
    let mut s2 = h014(x0, x0, x0);
    if (if x0 > s2 { s2 } else { x0 }).powi(3) < 0.1 {
        s2 *= f64::ln(if s2 > 2.0 { x0 } else { 3.0 });
    } else {
        s2 -= s2;
        s2 += s2;
    }
    s2 -= s2;
    let t0 = self::h017(0.25 + s2).powi(-2);
    let t1 = s2 * -t0.sqrt();
    let mut s3: f64 = 0.5;
    for i in 0..4 {
        if i >= 1 {
            continue;
        }
        if i != 1 {
            s3 += s3;
            s2 = s2 - (i as f64) * (t1 + t0);
        }
        s3 = s3 + (s3 + t0 + (x0 - t0));
    }
    self::h024(t0) + s2 + s3
}
#[grad::differentiate]
fn f085(n: usize, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 1..3 {
        s0 += xs[i];
    }
    let mut s1 = xs[1] + xs[0];
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..3 {
            r0 += xs[j];
        }
        s1 += r0 * s0;
    }
    let mut g0 = vec![vec![0.0_f64; 4]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..4 {
            g0[i][j] = s0.exp() * s0.sin();
        }
    }
    s1 += s0;
    let mut s2: f64 = 0.0;
    for i in 0..1 {
        s2 += xs[i] * 1.5;
    }
    let t1 = s1;
    3.0 + s0
        + ((match n % 2 {
            0 => s0,
            _ => t1,
        }) + xs[1]) + x0 + s0 + s1 + g0[3][3] + s2
}
#[grad::differentiate(dual_calls)]
fn f086(x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    if x0 <= (xs[2] * x0).max(s0) {
        s0 += s0.powi(3);
        s0 = s0 - x0.min(xs[1]).powi(3);
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 -= f64::cos(xs[k0]);
        k0 += 1;
    }
    let mut s3 = f64::tanh(x0).exp();
    for i in 0..4 {
        s3 += s1 * -s0;
        s1 += xs[i + 1];
    }
    if (match k0 % 2 {
        0 => if s1 >= x0 { xs[0] } else { s0 }
        _ => f64::abs(s0),
    }) >= 3.0
    {
        return s0 * xs[1] + x0;
    }
    let t2 = x0.max(s1.min(1.5).powi(2));
    (match k0 % 3 {
        0 => {
            match k0 % 3 {
                0 => xs[0],
                1 => xs[4],
                _ => 3.0,
            }
        }
        1 => h029(xs[0], 2.0 + s0, s0),
        _ => 1.5,
    }) + s0 + s1 + s3 + t2
}
#[grad::differentiate(dual_calls)]
fn f087(x0: f64, x1: f64) -> f64 {
    let (t0, t1) = (h000(x1), f64::tanh(x1));
    let mut s2: f64 = 1.0;
    let mut k2 = 0;
    while k2 < 2 {
        s2 -= h010(s2, x1, x1);
        k2 += 1;
    }
    f64::abs(f64::tanh(x1)) + x0 + t0 + t1 + s2
}
#[grad::differentiate(dual_calls)]
fn f088(x0: f64) -> f64 {
    let t0 = x0;
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = (match i % 3 {
            0 => t0,
            1 => 1.5,
            _ => x0,
        }) + v0[i];
    }
    let t0 = t0 * v0[2];
    let t1 = ((if t0 < 1.25 { 1.5 } else { x0 }) + t0).powi(2);
    h008(v0[2], v0[0], t1).powi(-1) + v0[2]
}
#[grad::differentiate]
fn f089(x0: f64, x1: f64, x2: f64) -> f64 {
    let t1: f64 = x0 * 0.75;
    let t1 = t1 * x0;
    x1 + x2 + t1
}
#[grad::differentiate(dual_calls)]
fn f090(x0: f64) -> f64 {
    let mut s0 = x0;
    for _ in (0..3).rev() {
        s0 *= (2.0 - x0).powi(-2);
    }
    if ({
        let r0 = s0;
        r0
    })
        .sin() >= x0.powi(-2).abs()
    {
        return x0;
    }
    let t2 = (if x0 + x0 >= 0.5 { s0 } else { s0 }).powi(2);
    let (t3, t4) = (x0, t2);
    self::h010(-t3, s0.cos(), x0.max(t4)) + s0
}
#[grad::differentiate]
fn f091(x0: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let mut s0 = x0 / 0.5;
    if (-xs[3]).min(xs[3]) <= 1.25 {
        s0 += x0;
        s0 = s0 - x0;
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = match i % 2 {
            0 => 2.0,
            _ => s0,
        };
    }
    let mut s1: f64 = 1.0;
    for i in 0..1 {
        s1 += x0 - xs[i + 2];
    }
    0.5 - v0[2].powf(0.5) + ys[3] + s0 + v0[3] + s1
}
#[grad::differentiate(dual_calls)]
fn f092(x1: f64, xs: &[f64], x0: f64, x2: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        s0 += xs[i];
    }
    let t0 = (s0 - xs[1]).tanh();
    h021(s0 * 0.5 + xs[3], if x2 > t0 { s0 } else { xs[2] }, x2) + x1 + x0 + s0
}
#[grad::differentiate]
fn f093(ys: &[f64], x0: f64, xs: &[f64], x1: f64) -> f64 {
    if x0 <= 2.0 {
        return x1 + 0.25;
    }
    let mut s1: f64 = 1.0;
    for p0 in ys {
        s1 /= xs[1] - *p0;
        s1 += (*p0).exp();
        s1 = s1 + f64::exp(*p0) / (*p0).powi(3);
    }
    s1 -= ys[2];
    let (t0, t1) = (x0, (s1 / 0.5).sin());
    ({
        let r1 = s1;
        r1 + -ys[3]
    }) / xs[2] + s1 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f094(x2: f64, x0: f64, xs: &[f64], x1: f64) -> f64 {
    let t0 = xs[2] * (if x2 > xs[2] { 2.0 } else { xs[1] }).max(x2 + x1);
    let mut g0 = vec![vec![0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g0[i][j] = (x2 - t0).max(x1);
        }
    }
    let mut s1 = if self::h017(xs[2]) > 1.5 { x2 + g0[3][0] } else { 1.5 };
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += xs[j + 2] * x2;
        }
        s1 += r0 * 1.25;
    }
    1.25
        / (({
            let r1 = x0;
            r1 + xs[2]
        }) + x0.tanh()) + g0[3][3] + s1
}
#[grad::differentiate(dual_calls)]
fn f095(x0: f64, n: usize, x1: f64, x2: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    if n < 3 {
        s0 = s0 + (x1 + xs[3]).max(xs[1]);
    } else {
        s0 /= s0 * x1.powi(-1);
        s0 = s0 - xs[4];
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = s0;
        s0 -= s0 + x1;
    }
    let t2 = xs[0] * xs[0].exp() * x1;
    if n % 2 == 0 {
        s0 = s0
            * ({
                let r0 = 2.0 + xs[4];
                r0.powi(-2)
            });
    } else {
        s0
            /= v0[0]
                .sqrt()
                .max({
                    let r1 = s0;
                    r1 + x1
                });
        s0 += xs[0];
    }
    h014(if n >= 2 { 1.5 } else { x0 }, x2 * s0, s0) + s0 + v0[4] + t2
}
#[grad::differentiate(dual_calls)]
fn f096(xs: &[f64], x0: f64) -> f64 {
    let mut s0 = xs[0];
    for i in 1..2 {
        s0 += xs[i + 2];
    }
    let (t0, t1) = (s0, s0);
    let s1: f64 = 0.5;
    let mut k0 = 0;
    let r0 = loop {
        if k0 % 2 == 0 {
            break xs[k0];
        }
        s0 += xs[k0 % xs.len()].abs();
        k0 += 1;
        if k0 == xs.len() {
            break match k0 % 2 {
                0 => 0.25 * t0,
                _ => {
                    match k0 % 3 {
                        0 => s1,
                        1 => xs[3],
                        _ => s0,
                    }
                }
            };
        }
    };
    h011(x0 + (k0 as f64), t1.powi(2)).sqrt() + s0 + r0
}
#[grad::differentiate]
fn f097(x2: f64, ys: &[f64], xs: &[f64], x1: f64, x0: f64) -> f64 {
    let t0 = (-x0).sin();
    let t2 = {
        let r1 = t0;
        r1 + (1.25 / xs[0]).ln()
    };
    x0 + x2 + ys[1] + x1 + t2
}
#[grad::differentiate]
fn f098(x0: f64, x1: f64, x2: f64, xs: &[f64]) -> f64 {
    let mut s0 = xs[0];
    for i in 1..xs.len() {
        for (j, _) in xs.iter().enumerate() {
            if j >= 1 {
                continue;
            }
            s0 -= xs[j % xs.len()];
        }
        s0 += x1.max(s0) + (xs[i % xs.len()] - xs[(i + 1) % xs.len()]);
    }
    let mut s2 = ({
        let r0 = s0;
        r0 + xs[3]
    }) + (x0 - xs[1]);
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..2 {
            r1 += xs[j];
        }
        s2 += r1 * s0;
    }
    s0 + x2 + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f099(n: usize, x0: f64) -> f64 {
    let mut s1 = x0 / x0 - x0 * x0;
    for _ in (0..3).rev().step_by(2) {
        s1 -= s1;
    }
    if s1 > f64::sin(x0) {
        return x0.tanh();
    }
    let s3 = s1;
    if (match n % 2 {
        0 => 0.1,
        _ => s3,
    })
        .cos() > s3
    {
        s1 *= x0;
    } else {
        s1 /= s3 + 0.1;
    }
    let mut g0 = vec![vec![0.0_f64; n]; n];
    for i in 0..n {
        for j in 0..n {
            g0[i][j]
                += {
                    let r1 = match i % 2 {
                        0 => s1,
                        _ => g0[i][i],
                    };
                    r1 * x0.abs()
                };
        }
    }
    let t2 = (x0 - s3).exp() * 0.5;
    let s5 = 3.0 - s1.min(t2);
    for i in (1..n).step_by(2) {
        g0[i][i] *= h008(s3, s5, s3).sin();
        s1 += (s3 * x0).max(x0.sqrt());
        g0[i][i] += s1.min(s5) * s1;
    }
    x0.exp() + s1 + g0[2][2]
}
#[grad::differentiate(dual_calls)]
fn f100(ys: &[f64], x0: f64, n: usize, xs: &[f64]) -> f64 {
    let mut s0 = xs[2];
    for i in (0..n).step_by(2) {
        for j in (0..n).rev() {
            s0
                -= if xs[i].tanh() <= s0 + 0.25 {
                    0.1 + ys[j + 1]
                } else {
                    ys[j % ys.len()].ln()
                };
        }
        for (j, _) in ys.iter().enumerate() {
            if j == 2 {
                continue;
            }
            s0 -= x0.tanh();
        }
    }
    let t0 = self::h008(ys[2].exp(), ys[0].tanh(), 0.25 / x0 * s0.sin());
    let mut s1: f64 = 1.0;
    for i in 0..1 {
        s1 += ys[i];
    }
    if n < 2 {
        s1 += h029(x0, ys[1], s0);
    } else if h025(ys[1], x0, s1, xs) <= t0 {
        s0 = {
            let r1 = xs[3] - s1;
            r1 + f64::abs(s1)
        };
        s0 = s0 + xs[4];
    }
    let t0 = t0 - ys[1].abs() * ys[2];
    let mut s4 = xs[1];
    for i in 0..2 {
        s4 -= xs[i];
    }
    x0 * (s1 * s1 + (s1 + (n as f64))) + s0 + s1 + t0 + s4
}
#[grad::differentiate(dual_calls)]
fn f101(x0: f64, n: usize, x1: f64, xs: &[f64], x2: f64) -> f64 {
    let t0 = -(xs[1].cos() - x1.exp());
    let t1 = x1.exp();
    let mut s0 = {
        let r0 = t1;
        r0 + f64::abs(xs[0])
    };
    for i in 0..n {
        if i >= 1 {
            break;
        }
        s0 += (t0 + x1) * 2.0;
        if i != 1 {
            s0 = xs[2];
            s0 = s0 - (n as f64) * t0;
        } else {
            s0 = s0 - h011(x0 * x0, xs[2]);
        }
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = (t1 - xs[i % xs.len()]).min(0.1);
        if i >= 1 {
            break;
        }
    }
    x1.powi(-1) / 0.25 + x2 + s0 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f102(x1: f64, x0: f64, x2: f64) -> f64 {
    let mut s0 = {
        let r0 = x2 + x0;
        r0 + x1 * 0.75
    };
    for _ in 1..2 {
        s0 *= h026(x0, x2, x1).min(s0);
    }
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 4 {
        s1 += s1.abs();
        k0 += 1;
    }
    let mut s2: f64 = 0.5;
    for _ in 0..3 {
        s2 += s2;
    }
    let t1 = (x0 + s2.sin()).min((s2 + ((k0 + 1) as f64)) * s0);
    if s1 >= f64::tanh(x0) * s0.min(x1) {
        return x1;
    }
    let s3: f64 = 0.5;
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s1 *= s3;
        s2 -= f64::sin(t1).powi(2);
    }
    s3 * s0 - s3 + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f103(n: usize, x0: f64, x1: f64) -> f64 {
    let (t0, t1) = (x1, x0 + x0);
    let t2 = (if n != 1 { 0.75 } else { self::h021(t1, t0, t0) }) + t1.max(t0);
    let mut s3 = if n != 0 { t2 } else { x0 };
    let mut k0 = 0;
    let r1 = 'outer: loop {
        for _ in 0..2 {
            s3 += t0.abs();
            if n >= 2 {
                break 'outer t0;
            }
        }
        for j in (0..3).step_by(2) {
            if j >= 2 {
                continue;
            }
            s3
                += {
                    let r0 = x1;
                    r0 + x0
                };
        }
        if k0 != 0 {
            break 'outer t1 * t1;
        }
        k0 += 1;
        if k0 == n {
            break h019(s3);
        }
    };
    if k0 % 2 == 0 {
        s3 += x1;
    }
    let r1 = r1 + ((k0 + 1) as f64) * s3;
    let t3 = (match k0 % 3 {
        0 => r1,
        1 => t1,
        _ => x1,
    }) + -s3
        + ({
            let r3 = t0;
            r3 / t0
        })
            .tanh();
    t3 + s3
}
#[grad::differentiate(dual_calls)]
fn f104(xs: &[f64], x0: f64) -> f64 {
    let (t0, t1) = (xs[3] - xs[0], xs[2]);
    let t2 = f64::sin(x0).abs();
    let mut s0 = 2.0 * t1 * t2;
    let mut k0 = 0;
    while k0 < xs.len() {
        s0 = s0 + (f64::tanh(s0) - 3.0);
        s0 = s0
            - (match k0 % 2 {
                0 => xs[k0].abs(),
                _ => t2,
            });
        k0 += 1;
    }
    (if k0 % 2 == 0 { xs[3].sin() } else { t2 * 3.0 }) * h011(-t2, h029(t2, x0, t0)) + s0
}
#[grad::differentiate(dual_calls)]
fn f105(xs: &[f64], x0: f64) -> f64 {
    let t0 = x0;
    if t0 <= h023(t0, t0, xs).max(xs[1]) {
        return t0.min(3.0).powi(-2);
    }
    let t1 = x0 * xs[3];
    let mut s2: f64 = 1.0;
    for i in 0..2 {
        s2 *= xs[i] + t1 + xs[i].powf(0.5);
        for _ in (1..xs.len()).rev() {
            s2 += t1;
        }
    }
    let mut s3 = xs[1];
    let mut k1 = 0;
    while k1 < xs.len() {
        s3
            += xs[k1 % xs.len()] - t0
                - (match k1 % 3 {
                    0 => xs[k1],
                    1 => s3,
                    _ => xs[k1],
                });
        k1 += 1;
    }
    (match k1 % 3 {
        0 => s3,
        1 => t1.sin(),
        _ => x0.sin(),
    })
        .powi(2) + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f106(xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 -= xs[j + 1] * x0;
        }
        s0 += r0 * x0;
    }
    let mut g0 = vec![vec![vec![0.0_f64; 4]; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j][i] = {
                let r1 = s0.cos();
                x0 + r1
            };
            g0[i][i][i] -= f64::sin(xs[i + 1]);
        }
    }
    let mut g1 = vec![vec![0.0_f64; 4]; 2];
    for i in 0..2 {
        for j in 0..4 {
            g1[i][j] += x0;
            if j == 2 {
                break;
            }
        }
    }
    s0 += xs[0] / (x0 + x0);
    let mut g2 = vec![vec![0.0_f64; 2]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..2 {
            g2[i][j] = x0.powi(-2);
        }
        for p0 in xs.iter() {
            s0 = s0 + f64::cos(*p0);
        }
    }
    s0 + h010(s0 / x0, xs[0], xs[2]) + s0 + g0[1][2][3] + g1[1][3] + g2[2][1]
}
#[grad::differentiate(dual_calls)]
fn f107(xs: &[f64], x0: f64) -> f64 {
    let (t0, t1) = (
        xs[3],
        {
            let r0 = xs[2];
            r0
        },
    );
    let mut s0: f64 = 1.0;
    if (2.0 * xs[3]).abs()
        <= (if 0.25 + t0 > (if s0 > xs[2] { s0 } else { xs[3] }) {
            s0 * xs[1]
        } else {
            s0
        })
    {
        s0 /= x0.sin();
        s0 += xs[3];
    } else if xs[4] - t1 <= 2.0 {
        s0 = s0 + t0.powi(-2);
    } else if f64::exp(t1.max(t0)) <= xs[2] {
        s0 = (if t1 < xs[0] { x0 } else { xs[1] }).sqrt();
        s0 -= x0 + x0;
    } else {
        s0 = s0 * xs[0].cos().sqrt();
        s0 = s0 - s0.ln();
    }
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    let r1 = loop {
        if k0 % 2 == 0 {
            break f64::ln(xs[0].max(2.0));
        }
        s1 = s1 - t1;
        s1 -= xs[(k0 + 1) % xs.len()];
        k0 += 1;
        if k0 == 4 {
            break h001(0.1 - xs[0]);
        }
    };
    s0 *= x0;
    let (t2, t3) = (
        match k0 % 2 {
            0 => 0.5,
            _ => f64::ln(xs[0]),
        },
        ({
            let r2 = xs[2];
            r2 * xs[4]
        })
            .tanh(),
    );
    x0.sin() + s0 + s1 + r1 + t2 + t3
}
#[grad::differentiate]
fn f108(ys: &[f64], x0: f64, xs: &[f64], x1: f64, n: usize) -> f64 {
    if n != 2 {
        return -(-x0);
    }
    let mut s3: f64 = 0.0;
    for (_, _) in xs.iter().enumerate() {
        for p2 in ys {
            s3 = s3 * *p2;
        }
    }
    s3 += if n % 2 == 0 { xs[4] } else { -xs[2] };
    let t0 = s3;
    let t1 = ys[1];
    let t0 = t0 - (if n % 2 == 0 { x1 + s3 } else { s3 });
    ys[2] + s3 + t1 + t0
}
#[grad::differentiate]
fn f109(x0: f64, n: usize, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if n < 3 {
        s0 -= ((n as f64) * x1).min(x1 + (n as f64));
    }
    let mut g0 = vec![vec![vec![0.0_f64; 3]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j][j] += g0[(j + 1) % 3][i][i];
        }
    }
    s0 + x0 + s0 + g0[2][2][2]
}
#[grad::differentiate(dual_calls)]
fn g000(w: &Array1<f64>, a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let t0 = h004(-x0 * u.mean().unwrap(), (a[[2, 1]] - a[[0, 0]]).tanh(), u[3]);
    let mut s1 = a[[2, 1]].max(t0).tanh();
    for i in 0..a.ncols() {
        s1 = s1 - (if -x0 < t0.exp() { x0 - s1 } else { x0.sqrt() });
        if i != 1 {
            return t0.sqrt() * s1;
        }
        s1 /= u.powf(1.5).sum();
    }
    let mut s2: f64 = 1.0;
    for i in (0..4).rev() {
        if i >= 2 {
            continue;
        }
        s2 += t0;
    }
    let mut s3: f64 = 0.0;
    for _ in 0..4 {
        s3 -= x0;
        s1 /= (x0 + 2.0).max(s2 + s3);
    }
    s3 -= x0;
    s3 + w.sum() + s1 + s2 + s3
}
#[grad::differentiate]
fn g001(x0: f64, c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = x0;
    if x0.powi(-1) * x0 > 1.25 {
        return x0.powi(2);
    }
    (0.25 / x0).min(x0) * t0 + c.sum() + a.sum()
}
#[grad::differentiate]
fn g002(
    c: &Array2<f64>,
    x1: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    x0: f64,
    b: &Array2<f64>,
) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = x0;
    }
    let mut z1: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z1.nrows() {
        for j in 0..z1.ncols() {
            z1[[i, j]] = z0[j];
        }
    }
    let mut z2: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z2.nrows() {
        for j in 0..z2.ncols() {
            z2[[i, j]] = {
                let r0 = x1.min(x0);
                r0 * x0
            };
        }
    }
    x1 + c.sum() + u.sum() + a.sum() + b.sum() + z0.sum() + z1.sum() + z2.sum()
}
#[grad::differentiate]
fn g003(
    a: &Array2<f64>,
    w: &Array1<f64>,
    u: &Array1<f64>,
    d: &Array2<f64>,
    x0: f64,
) -> f64 {
    let t0: f64 = (x0 * u[0] + a[[1, 1]]) * (3.0 - w[1] + a[[1, 3]] * x0);
    let mut g0 = vec![vec![0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j] = {
                let r0 = a.t().mean().unwrap();
                r0 + a[[0, j]]
            };
        }
        g0[i][0] = a.t().sum() + (i as f64);
    }
    if (t0 * x0).powi(2) < (t0 - t0).sin() {
        return t0;
    }
    let m0 = u.mean().unwrap() * (x0 + x0 + a.dot(&a.t()));
    a.sum() - (u[2] + 3.0).cos() + d.sum() + g0[2][1] + m0.sum()
}
#[grad::differentiate]
fn g004(a: &Array2<f64>) -> f64 {
    let t0: f64 = (1.5 + a.t().sum()).ln();
    let mut s1: f64 = 0.0;
    for i in (1..a.ncols()).step_by(2) {
        s1 = s1 + (a.t().sum() - -a[[2, i - 1]]);
        s1 -= a[[1, i]];
    }
    let m0 = s1 / a.dot(&a.t()).mean_axis(Axis(1)).unwrap();
    m0[1] + t0 + s1 + m0.sum()
}
#[grad::differentiate]
fn g005(
    w: &Array1<f64>,
    u: &Array1<f64>,
    x0: f64,
    c: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 1.0;
    if w.exp().dot(&w.cos()) <= 0.75 {
        if c[[2, 0]] >= x0.powf(0.5) {
            s0 += x0.ln() + s0;
        } else {
            s0 /= if s0.min(x0) <= -x0 { s0.exp() } else { w[2].min(x0) };
            s0 += c[[2, 0]];
        }
    }
    if (3.0 + a[[0, 1]]).cos() > -s0 {
        return w.mean().unwrap();
    }
    (u.powf(1.5) / a.t().dot(w)).dot(&(u * u).powi(-1)) + s0
}
#[grad::differentiate]
fn g006(a: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>, x0: f64) -> f64 {
    if x0 - (w[2] - 0.75) >= 1.25 {
        return u[0].powi(3);
    }
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 2 {
        if k0 != 2 {
            s0 -= x0;
        }
        s0 -= a[[k0 + 1, 3]].powi(3) * w.sum();
        k0 += 1;
    }
    ({
        let r0 = s0;
        w.sum() + x0 * r0
    }) + s0
}
#[grad::differentiate]
fn g007(
    b: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    a: &Array2<f64>,
    d: &Array2<f64>,
) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = w[i + 1];
    }
    let mut s0: f64 = 1.0;
    for i in 0..b.ncols() {
        if i == 2 {
            break;
        }
        s0 -= -x0;
        s0 /= (a[[2, i]] * w).dot(w);
    }
    w.dot(&(b / d[[0, 0]]).dot(&z0.powi(3))) + z0.sum() + s0
}
#[grad::differentiate]
fn g008(b: &Array2<f64>, c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s1: f64 = 1.0;
    for i in 0..b.ncols() {
        s1 -= a[[(i + 1) % 2, i]];
    }
    let mut s2: f64 = 0.5;
    for _ in (0..2).rev() {
        s1 += s2;
    }
    let s4: f64 = 0.0;
    let mut k2 = 0;
    let r3 = loop {
        if k2 < 1 {
            break b[[1, k2]].max(s4.max(0.5));
        }
        s2 = s2
            * (if k2 >= 2 {
                a[[k2 % 2, k2]] + a[[k2 % 2, k2]]
            } else {
                s4 + ((k2 + 1) as f64)
            });
        k2 += 1;
        if k2 == 3 {
            break (s1 - s1) * s1;
        }
    };
    ({
        let r4 = b.sum().sin();
        r4 * f64::exp(c[[1, 0]]).powf(0.5)
    }) + s1 + s2 + r3
}
#[grad::differentiate(dual_calls)]
fn g009(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..a.nrows() {
        s0 += s0;
        s0
            += (x0 + x0)
                / ({
                    let r0 = x0;
                    r0
                });
    }
    let mut s1 = a.powi(2).mean().unwrap();
    if a[[1, 1]] > (if a.sum() >= s0.powf(1.5) { s1.powf(1.5) } else { u[1].powi(-2) }) {
        s1 = (s0 + x0).abs();
        s1 = s1
            - (x0.sin()
                + ({
                    let r1 = x0;
                    r1 + s0
                }));
        if s1 + 0.75 - x0 * a[[1, 2]] < (0.75 + u[0]) * (a[[0, 0]] * x0) {
            s0 /= s1;
            s1 = s1
                - ({
                    let r2 = s1;
                    r2 / u[1]
                });
        } else {
            s0 += (u[3] + u[2]) * (u[2] + s1);
            s0
                += ({
                    let r3 = a[[0, 2]];
                    r3 * u[3]
                })
                    .powf(a[[1, 3]] - 0.25);
        }
    }
    if (&a.t() + &a.t()).sum() >= 2.0 {
        return f64::sqrt(s0);
    }
    let mut s2: f64 = 1.0;
    for _ in 0..a.ncols() {
        for j in 1..a.ncols() {
            s0 *= h009(u[j], u[(j + 1) % 4], a[[j % 2, j]]).min(0.75 - s2);
        }
        s0 = s0 - s1.abs().sqrt();
    }
    if (if u.dot(u) >= a.sum() { h008(s2, a[[0, 3]], u[3]) } else { s0 })
        < (u / (if s0 <= 2.0 { a[[0, 3]] } else { a[[0, 1]] })).mean().unwrap()
    {
        s0 = a[[1, 0]];
        s2 += s1;
        s2 += u[1] * 1.25;
    } else if (if s2 <= x0 { u[1] } else { a[[1, 0]] }) + s1 * u[2] > s0 {
        s0
            -= {
                let r4 = a.t().sum();
                r4.powf(2.5)
            };
    }
    u[3] + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn g010(u: &Array1<f64>, a: &Array2<f64>, x1: f64, x0: f64) -> f64 {
    let t0 = a[[1, 1]] * h000(u[0])
        + ({
            let r0 = a[[1, 1]];
            r0 * r0
        });
    let mut s0: f64 = 1.0;
    for i in (0..a.nrows()).step_by(2) {
        if i >= 1 {
            break;
        }
        s0 /= t0 - (x1 + u[i]);
        s0 /= x0 + ((i + 1) as f64);
    }
    let t1 = s0;
    let mut g0 = vec![vec![vec![0.0_f64; 4]; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j][j] = if 2.0 + t1 > 1.25 { u[i] } else { x1 + t0 };
            s0 += (x1 / 1.5).sin();
        }
    }
    if a.dot(&a.t()).sum() < 1.25 {
        return (t1 * g0[1][0][3]).max(s0 + 0.5);
    }
    (2.0 + t0 + t0).max(s0) + s0 + g0[1][1][3]
}
#[grad::differentiate]
fn g011(a: &Array2<f64>, x0: f64, b: &Array2<f64>) -> f64 {
    if (2.0 - b[[0, 1]]) / x0 > b[[1, 1]] {
        return b[[2, 0]].abs() * (a[[0, 1]] + x0);
    }
    if a[[1, 1]] >= (if x0.powi(-2) < 0.5 { x0 / 0.5 } else { a[[0, 1]] }) {
        return x0.sin().sin();
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = x0.sin();
        }
    }
    let m0 = b.mean_axis(Axis(1)).unwrap() * (1.5 / x0);
    if a[[2, 1]] / m0[0] + 0.25 <= 0.25 {
        return (x0 + x0).max(z0[[2, 0]]);
    }
    z0[[0, 0]] + z0.sum() + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g012(x0: f64, b: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = x0.powi(3);
    for i in 0..b.ncols() {
        s0 += s0;
        s0
            += {
                let r0 = b.sum();
                r0 + b.t().sum()
            };
        s0 += if i % 2 == 0 { x0 / a[[i % 2, i % 4]] } else { u[i - 1].cos() };
    }
    let (t0, t1) = (u[0], x0);
    let mut s2 = u[1].sin() - s0.cos();
    for i in 0..b.nrows() {
        if t0 * 2.0 > a[[i, i]] {
            s2 += h020(s0.max(t1), t1 - 0.75);
            s2 -= x0;
        }
    }
    t1 + s0 + s2
}
#[grad::differentiate]
fn g013(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = u[2];
    let mut s0: f64 = 1.0;
    for _ in 0..a.nrows() {
        s0 = s0 * a.sum();
    }
    s0 + b.sum() + t0 + s0
}
#[grad::differentiate]
fn g014(w: &Array1<f64>, a: &Array2<f64>, x0: f64, x1: f64) -> f64 {
    let t0 = f64::cos(x0 * x1).powi(-1);
    let mut s1 = x1.tanh();
    for _ in 0..a.nrows() {
        s1 += a.sin().sum();
    }
    let mut g0 = vec![vec![0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] += 1.25 * (((i + 1) as f64) * x0);
        }
    }
    a.t().sum() + x1 + w.sum() + t0 + s1 + g0[3][2]
}
#[grad::differentiate(dual_calls)]
fn g015(
    b: &Array2<f64>,
    x0: f64,
    u: &Array1<f64>,
    w: &Array1<f64>,
    a: &Array2<f64>,
) -> f64 {
    let t0 = (a * a).sum();
    let mut s1: f64 = 0.5;
    if s1.powi(2) * w.sum() > 1.5 {
        for i in 1..3 {
            s1 += -s1;
            s1 += b[[i, i % 2]] + w[i] - s1;
        }
        s1 += u[1];
    } else if (if w.mean().unwrap() <= s1 + x0 { b.t().sum() } else { u.sum() })
        <= a.t().sum()
    {
        s1 -= w[1];
    } else if (2.0 - b[[1, 0]]).min(x0.max(b[[0, 0]])) >= w[2] - s1.tanh() {
        s1 = w.sum().exp();
        s1 += (x0 + s1).cos();
        s1 = s1 * a[[1, 1]].tanh();
    } else {
        s1 += t0;
    }
    let t1: f64 = w[1];
    h014(f64::cos(s1).cos(), w[2], b[[2, 1]]) + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn g016(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 1..2 {
        if i != 1 {
            s0 = a[[i - 1, i + 2]] + u[2];
            s0 *= h024(s0.exp());
            s0
                += match i % 3 {
                    0 => u[3],
                    1 => f64::exp(u[i + 1]),
                    _ => 0.5,
                };
        }
        s0
            += match i % 3 {
                0 => s0,
                1 => s0 - 1.25,
                _ => a[[i - 1, i + 2]] * s0,
            };
        for _ in (0..a.ncols()).step_by(2) {
            s0 += s0.sin();
        }
    }
    let mut s1 = u[0];
    for _ in 0..4 {
        s1 /= s0;
    }
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = a[[i, i + 2]];
    }
    let t0 = a.t().mean_axis(Axis(0)).unwrap().mean().unwrap();
    a.sum() + s0 + s1 + v1[1] + t0
}
#[grad::differentiate(dual_calls)]
fn g017(
    x0: f64,
    b: &Array2<f64>,
    w: &Array1<f64>,
    a: &Array2<f64>,
    u: &Array1<f64>,
) -> f64 {
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    let (r0, r1) = loop {
        if k0 % 2 == 0 {
            return b.sum() - (s0 - 1.25);
        }
        if k0 % 2 == 0 {
            break (
                h001(
                    match k0 % 3 {
                        0 => a[[k0, k0 + 1]],
                        1 => u[k0],
                        _ => 0.75,
                    },
                ),
                match k0 % 3 {
                    0 => -a[[k0, k0 % 3]],
                    1 => u[k0 + 1] + (k0 as f64),
                    _ => {
                        match k0 % 3 {
                            0 => w[k0],
                            1 => s0,
                            _ => s0,
                        }
                    }
                },
            );
        }
        s0 /= -x0;
        k0 += 1;
        if k0 == 2 {
            break (w.dot(w) / w.sum(), f64::exp(a[[0, 1]]).abs());
        }
    };
    let mut s1: f64 = 1.0;
    let mut k1 = 0;
    while k1 < 3 {
        s0 = s0 * (a[[1, k1 % 3]] * r1 + 0.25);
        s0
            += match k0 % 2 {
                0 => s1.min(r1),
                _ => b[[k1 % 2, k1]].abs(),
            };
        k1 += 1;
    }
    let s2 = (b[[0, 0]] / s0).powf(u.mean().unwrap());
    let mut k2 = 0;
    while k2 < 3 {
        s1 += s0;
        k2 += 1;
    }
    -(1.5 * s2)
        + ({
            let r2 = s2;
            r2 + a[[0, 0]]
        })
            .ln() + s0 + r0 + s1
}
#[grad::differentiate(dual_calls)]
fn g018(
    u: &Array1<f64>,
    w: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
    x0: f64,
    d: &Array2<f64>,
) -> f64 {
    let mut s1 = u.powi(3).mean().unwrap();
    let mut k0 = 0;
    while k0 < 3 {
        s1
            += (match k0 % 2 {
                0 => x0,
                _ => s1,
            }) * s1.cos();
        k0 += 1;
    }
    let (t0, t1) = (((k0 + 1) as f64) * s1 + (k0 as f64), s1);
    s1 = s1 - s1;
    if s1 * h029(t0, c[[1, 0]], c[[1, 0]]) <= t0 * 1.5 * (a[[0, 0]] + 1.25) {
        s1 -= (t1 * x0).powi(-2);
        for i in 0..a.ncols() {
            s1 = s1 + (0.75 - d[[0, i]]).tanh();
        }
    } else {
        s1 += d[[0, 2]];
        s1 += ((k0 + 1) as f64) * h026(x0, w[0], u[2]);
    }
    (match k0 % 3 {
        0 => w.dot(w),
        1 => x0 / t0,
        _ => if k0 >= 2 { w[0].sin() } else { a.sum() }
    }) + s1
}
#[grad::differentiate]
fn g019(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>, x1: f64) -> f64 {
    if a.sum() > a[[1, 0]] {
        return (w[1] + w[2]).powi(3);
    }
    let mut s1: f64 = 0.0;
    let mut k1 = 0;
    while k1 < 2 {
        s1 += s1;
        s1 = s1 - s1.cos().exp();
        k1 += 1;
    }
    let mut s2 = s1.min(x1.powf(0.5));
    for i in (0..a.ncols()).rev().step_by(2) {
        if i >= 2 {
            return x1;
        }
        s2 *= x1;
        for j in 0..2 {
            if j == 1 {
                continue;
            }
            s2 = s2 - s2;
            s1 = s1 - (&a.t() - &a.t()).sum();
        }
    }
    s2.max(-(s2 + 1.25)) + u.sum() + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn g020(x0: f64, u: &Array1<f64>, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = {
        let r0 = a[[1, 0]];
        r0 + x0.max(b[[2, 1]]).min(x0.powi(-1))
    };
    let mut s0 = t0 / t0 * 1.5;
    for _ in (0..3).step_by(2) {
        for _ in (1..b.ncols()).step_by(2) {
            s0 *= t0;
        }
        s0 += a.sum();
        for j in 0..2 {
            if j >= 1 {
                continue;
            }
            if t0.min(u[1]) - s0.powi(-1) > 0.5 {
                return f64::cos(s0) * h003(x0, s0);
            }
            s0 /= t0;
        }
    }
    let mut s2: f64 = 1.0;
    if (if x0
        >= ({
            let r2 = u[1];
            r2 * s0
        })
    {
        t0 * 0.1
    } else {
        x0
    }) <= 1.5
    {
        s0 = a.t().sum();
        s0 *= a[[1, 1]];
    } else if s0
        / ({
            let r3 = x0;
            r3 / s0
        }) < a.t().mean().unwrap()
    {
        s2 = s2
            + ({
                let r4 = a[[0, 1]];
                r4 + u[0]
            }) / (t0 / s0);
        s0 += 0.25 * x0 / 3.0;
    }
    let s3 = u.sum();
    if (0.75 + s2).tanh() <= s2 * s0 {
        s0 = s3.abs();
        s0 = s0 * (if h018(s2, s2, t0) >= u[0].powi(-1) { s3 } else { s2 * s2 });
    }
    b.sum()
        * ({
            let r5 = s0;
            r5 * u[0]
        }) + u.sum() + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn g021(u: &Array1<f64>, x0: f64, a: &Array2<f64>, d: &Array2<f64>) -> f64 {
    let m0 = (a.dot(&a.t()) - x0).tanh();
    let mut s2 = h010(x0, x0, x0) + d[[0, 2]].max(x0);
    for i in (0..a.nrows()).step_by(2) {
        if i == 1 {
            break;
        }
        s2
            += {
                let r0 = u[i];
                r0 * u.sum()
            };
        s2
            += ({
                let r1 = s2;
                r1 + m0[[i % 3, i]]
            })
                .cos();
    }
    let t0 = {
        let r2 = a.sum().min(0.25 * s2);
        r2 + (x0 * x0 + 2.0 * x0)
    };
    if a[[1, 2]] + u[2] + 1.25 * s2 >= x0 - t0 {
        if m0[[1, 0]].cos() > u.dot(u) / u.sum() {
            s2
                += u.sum()
                    + ({
                        let r3 = t0;
                        r3 / s2
                    });
        } else {
            s2 /= u.dot(u);
            s2 -= f64::sqrt(s2).powi(2);
        }
    }
    let mut z1: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z1[i] = a.sum();
    }
    x0 + m0.sum() + s2 + z1.sum()
}
#[grad::differentiate]
fn g022(b: &Array2<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let t1 = b.sum();
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = a.dot(&a.t()).sum();
    }
    let (t2, t3) = (
        if t1 >= a[[0, 0]] - x0 { x0.ln() } else { if x0 > x0 { t1 } else { 0.25 } },
        if t1 < 0.1 { -v0[0] } else { 0.5 },
    );
    let mut z0: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = (&a.t() * &a.t()).sum();
            if i != 0 {
                return b.dot(&z0.t()).sum();
            }
        }
        v0[i] *= z0.dot(&a.t()).mean().unwrap();
    }
    let mut s0 = t2;
    for _ in 0..b.nrows() {
        s0 += z0.t().sum();
    }
    t2 + v0[2] + t3 + z0.sum() + s0
}
#[grad::differentiate]
fn g023(x0: f64, a: &Array2<f64>) -> f64 {
    let t0 = (&a.t() * a[[2, 1]])
        .dot(&a.sum_axis(Axis(1)))
        .dot(&(a.t().sum_axis(Axis(1)) * a.t().mean_axis(Axis(1)).unwrap()));
    let m0 = ({
        let r2 = t0;
        r2 + a[[1, 2]]
    }) + a.t().sum_axis(Axis(0)).powi(2);
    if x0 > m0[0] {
        return (-x0).powi(-1);
    }
    let t2 = t0;
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = t2.tanh().sqrt();
    }
    a[[1, 2]] + m0.sum() + v0[2]
}
#[grad::differentiate]
fn g024(u: &Array1<f64>, c: &Array2<f64>, x0: f64, x1: f64, a: &Array2<f64>) -> f64 {
    let t0 = -x0.sqrt().exp();
    let (t1, t2) = (-x0.max(c[[1, 0]]), a[[1, 2]].tanh() + a[[0, 1]]);
    a.t().mean().unwrap() + u.sum() + x1 + t0 + t1 + t2
}
#[grad::differentiate]
fn g025(w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = {
            let r0 = -a[[i, 0]];
            -r0
        };
    }
    let mut s0 = (&a.t() - &a.t()).mean().unwrap();
    let mut k0 = 0;
    let r1 = loop {
        if k0 >= 2 {
            break w[1].min(a[[k0, 1]]);
        }
        s0 += s0;
        s0 = s0 - s0;
        k0 += 1;
        if k0 == 3 {
            break a.t().sum_axis(Axis(1)).dot(&a.t().dot(w));
        }
    };
    s0 = s0
        + (&a.t()
            * ({
                let r2 = a[[1, 1]];
                r2
            }))
            .sum();
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] = (s0 + r1).min(s0.tanh());
        }
    }
    let mut s2: f64 = 0.0;
    for i in (0..4).step_by(2) {
        s2 += a.t().mean_axis(Axis(1)).unwrap().mean().unwrap();
        if k0 % 2 == 0 {
            s2 += g0[i][i % 2] - r1 + (i as f64);
            s2 = s2 + -(s0 + g0[i][1]);
        } else {
            s0
                /= ({
                    let r3 = s0;
                    r3 * g0[i % 4][i % 2]
                })
                    .powi(-1);
        }
    }
    -s0 + z0.sum() + s0 + g0[3][1] + s2
}
#[grad::differentiate]
fn g026(u: &Array1<f64>, a: &Array2<f64>, d: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in (0..4).rev() {
        s0 += s0.powi(3);
    }
    let t0 = s0 * (if d[[0, 1]] <= 2.0 { a[[0, 1]] } else { b[[1, 0]] });
    let mut s1 = t0;
    for i in (0..a.nrows()).rev().step_by(2) {
        s0 -= s0;
        s0 += if i != 2 { 3.0 - u[1] } else { s1 };
        s1 += u[0].cos() + (i as f64);
    }
    let t1 = s1;
    s1.powi(-1) + s0 + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn g027(
    u: &Array1<f64>,
    a: &Array2<f64>,
    x1: f64,
    c: &Array2<f64>,
    w: &Array1<f64>,
) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 1..2 {
        s0 -= h000((i as f64) * x1);
    }
    let mut s1 = f64::sin(s0)
        .min({
            let r0 = c[[2, 0]];
            r0 * c[[2, 0]]
        });
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0
            += match k0 % 3 {
                0 => s0,
                1 => {
                    let r1 = w[k0 % 3];
                    r1 - s0
                }
                _ => s1 + x1,
            };
        s1 += w[k0 % 3];
        k0 += 1;
    }
    let mut s2: f64 = 0.5;
    for _ in 0..a.nrows() {
        for _ in 0..3 {
            s2 += x1.max(s1).powi(-1);
            s1 += (&a.t() * &a.t()).sum();
        }
    }
    (w * w[2] + u.dot(u)).dot(&(s0.min(1.5) + w.powi(2))) + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn g028(a: &Array2<f64>, u: &Array1<f64>, x1: f64, b: &Array2<f64>, x0: f64) -> f64 {
    let mut s0 = x0;
    for i in (1..a.ncols()).rev() {
        s0 = s0 - s0;
        if u.sum()
            > x0.powi(-2)
                * (match i % 3 {
                    0 => u[i],
                    1 => x1,
                    _ => 1.25,
                })
        {
            s0 += b.dot(u).dot(&u.dot(&b.t()));
        } else {
            s0 = s0 + b.t().sum();
        }
        s0 = s0 + -u.dot(u);
    }
    let s1: f64 = 0.5;
    for i in 1..a.nrows() {
        s0 += s1;
        s0 *= b[[i, i - 1]];
    }
    let m0 = (u.dot(&b.t()) + a.dot(&a.t())).mean_axis(Axis(1)).unwrap();
    self::h017(u.dot(u)) * x0 + s0 + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g029(w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = (0.75 + a[[1, 1]]).exp().exp();
    let t1 = h001(a.t().sum());
    let t2 = a[[1, 1]].cos();
    ((if u[0] >= 0.25 { u[2] } else { a[[1, 0]] }) + &a.t() - &a.t()).sum() + w.sum()
        + t0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn g030(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let t0 = b[[1, 3]];
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = self::h014(t0, b[[1, i]], u[i]).sin();
    }
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = v1[i] * (if t0 < 0.1 { b[[i, (i + 1) % 4]] } else { t0 });
    }
    h010(-t0, t0, f64::cos(t0) + c[[0, 0]].cos()) + a.sum() + z0.sum() + v1[1]
}
#[grad::differentiate(dual_calls)]
fn g031(a: &Array2<f64>, x0: f64, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let mut s0 = f64::abs(0.25 + x0);
    for i in 1..3 {
        s0 += -b[[(i + 1) % 3, i % 2]];
        if h021(x0 / x0, x0.powi(-2), u[i % 2])
            > (if i % 2 == 0 { s0.max(0.75) } else { s0 - 1.5 })
        {
            return x0;
        }
    }
    let mut g0 = vec![vec![vec![0.0_f64; 2]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j][0] = {
                let r0 = u.dot(u);
                r0 * a[[j, 1]]
            };
            s0 = s0 - g0[j][j][j % 2].sqrt().min(x0);
        }
    }
    let t0: f64 = g0[1][0][0];
    if x0 * g0[1][2][1] + a.t().sum()
        >= (if -x0 < a.t().mean().unwrap() { a.mean().unwrap() } else { s0 })
    {
        s0 = s0 + u[1] / g0[2][0][1].sqrt();
        s0 *= a[[0, 1]];
    } else {
        s0 = s0 + (x0 - f64::ln(t0));
        s0 = s0 + (s0.tanh() + &b.t()).sum();
    }
    x0 + s0 + g0[2][2][1]
}
#[grad::differentiate(dual_calls)]
fn g032(
    u: &Array1<f64>,
    a: &Array2<f64>,
    b: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
) -> f64 {
    let t0: f64 = w[2].min(w[0]) * b.powi(2).mean().unwrap();
    let mut s0 = b.t().mean().unwrap().sin();
    if w.dot(a).dot(u) <= b.mean().unwrap() * self::h010(x0, x0, a[[0, 2]]) {
        s0 += -(0.5 + a[[0, 1]]);
        s0 /= a[[0, 1]] * w[1] - a[[2, 1]];
    } else if t0.min(x0).ln() > a.dot(&b.t()).sum() {
        s0 = s0 * w[1] + t0;
        s0 += a[[1, 2]];
        s0 += x0;
    } else if u[3] <= f64::sin(u[3]) {
        s0 /= u[1];
        s0 = s0 - (w - w).dot(w);
    }
    let t1: f64 = ((if t0 < 0.25 { 3.0 } else { s0 }) / t0).min(x0);
    ({
        let r1 = t1
            * ({
                let r0 = t1;
                r0 * t0
            });
        r1
            + ({
                let r2 = b[[1, 1]];
                r2 + x0
            }) * f64::cos(t1)
    }) + s0
}
#[grad::differentiate]
fn g033(x1: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s2: f64 = 1.0;
    if s2
        <= ({
            let r0 = 3.0 / s2;
            r0 * a[[1, 0]]
        })
    {
        s2 += a[[0, 0]].sqrt().abs();
        s2 -= u.mean().unwrap();
    }
    let s3 = a[[1, 3]] - a[[1, 1]];
    for i in 0..3 {
        if i >= 1 {
            break;
        }
        s2 += u[i] / (x1 * x1);
        s2 *= -u[i];
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = a[[i % 2, i]];
    }
    let t0 = f64::cos(a.t().sum());
    a.dot(&a.t()).sum() + s2 + s3 + v0[3] + t0
}
#[grad::differentiate]
fn g034(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let t0 = a[[1, 3]];
    let mut s0 = a[[1, 3]];
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        if k0 >= 2 {
            s0 = t0 * t0.tanh();
            s0 = s0
                * (match k0 % 2 {
                    0 => t0,
                    _ => s0,
                })
                    .powi(3);
            s0 = s0 + (t0 + s0);
        } else {
            s0 = s0 * s0.sin();
            s0 += (k0 as f64) * s0.tanh();
        }
        k0 += 1;
    }
    let t0 = t0 - a.mean().unwrap();
    if k0 % 2 == 0 {
        return a[[0, 0]];
    }
    t0 + t0.exp() / s0 + b.sum() + s0
}
#[grad::differentiate(dual_calls)]
fn g035(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let t0 = (a[[1, 1]] + 2.0) * a.sum().tanh();
    let mut s0: f64 = 0.5;
    for i in (0..a.ncols()).rev() {
        if i % 2 == 0 {
            return u[i];
        }
    }
    let mut s1: f64 = 0.0;
    if a.sum() > (x0 + s0).tanh() {
        for i in 0..a.nrows() {
            s1
                -= {
                    let r0 = h026(a[[i, i % 3]], s0, u[i]);
                    r0 - u[i]
                };
            s1 *= s0;
            s1 += s1;
        }
    } else {
        s1 *= (x0 * s1).sin();
    }
    let s2: f64 = 0.0;
    for i in 1..a.ncols() {
        s0 += h021(2.0 * u[i], -u[i], s0.tanh());
        s1 = s1 * h002(a[[0, i]], s1, s0);
        s1 *= self::h004(s1, t0, u[i % 3]).ln();
    }
    h015(t0, s0, a[[1, 2]] - -t0) + s0 + s1 + s2
}
#[grad::differentiate]
fn g036(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let (t0, t1) = (u[2] + 1.25, a.dot(u).sum());
    let t2 = t0.exp().max(w.sum()).tanh();
    let mut s0 = a[[1, 1]].sin();
    if (a[[1, 2]] - 1.5).exp() < 0.5 {
        s0 = 0.25 + a[[1, 0]] / t2;
        if w.sum() >= (if t1 < u[1] { t0 } else { s0 }) {
            s0 = s0 + a[[0, 1]] / 0.25;
        }
        s0 += 0.25 + t2;
    }
    let t3: f64 = t0;
    let s1: f64 = 1.0;
    for i in 0..a.nrows() {
        if (match i % 3 {
            0 => -t2,
            1 => t1,
            _ => if t1 < 1.5 { a[[i - 1, 2]] } else { t0 }
        }) < f64::sin(((i + 1) as f64) * t3)
        {
            s0 = ((2.0 + a[[i, i + 1]]) * &a.t()).mean().unwrap();
            s0 *= a[[i, i]].min(t1) + (i as f64);
        }
    }
    ({
        let r0 = a[[1, 0]];
        r0 * w[0]
    })
        .cos() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn g037(x0: f64, x1: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = x1;
    let t1 = a[[2, 0]].powf(x1.tanh()).powi(2);
    let mut s0: f64 = 1.0;
    for _ in 0..b.nrows() {
        s0 += t1;
    }
    let m0 = a.t().sum_axis(Axis(1)).powi(3);
    let t1 = t1 + h020(x0, x1) * h008(t0, x0, x1);
    a.dot(&a.t()).dot(a).sum() + b.sum() + s0 + m0.sum() + t1
}
#[grad::differentiate(dual_calls)]
fn g038(x0: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    if s0 < b[[2, 1]] {
        if x0 >= 2.0 {
            s0
                *= {
                    let r0 = -s0;
                    r0 * a.sum()
                };
        } else {
            s0 /= a.mean().unwrap().powi(3);
            if a[[0, 1]].sqrt().powf(2.5) < 0.5 {
                return ({
                    let r1 = s0;
                    r1 / b[[0, 3]]
                }) - x0;
            }
        }
        s0 += x0.ln().min(h020(s0, a[[2, 0]]));
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = b.mean().unwrap() + ((i + 1) as f64);
    }
    let t0 = x0.max(h015(x0, a[[2, 3]], x0)).tanh();
    let mut s1 = (v0[1] - a[[0, 1]]).max(s0);
    for (i, &p0) in v0.iter().enumerate() {
        for _ in (0..4).rev() {
            s1 -= p0.powf(0.5).tanh();
            s1
                += match i % 2 {
                    0 => 0.5,
                    _ => s0 + 0.5,
                };
        }
        if i >= 2 {
            return v0[i];
        }
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] += v0[j] + x0.powf(0.5);
        }
    }
    s0 + (0.75 + x0).powf(2.5) + s0 + v0[3] + t0 + s1 + g0[3][1]
}
#[grad::differentiate]
fn g039(c: &Array2<f64>, x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = if (if u[2] < 0.1 { c[[0, 0]] } else { 1.25 }) <= u[0] + x0 {
        a[[1, 0]] + u[0]
    } else {
        a[[0, 0]]
    };
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 = s0 + s0.exp().powi(3);
        if k0 % 2 == 0 {
            s0 += a[[k0, k0]].powi(3);
            s0 = s0 - a[[k0, k0 + 1]];
        }
        k0 += 1;
    }
    s0 /= s0 - -s0;
    let mut s1 = -s0.exp();
    for _ in (0..a.nrows()).rev() {
        s1 += f64::exp(x0);
    }
    s0 + s0 + s1
}
#[grad::differentiate]
fn g040(
    x0: f64,
    c: &Array2<f64>,
    b: &Array2<f64>,
    a: &Array2<f64>,
    w: &Array1<f64>,
    u: &Array1<f64>,
) -> f64 {
    let t1 = a[[1, 2]] * (w[0].min(x0) * b[[1, 0]].min(x0));
    let m0 = u * (u - (0.75 - x0));
    let m1 = b.dot(&a.t()).powi(-1).dot(&b.dot(&a.t()).dot(a));
    let mut s1: f64 = 1.0;
    for i in 0..4 {
        if i == 2 {
            break;
        }
        s1 *= c[[(i + 1) % 2, 0]].abs();
    }
    (b / f64::abs(w[1])).sin().sum() + t1 + m0.sum() + m1.sum() + s1
}
#[grad::differentiate(dual_calls)]
fn g041(x0: f64, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let m0 = x0 - w.dot(a) * (if w[0] <= x0 { x0 } else { x0 });
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    let r1 = 'outer: loop {
        for _ in 0..2 {
            s1 = s1 - w.dot(w) * a.sum();
        }
        s1
            /= match k0 % 3 {
                0 => {
                    match k0 % 3 {
                        0 => 3.0,
                        1 => x0,
                        _ => m0[k0],
                    }
                }
                1 => w[k0 + 1],
                _ => s1.ln(),
            };
        for j in (0..4).rev() {
            s1 = s1 + w[k0].powf(0.5);
            if (if 0.25 - a[[2, k0 % 4]] > 0.25 {
                x0 + (j as f64)
            } else {
                f64::abs(a[[k0, k0]])
            }) < 3.0
            {
                break 'outer -x0;
            }
            s1 += (x0 + ((j + 1) as f64)).sqrt();
            s1 /= (w / s1.max(a[[k0, j]])).mean().unwrap();
        }
        if ((k0 as f64) * x0).powi(-2) <= 0.5 {
            break 'outer 3.0 * a[[(k0 + 1) % 3, k0 + 1]]
                / (match k0 % 2 {
                    0 => x0,
                    _ => s1,
                });
        }
        k0 += 1;
        if k0 == 2 {
            break s1;
        }
    };
    let t0 = f64::exp(m0[0].min(x0)).exp();
    let mut s2 = h009(
        if k0 % 2 == 0 { m0[1] } else { 0.1 },
        a[[1, 1]],
        a.mean().unwrap(),
    );
    let mut k1 = 0;
    loop {
        if k1 >= 2 {
            break;
        }
        s1 *= (if k1 >= 2 { w[k1] } else { s2 }) + (k0 as f64);
        s2 = s2 + m0.mean().unwrap();
        k1 += 1;
    }
    x0
        * (match k1 % 2 {
            0 => s2,
            _ => s2.ln(),
        }) + m0.sum() + s1 + r1 + t0 + s2
}
#[grad::differentiate]
fn g042(u: &Array1<f64>, x0: f64, x1: f64, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = (match i % 3 {
            0 => x1,
            1 => 0.25,
            _ => x0,
        })
            .cos();
    }
    let s0 = -a.sum();
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        v0[1] += (((k0 + 1) as f64) * x0).max(s0.ln());
        k0 += 1;
    }
    ((k0 as f64) * s0).sqrt().max(a[[0, 1]]) + u.sum() + v0[1]
}
#[grad::differentiate]
fn g043(w: &Array1<f64>, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let m0 = w * w;
    let mut s0 = 0.75 * a[[1, 0]];
    for i in (0..4).rev().step_by(2) {
        if i >= 2 {
            break;
        }
        s0 = s0 - m0[(i + 1) % 3];
    }
    if (1.25 + m0[1]).sqrt() <= b.t().sum() {
        return a[[0, 3]] / s0 + s0 * b[[1, 3]];
    }
    let m2 = s0.exp() * b.sum_axis(Axis(0)) * (a.t().dot(w) - b.t().sum_axis(Axis(1)));
    s0 * f64::exp(s0 * s0) + m0.sum() + s0 + m2.sum()
}
#[grad::differentiate(dual_calls)]
fn g044(a: &Array2<f64>, x0: f64, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = {
            let r0 = v0[i].tanh();
            r0 * (x1 / x0)
        };
    }
    let t0 = h024(3.0 / a[[0, 2]].tanh());
    a[[0, 0]] + t0 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn g045(w: &Array1<f64>, x1: f64, a: &Array2<f64>, x0: f64) -> f64 {
    if a[[1, 0]] <= (if w[0] > x0 { w[2] } else { x1 }) * x0 {
        return self::h006(x1, x0, x0) + 1.25 * x0;
    }
    let mut s1 = {
        let r2 = a[[1, 0]];
        r2
    };
    for i in (0..a.nrows()).rev() {
        s1 /= w[i];
        s1
            += match i % 2 {
                0 => f64::abs(s1),
                _ => 0.25 * x1,
            };
        for j in (0..2).rev() {
            s1 = s1
                - (match j % 3 {
                    0 => x1,
                    1 => s1,
                    _ => x1,
                })
                    .tanh();
            if i >= 2 {
                return -h015(a[[j, i + 1]], w[i], x1);
            }
            s1 = s1 * -x0;
        }
    }
    ((if x0 <= 0.25 { s1 } else { s1 }) / a.dot(&a.t())).sum() + s1
}
#[grad::differentiate]
fn g046(
    w: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
    u: &Array1<f64>,
    x0: f64,
) -> f64 {
    let mut g0 = vec![vec![vec![0.0_f64; 3]; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j][j + 1] -= 1.25 + c[[1, 0]] - a.t().sum();
        }
    }
    let mut s2: f64 = 0.5;
    if -w[2] >= -u.dot(u) {
        s2 /= x0 + 3.0;
    }
    if -x0
        + ({
            let r2 = a[[0, 3]];
            r2 + s2
        }) >= w[1]
    {
        return (u[3] - 3.0).max(u[3]);
    }
    -(g0[1][1][2] * x0).sqrt() + g0[2][1][2] + s2
}
#[grad::differentiate]
fn g047(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let t0 = u[2];
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = (a[[i, i + 2]] * 1.5).cos();
    }
    let (t1, t2) = (f64::sin(x0), u[1]);
    x0 + t0 + z0.sum() + t1 + t2
}
#[grad::differentiate]
fn g048(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = u[1].min(0.25);
    let mut k0 = 0;
    let r0 = loop {
        s0 = s0 * (if s0 < s0.exp() { u.mean().unwrap() } else { s0 });
        s0 += s0;
        if k0 >= 2 {
            break a[[1, 0]].powi(2).sin();
        }
        k0 += 1;
        if k0 == 4 {
            break u[1] + s0.powf(1.5);
        }
    };
    let mut g0 = vec![vec![0.0_f64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j] -= u.mean().unwrap() * g0[j][i].sin();
        }
    }
    let mut s1 = r0;
    for i in 1..3 {
        if i >= 1 {
            continue;
        }
        s0 -= -s0;
        s1
            *= match k0 % 2 {
                0 => r0.powf(0.5),
                _ => b[[i, 0]],
            };
    }
    let mut g1 = vec![vec![vec![0.0_f64; 2]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g1[i][j][1] = g1[j][j][0];
        }
    }
    ((k0 + 1) as f64) * s0 + s0 + g0[2][2] + s1 + g1[2][2][1]
}
#[grad::differentiate]
fn g049(a: &Array2<f64>, u: &Array1<f64>, x1: f64) -> f64 {
    let t0 = u.dot(&a.t()).sum();
    let t0 = t0 - x1;
    let mut s2: f64 = 0.0;
    for _ in 1..2 {
        s2 = s2 - s2;
    }
    let t1 = u.dot(u).tanh();
    u[1] + t0 + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn g050(a: &Array2<f64>, x1: f64, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g0[i][j] = g0[j][j];
        }
    }
    let m0 = (u[1].tanh() / a.t().dot(a)).mean_axis(Axis(1)).unwrap();
    (x1 - self::h020(m0[1], x1)) / b[[1, 2]] + g0[3][3] + m0.sum()
}
#[grad::differentiate]
fn g051(u: &Array1<f64>, x0: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s0 += s0.max(a.mean().unwrap());
        k0 += 1;
    }
    let mut s1: f64 = 1.0;
    for i in (0..b.nrows()).step_by(2) {
        s1 = s1
            + (match i % 3 {
                0 => b.sum(),
                1 => 1.25 + s1,
                _ => (k0 as f64) * x0,
            });
    }
    let t0: f64 = -s0;
    b.mean_axis(Axis(1)).unwrap().powi(2).mean().unwrap() + u.sum() + s0 + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn g052(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let t0 = (a.t().mean_axis(Axis(0)).unwrap() * a.dot(u)).sum();
    let t1: f64 = t0 * self::h018(x0.sin(), a[[0, 0]], u[0].powi(-2));
    let mut s1: f64 = 1.0;
    for i in 0..a.ncols() {
        if i >= 2 {
            continue;
        }
        s1 += s1 * a[[i % 3, i % 2]];
    }
    let s2 = u[1];
    for i in 0..3 {
        if i >= 2 {
            s1
                += {
                    let r0 = match i % 2 {
                        0 => 2.0,
                        _ => t0,
                    };
                    r0 - s1
                };
            s1 -= -(x0 + s1);
        }
    }
    (u[1].powi(3) - (if t1 < 0.25 { t0 } else { a[[1, 1]] })) / 3.0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn g053(u: &Array1<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut s1 = h024(u[1]) / a[[0, 0]];
    for _ in 1..a.ncols() {
        s1 = s1 + (&a.t() * &a.t()).sum();
        s1 += (x0.exp() / u).dot(u);
    }
    let mut z1: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z1[i] = x0;
    }
    let mut s3 = -(a[[0, 2]] + 2.0);
    for i in 1..2 {
        if i >= 2 {
            break;
        }
        s3
            /= (match i % 3 {
                0 => z1[i],
                1 => a[[i % 2, i + 1]],
                _ => z1[i - 1],
            })
                .powf(if i >= 2 { s1 } else { s3 });
    }
    let s5: f64 = 0.0;
    for i in 0..3 {
        if i == 1 {
            continue;
        }
        s3 = s3 + s3 * 3.0;
    }
    let s6 = 2.0 * (s5 + x0);
    for i in 0..3 {
        s3 /= a.t().sum();
        s3 = s3 - (h011(s6, a[[1, i]]) + x0);
    }
    (if -a.t().mean().unwrap() <= s6 {
        (x0 + a[[1, 2]]) * self::h029(a[[0, 2]], s6, s6)
    } else {
        x0.min(s6 + u[0])
    }) + s1 + z1.sum() + s3
}
#[grad::differentiate]
fn g054(
    d: &Array2<f64>,
    u: &Array1<f64>,
    a: &Array2<f64>,
    b: &Array2<f64>,
    x0: f64,
) -> f64 {
    let mut s1: f64 = 1.0;
    for i in (0..a.ncols()).rev() {
        s1 = s1 + f64::exp(s1 * a[[i + 1, i]]);
    }
    if (if a[[0, 0]].tanh() > 0.75 {
        {
            let r3 = s1;
            r3 - b[[2, 0]]
        }
    } else {
        b[[2, 1]]
    }) >= 3.0
    {
        return (0.5 - x0).abs();
    }
    s1 + d.sum() + u.sum() + s1
}
#[grad::differentiate]
fn g055(x0: f64, c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = x0;
    let t1 = t0;
    let t2 = a[[0, 1]];
    let (t3, t4) = (t2.max(a[[0, 0]] * 3.0), c[[0, 0]]);
    t2 + t1 + t3 + t4
}
#[grad::differentiate]
fn g056(a: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = w[i] * w[i % 3] + w[i] * a[[(i + 1) % 3, i % 2]];
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = v0[i];
    }
    let mut s2 = a[[0, 1]];
    let mut k1 = 0;
    let (r1, r2) = loop {
        v0[1] *= a.t().sum();
        if k1 != 0 {
            break (a[[k1 % 3, (k1 + 1) % 2]].min(s2 * s2), a[[k1 % 3, 1]]);
        }
        s2 /= a[[k1 % 3, k1 % 2]];
        k1 += 1;
        if k1 == 4 {
            break ((s2 / s2).abs(), u[1]);
        }
    };
    s2 + z0.sum() + v0[2] + s2 + r1 + r2
}
#[grad::differentiate(dual_calls)]
fn g057(x0: f64, w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>, x1: f64) -> f64 {
    let s0: f64 = 1.0;
    for i in (0..a.nrows()).rev() {
        if h018(a[[i, i % 4]].tanh(), s0 * a[[(i + 1) % 3, i + 1]], u.dot(u)) > 3.0 {
            return -(0.75 * w[i]);
        }
    }
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s1 += h008(s0, 1.25 - s0, x1 * s0);
        k0 += 1;
    }
    x1.powi(-1) + x0 + s1
}
#[grad::differentiate]
fn g058(u: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let t0 = x0.powi(3);
    let t1 = (0.25 / a[[1, 2]]).max(x0);
    let mut s1: f64 = 1.0;
    if s1.powf(t1).sin() <= 0.75 {
        s1 += a.ln().sum();
    } else {
        s1 = s1 * x0;
    }
    let t2 = u[2];
    let (t3, t4) = ((a + a).sum(), t0);
    (&a.t() * (if t4 < 1.25 { u[2] } else { a[[1, 1]] }) * a.t().powi(-1)).sum() + s1
        + t2 + t3
}
#[grad::differentiate]
fn g059(
    w: &Array1<f64>,
    x0: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
    d: &Array2<f64>,
) -> f64 {
    let t0 = (if x0 <= u[2] { 2.0 } else { x0 }) + x0
        - (u[0] - a[[2, 0]]) * x0.min(c[[2, 0]]);
    let m0 = a * ((a + a) / u);
    (u - u.abs()).sum() + w.sum() + d.sum() + t0 + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g060(x0: f64, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = z0[i];
    }
    let t0 = h014(z0[1].powi(3), a[[0, 0]] * x0, f64::tanh(x0));
    a.t().sum() + c.sum() + z0.sum() + t0
}
#[grad::differentiate(dual_calls)]
fn g061(
    b: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    c: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let t0: f64 = (w / w).dot(&(w / w)).min((x0 - c[[1, 0]]) * x0.powi(-1));
    let mut s0: f64 = 0.5;
    for i in (0..3).step_by(2) {
        if t0 + (i as f64) > h018(w[i], x0, x0) {
            s0 = s0 + a.sum();
            s0 -= w[i] / 1.25;
        } else {
            s0 = s0
                - ({
                    let r0 = b.t().sum();
                    r0 - a[[2, i]]
                });
            s0 = s0 * f64::ln(x0).powi(2);
        }
    }
    a[[2, 0]] + s0
}
#[grad::differentiate]
fn g062(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..2 {
        s0 = s0 * (if i % 2 == 0 { s0 } else { a[[i - 1, i]] });
    }
    let m1 = a.powi(2) - (s0 + a[[0, 1]]);
    w[1] + s0 + m1.sum()
}
#[grad::differentiate]
fn g063(u: &Array1<f64>, w: &Array1<f64>, x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let (t0, t1) = (x0, x0.powf(-0.5) + -x0);
    let m0 = a.t().dot(a).dot(u).exp();
    a.dot(&a.t()).sum() + 2.0 + w.sum() + x1 + t0 + t1 + m0.sum()
}
#[grad::differentiate]
fn g064(u: &Array1<f64>, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let t0 = (1.5 + -u[3]).powf(2.5);
    let mut g0 = vec![[0.0_f64; 4]; 2];
    for i in 0..2 {
        for j in 0..4 {
            g0[i][j] += t0 / t0 + t0.sin();
        }
    }
    let mut g1 = vec![vec![0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g1[i][j] += a.t().abs().sum();
        }
    }
    let s4 = -t0;
    for i in (1..4).rev().step_by(2) {
        g1[i][i % 3] = ((i + 1) as f64) * a.t().sum();
    }
    t0 + c.sum() + g0[1][3] + g1[3][2] + s4
}
#[grad::differentiate]
fn g065(a: &Array2<f64>, c: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = w[0];
    let (t1, t2) = ((-t0).tanh(), a[[0, 1]]);
    t2.powf(t2.max(1.5)).powi(3) + c.sum() + t1
}
#[grad::differentiate]
fn g066(a: &Array2<f64>, x1: f64, x0: f64, c: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = {
        let r0 = if x1 > x0 { x1 } else { u[2] };
        r0.cos()
    };
    for i in (1..a.nrows()).step_by(2) {
        if i != 0 {
            return (u / x1.exp()).dot(u);
        }
        s0 += a[[i, i]].ln();
    }
    if x1 < 1.25 {
        return s0;
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = (if i >= 2 { s0 } else { x1 }) + z0[i].ln();
    }
    s0 + c.sum() + s0 + z0.sum()
}
#[grad::differentiate]
fn g067(u: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a[[1, i + 1]];
    }
    let mut z1: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z1[i] = (i as f64) * x1;
    }
    if x1.sin() > f64::abs(z1.mean().unwrap()) {
        return (x1 * x1).powi(3);
    }
    let (t0, t1) = (u[3], a[[2, 1]] * 2.0 + (1.5 + a[[0, 1]]));
    let t2 = z0.powi(-1).dot(&z0).abs();
    a.sum().min(1.5 * u[2].exp()) + z0.sum() + z1.sum() + t0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn g068(x0: f64, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let t0 = x0.powi(2).min(c[[1, 0]].powi(-2));
    let mut s1: f64 = 0.0;
    for i in 0..4 {
        if i == 2 {
            continue;
        }
        if i >= 2 {
            return c[[i % 2, i % 1]];
        }
        s1
            *= match i % 2 {
                0 => if x0 >= s1 { a[[1, i]] } else { a[[i % 2, i]] }
                _ => 0.5 * a[[1, i]],
            };
    }
    let mut s2: f64 = 0.0;
    for i in 0..a.nrows() {
        s1 = s1 * (if s2 > 1.5 { 0.5 - a[[i, i + 1]] } else { s2 });
        for j in (0..a.nrows()).rev() {
            s1
                += h008(
                    self::h004(x0, a[[1, 1]], s2),
                    s2,
                    if c[[j, i % 1]] > 0.5 { 1.5 } else { s1 },
                );
            s1
                += match i % 3 {
                    0 => s2,
                    1 => t0,
                    _ => s2,
                };
        }
        if i % 2 == 0 {
            s2 = s2 * (t0.powi(-1) - t0.min(a[[i, i]]));
            s2 = s2 - a.t().abs().mean().unwrap();
        } else {
            s2 = s2 + a.t().sum();
        }
    }
    let mut s3: f64 = 0.5;
    if ({
        let r0 = x0;
        r0 - c[[0, 0]]
    }) >= c[[1, 0]].sin()
    {
        s2 -= f64::sin(s3 - s1);
    } else {
        s3 *= x0.exp();
        s1 -= s3.powi(-1).abs();
    }
    h015((a[[0, 1]] + s2).ln(), s3 * c[[1, 0]].powf(0.5), a[[0, 1]].powi(3) * 3.0) + s1
        + s2 + s3
}
#[grad::differentiate]
fn g069(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = u.dot(&a.t()).mean().unwrap();
    }
    let mut s0 = a.mean_axis(Axis(1)).unwrap().sum();
    for (_, _) in v0.iter().zip(v0.iter()) {
        s0
            += {
                let r0 = a[[0, 1]];
                u[0] / r0
            };
        s0 += v0[0];
    }
    let s2: f64 = 0.0;
    for i in 0..a.nrows() {
        s0 += v0[i];
    }
    (a * a).exp().sum() + v0[2] + s0 + s2
}
mod checks {
    use super::*;
    use crate::{Companions, arr1, arr2, check};
    #[test]
    fn h000_gradient() {
        check(
            &points![[0.68], [-1.24]],
            Companions {
                f: &|p| h000(p[0]),
                grad: &|p| {
                    let (value, g0) = h000_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h000_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h000_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h000_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h000_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h001_gradient() {
        check(
            &points![[-0.74], [-0.63]],
            Companions {
                f: &|p| h001(p[0]),
                grad: &|p| {
                    let (value, g0) = h001_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h001_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h001_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h001_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h001_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h002_gradient() {
        check(
            &points![[-0.45, -1.37, 1.28], [1.25, 0.88, 1.15]],
            Companions {
                f: &|p| h002(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h002_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h002_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h002_graph(p[0], p[1], p[2]),
                names: &["y2", "y1", "y0"],
                jvp: &|p, t| h002_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h002_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h003_gradient() {
        check(
            &points![[-0.54, -0.73], [-0.6, -1.4]],
            Companions {
                f: &|p| h003(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h003_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h003_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h003_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h003_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h003_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h004_gradient() {
        check(
            &points![[0.66, 1.02, 0.38], [-1.09, -1.35, -0.62]],
            Companions {
                f: &|p| h004(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h004_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h004_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h004_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h004_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h004_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h005_gradient() {
        check(
            &points![[1.01, -0.28, 1.38], [-0.32, 0.54, -0.22]],
            Companions {
                f: &|p| h005(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h005_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h005_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h005_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h005_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h005_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h006_gradient() {
        check(
            &points![[-1.18, 0.33, 1.33], [-0.91, -1.14, -0.92]],
            Companions {
                f: &|p| h006(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h006_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h006_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h006_graph(p[0], p[1], p[2]),
                names: &["y0", "y2", "y1"],
                jvp: &|p, t| h006_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h006_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h007_gradient() {
        check(
            &points![[0.82, 1.2, 1.04, 0.88, -0.94], [0.29, 0.55, 1.3, 1.29, 0.57]],
            Companions {
                f: &|p| h007(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h007_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h007_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h007_graph(&p[0..4], p[4]),
                names: &["ys", "y0"],
                jvp: &|p, t| h007_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h007_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h008_gradient() {
        check(
            &points![[-1.11, 0.39, 1.08], [-1.17, 1.37, 0.37]],
            Companions {
                f: &|p| h008(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h008_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h008_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h008_graph(p[0], p[1], p[2]),
                names: &["y1", "y0", "y2"],
                jvp: &|p, t| h008_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h008_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h009_gradient() {
        check(
            &points![[-0.32, -0.46, 0.33], [-0.52, -0.46, -1.26]],
            Companions {
                f: &|p| h009(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h009_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h009_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h009_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h009_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h009_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h010_gradient() {
        check(
            &points![[1.38, -1.28, 1.3], [-0.64, -1.26, -0.88]],
            Companions {
                f: &|p| h010(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h010_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h010_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h010_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h010_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h010_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h011_gradient() {
        check(
            &points![[0.98, 0.47], [-0.58, -0.56]],
            Companions {
                f: &|p| h011(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h011_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h011_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h011_graph(p[0], p[1]),
                names: &["y0", "y1"],
                jvp: &|p, t| h011_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h011_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h012_gradient() {
        check(
            &points![
                [-0.27, 1.38, 0.89, 1.15, 0.58, -1.35], [0.37, -1.32, 1.11, 0.5, 0.64,
                1.02]
            ],
            Companions {
                f: &|p| h012(&p[0..3], p[3], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h012_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h012_vjp(&p[0..3], p[3], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h012_graph(&p[0..3], p[3], p[4], p[5]),
                names: &["ys", "y1", "y2", "y0"],
                jvp: &|p, t| h012_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    p[5],
                    &t[0..3],
                    t[3],
                    t[4],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h012_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            p[5],
                            &v[0..3],
                            v[3],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn h013_gradient() {
        check(
            &points![[-0.92, -0.56, 1.02, -0.26], [-1.33, -1.25, 1.15, 1.27]],
            Companions {
                f: &|p| h013(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = h013_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h013_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h013_graph(&p[0..3], p[3]),
                names: &["ys", "y0"],
                jvp: &|p, t| h013_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h013_hvp(
                            &p[0..3],
                            p[3],
                            &v[0..3],
                            v[3],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h014_gradient() {
        check(
            &points![[1.32, 0.48, -0.4], [0.75, 0.78, 0.28]],
            Companions {
                f: &|p| h014(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h014_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h014_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h014_graph(p[0], p[1], p[2]),
                names: &["y1", "y0", "y2"],
                jvp: &|p, t| h014_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h014_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h015_gradient() {
        check(
            &points![[0.95, -1.32, -0.59], [-1.18, -1.2, -0.47]],
            Companions {
                f: &|p| h015(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h015_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h015_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h015_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h015_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h015_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h016_gradient() {
        check(
            &points![
                [0.94, -0.89, 1.11, -0.36, 0.56], [1.26, -0.53, 0.75, 0.4, -1.01]
            ],
            Companions {
                f: &|p| h016(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h016_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h016_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h016_graph(&p[0..4], p[4]),
                names: &["ys", "y0"],
                jvp: &|p, t| h016_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h016_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h017_gradient() {
        check(
            &points![[0.74], [-1.22]],
            Companions {
                f: &|p| h017(p[0]),
                grad: &|p| {
                    let (value, g0) = h017_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h017_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h017_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h017_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h017_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h018_gradient() {
        check(
            &points![[-0.85, -0.3, -0.94], [0.5, -1.27, 1.06]],
            Companions {
                f: &|p| h018(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h018_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h018_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h018_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h018_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h018_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h019_gradient() {
        check(
            &points![[0.8], [-0.74]],
            Companions {
                f: &|p| h019(p[0]),
                grad: &|p| {
                    let (value, g0) = h019_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h019_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h019_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h019_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h019_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h020_gradient() {
        check(
            &points![[-0.94, 1.08], [0.48, -1.21]],
            Companions {
                f: &|p| h020(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h020_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h020_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h020_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h020_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h020_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn h021_gradient() {
        check(
            &points![[-0.71, 1.22, 0.33], [-1.35, 1.16, -0.85]],
            Companions {
                f: &|p| h021(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h021_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h021_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h021_graph(p[0], p[1], p[2]),
                names: &["y1", "y0", "y2"],
                jvp: &|p, t| h021_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h021_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h022_gradient() {
        check(
            &points![[-0.3, 0.2, 0.74], [0.69, 0.7, -1.33]],
            Companions {
                f: &|p| h022(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h022_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h022_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h022_graph(p[0], p[1], p[2]),
                names: &["y2", "y1", "y0"],
                jvp: &|p, t| h022_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h022_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h023_gradient() {
        check(
            &points![
                [-0.88, -1.12, 0.8, 0.83, -0.32, -1.18], [-0.5, -0.55, -0.64, 0.8,
                0.73, 1.36]
            ],
            Companions {
                f: &|p| h023(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h023_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h023_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h023_graph(p[0], p[1], &p[2..6]),
                names: &["y1", "y0", "ys"],
                jvp: &|p, t| h023_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h023_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            v[0],
                            v[1],
                            &v[2..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h024_gradient() {
        check(
            &points![[0.57], [0.66]],
            Companions {
                f: &|p| h024(p[0]),
                grad: &|p| {
                    let (value, g0) = h024_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h024_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h024_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h024_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h024_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h025_gradient() {
        check(
            &points![
                [0.52, -0.76, 1.06, 0.7, 0.24, 0.75, -1.4], [-0.5, -1.04, -0.74, -1.01, 0.25, -0.76, -1.0]
            ],
            Companions {
                f: &|p| h025(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h025_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h025_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h025_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["y2", "y1", "y0", "ys"],
                jvp: &|p, t| h025_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &p[3..7],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h025_hvp(
                            p[0],
                            p[1],
                            p[2],
                            &p[3..7],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn h026_gradient() {
        check(
            &points![[-0.94, 0.5, 0.9], [0.31, 0.9, -1.28]],
            Companions {
                f: &|p| h026(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h026_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h026_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h026_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h026_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h026_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h027_gradient() {
        check(
            &points![
                [-1.29, 1.05, -0.78, 0.94, -0.64, 0.28, 0.65], [-0.57, 0.75, -1.13,
                0.98, -0.61, -0.81, -0.37]
            ],
            Companions {
                f: &|p| h027(p[0], &p[1..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h027_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h027_vjp(p[0], &p[1..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h027_graph(p[0], &p[1..5], p[5], p[6]),
                names: &["y1", "ys", "y0", "y2"],
                jvp: &|p, t| h027_jvp(
                    p[0],
                    &p[1..5],
                    p[5],
                    p[6],
                    t[0],
                    &t[1..5],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h027_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            p[6],
                            v[0],
                            &v[1..5],
                            v[5],
                            v[6],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn h028_gradient() {
        check(
            &points![
                [-0.23, -0.73, -0.9, 0.95, -0.5, -0.96, -0.32], [0.93, -0.78,
                0.59, 1.35, -0.78, -1.13, 0.6]
            ],
            Companions {
                f: &|p| h028(p[0], p[1], &p[2..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h028_grad(
                        p[0],
                        p[1],
                        &p[2..6],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h028_vjp(p[0], p[1], &p[2..6], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h028_graph(p[0], p[1], &p[2..6], p[6]),
                names: &["y2", "y0", "ys", "y1"],
                jvp: &|p, t| h028_jvp(
                    p[0],
                    p[1],
                    &p[2..6],
                    p[6],
                    t[0],
                    t[1],
                    &t[2..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h028_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            p[6],
                            v[0],
                            v[1],
                            &v[2..6],
                            v[6],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn h029_gradient() {
        check(
            &points![[0.97, -0.52, -0.48], [1.11, 0.81, 0.53]],
            Companions {
                f: &|p| h029(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h029_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h029_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h029_graph(p[0], p[1], p[2]),
                names: &["y0", "y2", "y1"],
                jvp: &|p, t| h029_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h029_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f000_gradient() {
        check(
            &points![
                [0.27, 0.46, -0.49, -1.38, -0.86, -1.27, -0.75, -1.08], [-0.5, -0.6, 1.3, -0.8, -0.73, 0.51, 0.61, 0.42]
            ],
            Companions {
                f: &|p| f000(p[0], p[1], 2, &p[2..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f000_grad(
                        p[0],
                        p[1],
                        2,
                        &p[2..7],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f000_vjp(p[0], p[1], 2, &p[2..7], p[7]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f000_graph(p[0], p[1], 2, &p[2..7], p[7]),
                names: &["x2", "x1", "xs", "x0"],
                jvp: &|p, t| f000_jvp(
                    p[0],
                    p[1],
                    2,
                    &p[2..7],
                    p[7],
                    t[0],
                    t[1],
                    &t[2..7],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f000_hvp(
                            p[0],
                            p[1],
                            2,
                            &p[2..7],
                            p[7],
                            v[0],
                            v[1],
                            &v[2..7],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f001_gradient() {
        check(
            &points![
                [-0.34, 0.86, -1.35, 0.38, -1.32, -1.33], [0.86, -1.37, -1.14, -0.65, 0.58, -0.66]
            ],
            Companions {
                f: &|p| f001(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f001_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f001_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f001_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f001_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f001_hvp(
                            &p[0..5],
                            p[5],
                            &v[0..5],
                            v[5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f002_gradient() {
        check(
            &points![
                [-1.38, -1.32, 1.06, 0.67, -0.9, 0.95], [0.48, -0.78, -0.49, 0.86, -0.83, -0.95]
            ],
            Companions {
                f: &|p| f002(&p[0..3], p[3], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f002_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f002_vjp(&p[0..3], p[3], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f002_graph(&p[0..3], p[3], p[4], p[5]),
                names: &["xs", "x2", "x1", "x0"],
                jvp: &|p, t| f002_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    p[5],
                    &t[0..3],
                    t[3],
                    t[4],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f002_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            p[5],
                            &v[0..3],
                            v[3],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f003_gradient() {
        check(
            &points![[0.71, 1.05, -1.3, 0.75], [0.85, -1.29, -0.27, 1.38]],
            Companions {
                f: &|p| f003(p[0], &p[1..4], 4),
                grad: &|p| {
                    let (value, (g0, g1)) = f003_grad(p[0], &p[1..4], 4);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f003_vjp(p[0], &p[1..4], 4);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f003_graph(p[0], &p[1..4], 4),
                names: &["x0", "xs"],
                jvp: &|p, t| f003_jvp(p[0], &p[1..4], 4, t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f003_hvp(
                            p[0],
                            &p[1..4],
                            4,
                            v[0],
                            &v[1..4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f004_gradient() {
        check(
            &points![
                [-0.92, 1.04, -0.85, 0.83, -0.42], [-1.26, -1.2, 0.86, -0.63, -1.24]
            ],
            Companions {
                f: &|p| f004(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f004_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f004_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f004_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f004_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f004_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f005_gradient() {
        check(
            &points![
                [0.61, -0.68, -0.24, -0.63, 0.31, -0.76, -1.2, 1.12], [0.85, 0.82,
                1.24, -0.45, 1.21, -0.98, 0.3, 0.53]
            ],
            Companions {
                f: &|p| f005(p[0], &p[1..4], &p[4..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f005_grad(
                        p[0],
                        &p[1..4],
                        &p[4..7],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f005_vjp(p[0], &p[1..4], &p[4..7], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f005_graph(p[0], &p[1..4], &p[4..7], p[7]),
                names: &["x0", "xs", "ys", "x1"],
                jvp: &|p, t| f005_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..7],
                    p[7],
                    t[0],
                    &t[1..4],
                    &t[4..7],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f005_hvp(
                            p[0],
                            &p[1..4],
                            &p[4..7],
                            p[7],
                            v[0],
                            &v[1..4],
                            &v[4..7],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f006_gradient() {
        check(
            &points![[0.56, 1.34], [1.14, 1.4]],
            Companions {
                f: &|p| f006(p[0], 4, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f006_grad(p[0], 4, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f006_vjp(p[0], 4, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f006_graph(p[0], 4, p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f006_jvp(p[0], 4, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f006_hvp(
                            p[0],
                            4,
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f007_gradient() {
        check(
            &points![
                [-0.5, -1.27, -0.28, -0.67, -1.12, 0.62, 1.23], [-0.55, -1.37, -0.36, 0.4, 0.33, 1.35, -0.26]
            ],
            Companions {
                f: &|p| f007(p[0], &p[1..3], p[3], &p[4..7], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f007_grad(
                        p[0],
                        &p[1..3],
                        p[3],
                        &p[4..7],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f007_vjp(p[0], &p[1..3], p[3], &p[4..7], 2);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f007_graph(p[0], &p[1..3], p[3], &p[4..7], 2),
                names: &["x1", "ys", "x0", "xs"],
                jvp: &|p, t| f007_jvp(
                    p[0],
                    &p[1..3],
                    p[3],
                    &p[4..7],
                    2,
                    t[0],
                    &t[1..3],
                    t[3],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f007_hvp(
                            p[0],
                            &p[1..3],
                            p[3],
                            &p[4..7],
                            2,
                            v[0],
                            &v[1..3],
                            v[3],
                            &v[4..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f008_gradient() {
        check(
            &points![[-1.03, 1.35], [-0.37, 0.38]],
            Companions {
                f: &|p| f008(p[0], p[1], 2),
                grad: &|p| {
                    let (value, (g0, g1)) = f008_grad(p[0], p[1], 2);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f008_vjp(p[0], p[1], 2);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f008_graph(p[0], p[1], 2),
                names: &["x0", "x1"],
                jvp: &|p, t| f008_jvp(p[0], p[1], 2, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f008_hvp(
                            p[0],
                            p[1],
                            2,
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f009_gradient() {
        check(
            &points![
                [0.45, -0.85, 0.75, -0.81, 0.99], [0.56, 1.06, -1.25, 0.75, 1.08]
            ],
            Companions {
                f: &|p| f009(&p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f009_grad(&p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f009_vjp(&p[0..3], p[3], p[4]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f009_graph(&p[0..3], p[3], p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f009_jvp(&p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f009_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            &v[0..3],
                            v[3],
                            v[4],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f010_gradient() {
        check(
            &points![[0.77], [-0.67]],
            Companions {
                f: &|p| f010(p[0]),
                grad: &|p| {
                    let (value, g0) = f010_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f010_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f010_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f010_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f010_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f011_gradient() {
        check(
            &points![
                [-0.91, 0.95, -0.43, 1.33, 1.11, -0.79], [-0.79, 0.37, -0.98, -0.2,
                1.13, 0.95]
            ],
            Companions {
                f: &|p| f011(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f011_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f011_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f011_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f011_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f011_hvp(
                            p[0],
                            &p[1..6],
                            v[0],
                            &v[1..6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f012_gradient() {
        check(
            &points![[1.28], [1.22]],
            Companions {
                f: &|p| f012(p[0], 4),
                grad: &|p| {
                    let (value, g0) = f012_grad(p[0], 4);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f012_vjp(p[0], 4);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f012_graph(p[0], 4),
                names: &["x0"],
                jvp: &|p, t| f012_jvp(p[0], 4, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f012_hvp(p[0], 4, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f013_gradient() {
        check(
            &points![[-1.38, -0.31, 0.74], [-0.46, -1.15, 1.01]],
            Companions {
                f: &|p| f013(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f013_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f013_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f013_graph(p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f013_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f013_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f014_gradient() {
        check(
            &points![
                [0.2, -0.31, -1.29, 1.21, -0.51, 0.47, -1.02, -0.6, 1.21, 0.46], [-0.32, -0.26, -0.9, 1.32, 1.39, -0.64, 0.57, 1.28, -0.85, -1.16]
            ],
            Companions {
                f: &|p| f014(&p[0..5], p[5], p[6], &p[7..9], p[9], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f014_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        &p[7..9],
                        p[9],
                        4,
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f014_vjp(
                        &p[0..5],
                        p[5],
                        p[6],
                        &p[7..9],
                        p[9],
                        4,
                    );
                    let (g0, g1, g2, g3, g4, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f014_graph(&p[0..5], p[5], p[6], &p[7..9], p[9], 4),
                names: &["xs", "x2", "x0", "ys", "x1"],
                jvp: &|p, t| f014_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    &p[7..9],
                    p[9],
                    4,
                    &t[0..5],
                    t[5],
                    t[6],
                    &t[7..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f014_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            &p[7..9],
                            p[9],
                            4,
                            &v[0..5],
                            v[5],
                            v[6],
                            &v[7..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f015_gradient() {
        check(
            &points![[-1.07, -1.21, 0.89], [-0.26, -0.52, -1.01]],
            Companions {
                f: &|p| f015(p[0], p[1], 4, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f015_grad(p[0], p[1], 4, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f015_vjp(p[0], p[1], 4, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f015_graph(p[0], p[1], 4, p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f015_jvp(p[0], p[1], 4, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f015_hvp(
                            p[0],
                            p[1],
                            4,
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f016_gradient() {
        check(
            &points![
                [0.94, 1.08, -0.51, -0.83, -0.39, 0.89, 0.34, 1.06], [-1.07, 0.22,
                0.35, 1.04, 1.29, -0.51, 1.34, 1.06]
            ],
            Companions {
                f: &|p| f016(3, &p[0..5], p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f016_grad(
                        3,
                        &p[0..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f016_vjp(3, &p[0..5], p[5], p[6], p[7]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f016_graph(3, &p[0..5], p[5], p[6], p[7]),
                names: &["xs", "x2", "x0", "x1"],
                jvp: &|p, t| f016_jvp(
                    3,
                    &p[0..5],
                    p[5],
                    p[6],
                    p[7],
                    &t[0..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f016_hvp(
                            3,
                            &p[0..5],
                            p[5],
                            p[6],
                            p[7],
                            &v[0..5],
                            v[5],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f017_gradient() {
        check(
            &points![[0.79, 0.77, -1.04, -0.69], [-0.37, -0.89, -0.38, 1.07]],
            Companions {
                f: &|p| f017(3, p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f017_grad(3, p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f017_vjp(3, p[0], &p[1..4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f017_graph(3, p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f017_jvp(3, p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f017_hvp(
                            3,
                            p[0],
                            &p[1..4],
                            v[0],
                            &v[1..4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f018_gradient() {
        check(
            &points![[1.08, -1.24, 1.13], [1.23, -1.36, -1.3]],
            Companions {
                f: &|p| f018(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f018_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f018_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f018_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f018_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f018_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f019_gradient() {
        check(
            &points![[-1.21, 0.56], [-0.57, 0.98]],
            Companions {
                f: &|p| f019(p[0], 3, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f019_grad(p[0], 3, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f019_vjp(p[0], 3, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f019_graph(p[0], 3, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f019_jvp(p[0], 3, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f019_hvp(
                            p[0],
                            3,
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f020_gradient() {
        check(
            &points![
                [-1.22, -0.44, 0.96, 0.28, -0.58, 1.31, -1.23, -0.98], [-1.31,
                0.26, 0.33, -1.29, 0.47, 0.9, 0.72, -0.41]
            ],
            Companions {
                f: &|p| f020(&p[0..3], 3, &p[3..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f020_grad(&p[0..3], 3, &p[3..7], p[7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f020_vjp(&p[0..3], 3, &p[3..7], p[7]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f020_graph(&p[0..3], 3, &p[3..7], p[7]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f020_jvp(
                    &p[0..3],
                    3,
                    &p[3..7],
                    p[7],
                    &t[0..3],
                    &t[3..7],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f020_hvp(
                            &p[0..3],
                            3,
                            &p[3..7],
                            p[7],
                            &v[0..3],
                            &v[3..7],
                            v[7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f021_gradient() {
        check(
            &points![
                [-0.28, 1.1, -1.19, -0.4, 0.81, 0.62, 1.01, 0.56, -1.05], [-0.33, -0.29, -1.18, 1.16, 0.28, -0.61, -0.68, 0.83, 1.38]
            ],
            Companions {
                f: &|p| f021(p[0], &p[1..4], p[4], &p[5..8], p[8], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f021_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..8],
                        p[8],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f021_vjp(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..8],
                        p[8],
                        2,
                    );
                    let (g0, g1, g2, g3, g4, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f021_graph(p[0], &p[1..4], p[4], &p[5..8], p[8], 2),
                names: &["x2", "ys", "x1", "xs", "x0"],
                jvp: &|p, t| f021_jvp(
                    p[0],
                    &p[1..4],
                    p[4],
                    &p[5..8],
                    p[8],
                    2,
                    t[0],
                    &t[1..4],
                    t[4],
                    &t[5..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f021_hvp(
                            p[0],
                            &p[1..4],
                            p[4],
                            &p[5..8],
                            p[8],
                            2,
                            v[0],
                            &v[1..4],
                            v[4],
                            &v[5..8],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f022_gradient() {
        check(
            &points![[0.69], [-0.38]],
            Companions {
                f: &|p| f022(p[0]),
                grad: &|p| {
                    let (value, g0) = f022_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f022_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f022_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f022_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f022_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f023_gradient() {
        check(
            &points![[-1.25, 1.2], [-0.87, -1.16]],
            Companions {
                f: &|p| f023(p[0], p[1], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f023_grad(p[0], p[1], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f023_vjp(p[0], p[1], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f023_graph(p[0], p[1], 3),
                names: &["x0", "x1"],
                jvp: &|p, t| f023_jvp(p[0], p[1], 3, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f023_hvp(
                            p[0],
                            p[1],
                            3,
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f024_gradient() {
        check(
            &points![
                [-0.88, 0.71, -1.31, 1.17, 1.31, 0.85, 1.38], [0.56, 1.07, -0.26,
                1.32, -1.08, 1.31, -0.34]
            ],
            Companions {
                f: &|p| f024(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f024_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f024_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f024_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f024_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f024_hvp(
                            p[0],
                            p[1],
                            &p[2..7],
                            v[0],
                            v[1],
                            &v[2..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f025_gradient() {
        check(
            &points![
                [-1.13, 0.86, 0.47, -1.15, 0.78, -0.56], [0.41, -0.51, -0.8, 1.02, -0.91, 0.22]
            ],
            Companions {
                f: &|p| f025(4, &p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f025_grad(4, &p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f025_vjp(4, &p[0..5], p[5]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f025_graph(4, &p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f025_jvp(4, &p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f025_hvp(
                            4,
                            &p[0..5],
                            p[5],
                            &v[0..5],
                            v[5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f026_gradient() {
        check(
            &points![
                [-0.91, -0.32, -1.35, 1.07, 1.17, -1.05, 0.88, -0.93], [1.02, 0.6,
                0.34, -0.5, 0.85, 1.17, -1.21, -1.35]
            ],
            Companions {
                f: &|p| f026(&p[0..5], 4, p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f026_grad(
                        &p[0..5],
                        4,
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f026_vjp(&p[0..5], 4, p[5], p[6], p[7]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f026_graph(&p[0..5], 4, p[5], p[6], p[7]),
                names: &["xs", "x0", "x2", "x1"],
                jvp: &|p, t| f026_jvp(
                    &p[0..5],
                    4,
                    p[5],
                    p[6],
                    p[7],
                    &t[0..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f026_hvp(
                            &p[0..5],
                            4,
                            p[5],
                            p[6],
                            p[7],
                            &v[0..5],
                            v[5],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f027_gradient() {
        check(
            &points![
                [1.21, 0.74, 0.61, 0.46, 0.5, 1.07], [-0.87, -1.0, -0.31, 0.44, -0.59, 1.14]
            ],
            Companions {
                f: &|p| f027(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f027_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f027_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f027_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f027_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f027_hvp(
                            p[0],
                            &p[1..6],
                            v[0],
                            &v[1..6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f028_gradient() {
        check(
            &points![[1.3, -0.73, -1.32, -0.66], [-1.22, -0.36, 0.36, -0.51]],
            Companions {
                f: &|p| f028(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f028_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f028_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f028_graph(p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f028_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f028_hvp(
                            p[0],
                            &p[1..4],
                            v[0],
                            &v[1..4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f029_gradient() {
        check(
            &points![
                [-0.86, -0.95, 0.86, -1.28, -0.3, -0.54, -0.62], [-0.66, -0.75, -0.28, 1.37, 0.32, -1.23, 0.62]
            ],
            Companions {
                f: &|p| f029(&p[0..5], p[5], p[6], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f029_grad(&p[0..5], p[5], p[6], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f029_vjp(&p[0..5], p[5], p[6], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f029_graph(&p[0..5], p[5], p[6], 2),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f029_jvp(&p[0..5], p[5], p[6], 2, &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f029_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            2,
                            &v[0..5],
                            v[5],
                            v[6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f030_gradient() {
        check(
            &points![[-0.52, 0.71, -0.98], [0.52, 1.31, -0.63]],
            Companions {
                f: &|p| f030(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f030_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f030_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f030_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f030_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f030_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f031_gradient() {
        check(
            &points![
                [-0.89, 0.77, 1.34, 1.37, -0.89, 0.49], [-1.16, -1.3, 0.37, -1.37, -0.46, -0.42]
            ],
            Companions {
                f: &|p| f031(2, p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f031_grad(
                        2,
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f031_vjp(2, p[0], &p[1..4], p[4], p[5]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f031_graph(2, p[0], &p[1..4], p[4], p[5]),
                names: &["x0", "xs", "x2", "x1"],
                jvp: &|p, t| f031_jvp(
                    2,
                    p[0],
                    &p[1..4],
                    p[4],
                    p[5],
                    t[0],
                    &t[1..4],
                    t[4],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f031_hvp(
                            2,
                            p[0],
                            &p[1..4],
                            p[4],
                            p[5],
                            v[0],
                            &v[1..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f032_gradient() {
        check(
            &points![
                [1.01, -0.34, 0.79, -0.42, -0.35, -0.36, -1.28, -0.92, -0.41,
                0.9], [0.92, 0.29, -0.62, -0.88, 0.67, 0.31, -0.69, -0.98, 0.2, 1.02]
            ],
            Companions {
                f: &|p| f032(&p[0..3], &p[3..7], p[7], p[8], p[9], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f032_grad(
                        &p[0..3],
                        &p[3..7],
                        p[7],
                        p[8],
                        p[9],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f032_vjp(
                        &p[0..3],
                        &p[3..7],
                        p[7],
                        p[8],
                        p[9],
                        2,
                    );
                    let (g0, g1, g2, g3, g4, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f032_graph(&p[0..3], &p[3..7], p[7], p[8], p[9], 2),
                names: &["xs", "ys", "x0", "x2", "x1"],
                jvp: &|p, t| f032_jvp(
                    &p[0..3],
                    &p[3..7],
                    p[7],
                    p[8],
                    p[9],
                    2,
                    &t[0..3],
                    &t[3..7],
                    t[7],
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f032_hvp(
                            &p[0..3],
                            &p[3..7],
                            p[7],
                            p[8],
                            p[9],
                            2,
                            &v[0..3],
                            &v[3..7],
                            v[7],
                            v[8],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f033_gradient() {
        check(
            &points![
                [-0.32, -0.79, -0.88, 0.89, -0.69, 0.73, -1.21, 0.74, -0.45],
                [1.26, 0.64, -1.15, -0.69, 1.14, 0.91, -0.25, -0.78, -1.32]
            ],
            Companions {
                f: &|p| f033(&p[0..2], &p[2..7], p[7], p[8], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f033_grad(
                        &p[0..2],
                        &p[2..7],
                        p[7],
                        p[8],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f033_vjp(&p[0..2], &p[2..7], p[7], p[8], 2);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f033_graph(&p[0..2], &p[2..7], p[7], p[8], 2),
                names: &["ys", "xs", "x1", "x0"],
                jvp: &|p, t| f033_jvp(
                    &p[0..2],
                    &p[2..7],
                    p[7],
                    p[8],
                    2,
                    &t[0..2],
                    &t[2..7],
                    t[7],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f033_hvp(
                            &p[0..2],
                            &p[2..7],
                            p[7],
                            p[8],
                            2,
                            &v[0..2],
                            &v[2..7],
                            v[7],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f034_gradient() {
        check(
            &points![
                [0.61, 0.81, -0.52, 0.45, 0.5, -0.53, -0.93, -0.36], [0.84, -0.26, -0.65, 0.89, 1.22, -1.26, -1.39, -1.16]
            ],
            Companions {
                f: &|p| f034(&p[0..5], p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f034_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f034_vjp(&p[0..5], p[5], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f034_graph(&p[0..5], p[5], p[6], p[7]),
                names: &["xs", "x2", "x0", "x1"],
                jvp: &|p, t| f034_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    p[7],
                    &t[0..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f034_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            p[7],
                            &v[0..5],
                            v[5],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f035_gradient() {
        check(
            &points![[0.68, -1.33, 0.82], [0.29, -0.78, -0.9]],
            Companions {
                f: &|p| f035(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f035_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f035_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f035_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f035_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f035_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f036_gradient() {
        check(
            &points![[0.96, 1.02, -0.27], [0.92, -1.37, 0.78]],
            Companions {
                f: &|p| f036(p[0], 4, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f036_grad(p[0], 4, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f036_vjp(p[0], 4, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f036_graph(p[0], 4, p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f036_jvp(p[0], 4, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f036_hvp(
                            p[0],
                            4,
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f037_gradient() {
        check(
            &points![[0.49, -0.6], [-0.86, -1.35]],
            Companions {
                f: &|p| f037(4, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f037_grad(4, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f037_vjp(4, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f037_graph(4, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f037_jvp(4, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f037_hvp(
                            4,
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f038_gradient() {
        check(
            &points![[0.99, -0.48, 1.3], [-0.23, -0.78, -0.57]],
            Companions {
                f: &|p| f038(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f038_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f038_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f038_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f038_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f038_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f039_gradient() {
        check(
            &points![[-1.39, 0.59, -0.77], [-0.54, 1.35, 1.3]],
            Companions {
                f: &|p| f039(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f039_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f039_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f039_graph(p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f039_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f039_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f040_gradient() {
        check(
            &points![
                [0.8, -1.02, -0.87, 0.2, -0.5, -1.12, 0.29, 1.08, 1.07, 0.45, -1.02], [0.81, 0.93, -0.38, 0.94, 0.83, 0.46, 0.56, -0.2, 1.02, 0.21,
                0.67]
            ],
            Companions {
                f: &|p| f040(p[0], &p[1..6], p[6], &p[7..10], p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f040_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        &p[7..10],
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f040_vjp(
                        p[0],
                        &p[1..6],
                        p[6],
                        &p[7..10],
                        p[10],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f040_graph(p[0], &p[1..6], p[6], &p[7..10], p[10]),
                names: &["x1", "xs", "x2", "ys", "x0"],
                jvp: &|p, t| f040_jvp(
                    p[0],
                    &p[1..6],
                    p[6],
                    &p[7..10],
                    p[10],
                    t[0],
                    &t[1..6],
                    t[6],
                    &t[7..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f040_hvp(
                            p[0],
                            &p[1..6],
                            p[6],
                            &p[7..10],
                            p[10],
                            v[0],
                            &v[1..6],
                            v[6],
                            &v[7..10],
                            v[10],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f041_gradient() {
        check(
            &points![
                [0.24, -0.54, -0.24, -0.31, 1.23, 1.04], [-0.34, -0.24, 0.38, 0.29,
                0.55, -0.31]
            ],
            Companions {
                f: &|p| f041(p[0], &p[1..3], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f041_grad(p[0], &p[1..3], &p[3..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f041_vjp(p[0], &p[1..3], &p[3..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f041_graph(p[0], &p[1..3], &p[3..6]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f041_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..6],
                    t[0],
                    &t[1..3],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f041_hvp(
                            p[0],
                            &p[1..3],
                            &p[3..6],
                            v[0],
                            &v[1..3],
                            &v[3..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f042_gradient() {
        check(
            &points![[1.12, 1.01], [-0.44, -1.24]],
            Companions {
                f: &|p| f042(3, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f042_grad(3, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f042_vjp(3, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f042_graph(3, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f042_jvp(3, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f042_hvp(
                            3,
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f043_gradient() {
        check(
            &points![
                [0.27, -0.75, -0.68, 0.69, 0.4], [0.34, -1.37, 0.45, -0.88, -0.66]
            ],
            Companions {
                f: &|p| f043(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f043_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f043_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f043_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f043_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f043_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            v[0],
                            v[1],
                            &v[2..5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f044_gradient() {
        check(
            &points![[-0.21, 0.8, -0.51], [-0.89, 1.06, 0.74]],
            Companions {
                f: &|p| f044(p[0], p[1], 4, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f044_grad(p[0], p[1], 4, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f044_vjp(p[0], p[1], 4, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f044_graph(p[0], p[1], 4, p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f044_jvp(p[0], p[1], 4, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f044_hvp(
                            p[0],
                            p[1],
                            4,
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f045_gradient() {
        check(
            &points![[1.34, -0.59, -1.34], [-0.31, 0.82, -0.77]],
            Companions {
                f: &|p| f045(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f045_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f045_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f045_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f045_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f045_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f046_gradient() {
        check(
            &points![[0.94], [-0.91]],
            Companions {
                f: &|p| f046(p[0], 3),
                grad: &|p| {
                    let (value, g0) = f046_grad(p[0], 3);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f046_vjp(p[0], 3);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f046_graph(p[0], 3),
                names: &["x0"],
                jvp: &|p, t| f046_jvp(p[0], 3, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f046_hvp(p[0], 3, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f047_gradient() {
        check(
            &points![
                [-0.84, -0.38, 0.77, -0.45, -1.3, 1.38], [-0.62, -0.95, 0.81, 0.91,
                1.14, 0.24]
            ],
            Companions {
                f: &|p| f047(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f047_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f047_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f047_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f047_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f047_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            v[0],
                            v[1],
                            &v[2..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f048_gradient() {
        check(
            &points![
                [0.92, -0.65, 0.48, 0.41, -0.31, 0.48, 1.09, -1.37, -0.47, -1.04],
                [-1.04, 0.59, -0.29, 0.97, 1.39, -0.5, -0.34, 0.37, 0.5, -1.35]
            ],
            Companions {
                f: &|p| f048(3, p[0], &p[1..5], &p[5..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f048_grad(3, p[0], &p[1..5], &p[5..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f048_vjp(3, p[0], &p[1..5], &p[5..10]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f048_graph(3, p[0], &p[1..5], &p[5..10]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f048_jvp(
                    3,
                    p[0],
                    &p[1..5],
                    &p[5..10],
                    t[0],
                    &t[1..5],
                    &t[5..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f048_hvp(
                            3,
                            p[0],
                            &p[1..5],
                            &p[5..10],
                            v[0],
                            &v[1..5],
                            &v[5..10],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f049_gradient() {
        check(
            &points![[0.89, 0.5, 0.64, 0.64, 0.88], [-1.1, 1.24, -0.85, -0.83, 0.72]],
            Companions {
                f: &|p| f049(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f049_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f049_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f049_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f049_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f049_hvp(
                            p[0],
                            &p[1..5],
                            v[0],
                            &v[1..5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f050_gradient() {
        check(
            &points![
                [-1.37, -0.55, 0.33, 0.64, -0.34, 0.81, -0.44], [-1.37, 0.62, -0.69, -1.14, -0.38, 0.27, 1.19]
            ],
            Companions {
                f: &|p| f050(p[0], p[1], 2, p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f050_grad(
                        p[0],
                        p[1],
                        2,
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f050_vjp(p[0], p[1], 2, p[2], &p[3..7]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f050_graph(p[0], p[1], 2, p[2], &p[3..7]),
                names: &["x0", "x2", "x1", "xs"],
                jvp: &|p, t| f050_jvp(
                    p[0],
                    p[1],
                    2,
                    p[2],
                    &p[3..7],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f050_hvp(
                            p[0],
                            p[1],
                            2,
                            p[2],
                            &p[3..7],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f051_gradient() {
        check(
            &points![
                [1.05, -0.25, 0.23, 0.47, 0.3], [1.18, 0.45, -1.11, -0.54, 0.84]
            ],
            Companions {
                f: &|p| f051(&p[0..3], p[3], 2, p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f051_grad(&p[0..3], p[3], 2, p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f051_vjp(&p[0..3], p[3], 2, p[4]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f051_graph(&p[0..3], p[3], 2, p[4]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f051_jvp(&p[0..3], p[3], 2, p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f051_hvp(
                            &p[0..3],
                            p[3],
                            2,
                            p[4],
                            &v[0..3],
                            v[3],
                            v[4],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f052_gradient() {
        check(
            &points![
                [0.57, 1.26, 0.6, -0.66, 0.99, 1.19, -0.49, 1.01, -0.97, 1.24], [-1.12, 1.03, -0.55, -1.4, 0.99, -1.04, -0.72, -0.71, -0.9, 0.74]
            ],
            Companions {
                f: &|p| f052(p[0], p[1], &p[2..6], &p[6..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f052_grad(
                        p[0],
                        p[1],
                        &p[2..6],
                        &p[6..10],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f052_vjp(p[0], p[1], &p[2..6], &p[6..10]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f052_graph(p[0], p[1], &p[2..6], &p[6..10]),
                names: &["x1", "x0", "ys", "xs"],
                jvp: &|p, t| f052_jvp(
                    p[0],
                    p[1],
                    &p[2..6],
                    &p[6..10],
                    t[0],
                    t[1],
                    &t[2..6],
                    &t[6..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f052_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            &p[6..10],
                            v[0],
                            v[1],
                            &v[2..6],
                            &v[6..10],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f053_gradient() {
        check(
            &points![
                [0.64, 0.46, -1.26, -0.29, -0.7, -1.27], [0.87, -1.37, -0.26, -0.58, -0.85, 0.81]
            ],
            Companions {
                f: &|p| f053(p[0], 3, &p[1..3], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f053_grad(p[0], 3, &p[1..3], &p[3..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f053_vjp(p[0], 3, &p[1..3], &p[3..6]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f053_graph(p[0], 3, &p[1..3], &p[3..6]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f053_jvp(
                    p[0],
                    3,
                    &p[1..3],
                    &p[3..6],
                    t[0],
                    &t[1..3],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f053_hvp(
                            p[0],
                            3,
                            &p[1..3],
                            &p[3..6],
                            v[0],
                            &v[1..3],
                            &v[3..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f054_gradient() {
        check(
            &points![
                [-0.3, 1.16, 0.28, 0.63, 0.81], [-0.85, -0.71, -1.34, -0.65, -1.08]
            ],
            Companions {
                f: &|p| f054(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f054_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f054_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f054_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f054_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f054_hvp(
                            p[0],
                            &p[1..5],
                            v[0],
                            &v[1..5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f055_gradient() {
        check(
            &points![
                [1.35, -1.18, -0.42, 0.43, -0.71, 1.13, 0.24], [-1.36, -0.34, -0.64, 0.73, 0.9, -1.33, 0.65]
            ],
            Companions {
                f: &|p| f055(p[0], &p[1..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f055_grad(p[0], &p[1..6], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f055_vjp(p[0], &p[1..6], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f055_graph(p[0], &p[1..6], p[6]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f055_jvp(p[0], &p[1..6], p[6], t[0], &t[1..6], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f055_hvp(
                            p[0],
                            &p[1..6],
                            p[6],
                            v[0],
                            &v[1..6],
                            v[6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f056_gradient() {
        check(
            &points![[-0.64, 0.53, 1.25], [0.61, 1.06, 1.13]],
            Companions {
                f: &|p| f056(2, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f056_grad(2, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f056_vjp(2, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f056_graph(2, p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f056_jvp(2, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f056_hvp(
                            2,
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f057_gradient() {
        check(
            &points![[-0.47], [0.96]],
            Companions {
                f: &|p| f057(p[0]),
                grad: &|p| {
                    let (value, g0) = f057_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f057_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f057_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f057_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f057_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f058_gradient() {
        check(
            &points![
                [-0.86, -0.42, -0.4, -1.22, 0.47, 0.3, 0.58, 0.46], [0.54, 1.02, -1.03, -0.44, -1.27, -0.3, 0.94, -0.72]
            ],
            Companions {
                f: &|p| f058(2, &p[0..3], &p[3..5], p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f058_grad(
                        2,
                        &p[0..3],
                        &p[3..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f058_vjp(
                        2,
                        &p[0..3],
                        &p[3..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    let ((), g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f058_graph(2, &p[0..3], &p[3..5], p[5], p[6], p[7]),
                names: &["xs", "ys", "x2", "x1", "x0"],
                jvp: &|p, t| f058_jvp(
                    2,
                    &p[0..3],
                    &p[3..5],
                    p[5],
                    p[6],
                    p[7],
                    &t[0..3],
                    &t[3..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f058_hvp(
                            2,
                            &p[0..3],
                            &p[3..5],
                            p[5],
                            p[6],
                            p[7],
                            &v[0..3],
                            &v[3..5],
                            v[5],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f059_gradient() {
        check(
            &points![[1.35, 0.26], [-0.8, 0.38]],
            Companions {
                f: &|p| f059(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f059_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f059_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f059_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f059_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f059_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f060_gradient() {
        check(
            &points![[-0.84, -0.75, 0.26, -0.37], [-1.33, 0.65, -0.47, -0.56]],
            Companions {
                f: &|p| f060(4, p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f060_grad(4, p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f060_vjp(4, p[0], &p[1..4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f060_graph(4, p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f060_jvp(4, p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f060_hvp(
                            4,
                            p[0],
                            &p[1..4],
                            v[0],
                            &v[1..4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f061_gradient() {
        check(
            &points![
                [1.24, 0.38, -0.68, 1.03, 0.83, -0.31, 1.0, -0.6, -0.22, -0.32], [-1.14, -0.54, 1.3, 0.93, -1.09, -1.19, 0.59, -1.04, 0.58, 0.27]
            ],
            Companions {
                f: &|p| f061(&p[0..4], &p[4..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f061_grad(&p[0..4], &p[4..9], p[9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f061_vjp(&p[0..4], &p[4..9], p[9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f061_graph(&p[0..4], &p[4..9], p[9]),
                names: &["ys", "xs", "x0"],
                jvp: &|p, t| f061_jvp(
                    &p[0..4],
                    &p[4..9],
                    p[9],
                    &t[0..4],
                    &t[4..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f061_hvp(
                            &p[0..4],
                            &p[4..9],
                            p[9],
                            &v[0..4],
                            &v[4..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f062_gradient() {
        check(
            &points![
                [-0.53, 1.11, 0.37, 1.05, -0.4, 0.79], [-0.28, -0.83, 1.09, 0.34, -1.16, 1.16]
            ],
            Companions {
                f: &|p| f062(p[0], 4, &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f062_grad(p[0], 4, &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f062_vjp(p[0], 4, &p[1..6]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f062_graph(p[0], 4, &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f062_jvp(p[0], 4, &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f062_hvp(
                            p[0],
                            4,
                            &p[1..6],
                            v[0],
                            &v[1..6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f063_gradient() {
        check(
            &points![[0.91, -1.03, -1.09, -1.21], [0.54, -0.51, -0.64, -1.3]],
            Companions {
                f: &|p| f063(2, p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f063_grad(2, p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f063_vjp(2, p[0], &p[1..4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f063_graph(2, p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f063_jvp(2, p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f063_hvp(
                            2,
                            p[0],
                            &p[1..4],
                            v[0],
                            &v[1..4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f064_gradient() {
        check(
            &points![
                [0.4, 0.94, 1.22, 1.29, 0.85, -0.76, -0.37, 0.61, 1.38], [0.55, 0.7, -0.27, -0.48, -1.05, -1.15, -0.56, 0.58, 0.47]
            ],
            Companions {
                f: &|p| f064(&p[0..3], p[3], p[4], &p[5..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f064_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        &p[5..9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f064_vjp(&p[0..3], p[3], p[4], &p[5..9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f064_graph(&p[0..3], p[3], p[4], &p[5..9]),
                names: &["ys", "x1", "x0", "xs"],
                jvp: &|p, t| f064_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    &p[5..9],
                    &t[0..3],
                    t[3],
                    t[4],
                    &t[5..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f064_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            &p[5..9],
                            &v[0..3],
                            v[3],
                            v[4],
                            &v[5..9],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f065_gradient() {
        check(
            &points![
                [0.65, -0.93, 1.05, -1.24, 0.4, 1.19, 0.25], [-0.93, -0.84, -0.52,
                0.92, 0.41, -0.72, 1.22]
            ],
            Companions {
                f: &|p| f065(&p[0..3], p[3], &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f065_grad(&p[0..3], p[3], &p[4..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f065_vjp(&p[0..3], p[3], &p[4..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f065_graph(&p[0..3], p[3], &p[4..7]),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f065_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..7],
                    &t[0..3],
                    t[3],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f065_hvp(
                            &p[0..3],
                            p[3],
                            &p[4..7],
                            &v[0..3],
                            v[3],
                            &v[4..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f066_gradient() {
        check(
            &points![[1.0, -0.97], [-0.26, 0.66]],
            Companions {
                f: &|p| f066(p[0], p[1], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f066_grad(p[0], p[1], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f066_vjp(p[0], p[1], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f066_graph(p[0], p[1], 3),
                names: &["x0", "x1"],
                jvp: &|p, t| f066_jvp(p[0], p[1], 3, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f066_hvp(
                            p[0],
                            p[1],
                            3,
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f067_gradient() {
        check(
            &points![[-0.8], [-0.35]],
            Companions {
                f: &|p| f067(p[0], 3),
                grad: &|p| {
                    let (value, g0) = f067_grad(p[0], 3);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f067_vjp(p[0], 3);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f067_graph(p[0], 3),
                names: &["x0"],
                jvp: &|p, t| f067_jvp(p[0], 3, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f067_hvp(p[0], 3, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f068_gradient() {
        check(
            &points![
                [-1.17, 0.25, 0.26, -0.52, 0.96, 0.27, 0.66, -0.37, 1.13, -0.96,
                0.94], [-0.88, -0.21, 0.72, -0.44, -0.6, 1.11, -0.5, -1.14, -0.34,
                0.55, 0.71]
            ],
            Companions {
                f: &|p| f068(&p[0..3], p[3], p[4], p[5], &p[6..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f068_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                        &p[6..11],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f068_vjp(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                        &p[6..11],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f068_graph(&p[0..3], p[3], p[4], p[5], &p[6..11]),
                names: &["ys", "x1", "x2", "x0", "xs"],
                jvp: &|p, t| f068_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    p[5],
                    &p[6..11],
                    &t[0..3],
                    t[3],
                    t[4],
                    t[5],
                    &t[6..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f068_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            p[5],
                            &p[6..11],
                            &v[0..3],
                            v[3],
                            v[4],
                            v[5],
                            &v[6..11],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f069_gradient() {
        check(
            &points![
                [-0.48, -1.04, -1.2, 0.71, -1.38, -0.74, 1.23], [0.55, -0.99, 1.33,
                0.57, -0.98, -1.1, -0.8]
            ],
            Companions {
                f: &|p| f069(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f069_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f069_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f069_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f069_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f069_hvp(
                            p[0],
                            p[1],
                            &p[2..7],
                            v[0],
                            v[1],
                            &v[2..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f070_gradient() {
        check(
            &points![
                [-0.94, 1.24, -0.28, 0.5, -1.07, -1.27, -1.14, -0.21, 0.55], [-0.25, -1.38, -0.96, 0.51, -0.77, -1.18, -0.47, -0.8, 1.09]
            ],
            Companions {
                f: &|p| f070(&p[0..3], &p[3..7], p[7], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f070_grad(
                        &p[0..3],
                        &p[3..7],
                        p[7],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f070_vjp(&p[0..3], &p[3..7], p[7], p[8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f070_graph(&p[0..3], &p[3..7], p[7], p[8]),
                names: &["ys", "xs", "x1", "x0"],
                jvp: &|p, t| f070_jvp(
                    &p[0..3],
                    &p[3..7],
                    p[7],
                    p[8],
                    &t[0..3],
                    &t[3..7],
                    t[7],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f070_hvp(
                            &p[0..3],
                            &p[3..7],
                            p[7],
                            p[8],
                            &v[0..3],
                            &v[3..7],
                            v[7],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f071_gradient() {
        check(
            &points![[-0.63], [-0.89]],
            Companions {
                f: &|p| f071(4, p[0]),
                grad: &|p| {
                    let (value, g0) = f071_grad(4, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f071_vjp(4, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f071_graph(4, p[0]),
                names: &["x0"],
                jvp: &|p, t| f071_jvp(4, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f071_hvp(4, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f072_gradient() {
        check(
            &points![
                [-0.45, -1.06, 1.34, -0.97, -0.22], [-1.12, 1.01, -1.34, -0.99,
                1.23]
            ],
            Companions {
                f: &|p| f072(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f072_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f072_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f072_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f072_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f072_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            v[0],
                            v[1],
                            &v[2..5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f073_gradient() {
        check(
            &points![
                [0.85, 1.22, -1.24, 0.31, -0.36, -1.13, -1.05], [0.91, 1.31, -0.58,
                -0.22, 1.34, -0.46, -0.34]
            ],
            Companions {
                f: &|p| f073(p[0], p[1], p[2], 3, &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f073_grad(
                        p[0],
                        p[1],
                        p[2],
                        3,
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f073_vjp(p[0], p[1], p[2], 3, &p[3..7]);
                    let (g0, g1, g2, (), g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f073_graph(p[0], p[1], p[2], 3, &p[3..7]),
                names: &["x1", "x0", "x2", "xs"],
                jvp: &|p, t| f073_jvp(
                    p[0],
                    p[1],
                    p[2],
                    3,
                    &p[3..7],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f073_hvp(
                            p[0],
                            p[1],
                            p[2],
                            3,
                            &p[3..7],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f074_gradient() {
        check(
            &points![[-0.54, -0.73, -0.8], [-0.47, -1.14, -0.79]],
            Companions {
                f: &|p| f074(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f074_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f074_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f074_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f074_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f074_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f075_gradient() {
        check(
            &points![[-0.37, 0.51, 0.52, -1.24, 0.72], [0.94, 0.61, -0.3, 0.51, 0.9]],
            Companions {
                f: &|p| f075(2, p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f075_grad(2, p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f075_vjp(2, p[0], &p[1..5]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f075_graph(2, p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f075_jvp(2, p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f075_hvp(
                            2,
                            p[0],
                            &p[1..5],
                            v[0],
                            &v[1..5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f076_gradient() {
        check(
            &points![[-0.52, -0.89], [-0.63, -0.43]],
            Companions {
                f: &|p| f076(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f076_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f076_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f076_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f076_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f076_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f077_gradient() {
        check(
            &points![[0.32, 0.53, -1.16], [-0.58, 0.57, 0.32]],
            Companions {
                f: &|p| f077(p[0], p[1], p[2], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f077_grad(p[0], p[1], p[2], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f077_vjp(p[0], p[1], p[2], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f077_graph(p[0], p[1], p[2], 3),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f077_jvp(p[0], p[1], p[2], 3, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f077_hvp(
                            p[0],
                            p[1],
                            p[2],
                            3,
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f078_gradient() {
        check(
            &points![
                [-0.57, -0.5, -0.92, 0.38, 1.01, 1.08, -0.54, -0.47], [0.61, 0.38,
                0.37, -1.27, -0.6, 0.93, 1.01, -0.8]
            ],
            Companions {
                f: &|p| f078(&p[0..5], p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f078_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f078_vjp(&p[0..5], p[5], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f078_graph(&p[0..5], p[5], p[6], p[7]),
                names: &["xs", "x0", "x1", "x2"],
                jvp: &|p, t| f078_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    p[7],
                    &t[0..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f078_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            p[7],
                            &v[0..5],
                            v[5],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f079_gradient() {
        check(
            &points![[-0.52, 0.35, 1.35], [-0.27, 0.53, 0.94]],
            Companions {
                f: &|p| f079(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f079_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f079_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f079_graph(p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f079_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f079_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f080_gradient() {
        check(
            &points![
                [0.37, 0.95, 0.31, 0.46, 0.52, 0.34], [0.68, -0.82, -0.81, -0.7, 0.54,
                0.26]
            ],
            Companions {
                f: &|p| f080(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f080_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f080_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f080_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f080_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f080_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            v[0],
                            v[1],
                            &v[2..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f081_gradient() {
        check(
            &points![[0.47, 0.54, 0.29], [1.16, -1.14, -1.02]],
            Companions {
                f: &|p| f081(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f081_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f081_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f081_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f081_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f081_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f082_gradient() {
        check(
            &points![
                [0.79, 1.12, 0.84, 0.53, -1.38, -0.68, -1.22], [-1.09, -1.1, 0.25,
                1.37, -0.95, 0.87, -1.36]
            ],
            Companions {
                f: &|p| f082(4, &p[0..2], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f082_grad(4, &p[0..2], p[2], &p[3..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f082_vjp(4, &p[0..2], p[2], &p[3..7]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f082_graph(4, &p[0..2], p[2], &p[3..7]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f082_jvp(
                    4,
                    &p[0..2],
                    p[2],
                    &p[3..7],
                    &t[0..2],
                    t[2],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f082_hvp(
                            4,
                            &p[0..2],
                            p[2],
                            &p[3..7],
                            &v[0..2],
                            v[2],
                            &v[3..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f083_gradient() {
        check(
            &points![
                [-0.67, 0.88, -0.37, 0.72, 1.13, -1.17, -0.29], [-0.55, 0.86, 0.8, -0.71, -1.15, -0.4, -0.68]
            ],
            Companions {
                f: &|p| f083(p[0], &p[1..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f083_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f083_vjp(p[0], &p[1..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f083_graph(p[0], &p[1..5], p[5], p[6]),
                names: &["x2", "xs", "x0", "x1"],
                jvp: &|p, t| f083_jvp(
                    p[0],
                    &p[1..5],
                    p[5],
                    p[6],
                    t[0],
                    &t[1..5],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f083_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            p[6],
                            v[0],
                            &v[1..5],
                            v[5],
                            v[6],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f084_gradient() {
        check(
            &points![[0.92], [1.39]],
            Companions {
                f: &|p| f084(p[0]),
                grad: &|p| {
                    let (value, g0) = f084_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f084_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f084_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f084_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f084_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f085_gradient() {
        check(
            &points![
                [-0.62, 0.48, 0.83, 0.23, 0.28], [-0.34, -1.2, 0.7, -0.94, 0.64]
            ],
            Companions {
                f: &|p| f085(3, &p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f085_grad(3, &p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f085_vjp(3, &p[0..4], p[4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f085_graph(3, &p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f085_jvp(3, &p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f085_hvp(
                            3,
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f086_gradient() {
        check(
            &points![
                [0.5, -0.5, 1.3, -1.39, 1.14, 1.07], [-0.55, 0.74, -1.29, 0.42, 1.34,
                -1.34]
            ],
            Companions {
                f: &|p| f086(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f086_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f086_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f086_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f086_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f086_hvp(
                            p[0],
                            &p[1..6],
                            v[0],
                            &v[1..6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f087_gradient() {
        check(
            &points![[0.2, -0.28], [-0.42, 1.27]],
            Companions {
                f: &|p| f087(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f087_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f087_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f087_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f087_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f087_hvp(
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f088_gradient() {
        check(
            &points![[0.21], [-1.02]],
            Companions {
                f: &|p| f088(p[0]),
                grad: &|p| {
                    let (value, g0) = f088_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f088_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f088_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f088_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f088_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f089_gradient() {
        check(
            &points![[0.21, 1.3, 0.24], [-0.85, -0.67, 1.17]],
            Companions {
                f: &|p| f089(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f089_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f089_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f089_graph(p[0], p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f089_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f089_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f090_gradient() {
        check(
            &points![[0.55], [-1.38]],
            Companions {
                f: &|p| f090(p[0]),
                grad: &|p| {
                    let (value, g0) = f090_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f090_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f090_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f090_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f090_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f091_gradient() {
        check(
            &points![
                [-0.59, 0.81, -0.77, -1.07, -1.19, 1.0, -1.37, -1.35, -1.4], [0.6,
                0.45, 0.92, -0.47, -0.7, -0.41, 0.65, 0.2, -0.6]
            ],
            Companions {
                f: &|p| f091(p[0], &p[1..5], &p[5..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f091_grad(p[0], &p[1..5], &p[5..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f091_vjp(p[0], &p[1..5], &p[5..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f091_graph(p[0], &p[1..5], &p[5..9]),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f091_jvp(
                    p[0],
                    &p[1..5],
                    &p[5..9],
                    t[0],
                    &t[1..5],
                    &t[5..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f091_hvp(
                            p[0],
                            &p[1..5],
                            &p[5..9],
                            v[0],
                            &v[1..5],
                            &v[5..9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f092_gradient() {
        check(
            &points![
                [0.97, -0.23, 0.47, -1.4, 1.15, 0.7, 1.32, 0.68], [-0.73, -0.48,
                0.25, 0.3, 0.41, -0.48, -0.39, -0.88]
            ],
            Companions {
                f: &|p| f092(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f092_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f092_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f092_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x1", "xs", "x0", "x2"],
                jvp: &|p, t| f092_jvp(
                    p[0],
                    &p[1..6],
                    p[6],
                    p[7],
                    t[0],
                    &t[1..6],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f092_hvp(
                            p[0],
                            &p[1..6],
                            p[6],
                            p[7],
                            v[0],
                            &v[1..6],
                            v[6],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f093_gradient() {
        check(
            &points![
                [0.87, 0.89, 0.53, 1.15, 0.7, 1.32, 1.16, -1.34, 0.6, 1.17], [-1.19,
                1.39, -0.81, 1.1, 0.29, 0.35, -1.13, -0.55, 1.37, -0.73]
            ],
            Companions {
                f: &|p| f093(&p[0..4], p[4], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f093_grad(
                        &p[0..4],
                        p[4],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f093_vjp(&p[0..4], p[4], &p[5..9], p[9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f093_graph(&p[0..4], p[4], &p[5..9], p[9]),
                names: &["ys", "x0", "xs", "x1"],
                jvp: &|p, t| f093_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..9],
                    p[9],
                    &t[0..4],
                    t[4],
                    &t[5..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f093_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..9],
                            p[9],
                            &v[0..4],
                            v[4],
                            &v[5..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f094_gradient() {
        check(
            &points![
                [-1.13, 0.44, 0.5, -1.15, 0.76, -0.85], [1.15, 1.34, -1.24, 0.52, -1.07, -1.27]
            ],
            Companions {
                f: &|p| f094(p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f094_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f094_vjp(p[0], p[1], &p[2..5], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f094_graph(p[0], p[1], &p[2..5], p[5]),
                names: &["x2", "x0", "xs", "x1"],
                jvp: &|p, t| f094_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    p[5],
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f094_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            p[5],
                            v[0],
                            v[1],
                            &v[2..5],
                            v[5],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f095_gradient() {
        check(
            &points![
                [0.38, -1.21, -1.02, 1.03, 1.04, 0.26, -0.76, 0.83], [0.78, 0.56,
                0.81, -1.31, -0.26, 0.89, 0.48, 1.32]
            ],
            Companions {
                f: &|p| f095(p[0], 2, p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f095_grad(
                        p[0],
                        2,
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f095_vjp(p[0], 2, p[1], p[2], &p[3..8]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f095_graph(p[0], 2, p[1], p[2], &p[3..8]),
                names: &["x0", "x1", "x2", "xs"],
                jvp: &|p, t| f095_jvp(
                    p[0],
                    2,
                    p[1],
                    p[2],
                    &p[3..8],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f095_hvp(
                            p[0],
                            2,
                            p[1],
                            p[2],
                            &p[3..8],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f096_gradient() {
        check(
            &points![
                [-1.26, 1.14, 1.11, 0.34, 1.08], [0.42, -1.2, -1.15, -0.45, 0.69]
            ],
            Companions {
                f: &|p| f096(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f096_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f096_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f096_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f096_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f096_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f097_gradient() {
        check(
            &points![
                [-1.1, 0.73, -0.65, 0.8, 0.22, 1.17, 1.12, -1.19, -0.65, 1.28],
                [0.39, 0.77, -1.32, 0.48, -1.16, 0.74, -1.11, 1.32, -0.63, 0.97]
            ],
            Companions {
                f: &|p| f097(p[0], &p[1..3], &p[3..8], p[8], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f097_grad(
                        p[0],
                        &p[1..3],
                        &p[3..8],
                        p[8],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f097_vjp(
                        p[0],
                        &p[1..3],
                        &p[3..8],
                        p[8],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f097_graph(p[0], &p[1..3], &p[3..8], p[8], p[9]),
                names: &["x2", "ys", "xs", "x1", "x0"],
                jvp: &|p, t| f097_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..8],
                    p[8],
                    p[9],
                    t[0],
                    &t[1..3],
                    &t[3..8],
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f097_hvp(
                            p[0],
                            &p[1..3],
                            &p[3..8],
                            p[8],
                            p[9],
                            v[0],
                            &v[1..3],
                            &v[3..8],
                            v[8],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f098_gradient() {
        check(
            &points![
                [0.44, -0.98, -1.15, 0.83, -0.66, 1.24, -1.23], [-1.13, 1.25, -0.83, -0.77, 0.49, 0.74, 0.98]
            ],
            Companions {
                f: &|p| f098(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f098_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f098_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f098_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["x0", "x1", "x2", "xs"],
                jvp: &|p, t| f098_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &p[3..7],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f098_hvp(
                            p[0],
                            p[1],
                            p[2],
                            &p[3..7],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f099_gradient() {
        check(
            &points![[0.91], [-1.01]],
            Companions {
                f: &|p| f099(3, p[0]),
                grad: &|p| {
                    let (value, g0) = f099_grad(3, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f099_vjp(3, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f099_graph(3, p[0]),
                names: &["x0"],
                jvp: &|p, t| f099_jvp(3, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f099_hvp(3, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f100_gradient() {
        check(
            &points![
                [0.49, -0.31, -0.74, 0.61, -0.7, -0.71, 0.27, 1.21, 0.72], [0.53, -0.84, 0.91, 0.69, 0.78, 0.53, 0.9, 0.67, 0.28]
            ],
            Companions {
                f: &|p| f100(&p[0..3], p[3], 2, &p[4..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f100_grad(&p[0..3], p[3], 2, &p[4..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f100_vjp(&p[0..3], p[3], 2, &p[4..9]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f100_graph(&p[0..3], p[3], 2, &p[4..9]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f100_jvp(
                    &p[0..3],
                    p[3],
                    2,
                    &p[4..9],
                    &t[0..3],
                    t[3],
                    &t[4..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f100_hvp(
                            &p[0..3],
                            p[3],
                            2,
                            &p[4..9],
                            &v[0..3],
                            v[3],
                            &v[4..9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f101_gradient() {
        check(
            &points![
                [-0.5, 0.71, 0.45, -0.6, 0.29, -0.86], [1.17, 0.35, 0.23, -0.73, -0.61, 0.82]
            ],
            Companions {
                f: &|p| f101(p[0], 4, p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f101_grad(
                        p[0],
                        4,
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f101_vjp(p[0], 4, p[1], &p[2..5], p[5]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f101_graph(p[0], 4, p[1], &p[2..5], p[5]),
                names: &["x0", "x1", "xs", "x2"],
                jvp: &|p, t| f101_jvp(
                    p[0],
                    4,
                    p[1],
                    &p[2..5],
                    p[5],
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f101_hvp(
                            p[0],
                            4,
                            p[1],
                            &p[2..5],
                            p[5],
                            v[0],
                            v[1],
                            &v[2..5],
                            v[5],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f102_gradient() {
        check(
            &points![[0.91, -1.2, 0.7], [-0.46, 0.22, -0.96]],
            Companions {
                f: &|p| f102(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f102_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f102_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f102_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f102_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f102_hvp(
                            p[0],
                            p[1],
                            p[2],
                            v[0],
                            v[1],
                            v[2],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f103_gradient() {
        check(
            &points![[-0.89, 0.35], [-0.44, -0.74]],
            Companions {
                f: &|p| f103(4, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f103_grad(4, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f103_vjp(4, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f103_graph(4, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f103_jvp(4, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f103_hvp(
                            4,
                            p[0],
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f104_gradient() {
        check(
            &points![
                [-0.66, -0.38, -0.62, 0.54, 0.59], [0.39, 1.03, -1.29, 0.38, -0.28]
            ],
            Companions {
                f: &|p| f104(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f104_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f104_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f104_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f104_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f104_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f105_gradient() {
        check(
            &points![
                [0.59, 0.74, -0.97, 0.44, -0.48], [-1.39, -0.69, 0.7, 1.09, -1.12]
            ],
            Companions {
                f: &|p| f105(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f105_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f105_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f105_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f105_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f105_hvp(
                            &p[0..4],
                            p[4],
                            &v[0..4],
                            v[4],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f106_gradient() {
        check(
            &points![[-1.11, 1.4, 0.68, -0.83], [-1.19, -0.41, -0.9, 0.28]],
            Companions {
                f: &|p| f106(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f106_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f106_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f106_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f106_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f106_hvp(
                            &p[0..3],
                            p[3],
                            &v[0..3],
                            v[3],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f107_gradient() {
        check(
            &points![
                [-0.5, 0.21, -0.29, 1.18, -0.71, 0.38], [1.2, 0.2, -1.4, -0.26, -1.27, 0.32]
            ],
            Companions {
                f: &|p| f107(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f107_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f107_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f107_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f107_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f107_hvp(
                            &p[0..5],
                            p[5],
                            &v[0..5],
                            v[5],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn f108_gradient() {
        check(
            &points![
                [0.94, -0.45, -1.18, -1.19, 1.28, 0.92, 1.18, -1.16, -0.81, 1.29],
                [-0.48, -0.43, -0.95, 1.09, -0.46, -0.96, -0.3, 1.13, -1.17, -1.13]
            ],
            Companions {
                f: &|p| f108(&p[0..3], p[3], &p[4..9], p[9], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f108_grad(
                        &p[0..3],
                        p[3],
                        &p[4..9],
                        p[9],
                        3,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f108_vjp(&p[0..3], p[3], &p[4..9], p[9], 3);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f108_graph(&p[0..3], p[3], &p[4..9], p[9], 3),
                names: &["ys", "x0", "xs", "x1"],
                jvp: &|p, t| f108_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..9],
                    p[9],
                    3,
                    &t[0..3],
                    t[3],
                    &t[4..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f108_hvp(
                            &p[0..3],
                            p[3],
                            &p[4..9],
                            p[9],
                            3,
                            &v[0..3],
                            v[3],
                            &v[4..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f109_gradient() {
        check(
            &points![[-1.19, -0.73], [-0.36, -0.94]],
            Companions {
                f: &|p| f109(p[0], 2, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f109_grad(p[0], 2, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f109_vjp(p[0], 2, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f109_graph(p[0], 2, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f109_jvp(p[0], 2, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f109_hvp(
                            p[0],
                            2,
                            p[1],
                            v[0],
                            v[1],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g000_gradient() {
        check(
            &points![
                [-1.39, -1.18, -1.07, -1.01, 1.04, 0.3, -1.08, -0.86, -0.71, -0.62, 0.23, -1.24, -0.39, 1.12, 0.59, -0.72, -0.76, -0.27, 0.57, -0.53], [-0.4, 1.24, 0.8, 1.17, -0.3, 0.79, 1.3, -0.36, 0.92, 0.87, -1.16, -1.28, 1.21, -1.16, -1.05, 0.36, -0.61, 1.08, -0.7, 1.25]
            ],
            Companions {
                f: &|p| g000(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr1(&p[16..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g000_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                        &arr1(&p[16..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g000_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                        &arr1(&p[16..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g000_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr1(&p[16..20]),
                ),
                names: &["w", "a", "x0", "u"],
                jvp: &|p, t| g000_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr1(&p[16..20]),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    t[15],
                    &arr1(&t[16..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g000_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            p[15],
                            &arr1(&p[16..20]),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            v[15],
                            &arr1(&v[16..20]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g001_gradient() {
        check(
            &points![
                [-1.17, 0.99, -0.82, 1.15, -1.17, -0.3, 0.24, 1.25, -0.68, 0.42],
                [0.74, 0.58, -0.29, -0.34, -1.14, 0.97, 1.3, -0.78, 1.16, -0.4]
            ],
            Companions {
                f: &|p| g001(p[0], &arr2(&p[1..4], 3, 1), &arr2(&p[4..10], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g001_grad(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..10], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g001_vjp(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..10], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g001_graph(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..10], 3, 2),
                ),
                names: &["x0", "c", "a"],
                jvp: &|p, t| g001_jvp(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..10], 3, 2),
                    t[0],
                    &arr2(&t[1..4], 3, 1),
                    &arr2(&t[4..10], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g001_hvp(
                            p[0],
                            &arr2(&p[1..4], 3, 1),
                            &arr2(&p[4..10], 3, 2),
                            v[0],
                            &arr2(&v[1..4], 3, 1),
                            &arr2(&v[4..10], 3, 2),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g002_gradient() {
        check(
            &points![
                [0.7, 1.39, 0.38, 1.2, -0.3, -0.45, 0.66, -1.38, 1.0, -1.01, 0.68,
                1.0, -0.68, 1.06, 0.62, 0.67, 1.25, -1.24, 0.62], [1.26, 0.85, 0.92,
                1.08, 0.41, 0.41, -1.28, 0.66, -0.73, 1.03, 0.66, -0.27, 0.5, -0.7, -1.06, 1.0, -0.93, -0.66, -1.33]
            ],
            Companions {
                f: &|p| g002(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g002_grad(
                        &arr2(&p[0..3], 3, 1),
                        p[3],
                        &arr1(&p[4..6]),
                        &arr2(&p[6..12], 3, 2),
                        p[12],
                        &arr2(&p[13..19], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g002_vjp(
                        &arr2(&p[0..3], 3, 1),
                        p[3],
                        &arr1(&p[4..6]),
                        &arr2(&p[6..12], 3, 2),
                        p[12],
                        &arr2(&p[13..19], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g002_graph(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                ),
                names: &["c", "x1", "u", "a", "x0", "b"],
                jvp: &|p, t| g002_jvp(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                    &arr2(&t[0..3], 3, 1),
                    t[3],
                    &arr1(&t[4..6]),
                    &arr2(&t[6..12], 3, 2),
                    t[12],
                    &arr2(&t[13..19], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g002_hvp(
                            &arr2(&p[0..3], 3, 1),
                            p[3],
                            &arr1(&p[4..6]),
                            &arr2(&p[6..12], 3, 2),
                            p[12],
                            &arr2(&p[13..19], 3, 2),
                            &arr2(&v[0..3], 3, 1),
                            v[3],
                            &arr1(&v[4..6]),
                            &arr2(&v[6..12], 3, 2),
                            v[12],
                            &arr2(&v[13..19], 3, 2),
                        );
                        (
                            value,
                            flat![g0, g1, g2, g3, g4, g5],
                            flat![h0, h1, h2, h3, h4, h5],
                        )
                    },
                ),
            },
        );
    }
    #[test]
    fn g003_gradient() {
        check(
            &points![
                [-0.37, -1.37, 0.78, 0.64, 1.11, -1.28, 0.79, 1.03, 0.38, -1.08, -0.93, 0.62, 0.68, -0.73, 0.6, 0.28, -0.82, 1.2, 1.17, 0.22, 1.22, -0.46, 1.38, -0.36], [0.54, -1.21, 1.15, 0.84, -1.1, -1.38, 0.57,
                1.18, 0.45, 0.79, 0.36, -1.2, 0.96, -0.25, -0.4, 0.41, -1.26, 1.04, -0.88, -0.67, 0.54, -0.39, 0.56, 0.52]
            ],
            Companions {
                f: &|p| g003(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..23], 1, 4),
                    p[23],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g003_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..23], 1, 4),
                        p[23],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g003_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..23], 1, 4),
                        p[23],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g003_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..23], 1, 4),
                    p[23],
                ),
                names: &["a", "w", "u", "d", "x0"],
                jvp: &|p, t| g003_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..23], 1, 4),
                    p[23],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                    &arr1(&t[15..19]),
                    &arr2(&t[19..23], 1, 4),
                    t[23],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g003_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            &arr1(&p[15..19]),
                            &arr2(&p[19..23], 1, 4),
                            p[23],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                            &arr1(&v[15..19]),
                            &arr2(&v[19..23], 1, 4),
                            v[23],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g004_gradient() {
        check(
            &points![
                [-0.97, -0.26, 1.35, -0.67, -1.34, 1.03], [-0.94, -0.48, -0.96,
                0.98, -0.58, 1.24]
            ],
            Companions {
                f: &|p| g004(&arr2(&p[0..6], 3, 2)),
                grad: &|p| {
                    let (value, g0) = g004_grad(&arr2(&p[0..6], 3, 2));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g004_vjp(&arr2(&p[0..6], 3, 2));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g004_graph(&arr2(&p[0..6], 3, 2)),
                names: &["a"],
                jvp: &|p, t| g004_jvp(&arr2(&p[0..6], 3, 2), &arr2(&t[0..6], 3, 2)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g004_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&v[0..6], 3, 2),
                        );
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn g005_gradient() {
        check(
            &points![
                [-0.61, -1.14, 0.32, -0.71, -0.85, -0.79, -0.53, 1.02, -1.19, -0.35, -0.46, 1.38, -0.91, -0.87, -0.96], [1.06, 1.26, -0.24, 1.05, -0.81, 0.92, 0.87, 0.91, 1.01, -1.2, 0.59, -0.85, 0.2, -1.29, 0.32]
            ],
            Companions {
                f: &|p| g005(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..9], 3, 1),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g005_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..9], 3, 1),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g005_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..9], 3, 1),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g005_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..9], 3, 1),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["w", "u", "x0", "c", "a"],
                jvp: &|p, t| g005_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..9], 3, 1),
                    &arr2(&p[9..15], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    t[5],
                    &arr2(&t[6..9], 3, 1),
                    &arr2(&t[9..15], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g005_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            p[5],
                            &arr2(&p[6..9], 3, 1),
                            &arr2(&p[9..15], 3, 2),
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            v[5],
                            &arr2(&v[6..9], 3, 1),
                            &arr2(&v[9..15], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g006_gradient() {
        check(
            &points![
                [-1.03, -0.33, -0.71, -0.42, -0.73, -0.47, 1.38, 0.44, -1.36, -0.3, -0.37, 1.29, -0.82, -1.23, 0.68, 1.2, -0.67, 1.1, -0.47, 0.77],
                [-0.97, -0.37, -1.1, 1.09, 0.92, 0.3, 1.39, -0.27, 0.69, 1.24, -0.6,
                -0.59, -1.02, 0.47, -0.79, 0.2, 1.14, 0.98, -1.07, 0.22]
            ],
            Companions {
                f: &|p| g006(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr1(&p[16..19]),
                    p[19],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g006_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr1(&p[16..19]),
                        p[19],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g006_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr1(&p[16..19]),
                        p[19],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g006_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr1(&p[16..19]),
                    p[19],
                ),
                names: &["a", "u", "w", "x0"],
                jvp: &|p, t| g006_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr1(&p[16..19]),
                    p[19],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    &arr1(&t[16..19]),
                    t[19],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g006_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            &arr1(&p[16..19]),
                            p[19],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            &arr1(&v[16..19]),
                            v[19],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g007_gradient() {
        check(
            &points![
                [-1.14, 0.67, -1.25, -0.75, 0.84, 1.39, 0.89, 0.97, -0.46, 1.32, 1.4,
                -0.31, 0.45, -0.42, 1.13, 1.18, 1.11, -0.67], [-0.32, 1.15, -0.96, -0.83, 0.76, 0.52, -0.59, 1.4, 0.36, -0.92, 0.64, 0.46, -0.62, -0.59,
                -0.32, -0.55, 0.77, -0.37]
            ],
            Companions {
                f: &|p| g007(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr2(&p[16..18], 1, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g007_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        p[9],
                        &arr2(&p[10..16], 3, 2),
                        &arr2(&p[16..18], 1, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g007_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        p[9],
                        &arr2(&p[10..16], 3, 2),
                        &arr2(&p[16..18], 1, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g007_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr2(&p[16..18], 1, 2),
                ),
                names: &["b", "w", "x0", "a", "d"],
                jvp: &|p, t| g007_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr2(&p[16..18], 1, 2),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..9]),
                    t[9],
                    &arr2(&t[10..16], 3, 2),
                    &arr2(&t[16..18], 1, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g007_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..9]),
                            p[9],
                            &arr2(&p[10..16], 3, 2),
                            &arr2(&p[16..18], 1, 2),
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..9]),
                            v[9],
                            &arr2(&v[10..16], 3, 2),
                            &arr2(&v[16..18], 1, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g008_gradient() {
        check(
            &points![
                [0.23, -0.4, -0.86, 0.41, 0.42, -0.36, 0.94, 1.23, 0.85, 1.21, -0.57,
                0.58, 1.25, -1.02], [0.81, 0.31, 0.21, 0.2, 0.98, -0.96, 0.8, -1.04, -0.91, 0.33, -0.93, 0.24, 1.0, -0.49]
            ],
            Companions {
                f: &|p| g008(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g008_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..8], 2, 1),
                        &arr2(&p[8..14], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g008_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..8], 2, 1),
                        &arr2(&p[8..14], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g008_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                ),
                names: &["b", "c", "a"],
                jvp: &|p, t| g008_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..8], 2, 1),
                    &arr2(&t[8..14], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g008_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr2(&p[6..8], 2, 1),
                            &arr2(&p[8..14], 2, 3),
                            &arr2(&v[0..6], 2, 3),
                            &arr2(&v[6..8], 2, 1),
                            &arr2(&v[8..14], 2, 3),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g009_gradient() {
        check(
            &points![
                [-0.76, 0.33, -1.2, -0.64, 0.66, 1.32, 1.08, 1.12, -0.89, 0.86, -1.36, -0.66, -1.28], [0.7, -1.28, 0.79, -0.36, -0.7, 0.29, -0.77, -0.94, 0.77, -1.13, -0.46, -0.57, 0.64]
            ],
            Companions {
                f: &|p| g009(p[0], &arr2(&p[1..9], 2, 4), &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g009_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g009_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g009_graph(p[0], &arr2(&p[1..9], 2, 4), &arr1(&p[9..13])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g009_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..13]),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g009_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr1(&p[9..13]),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr1(&v[9..13]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g010_gradient() {
        check(
            &points![
                [-1.19, 1.21, -1.28, -0.97, -0.95, 0.22, -0.71, -0.25, -0.86,
                1.25, -0.66, 1.37, 1.36, 0.37], [-1.32, 1.26, -0.84, -0.46, -0.67,
                0.34, -0.43, -1.05, 0.42, -0.7, 1.15, 0.75, 0.28, 1.33]
            ],
            Companions {
                f: &|p| g010(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4), p[12], p[13]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g010_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                        p[13],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g010_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                        p[13],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g010_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    p[13],
                ),
                names: &["u", "a", "x1", "x0"],
                jvp: &|p, t| g010_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    p[13],
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                    t[12],
                    t[13],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g010_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            p[12],
                            p[13],
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                            v[12],
                            v[13],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g011_gradient() {
        check(
            &points![
                [-1.17, 0.21, 1.08, -1.38, -0.99, -1.35, 0.85, 1.04, -1.3, 0.88, -0.91, 0.66, 0.81], [-1.22, 0.26, -0.69, -1.19, 0.35, -0.78, -0.34, -0.84, 0.26, -1.17, -0.98, 1.31, -0.33]
            ],
            Companions {
                f: &|p| g011(&arr2(&p[0..6], 3, 2), p[6], &arr2(&p[7..13], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g011_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g011_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g011_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["a", "x0", "b"],
                jvp: &|p, t| g011_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr2(&t[7..13], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g011_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr2(&p[7..13], 3, 2),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            &arr2(&v[7..13], 3, 2),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g012_gradient() {
        check(
            &points![
                [0.92, -1.27, -0.38, 0.77, -1.01, 1.01, -1.35, 0.83, 1.23, 1.36, -0.44, -0.82, -0.25, 0.76, 1.12, 0.74, 0.59, -0.66, -0.82, -0.79, -1.0], [-0.31, 0.21, 1.06, 0.82, 0.42, 0.91, -0.7, 0.95, -0.77, 0.68,
                1.19, -0.79, -0.21, 1.31, 1.35, 0.57, -0.92, 0.58, -0.26, -0.8, -0.8]
            ],
            Companions {
                f: &|p| g012(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                    &arr1(&p[17..21]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g012_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                        &arr1(&p[17..21]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g012_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                        &arr1(&p[17..21]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g012_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                    &arr1(&p[17..21]),
                ),
                names: &["x0", "b", "a", "u"],
                jvp: &|p, t| g012_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                    &arr1(&p[17..21]),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr2(&t[9..17], 2, 4),
                    &arr1(&t[17..21]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g012_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr2(&p[9..17], 2, 4),
                            &arr1(&p[17..21]),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr2(&v[9..17], 2, 4),
                            &arr1(&v[17..21]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g013_gradient() {
        check(
            &points![
                [0.99, 1.09, -0.56, 0.51, 0.59, -1.02, 0.9, -0.78, 1.04, 0.45, -0.6,
                -0.84, 0.29, -1.02, 1.19], [0.28, -0.3, -0.57, 1.29, -0.7, -0.96,
                0.73, 1.27, -1.3, 0.59, -1.21, -0.75, 0.55, 0.73, 0.91]
            ],
            Companions {
                f: &|p| g013(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g013_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g013_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g013_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g013_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..12], 2, 3),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g013_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr2(&p[6..12], 2, 3),
                            &arr1(&p[12..15]),
                            &arr2(&v[0..6], 2, 3),
                            &arr2(&v[6..12], 2, 3),
                            &arr1(&v[12..15]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g014_gradient() {
        check(
            &points![
                [1.15, 0.39, -1.39, -1.38, 0.4, -1.15, -0.33, -0.21, -0.34, 0.84,
                0.68], [-1.27, -0.45, -0.85, -0.71, 0.83, -1.11, 1.09, 0.39, 0.72, -1.15, -0.24]
            ],
            Companions {
                f: &|p| g014(&arr1(&p[0..3]), &arr2(&p[3..9], 3, 2), p[9], p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g014_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                        p[9],
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g014_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                        p[9],
                        p[10],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g014_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    p[9],
                    p[10],
                ),
                names: &["w", "a", "x0", "x1"],
                jvp: &|p, t| g014_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    p[9],
                    p[10],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 3, 2),
                    t[9],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g014_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 3, 2),
                            p[9],
                            p[10],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 3, 2),
                            v[9],
                            v[10],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g015_gradient() {
        check(
            &points![
                [-1.33, 0.97, -0.73, -1.3, -0.93, -1.02, -0.99, 0.2, 0.8, -0.79, -0.6, 0.2, 0.93, 1.22, 1.18, -1.34, 0.92, -0.35], [-1.04, 0.98, -0.24,
                1.22, -0.2, 0.27, 1.11, -0.35, -0.59, 0.88, -1.0, -0.23, 0.24, 0.54,
                -1.13, -1.2, -0.7, -0.57]
            ],
            Companions {
                f: &|p| g015(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr1(&p[9..12]),
                    &arr2(&p[12..18], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g015_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr1(&p[9..12]),
                        &arr2(&p[12..18], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g015_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr1(&p[9..12]),
                        &arr2(&p[12..18], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g015_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr1(&p[9..12]),
                    &arr2(&p[12..18], 3, 2),
                ),
                names: &["b", "x0", "u", "w", "a"],
                jvp: &|p, t| g015_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr1(&p[9..12]),
                    &arr2(&p[12..18], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..9]),
                    &arr1(&t[9..12]),
                    &arr2(&t[12..18], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g015_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr1(&p[7..9]),
                            &arr1(&p[9..12]),
                            &arr2(&p[12..18], 3, 2),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            &arr1(&v[7..9]),
                            &arr1(&v[9..12]),
                            &arr2(&v[12..18], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g016_gradient() {
        check(
            &points![
                [-0.77, -0.47, 1.34, -0.61, 0.69, -1.15, -0.97, 0.61, 0.78, 0.71, -1.1, 1.28], [1.2, 0.75, 0.4, -0.8, -0.64, -0.5, 1.1, 1.1, 0.66, -0.25, 0.91, 0.92]
            ],
            Companions {
                f: &|p| g016(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g016_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g016_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g016_graph(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g016_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g016_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g017_gradient() {
        check(
            &points![
                [1.27, 0.97, 0.37, -1.09, 0.49, -0.6, 1.05, -1.12, -0.94, 0.39, -0.32, -0.63, 0.39, -0.25, -0.56, 0.57, 0.71, 0.9], [0.3, -0.46, 0.59,
                -1.27, 1.36, 0.81, -1.02, 0.39, -0.68, -0.72, 1.22, -0.56, -0.48,
                0.56, -1.3, -0.94, -0.56, -1.4]
            ],
            Companions {
                f: &|p| g017(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..18]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g017_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 2, 3),
                        &arr1(&p[15..18]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g017_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 2, 3),
                        &arr1(&p[15..18]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g017_graph(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..18]),
                ),
                names: &["x0", "b", "w", "a", "u"],
                jvp: &|p, t| g017_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..18]),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    &arr1(&t[7..9]),
                    &arr2(&t[9..15], 2, 3),
                    &arr1(&t[15..18]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g017_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            &arr1(&p[7..9]),
                            &arr2(&p[9..15], 2, 3),
                            &arr1(&p[15..18]),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            &arr1(&v[7..9]),
                            &arr2(&v[9..15], 2, 3),
                            &arr1(&v[15..18]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g018_gradient() {
        check(
            &points![
                [-1.15, 0.6, -0.48, -1.03, 1.07, 0.44, 0.25, -1.02, 1.35, 0.32, -0.4, 1.28, -0.43, 0.58, 0.52, -1.0, 1.3], [0.5, -0.41, -0.83, -0.47,
                0.81, 0.63, -1.26, -0.44, -1.32, -0.26, -1.2, -1.02, -1.37, 0.73,
                -0.42, -0.21, 1.31]
            ],
            Companions {
                f: &|p| g018(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                    p[13],
                    &arr2(&p[14..17], 1, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g018_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 2, 3),
                        &arr2(&p[11..13], 2, 1),
                        p[13],
                        &arr2(&p[14..17], 1, 3),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g018_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 2, 3),
                        &arr2(&p[11..13], 2, 1),
                        p[13],
                        &arr2(&p[14..17], 1, 3),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g018_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                    p[13],
                    &arr2(&p[14..17], 1, 3),
                ),
                names: &["u", "w", "a", "c", "x0", "d"],
                jvp: &|p, t| g018_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                    p[13],
                    &arr2(&p[14..17], 1, 3),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 2, 3),
                    &arr2(&t[11..13], 2, 1),
                    t[13],
                    &arr2(&t[14..17], 1, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g018_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 2, 3),
                            &arr2(&p[11..13], 2, 1),
                            p[13],
                            &arr2(&p[14..17], 1, 3),
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            &arr2(&v[5..11], 2, 3),
                            &arr2(&v[11..13], 2, 1),
                            v[13],
                            &arr2(&v[14..17], 1, 3),
                        );
                        (
                            value,
                            flat![g0, g1, g2, g3, g4, g5],
                            flat![h0, h1, h2, h3, h4, h5],
                        )
                    },
                ),
            },
        );
    }
    #[test]
    fn g019_gradient() {
        check(
            &points![
                [0.34, 1.19, -1.38, 0.82, -0.39, -0.55, 0.45, 0.24, 0.5, 0.82, -0.38,
                0.58], [0.29, -0.36, 1.12, -0.34, 1.2, 1.07, -0.92, -0.76, 0.95,
                0.56, -0.27, 0.76]
            ],
            Companions {
                f: &|p| g019(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g019_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g019_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g019_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                    p[11],
                ),
                names: &["u", "a", "w", "x1"],
                jvp: &|p, t| g019_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                    p[11],
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr1(&t[8..11]),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g019_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr1(&p[8..11]),
                            p[11],
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr1(&v[8..11]),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g020_gradient() {
        check(
            &points![
                [-1.12, 1.35, 0.87, 0.39, 0.58, -0.44, 0.34, -1.0, -0.5, -0.9, 1.28,
                -0.22, -0.64, -1.32, -0.41], [-0.43, -0.86, 0.22, -0.23, 0.81, -0.44, 0.42, 0.67, -1.33, 0.91, 0.68, -1.03, 1.24, 0.37, 0.92]
            ],
            Companions {
                f: &|p| g020(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g020_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g020_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g020_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["x0", "u", "b", "a"],
                jvp: &|p, t| g020_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..9], 3, 2),
                    &arr2(&t[9..15], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g020_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..9], 3, 2),
                            &arr2(&p[9..15], 3, 2),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr2(&v[3..9], 3, 2),
                            &arr2(&v[9..15], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g021_gradient() {
        check(
            &points![
                [-0.75, -0.87, -0.78, -0.67, -0.95, 0.66, -1.2, 1.0, 0.2, -0.7, -1.01, 1.05, -1.05, -0.81, 1.11, 0.48, -0.37, 0.62, 0.91, 0.95, -1.13], [-0.54, 0.37, 1.25, 1.16, 0.57, 1.29, -0.3, -0.85, -0.28, -0.65, -0.81, 0.58, -0.22, 0.58, -0.29, 0.88, 1.15, -1.23, 1.36, -0.44, -0.47]
            ],
            Companions {
                f: &|p| g021(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..21], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g021_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr2(&p[17..21], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g021_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr2(&p[17..21], 1, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g021_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..21], 1, 4),
                ),
                names: &["u", "x0", "a", "d"],
                jvp: &|p, t| g021_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..21], 1, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                    &arr2(&t[17..21], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g021_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr2(&p[17..21], 1, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                            &arr2(&v[17..21], 1, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g022_gradient() {
        check(
            &points![
                [0.31, -0.86, 0.22, 0.82, -0.28, 0.26, 0.89, -0.67, 0.43, -0.64, -1.05, 1.18, 0.77, 0.93, 0.62, -0.22, 0.9], [0.86, -0.91, -1.3, 0.33,
                1.25, 1.2, 1.15, 0.68, 0.24, 0.27, -0.96, -0.36, -0.84, -0.73, -0.87, 0.58, -0.81]
            ],
            Companions {
                f: &|p| g022(&arr2(&p[0..8], 2, 4), p[8], &arr2(&p[9..17], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g022_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..17], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g022_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..17], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g022_graph(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..17], 2, 4),
                ),
                names: &["b", "x0", "a"],
                jvp: &|p, t| g022_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..17], 2, 4),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr2(&t[9..17], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g022_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            &arr2(&p[9..17], 2, 4),
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            &arr2(&v[9..17], 2, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g023_gradient() {
        check(
            &points![
                [-0.94, 0.23, -0.86, -0.79, 1.17, 1.22, -0.98, -0.7, 0.84, -0.43, -0.91, -1.37, -0.33], [-0.23, 0.73, -0.41, 1.11, 1.23, 0.86, -1.06,
                1.11, -0.25, 0.55, 0.35, 0.79, 1.39]
            ],
            Companions {
                f: &|p| g023(p[0], &arr2(&p[1..13], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g023_grad(p[0], &arr2(&p[1..13], 3, 4));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g023_vjp(p[0], &arr2(&p[1..13], 3, 4));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g023_graph(p[0], &arr2(&p[1..13], 3, 4)),
                names: &["x0", "a"],
                jvp: &|p, t| g023_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g023_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g024_gradient() {
        check(
            &points![
                [-0.65, -1.29, -1.25, -1.04, 0.44, -0.83, 0.7, 0.78, -0.45, 1.27, -0.3, 0.39, -0.31, 0.24, -0.92, 0.29, 0.43, 0.76, 0.22, 0.24, 1.07],
                [0.33, 0.82, -0.23, 1.18, 0.29, -0.23, 1.27, 0.57, 0.9, -0.22, -0.55,
                0.71, 0.46, 0.52, -0.82, 0.48, -0.32, 1.15, -1.0, 1.33, -1.2]
            ],
            Companions {
                f: &|p| g024(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..7], 3, 1),
                    p[7],
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g024_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..7], 3, 1),
                        p[7],
                        p[8],
                        &arr2(&p[9..21], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g024_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..7], 3, 1),
                        p[7],
                        p[8],
                        &arr2(&p[9..21], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g024_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..7], 3, 1),
                    p[7],
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                ),
                names: &["u", "c", "x0", "x1", "a"],
                jvp: &|p, t| g024_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..7], 3, 1),
                    p[7],
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..7], 3, 1),
                    t[7],
                    t[8],
                    &arr2(&t[9..21], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g024_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..7], 3, 1),
                            p[7],
                            p[8],
                            &arr2(&p[9..21], 3, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..7], 3, 1),
                            v[7],
                            v[8],
                            &arr2(&v[9..21], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g025_gradient() {
        check(
            &points![
                [1.33, -0.26, -1.17, -0.31, -0.9, 0.73, -1.11, -0.49, 0.32], [0.49,
                1.28, -0.87, -0.66, -0.82, -1.32, 0.7, -0.7, 1.03]
            ],
            Companions {
                f: &|p| g025(&arr1(&p[0..3]), &arr2(&p[3..9], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g025_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g025_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g025_graph(&arr1(&p[0..3]), &arr2(&p[3..9], 3, 2)),
                names: &["w", "a"],
                jvp: &|p, t| g025_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g025_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 3, 2),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 3, 2),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g026_gradient() {
        check(
            &points![
                [0.52, 0.31, -1.31, -1.31, 0.29, 0.45, -0.74, 1.13, -0.61, -0.87,
                0.25, -0.7, 0.82, -1.08, 0.47, 1.08], [0.78, -0.47, -1.11, -1.12, -1.25, 1.36, 0.95, -0.25, -1.03, -1.0, -1.03, -0.44, -0.76, 0.76,
                0.83, -0.99]
            ],
            Companions {
                f: &|p| g026(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..10], 1, 2),
                    &arr2(&p[10..16], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g026_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..10], 1, 2),
                        &arr2(&p[10..16], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g026_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..10], 1, 2),
                        &arr2(&p[10..16], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g026_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..10], 1, 2),
                    &arr2(&p[10..16], 3, 2),
                ),
                names: &["u", "a", "d", "b"],
                jvp: &|p, t| g026_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..10], 1, 2),
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr2(&t[8..10], 1, 2),
                    &arr2(&t[10..16], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g026_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr2(&p[8..10], 1, 2),
                            &arr2(&p[10..16], 3, 2),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr2(&v[8..10], 1, 2),
                            &arr2(&v[10..16], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g027_gradient() {
        check(
            &points![
                [-0.8, -1.25, -0.32, 0.29, 0.34, -0.43, -0.41, 0.2, -0.91, 0.43, -0.35, 1.12, -0.84, -0.57, 1.31], [-0.75, -1.31, 1.25, 1.32, -1.02,
                0.93, -1.04, -0.87, 0.42, -0.46, 0.82, -0.73, 1.35, 0.83, -1.38]
            ],
            Companions {
                f: &|p| g027(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    p[8],
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g027_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        p[8],
                        &arr2(&p[9..12], 3, 1),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g027_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        p[8],
                        &arr2(&p[9..12], 3, 1),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g027_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    p[8],
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..15]),
                ),
                names: &["u", "a", "x1", "c", "w"],
                jvp: &|p, t| g027_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    p[8],
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..15]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    t[8],
                    &arr2(&t[9..12], 3, 1),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g027_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            p[8],
                            &arr2(&p[9..12], 3, 1),
                            &arr1(&p[12..15]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            v[8],
                            &arr2(&v[9..12], 3, 1),
                            &arr1(&v[12..15]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g028_gradient() {
        check(
            &points![
                [0.51, -0.23, 0.42, -1.02, 1.16, -0.65, -1.01, 0.45, -1.04, 0.42,
                0.71, 1.23, 0.98, 1.2, 0.4, -1.34, 1.06], [1.28, 1.33, 0.26, 0.4, 1.14,
                -0.77, -0.94, -1.26, -1.21, 0.29, 0.94, 0.25, 1.32, -0.89, 1.39, -1.01, -0.46]
            ],
            Companions {
                f: &|p| g028(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 2, 3),
                    p[16],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g028_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                        &arr2(&p[10..16], 2, 3),
                        p[16],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g028_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                        &arr2(&p[10..16], 2, 3),
                        p[16],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g028_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 2, 3),
                    p[16],
                ),
                names: &["a", "u", "x1", "b", "x0"],
                jvp: &|p, t| g028_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&p[10..16], 2, 3),
                    p[16],
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    t[9],
                    &arr2(&t[10..16], 2, 3),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g028_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..9]),
                            p[9],
                            &arr2(&p[10..16], 2, 3),
                            p[16],
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..9]),
                            v[9],
                            &arr2(&v[10..16], 2, 3),
                            v[16],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g029_gradient() {
        check(
            &points![
                [-0.36, -0.62, -1.38, 0.73, -1.23, 0.38, -1.19, -0.3, -0.86, -0.45, -1.27, -1.36, 1.24, -0.78], [-0.78, -1.17, 1.08, -1.11, -1.25, -0.66, 0.55, -0.81, 0.63, 1.14, -1.03, 0.61, -1.38, 0.52]
            ],
            Companions {
                f: &|p| g029(&arr1(&p[0..2]), &arr1(&p[2..6]), &arr2(&p[6..14], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g029_grad(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..6]),
                        &arr2(&p[6..14], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g029_vjp(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..6]),
                        &arr2(&p[6..14], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g029_graph(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..6]),
                    &arr2(&p[6..14], 2, 4),
                ),
                names: &["w", "u", "a"],
                jvp: &|p, t| g029_jvp(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..6]),
                    &arr2(&p[6..14], 2, 4),
                    &arr1(&t[0..2]),
                    &arr1(&t[2..6]),
                    &arr2(&t[6..14], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g029_hvp(
                            &arr1(&p[0..2]),
                            &arr1(&p[2..6]),
                            &arr2(&p[6..14], 2, 4),
                            &arr1(&v[0..2]),
                            &arr1(&v[2..6]),
                            &arr2(&v[6..14], 2, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g030_gradient() {
        check(
            &points![
                [-0.72, -1.13, -0.21, 1.17, 0.91, 0.23, -1.02, 0.26, -1.38, -0.9, -1.28, -1.37, -1.31, 0.66, 0.41, 1.22, -0.25, -1.12, 0.27, -0.25,
                0.28, -0.97], [0.75, 0.7, 0.41, 1.11, -0.98, -0.94, -0.2, -0.96, -0.75, -0.77, 0.89, 1.02, -0.28, -0.21, 0.71, -1.39, -0.31, -0.87,
                0.31, -0.67, -0.74, 0.56]
            ],
            Companions {
                f: &|p| g030(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..22], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g030_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        &arr2(&p[20..22], 2, 1),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g030_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        &arr2(&p[20..22], 2, 1),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g030_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..22], 2, 1),
                ),
                names: &["a", "u", "b", "c"],
                jvp: &|p, t| g030_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..22], 2, 1),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                    &arr2(&t[12..20], 2, 4),
                    &arr2(&t[20..22], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g030_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            &arr2(&p[12..20], 2, 4),
                            &arr2(&p[20..22], 2, 1),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
                            &arr2(&v[12..20], 2, 4),
                            &arr2(&v[20..22], 2, 1),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g031_gradient() {
        check(
            &points![
                [-0.71, -0.21, 1.35, -1.22, -0.56, 0.66, -1.19, 0.94, 0.56, -0.97,
                1.36, 0.8, 0.78, 0.62, -0.66], [0.56, -1.37, -1.21, -0.81, 1.13, -0.27, -0.99, -0.63, -0.74, -1.32, 1.04, -1.12, 1.18, 0.54, 0.78]
            ],
            Companions {
                f: &|p| g031(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g031_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g031_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g031_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["a", "x0", "u", "b"],
                jvp: &|p, t| g031_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..9]),
                    &arr2(&t[9..15], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g031_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr1(&p[7..9]),
                            &arr2(&p[9..15], 3, 2),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            &arr1(&v[7..9]),
                            &arr2(&v[9..15], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g032_gradient() {
        check(
            &points![
                [-0.51, -0.46, -1.22, 0.93, -0.68, -1.06, -0.23, -1.05, -1.3,
                1.06, 0.46, -0.93, -0.98, -0.52, 0.99, -1.26, -1.23, -0.22, -0.65,
                0.24, -1.31, 0.67, 0.8, 0.66, -0.22, 1.13, -0.41, 0.88, 0.2, 1.06, -0.68, 0.72], [-0.7, 0.7, -1.22, 0.77, 1.14, 0.7, 0.65, 1.31, -1.27, -1.07, 0.2, -1.16, 0.78, -0.99, -0.23, 0.93, 0.53, 0.71, -1.21, -1.1,
                1.0, 0.64, 0.9, -1.26, -1.16, 0.76, 0.31, -1.19, 0.35, 0.8, -1.19, -0.79]
            ],
            Companions {
                f: &|p| g032(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..28], 3, 4),
                    &arr1(&p[28..31]),
                    p[31],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g032_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..28], 3, 4),
                        &arr1(&p[28..31]),
                        p[31],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g032_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..28], 3, 4),
                        &arr1(&p[28..31]),
                        p[31],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g032_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..28], 3, 4),
                    &arr1(&p[28..31]),
                    p[31],
                ),
                names: &["u", "a", "b", "w", "x0"],
                jvp: &|p, t| g032_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..28], 3, 4),
                    &arr1(&p[28..31]),
                    p[31],
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr2(&t[16..28], 3, 4),
                    &arr1(&t[28..31]),
                    t[31],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g032_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr2(&p[16..28], 3, 4),
                            &arr1(&p[28..31]),
                            p[31],
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
                            &arr2(&v[16..28], 3, 4),
                            &arr1(&v[28..31]),
                            v[31],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g033_gradient() {
        check(
            &points![
                [-0.68, -0.55, -0.66, -0.58, -0.64, 0.64, -0.79, 0.91, -1.2, 0.3,
                0.94, 0.92, -0.62], [0.86, 0.23, 1.0, 0.5, 0.71, -1.16, -0.88, 0.48, -1.12, -0.58, 0.22, 0.43, -0.34]
            ],
            Companions {
                f: &|p| g033(p[0], &arr1(&p[1..5]), &arr2(&p[5..13], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g033_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..13], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g033_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..13], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g033_graph(p[0], &arr1(&p[1..5]), &arr2(&p[5..13], 2, 4)),
                names: &["x1", "u", "a"],
                jvp: &|p, t| g033_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..13], 2, 4),
                    t[0],
                    &arr1(&t[1..5]),
                    &arr2(&t[5..13], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g033_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            &arr2(&p[5..13], 2, 4),
                            v[0],
                            &arr1(&v[1..5]),
                            &arr2(&v[5..13], 2, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g034_gradient() {
        check(
            &points![
                [0.97, 1.27, 0.36, 1.1, -0.64, 0.78, -1.18, 0.91, -1.0, -0.32, -0.22, -0.25, 0.22, -1.0, -0.47, 0.34, -1.31, 0.33, -0.9, 1.0, -0.74, -0.35, -1.0, 0.73], [-0.87, 0.32, 0.22, -0.31, -1.1, -1.33, -0.96, 0.62, -0.95, -0.44, -0.86, 0.53, 0.83, -0.52, 0.61, 1.3, 0.94,
                1.3, -1.13, -0.54, -0.93, 0.82, 0.61, 1.3]
            ],
            Companions {
                f: &|p| g034(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g034_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g034_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g034_graph(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                names: &["a", "b"],
                jvp: &|p, t| g034_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g034_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g035_gradient() {
        check(
            &points![
                [0.59, 1.23, -1.3, 1.26, 0.87, 0.37, 0.6, 0.58, -0.29, 0.61], [-0.7,
                0.9, 0.36, 0.76, -0.32, 1.09, -1.0, 0.9, -0.89, 1.24]
            ],
            Companions {
                f: &|p| g035(&arr2(&p[0..6], 2, 3), p[6], &arr1(&p[7..10])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g035_grad(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g035_vjp(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g035_graph(&arr2(&p[0..6], 2, 3), p[6], &arr1(&p[7..10])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g035_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                    &arr1(&t[7..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g035_hvp(
                            &arr2(&p[0..6], 2, 3),
                            p[6],
                            &arr1(&p[7..10]),
                            &arr2(&v[0..6], 2, 3),
                            v[6],
                            &arr1(&v[7..10]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g036_gradient() {
        check(
            &points![
                [0.84, 1.3, -1.0, -0.65, -0.33, 0.48, -0.86, -0.59, -0.84, 0.87,
                0.24, -0.42, 0.57, 0.83, -0.25, 0.59, 1.37, 1.05, 1.08], [-1.25, 0.35,
                -1.34, 0.95, -1.12, -1.08, -0.49, -0.28, -1.09, 0.76, 0.97, 1.09,
                0.55, -0.89, 0.58, -0.99, 0.93, -1.07, -1.14]
            ],
            Companions {
                f: &|p| g036(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4), &arr1(&p[16..19])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g036_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g036_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g036_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                ),
                names: &["u", "a", "w"],
                jvp: &|p, t| g036_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr1(&t[16..19]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g036_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&p[16..19]),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
                            &arr1(&v[16..19]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g037_gradient() {
        check(
            &points![
                [1.14, 0.4, 0.88, 1.17, -1.38, 0.53, -0.33, 1.27, -0.46, -1.15, -1.02, 0.44, 0.79, 0.5], [0.6, 1.39, -1.26, 0.58, 0.89, 0.46, 0.7, -1.3,
                -0.47, -0.46, 0.45, 0.56, 0.64, -1.36]
            ],
            Companions {
                f: &|p| g037(p[0], p[1], &arr2(&p[2..8], 3, 2), &arr2(&p[8..14], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g037_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g037_vjp(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g037_graph(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                ),
                names: &["x0", "x1", "b", "a"],
                jvp: &|p, t| g037_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    t[0],
                    t[1],
                    &arr2(&t[2..8], 3, 2),
                    &arr2(&t[8..14], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g037_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..8], 3, 2),
                            &arr2(&p[8..14], 3, 2),
                            v[0],
                            v[1],
                            &arr2(&v[2..8], 3, 2),
                            &arr2(&v[8..14], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g038_gradient() {
        check(
            &points![
                [-0.78, -1.12, 0.34, 0.91, 1.24, -0.53, -0.81, 0.75, -0.81, 0.96, -1.39, 1.19, -0.52, 1.19, -0.43, 0.69, -0.73, -0.45, -0.44, 1.04, -0.75, -0.59, -0.83, -0.42, 0.36], [0.69, -0.75, -0.7, 1.08, -0.25,
                0.89, -0.84, -1.18, 1.16, -0.75, -1.1, -0.91, 0.8, 0.62, 1.35, 1.31,
                -0.55, -1.17, 1.07, 1.14, -1.0, -1.01, 0.46, -0.71, 0.95]
            ],
            Companions {
                f: &|p| g038(p[0], &arr2(&p[1..13], 3, 4), &arr2(&p[13..25], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g038_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr2(&p[13..25], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g038_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr2(&p[13..25], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g038_graph(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr2(&p[13..25], 3, 4),
                ),
                names: &["x0", "b", "a"],
                jvp: &|p, t| g038_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr2(&p[13..25], 3, 4),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    &arr2(&t[13..25], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g038_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            &arr2(&p[13..25], 3, 4),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                            &arr2(&v[13..25], 3, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g039_gradient() {
        check(
            &points![
                [0.89, 0.47, 0.98, -0.77, 0.83, -0.56, -0.64, 0.71, 0.82, -0.44,
                0.34, -1.08], [1.0, 0.76, -0.21, 0.75, -0.78, 0.48, -0.77, 0.56, -0.42, 1.16, -0.87, 0.67]
            ],
            Companions {
                f: &|p| g039(
                    &arr2(&p[0..2], 2, 1),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g039_grad(
                        &arr2(&p[0..2], 2, 1),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g039_vjp(
                        &arr2(&p[0..2], 2, 1),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g039_graph(
                    &arr2(&p[0..2], 2, 1),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                names: &["c", "x0", "u", "a"],
                jvp: &|p, t| g039_jvp(
                    &arr2(&p[0..2], 2, 1),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    &arr2(&t[0..2], 2, 1),
                    t[2],
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g039_hvp(
                            &arr2(&p[0..2], 2, 1),
                            p[2],
                            &arr1(&p[3..6]),
                            &arr2(&p[6..12], 2, 3),
                            &arr2(&v[0..2], 2, 1),
                            v[2],
                            &arr1(&v[3..6]),
                            &arr2(&v[6..12], 2, 3),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g040_gradient() {
        check(
            &points![
                [0.78, 0.93, 0.32, 1.04, 0.29, 1.21, 0.91, -0.36, -0.91, -0.84, -1.09, 0.58, 0.32, -0.6, -0.89, 1.13, -0.82, -1.26, 1.21, 0.74],
                [0.75, -1.05, -1.09, 1.37, -1.24, 1.22, 1.39, 1.06, 0.99, -0.36, -1.16, -1.0, -1.03, 1.06, -1.16, -0.42, -1.36, 0.71, 1.01, 1.27]
            ],
            Companions {
                f: &|p| g040(
                    p[0],
                    &arr2(&p[1..3], 2, 1),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..17]),
                    &arr1(&p[17..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g040_grad(
                        p[0],
                        &arr2(&p[1..3], 2, 1),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                        &arr1(&p[15..17]),
                        &arr1(&p[17..20]),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g040_vjp(
                        p[0],
                        &arr2(&p[1..3], 2, 1),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                        &arr1(&p[15..17]),
                        &arr1(&p[17..20]),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g040_graph(
                    p[0],
                    &arr2(&p[1..3], 2, 1),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..17]),
                    &arr1(&p[17..20]),
                ),
                names: &["x0", "c", "b", "a", "w", "u"],
                jvp: &|p, t| g040_jvp(
                    p[0],
                    &arr2(&p[1..3], 2, 1),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&p[15..17]),
                    &arr1(&p[17..20]),
                    t[0],
                    &arr2(&t[1..3], 2, 1),
                    &arr2(&t[3..9], 2, 3),
                    &arr2(&t[9..15], 2, 3),
                    &arr1(&t[15..17]),
                    &arr1(&t[17..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g040_hvp(
                            p[0],
                            &arr2(&p[1..3], 2, 1),
                            &arr2(&p[3..9], 2, 3),
                            &arr2(&p[9..15], 2, 3),
                            &arr1(&p[15..17]),
                            &arr1(&p[17..20]),
                            v[0],
                            &arr2(&v[1..3], 2, 1),
                            &arr2(&v[3..9], 2, 3),
                            &arr2(&v[9..15], 2, 3),
                            &arr1(&v[15..17]),
                            &arr1(&v[17..20]),
                        );
                        (
                            value,
                            flat![g0, g1, g2, g3, g4, g5],
                            flat![h0, h1, h2, h3, h4, h5],
                        )
                    },
                ),
            },
        );
    }
    #[test]
    fn g041_gradient() {
        check(
            &points![
                [1.29, 1.02, -0.21, -1.17, 0.61, -1.16, 0.45, -1.38, -1.38, 0.82,
                1.25, 0.65, 1.13, 1.1, -0.34, 1.33], [-1.14, -1.32, 0.24, 0.8, 0.51,
                1.28, -0.49, 1.1, -0.31, 0.6, -0.83, 0.52, 1.08, 0.76, 0.39, -0.8]
            ],
            Companions {
                f: &|p| g041(p[0], &arr2(&p[1..13], 3, 4), &arr1(&p[13..16])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g041_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..16]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g041_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..16]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g041_graph(p[0], &arr2(&p[1..13], 3, 4), &arr1(&p[13..16])),
                names: &["x0", "a", "w"],
                jvp: &|p, t| g041_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr1(&p[13..16]),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    &arr1(&t[13..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g041_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            &arr1(&p[13..16]),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                            &arr1(&v[13..16]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g042_gradient() {
        check(
            &points![
                [-1.34, -1.12, 0.62, 0.73, -1.17, 0.37, -0.87, 1.09, -1.09, -0.75,
                -1.01, -0.93, 0.56, -0.9], [0.98, 0.24, -1.35, -0.35, -0.65, 1.18,
                -1.3, -0.56, 1.26, 0.22, -0.91, -0.89, -0.33, -0.83]
            ],
            Companions {
                f: &|p| g042(&arr1(&p[0..4]), p[4], p[5], &arr2(&p[6..14], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g042_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        p[5],
                        &arr2(&p[6..14], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g042_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        p[5],
                        &arr2(&p[6..14], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g042_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    p[5],
                    &arr2(&p[6..14], 2, 4),
                ),
                names: &["u", "x0", "x1", "a"],
                jvp: &|p, t| g042_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    p[5],
                    &arr2(&p[6..14], 2, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    t[5],
                    &arr2(&t[6..14], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g042_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            p[5],
                            &arr2(&p[6..14], 2, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            v[5],
                            &arr2(&v[6..14], 2, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g043_gradient() {
        check(
            &points![
                [-0.78, -0.88, 0.66, -0.9, -1.34, -0.75, -1.33, 0.43, -0.35, -1.28, -1.11, 1.02, 0.28, 0.75, -0.48, 0.65, 0.5, -0.8, -0.48, 1.04,
                0.28, 0.81, -1.24, -0.49, -0.45, 0.43, -0.42], [0.38, 1.28, -0.3, -0.87, -1.17, 0.27, 0.8, -0.47, -0.8, 0.21, 0.87, -1.23, -0.83, -0.66, 0.29, 0.57, -0.52, 1.14, -0.55, 1.08, -1.38, -0.91, 0.58, 0.35,
                1.34, -0.49, -1.05]
            ],
            Companions {
                f: &|p| g043(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g043_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..27], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g043_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..27], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g043_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                ),
                names: &["w", "b", "a"],
                jvp: &|p, t| g043_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    &arr2(&t[15..27], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g043_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            &arr2(&p[15..27], 3, 4),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            &arr2(&v[15..27], 3, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g044_gradient() {
        check(
            &points![
                [-1.35, -1.17, -1.12, -0.28, -1.16, 0.9, -0.42, 0.47, 1.05, 0.25],
                [0.64, 1.28, -0.49, -0.39, 0.82, -1.16, -1.14, 0.27, -0.58, -0.96]
            ],
            Companions {
                f: &|p| g044(&arr2(&p[0..8], 2, 4), p[8], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g044_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g044_vjp(&arr2(&p[0..8], 2, 4), p[8], p[9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g044_graph(&arr2(&p[0..8], 2, 4), p[8], p[9]),
                names: &["a", "x0", "x1"],
                jvp: &|p, t| g044_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g044_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            p[9],
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            v[9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g045_gradient() {
        check(
            &points![
                [1.09, -0.29, 1.31, -0.68, 0.36, 0.62, 0.91, -1.35, -1.26, -0.27, -1.37, -0.33, 1.16, -0.84, 0.6, -0.74, -0.48], [0.23, -0.27, 1.4,
                0.76, 1.36, -0.91, 1.27, -1.39, 1.23, -0.96, 0.91, 1.37, -1.17, 1.34,
                1.14, -0.94, -0.38]
            ],
            Companions {
                f: &|p| g045(&arr1(&p[0..3]), p[3], &arr2(&p[4..16], 3, 4), p[16]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g045_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..16], 3, 4),
                        p[16],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g045_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..16], 3, 4),
                        p[16],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g045_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..16], 3, 4),
                    p[16],
                ),
                names: &["w", "x1", "a", "x0"],
                jvp: &|p, t| g045_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..16], 3, 4),
                    p[16],
                    &arr1(&t[0..3]),
                    t[3],
                    &arr2(&t[4..16], 3, 4),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g045_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            &arr2(&p[4..16], 3, 4),
                            p[16],
                            &arr1(&v[0..3]),
                            v[3],
                            &arr2(&v[4..16], 3, 4),
                            v[16],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g046_gradient() {
        check(
            &points![
                [-0.76, 0.67, 1.12, 0.85, 0.7, 0.46, 0.35, 1.35, -1.22, -1.02, -0.3,
                0.75, 0.73, 0.79, -1.14, -0.52, -1.02, 0.27, -0.28, 1.05, 0.38, 0.53,
                1.0], [1.07, -0.81, -0.68, -0.96, 0.95, 0.5, -0.99, -0.65, 0.26,
                1.16, -0.32, -0.71, 0.76, 1.0, -0.46, 1.05, -1.39, -1.17, 0.51, -1.27, -0.21, -0.69, 0.97]
            ],
            Companions {
                f: &|p| g046(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..18], 3, 1),
                    &arr1(&p[18..22]),
                    p[22],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g046_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..18], 3, 1),
                        &arr1(&p[18..22]),
                        p[22],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g046_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..18], 3, 1),
                        &arr1(&p[18..22]),
                        p[22],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g046_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..18], 3, 1),
                    &arr1(&p[18..22]),
                    p[22],
                ),
                names: &["w", "a", "c", "u", "x0"],
                jvp: &|p, t| g046_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..18], 3, 1),
                    &arr1(&p[18..22]),
                    p[22],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    &arr2(&t[15..18], 3, 1),
                    &arr1(&t[18..22]),
                    t[22],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g046_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            &arr2(&p[15..18], 3, 1),
                            &arr1(&p[18..22]),
                            p[22],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            &arr2(&v[15..18], 3, 1),
                            &arr1(&v[18..22]),
                            v[22],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g047_gradient() {
        check(
            &points![
                [0.4, 0.26, 1.15, -1.19, -0.32, -0.45, -0.31, 0.99, 1.09, -0.46,
                0.92, -0.69, -0.73], [-0.24, -0.44, -0.71, 0.32, 0.66, 0.93, -0.6,
                0.88, -0.64, 1.06, 1.1, -0.51, 1.26]
            ],
            Companions {
                f: &|p| g047(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g047_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g047_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g047_graph(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g047_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr1(&p[9..13]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g047_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            &arr1(&p[9..13]),
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            &arr1(&v[9..13]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g048_gradient() {
        check(
            &points![
                [1.35, -1.19, -1.01, 0.36, -0.29, 0.74, 0.9, -0.62, -0.79, -0.92,
                0.95, 1.35, -0.5, -0.33], [0.41, -1.37, -1.25, -0.94, 0.8, 0.67,
                0.45, 0.22, -0.3, -0.25, -0.89, -1.15, 0.77, -0.28]
            ],
            Companions {
                f: &|p| g048(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..14]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g048_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        &arr1(&p[12..14]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g048_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        &arr1(&p[12..14]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g048_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..14]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g048_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..14]),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                    &arr1(&t[12..14]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g048_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..12], 3, 2),
                            &arr1(&p[12..14]),
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..12], 3, 2),
                            &arr1(&v[12..14]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g049_gradient() {
        check(
            &points![
                [1.22, -0.27, 0.56, -0.87, -0.55, -1.14, 0.58, -1.16, -0.86],
                [0.69, 0.61, -1.33, -0.41, 1.4, -1.2, 0.85, 1.24, 1.28]
            ],
            Companions {
                f: &|p| g049(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g049_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g049_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g049_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                names: &["a", "u", "x1"],
                jvp: &|p, t| g049_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g049_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            p[8],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                            v[8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g050_gradient() {
        check(
            &points![
                [-0.87, -0.72, 0.25, -0.77, -0.46, -1.2, 0.3, 0.5, -0.56, -0.5,
                1.31, -0.59, -1.18, -0.28, -0.41, -0.76], [-0.43, -0.62, -0.3, -1.34, 1.0, 0.84, -0.56, 0.27, 1.02, -1.34, -1.33, 1.14, 0.93, -0.24,
                -0.22, -0.75]
            ],
            Companions {
                f: &|p| g050(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr2(&p[7..13], 2, 3),
                    &arr1(&p[13..16]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g050_grad(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr2(&p[7..13], 2, 3),
                        &arr1(&p[13..16]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g050_vjp(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr2(&p[7..13], 2, 3),
                        &arr1(&p[13..16]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g050_graph(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr2(&p[7..13], 2, 3),
                    &arr1(&p[13..16]),
                ),
                names: &["a", "x1", "b", "u"],
                jvp: &|p, t| g050_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr2(&p[7..13], 2, 3),
                    &arr1(&p[13..16]),
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                    &arr2(&t[7..13], 2, 3),
                    &arr1(&t[13..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g050_hvp(
                            &arr2(&p[0..6], 2, 3),
                            p[6],
                            &arr2(&p[7..13], 2, 3),
                            &arr1(&p[13..16]),
                            &arr2(&v[0..6], 2, 3),
                            v[6],
                            &arr2(&v[7..13], 2, 3),
                            &arr1(&v[13..16]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g051_gradient() {
        check(
            &points![
                [-0.22, 0.39, -0.29, -0.71, 0.54, -1.12, -0.52, 1.21, 0.45, 0.28, -1.25, 0.3, 0.81, -0.82, 1.05, -0.47, 0.61, 0.99, 1.02, 0.98, 1.27, -1.38, -0.57, -0.41, -0.3, 0.81, -1.4, 1.23, 0.93], [1.35, 1.36, 0.49,
                -0.94, 1.05, 1.21, -0.44, 0.79, -1.34, 0.87, 0.34, 0.33, 0.66, 0.73,
                0.37, 0.21, 0.85, -1.32, 0.96, -0.5, 1.05, 0.62, 0.89, 0.29, -1.35,
                0.38, -0.45, 0.92, -0.88]
            ],
            Companions {
                f: &|p| g051(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..29], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g051_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr2(&p[17..29], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g051_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr2(&p[17..29], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g051_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..29], 3, 4),
                ),
                names: &["u", "x0", "b", "a"],
                jvp: &|p, t| g051_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                    &arr2(&t[17..29], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g051_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr2(&p[17..29], 3, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                            &arr2(&v[17..29], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g052_gradient() {
        check(
            &points![
                [0.66, 0.21, 0.34, 0.58, -0.4, -1.06, -0.59, 0.48, 0.5], [-0.69, -0.97, -0.63, -0.31, -0.63, 0.88, 1.39, -0.96, 0.58]
            ],
            Companions {
                f: &|p| g052(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g052_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g052_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g052_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g052_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g052_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            p[8],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                            v[8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g053_gradient() {
        check(
            &points![
                [0.79, 1.06, -0.31, -0.99, 0.21, 0.42, -0.52, -0.25, 0.53, -0.35],
                [-1.08, -0.51, 0.88, -0.28, -0.28, 1.25, 1.39, 1.16, 0.48, -0.57]
            ],
            Companions {
                f: &|p| g053(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3), p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g053_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g053_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        p[9],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g053_graph(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3), p[9]),
                names: &["u", "a", "x0"],
                jvp: &|p, t| g053_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    p[9],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g053_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 2, 3),
                            p[9],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 2, 3),
                            v[9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g054_gradient() {
        check(
            &points![
                [0.65, 0.52, -1.13, -1.08, 0.3, -0.77, -0.29, -0.55, 0.59, 0.89, -0.38, -0.99, 1.28, 0.84, -0.28, 0.61, 0.26], [1.07, 0.21, -1.1, -1.36, 0.74, -0.57, -1.19, -0.75, 0.27, -1.02, -0.79, 0.61, -0.68, -1.17, -1.12, -0.71, -1.3]
            ],
            Companions {
                f: &|p| g054(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                    &arr2(&p[10..16], 3, 2),
                    p[16],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g054_grad(
                        &arr2(&p[0..2], 1, 2),
                        &arr1(&p[2..4]),
                        &arr2(&p[4..10], 3, 2),
                        &arr2(&p[10..16], 3, 2),
                        p[16],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g054_vjp(
                        &arr2(&p[0..2], 1, 2),
                        &arr1(&p[2..4]),
                        &arr2(&p[4..10], 3, 2),
                        &arr2(&p[10..16], 3, 2),
                        p[16],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g054_graph(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                    &arr2(&p[10..16], 3, 2),
                    p[16],
                ),
                names: &["d", "u", "a", "b", "x0"],
                jvp: &|p, t| g054_jvp(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                    &arr2(&p[10..16], 3, 2),
                    p[16],
                    &arr2(&t[0..2], 1, 2),
                    &arr1(&t[2..4]),
                    &arr2(&t[4..10], 3, 2),
                    &arr2(&t[10..16], 3, 2),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g054_hvp(
                            &arr2(&p[0..2], 1, 2),
                            &arr1(&p[2..4]),
                            &arr2(&p[4..10], 3, 2),
                            &arr2(&p[10..16], 3, 2),
                            p[16],
                            &arr2(&v[0..2], 1, 2),
                            &arr1(&v[2..4]),
                            &arr2(&v[4..10], 3, 2),
                            &arr2(&v[10..16], 3, 2),
                            v[16],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g055_gradient() {
        check(
            &points![
                [0.35, -1.17, -0.68, 0.2, 1.38, 1.36, -0.38, -1.05, -1.34, -1.05],
                [0.53, -0.31, 0.28, -1.01, 0.97, -0.87, -0.26, -1.4, -0.2, 1.24]
            ],
            Companions {
                f: &|p| g055(p[0], &arr2(&p[1..4], 3, 1), &arr2(&p[4..10], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g055_grad(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..10], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g055_vjp(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..10], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g055_graph(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..10], 3, 2),
                ),
                names: &["x0", "c", "a"],
                jvp: &|p, t| g055_jvp(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..10], 3, 2),
                    t[0],
                    &arr2(&t[1..4], 3, 1),
                    &arr2(&t[4..10], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g055_hvp(
                            p[0],
                            &arr2(&p[1..4], 3, 1),
                            &arr2(&p[4..10], 3, 2),
                            v[0],
                            &arr2(&v[1..4], 3, 1),
                            &arr2(&v[4..10], 3, 2),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g056_gradient() {
        check(
            &points![
                [-0.44, -1.05, -0.33, 0.79, -1.01, 1.07, -1.25, -0.79, 1.39, -1.32, -1.38], [0.53, 1.16, 0.23, -0.54, -0.71, -0.94, -0.77, -0.63,
                0.72, -0.32, -1.05]
            ],
            Companions {
                f: &|p| g056(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g056_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g056_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g056_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr1(&p[8..11]),
                ),
                names: &["a", "u", "w"],
                jvp: &|p, t| g056_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr1(&p[8..11]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g056_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            &arr1(&p[8..11]),
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                            &arr1(&v[8..11]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g057_gradient() {
        check(
            &points![
                [0.64, -0.89, 0.77, -0.66, 0.7, 0.7, -0.26, -0.31, -0.65, 1.28, -0.42, -1.34, 1.13, -0.63, -0.85, -0.9, -1.3, -1.39, -0.72, 0.71,
                1.16], [0.94, -1.09, -1.37, 1.3, -0.26, -1.38, -0.33, 1.36, -0.9,
                0.7, 1.24, -0.63, -1.07, 0.88, 0.49, -0.62, -1.28, -0.22, -0.55, -0.46, -0.51]
            ],
            Companions {
                f: &|p| g057(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g057_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        p[20],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g057_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        p[20],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g057_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                ),
                names: &["x0", "w", "u", "a", "x1"],
                jvp: &|p, t| g057_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                    t[0],
                    &arr1(&t[1..4]),
                    &arr1(&t[4..8]),
                    &arr2(&t[8..20], 3, 4),
                    t[20],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g057_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr1(&p[4..8]),
                            &arr2(&p[8..20], 3, 4),
                            p[20],
                            v[0],
                            &arr1(&v[1..4]),
                            &arr1(&v[4..8]),
                            &arr2(&v[8..20], 3, 4),
                            v[20],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g058_gradient() {
        check(
            &points![
                [-0.88, -0.98, -0.93, 1.11, -1.27, 0.46, 1.09, -0.93, -0.57, -0.93], [-0.47, -0.7, -1.33, 1.04, 0.54, 0.44, 0.62, -1.35, 0.56,
                0.85]
            ],
            Companions {
                f: &|p| g058(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g058_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g058_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g058_graph(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                names: &["u", "x0", "a"],
                jvp: &|p, t| g058_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..10], 2, 3),
                    &arr1(&t[0..3]),
                    t[3],
                    &arr2(&t[4..10], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g058_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            &arr2(&p[4..10], 2, 3),
                            &arr1(&v[0..3]),
                            v[3],
                            &arr2(&v[4..10], 2, 3),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g059_gradient() {
        check(
            &points![
                [-0.46, 0.7, -0.93, 1.23, 0.73, 0.26, 0.66, -0.69, 1.19, 0.45, -1.31,
                -0.58, -0.93, -1.14, -1.23, -0.93, -0.89, -1.31, 0.37, 1.12, 0.77,
                -0.29, 0.22, -1.38, 1.18, -0.69, 0.89], [1.29, 0.68, 0.4, -0.88,
                0.37, 0.37, 0.61, 0.83, 1.38, 1.11, 1.02, -0.51, 0.64, -0.53, -1.15,
                1.07, -0.87, -0.52, 0.36, 0.85, -0.58, -1.17, 1.4, -0.8, 1.28, 0.72,
                -0.38]
            ],
            Companions {
                f: &|p| g059(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..23], 3, 1),
                    &arr2(&p[23..27], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g059_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        &arr2(&p[20..23], 3, 1),
                        &arr2(&p[23..27], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g059_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        &arr2(&p[20..23], 3, 1),
                        &arr2(&p[23..27], 1, 4),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g059_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..23], 3, 1),
                    &arr2(&p[23..27], 1, 4),
                ),
                names: &["w", "x0", "u", "a", "c", "d"],
                jvp: &|p, t| g059_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..23], 3, 1),
                    &arr2(&p[23..27], 1, 4),
                    &arr1(&t[0..3]),
                    t[3],
                    &arr1(&t[4..8]),
                    &arr2(&t[8..20], 3, 4),
                    &arr2(&t[20..23], 3, 1),
                    &arr2(&t[23..27], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g059_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            &arr1(&p[4..8]),
                            &arr2(&p[8..20], 3, 4),
                            &arr2(&p[20..23], 3, 1),
                            &arr2(&p[23..27], 1, 4),
                            &arr1(&v[0..3]),
                            v[3],
                            &arr1(&v[4..8]),
                            &arr2(&v[8..20], 3, 4),
                            &arr2(&v[20..23], 3, 1),
                            &arr2(&v[23..27], 1, 4),
                        );
                        (
                            value,
                            flat![g0, g1, g2, g3, g4, g5],
                            flat![h0, h1, h2, h3, h4, h5],
                        )
                    },
                ),
            },
        );
    }
    #[test]
    fn g060_gradient() {
        check(
            &points![
                [-0.88, -1.19, 0.53, -0.36, -0.92, 0.24, -1.18, -0.42, 0.35],
                [1.22, 1.19, -0.63, 0.53, 0.51, 0.4, -1.31, -1.15, 0.31]
            ],
            Companions {
                f: &|p| g060(p[0], &arr2(&p[1..7], 2, 3), &arr2(&p[7..9], 2, 1)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g060_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr2(&p[7..9], 2, 1),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g060_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr2(&p[7..9], 2, 1),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g060_graph(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr2(&p[7..9], 2, 1),
                ),
                names: &["x0", "a", "c"],
                jvp: &|p, t| g060_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr2(&p[7..9], 2, 1),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    &arr2(&t[7..9], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g060_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            &arr2(&p[7..9], 2, 1),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            &arr2(&v[7..9], 2, 1),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g061_gradient() {
        check(
            &points![
                [-1.33, 0.28, 1.23, -0.77, 1.39, 0.58, 0.66, -1.17, -0.55, -0.4, -0.91, 0.24, 0.41, 0.77, -0.29, -0.97, -1.33, -0.69, 0.98, 0.44, 1.32,
                -0.37, -0.71, 0.62, -0.92, -0.46, -0.41, 1.02, -1.08, -1.38, -0.25], [-0.83, -0.22, -0.94, -0.95, 1.0, -1.03, 0.76, -0.94, -0.95, 0.64, -0.98, -1.21, 1.29, 0.3, 0.57, 1.02, 0.24, -0.6, 0.95,
                0.4, -1.04, -0.94, 0.73, -0.98, 0.73, -0.84, -1.24, -0.32, 1.26,
                1.14, 0.78]
            ],
            Companions {
                f: &|p| g061(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr2(&p[19..31], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g061_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                        &arr2(&p[16..19], 3, 1),
                        &arr2(&p[19..31], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g061_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                        &arr2(&p[16..19], 3, 1),
                        &arr2(&p[19..31], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g061_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr2(&p[19..31], 3, 4),
                ),
                names: &["b", "w", "x0", "c", "a"],
                jvp: &|p, t| g061_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr2(&p[19..31], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                    t[15],
                    &arr2(&t[16..19], 3, 1),
                    &arr2(&t[19..31], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g061_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            p[15],
                            &arr2(&p[16..19], 3, 1),
                            &arr2(&p[19..31], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                            v[15],
                            &arr2(&v[16..19], 3, 1),
                            &arr2(&v[19..31], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g062_gradient() {
        check(
            &points![
                [-0.86, 0.3, -1.23, -0.92, 0.92, -0.49, -1.14, -1.08, -0.36, -0.45], [-0.96, 1.08, 0.67, -1.03, 1.21, 0.49, -0.68, -1.37, -0.39,
                0.84]
            ],
            Companions {
                f: &|p| g062(&arr2(&p[0..8], 2, 4), &arr1(&p[8..10])),
                grad: &|p| {
                    let (value, (g0, g1)) = g062_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g062_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g062_graph(&arr2(&p[0..8], 2, 4), &arr1(&p[8..10])),
                names: &["a", "w"],
                jvp: &|p, t| g062_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..10]),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g062_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..10]),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..10]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g063_gradient() {
        check(
            &points![
                [-0.39, 1.0, 0.75, -1.24, -0.41, 0.49, -0.99, -0.63, 0.23, -1.11, -0.4, -0.77, -0.97], [1.21, 1.03, 0.45, -0.89, 0.28, 1.03, 0.58, -0.23, 0.44, 0.9, -0.29, 0.42, 1.09]
            ],
            Companions {
                f: &|p| g063(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g063_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 2, 3),
                        p[12],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g063_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 2, 3),
                        p[12],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g063_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                ),
                names: &["u", "w", "x0", "a", "x1"],
                jvp: &|p, t| g063_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    t[5],
                    &arr2(&t[6..12], 2, 3),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g063_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            p[5],
                            &arr2(&p[6..12], 2, 3),
                            p[12],
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            v[5],
                            &arr2(&v[6..12], 2, 3),
                            v[12],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g064_gradient() {
        check(
            &points![
                [-0.45, 1.03, -0.3, -1.11, 1.04, -0.27, -0.28, -0.79, 1.0, 1.21, -0.74, -1.02, -0.52, -0.85, -0.48, 1.02, -0.94, 0.28, 0.47], [-0.28,
                0.65, 0.22, -0.56, 0.93, -1.32, -0.5, -0.63, 1.15, -1.08, -0.3, -1.38, 0.3, -0.73, -1.06, -0.89, 0.45, -1.1, 0.78]
            ],
            Companions {
                f: &|p| g064(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g064_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..19], 3, 1),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g064_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..19], 3, 1),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g064_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                ),
                names: &["u", "a", "c"],
                jvp: &|p, t| g064_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr2(&t[16..19], 3, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g064_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr2(&p[16..19], 3, 1),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
                            &arr2(&v[16..19], 3, 1),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g065_gradient() {
        check(
            &points![
                [0.67, 0.68, -0.68, 0.69, 0.81, 1.11, 0.4, 0.75, -0.22, -0.33], [-1.01, 1.37, 1.23, 0.4, -0.69, 0.68, -0.34, -1.0, -1.37, 0.41]
            ],
            Companions {
                f: &|p| g065(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr1(&p[8..10]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g065_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..8], 2, 1),
                        &arr1(&p[8..10]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g065_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..8], 2, 1),
                        &arr1(&p[8..10]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g065_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr1(&p[8..10]),
                ),
                names: &["a", "c", "w"],
                jvp: &|p, t| g065_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..8], 2, 1),
                    &arr1(&p[8..10]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..8], 2, 1),
                    &arr1(&t[8..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g065_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr2(&p[6..8], 2, 1),
                            &arr1(&p[8..10]),
                            &arr2(&v[0..6], 2, 3),
                            &arr2(&v[6..8], 2, 1),
                            &arr1(&v[8..10]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g066_gradient() {
        check(
            &points![
                [-1.29, -0.88, 0.23, 0.49, -0.9, -0.7, -0.98, 1.26, -1.39, 1.37, -0.7, 0.9, -1.26, 0.27, -0.72, -0.78, -1.18, 0.46, 0.28, 0.33, 1.38],
                [-1.28, 0.77, 0.23, -0.59, 0.99, -0.58, 1.09, -0.32, 0.82, 1.22,
                0.58, 0.75, -0.44, -0.96, -0.73, 1.02, 1.12, -1.32, 0.21, -1.13,
                1.3]
            ],
            Companions {
                f: &|p| g066(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    p[13],
                    &arr2(&p[14..17], 3, 1),
                    &arr1(&p[17..21]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g066_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        p[13],
                        &arr2(&p[14..17], 3, 1),
                        &arr1(&p[17..21]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g066_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        p[13],
                        &arr2(&p[14..17], 3, 1),
                        &arr1(&p[17..21]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g066_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    p[13],
                    &arr2(&p[14..17], 3, 1),
                    &arr1(&p[17..21]),
                ),
                names: &["a", "x1", "x0", "c", "u"],
                jvp: &|p, t| g066_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    p[13],
                    &arr2(&p[14..17], 3, 1),
                    &arr1(&p[17..21]),
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                    t[13],
                    &arr2(&t[14..17], 3, 1),
                    &arr1(&t[17..21]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g066_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            p[13],
                            &arr2(&p[14..17], 3, 1),
                            &arr1(&p[17..21]),
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                            v[13],
                            &arr2(&v[14..17], 3, 1),
                            &arr1(&v[17..21]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g067_gradient() {
        check(
            &points![
                [-0.43, 0.29, 0.55, 0.72, 1.29, 0.8, -0.45, -0.68, 0.45, -0.84, -0.45, -0.88, 0.76, -0.42, 0.46, 0.7, -1.37], [0.38, -0.85, 0.95, -0.67, 1.06, 1.08, -0.31, 0.44, -0.61, -0.85, 0.52, 0.43, 0.8, 0.28, -0.56, 0.62, -0.97]
            ],
            Companions {
                f: &|p| g067(&arr1(&p[0..4]), p[4], &arr2(&p[5..17], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g067_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g067_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g067_graph(&arr1(&p[0..4]), p[4], &arr2(&p[5..17], 3, 4)),
                names: &["u", "x1", "a"],
                jvp: &|p, t| g067_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g067_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g068_gradient() {
        check(
            &points![
                [-1.12, -1.13, 0.65, -1.04, 0.59, -0.4, 0.34, -0.44, -0.36, 0.94,
                0.46], [-0.84, 0.24, 0.34, -1.16, 1.39, -0.57, -0.35, 1.1, 1.02, -0.25, -1.07]
            ],
            Companions {
                f: &|p| g068(p[0], &arr2(&p[1..9], 2, 4), &arr2(&p[9..11], 2, 1)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g068_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..11], 2, 1),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g068_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..11], 2, 1),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g068_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..11], 2, 1),
                ),
                names: &["x0", "a", "c"],
                jvp: &|p, t| g068_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..11], 2, 1),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr2(&t[9..11], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g068_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr2(&p[9..11], 2, 1),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr2(&v[9..11], 2, 1),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g069_gradient() {
        check(
            &points![
                [1.11, -1.28, 0.81, 0.94, -0.28, -1.35, 1.05, -1.34], [-0.58, 0.4, -1.15, -0.97, 0.33, 0.71, -1.35, 0.55]
            ],
            Companions {
                f: &|p| g069(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g069_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g069_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g069_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                names: &["a", "u"],
                jvp: &|p, t| g069_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g069_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
}
