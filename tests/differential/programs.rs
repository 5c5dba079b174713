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
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = y2;
    }
    let t0 = h000(y0) * y2;
    y1 + v0[2] + t0
}
#[grad::differentiate(dual_calls)]
fn h003(y0: f64, y2: f64, y1: f64) -> f64 {
    let mut s1 = y0 + y0;
    if h001(-s1) <= 0.5 {
        s1 = (y0 * y0).sin();
        s1 = s1 + y2 / 1.5;
    }
    f64::tanh(y1) + s1
}
#[grad::differentiate]
fn h004(y0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..2 {
        s0 = s0 + s0;
        s0 -= y0 + (i as f64);
    }
    y0 + s0
}
#[grad::differentiate(dual_calls)]
fn h005(y1: f64, y0: f64) -> f64 {
    if y1.exp()
        > ({
            let r0 = y0;
            r0 + y0
        })
            .powf(0.5)
    {
        return h003(y0, y0, y0) / y0;
    }
    let mut s2 = -y1;
    for i in 0..2 {
        if i == 1 {
            continue;
        }
        s2 = s2 + s2;
        s2 += s2 / y1;
    }
    y0.powf(2.5) + s2
}
#[grad::differentiate]
fn h006(y0: f64, y1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..3 {
        if i >= 1 {
            break;
        }
        s0 += y0.min(1.5 + y0);
    }
    s0 = s0 + s0 * y0.abs();
    s0.cos() + y1 + s0
}
#[grad::differentiate(dual_calls)]
fn h007(y1: f64, y0: f64) -> f64 {
    (-h003(y0, y1, y0)).tanh()
}
#[grad::differentiate]
fn h008(y1: f64, y0: f64) -> f64 {
    let t0 = 0.75 / y1 + y1 * 0.5 * y0.sin();
    y0.abs().min(t0)
}
#[grad::differentiate]
fn h009(y0: f64, y1: f64) -> f64 {
    if 0.75 * y1 > -y1 { f64::tanh(y0) } else { y1 }
}
#[grad::differentiate(dual_calls)]
fn h010(y0: f64) -> f64 {
    let mut s2: f64 = 0.0;
    for _ in 0..3 {
        for _ in 0..3 {
            s2 += y0 * s2 + h007(y0, y0);
        }
        s2 += s2;
    }
    if s2.exp() < s2.tanh().powi(-1) {
        s2 = if -s2 < 0.5 * s2 { y0 * y0 } else { s2.powi(-1) };
        if s2 <= h003(y0, y0, y0).max(y0) {
            s2 = y0.exp().tanh();
            s2 += f64::sin(s2);
            s2 *= y0 + s2;
        } else {
            s2 /= 0.5 + (y0 - y0);
        }
        s2 = s2 * (0.75 - s2.sqrt());
    }
    y0.powi(2) * (y0 / 0.5).abs() + s2
}
#[grad::differentiate(dual_calls)]
fn h011(y0: f64, y2: f64, y1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = {
            let r0 = v0[0] + 2.0;
            self::h008(y1, r0)
        };
    }
    ((y0 - v0[2]) * y2).abs() + v0[3]
}
#[grad::differentiate]
fn h012(y1: f64, y0: f64) -> f64 {
    (f64::abs(y1) - y1.abs()).sin() + y0
}
#[grad::differentiate]
fn h013(ys: &[f64], y0: f64) -> f64 {
    let t0 = ys[3] * ys[2] + y0;
    y0 + t0
}
#[grad::differentiate]
fn h014(y0: f64, ys: &[f64]) -> f64 {
    let t0 = ys[1];
    let t1 = y0;
    (t1 * ys[1]).powi(3) - f64::sin(ys[1]) + t0
}
#[grad::differentiate]
fn h015(ys: &[f64], y0: f64, y1: f64) -> f64 {
    y0 + ys[3] + y1
}
#[grad::differentiate]
fn h016(y1: f64, y0: f64) -> f64 {
    y1 + y0
}
#[grad::differentiate]
fn h017(ys: &[f64], y1: f64, y0: f64) -> f64 {
    y0 + ys[3] + y1
}
#[grad::differentiate]
fn h018(y0: f64) -> f64 {
    0.25
        + ({
            let r0 = y0;
            r0
        }) - y0
}
#[grad::differentiate]
fn h019(y2: f64, y0: f64, y1: f64) -> f64 {
    let t0 = {
        let r0 = 0.75 * y2;
        y0.tanh() - r0.min(y2)
    };
    (if y2 < t0 { y1 } else { y0 }).max(t0) + y2.min(y0).sin()
}
#[grad::differentiate]
fn h020(ys: &[f64], y0: f64) -> f64 {
    if y0 < ys[1] {
        return y0 - 1.25;
    }
    ys[0] * y0 * -y0 * y0
}
#[grad::differentiate]
fn h021(y0: f64) -> f64 {
    ({
        let r0 = y0;
        r0
    })
        + ({
            let r1 = y0;
            r1
        })
}
#[grad::differentiate]
fn h022(y1: f64, y0: f64, ys: &[f64], y2: f64) -> f64 {
    let t0: f64 = (-(2.0 + ys[2])).powi(2);
    y1.powi(2) + y0 + y2 + t0
}
#[grad::differentiate]
fn h023(y0: f64, y1: f64) -> f64 {
    f64::tanh(y0).cos() + y1
}
#[grad::differentiate]
fn h024(y2: f64, y1: f64, y0: f64) -> f64 {
    let mut s0 = f64::tanh(y0).ln();
    for _ in (0..4).rev() {
        s0 *= (y1 + y2).min(y1 + 0.5);
        s0 = s0 + (if s0 >= 2.0 { y1 + 1.5 } else { 0.75 });
    }
    if y0 <= 0.75 {
        return s0;
    }
    y1 + s0
}
#[grad::differentiate]
fn h025(y1: f64, y0: f64) -> f64 {
    let mut s0 = y0 + y1;
    for i in 0..4 {
        s0 += y1;
        if i < 2 {
            if i >= 2 {
                break;
            }
        } else {
            s0 += y1 * y1;
            s0 -= (-y0).max(s0);
        }
    }
    -s0 * y0 + 3.0 + s0
}
#[grad::differentiate(dual_calls)]
fn h026(y0: f64, y1: f64, y2: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in (0..3).step_by(2) {
        s0
            += ({
                let r0 = y0;
                r0 - s0
            }) * h011(y1, y1, y1);
    }
    ({
        let r1 = s0.ln().min(s0.abs());
        {
            let r2 = y2 / y1;
            r2
                - ({
                    let r3 = y1;
                    r3 + r1
                })
        }
    }) + s0
}
#[grad::differentiate(dual_calls)]
fn h027(ys: &[f64], y0: f64, y1: f64) -> f64 {
    h011(y1, ys[0], y1) * y1 + y0
}
#[grad::differentiate]
fn h028(y0: f64, ys: &[f64]) -> f64 {
    if ys[1] > 0.75 {
        return y0;
    }
    let (t0, t1) = (
        ys[3],
        {
            let r0 = y0;
            r0
        },
    );
    t1 + t0
}
#[grad::differentiate]
fn h029(y1: f64, ys: &[f64], y2: f64, y0: f64) -> f64 {
    ys[1] + y1 + y2 + y0
}
#[grad::differentiate(dual_calls)]
fn f000(xs: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    let t0 = if x1 < 0.5 { x1 } else { xs[0] };
    let mut s1: f64 = 1.0;
    for i in (0..4).rev() {
        if i >= 2 {
            continue;
        }
        s1 = s1 - xs[(i + 1) % xs.len()];
        s1 += xs[i];
    }
    let s2: f64 = 0.0;
    for _ in 0..4 {
        s1 = s1 - h020(xs, s2);
    }
    let t2 = if -x0 + h028(x0, xs) <= 0.75 {
        (x1 + xs[2]).min(s2 + xs[2])
    } else {
        if f64::abs(xs[0])
            < ({
                let r1 = t0;
                r1 + x2
            })
        {
            s2
        } else {
            xs[3] * xs[1]
        }
    };
    -t0 + s1 + t2
}
#[grad::differentiate(dual_calls)]
fn f001(x0: f64, xs: &[f64], n: usize, ys: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..1 {
        s0 += x0 - ys[i + 2];
    }
    let s1: f64 = 0.5;
    for _ in ys {
        s0 = s0
            * ({
                let r0 = s1 * s0;
                r0 * xs[3]
            });
    }
    ({
        let r1 = self::h003(
            match n % 3 {
                0 => 2.0,
                1 => 1.5,
                _ => s0,
            },
            xs[0],
            xs[3] + x0,
        );
        r1 * s0
    }) + s0
}
#[grad::differentiate(dual_calls)]
fn f002(n: usize, x1: f64, x2: f64, x0: f64) -> f64 {
    let mut s0 = (x2 + x0).sin();
    for _ in (1..n).rev().step_by(2) {
        s0 = s0 * x0;
    }
    let s1 = if x1.abs() <= 1.5 { 0.5 + x0 } else { x1 - 0.25 };
    for _ in 1..3 {
        s0 -= (n as f64) * x2.sin();
    }
    let t1 = x0 / 3.0;
    h007(x2, x1) + (n as f64) + s0 + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn f003(xs: &[f64], x1: f64, x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..xs.len()).rev() {
        if i == 2 {
            break;
        }
        s0 -= x1;
        if i % 2 == 0 {
            s0 = x1;
            s0 /= x1;
            s0 = s0 * x0.max(-x1);
        } else {
            s0 = s0 + xs[i];
        }
    }
    if n != 1 {
        if x1 <= 0.75 {
            return x0;
        }
        s0 /= -(0.25 * x1);
    } else {
        s0 += s0;
        s0 -= xs[0] - xs[1];
    }
    let mut s1: f64 = 0.5;
    for i in (1..n).rev() {
        s1 -= xs[i] / x0;
        s1
            += h002(
                h010(x0),
                xs[i] * x0,
                {
                    let r0 = s0;
                    r0 * xs[i]
                },
            );
    }
    x0.abs() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f004(x1: f64, x0: f64, x2: f64) -> f64 {
    if x1 * (x2 * x2) > 1.25 {
        return f64::sin(x2);
    }
    let mut s2: f64 = 0.0;
    for _ in (0..2).rev().step_by(2) {
        s2 += self::h007(s2 + x2, h003(x2, x0, x2));
    }
    let mut s3 = x2.min(x1).exp();
    if ({
        let r1 = x0;
        r1
    })
        + ({
            let r2 = x2;
            r2 * x0
        }) > s2
    {
        s3 = s3 + (x2 + (s3 - s3));
        s2 += 1.25 * x0;
    } else {
        s2 *= x0;
    }
    let (t2, t3) = (x0.max(s2 + s3), s3 * x2 * (3.0 + x1));
    (if t3 >= x2 { x0 } else { s3 }).exp().powf(2.5) + s2 + s3 + t2
}
#[grad::differentiate(dual_calls)]
fn f005(x1: f64, n: usize, x0: f64) -> f64 {
    let t1 = x0.ln();
    let (t2, t3) = (t1 + ((n + 1) as f64), h000(x0));
    let mut s2: f64 = 0.5;
    for _ in 0..2 {
        s2 += t2;
    }
    let t4 = t3.max(x1) / t3 * (-t3).cos();
    let t5 = t3.powi(2);
    f64::sqrt(
        s2
            / (match n % 2 {
                0 => s2,
                _ => t3,
            }),
    ) + s2 + t4 + t5
}
#[grad::differentiate]
fn f006(xs: &[f64], x1: f64, x2: f64, ys: &[f64], n: usize, x0: f64) -> f64 {
    let mut s0 = xs[1].cos();
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..2 {
            r0 += x2 - ys[j];
        }
        s0 += r0 * 0.1;
    }
    let mut s1 = (x1 - s0).cos();
    for i in (0..ys.len()).rev() {
        s1 = s1
            * ({
                let r1 = f64::tanh(x2);
                r1 * ((i as f64) * ys[i])
            });
    }
    s1 - s1 + (n as f64) * x0 + x0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f007(x0: f64, x2: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    if s0 > xs[4] {
        s0 = {
            let r0 = x2;
            r0 * (s0 * x1)
        };
        s0 = s0 - s0;
    } else {
        s0 /= xs[0] * x2;
        s0 *= x0.sqrt();
    }
    let s5: f64 = 0.0;
    for (&p1, _) in xs.iter().zip(xs.iter()) {
        for j in 0..xs.len() {
            if j >= 1 {
                break;
            }
            if j >= 2 {
                break;
            }
            s0 -= xs[j];
        }
        s0 += x1;
        if (xs[4] * 2.0).cos() < 3.0 {
            s0 += h004(p1);
            s0 += x0;
        } else {
            s0 = s0 * xs[4];
        }
    }
    let t1 = s0.powf(-0.5);
    t1 + s0 + s5
}
#[grad::differentiate(dual_calls)]
fn f008(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..2).step_by(2) {
        s0
            -= s0
                - ({
                    let r0 = s0;
                    r0 - xs[i]
                });
    }
    let mut s1: f64 = 0.5;
    if -s0 >= ys[1] {
        s1 /= ys[2];
    } else if s1.max(x0) >= h005(x0, ys[2]).abs() {
        s1 = s1 * h019(x0, f64::tanh(xs[2]), xs[0].exp());
        s0 = s0 - s0;
    } else {
        s1 += (1.5 - s0) / xs[1];
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = (0.5 + x0).powi(2);
    }
    s1 + s0 + s1 + v0[4]
}
#[grad::differentiate]
fn f009(n: usize, x0: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 3 {
        for _ in 0..2 {
            s1 *= s1;
        }
        s1 = s1 * x0;
        k0 += 1;
    }
    s1 *= x0.tanh();
    let mut s3: f64 = 0.5;
    let mut k1 = 0;
    while k1 < 2 {
        s3 -= s3;
        k1 += 1;
    }
    let s4 = (match k0 % 2 {
        0 => s1,
        _ => 1.5,
    }) * 0.75;
    for i in (1..4).step_by(2) {
        s1
            -= match i % 3 {
                0 => s4.max(s1),
                1 => s1,
                _ => s4.powi(2),
            };
    }
    let s5 = s4;
    for i in (0..2).rev() {
        if i == 2 {
            break;
        }
        s1 += (s4 + s4).sin();
    }
    let t1 = x0;
    t1 + (n as f64) * s3 + s1 + s3 + s5
}
#[grad::differentiate(dual_calls)]
fn f010(xs: &[f64], x0: f64) -> f64 {
    let mut s0 = if x0.powi(2) < x0 - xs[3] { -xs[3] } else { h003(xs[0], xs[2], x0) };
    for i in 1..3 {
        s0 -= xs[i + 1];
    }
    let mut s1 = xs[1] / x0;
    for i in 0..xs.len() {
        s0 += f64::abs(xs[i]);
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = x0;
    }
    let (t0, t1) = (s1, s0.tanh() - x0);
    if x0 <= 0.5 {
        s1 += if xs[1] / x0 <= 3.0 { t1 } else { t0 };
    } else if xs[1] < 2.0 {
        s1 /= -v0[3] * xs[0];
    } else {
        s1 /= s1;
        s1 *= s0 * 2.0;
    }
    v0[2] + s0 + s1 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f011(x0: f64, xs: &[f64], x1: f64, ys: &[f64]) -> f64 {
    let t0 = h009(x1, xs[0]);
    let t1 = t0.sin() * h007(xs[2], xs[1]);
    let mut s1 = t1.cos();
    if f64::ln(t1) + t0.tanh() > t1 - x1 - xs[0].powi(-1) {
        s1 -= x0.cos();
    }
    let t2: f64 = h004(ys[0]);
    if (xs[0] / x0).powi(3) > xs[0].sin().min(xs[2]) {
        s1 = h019(t1, ys[1], xs[0]).powi(-2);
        s1 += ys[0];
    } else {
        s1 -= xs[0];
        s1 += if s1 <= 1.5 * xs[1] { 3.0 } else { xs[1] * x0 };
    }
    let s4 = f64::cos(ys[1].powf(ys[1]));
    for i in (0..xs.len()).step_by(2) {
        if s1 > 0.25 {
            return ys[i % ys.len()].tanh().exp();
        }
    }
    ys[0] + t2 - 0.25 + s1 + s4
}
#[grad::differentiate(dual_calls)]
fn f012(ys: &[f64], x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0 = match n % 3 {
        0 => ys[1].min(ys[3]),
        1 => xs[0],
        _ => x0,
    };
    for i in 0..n {
        s0 /= (n as f64) * xs[i % xs.len()] / f64::exp(x0);
    }
    let mut s3 = x0;
    for _ in 0..2 {
        s0 -= s3.tanh().powi(3);
    }
    let t0 = ({
        let r0 = s3;
        r0
    })
        .ln()
        .cos();
    s3 /= t0;
    let mut s4 = (if t0 > 1.5 { 3.0 } else { xs[0] }) - ys[2];
    if n % 2 == 0 {
        s4 = s4 * ys[2].abs().ln();
        s0 /= x0.sin();
    } else if ys[2] >= 0.75 {
        s3 = h009(s3, xs[1]);
        s3 += ys[3].tanh();
    } else if x0.powf(1.5) >= xs[0] {
        s0 = (ys[3] * ys[3]).ln();
        s4 = s4 + s4;
    } else {
        s3 += xs[2];
        s0 -= h013(ys, s0 - ys[0]);
    }
    (if n % 2 == 0 { 0.75 } else { s0 }) + s0 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn f013(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let t0 = xs[2] - h001(xs[2].cos());
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x0;
    }
    let mut s1: f64 = 0.0;
    for i in (0..2).rev() {
        s1 += v0[i].sin().min(x1);
        v0[i] *= f64::tanh(x1);
        s1 = s1 + v0[i] * s1;
    }
    h021(t0 + v0[0]).min(if xs[0].sin() < 0.1 { xs[2] } else { x0 }) + v0[2] + s1
}
#[grad::differentiate]
fn f014(xs: &[f64], x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = xs[(i + 1) % xs.len()].min(xs[i]);
    }
    let t0 = x0;
    let t1 = x0 * 0.75 + x0 * v0[3];
    let mut s0: f64 = 0.0;
    for i in 0..4 {
        s0 -= xs[i] * t1;
    }
    let t2 = t1 * t1 + t1.exp();
    t1 + v0[3] + t0 + s0 + t2
}
#[grad::differentiate]
fn f015(x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s0 += if s0 < 1.25 { s0 } else { x0 };
        s0 = s0 - (x0 - x0);
    }
    let t1 = x0;
    let t2 = t1;
    let (t3, t4) = (x0.sin(), t1);
    t3 * 1.5 + (n as f64) * t3 + s0 + t2 + t4
}
#[grad::differentiate(dual_calls)]
fn f016(x0: f64, n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = -v0[i] - -x0;
    }
    if n != 2 {
        return v0[3];
    }
    let (t0, t1) = (v0[2], v0[3] * x0);
    let mut s3 = t1.tanh();
    if n != 1 {
        s3 = s3 - (0.75 - v0[0]) * v0[1];
        v0[0] *= x0.cos();
    } else if (match n % 2 {
        0 => v0[3] / s3,
        _ => s3.sqrt(),
    }) <= 0.1
    {
        s3 += t0 / v0[2] * f64::sin(v0[1]);
        s3 = s3 + -s3 * 0.25;
    } else if n != 0 {
        s3 = h014(h025(s3, v0[3]), &v0);
        s3 = s3 + (t0.max(v0[2]) + v0[3].ln());
        s3 /= x0;
    } else {
        s3 += h015(&v0, s3, v0[1]);
        if n >= 2 {
            return t1;
        }
    }
    let t1 = t1 + (-v0[2]).abs();
    self::h014(v0[0].cos(), &v0) * x0.powi(2) + v0[3] + s3 + t1
}
#[grad::differentiate]
fn f017(x0: f64, n: usize, x1: f64) -> f64 {
    let t0 = x1;
    let (t1, t2) = (t0, (if n != 1 { x0 } else { t0 }).sin());
    match n % 3 {
        0 => (if n % 2 == 0 { t1 } else { t1 }) - f64::sin(t0),
        1 => t2,
        _ => 2.0,
    }
}
#[grad::differentiate(dual_calls)]
fn f018(x0: f64, xs: &[f64], x2: f64, x1: f64, n: usize) -> f64 {
    let mut s0 = x0 + (xs[1] + x0);
    for i in (0..n).rev().step_by(2) {
        s0 = s0 * ((n as f64) * xs[i % xs.len()]);
        s0 = s0 + h009(xs[i], x2);
    }
    let s1: f64 = 1.0;
    for i in (0..xs.len()).rev().step_by(2) {
        s0 += x2 / x1 * xs[i].sin();
    }
    x1 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f019(xs: &[f64], x0: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i in 1..4 {
        s1 = s1 + xs[i - 1];
        s1 += x0 + 0.5;
    }
    let mut s2 = x0.sqrt() * 3.0;
    for _ in xs {
        s2 = s2 + x0;
        s2 += xs[1];
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = self::h023(s1 + x0, -s1);
    }
    let (t0, t1) = (
        if h015(xs, s1, xs[4]) > 1.5 {
            if x0 <= s2 { xs[2] } else { xs[4] }
        } else {
            x0.powf(x0)
        },
        x0.sin() + (s2 + xs[3]),
    );
    v0[0].exp() + s1 + s2 + v0[4] + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f020(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0 = ys[2].sin().ln();
    for (i, &p0) in ys.iter().enumerate() {
        s0 -= x0 * s0;
        s0 = s0 + self::h001(p0).cos();
        s0 = s0 - ys[i] * (if i < 3 { 3.0 } else { p0 });
    }
    let t1 = s0.max(2.0);
    (s0 / t1).abs() + xs[4] + s0
}
#[grad::differentiate(dual_calls)]
fn f021(xs: &[f64], x0: f64, n: usize) -> f64 {
    if n >= 2 {
        return xs[2] * x0;
    }
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 = s0 + xs[k0];
        s0 = s0 + xs[k0 + 1].exp().exp();
        k0 += 1;
    }
    let mut s1 = h029(s0, xs, s0, x0).powi(2);
    for (_, &q0) in xs.iter().zip(xs.iter()) {
        s0 += xs[3].sin();
        s0 = s0 * ((q0 - x0) / (0.1 + xs[3]));
        s0
            += {
                let r0 = s0 * x0;
                r0 + 0.75 * xs[3]
            };
    }
    let s2 = xs[1] * 1.5;
    let mut k1 = 0;
    loop {
        if k1 >= n {
            break;
        }
        s1 += s0.sqrt() / s0.powi(-1);
        s1 /= 1.25 * x0;
        k1 += 1;
    }
    s1 + s2 - s1.cos() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f022(x0: f64, x1: f64) -> f64 {
    let mut s0 = x0 - x1;
    if 0.5 * (x1 + s0)
        >= ({
            let r0 = x0;
            r0 / x1
        }) + 1.25
    {
        s0 -= -x1;
    } else if x0 < 1.5 {
        s0 = s0 * h023(x1, x1 * 0.25);
        s0 = s0 - (if h019(x1, x0, s0) > 1.5 { x0 } else { s0 });
    } else if x1 < h001(x1) {
        s0 += s0;
    } else {
        s0 /= x1;
        s0 *= (x0 + s0).exp();
    }
    let t1 = x0;
    if t1 <= 0.5 {
        return if t1 <= 0.25 { x1.tanh() } else { s0.cos() };
    }
    let t1 = t1 - t1;
    let t2 = (x1 - 0.75) / x0;
    t1 + s0 + t2
}
#[grad::differentiate(dual_calls)]
fn f023(x1: f64, n: usize, x0: f64, xs: &[f64]) -> f64 {
    let t0 = x0;
    let mut s1: f64 = 0.5;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 -= xs[j + 2];
        }
        s1 += r0 * t0;
    }
    let t0 = t0 + x1;
    let mut s2: f64 = 0.0;
    let mut k0 = 0;
    while k0 < xs.len() {
        s1 *= -t0;
        if x1.abs() >= 1.25 {
            s1 = (if k0 % 2 == 0 { s2 } else { xs[k0] }) * xs[k0 % xs.len()].abs();
            s1
                *= {
                    let r1 = xs[k0 % xs.len()];
                    r1 + x1.tanh()
                };
        } else {
            s2 *= xs[k0].cos() + t0;
        }
        k0 += 1;
    }
    let (t2, t3) = (
        match k0 % 3 {
            0 => h007(xs[0], x0),
            1 => xs[0].max(xs[2]),
            _ => xs[1] / xs[1],
        },
        x1,
    );
    let s3 = xs[2];
    if n < 3 {
        s2 += 0.5 - (1.5 + s3);
    } else if (match k0 % 3 {
        0 => xs[0],
        1 => t2,
        _ => x1,
    })
        .exp() > 0.25
    {
        s1 *= (s2 - t3).powi(3);
    } else {
        s1 /= x0 + 1.5;
    }
    (match k0 % 2 {
        0 => x0 + t2.exp(),
        _ => self::h022((k0 as f64) * x1, x1, xs, xs[1]),
    }) + s1 + s2
}
#[grad::differentiate]
fn f024(x0: f64) -> f64 {
    let t0: f64 = {
        let r0 = (x0 + x0).max(0.75 + x0);
        r0
    };
    let (t1, t2) = (
        t0,
        {
            let r1 = t0;
            r1 * r1
        },
    );
    let mut s1 = t0 - -t2;
    for i in (0..4).rev() {
        s1 = s1 - (if i != 1 { t1 } else { s1 * 0.5 });
    }
    s1 + s1
}
#[grad::differentiate(dual_calls)]
fn f025(x1: f64, x2: f64, x0: f64) -> f64 {
    let mut s2: f64 = 0.0;
    let mut k1 = 0;
    while k1 < 4 {
        if s2 >= s2 + ((k1 + 1) as f64) {
            s2 += f64::sqrt(x0) * 3.0;
        } else {
            s2 *= x0;
        }
        k1 += 1;
    }
    let mut s4 = 0.1 - s2 + x1.powi(-2);
    for i in 1..2 {
        s2 += (if i < 3 { x1 } else { x2 }) - (0.5 - s2);
        s4 += x0;
        if x0 <= s2 * x2 {
            s4 -= x0;
        } else {
            if i >= 1 {
                continue;
            }
            s2 *= f64::sqrt(x2);
        }
    }
    let t0 = 3.0 * x0 * 0.5;
    if (match k1 % 3 {
        0 => t0,
        1 => t0,
        _ => s4 + x0,
    }) > x0
    {
        return x1 + x0 * x2;
    }
    let mut s5: f64 = 0.5;
    for _ in (0..4).rev() {
        s4 += h000(s2.tanh());
        s2 = s2 - f64::ln(s5 / x0);
        s5 += s5.ln() * x0.powf(-0.5);
    }
    s2.powf(s5.tanh()) + s2 + s4 + s5
}
#[grad::differentiate(dual_calls)]
fn f026(x2: f64, x1: f64, ys: &[f64], xs: &[f64], x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = xs[i] + (x1 - x2);
    }
    let mut s1: f64 = 0.0;
    for _ in (0..4).rev() {
        for j in (0..2).step_by(2) {
            s1 = s1 * self::h020(ys, x0 / x1);
            s1 = s1 * (s1 + x2 + v0[j].tanh());
        }
    }
    let (t1, t2) = (h020(xs, xs[3] / ys[0]), -(x1 + xs[3]));
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = t2;
    }
    s1 + v0[2] + s1 + t1 + v1[1]
}
#[grad::differentiate(dual_calls)]
fn f027(x0: f64, ys: &[f64], xs: &[f64], n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = x0;
    }
    let t1 = x0;
    if n != 2 {
        return 1.5 / (x0 * ys[2]);
    }
    let mut s2 = x0;
    for (i, _) in xs.iter().enumerate() {
        s2 = s2
            * (({
                let r0 = ys[0];
                r0 - v0[i - 1]
            }) * (t1 / x0));
        for _ in xs.iter() {
            s2 += t1.tanh();
            s2 += v0[(i + 1) % v0.len()];
            v0[i + 1] *= t1;
        }
        s2 += h009(x0, v0[i]) / xs[i];
    }
    let mut s3: f64 = 0.5;
    for _ in xs.iter() {
        s3 += -s3.abs();
        s3 += h010(-s2);
        s2
            += match n % 3 {
                0 => 1.25,
                1 => x0.exp(),
                _ => ys[0],
            };
    }
    xs[1].powf(f64::exp(s3)) + v0[3] + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f028(x1: f64, x0: f64, n: usize) -> f64 {
    let t0 = x0.cos() / x1;
    let t0 = t0 + x1.abs().tanh();
    let mut s0 = f64::cos(x1.tanh());
    for i in 0..n {
        s0 *= s0;
        if 0.75 / x1 + ((i + 1) as f64) > 0.75 * x0 + x0 {
            return s0 + x1;
        }
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 /= (if n >= 2 { x0 } else { x1 }).powi(3);
        s0 += f64::cos(s0 / t0);
        k0 += 1;
    }
    let t1 = h011(s1 + x1, s0.powi(2), s1).cos();
    let s2 = h007(x1 * s0, t0.sin());
    for _ in 0..3 {
        if n != 0 {
            return {
                let r0 = h011(x0, x0, s1);
                r0 / 0.1
            };
        }
        s1 = s1 * -t0;
        s1 -= s0;
    }
    h024(h019(s1, s0.abs(), t1.tanh()), s2.min(t1), (1.5 + s1).sqrt()) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f029(n: usize, x0: f64) -> f64 {
    if n >= 2 {
        return x0 - x0;
    }
    let t0: f64 = x0 / x0;
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        for _ in 0..2 {
            s0 = s0 * s0;
            s0 += s0;
        }
        s0 /= s0.sin();
        s0 = s0 + h025(0.25 + t0, -s0);
    }
    let t0 = t0
        - (match n % 3 {
            0 => s0 + x0,
            1 => t0 * s0,
            _ => t0,
        });
    let mut s1 = t0;
    for i in (1..4).rev() {
        if (match i % 3 {
            0 => 1.5,
            1 => s1,
            _ => {
                let r0 = t0;
                r0 * x0
            }
        }) < s0 * (s0 - s0)
        {
            s1 *= s1 * s1;
        } else if i == 1 {
            continue;
        }
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..v0.len() {
        v0[i] = s0;
    }
    v0[3] + s0 + s1 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f030(ys: &[f64], x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (x1.sin() * ys[3].tanh(), xs[2]);
    let mut s2 = xs[0];
    for (&p0, &q0) in xs.iter().zip(xs.iter()) {
        s2 += ys[1];
        s2 = s2
            + ((if ys[0] > q0 { p0 } else { p0 })
                - ({
                    let r1 = x0;
                    r1 * x1
                }));
        s2 = s2 + xs[0];
    }
    let mut s3 = 0.1 + ys[1] + 2.0;
    for _ in (0..3).step_by(2) {
        s2 = s2 - (if t1 < 0.75 { xs[1] } else { x0 });
        s2 *= x0.exp();
    }
    let s5 = {
        let r3 = x1;
        r3 / s2
    };
    for (i, &p1) in ys.iter().enumerate() {
        s3 += h017(ys, (i as f64) * s2, p1.tanh());
    }
    2.0 * ys[0].powf(ys[2]) + t0 + s2 + s3 + s5
}
#[grad::differentiate]
fn f031(n: usize, x1: f64, x0: f64) -> f64 {
    let mut s0 = x0 + 0.1 * x0;
    for i in (0..2).rev() {
        if i == 2 {
            break;
        }
        for _ in 1..3 {
            s0 += x1 + x0 + ((i + 1) as f64);
        }
    }
    let t0 = -x0;
    let mut s1 = if x1 >= 0.5 { s0 + x0 } else { t0.tanh() };
    for i in (0..n).rev().step_by(2) {
        if i >= 1 {
            continue;
        }
        s1 += x1.max(x0) + ((n + 1) as f64);
    }
    let t1 = x0;
    (-s0).max(t1) / (-s1).tanh() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f032(x1: f64, x0: f64, x2: f64, n: usize) -> f64 {
    let t0 = x1;
    let t1: f64 = x1 - (1.5 + h007(x0, x1));
    if n % 2 == 0 {
        return self::h025(x1, x0 + x0);
    }
    x2 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f033(x0: f64, n: usize) -> f64 {
    let t0: f64 = h000(f64::exp(x0));
    let mut s0: f64 = 0.5;
    for _ in (0..2).step_by(2) {
        s0 = s0 * (t0 + x0);
    }
    let t1 = (t0 * 3.0).sqrt().tanh();
    if h007(
        t0.min(3.0),
        match n % 3 {
            0 => 0.75,
            1 => t1,
            _ => t0,
        },
    ) <= t1
    {
        for i in (0..n).step_by(2) {
            s0 -= x0.max(s0).powi(3);
            if n % 2 == 0 {
                return match i % 3 {
                    0 => s0 * t0,
                    1 => t0,
                    _ => s0.max(1.5),
                };
            }
            s0 /= t0;
        }
        s0 += t0.exp().powi(3);
    }
    let s1 = x0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 = s0 * (s0 + s1);
        k0 += 1;
    }
    (if k0 >= 2 { x0 } else { (0.5 + s1).ln() }) + s0
}
#[grad::differentiate(dual_calls)]
fn f034(x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if x1 < 0.25 {
        s0 = x0;
        s0 = s0 * (h023(s0, x1) * x0);
        s0 += x1 / 1.25 + x1;
    } else if s0 * s0 <= s0 {
        s0 = s0 + x1 * x0;
        s0 += (x1 + x1).sqrt();
    } else {
        s0 -= s0 / s0 + x1 * 0.75;
    }
    let mut s1 = x1;
    for _ in 0..3 {
        s1 -= s1.sin();
        s0 -= x1;
    }
    let mut s2: f64 = 1.0;
    for i in (0..3).rev() {
        if i >= 2 {
            break;
        }
        s0 = s0 - s2.cos();
    }
    let s3: f64 = 0.0;
    for _ in 1..3 {
        s2 += s1;
        s0 -= s3;
        s0 *= s0;
    }
    (s2 + x1) * s3 + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f035(xs: &[f64], x0: f64, n: usize, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if n != 1 {
        if n >= 2 {
            s0 = s0
                - (match n % 3 {
                    0 => x0,
                    1 => s0,
                    _ => x0,
                });
        } else {
            s0 += (xs[3] / s0).max(xs[4]);
        }
    } else {
        s0 /= -s0.powf(-0.5);
    }
    let t0: f64 = -s0 * (if n != 0 { x0 } else { xs[4] });
    let mut s1: f64 = 0.5;
    for i in 0..3 {
        s1 -= xs[i];
    }
    let t0 = t0 + h014(t0, xs).max(xs[3] * 2.0);
    let mut s2: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 3 {
        s2 /= s1;
        s2 += h008(s0, (n as f64) * xs[k0 + 1]);
        k0 += 1;
    }
    let (t2, t3) = (f64::abs(0.1 / xs[4]), s2);
    x0 + x1 + s0 + s1 + t0 + s2 + t2 + t3
}
#[grad::differentiate(dual_calls)]
fn f036(x2: f64, x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s1 = -xs[3];
    if xs[1] > x1 {
        s1 += -x1;
        s1 += x0;
    } else if s1 - h001(xs[2]) >= 2.0 {
        s1 = {
            let r1 = s1;
            r1 * xs[1]
        };
        s1 = s1 - x2;
    } else {
        s1 += s1;
    }
    let mut s3 = h009(x0, x0);
    let mut k0 = 0;
    while k0 < 2 {
        for j in (0..2).rev().step_by(2) {
            s1 /= (s3 - xs[j]).min(2.0);
        }
        s3
            -= {
                let r2 = xs[k0];
                r2 + s3
            };
        k0 += 1;
    }
    let mut s4 = h027(
        xs,
        match k0 % 3 {
            0 => xs[3],
            1 => xs[2],
            _ => 0.25,
        },
        xs[0],
    );
    for i in (0..2).rev() {
        s4 *= xs[i + 2];
        s3
            += (match i % 2 {
                0 => x1,
                _ => s4,
            }) * s4;
    }
    let t1: f64 = ({
        let r3 = x2;
        r3
    }) - s4;
    let t2 = xs[1];
    let (t3, t4) = (h025(t1 * s3, -x1), x2);
    (xs[0] / h023(t4, x0)).cos() + s1 + s3 + s4 + t2 + t3
}
#[grad::differentiate]
fn f037(xs: &[f64], x0: f64, x1: f64, ys: &[f64]) -> f64 {
    let mut s1 = x1 + x1 / ys[0];
    for i in 0..4 {
        s1 += xs[i] * 1.5;
    }
    let (t0, t1) = ((if s1 >= 0.25 { ys[1] } else { x1 }).powi(2), xs[3]);
    let t2 = f64::cos(ys[3]).powi(3);
    let mut s3 = -xs[1].max(x1);
    for i in 0..ys.len() {
        if i == 1 {
            continue;
        }
        s1 += t2 * 1.5 + t1.max(0.75);
    }
    let mut s4 = t2.exp();
    for _ in 0..4 {
        s4 += s1;
        s1 /= s4;
        s3 *= x0.powi(-2);
    }
    t2 + s1 + t0 + s3 + s4
}
#[grad::differentiate]
fn f038(x1: f64, x0: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let t0 = x0;
    let mut s1 = (t0 + x1) * x0;
    if x1 <= f64::sin(xs[0]) {
        s1 *= t0 - t0;
        s1 += x0 * ys[2];
    } else if xs[0].ln() >= xs[2] {
        if t0 / (x1 + xs[0]) < 0.5 {
            return x1;
        }
        s1 *= s1;
    } else if ({
        let r0 = x0;
        r0 + xs[1]
    })
        .abs() < 0.5
    {
        s1
            += {
                let r1 = if s1 < x0 { xs[2] } else { xs[1] };
                r1
            };
    }
    xs[2] + s1
}
#[grad::differentiate]
fn f039(x0: f64, x1: f64, x2: f64, n: usize) -> f64 {
    let t0 = f64::sin(x2);
    let t1: f64 = x2.powi(-2);
    -x2.ln() + (if t1 < 2.0 { 0.25 } else { x2.powi(-2) }) + x0 + x1 + (n as f64) * x0
        + t0
}
#[grad::differentiate]
fn f040(xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let t0 = xs[1];
    let t1 = ys[1] - -(0.75 / x0);
    -((if xs[0] < ys[1] { t0 } else { xs[1] }) / t0.powi(-1)) + t1
}
#[grad::differentiate(dual_calls)]
fn f041(xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[3].max(xs[1]).cos().cos();
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = t0;
        for j in 1..4 {
            v0[j] = (match i % 2 {
                0 => 1.25,
                _ => x0,
            })
                .min(0.75);
            v0[i] = (t0 * 0.25).max(xs[j].sin());
        }
    }
    if xs[0].powi(3) <= v0[0] {
        return t0;
    }
    let mut s0 = h007(x0, v0[2]) + t0.min(v0[1]);
    for (i, _) in v0.iter().enumerate() {
        s0 = s0 * (xs[i] * 3.0);
        if i >= 2 {
            return s0 * 0.5 + v0[i] * v0[i];
        }
    }
    s0 *= s0;
    if v0[1] < 1.25 {
        if -t0 - s0 >= 0.1 {
            s0 /= h027(xs, s0, x0);
        }
    } else if (if s0 < xs[0] { xs[0] } else { t0 }) + f64::sqrt(t0) > 3.0 {
        s0 /= xs[2];
        v0[3] *= t0.exp().powf(xs[3]);
    }
    (if xs[1].powi(3) >= xs[2] * s0 { f64::exp(s0) } else { s0.min(t0) }) / (2.0 + xs[2])
        + v0[3] + s0
}
#[grad::differentiate(dual_calls)]
fn f042(x0: f64, n: usize, x1: f64, x2: f64) -> f64 {
    let t0 = {
        let r0 = match n % 3 {
            0 => {
                match n % 3 {
                    0 => x1,
                    1 => x2,
                    _ => x0,
                }
            }
            1 => 1.5,
            _ => x0,
        };
        r0 / x1.powi(-1).powi(-1)
    };
    let mut s0: f64 = 1.0;
    if n < 1 {
        s0 = s0 + x0;
        s0
            += ({
                let r1 = x1;
                r1 * x1
            }) + s0;
    }
    let s1: f64 = 1.0;
    for _ in (0..3).rev() {
        s0 /= -s1;
    }
    h025(s1, t0) - t0.powi(-2) + (x1.max(x2) + -x1) + s0
}
#[grad::differentiate]
fn f043(xs: &[f64], x1: f64, x0: f64, ys: &[f64]) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..3 {
        if i >= 1 {
            break;
        }
        s0 = s0 + x1;
        s0 = s0 + x1;
    }
    s0 += s0;
    let t0 = (x1 + 0.1).max(xs[0]) + xs[1];
    let mut v1 = vec![0.0_f64; 4];
    for i in 0..v1.len() {
        v1[i] = -t0 - f64::abs(ys[i]);
    }
    x0 + s0 + v1[3]
}
#[grad::differentiate]
fn f044(x1: f64, x2: f64, xs: &[f64], x0: f64) -> f64 {
    let mut s0 = x0;
    for _ in xs.iter() {
        s0 -= xs[1];
    }
    let s1 = xs[2];
    let mut k0 = 0;
    while k0 < xs.len() {
        s0 += (k0 as f64) * s0;
        k0 += 1;
    }
    let (t0, t1) = (s0.powi(-1) * xs[1].max(x2), if k0 != 2 { x0 + s0 } else { 1.25 });
    x0 + (k0 as f64) + x1 + s0 + s1 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f045(x1: f64, n: usize, x2: f64, x0: f64) -> f64 {
    let mut s0 = x1 + (n as f64);
    for i in (0..4).step_by(2) {
        if i >= 1 {
            break;
        }
        s0 *= s0.powf(-0.5) + ((i + 1) as f64);
    }
    let mut s1: f64 = 1.0;
    for _ in 0..4 {
        s0 -= s0 + x1;
        s1 *= s1;
    }
    h018(x2) - x2 + x0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f046(xs: &[f64], x0: f64, n: usize, x1: f64) -> f64 {
    let t0: f64 = -xs[0] + h014(x0, xs);
    let t1 = x0 * (xs[0] * t0);
    (if n < 2 { h024(xs[0], xs[1], xs[2]) } else { h006(xs[2], xs[0]) })
        - h020(xs, t1)
            .max(
                match n % 3 {
                    0 => xs[1],
                    1 => 0.5,
                    _ => xs[2],
                },
            ) + x1
}
#[grad::differentiate(dual_calls)]
fn f047(x1: f64, x0: f64) -> f64 {
    let mut s1 = 0.75 * x0;
    for _ in (0..3).step_by(2) {
        s1 += x1;
        s1 += -(x0 + s1);
    }
    s1 *= (if x1 <= 0.1 { x0 } else { x1 }) + x0;
    let mut s2: f64 = 1.0;
    for _ in 0..4 {
        s2 += x1.max(0.1) * x1;
    }
    s2 = s2 + x0 / s2;
    let (t0, t1) = (
        {
            let r0 = s1;
            x1 * r0
        },
        s2,
    );
    h008(x0 - 1.25, s2) + s1 + s2 + t0 + t1
}
#[grad::differentiate]
fn f048(x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if f64::sin(s0) < 0.25 {
        s0 *= s0.powi(2);
    } else if -s0 > x1.exp().cos() {
        s0 += x0.tanh();
    } else if x1 > 0.75 {
        s0 = s0
            + 0.1
                * ({
                    let r0 = x0;
                    r0 + x1
                });
    } else {
        s0
            += {
                let r1 = s0.max(x0);
                r1 * x1
            };
    }
    let t0 = x1;
    let t1: f64 = t0;
    let s1: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 3 {
        s0 += s0;
        k0 += 1;
    }
    x1.cos() + s0 + t1 + s1
}
#[grad::differentiate]
fn f049(xs: &[f64], x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (xs[2].sin() * (0.75 * xs[2]), x1);
    let t2 = x1;
    let mut s0: f64 = 0.0;
    if (-xs[0]).powi(3) < 2.0 {
        s0 *= xs[2];
    } else {
        s0 += x0 * t1;
        s0 *= -(xs[0] * s0);
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = {
            let r0 = xs[i + 2];
            r0 * t1
        };
        s0 = s0 + x0.powi(-2);
    }
    if xs[2] > t2 + v0[1] / 0.75 {
        return ({
            let r1 = s0;
            r1 + t1
        }) + t2;
    }
    t2 + t0 + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f050(ys: &[f64], n: usize, x0: f64, xs: &[f64]) -> f64 {
    let t0 = h001(f64::abs(ys[0].exp()));
    let t0 = t0 - ys[2].sin().sin();
    t0.sqrt() + (n as f64) * x0 + x0 + xs[2]
}
#[grad::differentiate(dual_calls)]
fn f051(x0: f64, x1: f64, ys: &[f64], xs: &[f64], x2: f64) -> f64 {
    let mut s0 = -x0 * h017(xs, ys[1], xs[3]);
    if x2.abs() >= 3.0 {
        s0 = x0.abs();
        s0 += x2.min(ys[0]);
        s0 /= 0.1 + x1 - s0;
    } else {
        s0 /= -(ys[2] + x2);
        s0 += x2.sin();
    }
    let mut s1: f64 = 0.0;
    for i in 1..2 {
        s1 -= xs[i];
    }
    if ys[0] < xs[2] {
        return s1.ln().powf(-0.5);
    }
    let t2 = (xs[4] - 3.0 - (0.75 + ys[0])) / 0.5;
    let (t3, t4) = (ys[0], x1);
    x1 + s0 + s1 + t2 + t3 + t4
}
#[grad::differentiate(dual_calls)]
fn f052(x2: f64, xs: &[f64], x0: f64, x1: f64) -> f64 {
    let t0 = xs[0]
        .powi(3)
        .max({
            let r0 = x0.ln();
            x0 * r0
        });
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = match i % 3 {
            0 => x2,
            1 => -x0,
            _ => 0.25,
        };
    }
    let s2 = x2;
    for _ in 0..xs.len() {
        v0[2] = x2;
    }
    if h013(xs, v0[3]) <= 0.1 {
        return x2 + s2;
    }
    let t0 = t0 * -t0;
    let t1 = x1;
    x0.powf(-0.5) * 1.25 + v0[4] + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f053(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    if x0.min(1.25) * (x0 * xs[0]) <= ys[1] {
        return ys[1] * x0 * ys[1];
    }
    let t1 = if x0.min(xs[1]).powi(-2) >= 0.75 {
        ys[0]
    } else {
        self::h020(ys, xs[1]).powi(-2)
    };
    let mut s0: f64 = 0.0;
    for i in (0..ys.len()).rev() {
        s0 *= if x0 + 0.1 > 3.0 { h013(ys, xs[i % xs.len()]) } else { -s0 };
        s0 = s0 + ys[i % ys.len()] * h001(x0);
        s0 -= x0;
    }
    let s1: f64 = 0.5;
    for _ in ys {
        s0 /= s0 - xs[2];
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = if i < 2 { s0 } else { s0.abs() };
        s0 += s1;
    }
    ys[1] + t1 + s0 + v0[3]
}
#[grad::differentiate]
fn f054(xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s0 = {
        let r0 = x1 + 0.25;
        r0
            * ({
                let r1 = x1;
                r1 * x0
            })
    };
    for i in (1..3).rev().step_by(2) {
        s0
            /= xs[i % xs.len()]
                + (match i % 3 {
                    0 => xs[(i + 1) % xs.len()],
                    1 => 0.25,
                    _ => x1,
                });
        s0 *= 2.0 * x0 * x1.sin();
    }
    let mut s1 = xs[3];
    for _ in xs {
        s1 /= xs[0].tanh();
        s0 += s0.powi(3) + x1;
    }
    if s1 > 1.25 {
        return xs[2];
    }
    let t0 = x1 * s1;
    let t1 = f64::sqrt((x1 + xs[2]).max(xs[3]));
    -(if t1 > s0 { s1 } else { s0 }) + s0 + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn f055(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = xs[2].sqrt() + x0;
    if xs[3] * x0 <= 0.5 {
        s0 = if ({
            let r0 = s0;
            r0 * xs[1]
        }) > x1
        {
            x1
        } else {
            xs[1]
        };
        s0 += (0.1 / xs[0]).powi(3);
        s0 += 1.5 - s0;
    } else {
        s0 += s0;
    }
    let t0 = h019(s0, xs[0], xs[3]).exp();
    let mut s1: f64 = 0.0;
    for i in 0..xs.len() {
        s1 += x1;
        s0 += xs[i].abs();
        for (j, _) in xs.iter().enumerate() {
            if j == 2 {
                break;
            }
            s0 -= t0;
        }
    }
    s1 = s1 + (2.0 + xs[0]) * 0.75;
    if (if xs[0]
        >= ({
            let r1 = xs[2];
            r1 * x1
        })
    {
        1.5
    } else {
        xs[2].max(x1)
    }) < 2.0
    {
        s0 += x0.powf(1.5);
        s1 += s1.cos();
    }
    let t1: f64 = (1.5 + xs[3])
        * ({
            let r2 = x0;
            r2 + xs[2].powf(1.5)
        });
    h015(
        xs,
        xs[2].abs()
            * ({
                let r3 = xs[0];
                r3
            }),
        xs[3].sin(),
    ) + s0 + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn f056(x1: f64, x2: f64, x0: f64) -> f64 {
    let (t0, t1) = (x1.min(x2), x0);
    let mut s0 = t0 * 0.1;
    if h019(t0, t1.abs(), x0) > 3.0 {
        s0 = s0 + x0.ln() / x2;
    } else if x2 > x1.exp() {
        s0 = s0 * (t1.max(t0) + s0);
        s0 += f64::tanh(t1).min(if t0 <= x1 { 0.1 } else { x2 });
    } else {
        s0 = s0 * (x0 * -x2);
    }
    let mut s1 = x1.abs().powi(-2);
    for _ in 0..2 {
        s1 *= x1 + (if x1 >= 1.25 { t0 } else { t1 });
    }
    let s2 = x1 * 1.5;
    for i in (1..2).rev() {
        if i == 1 {
            break;
        }
        s0 -= s1 + ((i + 1) as f64);
        if x0
            <= self::h002(
                t1,
                match i % 2 {
                    0 => t1,
                    _ => t1,
                },
                x0,
            )
        {
            return (if x1 >= 1.5 { 0.1 } else { s2 }).abs();
        }
    }
    (if t0 <= 0.5 {
        x0.powi(2)
    } else {
        x1
            - ({
                let r0 = t1;
                r0 + t1
            })
    }) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f057(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = (if x1 > xs[2] { 3.0 } else { x1 }).exp();
    if h012(xs[1], x1 * 1.5) < xs[0].exp() + s0 / 0.25 {
        s0 = x1.tanh().powi(-1);
        s0 += (xs[2] + x1) * x1;
        s0 = s0 - x0;
    } else if x0.powf(xs[0])
        + ({
            let r0 = xs[2];
            r0 / xs[0]
        }) > xs[2] + (xs[2] + x1)
    {
        s0 = xs[1].cos().powf(x0.max(s0));
        s0 -= x1 * x0.sin();
        s0 -= xs[0].sin();
    } else if ({
        let r1 = self::h007(xs[0], s0);
        r1 + xs[0].max(xs[1])
    }) <= 0.25
    {
        s0 = x1 / x1;
        s0 = s0 * (xs[2] + xs[1]);
    } else {
        s0 = s0 - xs[1];
    }
    s0 = s0 + (3.0 * xs[1]).powi(3);
    x1 * 1.25 * x1.max(s0) + s0
}
#[grad::differentiate(dual_calls)]
fn f058(x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = x0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0 += 0.5 + xs[1].max(x0);
    }
    let t0 = x0;
    let t0 = t0 * xs[2];
    let mut s2: f64 = 0.0;
    for i in 1..2 {
        s2 += h018(s2);
        s2 *= h005(xs[i] * 0.5, xs[i].exp());
        if s0.max(0.5) * 0.5 > 0.25 {
            return t0.sin();
        }
    }
    let (t1, t2) = (h017(xs, t0, if x0 > s0 { xs[2] } else { t0 }), h004(x0));
    let t3 = if t2 < 0.25 {
        ({
            let r0 = t2;
            r0 - t1
        })
            .min(xs[1])
    } else {
        s0
    };
    s2 + xs[1].tanh() + x0 + s0 + s2 + t3
}
#[grad::differentiate(dual_calls)]
fn f059(x0: f64, n: usize) -> f64 {
    let t0 = x0;
    let mut s1 = if n != 0 { t0.sin() } else { -t0 };
    for i in 0..3 {
        if i != 2 {
            s1
                *= {
                    let r0 = t0.cos();
                    r0.ln()
                };
        }
        s1
            *= ((i + 1) as f64) * t0
                - ({
                    let r1 = t0;
                    r1
                });
        s1 += t0;
    }
    let mut s2 = match n % 3 {
        0 => x0 + t0,
        1 => t0,
        _ => t0,
    };
    let mut k0 = 0;
    loop {
        if k0 >= n {
            break;
        }
        s1 += s1;
        k0 += 1;
    }
    if k0 != 2 {
        s2 += s1 / x0 / (s2 / s2);
        s2 = s2 + ((if s1 <= 1.5 { t0 } else { s1 }) + 0.75);
    } else if n % 2 == 0 {
        s1 = f64::sin(s2);
        s2 -= if s2.min(s2) > 1.25 { s2 * s2 } else { t0.powf(2.5) };
        s1 = s1 * (if s2 + t0 <= 1.25 { s1 } else { h016(s1, t0) });
    } else {
        s1 -= t0.sin() * 1.25;
    }
    ((k0 + 1) as f64) * h019(t0, s2, s2) + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f060(x0: f64, x1: f64, ys: &[f64], xs: &[f64], x2: f64) -> f64 {
    let (t0, t1) = (f64::abs(x2).abs(), x0 + x2.abs());
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = f64::sin(v0[0]);
    }
    let s0: f64 = 0.0;
    for i in 0..ys.len() {
        if i >= 1 {
            break;
        }
        v0[i] += xs[i];
        v0[i % 4] *= f64::cos(v0[i] * x2);
    }
    let t1 = t1 - (2.0 + t1);
    let mut s2 = v0[0];
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s2 = s2 + self::h006(xs[0], if k0 != 2 { ys[k0] } else { 0.1 });
        k0 += 1;
    }
    let mut s4: f64 = 0.0;
    for i in 0..xs.len() {
        if (if -s0 <= 0.1 { f64::sin(v0[i]) } else { t1.ln() }) > x2 {
            s4 += 2.0 * t1;
            s4 -= x1;
        }
        v0[i] = ys[0];
        for j in 0..3 {
            if j >= 2 {
                return match k0 % 3 {
                    0 => s0,
                    1 => v0[i] + ((i + 1) as f64),
                    _ => v0[j % v0.len()].abs(),
                };
            }
            v0[(i + 1) % 4]
                *= if t0 < 0.5 { s0 + t0 } else { if j < 1 { 0.1 } else { x1 } };
        }
    }
    h029(x0, &v0, x0, s0).ln() + ((k0 + 1) as f64) + v0[3] + s2 + s4
}
#[grad::differentiate(dual_calls)]
fn f061(x1: f64, x0: f64) -> f64 {
    let t0 = (x1 + (x1 + x1)) * 0.5;
    if h004(x1 + t0) > 0.25 {
        return t0;
    }
    let (t1, t2) = (x0, x0.powi(2));
    let mut s5 = (t1 + t0) / x0;
    if x0 - x1 > 0.25 {
        s5 += t1;
        s5 = s5 * x0;
    } else if s5.abs().powf(2.5) < x0 {
        s5 /= t0;
    }
    if x1 < t1.powf(t2) + t0 {
        s5 = x0.powf(1.5);
        s5 += t0.sin();
        s5 += if x0.powi(2) < t0.cos() { s5.abs() } else { x1 + 0.75 };
    } else {
        s5 *= x1 / 0.1;
        s5 = s5
            * ({
                let r2 = t2.min(x1);
                r2 / t2
            });
    }
    let s6 = t1 + x1;
    for _ in (0..3).step_by(2) {
        s5 = s5 * x0.ln();
    }
    t1 + s5 + s6
}
#[grad::differentiate]
fn f062(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0 = x1;
    let t1 = (xs[1].abs() + t0).max(xs[1] + x1 / x0);
    f64::tanh(t0) + t1
}
#[grad::differentiate(dual_calls)]
fn f063(x1: f64, xs: &[f64], x0: f64, x2: f64) -> f64 {
    let t0 = h023(x2, x0) + x1 + x0.powi(2).exp();
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < xs.len() {
        s1 += 0.25 - x0;
        k0 += 1;
    }
    s1 += s1;
    let mut s3: f64 = 1.0;
    for i in 0..2 {
        s3 += xs[i + 1];
    }
    (0.1 + (xs[3] + x1)).min(s3) + t0 + s1 + s3
}
#[grad::differentiate]
fn f064(ys: &[f64], x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s1 = x1;
    for i in 0..3 {
        s1 += xs[i];
    }
    let mut s2: f64 = 0.5;
    for (&p2, _) in ys.iter().zip(xs.iter()) {
        s2 += (if xs[0] <= x0 { s2 } else { 3.0 }) + p2;
        s2 *= xs[2];
    }
    let s4: f64 = 0.5;
    for _ in ys.iter() {
        s2 = s2 * xs[3];
    }
    xs[1] + s1 + s2 + s4
}
#[grad::differentiate(dual_calls)]
fn f065(xs: &[f64], n: usize, x0: f64) -> f64 {
    if n < 2 {
        return (xs[3] * xs[4]).cos();
    }
    let mut s0: f64 = 0.5;
    for _ in (0..3).rev().step_by(2) {
        s0 += h001(h000(x0));
    }
    let t3 = xs[4].abs().powf(0.5);
    let t4 = xs[4].sin();
    let t5: f64 = f64::sin(xs[1]).sqrt().max(1.25 * s0);
    let mut s3: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        for j in (0..2).rev().step_by(2) {
            s0 += xs[2];
            s0 /= if j < 2 { 1.25 - s3 } else { s0 };
        }
        s3 += ((n as f64) * xs[i]).powf(0.5);
        if n >= 2 {
            return match n % 3 {
                0 => s0 + xs[i],
                1 => t4,
                _ => xs[i % xs.len()],
            };
        }
    }
    s3.powf(xs[1] * s3).max(x0) + s0 + t3 + t5 + s3
}
#[grad::differentiate]
fn f066(x2: f64, ys: &[f64], xs: &[f64], x0: f64, x1: f64) -> f64 {
    let (t0, t1) = (
        {
            let r0 = ys[1] + x0;
            r0 + x0
        },
        x2,
    );
    let t2 = (f64::sqrt(x0) + ys[0]).tanh();
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = ys[i];
    }
    x2 + xs[3] + x1 + t0 + t1 + t2 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f067(xs: &[f64], x0: f64) -> f64 {
    let (t0, t1) = (x0, (if xs[2] > 0.75 { x0 } else { xs[2] }).sin());
    let t1 = t1 - t1;
    let mut s0 = -xs[1];
    if h021(if xs[0] >= 1.5 { x0 } else { xs[2] }) >= 1.25 {
        s0 += -t1 - t0;
    }
    let mut s2 = xs[3];
    for i in 0..2 {
        s2 -= t0 - xs[i];
    }
    x0.sin() + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f068(x0: f64, xs: &[f64], ys: &[f64]) -> f64 {
    if xs[2].sin() >= xs[0] {
        return (xs[2] * ys[0]).sqrt();
    }
    let t0 = x0.exp();
    let mut s2 = (if xs[3] <= xs[2] { xs[0] } else { x0 }).powi(2);
    for i in (0..2).step_by(2) {
        s2
            -= {
                let r1 = ys[i];
                r1 / (xs[i + 1] * 3.0)
            };
    }
    let mut s3 = x0.powf(2.5);
    for i in 0..2 {
        s3 += xs[i + 1] * 3.0;
    }
    let (t1, t2) = (s3 / (ys[0] / t0), h008(t0 - 0.25, ys[1]));
    let s4 = s2 / ys[1];
    for p0 in xs.iter() {
        if ({
            let r2 = t1;
            r2 + t1
        }) + h024(*p0, t0, t0) > ys[0]
        {
            return x0;
        }
        if x0 + ys[0] >= ys[0] {
            return ys[0] + -s3;
        }
    }
    t1 + s2 + s3 + t2 + s4
}
#[grad::differentiate(dual_calls)]
fn f069(ys: &[f64], x0: f64, xs: &[f64], x1: f64, x2: f64) -> f64 {
    let t0 = h027(xs, xs[4], f64::cos(xs[2]));
    let (t1, t2) = (x2.powi(-2).max(f64::cos(x1)), xs[0] - ys[2]);
    let mut s1: f64 = 0.0;
    if ys[2] < 0.5 {
        s1 += t2;
        s1 += s1 * xs[3];
    }
    let mut s2 = -(-t0);
    for (i, _) in xs.iter().enumerate() {
        if i == 1 {
            break;
        }
        if i >= 1 {
            break;
        }
        s2 -= xs[i];
    }
    ys[1].min(s1) * h004(x1.tanh()) + x0 + t1 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f070(n: usize, x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if 1.25 - x1 < 1.5 {
        s0 = s0 + x0;
    } else if n % 2 == 0 {
        s0 = x0.abs().max(s0);
        s0
            /= match n % 2 {
                0 => x2,
                _ => {
                    match n % 2 {
                        0 => x2,
                        _ => s0,
                    }
                }
            };
        s0 += x0 + s0 + (n as f64);
    } else {
        s0 = s0 * s0;
    }
    let (t0, t1) = (
        x2,
        (match n % 3 {
            0 => x2,
            1 => 1.25,
            _ => 1.25,
        }) + x1.abs(),
    );
    if t0 >= 0.25 {
        return 0.25 / (0.1 + s0);
    }
    let mut s2: f64 = 0.0;
    for _ in 0..4 {
        s2 /= h021(x0.sqrt());
        for j in 0..4 {
            if j == 1 {
                continue;
            }
            if j >= 1 {
                continue;
            }
            s0 += x0.sin();
        }
    }
    if t0 * t1 >= 2.0 {
        return x0.sin() + t0;
    }
    s0 += s0;
    x0.min(t1.powf(x1.powi(-2))) + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f071(xs: &[f64], n: usize, x0: f64) -> f64 {
    let t0 = x0 / xs[1] + h024(xs[4], f64::abs(x0), if n != 2 { x0 } else { xs[1] });
    let mut s1: f64 = 1.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..3 {
            r0 += x0 - xs[j];
        }
        s1 += r0 * 1.5;
    }
    let t3 = t0;
    ((n + 1) as f64) * (-s1 + xs[3]) + s1 + t3
}
#[grad::differentiate(dual_calls)]
fn f072(x1: f64, xs: &[f64], x0: f64, x2: f64) -> f64 {
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = x1.sin();
        for j in (1..2).step_by(2) {
            if j >= 2 {
                continue;
            }
            v0[i] += (j as f64) * -xs[j];
            v0[j] += x0;
        }
    }
    let t1: f64 = 0.25 * (x1 / x1.min(x2));
    let mut s2 = x2 - x0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += x1 - xs[j + 2];
        }
        s2 += r0 * 0.75;
    }
    if t1 + xs[0] - v0[0] * v0[0] > 2.0 + x0.sin() {
        s2 -= x0.powi(-2) / xs[2].min(xs[0]);
    }
    if 2.0 * x0.powf(v0[2]) > h025(v0[1], v0[0]) {
        s2 += s2;
    } else if v0[1].ln().exp() < s2 {
        s2 -= x2.max(s2);
    }
    t1 - (-s2 + h020(xs, xs[2])) + v0[2] + s2
}
#[grad::differentiate]
fn f073(xs: &[f64], x0: f64, ys: &[f64], n: usize, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = x1;
    }
    let mut s0 = ys[3] + 3.0;
    if n < 1 {
        s0 = x0;
        v0[0]
            *= match n % 2 {
                0 => x1,
                _ => x0,
            };
        s0 -= x0.powi(3);
    } else if n < 2 {
        s0 += if xs[2] >= xs[1] { xs[1] } else { ys[0] };
    }
    if x1 > 2.0 {
        return x0;
    }
    let mut s1 = s0;
    for i in 0..n {
        s1 *= v0[i];
        s1 -= v0[i].ln();
    }
    let s2: f64 = 0.0;
    for i in 0..4 {
        if f64::ln(s1) < x1.powf(1.5) + -s1 {
            return xs[i].exp();
        }
        v0[(i + 1) % 2] += s0;
        v0[i % 2] = {
            let r1 = xs[i];
            r1 * v0[i % v0.len()]
        };
    }
    x1 + v0[1] + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f074(x1: f64, n: usize, xs: &[f64], x2: f64, x0: f64) -> f64 {
    let mut s1 = xs[1].tanh() * xs[0].cos();
    let mut k0 = 0;
    while k0 < 2 {
        s1 = s1 - -((n as f64) * xs[k0]);
        s1 = s1
            * (match n % 3 {
                0 => x1.max(s1),
                1 => 1.5 * x1,
                _ => s1 - s1,
            });
        k0 += 1;
    }
    let mut s2 = h002(s1, s1, x0).powi(-1);
    for _ in 0..4 {
        s1 += x2.max(x1).ln();
    }
    let s3: f64 = 1.0;
    let mut k1 = 0;
    loop {
        if k1 >= xs.len() {
            break;
        }
        for _ in 1..3 {
            s2 *= s2;
            s2 = s2 + x1.sin();
        }
        k1 += 1;
    }
    x2.tanh() / (xs[2] * xs[0]) + s1 + s2 + s3
}
#[grad::differentiate]
fn f075(x0: f64, xs: &[f64]) -> f64 {
    let t0 = x0;
    let t4: f64 = t0;
    (xs[2] + xs[1]) * xs[0] + t4
}
#[grad::differentiate(dual_calls)]
fn f076(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in (0..4).step_by(2) {
        s0 *= f64::tanh(x2).max(x1);
    }
    s0 += x2;
    (if (if x2 < x2 * 2.0 { h000(s0) } else { s0 }) >= 1.5 {
        x1.max(x1 + s0)
    } else {
        s0
    }) + x0 + s0
}
#[grad::differentiate(dual_calls)]
fn f077(x1: f64, x2: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = f64::sqrt(x1);
    if xs[3].min(xs[4]).powi(2) <= h003(0.75 + t0, x0, xs[3]) {
        return -h015(xs, xs[4], xs[1]);
    }
    x1.powi(3) + x2
}
#[grad::differentiate(dual_calls)]
fn f078(n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    if x0 < xs[0] {
        s0 /= xs[3];
    } else if n >= 2 {
        s0 = s0 + h005(s0, f64::exp(xs[3]));
    } else if n < 3 {
        s0 = s0 * xs[2];
    } else {
        s0 -= x0 * s0;
    }
    let mut s1 = (match n % 3 {
        0 => x0,
        1 => xs[1],
        _ => 0.25,
    })
        .exp();
    for i in 0..3 {
        s1 -= xs[i];
    }
    let (t0, t1) = (x0, f64::exp(((n + 1) as f64) * x0));
    let t2 = s1;
    s0 -= xs[1];
    xs[2] + s0 + s1 + t0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f079(x0: f64, x2: f64, xs: &[f64], x1: f64, ys: &[f64]) -> f64 {
    let t0 = h007(x1 * ys[0] - x1, xs[2]);
    let t0 = t0 * ys[1];
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0 += x1;
        k0 += 1;
    }
    let mut s2 = h006(x1, ys[2] / x0);
    for i in 0..xs.len() {
        s2 += xs[i];
    }
    ({
        let r0 = x1;
        r0
    })
        .max(ys[1].max(1.5) / (3.0 * xs[2])) + x2 + t0 + s0 + s2
}
#[grad::differentiate]
fn f080(xs: &[f64], x1: f64, x0: f64, x2: f64) -> f64 {
    let t0 = x0.cos().tanh().max(x0);
    let t1 = x1;
    let (t2, t3) = (xs[2], xs[2].cos().sin());
    if xs[3].max(t1) < 0.75 {
        return t0.powf(t0);
    }
    -x0 + x2 + t2 + t3
}
#[grad::differentiate(dual_calls)]
fn f081(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 += h014(s0, xs);
        s0 += s0.powi(3);
        k0 += 1;
    }
    let t0 = s0;
    x0 + x1 + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f082(x0: f64, xs: &[f64]) -> f64 {
    let mut s2 = (if xs[2] < 1.5 { xs[3] } else { xs[4] }) - xs[3];
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s2 -= xs[k0 % xs.len()].powi(2);
        if xs[(k0 + 1) % xs.len()].abs().exp() > 0.5 {
            s2 += x0 - s2;
            s2 *= if k0 < 3 { x0 + ((k0 + 1) as f64) } else { xs[k0 + 1] };
        }
        k0 += 1;
    }
    let t0 = x0 * s2;
    (if -xs[1] > 2.0 {
        ({
            let r0 = s2;
            r0 / s2
        }) - s2.ln()
    } else {
        (0.5 * s2).max(h015(xs, t0, xs[0]))
    }) + s2
}
#[grad::differentiate(dual_calls)]
fn f083(xs: &[f64], ys: &[f64], x0: f64) -> f64 {
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 += s1;
        s1 = s1 - (k0 as f64) * h006(x0, ys[k0 + 1]);
        k0 += 1;
    }
    let t0 = f64::sin(s1 * 3.0).tanh();
    s1 += ys[2] + s1;
    let mut s3: f64 = 0.0;
    if x0.abs().ln() >= self::h014(h020(ys, xs[2]), xs) {
        for (i, _) in xs.iter().enumerate() {
            if i == 1 {
                break;
            }
            s3 += t0.sin();
            if i < 1 {
                return xs[i % xs.len()] + s1 + s1;
            }
        }
    }
    let s4: f64 = 0.5;
    for i in 0..3 {
        s1 /= ys[i];
    }
    let mut s6: f64 = 0.0;
    for i in 0..3 {
        s6 += ys[i] * x0;
    }
    h015(xs, t0, xs[1]).tanh().sin() + s1 + s3 + s4 + s6
}
#[grad::differentiate(dual_calls)]
fn f084(xs: &[f64], x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (xs[1] * 1.25, self::h015(xs, x1, x0) + xs[2]);
    let (t2, t3) = (h011(t1, xs[0], xs[0]) - 3.0 * xs[2], f64::exp(x0));
    let (t4, t5) = (x0, h029(t2, xs, x0, t1).exp());
    let mut s1: f64 = 0.0;
    for i in (0..3).rev() {
        s1 = s1
            - xs[2]
                * (match i % 2 {
                    0 => t0,
                    _ => xs[i],
                });
        if t2 <= h019(t4, xs[1], xs[i]) + ((i + 1) as f64) {
            return xs[i + 1] - xs[i] + t0;
        }
    }
    let mut s2: f64 = 0.0;
    for i in 0..4 {
        if i == 1 {
            continue;
        }
        s2 += xs[i];
        s2 -= h021(t0);
    }
    xs[0] + t3 + t5 + s1 + s2
}
#[grad::differentiate]
fn f085(xs: &[f64], n: usize, x1: f64, x0: f64) -> f64 {
    let t0 = x0;
    let mut s1 = xs[1].abs().exp();
    for (&p1, _) in xs.iter().zip(xs.iter()) {
        s1 = s1 * s1.max(p1);
    }
    1.5 + f64::tanh(t0).exp() + (n as f64) * x0 + x1 + s1
}
#[grad::differentiate(dual_calls)]
fn f086(x1: f64, x0: f64, n: usize) -> f64 {
    if n >= 2 {
        return h007(
            x0,
            {
                let r0 = x1;
                r0
            },
        );
    }
    let mut s0 = x1;
    for _ in 0..n {
        s0 = s0 + x0.min(1.25).tanh();
        s0 -= f64::exp(if n >= 2 { x0 } else { x0 });
        for j in (1..2).step_by(2) {
            if j == 2 {
                break;
            }
            s0 += x0.tanh();
        }
    }
    let t0 = (match n % 2 {
        0 => 0.25,
        _ => x0,
    }) * x1;
    let (t1, t2) = (
        match n % 2 {
            0 => t0.abs(),
            _ => x0,
        },
        {
            let r1 = s0;
            r1 - x0 * t0
        },
    );
    if t1 >= 1.5 * x0 {
        return t2;
    }
    let t3 = (t1 * t1).min(x0.exp());
    (0.25 - s0.min(s0)).min(t0.min(t0 + 0.75)) + s0 + t3
}
#[grad::differentiate]
fn f087(x2: f64, x1: f64, x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0
            += match k0 % 2 {
                0 => x1.abs(),
                _ => x1,
            };
        s0 = s0 - s0;
        k0 += 1;
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..v0.len() {
        v0[i] = x0;
    }
    let (t1, t2) = (
        {
            let r0 = x1 - 1.25;
            r0 - x1.exp()
        },
        match n % 2 {
            0 => -v0[0],
            _ => s0.abs(),
        },
    );
    if n % 2 == 0 {
        return (t1 + 0.25) * (v0[1] - s0);
    }
    s0 = s0 + (v0[1] - (s0 + (n as f64)));
    (-(match n % 3 {
        0 => 0.5,
        1 => x2,
        _ => v0[1],
    }))
        .min(x0 + v0[0]) + s0 + v0[1] + t2
}
#[grad::differentiate(dual_calls)]
fn f088(x1: f64, x0: f64) -> f64 {
    let mut s0 = x1 + x1;
    for i in (0..4).rev() {
        if i == 1 {
            break;
        }
        s0 += x0;
    }
    let s2 = s0.powf(0.5);
    for _ in 0..3 {
        s0 += h019(-x0, 0.5 + s0, -s0);
    }
    s0 = s0 - s2;
    let t0: f64 = x0 / 1.5 - (x0 + 2.0) + s2.tanh();
    let t1 = s2;
    let t2 = x1.abs().sqrt();
    t2 + f64::sqrt(s0 / t1) + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f089(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let t0 = x1;
    let mut s0 = h027(xs, xs[0], xs[3]);
    for (_, _) in xs.iter().enumerate() {
        s0 /= s0 + x0.sin();
        s0 = s0 * x0.cos();
    }
    let t2 = x0;
    let mut s1 = x1.cos();
    for _ in xs.iter() {
        s0 += xs[2];
        s0 += s1;
        s1 += h018(xs[1].min(xs[2]));
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = h015(
            xs,
            {
                let r1 = s0;
                r1 - t0
            },
            t2 * 0.1,
        );
    }
    let t3 = xs[0] + -h009(t0, t2);
    h003(t3, f64::sqrt(0.75 * v0[3]), v0[1]) + s0 + s1 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f090(x0: f64) -> f64 {
    let t0 = -x0 + x0;
    let mut s0: f64 = 1.0;
    if t0 > 3.0 {
        for _ in (0..2).rev() {
            s0 += h005(s0, x0);
        }
        s0 += s0.max(t0);
    }
    let mut s2: f64 = 0.0;
    for i in (1..2).step_by(2) {
        if i >= 2 {
            s0 *= if t0 <= 0.5 { t0 } else { 1.25 };
            s2 *= x0.sqrt().cos();
        }
        s2 -= s2.powi(3).powi(3);
        s0 -= (-s0).powi(-1);
    }
    let t2 = s2;
    s2 + t0 + s0 + s2 + t2
}
#[grad::differentiate(dual_calls)]
fn f091(x2: f64, n: usize, x1: f64, ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = 0.1 + x2;
    for _ in 0..2 {
        for p0 in ys.iter() {
            s0 += 2.0 / *p0 + 0.1;
            s0 = s0 + (f64::tanh(*p0) + (n as f64));
            s0 *= x0;
        }
    }
    if n >= 2 {
        return h029(
            x1,
            xs,
            f64::tanh(x1),
            match n % 2 {
                0 => ys[2],
                _ => ys[1],
            },
        );
    }
    let t0 = {
        let r1 = x2
            - ({
                let r0 = x0;
                r0 / ys[2]
            });
        r1 * self::h014(xs[2], ys)
    };
    let t1 = {
        let r2 = if n >= 2 { h014(t0, xs) } else { x0 };
        r2
            / (x0.ln()
                - ({
                    let r3 = x0;
                    r3
                }))
    };
    let mut s2 = x1;
    for (i, _) in ys.iter().enumerate() {
        s2
            += -({
                let r4 = ys[i];
                r4 * xs[2]
            });
        s2 += t1.abs().exp();
    }
    h002(
        0.1 * h028(ys[0], ys),
        ({
            let r5 = x0;
            r5 - t1
        }) - s2.exp(),
        ({
            let r6 = ys[0];
            r6 * t1
        })
            .powf(-ys[0]),
    ) + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f092(x0: f64) -> f64 {
    let mut s0 = x0;
    let mut k0 = 0;
    while k0 < 2 {
        if s0 + x0.exp()
            < ({
                let r0 = s0;
                r0
            })
        {
            s0 = x0 / x0 * (((k0 + 1) as f64) * s0);
            s0 = s0 + f64::sqrt(x0 / s0);
        }
        for _ in (0..3).rev().step_by(2) {
            s0 = s0 - x0 * 0.1;
            s0 /= h003(x0, x0, x0) + s0;
            s0 *= h012(if s0 > 1.5 { x0 } else { x0 }, s0);
        }
        k0 += 1;
    }
    let t0: f64 = x0;
    if h007(s0, t0) / t0 < 0.75 {
        return s0;
    }
    let mut s1 = (t0 - t0).max(t0);
    let mut k1 = 0;
    loop {
        if k1 >= 2 {
            break;
        }
        s0 = s0 - ((k0 + 1) as f64) * x0;
        s0 /= s1.abs() + ((k0 + 1) as f64);
        k1 += 1;
    }
    let mut s2 = 3.0 * s0 + ((k0 + 1) as f64);
    if k1 != 1 {
        s1 = s1.powf(2.5);
        for _ in 0..4 {
            s2 = s2 * (x0 + s0);
        }
        s2 += t0;
    }
    let t1 = t0;
    t0.exp() * s0
        * (match k0 % 3 {
            0 => x0.cos(),
            1 => t0,
            _ => s0 / s2,
        }) + s0 + s1 + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn f093(xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if self::h021(s0 + xs[2]) < h015(xs, 0.5 * x0, xs[0]) {
        s0 -= xs[3] + x0;
    } else if x0 * x0 * (s0 - 0.5) >= 1.5 {
        s0 += h011(x0, xs[2], xs[1]) / s0.tanh();
        s0 += h026(s0, x0, -xs[2]);
    } else if xs[3] < 2.0 {
        s0 += xs[2];
    } else {
        s0 /= s0 + xs[3];
        s0 /= -xs[1];
    }
    let t0 = if x0 > 2.0 { xs[2] / 0.25 } else { s0 };
    xs[3] * (x0 * t0) + s0
}
#[grad::differentiate(dual_calls)]
fn f094(x0: f64, xs: &[f64]) -> f64 {
    let t0 = {
        let r5 = h003(xs[2], xs[2], xs[1]) + x0;
        r5
    };
    let t1 = (3.0 + x0).max(1.5 + x0);
    let (t2, t3) = (xs[0], t0 + x0);
    if xs[3] >= t1 {
        return t0;
    }
    if xs[2] > x0 {
        return xs[1];
    }
    let mut s7: f64 = 0.0;
    for i in 0..xs.len() {
        s7 *= t1 / (((i + 1) as f64) * xs[i]);
    }
    s7 + t2 + t3 + s7
}
#[grad::differentiate(dual_calls)]
fn f095(x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = h011(x0, x0, xs[3]);
    for i in 0..2 {
        s0 -= xs[i];
        if s0.tanh() < 0.1 {
            return match i % 3 {
                0 => 0.5 - s0,
                1 => xs[i + 1].abs(),
                _ => x0 * xs[1],
            };
        }
    }
    let mut s1: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        if i % 2 == 0 {
            s1 = s1 - (h004(xs[i]) + xs[i] * xs[i]);
            s1 *= xs[i];
        } else if i == 2 {
            continue;
        }
    }
    h025(s1, s1) + s0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f096(x0: f64) -> f64 {
    let mut s0 = x0;
    for _ in 0..4 {
        s0 += h003(x0.cos(), x0 - s0, f64::abs(s0));
    }
    let t0 = x0 / x0;
    let t1 = {
        let r0 = t0 * x0 + 0.5;
        r0 * s0
    };
    let t2 = (-t0).sin();
    let s2 = t2;
    for i in 0..4 {
        if (match i % 2 {
            0 => 2.0 + s2,
            _ => if t1 <= s0 { s0 } else { s2 }
        }) <= 0.1
        {
            return (i as f64) * s2;
        }
    }
    let t3 = {
        let r1 = self::h002(t1, s2, x0);
        r1 * (t0.powi(2) + -t2)
    };
    x0
        * ({
            let r2 = s0;
            r2 / s0
        })
            .sin() + s0 + t3
}
#[grad::differentiate(dual_calls)]
fn f097(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = f64::sin(x0.powi(3));
    for i in 0..1 {
        s0 += x0 - ys[i];
    }
    let mut s1 = x0;
    for (i, &p0) in ys.iter().enumerate() {
        if i == 1 {
            continue;
        }
        s1 = s1 - -(if i != 1 { p0 } else { p0 });
        s0 += h017(xs, x0, s1);
    }
    let (t0, t1) = (0.5 * xs[0] * s0, xs[3]);
    if s1 < xs[1] {
        s1 = 1.25 / s1;
        s0 += 2.0 + s0 + s0;
        s0 -= (ys[2] * 0.1).tanh();
    }
    s1 + s0 + s1 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f098(x1: f64, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let t1: f64 = x0;
    let t2 = h018(x1).tanh() * xs[1];
    let (t3, t4) = (t2 + t1, ys[0]);
    t1 + t3 + t4
}
#[grad::differentiate(dual_calls)]
fn f099(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = x1 * x0;
    let t1 = x1.cos().max(xs[1]);
    h014(
        {
            let r0 = xs[1];
            r0 - xs[1]
        },
        xs,
    ) + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f100(x0: f64, x2: f64, x1: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0 = {
        let r0 = xs[1].abs();
        r0 * (3.0 * x1)
    };
    for i in (0..3).rev() {
        s0 += x0;
        s0 *= xs[i] + -x2;
    }
    let s1 = xs[2];
    for &p0 in xs.iter() {
        s0 = s0 + p0;
    }
    self::h012(-xs[1], xs[0]).powi(2) + ys[3] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f101(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = f64::exp((x1 + xs[0]) * x1);
    let mut s0 = xs[4] - x1 - t0 * xs[3];
    for i in (0..2).rev() {
        if 2.0 + x0 < x0 / xs[i] {
            return match i % 3 {
                0 => t0 + xs[i],
                1 => 0.25 + xs[2],
                _ => f64::abs(x0),
            };
        }
        s0 /= s0;
    }
    if ({
        let r0 = h023(s0, xs[4]);
        xs[4] * r0
    }) >= 0.5
    {
        return (if t0 <= 0.25 { xs[0] } else { s0 }) * (xs[3] / s0);
    }
    s0 -= xs[2] / t0;
    s0 += t0;
    if x0.sin() * xs[2].abs() >= 1.5 {
        return xs[4].max(1.25 + s0);
    }
    (x1 - x0).powi(-2) + s0
}
#[grad::differentiate(dual_calls)]
fn f102(x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (xs[3].abs().powf(0.5), xs[0]);
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = (if i < 3 { t1 } else { 1.5 }).powi(3);
    }
    let mut s0: f64 = 0.5;
    for i in 1..4 {
        s0 += xs[i] * 3.0;
    }
    let mut s2 = t1;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 1..3 {
            r0 -= x0 - xs[j + 1];
        }
        s2 += r0 * x0;
    }
    h020(xs, t1.powi(-1)) + t0 + v0[4] + s0 + s2
}
#[grad::differentiate]
fn f103(x0: f64, n: usize) -> f64 {
    let mut s1 = x0;
    for _ in 0..n {
        s1
            += {
                let r0 = s1;
                r0 + 3.0 * x0
            };
    }
    let t0: f64 = s1;
    let (t1, t2) = ((1.25 + s1).tanh(), s1);
    let mut s3: f64 = 0.0;
    for i in (0..4).step_by(2) {
        s3 = s3 - s1;
        s3 = s3 + (if i != 0 { t2 } else { s3 });
    }
    let t3 = (t1 + s3) / t0;
    s3 *= t3;
    s1.sin() + s1 + s3
}
#[grad::differentiate(dual_calls)]
fn f104(xs: &[f64], n: usize, x0: f64) -> f64 {
    let (t0, t1) = (h019(xs[4], x0.max(xs[2]), x0 * xs[0]), xs[0]);
    if n >= 2 {
        return t1;
    }
    let t2 = (match n % 3 {
        0 => t1,
        1 => t0.exp(),
        _ => 3.0 + t1,
    }) / (x0.cos() * 0.5);
    let mut s1: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        s1 = s1 - xs[i];
        s1 += xs[i] * xs[i] * xs[i - 1];
    }
    let (t3, t4) = (x0, (x0 + t0).powf(-0.5));
    let t5 = f64::cos(xs[4]) + (xs[1] / xs[3]).min(x0 + s1);
    f64::tanh(xs[2]) + t2 + s1 + t3 + t4 + t5
}
#[grad::differentiate]
fn f105(xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in xs {
        s0 = s0 + xs[2];
        s0 /= -x1.powi(-2);
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = x1.exp() + x1;
    }
    v0[1].tanh() + x0 + s0 + v0[1]
}
#[grad::differentiate]
fn f106(x0: f64, n: usize) -> f64 {
    let mut s1: f64 = 0.5;
    for _ in 0..2 {
        s1 /= x0.tanh().exp();
    }
    let s2 = s1.cos();
    let mut k1 = 0;
    loop {
        if k1 >= 3 {
            break;
        }
        s1 += if n != 2 { 3.0 } else { x0 };
        k1 += 1;
    }
    ({
        let r0 = s2;
        r0 * x0
    }) + s1
}
#[grad::differentiate]
fn f107(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = x0;
    let mut s0: f64 = 0.0;
    if ({
        let r0 = s0.powi(3);
        r0 * xs[2].abs()
    }) < 3.0
    {
        s0 = xs[2].sin() + (3.0 + x0);
        if -(t0 / 0.25) <= 3.0 + x0 {
            s0 = xs[2];
            s0 += x0 - s0;
            s0 /= x1 * 2.0;
        } else {
            if (if x1 - x0 > xs[0] { f64::sin(x1) } else { 2.0 })
                >= (if x0 + xs[1] <= s0 { xs[2] } else { t0.max(1.5) })
            {
                return xs[0].cos();
            }
            s0 /= f64::sqrt(xs[0]);
        }
    } else {
        s0 += xs[2];
        for _ in 0..3 {
            s0 += x1;
        }
    }
    let t1 = t0;
    let t2 = (xs[1].ln() + x0) * t1;
    let (t3, t4) = (x0.powi(-2), t2 * x0 + -x0);
    let mut s3: f64 = 1.0;
    let mut k0 = 0;
    while k0 < xs.len() {
        if k0 % 2 == 0 {
            s3 = t4 + ((k0 + 1) as f64);
            s3 -= x1.tanh();
        }
        s3 += s0 * s0;
        k0 += 1;
    }
    t1 + s0 + t3 + s3
}
#[grad::differentiate]
fn f108(xs: &[f64], ys: &[f64], n: usize, x0: f64) -> f64 {
    if n % 2 == 0 {
        return f64::tanh(if x0 < xs[0] { x0 } else { x0 });
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = if i >= 2 { x0 + x0 } else { x0.sin() };
    }
    xs[2].sin().cos() + ys[3] + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f109(x0: f64, x2: f64, n: usize, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = x1.exp();
    }
    let mut s0 = h018(x2);
    if v0[1] < x1 {
        s0 = v0[0];
        s0 -= x2;
    } else if n < 1 {
        s0 *= f64::tanh(x1);
        s0 = s0 * ((s0 + v0[0]) / x1.abs());
    } else {
        v0[0] *= x2 - x0;
    }
    let mut v1 = vec![0.0_f64; n];
    for i in 0..v1.len() {
        v1[i] = (n as f64) * s0;
    }
    v1[1] + v0[1] + s0 + v1[1]
}
#[grad::differentiate]
fn g000(u: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 1..4 {
        if i == 1 {
            continue;
        }
        s0 += (&a.t() + &a.t()).mean().unwrap();
    }
    let mut s1: f64 = 1.0;
    for i in (1..4).step_by(2) {
        if i >= 2 {
            break;
        }
        if i >= 2 {
            break;
        }
        s1 += a.dot(u).mean().unwrap();
    }
    let mut s2 = -s1;
    if s0 / s0 <= x0 {
        s1 = a[[1, 2]].powf(-0.5) + 0.5 / s1;
        for _ in (1..a.nrows()).step_by(2) {
            s2 -= u.mean().unwrap();
        }
        s1 *= (u + u[0] * a[[0, 2]]).mean().unwrap();
    }
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = (if s2 > 3.0 { s1 } else { u[i + 2] }) * (u[i + 2] + s1);
    }
    x0 + s0 + s1 + s2 + z0.sum()
}
#[grad::differentiate]
fn g001(w: &Array1<f64>, x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = a[[0, 2]];
    let mut s0 = u.powi(3).dot(u);
    for i in (0..4).rev() {
        if i == 2 {
            continue;
        }
        s0 += -t0;
        s0 += a.dot(&a.t()).sum();
    }
    let mut s2: f64 = 0.0;
    for _ in (0..a.nrows()).rev() {
        s2 += t0;
    }
    (w.dot(w) + t0.powi(-2)).tanh() + x0 + s0 + s2
}
#[grad::differentiate]
fn g002(a: &Array2<f64>, u: &Array1<f64>, x0: f64, w: &Array1<f64>) -> f64 {
    if (a[[2, 2]] * 0.5).sin() <= 1.25 {
        return (w * (u[2] * 0.25)).dot(&a.dot(u));
    }
    let mut s1 = (if x0 < a[[1, 0]] { a[[0, 3]] } else { a[[2, 3]] }).cos();
    for i in 0..3 {
        if i == 2 {
            continue;
        }
        s1 *= u.powi(-1).sum();
        s1 += ((i + 1) as f64) * x0.powi(-2);
    }
    x0 + s1
}
#[grad::differentiate]
fn g003(u: &Array1<f64>, x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let mut s1 = x1.min(x0.sin());
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s1 -= a.t().sum();
        k0 += 1;
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = x1;
        s1 += a.sum() - x0.powi(-1);
    }
    let t0 = v0[0];
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = a[[i, i]] * x1;
    }
    a[[0, 0]] + u.sum() + s1 + v0[1] + t0 + v1[1]
}
#[grad::differentiate(dual_calls)]
fn g004(a: &Array2<f64>, u: &Array1<f64>, c: &Array2<f64>, x0: f64) -> f64 {
    let t0 = u[0];
    let mut s1: f64 = 0.0;
    for _ in 0..a.nrows() {
        for j in 1..a.ncols() {
            if j == 1 {
                continue;
            }
            s1 = s1 - h018(a[[j, j]].min(x0));
            s1 *= f64::tanh(s1);
        }
    }
    let t1 = a.dot(u).dot(&u.dot(&a.t())).max(u[1]);
    let t2: f64 = t1;
    let t3 = {
        let r0 = u[1];
        r0 - x0
    };
    u[1] + c.sum() + t0 + s1 + t2 + t3
}
#[grad::differentiate]
fn g005(u: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..a.ncols()).rev() {
        if i >= 2 {
            return x0;
        }
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = z0.sin().sum();
            if i % 2 == 0 {
                s0 = -x0.min(1.25);
                if j == 2 {
                    break;
                }
                s0
                    += (u.sum() + u)
                        .dot(
                            &(u
                                * (match i % 2 {
                                    0 => 0.75,
                                    _ => x0,
                                })),
                        );
            }
        }
    }
    let mut z1: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z1[i] = a.mean().unwrap();
        if i >= 2 {
            continue;
        }
    }
    let mut s1: f64 = 1.0;
    for i in (0..3).step_by(2) {
        s0 -= z0.mean().unwrap().powf(1.5);
        s1
            /= {
                let r0 = if i >= 2 { a[[i, i]] } else { a[[i, i - 1]] };
                r0 + (0.5 + s0)
            };
    }
    (&z1 * x0).dot(&z1) + s0 + z0.sum() + z1.sum() + s1
}
#[grad::differentiate(dual_calls)]
fn g006(
    u: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
    x0: f64,
    w: &Array1<f64>,
) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..a.nrows() {
        if i < 3 {
            s0 += ((i + 1) as f64) * self::h021(s0);
        }
    }
    let mut s1 = x0;
    let mut k0 = 0;
    while k0 < 2 {
        s1 += s1 + (0.1 + s0);
        k0 += 1;
    }
    ({
        let r0 = x0;
        r0 / w[0]
    })
        .ln() * s0 + u.sum() + a.sum() + c.sum() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn g007(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0: f64 = u[1]
        + ({
            let r0 = a[[1, 1]];
            r0 * u[1]
        });
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = z0.dot(&a.t()).sum();
        }
    }
    let mut s2 = z0[[0, 0]];
    for _ in 0..3 {
        s2 += s2;
    }
    if (if ({
        let r2 = t0;
        r2 * s2
    }) < 2.0
    {
        x0.max(t0)
    } else {
        t0.min(x0)
    }) <= 3.0
    {
        s2 *= (1.5 + s2).powi(-1);
    } else if s2 * s2 + x0 < 1.25 {
        s2 += (u[2] + s2).tanh();
    } else {
        s2 += if a[[0, 0]] < 0.75 { a.t().sum() } else { t0 };
    }
    let s3: f64 = 0.0;
    for i in (0..2).step_by(2) {
        s2 = s2 * self::h001(u[i + 1]);
    }
    (&z0 + &z0).sum() + z0.sum() + s2 + s3
}
#[grad::differentiate]
fn g008(x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let m0 = x0.ln()
        * (a
            - ({
                let r0 = x0;
                r0
            }))
            .sum_axis(Axis(1));
    let t0 = if -x0 > 0.1 {
        {
            let r1 = x0;
            r1 + x0
        }
    } else {
        a[[1, 0]]
    };
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 *= f64::ln(s0) + 1.5;
        s0 += a.dot(&a.t()).sum();
        k0 += 1;
    }
    let s1: f64 = 1.0;
    let mut k1 = 0;
    while k1 < 4 {
        s0 += (a + u).mean().unwrap();
        k1 += 1;
    }
    let t1 = s1;
    (s0.cos()
        + ({
            let r2 = t0;
            r2 / a[[2, 3]]
        }))
        .powi(2) + m0.sum() + s0 + t1
}
#[grad::differentiate]
fn g009(a: &Array2<f64>, u: &Array1<f64>, x0: f64, x1: f64) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = x0 - x1 - a.t().sum();
        }
    }
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 2 {
        s0 += (u + u).mean().unwrap();
        k0 += 1;
    }
    let t0 = a[[0, 0]];
    let s1: f64 = 1.0;
    let mut k1 = 0;
    loop {
        if k1 >= 2 {
            break;
        }
        s0 += x1;
        k1 += 1;
    }
    x0 - u.sum() + z0.t().mean().unwrap() + z0.sum() + s0 + t0 + s1
}
#[grad::differentiate(dual_calls)]
fn g010(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = h010((a[[1, 2]] * u[0] + u).sum());
    let mut s0 = (&a.t() + &a.t()).sum();
    for i in 0..3 {
        s0 *= (s0 + ((i + 1) as f64)) / t0;
    }
    let t0 = t0 - (if s0.max(a[[0, 2]]) >= 0.1 { 2.0 + t0 } else { s0 * a[[0, 3]] });
    let mut s1: f64 = 0.5;
    for _ in (1..3).step_by(2) {
        s1 /= s0;
    }
    s0 + s0 + t0 + s1
}
#[grad::differentiate]
fn g011(x1: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = a[[i, j]];
        }
    }
    let mut s1 = z0[[1, 1]] + x1;
    for _ in (0..a.ncols()).step_by(2) {
        s1 *= x1;
    }
    if u[0] * (if u[2] <= 0.25 { u[1] } else { s1 }) > 0.1 {
        s1 = f64::sin(z0.t().sum());
        s1 += (x1 + x1).max(u[0] + u[2]);
    }
    a.dot(&(a[[0, 0]].max(a[[1, 1]]) * &a.t())).mean().unwrap() + z0.sum() + s1
}
#[grad::differentiate]
fn g012(c: &Array2<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let t0: f64 = a[[1, 2]] * (x0 * (1.25 - x0));
    let t2 = ({
        let r1 = {
            let r0 = c[[1, 0]];
            r0 * c[[1, 0]]
        };
        r1 * x0.sin()
    })
        .tanh();
    t0 + t2
}
#[grad::differentiate(dual_calls)]
fn g013(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = a[[0, 0]].max(a[[1, 0]]).powi(-1).powi(-1);
    let (t1, t2) = (a[[0, 0]], t0);
    if a[[2, 1]] > 3.0 {
        return a.dot(u).sum();
    }
    let mut s1 = -(-t0);
    for i in 0..a.nrows() {
        s1 -= a[[1, 0]] - (0.25 - s1);
        if f64::exp(u[1] * u[i % 2]) < a.t().sum() * s1 {
            s1 = a.sum().min(f64::tanh(t2));
            s1 += (-u[i % 2]).abs();
            s1 += a.t().sum() - h021(a[[i % 3, (i + 1) % 2]]);
        }
        s1 += a.t().sum();
    }
    t0.cos().min(t0)
        * ({
            let r0 = a[[1, 1]] + 0.1;
            r0 * (0.75 * a[[1, 1]])
        }) + t1 + s1
}
#[grad::differentiate(dual_calls)]
fn g014(u: &Array1<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..2).step_by(2) {
        if i == 1 {
            break;
        }
        for _ in 0..a.nrows() {
            s0 -= -h004(s0);
            s0 += f64::abs(s0);
            s0 = s0 + a.dot(&a.t()).sum();
        }
    }
    let t0 = -x0.sin() + u[1];
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s1 = s1 - u.dot(&(u + u));
        k0 += 1;
    }
    let t0 = t0
        - -(match k0 % 3 {
            0 => x0,
            1 => u[1],
            _ => s1,
        });
    f64::abs(s1).powf(u.sum()) - (0.75 - u[3] + (if k0 < 1 { s1 } else { u[3] })) + s0
        + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn g015(a: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let mut s1 = w[1];
    for i in (0..a.ncols()).rev() {
        s1 += (((i + 1) as f64) * w[i % 2]).powi(2);
        s1
            += ({
                let r0 = a[[1, i]];
                r0 * w[1]
            }) * (a[[1, i]] + 0.1);
        s1 -= s1;
    }
    let (t0, t1) = (f64::tanh(s1) + s1.powi(2), w[1]);
    let (t2, t3) = (a.sum().exp(), t1.max(u[1]).powi(2));
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = a[[i, i + 1]];
        s1 -= (w * &z0).sum();
    }
    h000(a.sum() + w[1]) + s1 + t0 + t2 + t3 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g016(d: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let mut s0 = u[1] * u[0];
    if ({
        let r0 = s0;
        r0
    }) + 3.0 > 1.25
    {
        s0 += -s0 + a.sum();
        s0 += u[2] + s0;
    } else {
        s0 /= a.sum();
        s0
            += {
                let r1 = a[[0, 3]];
                r1 + c[[1, 0]]
            };
    }
    if a.mean_axis(Axis(1)).unwrap().sum() < 3.0 {
        if s0.ln() * (3.0 + s0) > d[[0, 2]] {
            s0 += s0;
        }
        s0 += h004(if u[0] <= s0 { s0 } else { 3.0 });
    } else if s0 > 1.25 {
        s0 = s0.ln() + u.sum();
        s0 = s0 * u[0].sin();
    } else if s0.ln() - a[[0, 3]].abs() < a.t().powi(2).sum() {
        if u.sum() + u[3] >= s0 * 0.75 {
            return (d[[0, 1]] + 2.0) * (s0 - a[[0, 3]]);
        }
        s0 += a.t().mean().unwrap().ln();
    } else {
        s0 += (a + a).mean().unwrap();
    }
    s0 += a[[0, 1]];
    let t0 = (&a.t() * (&a.t() + d[[0, 1]])).sum();
    let mut z1: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z1.nrows() {
        for j in 0..z1.ncols() {
            z1[[i, j]] = (u[j] - t0).cos();
        }
    }
    u.mean().unwrap() + s0 + z1.sum()
}
#[grad::differentiate]
fn g017(
    x1: f64,
    w: &Array1<f64>,
    b: &Array2<f64>,
    x0: f64,
    a: &Array2<f64>,
    u: &Array1<f64>,
) -> f64 {
    let mut s0 = 1.5 * u[0] / x1;
    for i in 0..3 {
        s0 *= (if i % 2 == 0 { a[[2, i % 2]] } else { s0 }).max(x0);
        s0 += s0;
        s0 = s0 - u[0];
    }
    let s3: f64 = 0.5;
    for _ in (0..4).step_by(2) {
        s0 += a.dot(&a.t()).sum();
    }
    ({
        let r0 = b[[2, 1]].tanh() + x0;
        r0 * s0
    }) + w.sum() + s0 + s3
}
#[grad::differentiate(dual_calls)]
fn g018(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s1: f64 = 1.0;
    for _ in 1..a.ncols() {
        s1 = s1 + (0.75 + s1 + h018(s1));
    }
    let mut s2: f64 = 0.0;
    for i in 1..a.ncols() {
        s2 += s2;
        s2 -= (-s2).powi(3);
        s1
            *= match i % 3 {
                0 => s1,
                1 => a[[i % 2, i]].powi(2),
                _ => a[[i % 2, i]] + s2,
            };
    }
    let s3: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 2 {
        s1 += (if u[k0 + 1] > 0.1 { s1 } else { u[k0] }).tanh();
        k0 += 1;
    }
    let mut z2: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z2[i] = (u * a).mean().unwrap();
    }
    z2.sum() + s1 + s2 + s3 + z2.sum()
}
#[grad::differentiate]
fn g019(b: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>, d: &Array2<f64>) -> f64 {
    let t0: f64 = -d[[0, 1]].cos() - (a[[0, 0]] + u[1]);
    let t3 = if d[[0, 2]] + a[[2, 0]].powi(2) > 0.25 { t0 } else { 0.5 };
    if (0.1 + t3).ln() <= t0 + b.t().sum() {
        return u.sum().min(u.dot(u));
    }
    (t3 + u[0] - t0 / t0).min(t0.abs() * b.t().sum())
}
#[grad::differentiate(dual_calls)]
fn g020(
    b: &Array2<f64>,
    u: &Array1<f64>,
    x1: f64,
    a: &Array2<f64>,
    w: &Array1<f64>,
) -> f64 {
    let t0 = if x1.exp() < 0.75 {
        a[[2, 3]] + x1 + w.dot(w)
    } else {
        b[[0, 2]].powi(3) / w.mean().unwrap()
    };
    let t1: f64 = t0.tanh();
    let m0 = ((if t1 >= u[3] { t0 } else { 3.0 }) * a.dot(&a.t())).dot(b);
    let mut s1 = (2.0 - u[3]).tanh();
    for i in 0..3 {
        if i >= 1 {
            continue;
        }
        if ({
            let r0 = w[i];
            r0 * t0
        })
            .powi(-1) <= 1.5
        {
            return a.t().mean().unwrap();
        }
        for j in 0..b.ncols() {
            s1 = s1 * h024(m0[[i, j]] * w[i - 1], u.mean().unwrap(), x1.tanh());
            s1 += m0.t().mean().unwrap().powi(3);
            s1 += b[[i, i + 1]].cos().max(w[1] + 3.0);
        }
    }
    ((&m0 - a) * t1.sqrt()).mean().unwrap() + m0.sum() + s1
}
#[grad::differentiate(dual_calls)]
fn g021(
    u: &Array1<f64>,
    a: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    d: &Array2<f64>,
) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a.t().sum().cos();
    }
    let mut s2 = {
        let r0 = if a[[0, 0]] > 1.5 { w[0] } else { 1.5 };
        r0
    };
    for _ in (0..2).step_by(2) {
        s2 += x0;
    }
    let mut s6: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s2 = s2 * (x0 + d[[0, k0 % 3]]).max(a[[k0 % 2, (k0 + 1) % 3]]);
        s2 -= w[k0 % 2].sin();
        k0 += 1;
    }
    let mut s7 = z0[2];
    if 0.25 + s2.sin() <= 0.25 {
        s7 = x0 * (if a[[0, 0]] <= 0.1 { x0 } else { s2 });
        s2
            += {
                let r1 = s7 * s7;
                match k0 % 2 {
                    0 => r1,
                    _ => w[0],
                }
            };
        s6
            *= {
                let r2 = 2.0 / s7;
                h003(r2, r2, s7)
            };
    }
    let (t0, t1) = (s2.cos() / w[0], s2);
    t1 - t0.max(1.25).min(s6 + s2) + u.sum() + z0.sum() + s2 + s6 + s7
}
#[grad::differentiate]
fn g022(u: &Array1<f64>, x0: f64, x1: f64, a: &Array2<f64>) -> f64 {
    let mut s2: f64 = 0.5;
    for i in (0..a.nrows()).rev() {
        s2
            -= (i as f64)
                * (match i % 2 {
                    0 => s2,
                    _ => u[0],
                });
        if x0.sin() + 3.0 > 2.0 {
            if i >= 1 {
                continue;
            }
            s2 += if i >= 2 { a[[i, (i + 1) % 2]] } else { a[[i, 1]] + u[i % 2] };
        } else {
            s2 = s2 * (a.mean().unwrap() / u).dot(u);
        }
        s2 += x1;
    }
    if a.dot(u).mean().unwrap() < 1.25 {
        return if a[[1, 1]] < (if x0 < 0.75 { a[[0, 1]] } else { x1 }) {
            x0.powi(-2)
        } else {
            a[[1, 1]]
        };
    }
    a.sum() + s2
}
#[grad::differentiate(dual_calls)]
fn g023(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let m0 = (h026(u[1], a[[1, 2]], u[2]) - a.dot(&a.t())).powi(-1);
    let mut s1: f64 = 0.5;
    for i in (0..3).rev() {
        if i >= 1 {
            break;
        }
        s1 += s1 + a[[(i + 1) % 2, i + 1]];
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = a[[0, i]].powi(2);
    }
    s1 * -u[3] * (m0[[0, 0]] / s1 + m0[[1, 1]]) + m0.sum() + s1 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g024(d: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let (t0, t1) = (
        {
            let r0 = if u[2] <= d[[0, 1]] { d[[0, 0]] } else { a[[0, 3]] };
            h003(r0, a[[1, 1]], r0)
        },
        u[3],
    );
    let t2 = -t1;
    if (1.5 + t1).tanh()
        > ({
            let r1 = t0;
            r1 * (1.5 * t0)
        })
    {
        return (u + a).mean().unwrap();
    }
    let mut s0: f64 = 0.5;
    for i in 0..4 {
        s0 += -t1 + a[[0, i]];
    }
    ({
        let r2 = s0;
        r2 * u[1]
    })
        .powi(2) / t1 + t2 + s0
}
#[grad::differentiate]
fn g025(w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s1: f64 = 0.5;
    for _ in 0..a.ncols() {
        s1 -= s1;
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = a.sum() + s1;
    }
    (2.0 / w[0]).sin() + s1 + v0[3]
}
#[grad::differentiate]
fn g026(x0: f64, u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let (t0, t1) = (x0 * a.t().sum(), (a[[1, 2]] - 0.1).max(w[1]));
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = t0 + a[[i, i]] + f64::cos(t1);
        }
    }
    let m0 = (if u[2] <= z0[[0, 3]] { z0[[2, 2]] } else { x0 })
        / (w + t0.abs() + a.dot(&a.t()));
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = m0[[i, i]];
        if i == 2 {
            continue;
        }
    }
    x0 + z0.sum() + m0.sum() + v0[2]
}
#[grad::differentiate]
fn g027(b: &Array2<f64>, a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut s1 = (0.75 * u[1]).abs();
    for i in 0..b.ncols() {
        if i == 1 {
            break;
        }
        s1 = s1 - -x0.cos();
    }
    let mut s2: f64 = 1.0;
    for _ in (0..4).step_by(2) {
        s2 = s2 * (s2 + 1.5);
    }
    let t0 = {
        let r0 = u.dot(u);
        r0 - u[3]
    };
    let t1 = s1;
    ({
        let r1 = t1;
        r1 / (s1 + 0.1)
    }) + b.sum() + a.sum() + s1 + s2 + t0
}
#[grad::differentiate]
fn g028(u: &Array1<f64>, w: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s3: f64 = 0.5;
    for i in (0..3).step_by(2) {
        if i == 1 {
            break;
        }
        s3 = s3 - s3;
    }
    if x0 >= 0.75 {
        s3 += w.dot(w);
        s3 -= s3;
    }
    w.mean().unwrap() + u.sum() + a.sum() + s3
}
#[grad::differentiate]
fn g029(c: &Array2<f64>, a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = u[0];
    for i in (0..a.ncols()).rev() {
        s0 += u[i].max(-u[i]);
        s0 += b.tanh().sum();
    }
    let (t0, t1) = (b.t().sum(), -(u[1] + s0));
    b.t().dot(b).mean_axis(Axis(1)).unwrap().sum() + c.sum() + a.sum() + s0 + t0 + t1
}
#[grad::differentiate]
fn g030(x0: f64, a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let m0 = a.t().mean_axis(Axis(0)).unwrap().cos();
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = (if i != 2 { x0 } else { 0.25 }) + 3.0;
    }
    x0 + u.sum() + b.sum() + m0.sum() + z0.sum()
}
#[grad::differentiate]
fn g031(a: &Array2<f64>, b: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let (t0, t1) = (w[0], b[[1, 1]] / a[[2, 1]].exp());
    let mut s0: f64 = 0.5;
    for i in 0..a.ncols() {
        if i >= 1 {
            break;
        }
        s0 += -(t1 / s0);
        if i >= 2 {
            s0 -= t0 / s0 - a[[i - 1, i]];
        }
    }
    let t1 = t1 * (t1.powi(2) + t1.abs());
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = t1.powi(3) - (s0 + s0);
    }
    (if -t1
        < ({
            let r0 = b.t().sum();
            r0 * w[2]
        })
    {
        t1
    } else {
        b[[2, 1]]
    }) + s0 + z0.sum()
}
#[grad::differentiate]
fn g032(d: &Array2<f64>, x1: f64, b: &Array2<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    if x0 >= b[[1, 3]] {
        return d[[0, 3]];
    }
    let t0: f64 = a.dot(&b.t()).dot(&a.mean_axis(Axis(1)).unwrap()).sum();
    a.dot(&b.t()).mean_axis(Axis(0)).unwrap().dot(&a.sum_axis(Axis(1)).powi(2)) + x1 + t0
}
#[grad::differentiate(dual_calls)]
fn g033(
    u: &Array1<f64>,
    c: &Array2<f64>,
    w: &Array1<f64>,
    d: &Array2<f64>,
    x0: f64,
    a: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 /= h003(u.sum(), w.sum(), x0 * 0.1);
        s0 = s0 * s0;
        k0 += 1;
    }
    let mut s1: f64 = 1.0;
    for i in 1..a.nrows() {
        if i == 1 {
            break;
        }
        s1 *= a[[i, 2]];
    }
    u.mean().unwrap().exp() + c.sum() + d.sum() + s0 + s1
}
#[grad::differentiate]
fn g034(x0: f64, a: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let m0 = w.dot(a) + a + a;
    let t0 = (&a.t() * u.sum()).dot(&w.tanh()).dot(u);
    let mut s2: f64 = 0.5;
    if x0 <= s2 {
        s2 = x0.exp();
        s2 = s2 - t0;
        s2 -= if w.dot(w) < w[1] * 0.5 { t0 - s2 } else { m0.sum() };
    }
    m0.t().sum() + m0.sum() + s2
}
#[grad::differentiate]
fn g035(a: &Array2<f64>, x0: f64, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let t0 = -f64::cos(x0).abs();
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = 3.0 + t0 + 3.0;
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = match j % 2 {
                0 => b.sum(),
                _ => z0.t().mean().unwrap(),
            };
        }
        v0[i + 1] = (match i % 2 {
            0 => x0,
            _ => x0,
        })
            * (match i % 3 {
                0 => t0,
                1 => t0,
                _ => b[[i, i]],
            });
    }
    let m0 = u.dot(&a.t()).powi(2) - u.dot(&b.t());
    let (t1, t2) = (
        z0.dot(&z0.t()).mean().unwrap(),
        m0.mean().unwrap() / a.mean().unwrap(),
    );
    ({
        let r0 = m0.mean().unwrap();
        r0 + t2.powi(-1)
    }) + v0[3] + z0.sum() + m0.sum() + t1
}
#[grad::differentiate]
fn g036(x0: f64, a: &Array2<f64>, x1: f64, u: &Array1<f64>) -> f64 {
    let (t0, t1) = (a[[0, 2]], a.dot(&a.t()).mean().unwrap());
    let mut s0: f64 = 0.0;
    for _ in (0..a.nrows()).rev() {
        s0 += x0 - 0.5;
    }
    let t4 = (&a.t() + &a.t()).sin().sum();
    t0 + x1 + u.sum() + t1 + s0 + t4
}
#[grad::differentiate(dual_calls)]
fn g037(a: &Array2<f64>, d: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = x0;
    }
    let t0 = a.sum();
    let mut s1 = z0[2];
    for i in 0..a.nrows() {
        s1
            += h019(
                f64::sin(x0),
                t0,
                {
                    let r0 = x0;
                    r0 - a[[i, 0]]
                },
            );
        s1 += t0 / z0.mean().unwrap();
        s1 += (a * u).sum();
    }
    let m0 = u + u;
    let t1 = t0;
    u.sum() + d.sum() + z0.sum() + s1 + m0.sum() + t1
}
#[grad::differentiate]
fn g038(w: &Array1<f64>, x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = a[[i, i + 2]];
    }
    let mut s3 = x0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s3 = s3 + (z0.dot(w) - x0);
        s3 -= (a[[k0 % 2, k0 + 2]] + 1.5).exp();
        k0 += 1;
    }
    let t0 = (a
        + (match k0 % 2 {
            0 => 0.25,
            _ => a[[0, 0]],
        }))
        .dot(&(x0 + &a.t()))
        .sum();
    s3 += f64::sin(1.25 + s3);
    let t1: f64 = match k0 % 2 {
        0 => t0,
        _ => (t0 - x1) / t0.powi(-1),
    };
    x1 + z0.sum() + s3 + t1
}
#[grad::differentiate]
fn g039(x1: f64, a: &Array2<f64>, u: &Array1<f64>, x0: f64, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    if a[[0, 2]] * a[[0, 2]].max(a[[0, 0]]) < 3.0 {
        s0 *= s0.powi(-2);
        s0 += f64::abs(u[3]);
    }
    let t1 = if s0 + 0.5 >= 1.25 { s0 / a[[1, 1]] } else { 1.5 };
    a.dot(&a.t()).exp().mean().unwrap() + x1 + x0 + w.sum() + s0 + t1
}
#[grad::differentiate]
fn g040(u: &Array1<f64>, x1: f64, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let (t0, t1) = (u[3].exp(), (a * u[3]).sum());
    let t2 = x1;
    (u - (t1 + u[1])).mean().unwrap() + w.sum() + t0 + t2
}
#[grad::differentiate]
fn g041(a: &Array2<f64>, u: &Array1<f64>, x1: f64, x0: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = -({
            let r0 = x1;
            r0 - a[[0, i]]
        });
    }
    let t0 = x1;
    let mut s2: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 3 {
        s2 += a.t().sum() + t0;
        k0 += 1;
    }
    let t1 = x0;
    a[[0, 3]].tanh() + u.sum() + z0.sum() + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn g042(a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    if a.t().powi(2).mean().unwrap() < (c[[1, 0]] - c[[0, 0]]) * a[[0, 1]] {
        return 1.5 * a[[0, 2]] * c[[1, 0]];
    }
    let t0 = h001(a.t().sum());
    let t1 = a[[0, 3]].cos();
    let mut s1: f64 = 0.5;
    if a.t().mean().unwrap() * t1 <= 0.25 {
        s1 /= a[[1, 2]];
    } else {
        s1 *= t0;
    }
    s1 = s1 + a[[2, 0]].powi(2);
    (if t1 >= 0.75 { c[[2, 0]] + t1 } else { s1.abs() }) + s1
}
#[grad::differentiate(dual_calls)]
fn g043(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..a.nrows() {
        if i == 1 {
            continue;
        }
        s0 = s0 + (a[[i % 2, i + 1]] + s0);
        s0 -= a.t().mean().unwrap() + (i as f64);
    }
    if b[[1, 1]].min(if a[[1, 2]] < s0 { 2.0 } else { s0 }) <= (s0 - s0).tanh() {
        return s0;
    }
    if a[[1, 0]] < h007(s0, a[[0, 2]]) {
        return b[[0, 0]];
    }
    s0 + s0
}
#[grad::differentiate(dual_calls)]
fn g044(a: &Array2<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..2).step_by(2) {
        if i == 1 {
            continue;
        }
        s0 /= a.sum();
        s0 *= a[[i, i + 2]];
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = x0 * z0[i] + z0[i].cos();
    }
    if (if s0 < x0 { 0.75 } else { x0 }) > a[[0, 3]] + s0.exp() {
        s0 -= x0;
        if a[[1, 2]].tanh() - a[[1, 1]].max(3.0) > self::h009(z0[3] + z0[3], a[[1, 0]]) {
            return a[[1, 0]];
        }
    } else {
        s0 *= x0 + a.t().sum();
        s0 = s0 + x0;
    }
    let s2: f64 = 0.0;
    for i in 1..3 {
        if i >= 1 {
            continue;
        }
        s0 = s0
            * ({
                let r1 = x0 - a[[i, i]];
                r1 / a[[i, i]].sin()
            });
    }
    h002(a.dot(&a.t()).sum(), a[[2, 1]], x0.exp().min(x0)) + s0 + z0.sum() + s2
}
#[grad::differentiate(dual_calls)]
fn g045(x0: f64, u: &Array1<f64>, c: &Array2<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let t0 = if u[0] < x1 {
        x1.cos() + (0.1 + x0)
    } else {
        if f64::sqrt(u[0]) > -x0 { x1.sqrt() } else { u[0] }
    };
    let m0 = u.dot(&a.t()).sin() * u[1].tanh();
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = {
            let r0 = 0.75 + u[i % 2];
            r0 * u.sum()
        };
        v0[i] *= m0.mean().unwrap();
    }
    let mut s0: f64 = 1.0;
    if x0 > 0.1 {
        s0 -= a.t().sum();
        s0 /= -(m0[1] - s0);
    } else if x1.max(1.25 * x1) < h000(s0) / (u[0] / v0[0]) {
        s0 -= a.t().mean().unwrap().ln();
        s0 += a.t().exp().mean().unwrap();
    } else if -a.mean().unwrap() > x0.max(3.0 * s0) {
        s0 = s0
            / ({
                let r1 = a[[0, 1]];
                r1
            });
        s0 = s0 * (self::h022(x0, m0[0], &v0, c[[1, 0]]) / h002(x0, u[0], x1));
    } else {
        s0 -= a.t().mean().unwrap();
        s0 /= a.dot(&a.t()).sum();
    }
    (a.t().powi(2) + a.t().powi(3)).sum() + t0 + m0.sum() + v0[2] + s0
}
#[grad::differentiate]
fn g046(u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = a[[(i + 1) % 2, i + 1]];
    }
    if a[[0, 0]] <= (if a[[0, 2]] > 0.1 { a[[0, 3]] / x0 } else { f64::exp(v0[2]) }) {
        return -(v0[2] + u[3]);
    }
    if u[2] < 3.0 {
        return w.sum() + 0.25;
    }
    x0 - 0.25 + v0[2]
}
#[grad::differentiate]
fn g047(a: &Array2<f64>, u: &Array1<f64>, x0: f64, w: &Array1<f64>, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = match i % 3 {
            0 => w[1],
            1 => w.sum(),
            _ => x1,
        };
    }
    let t0: f64 = x0;
    let s1: f64 = 1.0;
    for i in (0..a.nrows()).step_by(2) {
        v0[i % 4] += a[[i, 0]].max(t0 + x1);
    }
    let t1: f64 = (a.dot(u) + u[1] * &a.t()).sum();
    let t2 = a[[2, 1]];
    t0 + v0[3] + s1 + t1 + t2
}
#[grad::differentiate]
fn g048(x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = (u * u).sum() * u[0];
    if a.t().mean().unwrap() + x0 * a[[2, 3]] < t0 {
        return u.cos().dot(u);
    }
    a.t().sum()
}
#[grad::differentiate]
fn g049(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0 = s0
            + (({
                let r0 = s0;
                r0
            }) + w[0]);
        k0 += 1;
    }
    let t0 = (s0 + w[2]).abs().sqrt();
    2.0 * (s0.max(a[[2, 1]]) * w[1]) + s0 + t0
}
#[grad::differentiate]
fn g050(x0: f64, a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0: f64 = x0;
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = if i != 1 { u[i % 2] } else { u[0] };
    }
    let m0 = (b * b).dot(&b.t()).mean_axis(Axis(0)).unwrap();
    t0 + a.sum() + z0.sum() + m0.sum()
}
#[grad::differentiate]
fn g051(a: &Array2<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = a.mean().unwrap();
    }
    let t0 = a[[0, 3]];
    x0 * v0[0] + v0[3] + t0
}
#[grad::differentiate(dual_calls)]
fn g052(
    u: &Array1<f64>,
    c: &Array2<f64>,
    x1: f64,
    x0: f64,
    w: &Array1<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 0.0;
    if w.mean().unwrap() > (a[[1, 3]] * c[[0, 0]]).ln() {
        s0 -= s0 * x0.powi(-2);
        s0 += u.mean().unwrap();
    }
    let mut s2 = h004(x1).sin();
    for _ in (1..4).step_by(2) {
        s0 = s0 * x0.max(0.25).tanh();
    }
    let mut z0: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = z0.t().powi(2).sum();
        }
        s2 += 0.5 * s0 / x1.max(0.75);
    }
    z0[[0, 0]] - (w[1] + s2.tanh()) + s0 + s2 + z0.sum()
}
#[grad::differentiate]
fn g053(b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    if s0 >= 1.5 {
        s0 *= a[[2, 0]];
    }
    let t0: f64 = s0;
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = s0;
    }
    a.sum().exp() + b.sum() + s0 + t0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g054(b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s1 = b[[1, 1]].powi(3) * (2.0 + a[[2, 0]]);
    if a[[2, 0]] > s1 {
        s1 -= h018(s1);
        if b.dot(&a.t()).sum() <= 0.25 {
            s1 /= s1 * s1;
            s1 /= f64::sin(a[[0, 0]] + 0.1);
        }
    } else if h021(s1).powi(3) > 3.0 {
        s1 = s1 + -s1.sqrt();
    } else if s1 <= self::h002(a[[1, 1]].tanh(), a[[1, 1]], b[[1, 1]].sin()) {
        s1 /= (-s1).powi(-2);
    }
    let t0 = f64::sqrt(a[[0, 1]] * a[[0, 1]]) / a[[2, 0]];
    (0.5 - t0 + t0) * (0.1 * a.t().mean().unwrap()) + s1
}
#[grad::differentiate(dual_calls)]
fn g055(w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = {
        let r0 = a[[0, 1]];
        r0 / (if u[0] >= 0.25 { a[[1, 0]] } else { 0.25 })
    };
    for _ in 0..4 {
        s0 += u[1];
    }
    s0 -= h004(s0);
    let s1: f64 = 0.5;
    for i in (0..4).step_by(2) {
        s0 /= a[[0, i % 3]];
    }
    s1 + w.sum() + s0
}
#[grad::differentiate]
fn g056(d: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = u[i + 1];
    }
    let mut s0 = d[[0, 1]];
    for _ in v0.iter() {
        s0 -= d[[0, 2]];
        s0 = s0 * u[1];
        s0 += d[[0, 1]] - a[[1, 1]];
    }
    let t0 = a.dot(&a.t()).sum() - (-a[[1, 2]]).exp();
    s0 = s0 * (a[[0, 1]] * t0);
    ({
        let r0 = v0[0];
        r0
    })
        .powi(3) + v0[1] + s0
}
#[grad::differentiate]
fn g057(a: &Array2<f64>, x0: f64, u: &Array1<f64>, w: &Array1<f64>, x1: f64) -> f64 {
    let (t0, t1) = (x0.powi(-2), x1);
    if w.powi(3).sum() < x1 {
        return a[[2, 3]].powi(3);
    }
    let mut s0 = t0.sqrt() - x0;
    for i in 0..4 {
        if i != 2 {
            s0 += w[(i + 1) % 3] - -u[i];
        }
        if (t0 + (i as f64)).sin() > x0 {
            s0 -= t0;
            s0 *= t1;
        } else {
            s0 = s0 * ((t0 - a[[2, i]]) * x0);
        }
        if i != 0 {
            return a.t().sum();
        }
    }
    let t2 = a[[2, 2]];
    if a.dot(&a.t()).sum() < a.sum() {
        return a.t().mean().unwrap() * a[[1, 1]];
    }
    ({
        let r0 = a[[0, 0]];
        r0 + u[0]
    }) * (t1 / x0) + a.dot(&a.t()).sum() + s0 + t2
}
#[grad::differentiate]
fn g058(x1: f64, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..a.nrows() {
        s0 = s0 * a.powi(3).sum();
        s0 += a[[i, i % 2]] + a[[i, 1]];
        s0 += (a[[i, i % 2]] + (i as f64)).max(x1);
    }
    let t0: f64 = (a[[2, 0]] * 0.5).abs();
    f64::ln((a[[2, 0]] + a[[0, 1]]) * a.t().sum()) + x0 + s0 + t0
}
#[grad::differentiate]
fn g059(a: &Array2<f64>, x0: f64, d: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = v0[i];
    }
    let t0 = a[[0, 3]] * d[[0, 3]];
    let s2: f64 = 0.5;
    for i in 0..v0.len() {
        v0[i % 2] += t0;
    }
    (v0[1] - a.sin()).sum() + x0 + v0[1] + s2
}
#[grad::differentiate(dual_calls)]
fn g060(a: &Array2<f64>, x1: f64, u: &Array1<f64>) -> f64 {
    let m0 = a[[1, 1]].exp() * a.dot(u) * (a.t().sum() / &a.t()).sum_axis(Axis(0));
    let mut s0: f64 = 0.5;
    if a.dot(&a.t()).sum() >= 0.75 {
        s0 = s0
            - ({
                let r0 = s0;
                r0 / x1
            });
    } else if s0.min(a[[2, 1]]).powi(-2) > a.sum() {
        s0 = h000(s0.sin());
        s0 += a[[1, 1]];
    }
    u[0] + m0.sum() + s0
}
#[grad::differentiate]
fn g061(u: &Array1<f64>, x1: f64, a: &Array2<f64>, c: &Array2<f64>, x0: f64) -> f64 {
    let t0 = (if x1.sqrt() < 0.1 {
        {
            let r0 = u[0];
            r0 - x1
        }
    } else {
        0.75
    }) + a.dot(u).sum();
    if a[[1, 1]] <= 0.1 {
        return a.t().sum();
    }
    let mut s0: f64 = 0.0;
    for i in (1..a.nrows()).step_by(2) {
        s0 *= 0.1 * ((i as f64) * x0);
        for _ in 0..3 {
            s0 = s0 * -u[1];
            s0 = s0 * s0.min(s0);
        }
    }
    let t1 = x0.powf(-0.5);
    a.dot(&a.t()).sum_axis(Axis(1)).sum() + c.sum() + t0 + s0 + t1
}
#[grad::differentiate(dual_calls)]
fn g062(x0: f64, c: &Array2<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let (t0, t1) = (w[0] * x0.powi(3), (&a.t() * &a.t()).mean().unwrap());
    let mut s1: f64 = 0.0;
    for i in 1..a.ncols() {
        s1 *= c[[i, i % 1]];
        s1 = s1 - s1;
    }
    let s2 = a.powi(3).mean().unwrap();
    for _ in (0..a.ncols()).step_by(2) {
        s1 += h004(s1);
    }
    let mut s3 = a[[2, 0]] / c[[1, 0]];
    for i in 0..4 {
        s1 *= (w * w).dot(&a.mean_axis(Axis(1)).unwrap());
        s3 = s3 + w[i % 3];
    }
    if -w.sum() >= 0.5 {
        return a.sum();
    }
    a.dot(&a.t()).mean().unwrap().abs() + t0 + t1 + s1 + s2 + s3
}
#[grad::differentiate]
fn g063(c: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    if a[[1, 0]].powi(3) * c[[1, 0]] < u[0] {
        return a[[2, 0]];
    }
    let mut s0: f64 = 1.0;
    for _ in 0..a.nrows() {
        s0 = s0 * s0;
    }
    (u * u
        + ({
            let r0 = s0;
            r0 / s0
        }) * u)
        .sum() + s0
}
#[grad::differentiate]
fn g064(a: &Array2<f64>, b: &Array2<f64>, d: &Array2<f64>, x1: f64) -> f64 {
    let t0 = x1 * x1;
    let t1 = t0 * x1 - -(0.25 / t0);
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = z0.dot(&b.t()).mean().unwrap();
        }
    }
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s0 /= t0;
        k0 += 1;
    }
    s0 = s0 * s0;
    ((k0 + 1) as f64) * z0.sum_axis(Axis(1)).mean().unwrap() + a.sum() + d.sum() + t1
        + z0.sum() + s0
}
#[grad::differentiate]
fn g065(a: &Array2<f64>, c: &Array2<f64>, u: &Array1<f64>, x1: f64) -> f64 {
    let t0 = u[0];
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = match i % 3 {
            0 => x1,
            1 => c[[(i + 1) % 3, 0]],
            _ => 0.75,
        };
    }
    let (t1, t2) = (
        a.dot(&a.t()).sum(),
        {
            let r1 = c[[1, 0]];
            r1.abs()
        },
    );
    let t0 = t0 + (z0[3] + (if u[0] <= x1 { 0.1 } else { 3.0 }));
    let mut s0 = x1;
    for i in (1..4).rev() {
        s0 = s0 * ((u[i] + s0) * 2.0);
        s0 = s0 + (t0 + t0);
    }
    -z0[0] + z0.sum() + t1 + t2 + s0
}
#[grad::differentiate(dual_calls)]
fn g066(u: &Array1<f64>, d: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = a.t().mean_axis(Axis(0)).unwrap().sum().sqrt();
    let s0: f64 = 0.5;
    for i in 0..3 {
        if i % 2 == 0 {
            return h011(f64::sin(t0), t0.tanh(), a.t().sum());
        }
        if i >= 2 {
            return d[[i % 1, i]] / s0 + 0.1;
        }
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = d[[0, i % 4]].max(t0.powi(-2));
    }
    s0 + u.sum() + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g067(
    w: &Array1<f64>,
    b: &Array2<f64>,
    a: &Array2<f64>,
    u: &Array1<f64>,
    x1: f64,
    d: &Array2<f64>,
    x0: f64,
) -> f64 {
    let mut s0: f64 = 0.5;
    if x1 <= 1.25 {
        s0 = (s0 + w[2]) * h021(s0);
        for i in 0..2 {
            if i >= 1 {
                continue;
            }
            s0 = s0 + s0;
        }
    } else {
        if b.t().sum() * (b[[2, 1]] * w[2]) > u.mean().unwrap().powf(u[1] * 0.75) {
            s0
                += -({
                    let r0 = x1;
                    r0
                });
            s0 += s0 + a.mean().unwrap();
        } else {
            s0
                /= if s0 >= w[1] + s0 {
                    1.25
                } else {
                    {
                        let r1 = x1;
                        r1 / x1
                    }
                };
        }
        if d[[0, 0]].max(s0.ln()) <= w[2].sqrt().min(f64::sqrt(a[[1, 0]])) {
            s0 -= if s0.powi(-1) <= 2.0 { x0.max(s0) } else { a[[2, 1]] + s0 };
        }
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = w[i + 1].sin();
    }
    s0 + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn g068(x1: f64, a: &Array2<f64>) -> f64 {
    let (t0, t1) = (
        {
            let r1 = x1.powi(3);
            r1 + a[[0, 1]]
        },
        a.sum(),
    );
    let t2 = (a * a).sum();
    let t2 = t2 * h025(a[[1, 0]], t1);
    if h006(x1.min(a[[1, 2]]), t2) < 0.1 {
        return t1;
    }
    t2 + t0
}
#[grad::differentiate]
fn g069(x0: f64, u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..a.nrows() {
        s0 -= u.dot(u);
    }
    let t0 = {
        let r1 = {
            let r0 = w[0].tanh();
            r0 + u[2]
        };
        r1 - s0.cos()
    };
    -(a.sum() + (a[[0, 3]] + t0)) + x0 + s0
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
            &points![[-0.87, -0.63, -0.8], [-0.92, 0.8, 0.31]],
            Companions {
                f: &|p| h003(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h003_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h003_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h003_graph(p[0], p[1], p[2]),
                names: &["y0", "y2", "y1"],
                jvp: &|p, t| h003_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h003_hvp(
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
    fn h004_gradient() {
        check(
            &points![[1.29], [-1.14]],
            Companions {
                f: &|p| h004(p[0]),
                grad: &|p| {
                    let (value, g0) = h004_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h004_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h004_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h004_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h004_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h005_gradient() {
        check(
            &points![[0.27, 1.2], [0.6, 0.82]],
            Companions {
                f: &|p| h005(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h005_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h005_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h005_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h005_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h005_hvp(
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
    fn h006_gradient() {
        check(
            &points![[-1.22, 0.24], [-1.01, -0.93]],
            Companions {
                f: &|p| h006(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h006_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h006_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h006_graph(p[0], p[1]),
                names: &["y0", "y1"],
                jvp: &|p, t| h006_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h006_hvp(
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
    fn h007_gradient() {
        check(
            &points![[-0.4, -0.88], [-0.76, -0.33]],
            Companions {
                f: &|p| h007(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h007_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h007_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h007_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h007_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h007_hvp(
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
    fn h008_gradient() {
        check(
            &points![[0.47, -0.66], [-1.01, -1.2]],
            Companions {
                f: &|p| h008(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h008_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h008_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h008_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h008_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h008_hvp(
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
    fn h009_gradient() {
        check(
            &points![[-0.6, 0.31], [0.71, 0.75]],
            Companions {
                f: &|p| h009(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h009_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h009_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h009_graph(p[0], p[1]),
                names: &["y0", "y1"],
                jvp: &|p, t| h009_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h009_hvp(
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
    fn h010_gradient() {
        check(
            &points![[-0.78], [-1.37]],
            Companions {
                f: &|p| h010(p[0]),
                grad: &|p| {
                    let (value, g0) = h010_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h010_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h010_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h010_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h010_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h011_gradient() {
        check(
            &points![[-0.52, -1.25, -0.77], [-0.49, -0.57, -0.28]],
            Companions {
                f: &|p| h011(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h011_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h011_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h011_graph(p[0], p[1], p[2]),
                names: &["y0", "y2", "y1"],
                jvp: &|p, t| h011_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h011_hvp(
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
    fn h012_gradient() {
        check(
            &points![[0.99, -1.27], [-0.41, -0.39]],
            Companions {
                f: &|p| h012(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h012_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h012_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h012_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h012_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h012_hvp(
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
    fn h013_gradient() {
        check(
            &points![
                [-0.36, 1.08, 0.59, 0.59, -1.01], [1.31, 0.57, 1.06, 1.2, -0.32]
            ],
            Companions {
                f: &|p| h013(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h013_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h013_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h013_graph(&p[0..4], p[4]),
                names: &["ys", "y0"],
                jvp: &|p, t| h013_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h013_hvp(
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
    fn h014_gradient() {
        check(
            &points![[-1.1, -0.71, -0.44, 0.7], [1.18, -1.18, 0.45, 0.28]],
            Companions {
                f: &|p| h014(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h014_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h014_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h014_graph(p[0], &p[1..4]),
                names: &["y0", "ys"],
                jvp: &|p, t| h014_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h014_hvp(
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
    fn h015_gradient() {
        check(
            &points![
                [-1.08, -1.3, -0.24, -0.98, -1.19, 0.33], [0.83, 1.08, -0.94, -1.34, 0.37, -1.18]
            ],
            Companions {
                f: &|p| h015(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h015_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h015_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h015_graph(&p[0..4], p[4], p[5]),
                names: &["ys", "y0", "y1"],
                jvp: &|p, t| h015_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h015_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
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
            &points![[-1.35, 0.37], [-1.32, 1.11]],
            Companions {
                f: &|p| h016(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h016_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h016_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h016_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h016_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h016_hvp(
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
    fn h017_gradient() {
        check(
            &points![
                [0.3, -1.09, -1.14, -1.11, -0.25, 0.48], [-0.99, 1.09, -0.45, -1.09, 0.36, -0.23]
            ],
            Companions {
                f: &|p| h017(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h017_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h017_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h017_graph(&p[0..4], p[4], p[5]),
                names: &["ys", "y1", "y0"],
                jvp: &|p, t| h017_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h017_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h018_gradient() {
        check(
            &points![[0.75], [1.21]],
            Companions {
                f: &|p| h018(p[0]),
                grad: &|p| {
                    let (value, g0) = h018_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h018_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h018_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h018_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h018_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h019_gradient() {
        check(
            &points![[1.35, 0.95, -1.05], [-1.11, 0.41, 1.21]],
            Companions {
                f: &|p| h019(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h019_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h019_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h019_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h019_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h019_hvp(
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
    fn h020_gradient() {
        check(
            &points![[1.16, 1.39, -0.22, 0.85], [1.35, 0.93, -1.03, -0.24]],
            Companions {
                f: &|p| h020(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = h020_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h020_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h020_graph(&p[0..3], p[3]),
                names: &["ys", "y0"],
                jvp: &|p, t| h020_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h020_hvp(
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
    fn h021_gradient() {
        check(
            &points![[-0.59], [1.24]],
            Companions {
                f: &|p| h021(p[0]),
                grad: &|p| {
                    let (value, g0) = h021_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h021_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h021_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h021_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h021_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h022_gradient() {
        check(
            &points![
                [-0.28, -0.65, -0.5, -0.42, -0.72, 1.16], [0.41, -0.67, -1.39, -0.72, -0.24, 0.98]
            ],
            Companions {
                f: &|p| h022(p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h022_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h022_vjp(p[0], p[1], &p[2..5], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h022_graph(p[0], p[1], &p[2..5], p[5]),
                names: &["y1", "y0", "ys", "y2"],
                jvp: &|p, t| h022_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h022_hvp(
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
    fn h023_gradient() {
        check(
            &points![[0.84, -0.47], [1.34, 0.76]],
            Companions {
                f: &|p| h023(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h023_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h023_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h023_graph(p[0], p[1]),
                names: &["y0", "y1"],
                jvp: &|p, t| h023_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h023_hvp(
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
    fn h024_gradient() {
        check(
            &points![[0.77, 1.24, 1.11], [0.9, 0.65, 0.41]],
            Companions {
                f: &|p| h024(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h024_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h024_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h024_graph(p[0], p[1], p[2]),
                names: &["y2", "y1", "y0"],
                jvp: &|p, t| h024_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h024_hvp(
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
    fn h025_gradient() {
        check(
            &points![[-1.26, 0.82], [-0.48, -0.32]],
            Companions {
                f: &|p| h025(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h025_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h025_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h025_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h025_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h025_hvp(
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
    fn h026_gradient() {
        check(
            &points![[0.22, 1.09, 0.44], [-0.76, 0.32, 1.2]],
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
                names: &["y0", "y1", "y2"],
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
                [0.76, -0.67, -0.5, -1.03, -0.53, -1.03], [-0.29, -0.6, 0.27, -0.37, -0.54, -1.36]
            ],
            Companions {
                f: &|p| h027(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h027_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h027_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h027_graph(&p[0..4], p[4], p[5]),
                names: &["ys", "y0", "y1"],
                jvp: &|p, t| h027_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h027_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn h028_gradient() {
        check(
            &points![
                [-0.71, -0.58, 1.23, -0.88, 0.33], [0.93, 0.91, -0.31, 0.57, 1.37]
            ],
            Companions {
                f: &|p| h028(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = h028_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h028_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h028_graph(p[0], &p[1..5]),
                names: &["y0", "ys"],
                jvp: &|p, t| h028_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h028_hvp(
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
    fn h029_gradient() {
        check(
            &points![
                [0.32, 0.71, -0.53, -0.9, 0.98, 0.46], [-0.68, -0.96, 0.97, -0.63,
                1.03, -0.31]
            ],
            Companions {
                f: &|p| h029(p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h029_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h029_vjp(p[0], &p[1..4], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h029_graph(p[0], &p[1..4], p[4], p[5]),
                names: &["y1", "ys", "y2", "y0"],
                jvp: &|p, t| h029_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h029_hvp(
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
    fn f000_gradient() {
        check(
            &points![
                [-0.63, 0.37, -1.31, 0.97, -1.32, -0.9, 1.06], [0.78, 1.24, -1.24,
                0.96, -0.62, -0.49, -0.84]
            ],
            Companions {
                f: &|p| f000(&p[0..4], p[4], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f000_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f000_vjp(&p[0..4], p[4], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f000_graph(&p[0..4], p[4], p[5], p[6]),
                names: &["xs", "x2", "x1", "x0"],
                jvp: &|p, t| f000_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    p[6],
                    &t[0..4],
                    t[4],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f000_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            p[6],
                            &v[0..4],
                            v[4],
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
    fn f001_gradient() {
        check(
            &points![
                [-0.42, -0.48, -0.58, -0.29, -1.19, 0.5, 0.88, -1.3], [1.19, -0.49, -0.42, 0.64, 1.05, 1.32, -1.08, 1.08]
            ],
            Companions {
                f: &|p| f001(p[0], &p[1..5], 3, &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f001_grad(p[0], &p[1..5], 3, &p[5..8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f001_vjp(p[0], &p[1..5], 3, &p[5..8]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f001_graph(p[0], &p[1..5], 3, &p[5..8]),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f001_jvp(
                    p[0],
                    &p[1..5],
                    3,
                    &p[5..8],
                    t[0],
                    &t[1..5],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f001_hvp(
                            p[0],
                            &p[1..5],
                            3,
                            &p[5..8],
                            v[0],
                            &v[1..5],
                            &v[5..8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f002_gradient() {
        check(
            &points![[0.86, -0.94, 0.65], [0.24, -0.63, -0.67]],
            Companions {
                f: &|p| f002(4, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f002_grad(4, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f002_vjp(4, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f002_graph(4, p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f002_jvp(4, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f002_hvp(
                            4,
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
    fn f003_gradient() {
        check(
            &points![
                [-1.23, -0.2, -1.36, -0.34, -0.94], [0.62, -1.39, 0.47, -0.55, -0.9]
            ],
            Companions {
                f: &|p| f003(&p[0..3], p[3], p[4], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f003_grad(&p[0..3], p[3], p[4], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f003_vjp(&p[0..3], p[3], p[4], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f003_graph(&p[0..3], p[3], p[4], 2),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f003_jvp(&p[0..3], p[3], p[4], 2, &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f003_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            2,
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
    fn f004_gradient() {
        check(
            &points![[-0.34, 0.86, -1.35], [0.38, -1.32, -1.33]],
            Companions {
                f: &|p| f004(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f004_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f004_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f004_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f004_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f004_hvp(
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
    fn f005_gradient() {
        check(
            &points![[-0.45, 0.81], [-0.93, 0.91]],
            Companions {
                f: &|p| f005(p[0], 2, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f005_grad(p[0], 2, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f005_vjp(p[0], 2, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f005_graph(p[0], 2, p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f005_jvp(p[0], 2, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f005_hvp(
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
    fn f006_gradient() {
        check(
            &points![
                [1.3, 0.72, -0.4, -0.45, -0.5, 0.41, -1.2, 1.37, 0.42, -0.62, -1.31], [1.39, -1.26, -0.69, -0.34, 0.42, 1.28, -0.24, 0.77, 1.39,
                0.95, 1.4]
            ],
            Companions {
                f: &|p| f006(&p[0..4], p[4], p[5], &p[6..10], 3, p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f006_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..10],
                        3,
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f006_vjp(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..10],
                        3,
                        p[10],
                    );
                    let (g0, g1, g2, g3, (), g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f006_graph(&p[0..4], p[4], p[5], &p[6..10], 3, p[10]),
                names: &["xs", "x1", "x2", "ys", "x0"],
                jvp: &|p, t| f006_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    &p[6..10],
                    3,
                    p[10],
                    &t[0..4],
                    t[4],
                    t[5],
                    &t[6..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f006_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &p[6..10],
                            3,
                            p[10],
                            &v[0..4],
                            v[4],
                            v[5],
                            &v[6..10],
                            v[10],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f007_gradient() {
        check(
            &points![
                [0.92, 1.22, -0.88, -1.36, -0.72, 0.77, -0.72, -0.64], [-1.02, -0.44, -0.94, 0.82, -0.37, -0.68, 1.38, -0.94]
            ],
            Companions {
                f: &|p| f007(p[0], p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f007_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f007_vjp(p[0], p[1], p[2], &p[3..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f007_graph(p[0], p[1], p[2], &p[3..8]),
                names: &["x0", "x2", "x1", "xs"],
                jvp: &|p, t| f007_jvp(
                    p[0],
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f007_hvp(
                            p[0],
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
    fn f008_gradient() {
        check(
            &points![
                [-1.08, -1.05, 1.25, 0.37, 1.07, 0.96, -0.43, -1.1, 1.01], [0.59,
                0.86, 0.97, 1.01, 0.71, -1.2, -1.39, -0.54, -0.69]
            ],
            Companions {
                f: &|p| f008(&p[0..3], p[3], &p[4..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f008_grad(&p[0..3], p[3], &p[4..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f008_vjp(&p[0..3], p[3], &p[4..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f008_graph(&p[0..3], p[3], &p[4..9]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f008_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..9],
                    &t[0..3],
                    t[3],
                    &t[4..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f008_hvp(
                            &p[0..3],
                            p[3],
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
    fn f009_gradient() {
        check(
            &points![[-1.3], [0.51]],
            Companions {
                f: &|p| f009(3, p[0]),
                grad: &|p| {
                    let (value, g0) = f009_grad(3, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f009_vjp(3, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f009_graph(3, p[0]),
                names: &["x0"],
                jvp: &|p, t| f009_jvp(3, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f009_hvp(3, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f010_gradient() {
        check(
            &points![
                [0.46, -1.38, 1.13, -0.7, -1.38], [-0.99, -0.23, 0.35, -1.15, 0.39]
            ],
            Companions {
                f: &|p| f010(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f010_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f010_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f010_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f010_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f010_hvp(
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
    fn f011_gradient() {
        check(
            &points![
                [-0.59, -1.08, 1.2, 0.62, -0.94, -0.85, 0.66], [-0.72, 1.02, 0.97,
                1.24, -0.71, 1.3, 0.93]
            ],
            Companions {
                f: &|p| f011(p[0], &p[1..4], p[4], &p[5..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f011_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f011_vjp(p[0], &p[1..4], p[4], &p[5..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f011_graph(p[0], &p[1..4], p[4], &p[5..7]),
                names: &["x0", "xs", "x1", "ys"],
                jvp: &|p, t| f011_jvp(
                    p[0],
                    &p[1..4],
                    p[4],
                    &p[5..7],
                    t[0],
                    &t[1..4],
                    t[4],
                    &t[5..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f011_hvp(
                            p[0],
                            &p[1..4],
                            p[4],
                            &p[5..7],
                            v[0],
                            &v[1..4],
                            v[4],
                            &v[5..7],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f012_gradient() {
        check(
            &points![
                [0.67, 0.93, -0.89, 0.77, 1.2, 0.59, -0.46, 0.93], [-0.23, 0.89, -0.27, 1.06, 0.71, -0.63, 0.67, 1.1]
            ],
            Companions {
                f: &|p| f012(&p[0..4], p[4], &p[5..8], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f012_grad(&p[0..4], p[4], &p[5..8], 4);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f012_vjp(&p[0..4], p[4], &p[5..8], 4);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f012_graph(&p[0..4], p[4], &p[5..8], 4),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f012_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..8],
                    4,
                    &t[0..4],
                    t[4],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f012_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..8],
                            4,
                            &v[0..4],
                            v[4],
                            &v[5..8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f013_gradient() {
        check(
            &points![
                [-1.26, -0.23, -0.82, 0.89, -0.79, 0.57], [0.83, 1.28, -1.28, -0.63, 1.2, 1.25]
            ],
            Companions {
                f: &|p| f013(p[0], &p[1..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f013_grad(p[0], &p[1..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f013_vjp(p[0], &p[1..5], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f013_graph(p[0], &p[1..5], p[5]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f013_jvp(p[0], &p[1..5], p[5], t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f013_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            v[0],
                            &v[1..5],
                            v[5],
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
                [-1.25, -1.09, -0.93, 0.27, -0.31], [0.77, 0.27, -1.18, 0.89, -0.34]
            ],
            Companions {
                f: &|p| f014(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f014_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f014_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f014_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f014_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f014_hvp(
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
    fn f015_gradient() {
        check(
            &points![[-0.44], [1.15]],
            Companions {
                f: &|p| f015(p[0], 4),
                grad: &|p| {
                    let (value, g0) = f015_grad(p[0], 4);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f015_vjp(p[0], 4);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f015_graph(p[0], 4),
                names: &["x0"],
                jvp: &|p, t| f015_jvp(p[0], 4, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f015_hvp(p[0], 4, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f016_gradient() {
        check(
            &points![[-1.12], [-1.2]],
            Companions {
                f: &|p| f016(p[0], 2),
                grad: &|p| {
                    let (value, g0) = f016_grad(p[0], 2);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f016_vjp(p[0], 2);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f016_graph(p[0], 2),
                names: &["x0"],
                jvp: &|p, t| f016_jvp(p[0], 2, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f016_hvp(p[0], 2, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f017_gradient() {
        check(
            &points![[1.12, -1.1], [1.0, -0.85]],
            Companions {
                f: &|p| f017(p[0], 3, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f017_grad(p[0], 3, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f017_vjp(p[0], 3, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f017_graph(p[0], 3, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f017_jvp(p[0], 3, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f017_hvp(
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
    fn f018_gradient() {
        check(
            &points![
                [-0.7, -1.34, 0.37, 1.37, -0.22, 0.72, 1.02], [-0.82, 0.64, 1.25, -0.53, -0.35, 1.04, -0.58]
            ],
            Companions {
                f: &|p| f018(p[0], &p[1..5], p[5], p[6], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f018_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f018_vjp(p[0], &p[1..5], p[5], p[6], 2);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f018_graph(p[0], &p[1..5], p[5], p[6], 2),
                names: &["x0", "xs", "x2", "x1"],
                jvp: &|p, t| f018_jvp(
                    p[0],
                    &p[1..5],
                    p[5],
                    p[6],
                    2,
                    t[0],
                    &t[1..5],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f018_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            p[6],
                            2,
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
    fn f019_gradient() {
        check(
            &points![
                [1.14, 0.33, -0.57, -0.6, 0.41, 0.48], [-1.35, 0.48, -0.71, -1.02, -0.41, 0.87]
            ],
            Companions {
                f: &|p| f019(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f019_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f019_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f019_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f019_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f019_hvp(
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
    fn f020_gradient() {
        check(
            &points![
                [-0.34, 0.43, -1.09, 1.09, -0.68, -1.1, -1.2, 0.56, -1.1], [1.21, -0.53, 0.26, 1.38, -0.21, -0.55, -0.29, 0.23, -0.41]
            ],
            Companions {
                f: &|p| f020(p[0], &p[1..4], &p[4..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f020_grad(p[0], &p[1..4], &p[4..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f020_vjp(p[0], &p[1..4], &p[4..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f020_graph(p[0], &p[1..4], &p[4..9]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f020_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..9],
                    t[0],
                    &t[1..4],
                    &t[4..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f020_hvp(
                            p[0],
                            &p[1..4],
                            &p[4..9],
                            v[0],
                            &v[1..4],
                            &v[4..9],
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
                [-1.04, 0.59, -0.23, -1.21, -0.69], [0.79, 1.09, 1.14, -0.2, -0.53]
            ],
            Companions {
                f: &|p| f021(&p[0..4], p[4], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f021_grad(&p[0..4], p[4], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f021_vjp(&p[0..4], p[4], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f021_graph(&p[0..4], p[4], 3),
                names: &["xs", "x0"],
                jvp: &|p, t| f021_jvp(&p[0..4], p[4], 3, &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f021_hvp(
                            &p[0..4],
                            p[4],
                            3,
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
    fn f022_gradient() {
        check(
            &points![[0.36, 0.83], [0.59, -1.32]],
            Companions {
                f: &|p| f022(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f022_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f022_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f022_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f022_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f022_hvp(
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
    fn f023_gradient() {
        check(
            &points![
                [0.56, -1.05, -0.33, -0.29, -1.18], [1.16, 0.28, -0.61, -0.68,
                0.83]
            ],
            Companions {
                f: &|p| f023(p[0], 3, p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f023_grad(p[0], 3, p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f023_vjp(p[0], 3, p[1], &p[2..5]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f023_graph(p[0], 3, p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f023_jvp(p[0], 3, p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f023_hvp(
                            p[0],
                            3,
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
    fn f024_gradient() {
        check(
            &points![[-0.33], [-0.51]],
            Companions {
                f: &|p| f024(p[0]),
                grad: &|p| {
                    let (value, g0) = f024_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f024_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f024_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f024_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f024_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f025_gradient() {
        check(
            &points![[1.16, -0.96, 0.94], [-1.39, -1.3, 0.27]],
            Companions {
                f: &|p| f025(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f025_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f025_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f025_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f025_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f025_hvp(
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
    fn f026_gradient() {
        check(
            &points![
                [-1.22, -1.39, -0.31, 0.24, -0.21, 0.37, 0.47, 1.03, 0.81, 1.09], [-0.24, 0.66, -1.38, -0.37, 1.21, 1.26, -1.37, -0.23, -0.69, 1.1]
            ],
            Companions {
                f: &|p| f026(p[0], p[1], &p[2..4], &p[4..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f026_grad(
                        p[0],
                        p[1],
                        &p[2..4],
                        &p[4..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f026_vjp(
                        p[0],
                        p[1],
                        &p[2..4],
                        &p[4..9],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f026_graph(p[0], p[1], &p[2..4], &p[4..9], p[9]),
                names: &["x2", "x1", "ys", "xs", "x0"],
                jvp: &|p, t| f026_jvp(
                    p[0],
                    p[1],
                    &p[2..4],
                    &p[4..9],
                    p[9],
                    t[0],
                    t[1],
                    &t[2..4],
                    &t[4..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f026_hvp(
                            p[0],
                            p[1],
                            &p[2..4],
                            &p[4..9],
                            p[9],
                            v[0],
                            v[1],
                            &v[2..4],
                            &v[4..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f027_gradient() {
        check(
            &points![
                [-0.7, -0.54, -1.05, 1.19, -1.12, -0.58, 0.21], [-1.13, 0.9, 0.89,
                0.99, -0.67, -1.06, -0.43]
            ],
            Companions {
                f: &|p| f027(p[0], &p[1..4], &p[4..7], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f027_grad(p[0], &p[1..4], &p[4..7], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f027_vjp(p[0], &p[1..4], &p[4..7], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f027_graph(p[0], &p[1..4], &p[4..7], 3),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f027_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..7],
                    3,
                    t[0],
                    &t[1..4],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f027_hvp(
                            p[0],
                            &p[1..4],
                            &p[4..7],
                            3,
                            v[0],
                            &v[1..4],
                            &v[4..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f028_gradient() {
        check(
            &points![[0.85, -1.04], [0.74, -0.41]],
            Companions {
                f: &|p| f028(p[0], p[1], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f028_grad(p[0], p[1], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f028_vjp(p[0], p[1], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f028_graph(p[0], p[1], 3),
                names: &["x1", "x0"],
                jvp: &|p, t| f028_jvp(p[0], p[1], 3, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f028_hvp(
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
    fn f029_gradient() {
        check(
            &points![[1.0], [-0.72]],
            Companions {
                f: &|p| f029(4, p[0]),
                grad: &|p| {
                    let (value, g0) = f029_grad(4, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f029_vjp(4, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f029_graph(4, p[0]),
                names: &["x0"],
                jvp: &|p, t| f029_jvp(4, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f029_hvp(4, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f030_gradient() {
        check(
            &points![
                [0.25, 1.05, -0.89, 0.58, 0.99, -0.66, -1.01, 1.27, -0.68], [0.48, -1.39, 1.33, 0.91, 1.05, -1.1, 0.79, -1.39, 1.04]
            ],
            Companions {
                f: &|p| f030(&p[0..4], p[4], p[5], &p[6..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f030_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f030_vjp(&p[0..4], p[4], p[5], &p[6..9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f030_graph(&p[0..4], p[4], p[5], &p[6..9]),
                names: &["ys", "x0", "x1", "xs"],
                jvp: &|p, t| f030_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    &p[6..9],
                    &t[0..4],
                    t[4],
                    t[5],
                    &t[6..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f030_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &p[6..9],
                            &v[0..4],
                            v[4],
                            v[5],
                            &v[6..9],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f031_gradient() {
        check(
            &points![[1.08, -0.83], [0.88, -1.24]],
            Companions {
                f: &|p| f031(2, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f031_grad(2, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f031_vjp(2, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f031_graph(2, p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f031_jvp(2, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f031_hvp(
                            2,
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
    fn f032_gradient() {
        check(
            &points![[1.22, 1.39, -0.86], [-0.49, -0.95, 1.24]],
            Companions {
                f: &|p| f032(p[0], p[1], p[2], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f032_grad(p[0], p[1], p[2], 4);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f032_vjp(p[0], p[1], p[2], 4);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f032_graph(p[0], p[1], p[2], 4),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f032_jvp(p[0], p[1], p[2], 4, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f032_hvp(
                            p[0],
                            p[1],
                            p[2],
                            4,
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
    fn f033_gradient() {
        check(
            &points![[-0.81], [-1.16]],
            Companions {
                f: &|p| f033(p[0], 2),
                grad: &|p| {
                    let (value, g0) = f033_grad(p[0], 2);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f033_vjp(p[0], 2);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f033_graph(p[0], 2),
                names: &["x0"],
                jvp: &|p, t| f033_jvp(p[0], 2, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f033_hvp(p[0], 2, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f034_gradient() {
        check(
            &points![[0.78, -0.92], [1.02, -0.34]],
            Companions {
                f: &|p| f034(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f034_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f034_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f034_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f034_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f034_hvp(
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
    fn f035_gradient() {
        check(
            &points![
                [0.52, 0.26, 0.47, -1.15, -0.56, 0.34, 1.34], [0.98, -0.26, -1.1, -1.04, 0.47, -0.55, -0.38]
            ],
            Companions {
                f: &|p| f035(&p[0..5], p[5], 2, p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f035_grad(&p[0..5], p[5], 2, p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f035_vjp(&p[0..5], p[5], 2, p[6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f035_graph(&p[0..5], p[5], 2, p[6]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f035_jvp(&p[0..5], p[5], 2, p[6], &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f035_hvp(
                            &p[0..5],
                            p[5],
                            2,
                            p[6],
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
    fn f036_gradient() {
        check(
            &points![
                [0.79, 0.25, 0.24, -0.5, -0.79, -1.03, 0.82], [-0.29, 0.29, 1.1, -0.45, -0.79, -0.22, 0.75]
            ],
            Companions {
                f: &|p| f036(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f036_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f036_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f036_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["x2", "x0", "x1", "xs"],
                jvp: &|p, t| f036_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f036_hvp(
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
    fn f037_gradient() {
        check(
            &points![
                [-1.16, 0.79, -0.32, 0.47, -1.11, -1.31, -0.49, 0.62, -0.25, 0.34,
                -1.04], [0.87, -0.95, 0.37, -1.25, -0.3, -0.86, 0.54, 0.59, 0.32,
                0.65, -0.54]
            ],
            Companions {
                f: &|p| f037(&p[0..5], p[5], p[6], &p[7..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f037_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        &p[7..11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f037_vjp(&p[0..5], p[5], p[6], &p[7..11]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f037_graph(&p[0..5], p[5], p[6], &p[7..11]),
                names: &["xs", "x0", "x1", "ys"],
                jvp: &|p, t| f037_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    &p[7..11],
                    &t[0..5],
                    t[5],
                    t[6],
                    &t[7..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f037_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            &p[7..11],
                            &v[0..5],
                            v[5],
                            v[6],
                            &v[7..11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f038_gradient() {
        check(
            &points![
                [-1.31, -1.14, -0.77, -0.28, -0.47, -1.37, -0.99, 1.15], [-1.01,
                -1.11, 1.08, 0.66, -1.16, 1.23, 0.27, 1.27]
            ],
            Companions {
                f: &|p| f038(p[0], p[1], &p[2..5], &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f038_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f038_vjp(p[0], p[1], &p[2..5], &p[5..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f038_graph(p[0], p[1], &p[2..5], &p[5..8]),
                names: &["x1", "x0", "xs", "ys"],
                jvp: &|p, t| f038_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    &p[5..8],
                    t[0],
                    t[1],
                    &t[2..5],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f038_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            &p[5..8],
                            v[0],
                            v[1],
                            &v[2..5],
                            &v[5..8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f039_gradient() {
        check(
            &points![[1.4, -0.95, 1.34], [-0.93, 0.23, 0.94]],
            Companions {
                f: &|p| f039(p[0], p[1], p[2], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f039_grad(p[0], p[1], p[2], 4);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f039_vjp(p[0], p[1], p[2], 4);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f039_graph(p[0], p[1], p[2], 4),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f039_jvp(p[0], p[1], p[2], 4, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f039_hvp(
                            p[0],
                            p[1],
                            p[2],
                            4,
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
                [-0.2, -1.15, -1.3, 0.31, 0.84, -1.26], [-0.25, 0.3, 0.72, 0.8, -1.02, -0.87]
            ],
            Companions {
                f: &|p| f040(&p[0..3], p[3], &p[4..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f040_grad(&p[0..3], p[3], &p[4..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f040_vjp(&p[0..3], p[3], &p[4..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f040_graph(&p[0..3], p[3], &p[4..6]),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f040_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..6],
                    &t[0..3],
                    t[3],
                    &t[4..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f040_hvp(
                            &p[0..3],
                            p[3],
                            &p[4..6],
                            &v[0..3],
                            v[3],
                            &v[4..6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f041_gradient() {
        check(
            &points![
                [0.67, 1.02, -0.26, -0.27, 0.98], [0.69, 0.89, 0.32, -0.44, 0.48]
            ],
            Companions {
                f: &|p| f041(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f041_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f041_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f041_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f041_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f041_hvp(
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
    fn f042_gradient() {
        check(
            &points![[-0.75, -0.68, 0.69], [0.4, 0.34, -1.37]],
            Companions {
                f: &|p| f042(p[0], 3, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f042_grad(p[0], 3, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f042_vjp(p[0], 3, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f042_graph(p[0], 3, p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f042_jvp(p[0], 3, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f042_hvp(
                            p[0],
                            3,
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
    fn f043_gradient() {
        check(
            &points![
                [-0.32, 1.03, -0.99, 0.42, 0.81, 0.2, -0.27, -0.41, -0.3, 0.31,
                0.86], [-0.58, -0.34, -1.29, -0.86, -0.41, -0.35, -0.22, 0.54,
                0.87, 1.36, -1.07]
            ],
            Companions {
                f: &|p| f043(&p[0..5], p[5], p[6], &p[7..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f043_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        &p[7..11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f043_vjp(&p[0..5], p[5], p[6], &p[7..11]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f043_graph(&p[0..5], p[5], p[6], &p[7..11]),
                names: &["xs", "x1", "x0", "ys"],
                jvp: &|p, t| f043_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    &p[7..11],
                    &t[0..5],
                    t[5],
                    t[6],
                    &t[7..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f043_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            &p[7..11],
                            &v[0..5],
                            v[5],
                            v[6],
                            &v[7..11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f044_gradient() {
        check(
            &points![
                [-0.54, -0.37, 0.8, -0.46, -1.15, -0.3], [-0.69, -1.14, 0.87,
                0.29, 1.29, -1.19]
            ],
            Companions {
                f: &|p| f044(p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f044_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f044_vjp(p[0], p[1], &p[2..5], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f044_graph(p[0], p[1], &p[2..5], p[5]),
                names: &["x1", "x2", "xs", "x0"],
                jvp: &|p, t| f044_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f044_hvp(
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
    fn f045_gradient() {
        check(
            &points![[1.14, -0.46, 0.73], [0.59, -0.72, -0.22]],
            Companions {
                f: &|p| f045(p[0], 2, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f045_grad(p[0], 2, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f045_vjp(p[0], 2, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f045_graph(p[0], 2, p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f045_jvp(p[0], 2, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f045_hvp(
                            p[0],
                            2,
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
            &points![
                [1.23, -0.22, -0.69, -0.51, 1.02], [0.58, 0.58, 0.63, 1.07, 0.51]
            ],
            Companions {
                f: &|p| f046(&p[0..3], p[3], 3, p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f046_grad(&p[0..3], p[3], 3, p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f046_vjp(&p[0..3], p[3], 3, p[4]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f046_graph(&p[0..3], p[3], 3, p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f046_jvp(&p[0..3], p[3], 3, p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f046_hvp(
                            &p[0..3],
                            p[3],
                            3,
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
    fn f047_gradient() {
        check(
            &points![[-0.25, 0.56], [0.25, -0.74]],
            Companions {
                f: &|p| f047(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f047_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f047_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f047_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f047_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f047_hvp(
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
    fn f048_gradient() {
        check(
            &points![[-1.07, -0.98], [0.73, 0.68]],
            Companions {
                f: &|p| f048(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f048_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f048_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f048_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f048_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f048_hvp(
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
    fn f049_gradient() {
        check(
            &points![
                [-0.47, -0.49, 1.24, -1.18, -1.06, 0.4], [-0.48, 1.05, 0.8, 0.23, -0.42, -1.28]
            ],
            Companions {
                f: &|p| f049(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f049_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f049_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f049_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f049_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f049_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f050_gradient() {
        check(
            &points![
                [-1.11, 1.01, 0.54, -0.88, -0.49, -0.93, 0.23, 0.45], [1.05, 1.12, -1.38, 0.31, -1.05, 0.66, -1.25, -0.64]
            ],
            Companions {
                f: &|p| f050(&p[0..4], 2, p[4], &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f050_grad(&p[0..4], 2, p[4], &p[5..8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f050_vjp(&p[0..4], 2, p[4], &p[5..8]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f050_graph(&p[0..4], 2, p[4], &p[5..8]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f050_jvp(
                    &p[0..4],
                    2,
                    p[4],
                    &p[5..8],
                    &t[0..4],
                    t[4],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f050_hvp(
                            &p[0..4],
                            2,
                            p[4],
                            &p[5..8],
                            &v[0..4],
                            v[4],
                            &v[5..8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f051_gradient() {
        check(
            &points![
                [-1.1, -1.29, -0.33, -1.02, 0.7, -0.29, -1.13, -1.24, 1.25, 0.64,
                -0.4], [0.82, -0.77, 1.27, 0.44, 0.62, -1.06, -0.55, -0.41, -1.27,
                0.72, 0.4]
            ],
            Companions {
                f: &|p| f051(p[0], p[1], &p[2..5], &p[5..10], p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f051_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..10],
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f051_vjp(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..10],
                        p[10],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f051_graph(p[0], p[1], &p[2..5], &p[5..10], p[10]),
                names: &["x0", "x1", "ys", "xs", "x2"],
                jvp: &|p, t| f051_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    &p[5..10],
                    p[10],
                    t[0],
                    t[1],
                    &t[2..5],
                    &t[5..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f051_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            &p[5..10],
                            p[10],
                            v[0],
                            v[1],
                            &v[2..5],
                            &v[5..10],
                            v[10],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f052_gradient() {
        check(
            &points![
                [0.59, -0.29, 0.97, 1.39, -0.5, -0.34, 0.37, 0.5], [-1.35, -1.35, -0.87, -1.14, -0.38, -0.97, 0.66, 1.26]
            ],
            Companions {
                f: &|p| f052(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f052_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f052_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f052_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x2", "xs", "x0", "x1"],
                jvp: &|p, t| f052_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f052_hvp(
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
    fn f053_gradient() {
        check(
            &points![
                [0.61, -0.81, 1.39, 0.51, -1.33, 0.86, 1.23], [-0.59, -0.25, 1.17,
                0.32, 0.61, 0.83, 0.29]
            ],
            Companions {
                f: &|p| f053(p[0], &p[1..3], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f053_grad(p[0], &p[1..3], &p[3..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f053_vjp(p[0], &p[1..3], &p[3..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f053_graph(p[0], &p[1..3], &p[3..7]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f053_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..7],
                    t[0],
                    &t[1..3],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f053_hvp(
                            p[0],
                            &p[1..3],
                            &p[3..7],
                            v[0],
                            &v[1..3],
                            &v[3..7],
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
                [0.96, -0.5, 0.73, 0.57, -0.69, 0.47], [-0.68, 0.59, 1.32, -0.44, -0.4, -0.28]
            ],
            Companions {
                f: &|p| f054(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f054_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f054_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f054_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f054_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f054_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f055_gradient() {
        check(
            &points![
                [-1.35, 0.44, -1.15, 0.47, 0.45, 1.02], [0.83, 0.82, -1.09, -0.65,
                0.71, -1.36]
            ],
            Companions {
                f: &|p| f055(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f055_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f055_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f055_graph(p[0], p[1], &p[2..6]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f055_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f055_hvp(
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
    fn f056_gradient() {
        check(
            &points![[1.32, -0.39, 0.99], [-0.76, 0.28, 0.8]],
            Companions {
                f: &|p| f056(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f056_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f056_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f056_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f056_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f056_hvp(
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
            &points![
                [-0.52, -0.28, -0.51, -0.98, 0.49], [0.92, -0.54, -0.9, -1.13, -0.79]
            ],
            Companions {
                f: &|p| f057(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f057_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f057_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f057_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f057_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f057_hvp(
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
    fn f058_gradient() {
        check(
            &points![[0.78, -1.1, 1.05, -0.83], [0.91, 1.28, -1.25, 1.33]],
            Companions {
                f: &|p| f058(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f058_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f058_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f058_graph(p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f058_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f058_hvp(
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
    fn f059_gradient() {
        check(
            &points![[-0.6], [-0.45]],
            Companions {
                f: &|p| f059(p[0], 3),
                grad: &|p| {
                    let (value, g0) = f059_grad(p[0], 3);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f059_vjp(p[0], 3);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f059_graph(p[0], 3),
                names: &["x0"],
                jvp: &|p, t| f059_jvp(p[0], 3, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f059_hvp(p[0], 3, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f060_gradient() {
        check(
            &points![
                [1.06, -0.24, -0.9, 1.06, -0.78, 0.7, -0.49, -0.41, -0.98, -0.98],
                [1.23, -1.27, 1.14, -1.16, -1.04, 0.34, -0.45, 1.38, -0.38, 0.65]
            ],
            Companions {
                f: &|p| f060(p[0], p[1], &p[2..5], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f060_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f060_vjp(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..9],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f060_graph(p[0], p[1], &p[2..5], &p[5..9], p[9]),
                names: &["x0", "x1", "ys", "xs", "x2"],
                jvp: &|p, t| f060_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    &p[5..9],
                    p[9],
                    t[0],
                    t[1],
                    &t[2..5],
                    &t[5..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f060_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            &p[5..9],
                            p[9],
                            v[0],
                            v[1],
                            &v[2..5],
                            &v[5..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f061_gradient() {
        check(
            &points![[-0.66, -1.14], [-0.23, 0.21]],
            Companions {
                f: &|p| f061(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f061_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f061_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f061_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f061_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f061_hvp(
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
    fn f062_gradient() {
        check(
            &points![
                [-0.32, -0.28, -0.65, -0.34, -0.98, 0.35], [-1.24, -0.62, 0.8,
                0.74, 0.62, -1.15]
            ],
            Companions {
                f: &|p| f062(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f062_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f062_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f062_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f062_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f062_hvp(
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
    fn f063_gradient() {
        check(
            &points![
                [-0.55, -0.74, -0.48, -0.52, 0.55, 0.67, 0.83, 0.2], [0.96, 1.31,
                0.64, -0.72, 1.03, 0.73, 0.85, 0.73]
            ],
            Companions {
                f: &|p| f063(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f063_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f063_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f063_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x1", "xs", "x0", "x2"],
                jvp: &|p, t| f063_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f063_hvp(
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
    fn f064_gradient() {
        check(
            &points![
                [0.49, -0.57, 0.89, -0.86, -0.33, 1.06, 1.2, 1.06], [-1.29, -0.88, -1.16, -1.29, -0.36, 0.65, 1.3, 0.66]
            ],
            Companions {
                f: &|p| f064(&p[0..2], p[2], p[3], &p[4..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f064_grad(
                        &p[0..2],
                        p[2],
                        p[3],
                        &p[4..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f064_vjp(&p[0..2], p[2], p[3], &p[4..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f064_graph(&p[0..2], p[2], p[3], &p[4..8]),
                names: &["ys", "x1", "x0", "xs"],
                jvp: &|p, t| f064_jvp(
                    &p[0..2],
                    p[2],
                    p[3],
                    &p[4..8],
                    &t[0..2],
                    t[2],
                    t[3],
                    &t[4..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f064_hvp(
                            &p[0..2],
                            p[2],
                            p[3],
                            &p[4..8],
                            &v[0..2],
                            v[2],
                            v[3],
                            &v[4..8],
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
                [0.58, 0.94, -0.8, 0.69, 1.26, -0.27], [0.56, 0.58, -0.83, -0.22, -0.32, -1.21]
            ],
            Companions {
                f: &|p| f065(&p[0..5], 3, p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f065_grad(&p[0..5], 3, p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f065_vjp(&p[0..5], 3, p[5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f065_graph(&p[0..5], 3, p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f065_jvp(&p[0..5], 3, p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f065_hvp(
                            &p[0..5],
                            3,
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
    fn f066_gradient() {
        check(
            &points![
                [-1.18, 1.35, -0.78, -1.15, 0.41, 1.2, 1.34, 1.15, 1.17], [0.89, -0.34, -1.28, 0.89, -0.6, -1.3, 0.76, 0.79, -0.53]
            ],
            Companions {
                f: &|p| f066(p[0], &p[1..3], &p[3..7], p[7], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f066_grad(
                        p[0],
                        &p[1..3],
                        &p[3..7],
                        p[7],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f066_vjp(
                        p[0],
                        &p[1..3],
                        &p[3..7],
                        p[7],
                        p[8],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f066_graph(p[0], &p[1..3], &p[3..7], p[7], p[8]),
                names: &["x2", "ys", "xs", "x0", "x1"],
                jvp: &|p, t| f066_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..7],
                    p[7],
                    p[8],
                    t[0],
                    &t[1..3],
                    &t[3..7],
                    t[7],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f066_hvp(
                            p[0],
                            &p[1..3],
                            &p[3..7],
                            p[7],
                            p[8],
                            v[0],
                            &v[1..3],
                            &v[3..7],
                            v[7],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f067_gradient() {
        check(
            &points![
                [0.38, -0.58, -1.2, -1.03, 0.79], [0.77, -0.89, 1.33, -1.25, 0.83]
            ],
            Companions {
                f: &|p| f067(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f067_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f067_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f067_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f067_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f067_hvp(
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
    fn f068_gradient() {
        check(
            &points![
                [0.92, 0.2, -0.22, -0.2, -1.08, -0.65, 1.21], [-0.46, -0.39, -0.85, 1.25, 0.63, 0.33, 0.98]
            ],
            Companions {
                f: &|p| f068(p[0], &p[1..5], &p[5..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f068_grad(p[0], &p[1..5], &p[5..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f068_vjp(p[0], &p[1..5], &p[5..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f068_graph(p[0], &p[1..5], &p[5..7]),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f068_jvp(
                    p[0],
                    &p[1..5],
                    &p[5..7],
                    t[0],
                    &t[1..5],
                    &t[5..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f068_hvp(
                            p[0],
                            &p[1..5],
                            &p[5..7],
                            v[0],
                            &v[1..5],
                            &v[5..7],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f069_gradient() {
        check(
            &points![
                [0.73, 1.32, 1.21, -0.7, -1.18, 0.93, 1.08, -1.32, 0.81, 1.33, 0.91],
                [0.32, 0.76, -0.72, -0.53, 0.94, 0.93, -0.9, -0.6, -0.81, 0.31, -0.71]
            ],
            Companions {
                f: &|p| f069(&p[0..3], p[3], &p[4..9], p[9], p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f069_grad(
                        &p[0..3],
                        p[3],
                        &p[4..9],
                        p[9],
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f069_vjp(
                        &p[0..3],
                        p[3],
                        &p[4..9],
                        p[9],
                        p[10],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f069_graph(&p[0..3], p[3], &p[4..9], p[9], p[10]),
                names: &["ys", "x0", "xs", "x1", "x2"],
                jvp: &|p, t| f069_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..9],
                    p[9],
                    p[10],
                    &t[0..3],
                    t[3],
                    &t[4..9],
                    t[9],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f069_hvp(
                            &p[0..3],
                            p[3],
                            &p[4..9],
                            p[9],
                            p[10],
                            &v[0..3],
                            v[3],
                            &v[4..9],
                            v[9],
                            v[10],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f070_gradient() {
        check(
            &points![[1.29, 0.99, 1.25], [-0.21, 0.87, 1.03]],
            Companions {
                f: &|p| f070(2, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f070_grad(2, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f070_vjp(2, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f070_graph(2, p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f070_jvp(2, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f070_hvp(
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
    fn f071_gradient() {
        check(
            &points![
                [-0.62, -0.45, 0.79, 0.3, -1.12, 0.55], [0.25, -0.77, -0.5, -0.51,
                -1.38, 0.21]
            ],
            Companions {
                f: &|p| f071(&p[0..5], 3, p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f071_grad(&p[0..5], 3, p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f071_vjp(&p[0..5], 3, p[5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f071_graph(&p[0..5], 3, p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f071_jvp(&p[0..5], 3, p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f071_hvp(
                            &p[0..5],
                            3,
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
    fn f072_gradient() {
        check(
            &points![
                [0.35, -0.93, -0.94, -0.48, 0.9, -0.92], [-0.94, 0.58, 0.21, -1.11,
                1.09, 0.38]
            ],
            Companions {
                f: &|p| f072(p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f072_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f072_vjp(p[0], &p[1..4], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f072_graph(p[0], &p[1..4], p[4], p[5]),
                names: &["x1", "xs", "x0", "x2"],
                jvp: &|p, t| f072_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f072_hvp(
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
    fn f073_gradient() {
        check(
            &points![
                [-1.35, 0.87, -0.22, -1.15, -1.28, 0.25, 1.15, 0.33, 1.23, 0.69,
                0.83], [0.25, -0.44, -0.54, 1.15, 1.34, 0.65, -1.15, -1.29, 0.5,
                0.64, 0.66]
            ],
            Companions {
                f: &|p| f073(&p[0..5], p[5], &p[6..10], 2, p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f073_grad(
                        &p[0..5],
                        p[5],
                        &p[6..10],
                        2,
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f073_vjp(
                        &p[0..5],
                        p[5],
                        &p[6..10],
                        2,
                        p[10],
                    );
                    let (g0, g1, g2, (), g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f073_graph(&p[0..5], p[5], &p[6..10], 2, p[10]),
                names: &["xs", "x0", "ys", "x1"],
                jvp: &|p, t| f073_jvp(
                    &p[0..5],
                    p[5],
                    &p[6..10],
                    2,
                    p[10],
                    &t[0..5],
                    t[5],
                    &t[6..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f073_hvp(
                            &p[0..5],
                            p[5],
                            &p[6..10],
                            2,
                            p[10],
                            &v[0..5],
                            v[5],
                            &v[6..10],
                            v[10],
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
            &points![
                [0.27, -0.72, -1.14, -0.89, -0.64, -0.97], [-0.68, -0.92, 0.21, -0.45, 1.4, 0.31]
            ],
            Companions {
                f: &|p| f074(p[0], 4, &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f074_grad(
                        p[0],
                        4,
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f074_vjp(p[0], 4, &p[1..4], p[4], p[5]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f074_graph(p[0], 4, &p[1..4], p[4], p[5]),
                names: &["x1", "xs", "x2", "x0"],
                jvp: &|p, t| f074_jvp(
                    p[0],
                    4,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f074_hvp(
                            p[0],
                            4,
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
    fn f075_gradient() {
        check(
            &points![
                [-0.55, -0.43, 1.24, -1.21, 1.21], [-0.62, -0.82, 1.03, -0.92, -0.65]
            ],
            Companions {
                f: &|p| f075(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f075_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f075_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f075_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f075_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f075_hvp(
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
            &points![[-0.3, 1.05, 0.95], [-1.36, -0.54, 1.34]],
            Companions {
                f: &|p| f076(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f076_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f076_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f076_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f076_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f076_hvp(
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
    fn f077_gradient() {
        check(
            &points![
                [1.23, 0.72, -0.58, 1.06, 0.89, 0.94, -0.67, 0.89], [0.89, -1.35, -0.92, -0.4, -1.39, -1.31, -0.67, 1.35]
            ],
            Companions {
                f: &|p| f077(p[0], p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f077_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f077_vjp(p[0], p[1], p[2], &p[3..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f077_graph(p[0], p[1], p[2], &p[3..8]),
                names: &["x1", "x2", "x0", "xs"],
                jvp: &|p, t| f077_jvp(
                    p[0],
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f077_hvp(
                            p[0],
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
    fn f078_gradient() {
        check(
            &points![[1.18, -0.61, 0.88, 0.38, 0.54], [1.09, 0.9, 1.14, 0.26, 1.04]],
            Companions {
                f: &|p| f078(2, p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f078_grad(2, p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f078_vjp(2, p[0], &p[1..5]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f078_graph(2, p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f078_jvp(2, p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f078_hvp(
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
    fn f079_gradient() {
        check(
            &points![
                [0.29, -0.6, 0.86, 0.28, 1.02, 0.6, -0.31, 1.28, -0.3, -0.43, 1.04],
                [0.9, 0.85, 0.88, 0.82, 0.69, -0.73, -1.2, -0.53, -0.59, 0.36, 0.37]
            ],
            Companions {
                f: &|p| f079(p[0], p[1], &p[2..6], p[6], &p[7..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f079_grad(
                        p[0],
                        p[1],
                        &p[2..6],
                        p[6],
                        &p[7..11],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f079_vjp(
                        p[0],
                        p[1],
                        &p[2..6],
                        p[6],
                        &p[7..11],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f079_graph(p[0], p[1], &p[2..6], p[6], &p[7..11]),
                names: &["x0", "x2", "xs", "x1", "ys"],
                jvp: &|p, t| f079_jvp(
                    p[0],
                    p[1],
                    &p[2..6],
                    p[6],
                    &p[7..11],
                    t[0],
                    t[1],
                    &t[2..6],
                    t[6],
                    &t[7..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f079_hvp(
                            p[0],
                            p[1],
                            &p[2..6],
                            p[6],
                            &p[7..11],
                            v[0],
                            v[1],
                            &v[2..6],
                            v[6],
                            &v[7..11],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f080_gradient() {
        check(
            &points![
                [1.38, -0.31, -0.32, -1.03, -0.42, -0.71, -0.87], [0.81, -0.76,
                0.44, -1.29, 1.02, -0.88, 0.48]
            ],
            Companions {
                f: &|p| f080(&p[0..4], p[4], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f080_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f080_vjp(&p[0..4], p[4], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f080_graph(&p[0..4], p[4], p[5], p[6]),
                names: &["xs", "x1", "x0", "x2"],
                jvp: &|p, t| f080_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    p[6],
                    &t[0..4],
                    t[4],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f080_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            p[6],
                            &v[0..4],
                            v[4],
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
    fn f081_gradient() {
        check(
            &points![
                [-0.72, -0.54, -1.32, -0.88, -1.3, -0.23], [-1.37, -0.55, -1.03,
                0.74, 1.38, 0.96]
            ],
            Companions {
                f: &|p| f081(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f081_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f081_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f081_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f081_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f081_hvp(
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
    fn f082_gradient() {
        check(
            &points![
                [-0.92, 0.64, -0.74, 0.73, 0.97, 1.18], [1.25, 1.39, -0.61, -0.83, -0.44, 0.61]
            ],
            Companions {
                f: &|p| f082(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f082_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f082_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f082_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f082_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f082_hvp(
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
    fn f083_gradient() {
        check(
            &points![
                [-0.51, 0.64, -0.27, 1.29, -1.34, -0.65, -0.51, 1.06, -0.3], [-1.36, 0.61, 0.88, -1.01, 1.02, 1.14, -0.36, -0.88, -1.35]
            ],
            Companions {
                f: &|p| f083(&p[0..4], &p[4..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f083_grad(&p[0..4], &p[4..8], p[8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f083_vjp(&p[0..4], &p[4..8], p[8]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f083_graph(&p[0..4], &p[4..8], p[8]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f083_jvp(
                    &p[0..4],
                    &p[4..8],
                    p[8],
                    &t[0..4],
                    &t[4..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f083_hvp(
                            &p[0..4],
                            &p[4..8],
                            p[8],
                            &v[0..4],
                            &v[4..8],
                            v[8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f084_gradient() {
        check(
            &points![
                [0.63, -1.4, 0.51, 0.22, -0.72, 1.37], [-1.38, 1.36, 1.05, -0.76, -0.62, 1.27]
            ],
            Companions {
                f: &|p| f084(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f084_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f084_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f084_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f084_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f084_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f085_gradient() {
        check(
            &points![
                [1.19, 0.41, -0.36, 0.65, 0.47], [-1.12, -0.29, -0.33, -0.91, 0.22]
            ],
            Companions {
                f: &|p| f085(&p[0..3], 2, p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f085_grad(&p[0..3], 2, p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f085_vjp(&p[0..3], 2, p[3], p[4]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f085_graph(&p[0..3], 2, p[3], p[4]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f085_jvp(&p[0..3], 2, p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f085_hvp(
                            &p[0..3],
                            2,
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
    fn f086_gradient() {
        check(
            &points![[-0.79, -0.59], [0.93, -1.38]],
            Companions {
                f: &|p| f086(p[0], p[1], 4),
                grad: &|p| {
                    let (value, (g0, g1)) = f086_grad(p[0], p[1], 4);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f086_vjp(p[0], p[1], 4);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f086_graph(p[0], p[1], 4),
                names: &["x1", "x0"],
                jvp: &|p, t| f086_jvp(p[0], p[1], 4, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f086_hvp(
                            p[0],
                            p[1],
                            4,
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
    fn f087_gradient() {
        check(
            &points![[-0.69, 1.35, -0.98], [1.22, -0.73, 0.59]],
            Companions {
                f: &|p| f087(p[0], p[1], p[2], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f087_grad(p[0], p[1], p[2], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f087_vjp(p[0], p[1], p[2], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f087_graph(p[0], p[1], p[2], 2),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f087_jvp(p[0], p[1], p[2], 2, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f087_hvp(
                            p[0],
                            p[1],
                            p[2],
                            2,
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
    fn f088_gradient() {
        check(
            &points![[0.5, 1.24], [-0.5, 1.29]],
            Companions {
                f: &|p| f088(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f088_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f088_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f088_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f088_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f088_hvp(
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
    fn f089_gradient() {
        check(
            &points![
                [-0.75, -0.79, -0.27, 1.33, 0.59, -1.04, -0.52], [0.77, 1.09, 0.82,
                0.44, 0.4, -0.79, 0.36]
            ],
            Companions {
                f: &|p| f089(p[0], &p[1..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f089_grad(p[0], &p[1..6], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f089_vjp(p[0], &p[1..6], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f089_graph(p[0], &p[1..6], p[6]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f089_jvp(p[0], &p[1..6], p[6], t[0], &t[1..6], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f089_hvp(
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
    fn f090_gradient() {
        check(
            &points![[0.59], [-0.94]],
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
                [-1.15, 0.27, 0.72, 0.68, 1.35, -0.73, -0.62, 1.34, 0.99], [0.62, -0.22, 0.61, -0.63, -0.79, -1.2, 1.0, -1.33, -0.57]
            ],
            Companions {
                f: &|p| f091(p[0], 2, p[1], &p[2..5], p[5], &p[6..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f091_grad(
                        p[0],
                        2,
                        p[1],
                        &p[2..5],
                        p[5],
                        &p[6..9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f091_vjp(
                        p[0],
                        2,
                        p[1],
                        &p[2..5],
                        p[5],
                        &p[6..9],
                    );
                    let (g0, (), g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f091_graph(p[0], 2, p[1], &p[2..5], p[5], &p[6..9]),
                names: &["x2", "x1", "ys", "x0", "xs"],
                jvp: &|p, t| f091_jvp(
                    p[0],
                    2,
                    p[1],
                    &p[2..5],
                    p[5],
                    &p[6..9],
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                    &t[6..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f091_hvp(
                            p[0],
                            2,
                            p[1],
                            &p[2..5],
                            p[5],
                            &p[6..9],
                            v[0],
                            v[1],
                            &v[2..5],
                            v[5],
                            &v[6..9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f092_gradient() {
        check(
            &points![[0.94], [-0.79]],
            Companions {
                f: &|p| f092(p[0]),
                grad: &|p| {
                    let (value, g0) = f092_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f092_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f092_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f092_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f092_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f093_gradient() {
        check(
            &points![
                [1.12, 0.2, 1.31, -1.12, 0.66, -0.72], [0.49, -0.44, -1.11, 0.86, -0.9, -0.31]
            ],
            Companions {
                f: &|p| f093(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f093_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f093_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f093_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f093_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f093_hvp(
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
    fn f094_gradient() {
        check(
            &points![
                [-0.2, 0.75, 0.41, -0.95, -0.81], [0.49, -0.29, 0.21, 1.15, -0.62]
            ],
            Companions {
                f: &|p| f094(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f094_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f094_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f094_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f094_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f094_hvp(
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
    fn f095_gradient() {
        check(
            &points![
                [-0.3, 0.69, -0.51, -1.24, -1.06, 1.2], [-0.58, -0.78, -1.21,
                1.12, -1.01, 0.78]
            ],
            Companions {
                f: &|p| f095(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f095_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f095_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f095_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f095_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f095_hvp(
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
    fn f096_gradient() {
        check(
            &points![[0.93], [0.59]],
            Companions {
                f: &|p| f096(p[0]),
                grad: &|p| {
                    let (value, g0) = f096_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f096_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f096_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f096_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f096_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f097_gradient() {
        check(
            &points![
                [-1.07, -0.68, -0.3, 0.53, -1.03, 1.13, -1.26, -0.43, -1.09],
                [1.31, 0.59, -0.88, 0.74, 0.98, -1.16, -1.1, -1.28, -0.62]
            ],
            Companions {
                f: &|p| f097(&p[0..4], p[4], &p[5..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f097_grad(&p[0..4], p[4], &p[5..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f097_vjp(&p[0..4], p[4], &p[5..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f097_graph(&p[0..4], p[4], &p[5..9]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f097_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..9],
                    &t[0..4],
                    t[4],
                    &t[5..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f097_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..9],
                            &v[0..4],
                            v[4],
                            &v[5..9],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f098_gradient() {
        check(
            &points![
                [-1.01, -0.72, 1.22, 0.31, -1.18, -0.82, 1.14], [1.16, -0.44, -0.51, 0.78, 0.55, 0.39, -1.0]
            ],
            Companions {
                f: &|p| f098(p[0], p[1], &p[2..4], &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f098_grad(
                        p[0],
                        p[1],
                        &p[2..4],
                        &p[4..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f098_vjp(p[0], p[1], &p[2..4], &p[4..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f098_graph(p[0], p[1], &p[2..4], &p[4..7]),
                names: &["x1", "x0", "ys", "xs"],
                jvp: &|p, t| f098_jvp(
                    p[0],
                    p[1],
                    &p[2..4],
                    &p[4..7],
                    t[0],
                    t[1],
                    &t[2..4],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f098_hvp(
                            p[0],
                            p[1],
                            &p[2..4],
                            &p[4..7],
                            v[0],
                            v[1],
                            &v[2..4],
                            &v[4..7],
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
            &points![
                [-0.54, -0.55, -0.62, 0.24, -1.33], [-1.37, -0.26, -0.52, 0.57, -0.47]
            ],
            Companions {
                f: &|p| f099(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f099_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f099_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f099_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f099_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f099_hvp(
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
    fn f100_gradient() {
        check(
            &points![
                [-0.49, 0.77, -1.25, 0.85, 0.96, 0.7, -0.73, -0.43, -1.13, -0.41],
                [0.82, -0.91, 1.19, -0.72, -0.87, 0.93, -0.48, 1.22, -0.62, -0.62]
            ],
            Companions {
                f: &|p| f100(p[0], p[1], p[2], &p[3..7], &p[7..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f100_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                        &p[7..10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f100_vjp(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                        &p[7..10],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f100_graph(p[0], p[1], p[2], &p[3..7], &p[7..10]),
                names: &["x0", "x2", "x1", "ys", "xs"],
                jvp: &|p, t| f100_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &p[3..7],
                    &p[7..10],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                    &t[7..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f100_hvp(
                            p[0],
                            p[1],
                            p[2],
                            &p[3..7],
                            &p[7..10],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                            &v[7..10],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f101_gradient() {
        check(
            &points![
                [-1.27, -1.04, -0.82, 1.18, -1.36, 0.81, 1.24], [-0.71, 0.36, 0.67,
                1.25, -0.28, -0.89, 0.4]
            ],
            Companions {
                f: &|p| f101(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f101_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f101_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f101_graph(p[0], p[1], &p[2..7]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f101_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f101_hvp(
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
    fn f102_gradient() {
        check(
            &points![
                [1.31, -1.34, 0.51, 1.29, -0.66, -0.56], [-1.22, -1.12, -1.01,
                1.08, -1.08, 0.89]
            ],
            Companions {
                f: &|p| f102(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f102_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f102_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f102_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f102_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f102_hvp(
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
    fn f103_gradient() {
        check(
            &points![[-1.09], [1.25]],
            Companions {
                f: &|p| f103(p[0], 2),
                grad: &|p| {
                    let (value, g0) = f103_grad(p[0], 2);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f103_vjp(p[0], 2);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f103_graph(p[0], 2),
                names: &["x0"],
                jvp: &|p, t| f103_jvp(p[0], 2, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f103_hvp(p[0], 2, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f104_gradient() {
        check(
            &points![
                [0.81, 0.54, 0.78, 1.31, -1.13, 0.24], [0.45, -0.93, 1.06, 0.66, 1.34,
                0.54]
            ],
            Companions {
                f: &|p| f104(&p[0..5], 2, p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f104_grad(&p[0..5], 2, p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f104_vjp(&p[0..5], 2, p[5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f104_graph(&p[0..5], 2, p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f104_jvp(&p[0..5], 2, p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f104_hvp(
                            &p[0..5],
                            2,
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
    fn f105_gradient() {
        check(
            &points![
                [0.75, 0.83, 1.08, -0.84, 0.71, 0.64], [-1.03, -0.94, -0.46, 0.41, -0.34, 0.28]
            ],
            Companions {
                f: &|p| f105(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f105_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f105_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f105_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f105_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f105_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &v[0..4],
                            v[4],
                            v[5],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f106_gradient() {
        check(
            &points![[-0.62], [-0.91]],
            Companions {
                f: &|p| f106(p[0], 4),
                grad: &|p| {
                    let (value, g0) = f106_grad(p[0], 4);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f106_vjp(p[0], 4);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f106_graph(p[0], 4),
                names: &["x0"],
                jvp: &|p, t| f106_jvp(p[0], 4, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f106_hvp(p[0], 4, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f107_gradient() {
        check(
            &points![
                [-1.04, 1.33, 0.39, 1.12, -1.03], [-0.49, -0.88, 0.67, -0.2, -0.37]
            ],
            Companions {
                f: &|p| f107(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f107_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f107_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f107_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f107_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f107_hvp(
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
    fn f108_gradient() {
        check(
            &points![
                [0.73, -0.54, -1.1, 0.26, 0.5, -0.39, 0.34, 0.35, 0.52], [-1.32, -1.24, -0.72, -0.74, -0.79, -1.33, 1.13, 0.58, -0.3]
            ],
            Companions {
                f: &|p| f108(&p[0..4], &p[4..8], 4, p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f108_grad(&p[0..4], &p[4..8], 4, p[8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f108_vjp(&p[0..4], &p[4..8], 4, p[8]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f108_graph(&p[0..4], &p[4..8], 4, p[8]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f108_jvp(
                    &p[0..4],
                    &p[4..8],
                    4,
                    p[8],
                    &t[0..4],
                    &t[4..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f108_hvp(
                            &p[0..4],
                            &p[4..8],
                            4,
                            p[8],
                            &v[0..4],
                            &v[4..8],
                            v[8],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f109_gradient() {
        check(
            &points![[-1.27, 0.58, -0.49], [-1.4, -0.53, -0.93]],
            Companions {
                f: &|p| f109(p[0], p[1], 2, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f109_grad(p[0], p[1], 2, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f109_vjp(p[0], p[1], 2, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f109_graph(p[0], p[1], 2, p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f109_jvp(p[0], p[1], 2, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f109_hvp(
                            p[0],
                            p[1],
                            2,
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
    fn g000_gradient() {
        check(
            &points![
                [0.99, -0.94, -1.34, -0.49, -0.22, -1.15, -0.35, 1.18, -0.36, -0.91, -0.68, -1.4, -0.46], [-0.56, -0.76, -0.84, -0.82, 1.36, -0.29, 1.16, -1.1, -0.69, 1.35, -0.71, 1.36, 0.59]
            ],
            Companions {
                f: &|p| g000(&arr1(&p[0..4]), p[4], &arr2(&p[5..13], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g000_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g000_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g000_graph(&arr1(&p[0..4]), p[4], &arr2(&p[5..13], 2, 4)),
                names: &["u", "x0", "a"],
                jvp: &|p, t| g000_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..13], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g000_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..13], 2, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..13], 2, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g001_gradient() {
        check(
            &points![
                [-0.63, 0.8, 0.3, 0.99, 1.34, 0.3, -1.03, -1.37, 1.27, 0.39, 0.36,
                1.2, -0.97, -1.2, -1.24], [-1.35, -1.07, -1.02, 0.47, 0.64, -0.3,
                -0.75, -0.71, -0.51, 0.25, -1.35, 0.42, 0.31, 0.21, -1.3]
            ],
            Companions {
                f: &|p| g001(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g001_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..11], 2, 4),
                        &arr1(&p[11..15]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g001_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..11], 2, 4),
                        &arr1(&p[11..15]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g001_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                ),
                names: &["w", "x0", "a", "u"],
                jvp: &|p, t| g001_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                    &arr1(&t[0..2]),
                    t[2],
                    &arr2(&t[3..11], 2, 4),
                    &arr1(&t[11..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g001_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr2(&p[3..11], 2, 4),
                            &arr1(&p[11..15]),
                            &arr1(&v[0..2]),
                            v[2],
                            &arr2(&v[3..11], 2, 4),
                            &arr1(&v[11..15]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g002_gradient() {
        check(
            &points![
                [1.09, 0.54, -0.88, -0.22, 1.09, 0.36, 1.04, -0.53, 0.3, 1.32, -1.01,
                -1.33, -0.37, -1.38, -0.51, 0.66, 0.32, -0.51, 0.29, -0.47], [0.84,
                -0.68, 0.77, 1.14, -0.61, -0.72, 0.44, -0.98, -1.15, 0.83, -0.66,
                1.24, -1.23, -1.13, 1.25, -0.83, -0.77, 0.49, 0.74, 0.98]
            ],
            Companions {
                f: &|p| g002(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr1(&p[17..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g002_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr1(&p[17..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g002_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr1(&p[17..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g002_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr1(&p[17..20]),
                ),
                names: &["a", "u", "x0", "w"],
                jvp: &|p, t| g002_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr1(&p[17..20]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    t[16],
                    &arr1(&t[17..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g002_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            p[16],
                            &arr1(&p[17..20]),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            v[16],
                            &arr1(&v[17..20]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g003_gradient() {
        check(
            &points![
                [-1.25, -1.4, 0.84, -1.35, 1.15, 0.74, 0.55, -0.37, 0.31, -0.25,
                0.9, 1.16, -1.37, -0.31], [0.31, -0.73, 0.97, 1.11, 1.3, -0.36, 0.68,
                0.53, -1.18, -1.13, -1.35, -0.99, -0.52, -1.32]
            ],
            Companions {
                f: &|p| g003(&arr1(&p[0..4]), p[4], &arr2(&p[5..13], 2, 4), p[13]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g003_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        p[13],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g003_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        p[13],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g003_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    p[13],
                ),
                names: &["u", "x0", "a", "x1"],
                jvp: &|p, t| g003_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    p[13],
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..13], 2, 4),
                    t[13],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g003_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..13], 2, 4),
                            p[13],
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..13], 2, 4),
                            v[13],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g004_gradient() {
        check(
            &points![
                [-0.24, 0.65, -0.89, 1.01, 0.58, 0.83, 0.51, 0.59, -0.44, 1.04, 0.59,
                1.17], [-0.33, 1.24, 1.14, 0.21, -0.77, 1.18, 1.21, 0.86, 0.7, -0.91,
                -0.53, 0.67]
            ],
            Companions {
                f: &|p| g004(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g004_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..11], 3, 1),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g004_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..11], 3, 1),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g004_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                ),
                names: &["a", "u", "c", "x0"],
                jvp: &|p, t| g004_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    &arr2(&t[8..11], 3, 1),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g004_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            &arr2(&p[8..11], 3, 1),
                            p[11],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                            &arr2(&v[8..11], 3, 1),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g005_gradient() {
        check(
            &points![
                [-1.0, 1.27, -1.1, -0.21, 1.17, -0.61, -1.37, -0.23, 0.89, 0.58, -0.7, -0.74, -0.55, -1.39, 1.27, 0.69, 0.55], [0.91, -0.29, -0.33,
                0.45, 0.42, -0.28, -0.77, 1.17, -1.34, -0.51, -0.9, -0.41, -0.92,
                1.14, 1.32, 1.11, 0.4]
            ],
            Companions {
                f: &|p| g005(&arr1(&p[0..4]), p[4], &arr2(&p[5..17], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g005_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g005_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g005_graph(&arr1(&p[0..4]), p[4], &arr2(&p[5..17], 3, 4)),
                names: &["u", "x0", "a"],
                jvp: &|p, t| g005_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g005_hvp(
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
    fn g006_gradient() {
        check(
            &points![
                [1.29, -1.19, 0.31, 0.61, 1.39, -1.34, -0.89, 0.35, -0.44, -0.74,
                1.33, -0.27, -1.08, -1.28, -0.4], [0.66, -0.27, -1.19, -0.39,
                1.08, 0.84, -0.23, -0.38, 0.63, 0.31, -1.14, 1.03, 1.34, 0.44, -1.18]
            ],
            Companions {
                f: &|p| g006(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g006_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..11], 3, 1),
                        p[11],
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g006_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..11], 3, 1),
                        p[11],
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g006_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                    &arr1(&p[12..15]),
                ),
                names: &["u", "a", "c", "x0", "w"],
                jvp: &|p, t| g006_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..11], 3, 1),
                    p[11],
                    &arr1(&p[12..15]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr2(&t[8..11], 3, 1),
                    t[11],
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g006_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr2(&p[8..11], 3, 1),
                            p[11],
                            &arr1(&p[12..15]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr2(&v[8..11], 3, 1),
                            v[11],
                            &arr1(&v[12..15]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g007_gradient() {
        check(
            &points![
                [1.28, -1.36, 1.17, 1.39, -0.65, -1.02, 0.96, -0.39, 1.34, -0.79],
                [0.9, 1.17, -0.53, -0.51, 1.09, -0.23, -1.17, -0.39, 1.28, -0.25]
            ],
            Companions {
                f: &|p| g007(p[0], &arr2(&p[1..7], 2, 3), &arr1(&p[7..10])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g007_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..10]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g007_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..10]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g007_graph(p[0], &arr2(&p[1..7], 2, 3), &arr1(&p[7..10])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g007_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..10]),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    &arr1(&t[7..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g007_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            &arr1(&p[7..10]),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            &arr1(&v[7..10]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g008_gradient() {
        check(
            &points![
                [1.3, 1.32, -1.3, 1.05, 0.39, -0.7, 0.92, 0.23, 0.56, -0.49, -0.97,
                1.02, 0.63, -0.64, 0.67, -0.36, -0.61], [0.78, -0.93, 0.97, -0.9, -0.4, -1.39, 0.96, 0.78, -0.2, -0.3, -0.32, -0.95, -0.69, -1.36, -1.06, -0.37, 0.51]
            ],
            Companions {
                f: &|p| g008(p[0], &arr1(&p[1..5]), &arr2(&p[5..17], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g008_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g008_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g008_graph(p[0], &arr1(&p[1..5]), &arr2(&p[5..17], 3, 4)),
                names: &["x0", "u", "a"],
                jvp: &|p, t| g008_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..17], 3, 4),
                    t[0],
                    &arr1(&t[1..5]),
                    &arr2(&t[5..17], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g008_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            &arr2(&p[5..17], 3, 4),
                            v[0],
                            &arr1(&v[1..5]),
                            &arr2(&v[5..17], 3, 4),
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
                [-0.55, -0.45, 1.16, -1.07, 0.36, -1.01, -0.5, -1.32, -1.05, -0.94, -1.14, 1.07, -0.7, -1.03], [-1.17, -1.35, -0.5, 0.57, -0.28,
                1.15, 1.4, -0.81, -0.94, -0.23, 0.37, -0.24, 0.8, -0.94]
            ],
            Companions {
                f: &|p| g009(&arr2(&p[0..8], 2, 4), &arr1(&p[8..12]), p[12], p[13]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g009_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        p[12],
                        p[13],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g009_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        p[12],
                        p[13],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g009_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    p[12],
                    p[13],
                ),
                names: &["a", "u", "x0", "x1"],
                jvp: &|p, t| g009_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    p[12],
                    p[13],
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                    t[12],
                    t[13],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g009_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            p[12],
                            p[13],
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
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
    fn g010_gradient() {
        check(
            &points![
                [0.58, 0.59, 0.6, -0.46, -1.06, 0.96, -1.27, -1.39, 0.58, 0.96, -1.07, 0.78, 0.66, -0.55, -0.38, -0.59], [-0.42, 1.04, -1.11, 1.4,
                0.68, -0.83, -1.19, -0.41, -0.9, 0.28, 1.11, 0.62, 1.13, 0.85, 0.87,
                -0.62]
            ],
            Companions {
                f: &|p| g010(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g010_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g010_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g010_graph(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g010_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g010_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g011_gradient() {
        check(
            &points![
                [-0.26, -0.34, 0.61, 0.93, 0.68, 0.6, -1.16, 0.68, -1.27, 1.33],
                [0.57, -0.99, 1.19, 1.18, -0.59, -0.34, 0.4, 1.25, -1.1, -1.22]
            ],
            Companions {
                f: &|p| g011(p[0], &arr1(&p[1..4]), &arr2(&p[4..10], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g011_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g011_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g011_graph(p[0], &arr1(&p[1..4]), &arr2(&p[4..10], 2, 3)),
                names: &["x1", "u", "a"],
                jvp: &|p, t| g011_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..10], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g011_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..10], 2, 3),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..10], 2, 3),
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
                [-1.16, -0.28, 0.21, 1.25, 0.85, -0.55, -1.24, 0.64, -0.88, 0.75,
                0.3], [0.96, -0.62, 0.3, -1.26, 0.34, -0.99, 0.57, -0.63, -0.73,
                1.1, -0.28]
            ],
            Companions {
                f: &|p| g012(&arr2(&p[0..2], 2, 1), &arr2(&p[2..10], 2, 4), p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g012_grad(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..10], 2, 4),
                        p[10],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g012_vjp(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..10], 2, 4),
                        p[10],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g012_graph(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..10], 2, 4),
                    p[10],
                ),
                names: &["c", "a", "x0"],
                jvp: &|p, t| g012_jvp(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..10], 2, 4),
                    p[10],
                    &arr2(&t[0..2], 2, 1),
                    &arr2(&t[2..10], 2, 4),
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g012_hvp(
                            &arr2(&p[0..2], 2, 1),
                            &arr2(&p[2..10], 2, 4),
                            p[10],
                            &arr2(&v[0..2], 2, 1),
                            &arr2(&v[2..10], 2, 4),
                            v[10],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g013_gradient() {
        check(
            &points![
                [-0.95, -0.46, -0.45, -0.61, -1.18, -1.3, 0.22, 1.35], [-1.31, -1.25, 0.65, -0.85, 1.28, -1.34, -0.65, -0.81]
            ],
            Companions {
                f: &|p| g013(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g013_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g013_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g013_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                names: &["a", "u"],
                jvp: &|p, t| g013_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g013_hvp(
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
    #[test]
    fn g014_gradient() {
        check(
            &points![
                [0.37, -1.25, -0.98, 0.95, 0.92, 0.45, -1.19, -1.32, 0.64, 0.28,
                1.23, 1.14, -1.07], [-0.23, -1.04, 0.6, -0.66, -1.17, 0.77, -1.39,
                -1.18, -1.07, -1.01, 1.04, 0.3, -1.08]
            ],
            Companions {
                f: &|p| g014(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4), p[12]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g014_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g014_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g014_graph(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4), p[12]),
                names: &["u", "a", "x0"],
                jvp: &|p, t| g014_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g014_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            p[12],
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                            v[12],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g015_gradient() {
        check(
            &points![
                [-0.74, -0.52, -0.48, -0.68, -1.27, -1.22, -1.36, -0.54, -0.63,
                0.54, 0.84], [-1.31, -0.53, -1.01, 0.98, 0.75, -0.71, -1.1, 0.71, -0.91, -0.93, 0.98]
            ],
            Companions {
                f: &|p| g015(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), &arr1(&p[9..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g015_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g015_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g015_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                ),
                names: &["a", "u", "w"],
                jvp: &|p, t| g015_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    &arr1(&t[9..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g015_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..9]),
                            &arr1(&p[9..11]),
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..9]),
                            &arr1(&v[9..11]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g016_gradient() {
        check(
            &points![
                [-0.4, 1.28, -1.21, 1.18, -1.37, 0.92, -0.59, -0.92, -0.29, 1.3,
                0.33, 0.23, 1.09, -0.79, -1.26, 0.91, 1.32, 0.7], [-0.87, -0.65,
                0.91, 0.23, -1.35, 0.23, 0.47, 0.2, 0.53, 0.37, 1.04, 1.28, -0.44,
                0.79, 0.26, -0.2, 0.23, -0.96]
            ],
            Companions {
                f: &|p| g016(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                    &arr2(&p[16..18], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g016_grad(
                        &arr2(&p[0..4], 1, 4),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..16], 2, 4),
                        &arr2(&p[16..18], 2, 1),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g016_vjp(
                        &arr2(&p[0..4], 1, 4),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..16], 2, 4),
                        &arr2(&p[16..18], 2, 1),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g016_graph(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                    &arr2(&p[16..18], 2, 1),
                ),
                names: &["d", "u", "a", "c"],
                jvp: &|p, t| g016_jvp(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                    &arr2(&p[16..18], 2, 1),
                    &arr2(&t[0..4], 1, 4),
                    &arr1(&t[4..8]),
                    &arr2(&t[8..16], 2, 4),
                    &arr2(&t[16..18], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g016_hvp(
                            &arr2(&p[0..4], 1, 4),
                            &arr1(&p[4..8]),
                            &arr2(&p[8..16], 2, 4),
                            &arr2(&p[16..18], 2, 1),
                            &arr2(&v[0..4], 1, 4),
                            &arr1(&v[4..8]),
                            &arr2(&v[8..16], 2, 4),
                            &arr2(&v[16..18], 2, 1),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g017_gradient() {
        check(
            &points![
                [-1.32, 0.92, -0.28, -0.56, 1.02, 0.47, -0.54, -0.55, 0.82, 0.9, -0.96, 1.26, -0.46, 1.01, -1.17, 1.26, -0.31, 0.78, 1.1], [-0.91, -1.14, -0.44, 0.81, 0.35, 1.13, -0.57, -0.8, 1.37, 0.8, -1.33, 0.8,
                0.7, 0.77, 1.27, 0.93, -0.48, -1.08, 0.88]
            ],
            Companions {
                f: &|p| g017(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 3, 2),
                    p[10],
                    &arr2(&p[11..17], 3, 2),
                    &arr1(&p[17..19]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g017_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 3, 2),
                        p[10],
                        &arr2(&p[11..17], 3, 2),
                        &arr1(&p[17..19]),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g017_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 3, 2),
                        p[10],
                        &arr2(&p[11..17], 3, 2),
                        &arr1(&p[17..19]),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g017_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 3, 2),
                    p[10],
                    &arr2(&p[11..17], 3, 2),
                    &arr1(&p[17..19]),
                ),
                names: &["x1", "w", "b", "x0", "a", "u"],
                jvp: &|p, t| g017_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 3, 2),
                    p[10],
                    &arr2(&p[11..17], 3, 2),
                    &arr1(&p[17..19]),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..10], 3, 2),
                    t[10],
                    &arr2(&t[11..17], 3, 2),
                    &arr1(&t[17..19]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g017_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..10], 3, 2),
                            p[10],
                            &arr2(&p[11..17], 3, 2),
                            &arr1(&p[17..19]),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..10], 3, 2),
                            v[10],
                            &arr2(&v[11..17], 3, 2),
                            &arr1(&v[17..19]),
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
    fn g018_gradient() {
        check(
            &points![
                [0.3, -1.19, 0.46, -1.36, 0.88, 0.23, -0.4, -0.86, 0.41], [0.42, -0.36, 0.94, 1.23, 0.85, 1.21, -0.57, 0.58, 1.25]
            ],
            Companions {
                f: &|p| g018(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g018_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g018_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g018_graph(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3)),
                names: &["u", "a"],
                jvp: &|p, t| g018_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g018_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 2, 3),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 2, 3),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g019_gradient() {
        check(
            &points![
                [-0.57, -1.16, 1.38, -0.27, -0.92, 1.39, 1.25, -1.29, 0.77, -1.18,
                0.34, -1.12, -0.72, 0.62, 0.41, 1.09, -0.45, 0.26, -1.11, -1.09,
                1.21, -0.9, -0.8, 0.93, 0.47, -0.48, -0.85, -1.34, 0.47, -1.11,
                1.22, -1.15], [-0.98, -0.84, 1.28, 0.21, 0.26, -0.51, -0.37, -0.28,
                0.58, -0.37, -0.41, -0.94, 0.57, 0.87, -1.14, 0.4, -1.27, -0.85,
                0.64, 0.32, -0.72, 0.49, 0.24, -1.25, 0.51, -0.75, 0.75, -1.28, -0.76, 0.33, -1.2, -0.64]
            ],
            Companions {
                f: &|p| g019(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                    &arr2(&p[28..32], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g019_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr1(&p[24..28]),
                        &arr2(&p[28..32], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g019_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr1(&p[24..28]),
                        &arr2(&p[28..32], 1, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g019_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                    &arr2(&p[28..32], 1, 4),
                ),
                names: &["b", "a", "u", "d"],
                jvp: &|p, t| g019_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                    &arr2(&p[28..32], 1, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    &arr1(&t[24..28]),
                    &arr2(&t[28..32], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g019_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr1(&p[24..28]),
                            &arr2(&p[28..32], 1, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            &arr1(&v[24..28]),
                            &arr2(&v[28..32], 1, 4),
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
                [-1.11, 1.3, -0.7, -0.23, -1.16, 0.21, 0.74, 0.8, -1.05, -1.15,
                0.92, -0.58, 1.31, 0.28, -0.29, -0.5, -1.38, 1.33, -1.02, 1.22, -0.49, -0.6, 1.04, -1.07, 0.89, 0.83, 0.22, -1.04, 1.05, 1.1, 1.28, -0.48], [-1.0, 0.56, 0.4, 0.7, 1.07, -0.81, 1.18, 1.13, 0.69, -0.75,
                0.91, 1.22, 0.41, 0.95, -0.96, 0.38, -1.36, -1.03, 0.85, -0.93, 0.26,
                -1.01, 1.26, 0.42, -0.51, -0.78, 1.21, -1.3, 0.57, -0.38, -0.25, -1.24]
            ],
            Companions {
                f: &|p| g020(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&p[29..32]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g020_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr2(&p[17..29], 3, 4),
                        &arr1(&p[29..32]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g020_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr2(&p[17..29], 3, 4),
                        &arr1(&p[29..32]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g020_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&p[29..32]),
                ),
                names: &["b", "u", "x1", "a", "w"],
                jvp: &|p, t| g020_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&p[29..32]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    t[16],
                    &arr2(&t[17..29], 3, 4),
                    &arr1(&t[29..32]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g020_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            p[16],
                            &arr2(&p[17..29], 3, 4),
                            &arr1(&p[29..32]),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            v[16],
                            &arr2(&v[17..29], 3, 4),
                            &arr1(&v[29..32]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g021_gradient() {
        check(
            &points![
                [-0.37, -0.21, 1.11, -0.84, 0.38, -0.2, -0.71, 0.65, 0.59, 1.33, -1.04, 0.43, -1.34, 1.34, -0.96], [-1.31, -0.89, 0.31, 0.62, -0.82, -1.0, 0.28, -0.8, -0.94, 0.55, -0.2, -0.44, 0.31, 0.27, 0.91]
            ],
            Companions {
                f: &|p| g021(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..11]),
                    p[11],
                    &arr2(&p[12..15], 1, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g021_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr1(&p[9..11]),
                        p[11],
                        &arr2(&p[12..15], 1, 3),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g021_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr1(&p[9..11]),
                        p[11],
                        &arr2(&p[12..15], 1, 3),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g021_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..11]),
                    p[11],
                    &arr2(&p[12..15], 1, 3),
                ),
                names: &["u", "a", "w", "x0", "d"],
                jvp: &|p, t| g021_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..11]),
                    p[11],
                    &arr2(&p[12..15], 1, 3),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                    &arr1(&t[9..11]),
                    t[11],
                    &arr2(&t[12..15], 1, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g021_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 2, 3),
                            &arr1(&p[9..11]),
                            p[11],
                            &arr2(&p[12..15], 1, 3),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 2, 3),
                            &arr1(&v[9..11]),
                            v[11],
                            &arr2(&v[12..15], 1, 3),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g022_gradient() {
        check(
            &points![
                [0.24, -0.41, -0.66, 1.04, -1.04, 1.13, 0.24, -0.82, -1.16, -0.25],
                [-0.31, -0.22, 0.85, 1.37, 0.43, -1.28, -1.12, 0.69, 0.26, -0.79]
            ],
            Companions {
                f: &|p| g022(&arr1(&p[0..2]), p[2], p[3], &arr2(&p[4..10], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g022_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        p[3],
                        &arr2(&p[4..10], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g022_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        p[3],
                        &arr2(&p[4..10], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g022_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    p[3],
                    &arr2(&p[4..10], 3, 2),
                ),
                names: &["u", "x0", "x1", "a"],
                jvp: &|p, t| g022_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    p[3],
                    &arr2(&p[4..10], 3, 2),
                    &arr1(&t[0..2]),
                    t[2],
                    t[3],
                    &arr2(&t[4..10], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g022_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            p[3],
                            &arr2(&p[4..10], 3, 2),
                            &arr1(&v[0..2]),
                            v[2],
                            v[3],
                            &arr2(&v[4..10], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g023_gradient() {
        check(
            &points![
                [0.73, 1.27, -1.3, 0.59, -1.21, -0.75, 0.55, 0.73, 0.91, -0.31, -1.25, 0.63], [-0.52, 0.94, -1.04, 0.56, 1.39, 0.74, 0.66, -1.35, 0.98,
                -1.18, 0.56, -1.28]
            ],
            Companions {
                f: &|p| g023(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g023_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g023_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g023_graph(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g023_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g023_hvp(
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
    fn g024_gradient() {
        check(
            &points![
                [0.34, -1.13, 1.11, 0.59, -0.58, -0.21, 0.81, -0.71, -0.37, -1.08,
                0.72, -0.95, 1.06, -0.67, 0.5, 1.13], [1.17, -0.25, 0.3, 0.72, -1.14,
                -0.37, -1.37, 0.4, 0.36, 1.25, 0.22, 1.0, -0.38, 1.32, -1.08, -1.33]
            ],
            Companions {
                f: &|p| g024(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g024_grad(
                        &arr2(&p[0..4], 1, 4),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..16], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g024_vjp(
                        &arr2(&p[0..4], 1, 4),
                        &arr1(&p[4..8]),
                        &arr2(&p[8..16], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g024_graph(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                ),
                names: &["d", "u", "a"],
                jvp: &|p, t| g024_jvp(
                    &arr2(&p[0..4], 1, 4),
                    &arr1(&p[4..8]),
                    &arr2(&p[8..16], 2, 4),
                    &arr2(&t[0..4], 1, 4),
                    &arr1(&t[4..8]),
                    &arr2(&t[8..16], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g024_hvp(
                            &arr2(&p[0..4], 1, 4),
                            &arr1(&p[4..8]),
                            &arr2(&p[8..16], 2, 4),
                            &arr2(&v[0..4], 1, 4),
                            &arr1(&v[4..8]),
                            &arr2(&v[8..16], 2, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g025_gradient() {
        check(
            &points![
                [1.04, -0.96, -0.62, -0.43, 0.73, 1.35, 0.4, 0.87, -1.02, 1.25],
                [0.86, -1.39, -1.01, -0.8, 1.07, -1.13, -0.24, -0.93, 1.23, -0.22]
            ],
            Companions {
                f: &|p| g025(&arr1(&p[0..2]), &arr2(&p[2..10], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g025_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g025_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g025_graph(&arr1(&p[0..2]), &arr2(&p[2..10], 2, 4)),
                names: &["w", "a"],
                jvp: &|p, t| g025_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..10], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g025_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..10], 2, 4),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..10], 2, 4),
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
                [0.7, 1.0, 0.83, 0.75, -1.39, -0.41, 1.33, 0.36, 0.55, -0.52, 0.98,
                1.24, 0.77, 0.88, 0.53, 0.62, -0.84, -0.34, -0.66, -1.01], [0.56, -0.37, -0.81, -0.28, 0.78, 0.97, 0.95, 1.01, -1.25, 0.43, 0.83, -0.92,
                -0.97, 0.37, 1.21, 1.12, -0.89, -0.88, -0.24, 1.19]
            ],
            Companions {
                f: &|p| g026(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g026_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g026_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g026_graph(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                ),
                names: &["x0", "u", "a", "w"],
                jvp: &|p, t| g026_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                    t[0],
                    &arr1(&t[1..5]),
                    &arr2(&t[5..17], 3, 4),
                    &arr1(&t[17..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g026_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            &arr2(&p[5..17], 3, 4),
                            &arr1(&p[17..20]),
                            v[0],
                            &arr1(&v[1..5]),
                            &arr2(&v[5..17], 3, 4),
                            &arr1(&v[17..20]),
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
                [-1.0, 0.47, 1.05, -0.52, 1.32, 1.27, 0.91, -1.11, -0.53, -0.67, -0.31, 0.68, -1.08, -1.18, 0.54, 0.27, 1.33, 1.09, -0.3, 1.17, -0.56],
                [-1.17, -0.25, -1.25, -1.39, -0.5, -1.31, -0.39, -0.38, -0.94,
                1.03, 1.1, 1.11, 0.68, -1.35, -1.16, -1.13, 1.26, -0.84, -0.89, 0.3,
                -0.87]
            ],
            Companions {
                f: &|p| g027(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    p[16],
                    &arr1(&p[17..21]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g027_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        p[16],
                        &arr1(&p[17..21]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g027_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        p[16],
                        &arr1(&p[17..21]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g027_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    p[16],
                    &arr1(&p[17..21]),
                ),
                names: &["b", "a", "x0", "u"],
                jvp: &|p, t| g027_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    p[16],
                    &arr1(&p[17..21]),
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..16], 2, 4),
                    t[16],
                    &arr1(&t[17..21]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g027_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&p[8..16], 2, 4),
                            p[16],
                            &arr1(&p[17..21]),
                            &arr2(&v[0..8], 2, 4),
                            &arr2(&v[8..16], 2, 4),
                            v[16],
                            &arr1(&v[17..21]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g028_gradient() {
        check(
            &points![
                [-0.44, -1.23, 0.81, -0.7, 0.43, -0.25, -1.37, 0.74, 1.37, 0.77,
                0.98, 0.88], [-0.76, -0.61, -0.9, 0.24, 0.31, -0.62, -0.34, -0.38,
                0.8, -1.18, -0.64, 0.67]
            ],
            Companions {
                f: &|p| g028(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g028_grad(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        p[5],
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g028_vjp(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        p[5],
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g028_graph(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                ),
                names: &["u", "w", "x0", "a"],
                jvp: &|p, t| g028_jvp(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&t[0..2]),
                    &arr1(&t[2..5]),
                    t[5],
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g028_hvp(
                            &arr1(&p[0..2]),
                            &arr1(&p[2..5]),
                            p[5],
                            &arr2(&p[6..12], 3, 2),
                            &arr1(&v[0..2]),
                            &arr1(&v[2..5]),
                            v[5],
                            &arr2(&v[6..12], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g029_gradient() {
        check(
            &points![
                [-0.61, -0.51, -0.82, -0.92, -0.5, 1.18, -1.37, -0.63, 0.9, -0.7,
                1.33, 1.21, -0.99, -1.37, 0.6, 1.38, 0.87, 0.26, -0.9, -0.58, -1.02,
                0.84], [1.4, -0.44, -1.34, -1.03, 0.58, -1.25, 1.29, -0.25, 0.68,
                0.51, 1.01, 0.32, -1.32, -0.64, -0.98, -1.15, -1.34, -0.39, -1.39,
                1.17, -0.86, -0.95]
            ],
            Companions {
                f: &|p| g029(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..10], 2, 4),
                    &arr2(&p[10..18], 2, 4),
                    &arr1(&p[18..22]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g029_grad(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..10], 2, 4),
                        &arr2(&p[10..18], 2, 4),
                        &arr1(&p[18..22]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g029_vjp(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..10], 2, 4),
                        &arr2(&p[10..18], 2, 4),
                        &arr1(&p[18..22]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g029_graph(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..10], 2, 4),
                    &arr2(&p[10..18], 2, 4),
                    &arr1(&p[18..22]),
                ),
                names: &["c", "a", "b", "u"],
                jvp: &|p, t| g029_jvp(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..10], 2, 4),
                    &arr2(&p[10..18], 2, 4),
                    &arr1(&p[18..22]),
                    &arr2(&t[0..2], 2, 1),
                    &arr2(&t[2..10], 2, 4),
                    &arr2(&t[10..18], 2, 4),
                    &arr1(&t[18..22]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g029_hvp(
                            &arr2(&p[0..2], 2, 1),
                            &arr2(&p[2..10], 2, 4),
                            &arr2(&p[10..18], 2, 4),
                            &arr1(&p[18..22]),
                            &arr2(&v[0..2], 2, 1),
                            &arr2(&v[2..10], 2, 4),
                            &arr2(&v[10..18], 2, 4),
                            &arr1(&v[18..22]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g030_gradient() {
        check(
            &points![
                [-0.55, 0.58, -0.36, -1.17, -0.94, -1.23, 1.03, -0.72, 0.78, -0.65, -0.5, 0.58, 1.39, -0.45, -0.38], [-0.42, 0.23, -0.49, -1.24,
                -0.44, -0.92, -0.27, -1.29, -0.46, 0.48, -1.17, -0.29, -1.19, -1.23, 1.26]
            ],
            Companions {
                f: &|p| g030(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g030_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g030_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g030_graph(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["x0", "a", "u", "b"],
                jvp: &|p, t| g030_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..9]),
                    &arr2(&t[9..15], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g030_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr1(&p[7..9]),
                            &arr2(&p[9..15], 3, 2),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
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
    fn g031_gradient() {
        check(
            &points![
                [0.38, -0.92, 0.22, -0.69, -0.49, -1.05, 0.29, -0.63, 1.29, 0.33, -0.81, -0.55, 1.11, 1.31, -0.79], [1.08, 1.09, -1.16, -0.86, 0.58,
                1.37, -0.31, 0.61, 1.2, 0.51, 0.51, -0.63, -1.06, 0.48, -0.93]
            ],
            Companions {
                f: &|p| g031(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g031_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g031_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g031_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..15]),
                ),
                names: &["a", "b", "w"],
                jvp: &|p, t| g031_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g031_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..12], 3, 2),
                            &arr1(&p[12..15]),
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..12], 3, 2),
                            &arr1(&v[12..15]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g032_gradient() {
        check(
            &points![
                [-0.93, -1.06, -1.33, -0.66, 1.35, 1.04, -1.36, -0.59, -0.27, 1.1,
                0.33, 1.07, 0.87, -1.1, 1.05, -0.48, -0.69, 0.77, -0.52, 1.34, -0.35, 0.6], [1.03, -0.27, 0.57, 1.2, 0.7, -0.82, -0.81, 0.8, -0.44,
                0.7, 0.61, -0.94, -0.61, -0.72, -0.8, 0.97, -0.35, -0.36, -0.73,
                0.73, 0.64, 0.5]
            ],
            Companions {
                f: &|p| g032(
                    &arr2(&p[0..4], 1, 4),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    p[13],
                    &arr2(&p[14..22], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g032_grad(
                        &arr2(&p[0..4], 1, 4),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        p[13],
                        &arr2(&p[14..22], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g032_vjp(
                        &arr2(&p[0..4], 1, 4),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        p[13],
                        &arr2(&p[14..22], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g032_graph(
                    &arr2(&p[0..4], 1, 4),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    p[13],
                    &arr2(&p[14..22], 2, 4),
                ),
                names: &["d", "x1", "b", "x0", "a"],
                jvp: &|p, t| g032_jvp(
                    &arr2(&p[0..4], 1, 4),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    p[13],
                    &arr2(&p[14..22], 2, 4),
                    &arr2(&t[0..4], 1, 4),
                    t[4],
                    &arr2(&t[5..13], 2, 4),
                    t[13],
                    &arr2(&t[14..22], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g032_hvp(
                            &arr2(&p[0..4], 1, 4),
                            p[4],
                            &arr2(&p[5..13], 2, 4),
                            p[13],
                            &arr2(&p[14..22], 2, 4),
                            &arr2(&v[0..4], 1, 4),
                            v[4],
                            &arr2(&v[5..13], 2, 4),
                            v[13],
                            &arr2(&v[14..22], 2, 4),
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
                [-0.84, -1.3, 1.09, -0.74, 0.21, 0.35, -0.71, 0.8, 0.86, -0.89, -1.25, -0.26, 0.51, 0.64, -0.8, 1.1, -1.03, -1.39, 1.15, -0.47, -1.07], [-1.36, 1.39, 0.92, 0.71, 0.32, -0.23, 0.37, 1.33, 0.67, -0.67,
                0.71, 0.54, -0.9, -0.97, -1.27, -1.21, -0.97, -1.38, 1.16, -1.36,
                1.37]
            ],
            Companions {
                f: &|p| g033(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..12], 1, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g033_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..6], 2, 1),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..12], 1, 4),
                        p[12],
                        &arr2(&p[13..21], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g033_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..6], 2, 1),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..12], 1, 4),
                        p[12],
                        &arr2(&p[13..21], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g033_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..12], 1, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                ),
                names: &["u", "c", "w", "d", "x0", "a"],
                jvp: &|p, t| g033_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..12], 1, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..6], 2, 1),
                    &arr1(&t[6..8]),
                    &arr2(&t[8..12], 1, 4),
                    t[12],
                    &arr2(&t[13..21], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g033_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..6], 2, 1),
                            &arr1(&p[6..8]),
                            &arr2(&p[8..12], 1, 4),
                            p[12],
                            &arr2(&p[13..21], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..6], 2, 1),
                            &arr1(&v[6..8]),
                            &arr2(&v[8..12], 1, 4),
                            v[12],
                            &arr2(&v[13..21], 2, 4),
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
    fn g034_gradient() {
        check(
            &points![
                [1.34, -0.26, -1.06, -0.89, 0.36, -0.56, 0.38, 0.29, 1.33, -0.26,
                0.47, -1.09], [-0.84, 0.99, -0.26, 0.49, 1.09, -0.94, 1.05, -1.09, -0.21, -1.16, 0.45, 0.62]
            ],
            Companions {
                f: &|p| g034(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g034_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..10]),
                        &arr1(&p[10..12]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g034_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..10]),
                        &arr1(&p[10..12]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g034_graph(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                ),
                names: &["x0", "a", "u", "w"],
                jvp: &|p, t| g034_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    &arr1(&t[7..10]),
                    &arr1(&t[10..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g034_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            &arr1(&p[7..10]),
                            &arr1(&p[10..12]),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            &arr1(&v[7..10]),
                            &arr1(&v[10..12]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g035_gradient() {
        check(
            &points![
                [0.79, 0.38, -0.99, 0.45, -0.84, -1.11, 0.38, -0.59, -0.38, -0.88,
                -1.35, -0.99, 0.96, 0.89, 0.38, -1.21, -1.11, -1.11, -1.16, 0.62,
                0.63, 1.13, 0.46, -0.69, -0.72, 0.78, 1.16, 0.38, 0.63], [-0.57, 0.9,
                -1.06, 0.73, -0.74, 0.3, -1.4, 0.42, -0.49, -1.16, -0.92, 0.79, -0.6, -0.42, -1.32, 0.45, -0.87, -1.15, -1.01, -1.25, -1.23, 0.8, -0.24, 1.13, 0.79, -1.33, -0.88, -0.32, 1.14]
            ],
            Companions {
                f: &|p| g035(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g035_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr2(&p[17..29], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g035_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr2(&p[17..29], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g035_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                ),
                names: &["a", "x0", "u", "b"],
                jvp: &|p, t| g035_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                    &arr1(&t[13..17]),
                    &arr2(&t[17..29], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g035_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr1(&p[13..17]),
                            &arr2(&p[17..29], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                            &arr1(&v[13..17]),
                            &arr2(&v[17..29], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g036_gradient() {
        check(
            &points![
                [0.6, 0.56, 0.41, -1.13, 0.35, -0.53, -1.03, 0.27, 1.34, -0.68, -0.96, -1.3, 0.41, -0.55, 0.49, -1.1, -1.28, 0.28], [0.92, -0.6, -1.04, 0.41, -1.39, -1.1, 0.83, 1.27, -0.6, 0.27, 0.87, -0.79, 0.33, -0.3, -0.97, 1.09, -0.33, -0.62]
            ],
            Companions {
                f: &|p| g036(p[0], &arr2(&p[1..13], 3, 4), p[13], &arr1(&p[14..18])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g036_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        p[13],
                        &arr1(&p[14..18]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g036_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        p[13],
                        &arr1(&p[14..18]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g036_graph(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    p[13],
                    &arr1(&p[14..18]),
                ),
                names: &["x0", "a", "x1", "u"],
                jvp: &|p, t| g036_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    p[13],
                    &arr1(&p[14..18]),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    t[13],
                    &arr1(&t[14..18]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g036_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            p[13],
                            &arr1(&p[14..18]),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                            v[13],
                            &arr1(&v[14..18]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g037_gradient() {
        check(
            &points![
                [-1.17, 0.44, -1.01, 0.25, 0.59, 1.16, 0.2, 1.25, -0.84, 1.19, -1.0],
                [-1.28, 0.3, -1.31, -0.42, -0.34, -1.31, 1.14, -0.29, 0.98, -1.33,
                -0.99]
            ],
            Companions {
                f: &|p| g037(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..8], 1, 2),
                    p[8],
                    &arr1(&p[9..11]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g037_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..8], 1, 2),
                        p[8],
                        &arr1(&p[9..11]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g037_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..8], 1, 2),
                        p[8],
                        &arr1(&p[9..11]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g037_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..8], 1, 2),
                    p[8],
                    &arr1(&p[9..11]),
                ),
                names: &["a", "d", "x0", "u"],
                jvp: &|p, t| g037_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..8], 1, 2),
                    p[8],
                    &arr1(&p[9..11]),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..8], 1, 2),
                    t[8],
                    &arr1(&t[9..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g037_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..8], 1, 2),
                            p[8],
                            &arr1(&p[9..11]),
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..8], 1, 2),
                            v[8],
                            &arr1(&v[9..11]),
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
                [0.24, 0.55, 1.34, -0.46, -0.22, -0.46, -0.4, 0.45, -1.36, -1.3, -1.27, 0.96], [0.35, -0.66, -0.69, 0.69, -0.93, 0.51, -0.45, 0.74,
                0.54, 1.19, -0.51, 0.64]
            ],
            Companions {
                f: &|p| g038(&arr1(&p[0..2]), p[2], &arr2(&p[3..11], 2, 4), p[11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g038_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..11], 2, 4),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g038_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..11], 2, 4),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g038_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..11], 2, 4),
                    p[11],
                ),
                names: &["w", "x0", "a", "x1"],
                jvp: &|p, t| g038_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..11], 2, 4),
                    p[11],
                    &arr1(&t[0..2]),
                    t[2],
                    &arr2(&t[3..11], 2, 4),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g038_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr2(&p[3..11], 2, 4),
                            p[11],
                            &arr1(&v[0..2]),
                            v[2],
                            &arr2(&v[3..11], 2, 4),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g039_gradient() {
        check(
            &points![
                [1.14, -0.39, 1.15, 0.4, -0.44, -0.7, -0.47, 0.3, 1.33, 0.87, 0.49, -0.5, -1.32, 0.79, 0.83, 1.14], [-0.82, -0.33, 0.21, -1.01, 0.49, -0.97, 1.15, 0.21, 0.31, -0.23, -1.15, -0.62, 1.16, -1.04, -1.39,
                0.26]
            ],
            Companions {
                f: &|p| g039(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..13]),
                    p[13],
                    &arr1(&p[14..16]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g039_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                        p[13],
                        &arr1(&p[14..16]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g039_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                        p[13],
                        &arr1(&p[14..16]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g039_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..13]),
                    p[13],
                    &arr1(&p[14..16]),
                ),
                names: &["x1", "a", "u", "x0", "w"],
                jvp: &|p, t| g039_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..13]),
                    p[13],
                    &arr1(&p[14..16]),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr1(&t[9..13]),
                    t[13],
                    &arr1(&t[14..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g039_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr1(&p[9..13]),
                            p[13],
                            &arr1(&p[14..16]),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr1(&v[9..13]),
                            v[13],
                            &arr1(&v[14..16]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g040_gradient() {
        check(
            &points![
                [0.49, 1.28, -0.87, -0.66, -0.82, -1.32, 0.7, -0.7, 1.03, -1.14, -0.65, -1.09, 0.55, 1.16, 0.58, 1.23, 1.16, 1.1, 1.35, -0.31], [1.19,
                1.0, -1.36, -1.31, -0.95, 0.31, 0.8, -0.69, 0.73, -1.23, 0.22, -0.28, 0.7, -0.64, 1.04, 0.86, -0.27, 1.33, -0.47, -1.02]
            ],
            Companions {
                f: &|p| g040(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g040_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g040_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g040_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                ),
                names: &["u", "x1", "a", "w"],
                jvp: &|p, t| g040_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                    &arr1(&t[17..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g040_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr1(&p[17..20]),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                            &arr1(&v[17..20]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g041_gradient() {
        check(
            &points![
                [-0.93, -1.39, -0.33, 0.27, -1.05, 0.53, -0.93, 1.23, 1.34, 1.13,
                1.28, 1.39, 1.01, 0.78], [0.78, 1.16, -0.43, 1.19, 0.3, -0.43, -1.13,
                -0.91, -0.59, -1.04, 0.88, -0.53, 0.86, 0.47]
            ],
            Companions {
                f: &|p| g041(&arr2(&p[0..8], 2, 4), &arr1(&p[8..12]), p[12], p[13]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g041_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        p[12],
                        p[13],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g041_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        p[12],
                        p[13],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g041_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    p[12],
                    p[13],
                ),
                names: &["a", "u", "x1", "x0"],
                jvp: &|p, t| g041_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    p[12],
                    p[13],
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                    t[12],
                    t[13],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g041_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            p[12],
                            p[13],
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
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
    fn g042_gradient() {
        check(
            &points![
                [0.29, 1.1, -1.25, -1.27, -0.34, 0.89, -0.38, -1.0, 1.32, -0.43,
                0.94, 0.59, -1.36, 0.98, 0.56], [-1.33, -0.62, 0.97, 0.5, 1.05, -0.76, 0.99, 0.47, 0.47, 1.2, -0.65, -1.02, -0.62, -0.52, 0.55]
            ],
            Companions {
                f: &|p| g042(&arr2(&p[0..12], 3, 4), &arr2(&p[12..15], 3, 1)),
                grad: &|p| {
                    let (value, (g0, g1)) = g042_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..15], 3, 1),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g042_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..15], 3, 1),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g042_graph(&arr2(&p[0..12], 3, 4), &arr2(&p[12..15], 3, 1)),
                names: &["a", "c"],
                jvp: &|p, t| g042_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..15], 3, 1),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..15], 3, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g042_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..15], 3, 1),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..15], 3, 1),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g043_gradient() {
        check(
            &points![
                [1.1, 1.13, 0.81, -0.93, 0.64, -0.54, 0.52, -0.24, -0.22, 0.21, -0.62, 0.6], [0.8, 0.43, 0.49, -0.72, -0.67, -0.46, -1.05, -1.26,
                1.12, -0.68, -0.93, -0.55]
            ],
            Companions {
                f: &|p| g043(&arr2(&p[0..6], 2, 3), &arr2(&p[6..12], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g043_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g043_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g043_graph(&arr2(&p[0..6], 2, 3), &arr2(&p[6..12], 2, 3)),
                names: &["a", "b"],
                jvp: &|p, t| g043_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g043_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr2(&p[6..12], 2, 3),
                            &arr2(&v[0..6], 2, 3),
                            &arr2(&v[6..12], 2, 3),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g044_gradient() {
        check(
            &points![
                [1.0, -0.51, 1.14, -1.36, -0.54, -0.44, -0.69, -0.4, 0.59, 1.24, -1.03, 0.66, 1.1], [0.29, 1.04, 0.33, -0.39, -1.06, -0.68, -0.71, -0.21, 1.35, -1.22, -0.56, 0.66, -1.19]
            ],
            Companions {
                f: &|p| g044(&arr2(&p[0..12], 3, 4), p[12]),
                grad: &|p| {
                    let (value, (g0, g1)) = g044_grad(&arr2(&p[0..12], 3, 4), p[12]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g044_vjp(&arr2(&p[0..12], 3, 4), p[12]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g044_graph(&arr2(&p[0..12], 3, 4), p[12]),
                names: &["a", "x0"],
                jvp: &|p, t| g044_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g044_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g045_gradient() {
        check(
            &points![
                [0.5, -0.97, 0.4, 1.29, -1.12, 1.34, 0.74, -0.85, -0.46, -0.64, -0.58, 0.84, 1.34], [1.14, -0.71, 0.33, -1.08, -0.87, -1.27, 1.28, -0.53, 0.35, -0.42, -1.35, 0.5, -0.57]
            ],
            Companions {
                f: &|p| g045(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g045_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..6], 3, 1),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g045_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..6], 3, 1),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g045_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["x0", "u", "c", "x1", "a"],
                jvp: &|p, t| g045_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..6], 3, 1),
                    t[6],
                    &arr2(&t[7..13], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g045_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..6], 3, 1),
                            p[6],
                            &arr2(&p[7..13], 3, 2),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr2(&v[3..6], 3, 1),
                            v[6],
                            &arr2(&v[7..13], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g046_gradient() {
        check(
            &points![
                [0.86, 0.23, 1.0, 0.5, 0.71, -1.16, -0.88, 0.48, -1.12, -0.58, 0.22,
                0.43, -0.34, 0.97, -0.47], [0.31, -0.67, -0.5, -0.83, 1.37, -1.0,
                0.89, 0.45, 0.76, 0.98, 1.24, -0.44, -0.24, -0.22, -0.91]
            ],
            Companions {
                f: &|p| g046(
                    &arr1(&p[0..4]),
                    &arr1(&p[4..6]),
                    &arr2(&p[6..14], 2, 4),
                    p[14],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g046_grad(
                        &arr1(&p[0..4]),
                        &arr1(&p[4..6]),
                        &arr2(&p[6..14], 2, 4),
                        p[14],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g046_vjp(
                        &arr1(&p[0..4]),
                        &arr1(&p[4..6]),
                        &arr2(&p[6..14], 2, 4),
                        p[14],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g046_graph(
                    &arr1(&p[0..4]),
                    &arr1(&p[4..6]),
                    &arr2(&p[6..14], 2, 4),
                    p[14],
                ),
                names: &["u", "w", "a", "x0"],
                jvp: &|p, t| g046_jvp(
                    &arr1(&p[0..4]),
                    &arr1(&p[4..6]),
                    &arr2(&p[6..14], 2, 4),
                    p[14],
                    &arr1(&t[0..4]),
                    &arr1(&t[4..6]),
                    &arr2(&t[6..14], 2, 4),
                    t[14],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g046_hvp(
                            &arr1(&p[0..4]),
                            &arr1(&p[4..6]),
                            &arr2(&p[6..14], 2, 4),
                            p[14],
                            &arr1(&v[0..4]),
                            &arr1(&v[4..6]),
                            &arr2(&v[6..14], 2, 4),
                            v[14],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g047_gradient() {
        check(
            &points![
                [-1.39, 0.5, -0.95, -0.31, -0.4, 0.99, 0.41, 1.36, 0.77, -1.16, -0.84, -0.46, 1.4], [0.88, 0.23, 0.62, 0.76, -1.39, -1.15, 0.69, -0.67, 1.19, 1.23, 1.07, -1.38, 0.74]
            ],
            Companions {
                f: &|p| g047(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr1(&p[9..12]),
                    p[12],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g047_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                        &arr1(&p[9..12]),
                        p[12],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g047_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                        &arr1(&p[9..12]),
                        p[12],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g047_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr1(&p[9..12]),
                    p[12],
                ),
                names: &["a", "u", "x0", "w", "x1"],
                jvp: &|p, t| g047_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr1(&p[9..12]),
                    p[12],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                    &arr1(&t[9..12]),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g047_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..8]),
                            p[8],
                            &arr1(&p[9..12]),
                            p[12],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..8]),
                            v[8],
                            &arr1(&v[9..12]),
                            v[12],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g048_gradient() {
        check(
            &points![
                [0.76, -1.4, 0.8, 1.22, -1.13, 1.35, 1.37, 1.11, 1.24, 0.2, -0.24, -0.44, 1.2, 0.46, -0.7, -0.87, 0.7], [-0.48, 0.56, -0.75, -0.95, -1.05, 0.41, -0.97, 1.3, 0.45, -1.27, -0.82, 0.22, 1.33, -0.66, 1.04,
                -0.29, -1.35]
            ],
            Companions {
                f: &|p| g048(p[0], &arr1(&p[1..5]), &arr2(&p[5..17], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g048_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g048_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr2(&p[5..17], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g048_graph(p[0], &arr1(&p[1..5]), &arr2(&p[5..17], 3, 4)),
                names: &["x0", "u", "a"],
                jvp: &|p, t| g048_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr2(&p[5..17], 3, 4),
                    t[0],
                    &arr1(&t[1..5]),
                    &arr2(&t[5..17], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g048_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            &arr2(&p[5..17], 3, 4),
                            v[0],
                            &arr1(&v[1..5]),
                            &arr2(&v[5..17], 3, 4),
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
                [-0.9, 0.41, 0.77, 0.68, 0.24, -0.44, 1.4, -0.99, -0.88], [-0.22, -1.3, -0.87, -1.23, -0.77, -0.49, -1.38, 0.32, 1.14]
            ],
            Companions {
                f: &|p| g049(&arr2(&p[0..6], 3, 2), &arr1(&p[6..9])),
                grad: &|p| {
                    let (value, (g0, g1)) = g049_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g049_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g049_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..9])),
                names: &["a", "w"],
                jvp: &|p, t| g049_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g049_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..9]),
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..9]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g050_gradient() {
        check(
            &points![
                [-0.47, -0.71, 0.27, -0.47, 1.28, 0.33, 0.35, 1.34, 1.07, 0.82, 1.31,
                1.05, -1.04, 0.89, 1.3], [0.29, 1.1, -1.08, 0.29, -0.55, -0.98, -0.31, 0.74, 0.42, 0.33, 0.52, -1.03, 1.24, -0.27, 0.79]
            ],
            Companions {
                f: &|p| g050(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr2(&p[7..13], 3, 2),
                    &arr1(&p[13..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g050_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr2(&p[7..13], 3, 2),
                        &arr1(&p[13..15]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g050_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr2(&p[7..13], 3, 2),
                        &arr1(&p[13..15]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g050_graph(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr2(&p[7..13], 3, 2),
                    &arr1(&p[13..15]),
                ),
                names: &["x0", "a", "b", "u"],
                jvp: &|p, t| g050_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr2(&p[7..13], 3, 2),
                    &arr1(&p[13..15]),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr2(&t[7..13], 3, 2),
                    &arr1(&t[13..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g050_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr2(&p[7..13], 3, 2),
                            &arr1(&p[13..15]),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            &arr2(&v[7..13], 3, 2),
                            &arr1(&v[13..15]),
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
                [0.32, -1.14, 1.14, 0.42, -1.13, 1.12, -0.55, 0.29, -0.68, -1.39, -0.96, 0.23, -0.6], [-0.64, 1.03, 0.83, -0.36, 0.5, -0.2, 0.76, -0.51, -1.09, 1.26, -1.16, -0.76, -0.36]
            ],
            Companions {
                f: &|p| g051(&arr2(&p[0..12], 3, 4), p[12]),
                grad: &|p| {
                    let (value, (g0, g1)) = g051_grad(&arr2(&p[0..12], 3, 4), p[12]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g051_vjp(&arr2(&p[0..12], 3, 4), p[12]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g051_graph(&arr2(&p[0..12], 3, 4), p[12]),
                names: &["a", "x0"],
                jvp: &|p, t| g051_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g051_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g052_gradient() {
        check(
            &points![
                [0.65, 0.35, -0.27, 1.12, 0.51, 1.27, -0.64, 0.92, 1.3, 0.54, -0.24, -0.56, 0.42, -0.73, -0.41, -1.0, -0.22, 1.27], [-1.29, -0.72, 1.21,
                -1.38, 1.05, -0.85, 0.43, -0.5, -1.05, -1.25, -1.27, -1.37, 0.9, -0.98, 1.24, 0.88, 0.39, 0.46]
            ],
            Companions {
                f: &|p| g052(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g052_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..6], 2, 1),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                        &arr2(&p[10..18], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g052_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..6], 2, 1),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                        &arr2(&p[10..18], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g052_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                ),
                names: &["u", "c", "x1", "x0", "w", "a"],
                jvp: &|p, t| g052_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..6], 2, 1),
                    t[6],
                    t[7],
                    &arr1(&t[8..10]),
                    &arr2(&t[10..18], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g052_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..6], 2, 1),
                            p[6],
                            p[7],
                            &arr1(&p[8..10]),
                            &arr2(&p[10..18], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..6], 2, 1),
                            v[6],
                            v[7],
                            &arr1(&v[8..10]),
                            &arr2(&v[10..18], 2, 4),
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
    fn g053_gradient() {
        check(
            &points![
                [0.66, -0.66, -0.91, -0.63, -0.42, -0.22, 1.02, 1.25, 1.31, -0.38,
                -0.66, -0.37, -0.99, 1.02, 0.92, -0.8, 0.45, -0.69, -0.97, 0.56, -1.32, 0.26, -1.01, -1.12], [-0.76, 1.33, 0.41, 1.35, 1.36, 0.6, -0.65, 0.37, -1.11, 1.18, -1.11, -1.15, 0.75, -0.34, -0.94, -0.29,
                0.57, 0.31, 0.73, -0.64, -0.85, 0.33, 0.91, -1.27]
            ],
            Companions {
                f: &|p| g053(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g053_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g053_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g053_graph(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                names: &["b", "a"],
                jvp: &|p, t| g053_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g053_hvp(
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
    fn g054_gradient() {
        check(
            &points![
                [0.98, 0.56, -0.77, 0.61, -0.45, -1.13, 1.21, -1.01, 0.21, -0.29, -0.65, -0.82], [-0.53, 0.37, 0.78, 0.78, 0.23, 1.22, 0.24, -0.81, 0.41,
                0.46, 0.73, -1.01]
            ],
            Companions {
                f: &|p| g054(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g054_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g054_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g054_graph(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                names: &["b", "a"],
                jvp: &|p, t| g054_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g054_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..12], 3, 2),
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..12], 3, 2),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g055_gradient() {
        check(
            &points![
                [0.67, 1.38, -1.02, -0.89, -0.76, -0.22, -1.13, 0.88, -0.4, -0.76,
                0.88], [-0.27, 0.81, -0.59, 0.9, -1.27, -0.72, -0.92, 0.85, -1.05,
                -0.46, -1.08]
            ],
            Companions {
                f: &|p| g055(&arr1(&p[0..2]), &arr2(&p[2..8], 2, 3), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g055_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g055_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g055_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                ),
                names: &["w", "a", "u"],
                jvp: &|p, t| g055_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 2, 3),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g055_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 2, 3),
                            &arr1(&p[8..11]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 2, 3),
                            &arr1(&v[8..11]),
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
                [-0.52, 0.4, -1.21, 0.23, -1.18, -0.75, -0.51, 0.92, 0.94, -0.77,
                0.29, -0.58], [1.28, 0.32, -0.21, 1.09, 1.15, -1.31, 0.81, -0.8, 1.3,
                -0.3, 1.0, 1.25]
            ],
            Companions {
                f: &|p| g056(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g056_grad(
                        &arr2(&p[0..3], 1, 3),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g056_vjp(
                        &arr2(&p[0..3], 1, 3),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g056_graph(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                names: &["d", "u", "a"],
                jvp: &|p, t| g056_jvp(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    &arr2(&t[0..3], 1, 3),
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g056_hvp(
                            &arr2(&p[0..3], 1, 3),
                            &arr1(&p[3..6]),
                            &arr2(&p[6..12], 2, 3),
                            &arr2(&v[0..3], 1, 3),
                            &arr1(&v[3..6]),
                            &arr2(&v[6..12], 2, 3),
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
                [0.31, 1.34, 0.81, 0.23, -0.86, -0.78, 0.82, -1.15, 0.37, -0.93, 1.3,
                0.99, -1.14, 0.98, 0.85, 1.12, 1.15, -0.64, -0.43, 1.38, -0.64],
                [0.5, -0.49, 1.2, -1.39, -0.38, -0.93, -1.32, 1.03, -1.21, -0.46,
                0.88, 0.54, 0.95, 1.27, 0.7, -0.31, -0.29, -0.2, 1.26, -0.62, 0.65]
            ],
            Companions {
                f: &|p| g057(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    p[20],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g057_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                        p[20],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g057_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                        p[20],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g057_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    p[20],
                ),
                names: &["a", "x0", "u", "w", "x1"],
                jvp: &|p, t| g057_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    p[20],
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                    &arr1(&t[13..17]),
                    &arr1(&t[17..20]),
                    t[20],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g057_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr1(&p[13..17]),
                            &arr1(&p[17..20]),
                            p[20],
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                            &arr1(&v[13..17]),
                            &arr1(&v[17..20]),
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
                [1.04, -0.54, -1.17, 0.82, 0.49, 1.21, -0.49, 0.92], [-0.38, -0.36,
                -0.53, -0.77, 1.39, 0.79, -1.3, -0.91]
            ],
            Companions {
                f: &|p| g058(p[0], p[1], &arr2(&p[2..8], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g058_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g058_vjp(p[0], p[1], &arr2(&p[2..8], 3, 2));
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g058_graph(p[0], p[1], &arr2(&p[2..8], 3, 2)),
                names: &["x1", "x0", "a"],
                jvp: &|p, t| g058_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    t[0],
                    t[1],
                    &arr2(&t[2..8], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g058_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..8], 3, 2),
                            v[0],
                            v[1],
                            &arr2(&v[2..8], 3, 2),
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
                [-1.31, -0.78, -0.28, 0.75, 0.66, -0.52, 1.19, -0.51, 0.75, 0.9, -0.57, 1.08, -0.21], [-0.55, -1.23, -0.43, 1.35, -0.4, -0.41, 0.42,
                -0.68, -1.23, 0.96, 0.8, 0.32, -0.62]
            ],
            Companions {
                f: &|p| g059(&arr2(&p[0..8], 2, 4), p[8], &arr2(&p[9..13], 1, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g059_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..13], 1, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g059_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..13], 1, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g059_graph(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..13], 1, 4),
                ),
                names: &["a", "x0", "d"],
                jvp: &|p, t| g059_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..13], 1, 4),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr2(&t[9..13], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g059_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            &arr2(&p[9..13], 1, 4),
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            &arr2(&v[9..13], 1, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g060_gradient() {
        check(
            &points![
                [1.1, -1.39, 1.15, -0.33, 0.38, -0.37, 0.95, 0.39, 0.7], [0.26, -1.14, -0.3, -1.27, 1.23, 0.31, -0.85, -0.39, -0.45]
            ],
            Companions {
                f: &|p| g060(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g060_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g060_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g060_graph(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                names: &["a", "x1", "u"],
                jvp: &|p, t| g060_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g060_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr1(&p[7..9]),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            &arr1(&v[7..9]),
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
                [0.21, 0.38, 0.59, 0.57, -0.71, 0.39, -1.11, -0.92, 0.39, -1.25,
                0.59, 0.7, 0.55], [0.45, -1.14, 1.21, 0.83, 1.01, -0.89, -0.84, -0.72, 0.92, 0.89, 0.65, 1.12, 1.33]
            ],
            Companions {
                f: &|p| g061(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..12], 3, 1),
                    p[12],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g061_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..12], 3, 1),
                        p[12],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g061_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..12], 3, 1),
                        p[12],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g061_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..12], 3, 1),
                    p[12],
                ),
                names: &["u", "x1", "a", "c", "x0"],
                jvp: &|p, t| g061_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..12], 3, 1),
                    p[12],
                    &arr1(&t[0..2]),
                    t[2],
                    &arr2(&t[3..9], 3, 2),
                    &arr2(&t[9..12], 3, 1),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g061_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr2(&p[3..9], 3, 2),
                            &arr2(&p[9..12], 3, 1),
                            p[12],
                            &arr1(&v[0..2]),
                            v[2],
                            &arr2(&v[3..9], 3, 2),
                            &arr2(&v[9..12], 3, 1),
                            v[12],
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
                [-0.77, -0.66, -0.81, -1.18, -0.31, 0.65, 0.3, 1.37, 0.77, 0.37, -0.99, 0.49, -1.13], [-0.74, -0.42, -0.8, 0.54, 1.13, -0.62, 0.78,
                0.98, -0.27, -0.91, -0.85, 1.04, 0.32]
            ],
            Companions {
                f: &|p| g062(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..13], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g062_grad(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g062_vjp(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g062_graph(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["x0", "c", "w", "a"],
                jvp: &|p, t| g062_jvp(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..13], 3, 2),
                    t[0],
                    &arr2(&t[1..4], 3, 1),
                    &arr1(&t[4..7]),
                    &arr2(&t[7..13], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g062_hvp(
                            p[0],
                            &arr2(&p[1..4], 3, 1),
                            &arr1(&p[4..7]),
                            &arr2(&p[7..13], 3, 2),
                            v[0],
                            &arr2(&v[1..4], 3, 1),
                            &arr1(&v[4..7]),
                            &arr2(&v[7..13], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g063_gradient() {
        check(
            &points![
                [0.79, 0.22, 0.72, -0.66, 1.4, 0.45, 0.79, 0.55, 1.39, -1.14, 0.21], [-1.31, -0.89, -0.95, 0.67, -1.14, -1.37, -0.25, 1.07, 0.47, 0.34,
                1.04]
            ],
            Companions {
                f: &|p| g063(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g063_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g063_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g063_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["c", "u", "a"],
                jvp: &|p, t| g063_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g063_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr2(&v[0..3], 3, 1),
                            &arr1(&v[3..5]),
                            &arr2(&v[5..11], 3, 2),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g064_gradient() {
        check(
            &points![
                [0.56, 0.89, -0.51, -0.55, -0.48, 0.8, -0.22, 1.14, -0.5, -1.08, -1.34, 0.62, 0.31, 1.26, 0.98, 1.28, 1.37, -0.32, -1.26, -1.22, 0.72, -1.06, -0.44, 0.68, 0.51, 0.55, 0.34, -1.24, -1.28], [-0.61, 1.38, -0.89, 0.86, 0.73, 0.92, 0.34, 0.37, 1.26, -0.5, 0.9, -0.76, -0.66,
                0.66, -1.37, 0.97, -0.31, -1.17, -0.59, 0.35, 0.91, 0.87, -0.47, -1.33, -0.43, 1.39, 1.03, -1.2, 1.24]
            ],
            Companions {
                f: &|p| g064(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                    p[28],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g064_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..28], 1, 4),
                        p[28],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g064_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..28], 1, 4),
                        p[28],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g064_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                    p[28],
                ),
                names: &["a", "b", "d", "x1"],
                jvp: &|p, t| g064_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                    p[28],
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    &arr2(&t[24..28], 1, 4),
                    t[28],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g064_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr2(&p[24..28], 1, 4),
                            p[28],
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            &arr2(&v[24..28], 1, 4),
                            v[28],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g065_gradient() {
        check(
            &points![
                [-1.23, 0.93, -0.33, 0.52, -0.44, 0.5, -1.32, 0.56, 1.0, -0.52,
                1.04, -0.22, 0.69, 0.39, -0.47, -1.33, -0.69, 0.53, -0.22, -1.19],
                [0.81, -0.69, 0.44, 0.8, 0.7, -0.83, 0.4, 1.34, -0.44, 0.26, -0.4, -0.6, -0.93, 0.69, -1.39, -1.13, 1.32, -0.36, -1.17, -0.86]
            ],
            Companions {
                f: &|p| g065(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..15], 3, 1),
                    &arr1(&p[15..19]),
                    p[19],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g065_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..15], 3, 1),
                        &arr1(&p[15..19]),
                        p[19],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g065_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..15], 3, 1),
                        &arr1(&p[15..19]),
                        p[19],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g065_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..15], 3, 1),
                    &arr1(&p[15..19]),
                    p[19],
                ),
                names: &["a", "c", "u", "x1"],
                jvp: &|p, t| g065_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..15], 3, 1),
                    &arr1(&p[15..19]),
                    p[19],
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..15], 3, 1),
                    &arr1(&t[15..19]),
                    t[19],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g065_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..15], 3, 1),
                            &arr1(&p[15..19]),
                            p[19],
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..15], 3, 1),
                            &arr1(&v[15..19]),
                            v[19],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g066_gradient() {
        check(
            &points![
                [0.84, -0.29, -0.89, 0.59, 1.0, -0.66, -0.44, 0.42, -0.35, 0.81,
                1.03, -0.96, 0.42, 0.32, -0.25, 0.32, -0.93, 0.65, 1.13, -1.14], [-0.6, -0.78, -0.37, 0.45, 1.36, 0.74, 0.92, -0.79, 0.35, -1.39, 0.97,
                0.24, -1.12, 1.22, 1.35, 0.96, -0.97, 0.29, -1.02, 0.6]
            ],
            Companions {
                f: &|p| g066(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr2(&p[8..20], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g066_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..8], 1, 4),
                        &arr2(&p[8..20], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g066_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..8], 1, 4),
                        &arr2(&p[8..20], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g066_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr2(&p[8..20], 3, 4),
                ),
                names: &["u", "d", "a"],
                jvp: &|p, t| g066_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr2(&p[8..20], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..8], 1, 4),
                    &arr2(&t[8..20], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g066_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..8], 1, 4),
                            &arr2(&p[8..20], 3, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..8], 1, 4),
                            &arr2(&v[8..20], 3, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g067_gradient() {
        check(
            &points![
                [0.92, -0.58, -1.19, 1.05, 0.27, -0.39, 0.26, -0.68, -1.04, -0.64,
                -0.78, -0.82, 1.2, -0.41, -0.31, 1.2, 0.67, 0.33, 1.33, 0.23, -0.78], [-0.51, 1.01, -1.31, -0.37, -0.84, -1.27, -0.59, 1.0, 0.98,
                -0.45, 1.16, -0.24, 0.46, -0.35, 0.74, -0.5, -1.03, 0.41, -0.26,
                0.22, -0.6]
            ],
            Companions {
                f: &|p| g067(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                    &arr1(&p[15..17]),
                    p[17],
                    &arr2(&p[18..20], 1, 2),
                    p[20],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5, g6)) = g067_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..15], 3, 2),
                        &arr1(&p[15..17]),
                        p[17],
                        &arr2(&p[18..20], 1, 2),
                        p[20],
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g067_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..15], 3, 2),
                        &arr1(&p[15..17]),
                        p[17],
                        &arr2(&p[18..20], 1, 2),
                        p[20],
                    );
                    let (g0, g1, g2, g3, g4, g5, g6) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                graph: &|p| g067_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                    &arr1(&p[15..17]),
                    p[17],
                    &arr2(&p[18..20], 1, 2),
                    p[20],
                ),
                names: &["w", "b", "a", "u", "x1", "d", "x0"],
                jvp: &|p, t| g067_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..15], 3, 2),
                    &arr1(&p[15..17]),
                    p[17],
                    &arr2(&p[18..20], 1, 2),
                    p[20],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 3, 2),
                    &arr2(&t[9..15], 3, 2),
                    &arr1(&t[15..17]),
                    t[17],
                    &arr2(&t[18..20], 1, 2),
                    t[20],
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5, g6),
                            (h0, h1, h2, h3, h4, h5, h6),
                        ) = g067_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 3, 2),
                            &arr2(&p[9..15], 3, 2),
                            &arr1(&p[15..17]),
                            p[17],
                            &arr2(&p[18..20], 1, 2),
                            p[20],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 3, 2),
                            &arr2(&v[9..15], 3, 2),
                            &arr1(&v[15..17]),
                            v[17],
                            &arr2(&v[18..20], 1, 2),
                            v[20],
                        );
                        (
                            value,
                            flat![g0, g1, g2, g3, g4, g5, g6],
                            flat![h0, h1, h2, h3, h4, h5, h6],
                        )
                    },
                ),
            },
        );
    }
    #[test]
    fn g068_gradient() {
        check(
            &points![
                [0.65, 1.17, 1.13, 1.03, 1.34, -1.32, 0.21, -0.82, 0.31], [-1.38, -1.28, -0.68, -0.22, 0.59, 0.77, -0.36, 1.0, -0.53]
            ],
            Companions {
                f: &|p| g068(p[0], &arr2(&p[1..9], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g068_grad(p[0], &arr2(&p[1..9], 2, 4));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g068_vjp(p[0], &arr2(&p[1..9], 2, 4));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g068_graph(p[0], &arr2(&p[1..9], 2, 4)),
                names: &["x1", "a"],
                jvp: &|p, t| g068_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g068_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g069_gradient() {
        check(
            &points![
                [1.07, -1.14, 1.14, -1.24, 1.34, 0.52, 1.22, -0.22, -0.42, 0.92, -0.78, -0.56, -1.05, -0.33, -0.88, 0.87, 1.3, -0.9, -1.09, -0.38],
                [-1.34, 0.33, -0.29, 0.69, 0.2, -1.23, -0.75, -0.93, -0.24, -0.21,
                1.03, 1.33, 1.25, 0.28, 1.17, -1.09, -0.33, 0.72, 0.49, -0.8]
            ],
            Companions {
                f: &|p| g069(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g069_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr1(&p[5..8]),
                        &arr2(&p[8..20], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g069_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        &arr1(&p[5..8]),
                        &arr2(&p[8..20], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g069_graph(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                ),
                names: &["x0", "u", "w", "a"],
                jvp: &|p, t| g069_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                    t[0],
                    &arr1(&t[1..5]),
                    &arr1(&t[5..8]),
                    &arr2(&t[8..20], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g069_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            &arr1(&p[5..8]),
                            &arr2(&p[8..20], 3, 4),
                            v[0],
                            &arr1(&v[1..5]),
                            &arr1(&v[5..8]),
                            &arr2(&v[8..20], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
}
