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
#[grad::differentiate]
fn f000(x0: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for i in 0..4 {
        s1
            += ({
                let r1 = s1;
                r1
            })
                + (match i % 3 {
                    0 => s1,
                    1 => s1,
                    _ => 0.1,
                });
        s1 = s1
            - ({
                let r2 = s1 * x0;
                r2 * x0
            });
        s1
            += f64::cos(
                match i % 3 {
                    0 => 2.0,
                    1 => 1.5,
                    _ => x0,
                },
            );
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = v0[i];
        s1 *= x0.powf(0.5);
    }
    let (t2, t3) = (x0.powf(0.5), s1.min(v0[0]) + 1.5);
    t2 + s1 + v0[1] + t3
}
#[grad::differentiate]
fn f001(xs: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (x0, x1.powi(2));
    let mut s0 = t1;
    for (_, _) in xs.iter().enumerate() {
        s0 *= s0.cos() * -x2;
    }
    let mut s3 = xs[1].min(t1) - xs[2] * x2;
    for i in (0..3).rev() {
        if i >= 2 {
            break;
        }
        s3 = s3 + f64::tanh(x1);
        s0 += x2;
    }
    let mut s4: f64 = 0.5;
    for _ in (0..4).step_by(2) {
        s0 += xs[0];
        s4 /= (1.25 + s3).cos();
    }
    let t3 = 0.75 * s0;
    ({
        let r0 = xs[2].min(x2);
        r0 + s4
    }) + t0 + s0 + s3 + s4 + t3
}
#[grad::differentiate(dual_calls)]
fn f002(x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..3).step_by(2) {
        if i == 2 {
            break;
        }
        for _ in 1..3 {
            s0 *= x0;
            s0 = s0 + x1;
        }
        s0 *= s0.tanh();
    }
    if (x1 + s0).tanh() < s0.max(0.25).cos() {
        if s0 > 0.5 {
            s0 = s0
                - (x0 + s0)
                    .min({
                        let r0 = s0;
                        r0 - x0
                    });
        } else {
            s0 /= if x0 > s0 { x1 } else { x0 };
        }
        s0 *= (x0 + 2.0).powf(x1.min(3.0));
    } else if x0 >= s0 {
        s0 += s0;
    }
    let (t2, t3) = (0.25 * x1, x1 * x1);
    let mut s3: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 4 {
        s3 += if k0 >= 2 { t2.powi(2) } else { h018(x1) };
        k0 += 1;
    }
    let s4: f64 = 0.0;
    let mut k1 = 0;
    loop {
        if k1 >= 4 {
            break;
        }
        if (if f64::cos(x0) <= s0 { t3.sin() } else { 0.25 })
            > ({
                let r1 = match k1 % 2 {
                    0 => t2,
                    _ => t3,
                };
                r1 + x1
            })
        {
            s3 *= x1;
        }
        k1 += 1;
    }
    x0.cos() + s0 + s3 + s4
}
#[grad::differentiate]
fn f003(xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[2].exp() - (1.25 / xs[2]).powi(3);
    let mut s0 = xs[2];
    for (i, &p0) in xs.iter().enumerate() {
        s0 *= p0 + xs[i];
    }
    let (t1, t2) = (t0.min(f64::cos(x0)), x0);
    let t2 = t2 - f64::ln(s0.abs());
    let mut s3: f64 = 1.0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s3 = s3 + x0;
    }
    let mut s6: f64 = 0.0;
    for i in (0..3).step_by(2) {
        if i != 0 {
            s0 *= s6;
            s6 = s6 + 1.25 * t0;
        } else {
            if i != 2 {
                return {
                    let r1 = s3;
                    r1 * t0
                };
            }
            s6 = s6 - xs[i];
        }
        s6 = s6 * (t2 - xs[i] * 0.5);
        s6 -= xs[i].powi(-1) + x0;
    }
    (-t1).powf(xs[1].powi(-2)) + s0 + s3 + s6
}
#[grad::differentiate(dual_calls)]
fn f004(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let t0 = x0;
    let t0 = t0 * (x0 / ys[1]);
    let mut s3: f64 = 1.0;
    if s3.sin() >= x0.powi(-1) {
        s3 += xs[0];
    } else {
        s3 += 2.0 + s3;
        s3 = s3
            + ({
                let r1 = s3.min(t0);
                r1 * -t0
            });
    }
    let mut s4: f64 = 0.0;
    for i in 0..3 {
        s4 += x0;
        if self::h018(t0) * xs[2].min(t0) >= h007(s3.max(s4), s4) {
            return if 0.75 * ys[0] > f64::ln(s3) {
                s4 * t0
            } else {
                s3 * ys[i % ys.len()]
            };
        }
    }
    s3.max(if -t0 <= 1.5 { ys[0] * 0.1 } else { s4 / 0.5 }) + s3 + s4
}
#[grad::differentiate]
fn f005(x1: f64, x0: f64) -> f64 {
    let mut s0 = x0;
    for _ in 1..4 {
        s0 = s0 - x0.exp();
        s0 -= x1;
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x1 + 1.5;
    }
    x0 + s0 + v0[2]
}
#[grad::differentiate]
fn f006(x0: f64, xs: &[f64]) -> f64 {
    let t0 = xs[2] + xs[2].powi(3);
    let t3 = (0.5 + x0).max(x0).sqrt();
    xs[0] + x0.sin().powi(2) + t0 + t3
}
#[grad::differentiate(dual_calls)]
fn f007(n: usize, x1: f64, x0: f64) -> f64 {
    let mut s1: f64 = 0.0;
    for i in 1..4 {
        if i == 1 {
            continue;
        }
        s1 += 0.5 + s1;
    }
    let t1 = -(match n % 3 {
        0 => s1.powf(2.5),
        1 => h001(x0),
        _ => x0 - s1,
    });
    h023((if x1 < 1.25 { x1 } else { s1 }).tanh(), -(-x1)) + s1 + t1
}
#[grad::differentiate]
fn f008(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    for p0 in xs {
        s0 += if xs[1] / x0 <= 3.0 { *p0 } else { s0 };
        s0 += xs[1];
    }
    let t0 = xs[3] / xs[3];
    s0.sin().max(xs[3].powi(-2)).sqrt() + x1 + s0 + t0
}
#[grad::differentiate]
fn f009(x2: f64, n: usize, x1: f64, x0: f64) -> f64 {
    let mut s1: f64 = 0.5;
    if (match n % 2 {
        0 => 2.0,
        _ => x2,
    }) + x1.exp() <= (s1 - 0.25).powi(-1)
    {
        s1 = (match n % 2 {
            0 => x0,
            _ => s1,
        })
            .exp();
        if x2 >= 0.1 {
            s1
                += {
                    let r1 = {
                        let r0 = x1;
                        r0 / x2
                    };
                    r1 + -x1
                };
            s1
                += 0.5
                    + (match n % 2 {
                        0 => x2,
                        _ => x0,
                    });
        }
        s1 -= if n != 0 { x0.sin() } else { if x1 <= 1.5 { x1 } else { 2.0 } };
    } else if x0 <= 1.25 {
        s1 /= if x1 > s1.powf(-0.5) { s1 } else { 0.5 };
    }
    if f64::tanh(x2 * x2) < 3.0 {
        return f64::sin(s1).sqrt();
    }
    x1 + (s1 + x1 + (n as f64)) + s1
}
#[grad::differentiate]
fn f010(x0: f64) -> f64 {
    let t0 = x0.tanh();
    let mut s2 = x0;
    let mut k1 = 0;
    loop {
        if k1 >= 4 {
            break;
        }
        s2 = s2 * t0;
        k1 += 1;
    }
    let t0 = t0 * (0.1 * x0);
    let t0 = t0 * (s2 + 0.1);
    (if k1 < 3 { t0.sin() } else { 2.0 * (t0 * 0.25) }) + s2
}
#[grad::differentiate(dual_calls)]
fn f011(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s0 = xs[3];
    for i in 0..3 {
        if i >= 2 {
            break;
        }
        s0 *= h007(s0, x1);
    }
    let mut s2 = xs[3].exp().sqrt();
    for (&p1, &q0) in xs.iter().zip(xs.iter()) {
        if p1.powi(-2) >= h012(p1, xs[2] * p1) {
            return self::h023(q0, -xs[1]);
        }
        s2 += x0.tanh() * h007(x0, p1);
    }
    s2 = s2 - (s2 + xs[3]) / xs[3];
    s2 += s2;
    let mut s3 = (x1 + xs[1]) * (0.1 + x1);
    for (&p2, &q1) in xs.iter().zip(xs.iter()) {
        s0
            /= {
                let r2 = xs[3] + p2;
                r2 + h018(xs[3])
            };
        if q1.powi(-2) > 1.5 {
            s0 /= f64::abs(xs[2]);
        } else {
            s0 += xs[3].exp();
        }
        if x1.abs().powi(-2) < 0.75 {
            s0 += s3.cos();
            s3 /= h028(xs[1], xs).ln();
        } else {
            s2 = s2 + (s2 - x1.sin());
        }
    }
    (xs[3] * xs[3]).ln() * (s3 * x0 - xs[0]) + s0 + s2 + s3
}
#[grad::differentiate]
fn f012(x2: f64, x1: f64, x0: f64, n: usize) -> f64 {
    let t0 = x1.min(x0) + 1.5;
    let mut s0 = x0 + x0;
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s0 = s0 - (t0.cos() + s0);
        k0 += 1;
    }
    x0 + x2 + (n as f64) * t0 + s0
}
#[grad::differentiate(dual_calls)]
fn f013(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let t0 = x0;
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = self::h000(x1);
        v0[i % 4] *= 0.5 - 2.0 * t0;
    }
    let mut s0: f64 = 0.0;
    if ({
        let r0 = h014(xs[1], xs);
        r0 + x1.sin()
    }) > s0
    {
        s0 = x0.min(v0[2] / x1);
        s0 = s0
            + ({
                let r1 = s0;
                r1 + x1
            })
                .max(x0);
    } else {
        s0 += x1 * v0[3];
        s0 /= x1;
    }
    let mut v1 = vec![0.0_f64; 4];
    for i in 0..4 {
        v1[i] = match i % 3 {
            0 => {
                match i % 2 {
                    0 => t0,
                    _ => v0[i],
                }
            }
            1 => {
                match i % 2 {
                    0 => x1,
                    _ => v0[i - 1],
                }
            }
            _ => x0,
        };
    }
    x0 + v0[3] + s0 + v1[3]
}
#[grad::differentiate(dual_calls)]
fn f014(ys: &[f64], xs: &[f64], x0: f64) -> f64 {
    let mut s1 = x0 + xs[1];
    if -s1 <= 1.25 {
        s1 = s1.ln();
        for i in (0..xs.len()).step_by(2) {
            if i >= 1 {
                break;
            }
            s1 = s1 * ys[i];
        }
        s1 = s1 * ys[1];
    } else if ys[2] < 0.5 {
        s1 *= x0;
    } else {
        s1 *= ys[0].tanh().max(0.75 + xs[0]);
    }
    let t1: f64 = ys[2];
    let t1 = t1 * -(s1 + 0.75);
    h011(xs[2], t1, (t1 + xs[2]).sqrt()) + s1
}
#[grad::differentiate]
fn f015(x0: f64, xs: &[f64]) -> f64 {
    let t0 = 2.0
        + ({
            let r0 = x0;
            r0
        });
    let t1 = x0;
    let mut s1 = xs[3] * xs[3];
    if (s1 / xs[1]).sin() <= t1 {
        s1 += f64::sin(t1);
    }
    let mut s2 = t1 + 3.0 + t1;
    for _ in (0..4).rev() {
        s1 /= x0.powi(2);
        s2 += s1;
    }
    let s4: f64 = 0.0;
    for i in 0..2 {
        s1 *= x0;
        s2 += (i as f64) * t1.min(1.5);
    }
    x0 + t0 + s1 + s2 + s4
}
#[grad::differentiate(dual_calls)]
fn f016(x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..4 {
        s0 *= 0.25 * s0 + 1.25;
    }
    let t0 = self::h025(s0, x0.powi(-1));
    f64::abs((s0 - x0).abs()) + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f017(n: usize, x2: f64, x1: f64, xs: &[f64], x0: f64) -> f64 {
    let t0 = x0.min(x1.max(xs[2]).powi(-2));
    let t1 = h008(h022(x1, x0 + x0, xs, xs[0] / x1), t0.min(xs[2]).powi(3));
    let mut s3: f64 = 1.0;
    for i in (0..3).step_by(2) {
        s3 = s3
            * ((match n % 3 {
                0 => 0.25,
                1 => xs[i % xs.len()],
                _ => xs[i % xs.len()],
            }) / 3.0);
    }
    (n as f64) * h009(xs[2], xs[1]) + x2 + t1 + s3
}
#[grad::differentiate]
fn f018(x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = xs[0];
    for _ in xs {
        s0 *= xs[1];
    }
    let mut s1: f64 = 0.5;
    for _ in xs.iter() {
        s1 = s1 + f64::sin(xs[0]);
    }
    let t0 = s0;
    let mut s4: f64 = 1.0;
    for i in 0..4 {
        if i < 3 {
            s0 = x0;
            s4 -= x0;
        } else {
            s0 += xs[i];
            s4 = s4 - -xs[i] * (xs[i] - t0);
        }
        s1 = s1 + (1.25 + t0);
    }
    let mut s5 = (1.25 * s4).powi(2);
    for _ in 0..4 {
        s5 = s5 - s5;
        s4 -= 1.5 * xs[3].sqrt();
    }
    s5 / xs[1] * s4.sin() + xs[2].exp() + s0 + s1 + s4 + s5
}
#[grad::differentiate]
fn f019(n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if (n as f64) * x1.powi(3) > x0 {
        s0 = s0.exp() - x0;
        s0 += x1;
    } else {
        for i in (0..n).step_by(2) {
            if i >= 1 {
                continue;
            }
            s0 -= x1.cos().powi(-1);
            s0 /= s0;
        }
        s0 = s0 * (x1 + s0);
    }
    if n != 0 {
        s0 += x1.ln();
    } else {
        s0 = s0
            - ({
                let r0 = -x1;
                r0 + x0.powi(-2)
            });
    }
    let s1: f64 = 0.0;
    for _ in (1..2).step_by(2) {
        s0 += s1;
        s0 -= x0 * x0 - x0.abs();
        s0 = s0 - x1;
    }
    x1 / x1 * (if n >= 2 { s0 } else { 1.5 }) + s0
}
#[grad::differentiate(dual_calls)]
fn f020(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s1: f64 = 0.0;
    for i in 0..xs.len() {
        s1
            -= match i % 2 {
                0 => x1,
                _ => xs[i],
            };
    }
    if x1 >= s1 {
        return h006(xs[4], x0) - x1;
    }
    x0 + s1
}
#[grad::differentiate(dual_calls)]
fn f021(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = x0;
    }
    let mut s3: f64 = 0.0;
    for (&p1, _) in v0.iter().zip(ys.iter()) {
        s3 += xs[2];
        s3 = s3 + (if xs[2] + xs[1] < p1 / ys[0] { 1.5 + x0 } else { 1.5 });
        s3 = s3 - ys[1].powi(3).exp();
    }
    let t2 = {
        let r5 = f64::sin(v0[1]);
        r5 / v0[2]
    };
    let t4 = s3;
    let s5 = (xs[0] / v0[1]).powi(2);
    let mut k1 = 0;
    while k1 < 2 {
        v0[k1] = t2;
        s3 -= self::h019(v0[k1], s3, t2).abs();
        k1 += 1;
    }
    let mut s6 = {
        let r6 = t2.powf(s5);
        r6 - x0
    };
    for (i, _) in v0.iter().enumerate() {
        s6 += (1.25 + v0[i]).tanh();
        s6 += t2.tanh();
    }
    xs[1] + v0[2] + s3 + t4 + s6
}
#[grad::differentiate]
fn f022(n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0 = x0.exp();
    if n < 2 {
        s0 = x1;
        for i in 1..n {
            s0 /= x0;
            s0 = s0 + (i as f64) * x1.sin();
        }
    } else if n >= 2 {
        s0 = s0 + x1;
    } else if n % 2 == 0 {
        s0 = s0.powi(2);
        s0 += (if n < 3 { x0 } else { x0 }) - (0.5 - x1);
        s0 += x1;
    } else {
        s0 = s0 - x0;
        s0 *= s0 / 0.75 * 0.1;
    }
    let t0 = f64::sqrt(f64::sin(x0));
    let t1: f64 = x0;
    let t2 = f64::ln(t0);
    let mut s1: f64 = 0.5;
    for i in 0..3 {
        if t2 > 0.25 {
            s0 -= x0 + s0 * s0;
        } else {
            s1 /= t0 * 0.5;
        }
        s1
            += ((i + 1) as f64)
                * ({
                    let r0 = t0;
                    r0 * t2
                });
        for _ in 0..4 {
            s1 += s1.ln() * s0.powf(-0.5);
            s1 += t0;
            s0
                += match n % 2 {
                    0 => 0.1,
                    _ => x0,
                };
        }
    }
    x0.tanh() + s0 + t1 + s1
}
#[grad::differentiate]
fn f023(n: usize, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < n {
        s0 = s0 - x0;
        k0 += 1;
    }
    if k0 != 1 {
        return match k0 % 2 {
            0 => x0,
            _ => x0.min(x0),
        };
    }
    x0.cos() + s0
}
#[grad::differentiate(dual_calls)]
fn f024(x0: f64) -> f64 {
    let mut s2: f64 = 1.0;
    for i in (1..2).step_by(2) {
        if i != 0 {
            return s2.powf(s2) + (2.0 + s2);
        }
        s2 -= self::h026(s2, x0, s2).cos();
        for j in 0..3 {
            if j >= 1 {
                continue;
            }
            s2 /= f64::exp(s2.min(s2));
        }
    }
    if s2 >= (-s2).powi(3) {
        return x0;
    }
    let mut s3: f64 = 0.5;
    for _ in 0..4 {
        s3 += s3;
    }
    let mut s4 = s3;
    for _ in 0..2 {
        s4 += s4 / f64::tanh(s2);
        s3 += s2;
    }
    let mut v1 = vec![0.0_f64; 4];
    for i in 0..4 {
        v1[i] = v1[i % v1.len()];
    }
    let t0: f64 = v1[0].abs() * s4 + -v1[2];
    s2 + s2 + s3 + s4 + v1[3] + t0
}
#[grad::differentiate]
fn f025(x2: f64, x0: f64, n: usize, xs: &[f64], x1: f64) -> f64 {
    let (t0, t1) = (x0.sin() * xs[2].tanh(), xs[2]);
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x1.sqrt() * (x1 - x0);
    }
    let mut s2 = t1;
    for _ in xs {
        s2
            *= match n % 3 {
                0 => xs[1],
                1 => 0.75,
                _ => t1 - xs[0],
            };
    }
    if v0[0] + (n as f64) <= 0.25 {
        s2 = s2 + v0[0];
    } else {
        s2
            *= ({
                let r0 = v0[2];
                r0 * t0
            }) + xs[0] / s2;
    }
    t0 + x2 + v0[2] + s2
}
#[grad::differentiate(dual_calls)]
fn f026(x1: f64, xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[3] + x0;
    let (t1, t2) = (2.0 * (1.5 - x1), x0);
    let mut s0: f64 = 1.0;
    for &p0 in xs.iter() {
        s0 = s0 * xs[1].powi(3);
        s0 = s0 + p0.powi(2);
    }
    let t2 = t2 * xs[0];
    let t3 = xs[1];
    h007(
        t3,
        {
            let r1 = {
                let r0 = t1;
                r0 * t2
            };
            r1 * xs[1].exp()
        },
    ) + t0 + s0
}
#[grad::differentiate]
fn f027(x0: f64) -> f64 {
    let t0 = f64::abs(x0) + x0 * 0.75;
    let t0 = t0 * x0;
    x0 / x0 + t0
}
#[grad::differentiate(dual_calls)]
fn f028(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0 = x2.ln();
    for _ in 0..4 {
        s0 += s0;
        s0 /= x2.sin();
        s0 /= x2;
    }
    let t0 = x1;
    let mut s3 = x0 - x1.cos();
    for _ in 0..2 {
        for _ in (0..2).step_by(2) {
            s3 += x0;
            s3 -= x2;
            s3 -= s3;
        }
    }
    let s6: f64 = 1.0;
    for i in (0..3).rev() {
        if i >= 2 {
            break;
        }
        s0 = s0 - s6.cos();
    }
    s3
        *= {
            let r3 = x1;
            r3 - t0
        };
    h007(s3, x2 + x1) + s0 + s3
}
#[grad::differentiate]
fn f029(ys: &[f64], n: usize, x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (ys[2], x1.exp());
    let t2 = (match n % 2 {
        0 => xs[2],
        _ => x0,
    }) + t0;
    let mut s0 = x1;
    for i in 0..4 {
        if i == 1 {
            break;
        }
        s0 = s0 - -ys[1];
    }
    let s2: f64 = 0.0;
    for _ in ys {
        s0 = s0 - (t0 - t2);
    }
    x0 + t1 + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f030(x2: f64, x0: f64, x1: f64, xs: &[f64]) -> f64 {
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
    let t1 = h020(xs, xs[1].exp() * (xs[0] + x1));
    let mut s4 = t1.tanh();
    for i in (1..4).rev() {
        s1
            -= {
                let r2 = 0.25 + s4;
                r2 + xs[i]
            };
        if (match i % 3 {
            0 => s4.min(xs[(i + 1) % xs.len()]),
            1 => xs[i] + xs[i - 1],
            _ => h023(s4, x2),
        }) <= x1.powi(2)
        {
            return (x0 * t1).min(x2 + 3.0);
        }
        s4 *= x1;
    }
    let s5 = x2.sin().abs();
    for i in 0..4 {
        for j in 0..3 {
            if j >= 2 {
                continue;
            }
            s4
                += ({
                    let r3 = s1;
                    r3 * xs[j]
                })
                    .abs();
            s4 = s4 * x0;
        }
        s4 += (i as f64) * x1;
    }
    let s6 = h029(xs[0], xs, t1, t1).min(x0 * x0);
    for _ in xs.iter() {
        s4 *= x2 * xs[2] + xs[3];
    }
    if xs[3] - (s4 + xs[3]) >= 1.25 {
        s4 -= -x0 - -s5;
    } else {
        s4 += x0.max(xs[0]).min(xs[3]);
    }
    xs[0].powf(s1) + s1 + s4 + s6
}
#[grad::differentiate(dual_calls)]
fn f031(n: usize, x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= n {
            break;
        }
        s0 = s0 * h014(xs[(k0 + 1) % xs.len()], xs);
        s0 *= xs[(k0 + 1) % xs.len()].exp();
        k0 += 1;
    }
    if x1 >= s0.min(xs[1]) + 3.0 / x0 {
        return h004(s0).exp();
    }
    self::h014((-xs[0]).min(xs[1].powi(3)), xs) + s0
}
#[grad::differentiate(dual_calls)]
fn f032(x1: f64, x2: f64, x0: f64) -> f64 {
    let t0: f64 = x0.powf(x0).max(0.25);
    let mut s0: f64 = 1.0;
    for i in (0..4).rev() {
        s0 = s0 + x2.abs();
        s0 *= if i % 2 == 0 { t0 } else { (i as f64) * x2 };
    }
    let mut s1: f64 = 0.0;
    for _ in (0..2).rev() {
        s0 /= x2.powi(2);
        for _ in 0..4 {
            s0
                += {
                    let r0 = t0;
                    r0 + x0
                };
            s1 *= s1.min(x2).tanh();
        }
    }
    let (t1, t2) = (x2, s1);
    let mut s2: f64 = 0.5;
    if t2 / x2 - x1 > 3.0 {
        s2 = s2 - x0.powi(-1);
        if (if t2 >= t0 { t2 } else { t2 }) <= 0.5 {
            s2 += if s0 / x0 >= 3.0 { x2 } else { h025(s2, x1) };
        } else {
            s1 += s2;
            if x0 < s2 {
                return 0.1 / t2 + x2;
            }
        }
    }
    let s3: f64 = 0.5;
    for _ in 0..3 {
        s2 -= f64::abs(s3);
    }
    t0.min(s2).max(t1 * t1) / -t1 + s0 + s1 + s2
}
#[grad::differentiate]
fn f033(n: usize, x1: f64, x2: f64, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (1..2).rev() {
        s0 = s0 - (x2 - xs[i] + 0.5);
        s0 *= x0 - x0;
    }
    let t0 = xs[2];
    s0
        /= if t0
            > ({
                let r0 = xs[0];
                r0 + xs[0]
            })
        {
            1.5
        } else {
            xs[2]
        };
    (x1 + (x2 + (n as f64))).powf(0.5) + s0
}
#[grad::differentiate(dual_calls)]
fn f034(xs: &[f64], ys: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0 = {
        let r0 = if x0 < x1 { xs[2] } else { xs[1] };
        r0
    };
    if ys[0] > 2.0 {
        s0 = -x1;
        if h010(x1.powi(2)) < (xs[1] - x0).cos() {
            s0 -= x1.ln();
        } else {
            s0 *= x1;
        }
        s0 += x0.powi(-2);
    } else {
        s0 += s0.min(x1) - ys[0];
        s0 += xs[0].powi(2).powi(-2);
    }
    let t0: f64 = s0 + (3.0 + s0);
    t0.ln() + s0
}
#[grad::differentiate]
fn f035(x0: f64, xs: &[f64], x2: f64, ys: &[f64], x1: f64) -> f64 {
    let mut s1 = x2;
    for i in 0..2 {
        s1
            += match i % 2 {
                0 => s1,
                _ => {
                    match i % 3 {
                        0 => 0.75,
                        1 => 2.0,
                        _ => 0.5,
                    }
                }
            };
    }
    let mut s2 = x0 + x1;
    if ys[1] < 1.5 {
        s1 = s1
            - (({
                let r0 = x1;
                r0 + s1
            }) - ys[1]);
    } else {
        if -x2.max(x2) < 2.0 * s1 {
            return s2;
        }
        s2 += if s2 <= 0.1 { x0 } else { xs[2] };
    }
    let s3 = s1;
    for _ in (0..ys.len()).rev() {
        s1 += s2.exp().powi(-2);
    }
    xs[0].max(ys[3].min(s3)) + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f036(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (xs[2], f64::exp(xs[0]));
    let mut s1: f64 = 0.0;
    if xs[4].max(f64::cos(t1)) >= ys[0].powi(2) {
        s1 += t0;
        s1 = s1 * h016(ys[1], t1);
    }
    let t2: f64 = self::h019(
        xs[2],
        ({
            let r0 = s1;
            r0
        }) * (t0 * xs[3]),
        (if t1 >= xs[4] { 2.0 } else { ys[1] }) + ys[1].exp(),
    );
    h012(x0, s1 * t1.sqrt()) + s1 + t2
}
#[grad::differentiate(dual_calls)]
fn f037(x0: f64, x1: f64) -> f64 {
    let t0 = (x1.exp() - -x1) * x1.ln().exp();
    let t1 = {
        let r0 = 0.75 + x0;
        r0 + x0
    };
    if t0 * x0 > -self::h023(t1, t0) {
        return (1.5 + t1) / -x0;
    }
    let t2: f64 = x1;
    (1.5 + 0.75 * t0) / 0.75 + t2
}
#[grad::differentiate(dual_calls)]
fn f038(n: usize, x0: f64) -> f64 {
    let t0 = -x0 - h016(x0, x0).sin();
    let mut s0: f64 = 1.0;
    for _ in (0..3).rev().step_by(2) {
        s0 -= s0.exp() * s0.ln();
    }
    let mut s1 = s0;
    for i in (0..2).rev() {
        s0 += s1;
        s1 += (s1 * t0).powi(-1);
        if i % 2 == 0 {
            s1 += -t0.exp();
            s0
                += {
                    let r0 = s0.powf(-0.5);
                    r0.max(1.5)
                };
        }
    }
    let s2: f64 = 1.0;
    for _ in 0..4 {
        s1 += s2 / x0 / s2;
    }
    s2 + (n as f64) * t0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f039(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = x1.max(xs[1].powi(-1).powi(-1));
    let mut s0: f64 = 0.5;
    for (i, &p0) in xs.iter().enumerate() {
        if i == 2 {
            break;
        }
        for _ in xs {
            s0 = s0 * xs[(i + 1) % xs.len()];
            s0 += xs[i];
            s0 *= p0 + x1;
        }
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = t0 - h003(t0, xs[i], x0);
        for (&p2, _) in v0.iter().zip(xs.iter()) {
            s0 += p2;
            s0 += v0[i];
            s0 = s0 + (v0[i] * 3.0 + x0.min(1.25));
        }
    }
    x0.max(v0[1]) + s0 + v0[1]
}
#[grad::differentiate]
fn f040(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let t0 = x1 - (xs[0] + xs[4]);
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = 0.5 + x0;
        v0[i] += x1;
    }
    xs[0].cos().exp() + xs[1] + t0 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f041(x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s1 = if x2 * x1 > x2 { x1 } else { x2 * x1 };
    for i in (0..2).step_by(2) {
        s1 = s1 - x1.powi(-2);
        s1
            *= match i % 3 {
                0 => s1,
                1 => x1 + s1,
                _ => s1,
            };
        s1 = s1 + x1.min(x1.sin());
    }
    let t0: f64 = x0;
    let t0 = t0 - (s1 + x0).max(h008(x0, t0));
    let mut s3 = {
        let r2 = x2 * x2;
        r2 + (x2 - 2.0)
    };
    for i in 0..2 {
        if i == 1 {
            continue;
        }
        s1 /= 1.25 - x0;
    }
    let (t1, t2) = (x2.cos(), if s1.powi(-1) > x1 + s1 { 0.1 / s3 } else { t0 });
    let s4: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 3 {
        s3 *= s4.ln().powi(-1);
        k0 += 1;
    }
    (match k0 % 3 {
        0 => f64::sin(t2),
        1 => 2.0 * x2 / 0.1,
        _ => (s1 * t0).powf(self::h010(x0)),
    }) + s1 + s3 + t1
}
#[grad::differentiate(dual_calls)]
fn f042(n: usize, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0 = xs[2].powi(2);
    if n != 1 {
        s0
            /= match n % 3 {
                0 => x0,
                1 => x1,
                _ => xs[0].max(xs[2]),
            };
        s0 += s0;
    }
    if (if n != 1 { s0 } else { x0 }) <= -x1 - (xs[2] - xs[2]) {
        s0 += xs[2].max(s0) * xs[0].exp();
        s0 *= x1.sin();
    }
    let mut s2 = 1.5 + x0;
    for i in (0..xs.len()).rev() {
        if i == 1 {
            break;
        }
        s2 += h029(s2, xs, f64::abs(xs[i]), x0);
        if i >= 2 {
            s2 = xs[i].powf(2.5).max(0.75 * s2);
            s0 /= x0;
        }
    }
    let t0 = h004(x0) + ((n + 1) as f64);
    ({
        let r1 = s2.powf(xs[1]);
        r1
            + ({
                let r2 = xs[2];
                r2 + xs[2]
            })
    }) + x1.abs() + s0 + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f043(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let mut s2: f64 = 0.0;
    for i in (0..xs.len()).rev() {
        s2 += xs[i] * xs[i] - xs[i];
        s2 += (if i >= 2 { xs[i] } else { xs[i] }) + ((i + 1) as f64);
        if i % 2 == 0 {
            s2 = x0 / 2.0;
            s2 += x0;
            s2
                *= h022(
                    if n != 1 { x0 } else { x0 },
                    -xs[i],
                    xs,
                    if xs[i] <= 1.5 { xs[i] } else { 1.25 },
                );
        } else {
            s2 += s2.sqrt();
            s2 -= (x0 - 0.5).abs();
        }
    }
    let t0 = ((if xs[4] <= xs[1] { s2 } else { x0 }) - x0.max(xs[3])) * s2;
    xs[4].powf(xs[4]) + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f044(x2: f64, x1: f64, x0: f64) -> f64 {
    if x1 - x2 < x2.cos() {
        return x1 * x1;
    }
    let t0 = x2;
    if -x2 <= x0.tanh() {
        return h016(x1, t0);
    }
    let t1 = x0.sin().min(if t0 > x0 { 3.0 } else { 0.5 });
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = {
            let r0 = v0[i].ln();
            r0
        };
        v0[i] *= t1.powi(2);
    }
    h007(-t1, v0[1].sin()) + v0[1]
}
#[grad::differentiate]
fn f045(n: usize, x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (1..n).step_by(2) {
        if i == 2 {
            continue;
        }
        s0 = s0 * (1.25 + x1 + x0);
    }
    let s1: f64 = 0.5;
    for _ in 1..3 {
        s0 -= x1.sqrt();
        s0 /= x1;
        s0 /= x1;
    }
    x0 + s0 + s1
}
#[grad::differentiate]
fn f046(x0: f64, xs: &[f64], x1: f64, n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = x1;
    }
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= v0.len() {
            break;
        }
        s0 += 0.5 * s0.powi(-1);
        k0 += 1;
    }
    let s1: f64 = 0.0;
    for i in (0..xs.len()).rev().step_by(2) {
        if i == 1 {
            break;
        }
        s0 -= xs[i];
    }
    xs[0] + x0 + (n as f64) * x0 + v0[1] + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f047(x0: f64, ys: &[f64], n: usize, xs: &[f64]) -> f64 {
    let t0 = f64::exp(x0) * ys[2].exp();
    let t1 = xs[0];
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = h009(t0, ys[i]).cos();
    }
    let t0 = t0
        + (match n % 3 {
            0 => h013(ys, v0[2]),
            1 => t1,
            _ => x0 + t1,
        });
    let mut s2: f64 = 0.0;
    for &p1 in ys.iter() {
        s2 += 0.1 + t1.max(x0);
        s2 /= p1 / (xs[2] + 0.5);
        s2 = s2
            + (match n % 3 {
                0 => 0.75,
                1 => xs[2],
                _ => s2,
            });
    }
    if n >= 2 {
        v0[1] *= t1 - x0;
        v0[0] += -(if t1 < xs[1] { xs[1] } else { v0[1] });
    } else if v0[2] < 3.0 {
        s2 = x0.sin();
        s2 *= s2;
        v0[0] = v0[0];
    } else {
        s2 = s2 - s2;
    }
    self::h012(t0, s2).min(v0[2]) + v0[2] + s2
}
#[grad::differentiate]
fn f048(xs: &[f64], x0: f64, x1: f64, ys: &[f64]) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..ys.len() {
        if i >= 1 {
            continue;
        }
        if i == 2 {
            continue;
        }
        s0 += x1;
    }
    let t0 = xs[1];
    let (t2, t3) = (s0, x1 * x0.abs());
    let t4: f64 = t2;
    s0 + ys[1] + s0 + t0 + t3 + t4
}
#[grad::differentiate(dual_calls)]
fn f049(x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (1..xs.len()).step_by(2) {
        s0 *= f64::abs(x0) * xs[i];
    }
    let t0 = (x0 - s0) / s0.max(0.75);
    let t0 = t0 * (1.5 - xs[0] / t0);
    (if 0.1 / x0 - h013(xs, xs[3]) > 3.0 {
        if x0 > 0.25 + xs[4] { x0 } else { x0 + xs[4] }
    } else {
        x0 + xs[0]
    }) + s0 + t0
}
#[grad::differentiate]
fn f050(n: usize, xs: &[f64], ys: &[f64], x0: f64) -> f64 {
    let t0 = ys[1];
    let t1: f64 = ys[0];
    (2.0 * x0).powi(2) / (if n != 0 { 2.0 } else { xs[2] }).sin() + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f051(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s2: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        s2 = s2 + x0;
        for &p2 in xs.iter() {
            s2 += xs[i] - x1 / x1;
            if i < 2 {
                return h016(xs[i].min(0.5), if i % 2 == 0 { x0 } else { p2 });
            }
            s2 /= p2;
        }
    }
    let t0 = {
        let r0 = 0.25 * x0;
        r0
            + ({
                let r1 = h022(xs[2], xs[0], xs, xs[1]);
                r1
            })
    };
    if ({
        let r2 = t0;
        r2 * xs[2]
    })
        > ({
            let r3 = x1;
            r3
        })
    {
        s2 -= x1 * x1;
        s2 += t0;
    }
    let mut s3 = xs[1];
    let mut k0 = 0;
    while k0 < 2 {
        s2 += xs[1] - (if k0 % 2 == 0 { s3 } else { 3.0 });
        s3 -= t0.powf(s2).max(s3);
        k0 += 1;
    }
    let mut s4 = match k0 % 3 {
        0 => t0,
        1 => s2,
        _ => h000(xs[2]),
    };
    for i in 0..3 {
        s4
            += match k0 % 2 {
                0 => s2 / 0.75,
                _ => xs[i],
            };
        if t0 - xs[(i + 1) % xs.len()] > x0 {
            if i == 2 {
                continue;
            }
            s4 -= x0;
        } else {
            s4 /= xs[i % xs.len()] + (k0 as f64) - s2.max(3.0);
        }
    }
    ({
        let r4 = xs[2];
        r4 - x0
    })
        .tanh() + s2 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn f052(x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (x0, h027(xs, x0, xs[3]));
    let t2 = h019(f64::tanh(xs[4]), x0, xs[0]);
    let (t3, t4) = (
        xs[2].exp(),
        h006(
            xs[2].abs(),
            {
                let r0 = xs[0];
                r0
            },
        ),
    );
    let t1 = t1 - xs[4] * 1.5;
    let mut s3: f64 = 1.0;
    for i in 0..2 {
        if i >= 2 {
            break;
        }
        s3 = s3 + (if s3 >= 1.25 { t0 } else { 0.75 }).powi(3);
    }
    let t7 = f64::cos(xs[4]);
    s3 + t2 + t3 + t4 + t1 + s3 + t7
}
#[grad::differentiate(dual_calls)]
fn f053(x0: f64, xs: &[f64]) -> f64 {
    let t4 = h021(x0);
    let t4 = t4 - (xs[1].abs() + 0.5);
    if -x0 > 2.0 {
        return xs[2].min(t4 - 0.5);
    }
    let t5 = h025(xs[1], t4) * t4.powi(-1);
    let t6 = 2.0 * (t4.max(xs[1]) * 3.0);
    self::h012(xs[2], x0) + t5 + t6
}
#[grad::differentiate]
fn f054(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s2 = 2.0 / x1;
    if x0 >= 3.0 {
        s2 = x2.ln();
        for i in (0..3).rev() {
            if i >= 2 {
                break;
            }
            if i >= 2 {
                break;
            }
            s2 += (x0 + x2).ln();
        }
    } else if x2
        <= ({
            let r0 = x2;
            r0 - s2 * x0
        })
    {
        s2 += x0 * x1 * x1;
    }
    let s3: f64 = 0.0;
    for i in 0..3 {
        if i >= 2 {
            continue;
        }
        s2
            += match i % 3 {
                0 => x2,
                1 => x2,
                _ => s3,
            };
    }
    x1 + s2
}
#[grad::differentiate(dual_calls)]
fn f055(x2: f64, x1: f64, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if x1 * 0.5 < xs[3] {
        s0 /= x2.abs() * x2;
    } else if x2.powi(2) / 0.5 > f64::tanh(x1) {
        s0 = x2 / xs[3] + (if xs[1] < 1.25 { xs[3] } else { xs[0] });
        s0 += x2;
    } else if s0 * s0 * s0.cos() <= 3.0 {
        s0 *= xs[2];
        s0 -= xs[0].exp();
    } else {
        s0 -= -xs[3].sin();
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = x2 * v0[i];
    }
    let (t0, t1) = (h017(&v0, x0, if x2 > x1 { xs[3] } else { x0 }), h004(x2));
    let t2 = if t1 < 0.25 {
        ({
            let r0 = t1;
            r0 - t0
        })
            .min(xs[1])
    } else {
        x1
    };
    if x1.min(xs[2]) >= 0.5 {
        return s0 / (t0 + x0);
    }
    x2.min(t0) + s0 + v0[3] + t2
}
#[grad::differentiate(dual_calls)]
fn f056(xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let (t0, t1) = (x0 + -ys[2], -ys[3].max(x0));
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = {
            let r0 = xs[i] - xs[i];
            r0 * -t1
        };
    }
    let mut s0 = xs[2].min(v0[0]).max(-xs[2]);
    if f64::exp(t0) > -t1 {
        s0 = -v0[0];
        s0 /= t0.min(0.5);
    } else if (if xs[3] > 3.0 { s0 } else { t1 }) + x0.abs()
        <= self::h003(s0 * xs[3], t0, ys[3].abs())
    {
        s0 /= 0.5 / xs[1] / v0[2];
        s0 = s0 * t0;
    } else if h001(xs[4]) < 0.75 {
        v0[0] = (ys[3] * t0).cos();
        s0 += h029(x0, xs, v0[0], ys[0]);
    }
    s0 = s0 + (if v0[2] <= t1 { t0 } else { t0 });
    s0 -= xs[4];
    h017(ys, s0, s0) - (if xs[3] <= ys[0].abs() { 0.25 } else { ys[0] }) + v0[2] + s0
}
#[grad::differentiate(dual_calls)]
fn f057(x0: f64, n: usize, xs: &[f64], x1: f64) -> f64 {
    let t0 = xs[1].sin();
    let t0 = t0 * h008(xs[2], t0).min(self::h026(x1, x1, x1));
    let mut s0: f64 = 0.0;
    for i in 0..4 {
        if i < 3 {
            s0 *= xs[1];
            s0 -= xs[i % xs.len()].powi(3);
        }
    }
    let mut s1: f64 = 0.0;
    for i in 0..n {
        if i >= 2 {
            continue;
        }
        s1 *= h012(x0, xs[i % xs.len()]);
    }
    x1 + t0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f058(ys: &[f64], x1: f64, x2: f64, x0: f64, xs: &[f64]) -> f64 {
    let t2: f64 = self::h029(x0, ys, x0 * xs[2], f64::cos(x0)) - h001(x0);
    let t3: f64 = x1.max(3.0) / -x0;
    let mut s0: f64 = 0.0;
    for (_, _) in xs.iter().zip(ys.iter()) {
        s0
            -= x1.cos()
                / ({
                    let r0 = xs[2];
                    r0 * xs[1]
                });
        s0 = s0 - t3.abs();
    }
    if 1.5 / (s0 * xs[1]) >= x0.exp() + (x0 + x2) {
        return ys[0] / 2.0 / (ys[0] + x2);
    }
    f64::tanh(xs[1] + x0) + t2 + s0
}
#[grad::differentiate(dual_calls)]
fn f059(xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0 = x0;
    for &p0 in xs.iter() {
        for (j, _) in xs.iter().enumerate() {
            s0 += xs[j];
            s0 -= xs[j].tanh() / xs[j].exp();
            s0 *= -xs[j].cos();
        }
        if x1 > (1.25 * xs[1]).min(xs[1] * 2.0) {
            if s0 < 2.0 {
                return s0 / xs[1] + xs[1].abs();
            }
            s0 -= x0;
        } else {
            s0
                *= f64::cos({
                    let r0 = s0;
                    r0 + x0
                });
            s0 *= h003(p0, p0, s0).min(0.75);
        }
        s0 += h005(xs[3], x0 - xs[0]);
    }
    s0 += if xs[2].powi(2) < h015(xs, xs[1], s0) { xs[0] } else { s0 };
    let mut s2: f64 = 0.5;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0 = s0 + xs[0] / xs[2].powf(xs[0]);
        s0 += xs[0] - xs[0];
        s2 += s2;
    }
    if s0 <= s2.powf(xs[0]) {
        s0 = s0.max(s0 + 0.1);
        s0 = s0 - xs[2];
        s0 *= h009(s0, xs[1]) + s0 * xs[3];
    } else {
        s2 = s2 * (if s0 <= x0 { xs[2] } else { xs[1] });
        for i in (0..2).rev().step_by(2) {
            s2 *= x1 - xs[i];
            s0 -= s0;
        }
    }
    let t0 = {
        let r1 = x1;
        r1 + x0.powf(2.5)
    };
    s0 + s0 + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f060(x0: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let t3 = xs[1].powi(-1) + ys[3];
    let t4 = t3.powi(3);
    let t7 = ys[2];
    let mut s6 = ys[2]
        + ({
            let r2 = ys[1];
            r2 - t4
        });
    for i in 0..ys.len() {
        s6 /= h016(x0 * ys[i], ys[i]);
        s6
            += if i % 2 == 0 {
                match i % 2 {
                    0 => 0.5,
                    _ => xs[i],
                }
            } else {
                ys[i - 1] + t7
            };
        if (0.25 + t3) / x0 <= t7 {
            s6
                -= match i % 3 {
                    0 => t7,
                    1 => 3.0,
                    _ => xs[i],
                };
        }
    }
    ys[0] * t4 * 1.5 + s6
}
#[grad::differentiate(dual_calls)]
fn f061(ys: &[f64], x2: f64, x1: f64, xs: &[f64], n: usize, x0: f64) -> f64 {
    let mut s0 = (x1 - x0) * h016(xs[0], x1);
    for i in 0..n {
        if i % 2 == 0 {
            s0
                += match n % 2 {
                    0 => x2.abs(),
                    _ => if x2 > x1 { x0 } else { 3.0 }
                };
        } else {
            s0 += x0 + (i as f64) + self::h021(ys[(i + 1) % ys.len()]);
        }
    }
    let t0 = (if n >= 2 { x1.abs() } else { h002(x0, x2, x2) }).cos();
    let (t1, t2) = (
        x0,
        match n % 3 {
            0 => t0 + ys[0],
            1 => ys[0],
            _ => s0,
        },
    );
    if s0 >= 2.0 {
        return xs[1] + (t2 + 0.25);
    }
    let s3: f64 = 1.0;
    let mut k0 = 0;
    while k0 < xs.len() {
        s0 += ys[k0] + (k0 as f64);
        k0 += 1;
    }
    -({
        let r1 = 0.75 * t1;
        r1 + x0
    }) + s0 + s3
}
#[grad::differentiate]
fn f062(xs: &[f64], x0: f64) -> f64 {
    if xs[1] < x0 {
        return xs[0].powf(-0.5).ln();
    }
    let (t0, t1) = (x0, xs[0]);
    if x0 / t0 < t0 * -xs[0] {
        return xs[0];
    }
    let mut s1: f64 = 1.0;
    if xs[0].sin() >= 2.0 {
        s1 -= x0 / s1;
    }
    0.1 * xs[3] + t1 + s1
}
#[grad::differentiate]
fn f063(x0: f64, n: usize, x1: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let t0: f64 = x0;
    let (t1, t2) = (t0 + (if n != 2 { t0 } else { t0 }), t0);
    f64::exp(t2) + x1 + xs[4] + ys[3] + t1
}
#[grad::differentiate(dual_calls)]
fn f064(xs: &[f64], n: usize, x2: f64, x0: f64, x1: f64) -> f64 {
    let t0 = if xs[2].powi(2) > 0.5 {
        if n != 0 { x2 + x1 } else { f64::ln(x2) }
    } else {
        {
            let r0 = xs[1];
            r0 + xs[1]
        }
    };
    let mut s0 = t0 + xs[3].powi(3);
    for _ in 0..n {
        s0 = s0
            - (match n % 2 {
                0 => x1,
                _ => 2.0,
            })
                .min(0.1);
    }
    let t1 = x0;
    if xs[4].powi(2) * t0.powi(-1)
        > (match n % 2 {
            0 => 2.0,
            _ => s0,
        }) + (3.0 - xs[0])
    {
        s0 += h024(t1, x0, x0).powi(2);
        if n < 1 {
            return (s0 + x1) * (xs[2] / s0);
        }
    }
    let (t2, t3) = (t1 + t0, xs[0]);
    let mut s1: f64 = 0.5;
    if h029(t3, xs, xs[1], s0) - t1 > xs[0].max(x1) {
        s0 = s0 + (xs[2] + (n as f64));
    } else if n >= 2 {
        s0 = t0 * t2 + t3;
        s1 += f64::sin(s1).powf(xs[3]);
        s1 += f64::cos(s0);
    }
    h027(xs, xs[4], f64::cos(xs[2])) + s0 + s1
}
#[grad::differentiate]
fn f065(x2: f64, x0: f64, n: usize, x1: f64) -> f64 {
    if n < 1 {
        return x0 + x1;
    }
    let t2 = x1;
    let t3 = t2;
    let mut s0 = t3;
    for _ in (0..4).step_by(2) {
        s0 += 0.25 + x0 + x1.tanh();
    }
    let t4 = x2;
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = x0;
    }
    f64::tanh(x2.abs()) * 0.5 + s0 + t4 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f066(x1: f64, x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0: f64 = 0.5;
    for (&p0, _) in xs.iter().zip(xs.iter()) {
        if n >= 2 {
            s0 /= p0.tanh();
        } else {
            s0 += p0;
            s0 = s0 - s0;
        }
    }
    s0
        += match n % 2 {
            0 => 1.5,
            _ => xs[1],
        };
    if (match n % 3 {
        0 => xs[0].sqrt(),
        1 => -x0,
        _ => x1.powi(2),
    })
        > ({
            let r0 = x1;
            r0 - h028(xs[4], xs)
        })
    {
        return -x1;
    }
    let t0: f64 = xs[1];
    let mut s1 = (if n >= 2 { 1.25 } else { xs[0] }) / x1;
    for &p1 in xs.iter() {
        if n < 1 {
            s0 = s0 - x1;
        } else {
            s1 -= self::h006(xs[1], t0) * f64::sqrt(p1);
            s1
                /= (match n % 2 {
                    0 => xs[3],
                    _ => 0.75,
                })
                    .abs();
        }
    }
    if (match n % 2 {
        0 => xs[0],
        _ => xs[2].powi(3),
    }) >= t0 + 0.25
    {
        return s1 - t0;
    }
    xs[4].powf(xs[0]) + ((n + 1) as f64) + s0 + s1
}
#[grad::differentiate]
fn f067(x0: f64, n: usize) -> f64 {
    let mut s3: f64 = 0.5;
    let mut k1 = 0;
    loop {
        if k1 >= 3 {
            break;
        }
        s3 += s3.sqrt();
        k1 += 1;
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = v0[i];
    }
    let (t0, t1) = (v0[0], v0[2]);
    let (t2, t3) = (v0[0] + s3 - x0, s3);
    t2.sin().tanh() + s3 + v0[2] + t0 + t1 + t3
}
#[grad::differentiate]
fn f068(x0: f64, xs: &[f64]) -> f64 {
    let t0 = xs[3].max(xs[0].sin()).sin();
    let t1 = x0;
    t1 + x0 + t0
}
#[grad::differentiate(dual_calls)]
fn f069(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut s1: f64 = 0.0;
    if h025(x1, s1)
        <= 1.25
            * ({
                let r0 = x0;
                r0
            })
    {
        s1 += x1;
    }
    if xs[3] - x1 <= (-xs[2]).tanh() {
        return h006(xs[2], x1) - x1 * s1;
    }
    let t0: f64 = xs[1].powf(xs[0]) - xs[3].sqrt() - xs[3];
    let mut s2 = s1.max(t0);
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s2 += s2.max(x0);
        s2 *= f64::cos(s1).ln();
        k0 += 1;
    }
    x0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f070(xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let (t0, t1) = (ys[1].sin(), xs[1]);
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = -xs[i];
    }
    let t2: f64 = x0.powi(-2).sin().powi(-2);
    let t1 = t1 * (xs[0].sin() + (if x0 <= 0.1 { v0[2] } else { ys[0] }));
    let mut s1 = h025(t0.min(3.0), self::h000(t0));
    if xs[3] >= v0[1] {
        if t1 * 2.0 > xs[1].min(h023(t2, ys[1])) {
            v0[2] = if ys[1] > t0 { t2 } else { t1 };
            s1 = s1 - (t2 + 3.0);
        } else {
            s1 -= v0[0];
        }
    }
    xs[3] + f64::abs(xs[3]).min(h007(s1, v0[3])) + v0[3] + s1
}
#[grad::differentiate(dual_calls)]
fn f071(x1: f64, x0: f64) -> f64 {
    let t0 = x1 + x1;
    let mut s0: f64 = 1.0;
    for i in 0..3 {
        if i >= 2 {
            s0 = t0;
            s0 -= t0 + 1.5;
            s0 += x0.exp().ln();
        } else {
            s0 = s0 * (0.25 + s0 + h016(t0, s0));
        }
    }
    let s1 = x1;
    for i in (1..2).rev() {
        if i >= 1 {
            break;
        }
        s0 += self::h010(-s0);
        s0 -= s1;
    }
    let mut s2: f64 = 0.0;
    for _ in (0..3).rev().step_by(2) {
        s0 -= t0.powi(-1);
    }
    let t2 = {
        let r0 = x0 * s0;
        r0 - s2 * t0
    };
    s2 += -(if x1 > s2 { s2 } else { t2 });
    s2.min(x1) + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f072(xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[0];
    let mut s1: f64 = 1.0;
    for i in 0..3 {
        if (xs[i] + s1) / (xs[i] * 1.25) >= f64::abs(s1) {
            s1 = xs[i].powi(3).abs();
            s1 += t0 / xs[i] * t0;
            if i == 1 {
                break;
            }
        } else {
            s1 = s1 - t0;
            if i == 1 {
                break;
            }
        }
    }
    let mut s2: f64 = 0.0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s2 = s2 + x0.sin().sin();
        s1 /= t0;
        s1 -= -t0;
    }
    let s3 = xs[1];
    for _ in 0..2 {
        s1 += x0;
        s1 = s1 * (self::h000(s2) * t0);
    }
    let t2: f64 = s2;
    if xs[1] + xs[0] < 0.25 {
        return s3.min(xs[2]) * t0.powi(-1);
    }
    s1
        - ({
            let r0 = t2;
            r0 + 3.0 / s3
        }) + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f073(x2: f64, x0: f64, n: usize, x1: f64) -> f64 {
    let t0 = x2;
    let t1 = if n < 3 { x0 } else { x0 };
    let mut s0 = (n as f64) * h016(x1, x1);
    let mut k0 = 0;
    while k0 < 2 {
        s0
            += {
                let r0 = t1;
                r0 / x2
            };
        s0 /= x0;
        k0 += 1;
    }
    if x0 <= 0.1 {
        s0 += x2.powi(2) - t1;
        s0
            -= {
                let r1 = t1.powi(-1);
                r1 - x1
            };
    } else if n >= 2 {
        s0 -= s0.min(x0).powi(2);
    } else {
        s0 /= t1 * (1.25 * x2);
        s0 -= x2.max(x1) * t1.exp();
    }
    let t1 = t1 + x0;
    let mut s1 = x2 + x0;
    for _ in 0..2 {
        for _ in (0..2).rev() {
            s1 = s1 - (x0 - t1 / 3.0);
            s0 /= h006(t0, s0);
            s0 += s1;
        }
    }
    x0 * t0.sin() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f074(n: usize, x0: f64, ys: &[f64], x1: f64, xs: &[f64], x2: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in ys.iter() {
        s0 -= if n >= 2 { x1 } else { f64::exp(s0) };
    }
    let t0 = 0.5 - ys[0].max(h021(x0));
    (((n + 1) as f64) * xs[0]).exp() + x2 + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f075(xs: &[f64], x0: f64) -> f64 {
    let t2 = if x0
        <= xs[0]
            .max({
                let r0 = x0;
                r0 - x0
            })
    {
        xs[2].min(xs[1]) * xs[0].sin()
    } else {
        x0
    };
    let mut s1: f64 = 0.5;
    for i in 1..xs.len() {
        if i == 2 {
            continue;
        }
        s1 += 1.5 / s1;
    }
    if xs[0] > 0.25 {
        s1
            += {
                let r2 = h002(x0, xs[2], x0);
                r2 - t2.max(xs[2])
            };
    }
    let t3 = (if xs[1] < 1.5 { xs[2] } else { s1 }) / x0;
    let mut s2 = -x0;
    for i in (1..3).rev() {
        s2 = s2
            * ({
                let r3 = t2.sin();
                match i % 2 {
                    0 => r3,
                    _ => xs[i],
                }
            });
        s1 = s1 + xs[i - 1].exp().min(t2.cos());
    }
    let t2 = t2 * xs[0];
    ({
        let r4 = s1.powf(s2);
        r4 + xs[0].sin()
    }) + s1 + t3 + s2 + t2
}
#[grad::differentiate]
fn f076(x1: f64, x0: f64, x2: f64) -> f64 {
    let mut s0 = x2;
    for _ in 0..4 {
        s0 = s0 - f64::exp(x0 / s0);
        for j in 0..3 {
            if j < 1 {
                return x0 * s0 + x1;
            }
        }
    }
    let t0 = (s0 / x2).cos().tanh();
    let mut s1 = x2 + x2;
    if (x2 - x2).powi(-2) < s0 / x1 {
        s1
            *= {
                let r0 = f64::abs(t0);
                r0
            };
    }
    let mut s2: f64 = 0.5;
    for _ in 0..4 {
        s1 -= s0;
        s1 += (if t0 >= x2 { x0 } else { s0 }).ln();
        s1 /= s0.powf(s2);
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = s1 * 0.5 + ((i + 1) as f64);
    }
    let mut s3: f64 = 1.0;
    for _ in v0.iter() {
        s2 *= if v0[0] - 0.5 > 1.5 { v0[0] * x0 } else { s3 };
        s3 += (x1 * v0[1]).tanh();
        s0 *= -(-t0);
    }
    ({
        let r1 = f64::sin(x2);
        r1 / (1.5 - v0[0] * s2)
    }) + s0 + s1 + s2 + v0[1] + s3
}
#[grad::differentiate]
fn f077(x2: f64, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0 = x0 - (0.25 + x1);
    for p0 in xs {
        s0 += x1;
        s0 /= *p0;
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x2.powi(3);
    }
    let mut s1 = v0[1].powi(3) + 0.25;
    for _ in 0..4 {
        s1 = s1 - (x1 - xs[4]) * v0[1].abs();
    }
    let mut s3 = -({
        let r0 = x0;
        r0 + v0[0]
    });
    if s3 < s0 {
        s0 *= xs[1].ln() + xs[2];
    } else if (if s1 + v0[1] >= 2.0 { s1 } else { xs[0] }) >= 3.0 {
        s3 -= xs[1];
    } else {
        s0 += (s3 / v0[2]).abs();
    }
    let (t1, t2) = (x2, x1 * (1.5 + x0));
    s1 += v0[2];
    (xs[0] / t1).sin() + s0 + v0[2] + s1 + s3 + t2
}
#[grad::differentiate(dual_calls)]
fn f078(x0: f64, x1: f64) -> f64 {
    let t0 = x0;
    let mut s0 = x0;
    for _ in (0..3).rev() {
        s0 *= t0;
    }
    let t1 = (1.5
        / ({
            let r0 = x1;
            r0 / x1
        }))
        .max(h002(s0, t0, x1) * 0.75);
    let mut s2 = 0.75 * t0;
    for _ in 0..4 {
        s2 = s2
            - s0
                * ({
                    let r1 = s0;
                    r1 + t0
                });
    }
    let mut s3: f64 = 0.5;
    if t1.powf(self::h004(s2)) > 1.25 {
        s0 += x0.min(t1.max(s3));
    } else if s2.sin() < s0 + s3 {
        s2 += s3;
    } else if x0
        <= ({
            let r2 = s3 * t0;
            r2 + (s3 + s2)
        })
    {
        s3 = s0;
        s2 += -f64::tanh(s0);
    } else {
        s3
            *= ({
                let r3 = t1;
                r3 + x0
            })
                .max(0.1);
        s2 += t0;
    }
    (if -x0 >= 2.0 { s0.sqrt() } else { t1 }) + s0 + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f079(x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..4 {
        s0
            += match i % 2 {
                0 => s0.cos(),
                _ => x0.exp(),
            };
    }
    let t0 = s0;
    let mut s2 = x0.tanh();
    for i in 1..2 {
        s2 -= x0 * s2 - self::h007(s2, t0);
        s2
            += (match i % 3 {
                0 => s2,
                1 => 0.1,
                _ => t0,
            }) + s0;
    }
    let t3 = x0.abs() * s0.sqrt();
    s2 / s2 * (0.75 * t3) + s0 + s2
}
#[grad::differentiate]
fn f080(xs: &[f64], x0: f64) -> f64 {
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    while k0 < xs.len() {
        s1 = s1 * s1.sqrt();
        s1 -= (xs[k0] + 1.25).cos();
        k0 += 1;
    }
    let mut s2: f64 = 1.0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s1 += s1;
        s2 += f64::tanh(x0);
    }
    let t0 = x0;
    let mut s3: f64 = 0.0;
    for (i, _) in xs.iter().enumerate() {
        if i % 2 == 0 {
            s3 = xs[i];
            s2 -= x0 / t0;
        } else {
            s2 *= xs[i] + t0 / t0;
            s3 *= s1;
        }
        s1 = s1 - (s1 + (i as f64) * xs[i]);
    }
    (-s3).powf(0.5) + s1 + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f081(x2: f64, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0 = xs[3].max(x1) * (x0 / x1);
    for _ in 0..xs.len() {
        s0 = s0 * s0;
    }
    let t0 = xs[3];
    let mut s1: f64 = 1.0;
    if xs[0] * x0 * x1 >= xs[0].sin() * s0 {
        s1 /= -x1;
        s0 += x1;
    }
    let t1 = xs[2];
    h019(x2 + x0, xs[0].powf(xs[1]), xs[1].max(t0)).max(x0) + s0 + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn f082(x2: f64, x0: f64, xs: &[f64], x1: f64, ys: &[f64]) -> f64 {
    let mut s1: f64 = 0.0;
    for (_, _) in xs.iter().enumerate() {
        s1 = s1 * x1;
        s1 *= x0;
    }
    let mut s3: f64 = 0.5;
    for i in 0..ys.len() {
        for _ in (1..ys.len()).step_by(2) {
            s3 += xs[i];
        }
        s1 -= 0.1 / s3;
        if i != 2 {
            return if i % 2 == 0 { s1 } else { s1 / x1 };
        }
    }
    let t0 = ys[1] / f64::ln(h018(xs[3]));
    s3 += xs[2];
    if -(-ys[0]) <= x2 * xs[1] {
        s3 = self::h012(3.0 * s3, t0);
        s1 += h029(s1, ys, if x2 > 2.0 { t0 } else { s3 }, f64::ln(xs[2]));
        s1 *= x0;
    } else if -xs[1] <= x1 {
        s1 = s1 * ys[1];
        s3 = s3 + (t0 + (xs[0] + s1));
    } else {
        s3 += t0;
    }
    let mut s4 = (if s3 <= 2.0 { 0.75 } else { xs[4] }).max(x1);
    for i in 0..4 {
        s3 += ys[i % ys.len()].powi(3).powi(3);
        s4 /= -(if i % 2 == 0 { s4 } else { ys[i % ys.len()] });
    }
    xs[0] + s1 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn f083(x2: f64, n: usize, x1: f64, ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
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
fn f084(x0: f64) -> f64 {
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
fn f085(xs: &[f64], x0: f64) -> f64 {
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
fn f086(xs: &[f64], x1: f64, n: usize, x0: f64, ys: &[f64]) -> f64 {
    let t0 = x1;
    let t1 = x1 + (t0 * 0.75 - ys[1]);
    let t2: f64 = t0.exp() - (x1 + t1);
    let mut s1 = 0.75 - x0.sin();
    if n != 1 {
        s1 -= s1 * ys[0] - self::h023(xs[0], xs[3]);
    } else if h023(ys[1], 2.0 - x0) < 0.5 {
        s1 += t0;
    }
    s1 += -t0;
    s1 -= x1.min(x0) * (ys[1] * 3.0);
    t1.sin().cos().max(h029(t1, xs, s1, x0) * t2.tanh()) + s1
}
#[grad::differentiate(dual_calls)]
fn f087(x1: f64, x0: f64) -> f64 {
    let t0 = -f64::tanh(x1.max(x0));
    let t0 = t0 + (t0 * t0).ln();
    let mut s0: f64 = 0.0;
    for _ in 0..4 {
        s0 += x1;
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s1 += s1;
        if (if self::h002(t0, x1, s0) >= t0 {
            if k0 >= 2 { x1 } else { x0 }
        } else {
            if x1 <= t0 { x0 } else { t0 }
        }) >= 0.25
        {
            s1 = x1;
            s1 = s1 * t0.powf(x1 / s0);
        }
        k0 += 1;
    }
    let t0 = t0 + s0.sin();
    if k0 >= 2 {
        return x0.sin().cos();
    }
    s0 + (s1 - x1).max(x0) + s0 + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn f088(x0: f64, n: usize, x2: f64, x1: f64) -> f64 {
    let mut s2: f64 = 1.0;
    for _ in (1..4).step_by(2) {
        s2 += h025(s2, x0.sin());
    }
    let t1 = 0.75 + 3.0 * x0;
    let s3 = s2 * x0;
    for i in 0..n {
        if i == 2 {
            break;
        }
        s2 *= t1;
        s2 += x1.exp() * x1.sin();
    }
    let s4 = h007(x1, x2) - s3 * x0;
    for _ in (0..3).step_by(2) {
        s2 = s2 * t1;
    }
    let t1 = t1
        * ((match n % 2 {
            0 => x1,
            _ => s4,
        }) * t1);
    let t2 = s2;
    x1 + s2 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f089(xs: &[f64], n: usize, x0: f64) -> f64 {
    let mut s1 = x0 + x0;
    for _ in xs.iter() {
        s1 += xs[1] * x0 * x0.tanh();
        for (&p1, &q0) in xs.iter().zip(xs.iter()) {
            s1 += p1.abs().powf(1.5);
            s1 = s1 - (if n < 2 { self::h029(x0, xs, p1, xs[0]) } else { q0.sin() });
        }
    }
    if s1 <= x0 {
        s1 += xs[0].min(1.25 / x0);
    }
    let t0 = s1;
    let t3 = ((if xs[0] < t0 { xs[0] } else { xs[2] }) - -x0).exp();
    xs[0] + s1 + t3
}
#[grad::differentiate]
fn f090(x1: f64, x0: f64) -> f64 {
    let t0 = x1.exp() + x1;
    let t1 = x0;
    x0 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f091(n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..2 {
        s0 = s0 + h008(x1, x0);
    }
    let mut s1: f64 = 0.5;
    for _ in (1..4).rev().step_by(2) {
        s0 /= x1.min(x0);
        s0 += s0;
    }
    let t0 = (s0 + s1) / x1;
    s1 *= t0;
    let s5: f64 = 0.0;
    if n % 2 == 0 {
        s0 -= t0;
        s0 += x1;
    }
    -(((n + 1) as f64) * x1).max(s0 + s5) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f092(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0 = (2.0 * x2).powi(-2);
    for i in 1..2 {
        if i == 1 {
            break;
        }
        s0 += (-x1).abs();
        s0 = s0 + (3.0 - x1 + s0.powf(1.5));
    }
    let t0: f64 = {
        let r0 = x2;
        r0 * (x2 * x0.min(s0))
    };
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = x2;
    }
    h007((0.5 - t0) * (x2 + t0), s0) + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f093(xs: &[f64], x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0 = x0 + x0 * xs[1];
    for _ in (0..3).rev() {
        s0 = s0 * -s0.cos();
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = s0 * x1;
        s0 += v0[i % v0.len()] + x1 + h021(s0);
    }
    let t0 = -(x0 + xs[1]);
    let mut v1 = vec![0.0_f64; 4];
    for i in 0..4 {
        v1[i] = (0.25 + x2) * xs[i].powi(3);
        s0 += t0;
    }
    s0 = s0 - x0;
    let s3 = t0;
    for i in 0..2 {
        s0 += x2 + v0[i];
        s0 += x2.min(s0);
    }
    s3 * t0 + s0 + v0[2] + v1[3]
}
#[grad::differentiate]
fn f094(n: usize, x1: f64, xs: &[f64], x0: f64) -> f64 {
    let t0 = (x1 / x1 - (xs[1] + xs[0]))
        .max(
            match n % 2 {
                0 => x0,
                _ => xs[1],
            },
        );
    let t1 = xs[2];
    let mut s4 = if x0 <= 3.0 { x1 - t1 } else { t0 + (n as f64) };
    for _ in 0..xs.len() {
        s4 += x1 * x0;
    }
    let t0 = t0 + x0;
    let t2 = if n >= 2 { x1.tanh() } else { xs[0] * xs[0].exp() };
    if n != 1 {
        s4 += -t2;
    }
    xs[0].ln() + s4 + t0
}
#[grad::differentiate(dual_calls)]
fn f095(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    if ({
        let r0 = ys[0];
        r0 - x0
    }) >= 1.25
    {
        s0 += x0.powi(3);
        s0
            /= if ys[0] >= 0.75 {
                x0
            } else {
                {
                    let r1 = s0;
                    r1 + ys[0]
                }
            };
    } else if x0 >= s0 + s0 + x0 {
        s0 = s0 + x0.cos();
        s0 = s0 + ys[0] * -ys[2];
    }
    let t0 = s0;
    let mut s1 = h023(ys[0].min(x0), t0);
    for i in (0..ys.len()).step_by(2) {
        s1 += ys[i] * s0 - t0;
        s0 += self::h004(ys[i]);
        s1 -= s0 + xs[i];
    }
    s0 /= xs[2];
    s0 + (t0 * ys[1]).exp() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f096(n: usize, x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= n {
            break;
        }
        s0 += x1 * 0.25 - x1;
        k0 += 1;
    }
    let t0 = x0;
    if (match k0 % 3 {
        0 => x2,
        1 => x2,
        _ => x0,
    })
        >= ({
            let r1 = t0;
            r1
        })
    {
        s0 = t0;
        s0 = s0 + x2;
        s0 /= h003(1.5 + t0, x2, t0);
    }
    s0 = s0
        * (match n % 3 {
            0 => 2.0 * x1,
            1 => t0.abs(),
            _ => self::h002(s0, t0, x1),
        });
    let s4 = -t0.powi(-2);
    for _ in (0..n).rev() {
        s0 = s0
            + -({
                let r2 = t0;
                r2 * x1
            });
        if s0.sin() >= s4 {
            return x0;
        }
    }
    x1 + s0
}
#[grad::differentiate]
fn f097(x1: f64, xs: &[f64], x2: f64, x0: f64, ys: &[f64]) -> f64 {
    let t0 = xs[2];
    let mut s0: f64 = 0.5;
    for i in (0..4).rev().step_by(2) {
        s0 += ys[(i + 1) % ys.len()];
    }
    x0 + x1 + x2 + t0 + s0
}
#[grad::differentiate]
fn f098(x1: f64, x2: f64, x0: f64, n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = if x2 >= 2.0 { x0 } else { 0.25 };
    }
    let mut s0 = v0[0];
    for _ in v0.iter() {
        s0 /= x0.powi(-2);
        for (_, &p1) in v0.iter().enumerate() {
            s0 -= -p1;
        }
        s0 += v0[0] + x1.powi(3);
    }
    let t0 = x2;
    if f64::abs(v0[3] + (n as f64)) >= v0[2] {
        return x2 + 0.5;
    }
    x1 + v0[3] + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f099(x1: f64, n: usize, xs: &[f64], x0: f64, x2: f64) -> f64 {
    let mut s1: f64 = 0.5;
    if xs[2] <= s1 / x1 {
        s1 -= xs[2];
        s1
            += h009(
                {
                    let r0 = xs[2];
                    r0 + x1
                },
                xs[1],
            );
    } else {
        s1 -= (xs[2] - xs[1]).powi(3);
    }
    let mut s2 = {
        let r1 = match n % 2 {
            0 => x0,
            _ => 1.25,
        };
        r1 * h008(x2, xs[4])
    };
    for i in (0..3).rev() {
        if n >= 2 {
            return (n as f64) * (xs[i] + s1);
        }
        s1 = s1 * xs[(i + 1) % xs.len()];
        s1
            += {
                let r2 = x0;
                f64::tanh(r2)
            };
    }
    let mut s3 = (s2 + 0.25).exp();
    let mut k0 = 0;
    while k0 < xs.len() {
        s1 += f64::abs(x2.max(xs[k0]));
        s2 += s2;
        k0 += 1;
    }
    let mut s4 = xs[0];
    for p1 in xs.iter() {
        s4 += x2 * f64::sqrt(x1);
        s3 += xs[2];
        for _ in xs.iter() {
            s1 = s1 * *p1;
            s1 = s1 - s4.powi(-2);
        }
    }
    let t0 = (n as f64) * x2;
    let s5: f64 = 0.5;
    if k0 % 2 == 0 {
        s1 = -(((n + 1) as f64) * x2);
        s3 += xs[4];
        if n < 1 {
            s2 = s2 * t0.exp();
            s4 = s4 + s1;
        } else {
            s2 -= h020(xs, xs[0]);
        }
    } else if t0.sqrt() <= xs[2] {
        s1 = s2 * 0.75;
        s3 += xs[0] * 3.0;
    } else {
        s3 = s3 - s4;
        s4
            += match k0 % 2 {
                0 => xs[1] - xs[2],
                _ => x0.sqrt(),
            };
    }
    ((k0 + 1) as f64) * (s3.cos() * s3.abs()) + s1 + s2 + s3 + s4 + s5
}
#[grad::differentiate(dual_calls)]
fn f100(x1: f64, x0: f64, n: usize) -> f64 {
    if n < 1 {
        return x0.powf(x0) + x0;
    }
    let mut s0 = (0.1 + x1).sin();
    for _ in 0..4 {
        if n >= 2 {
            return (1.25 - x1).tanh();
        }
    }
    let t0: f64 = self::h023(if s0 > s0 { x0 } else { x1 }, s0);
    let t0 = t0
        * (x1
            / ({
                let r0 = s0;
                r0 + s0
            }));
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = x0.powf(-0.5);
        s0 = s0 * h019(x1, x0, v0[i].ln());
    }
    t0.min(s0.cos().sin()) + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f101(x2: f64, x1: f64, n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = {
        let r0 = xs[0];
        r0 + x0
    };
    for (i, _) in xs.iter().enumerate() {
        s0 += s0 + (if xs[i] > x2 { xs[i] } else { x2 });
        s0 *= h023(xs[i].tanh(), x0);
    }
    if n < 1 {
        return h021(h005(x1, x2));
    }
    let mut s4 = 3.0 - x1.min(s0);
    for i in (1..n).step_by(2) {
        if i >= 1 {
            break;
        }
        s0 += s0.sin().sqrt();
        s4 -= s0;
    }
    if n % 2 == 0 {
        s4 -= xs[3];
    }
    let (t1, t2) = (
        xs[1],
        ({
            let r2 = xs[0];
            r2 * xs[0]
        })
            .abs(),
    );
    (if n >= 2 { (n as f64) * s4 } else { t1 }) + s0 + s4 + t2
}
#[grad::differentiate]
fn f102(n: usize, ys: &[f64], xs: &[f64], x0: f64) -> f64 {
    let mut s0 = ys[0];
    for (_, _) in ys.iter().enumerate() {
        s0 -= f64::exp(x0);
    }
    if n < 1 {
        return s0;
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..v0.len() {
        v0[i] = ys[i];
    }
    s0 = s0
        * ({
            let r0 = s0;
            r0 - x0
        })
            .tanh();
    ys[0] + xs[2] + s0 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn f103(n: usize, x2: f64, x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = h022(x0 - x1, x2, xs, xs[1] * x0);
    for (_, &q0) in xs.iter().zip(xs.iter()) {
        s0 += (n as f64) * x2;
        s0 += h004(f64::tanh(q0));
        s0
            *= match n % 3 {
                0 => xs[0].max(xs[1]),
                1 => xs[1],
                _ => 1.25,
            };
    }
    let t0 = match n % 2 {
        0 => s0.tanh().powf(xs[1] * s0),
        _ => 0.25,
    };
    let mut s1 = x1 * x1;
    for i in (1..2).rev() {
        s0 -= s1 + h021(xs[i]);
        for (j, _) in xs.iter().enumerate() {
            if j == 1 {
                continue;
            }
            s1 *= s1 + xs[i] + 0.75;
        }
        s0 += s1 + x2 * s0;
    }
    let t1: f64 = -s0;
    let t2 = x0 * s0 + (x0 + (n as f64)) + h006(x1, xs[0]) / (xs[0] + x2);
    xs[1] + s0 + t0 + s1 + t1 + t2
}
#[grad::differentiate]
fn f104(x0: f64, xs: &[f64], x1: f64, n: usize) -> f64 {
    let mut s0 = -x1;
    for _ in xs {
        s0 = s0 - xs[0];
        s0
            *= {
                let r0 = xs[3];
                r0 + x0
            };
    }
    let mut s1: f64 = 0.0;
    if n >= 2 {
        s1 *= (xs[0] - s1) * (s1 + 3.0);
    } else if n != 2 {
        s0 = (if n % 2 == 0 { x0 } else { xs[3] }).sin();
        s0 = s0 * s1;
    } else {
        s1 = s1 + (s0 / xs[0]).max(0.5);
        s1 += s0;
    }
    (0.5 * xs[2]).powi(-1) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f105(x0: f64, xs: &[f64], ys: &[f64], x1: f64) -> f64 {
    let mut s4 = ({
        let r1 = x1;
        r1 + x0
    }) + (0.75 + x1);
    if x1 <= 0.1 {
        s4 += if x0 > 2.0 { s4 } else { 1.25 };
    }
    if x0 <= -ys[1] {
        for _ in ys.iter() {
            s4 *= 0.25 - 3.0 * x1;
            s4 += if h028(ys[3], xs) <= 0.75 { 0.75 - x0 } else { x1 };
        }
    }
    let t2 = 1.25 - x1;
    let s7: f64 = 0.0;
    for i in 0..ys.len() {
        if i >= 2 {
            return s7;
        }
    }
    let mut s8: f64 = 0.5;
    for i in 0..3 {
        for _ in ys {
            if -s8 * ys[i - 1].ln() < 2.0 {
                return s7;
            }
            s8 += xs[i];
        }
    }
    let t3 = s7.sin();
    s7 + s4 + t2 + s8 + t3
}
#[grad::differentiate]
fn f106(n: usize, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in xs.iter() {
        s0 += xs[4] - xs[4].cos();
        s0 = s0 - x0;
        s0 += x0 * xs[4].tanh();
    }
    if n != 2 {
        return s0 / 0.5 - (s0 + (n as f64));
    }
    let t0 = s0;
    xs[0] + s0 + t0
}
#[grad::differentiate]
fn f107(x0: f64, n: usize, x1: f64) -> f64 {
    let mut s0 = x1.sin();
    for _ in 0..n {
        s0 = s0 - s0;
        for _ in 0..n {
            s0 += s0 + s0;
        }
        s0 += x1 + s0;
    }
    let t0 = x1.powi(2) * ((n as f64) * s0);
    let s2: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 /= x0 / 0.25 + ((k0 + 1) as f64);
        k0 += 1;
    }
    -(if x0 > x1 { x1 } else { x1 }).abs() + s0 + t0 + s2
}
#[grad::differentiate(dual_calls)]
fn f108(x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 4 {
        s0 += s0 * x1.max(1.5);
        k0 += 1;
    }
    let s2: f64 = 0.5;
    for _ in 0..3 {
        s0 += h018(s2 / s2);
    }
    s0
        -= if s2 <= x1.min(s0) {
            x0
        } else {
            match k0 % 3 {
                0 => s0,
                1 => s2,
                _ => 1.25,
            }
        };
    let s5: f64 = 1.0;
    for _ in (1..2).step_by(2) {
        s0 += s2.tanh();
    }
    let (t2, t3) = (
        x1 - 1.25,
        x0
            .cos()
            .min(
                match k0 % 2 {
                    0 => s2,
                    _ => x0,
                },
            ),
    );
    (x0 + x0).min(s2 * s0)
        + (if ((k0 + 1) as f64) * x1 <= 0.1 { h023(s2, x0) } else { t3 }) + s0 + s5 + t2
}
#[grad::differentiate]
fn f109(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let mut s0 = (n as f64)
        * (match n % 3 {
            0 => 0.5,
            1 => x0,
            _ => x0,
        });
    let mut k0 = 0;
    while k0 < xs.len() {
        s0 += x0;
        s0 += s0;
        k0 += 1;
    }
    s0 += x0;
    let mut s1 = xs[3];
    if n < 3 {
        s0 = x0.tanh();
        s1 += xs[0];
        s0
            /= (k0 as f64) * s1
                * (match n % 2 {
                    0 => s0,
                    _ => s0,
                });
    }
    let mut v1 = vec![0.0_f64; n];
    for i in 0..n {
        v1[i] = v1[i];
    }
    let s2: f64 = 0.5;
    for _ in 0..2 {
        s1 += s1.powi(3) * -x0;
    }
    s1 + s0 + s1 + v1[1] + s2
}
#[grad::differentiate(dual_calls)]
fn g000(
    x0: f64,
    d: &Array2<f64>,
    x1: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
) -> f64 {
    let mut s0 = a.powi(3).mean().unwrap();
    for i in 0..3 {
        s0 *= u.sum().exp();
        if -x1 + x0.exp() <= 3.0 {
            if i >= 1 {
                continue;
            }
            s0 += h011(x1, s0.cos(), c[[i, 0]] + x0);
        }
        s0 += 0.5 * x0;
    }
    let t0: f64 = (2.0 - x0 + s0)
        .min({
            let r0 = x0;
            r0 / r0
        });
    let s1 = s0 + t0;
    for i in 0..3 {
        if i == 2 {
            break;
        }
        s0 += x1 / (if t0 > 1.5 { a[[i, i]] } else { 3.0 });
    }
    let (t1, t2) = (a.dot(&a.t()).sum(), a.sum().powf(1.5));
    ({
        let r2 = d[[0, 0]] * 0.1;
        r2 * a.sum()
    }) / t1.sin() + s0 + s1 + t2
}
#[grad::differentiate(dual_calls)]
fn g001(a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    if s0 / a[[0, 1]] <= 0.5 {
        s0 = s0 + (s0 + 0.75).powf(s0 + 0.75);
    } else if -a[[2, 0]].exp() > 0.5 {
        return a[[2, 0]];
    }
    let mut s1: f64 = 1.0;
    for i in (0..a.nrows()).step_by(2) {
        s1 *= s1;
        if a[[i, i % 2]].sin() <= 3.0 {
            return match i % 3 {
                0 => s0,
                1 => s1 - s0,
                _ => a[[i - 1, i % 2]],
            };
        }
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = s1.ln();
            s1
                += (match i % 2 {
                    0 => 0.75,
                    _ => a[[j, j]],
                }) - (a[[i - 1, j]] + s0);
        }
    }
    let mut s2 = z0[[2, 0]].powi(-1);
    let mut k0 = 0;
    while k0 < 4 {
        s1 = s1 - -s1;
        s2 -= h012(s1, s0) + s2;
        k0 += 1;
    }
    z0[[1, 1]] + (k0 as f64) + s0 + s1 + z0.sum() + s2
}
#[grad::differentiate]
fn g002(x0: f64, c: &Array2<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..a.ncols() {
        s0
            *= if i % 2 == 0 {
                if i != 0 { x0 } else { x1 }
            } else {
                a[[i % 2, i % 4]] - c[[i % 2, 0]]
            };
    }
    let t1: f64 = x1;
    c[[1, 0]] + s0 + t1
}
#[grad::differentiate]
fn g003(x1: f64, a: &Array2<f64>, d: &Array2<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        for j in (0..3).step_by(2) {
            s0 -= a.sum() * d[[i % 1, j]];
        }
    }
    let t0 = if ({
        let r1 = {
            let r0 = x0;
            r0 * d[[0, 1]]
        };
        r1 - x1
    }) < 0.75 - x1
    {
        s0
    } else {
        s0 * s0.exp()
    };
    s0 -= d[[0, 1]];
    let t1: f64 = x0;
    t0.tanh() + s0 + t1
}
#[grad::differentiate]
fn g004(u: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = a[[i % 2, i % 3]] * u[i] * a[[0, i % 3]];
    }
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..v1.len() {
        v1[i] = (u + u).dot(u);
    }
    let mut s0: f64 = 0.0;
    for i in 1..v0.len() {
        s0 += u[i];
        v0[i] = s0;
    }
    a[[1, 2]] + x0 + v0[2] + v1[2] + s0
}
#[grad::differentiate]
fn g005(a: &Array2<f64>, d: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t1 = f64::sin(d[[0, 2]]).abs();
    let t3 = u.dot(&a.t()).sum() + (t1 + (t1 - t1));
    u.sum() + t3
}
#[grad::differentiate(dual_calls)]
fn g006(
    u: &Array1<f64>,
    x0: f64,
    a: &Array2<f64>,
    b: &Array2<f64>,
    w: &Array1<f64>,
) -> f64 {
    let t0 = a.mean().unwrap();
    if t0 < 0.75 {
        return t0;
    }
    if w.sum() < 0.75 {
        return x0 + t0 + (if t0 < 0.1 { w[0] } else { a[[0, 1]] });
    }
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 2 {
        if k0 < 3 {
            s0 *= a[[k0, k0]];
        }
        k0 += 1;
    }
    let (t1, t2) = (t0 + t0 * t0, 3.0 + s0 / x0);
    h000(u.dot(u) * ((k0 as f64) * x0)) + b.sum() + s0 + t1 + t2
}
#[grad::differentiate]
fn g007(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..a.ncols() {
        s0 = s0 - x0;
        if i % 2 == 0 {
            s0 = (a * a).sum();
            s0 /= s0.powf(x0).min(1.25);
            s0 += u.sum();
        }
    }
    let (t0, t1) = (a.t().sum(), a.t().sum());
    let mut s3 = s0;
    if a[[0, 0]] + 1.5 - s0 <= s3 * (t1 * s3) {
        s3 = u[1];
        if u[2].min(t1) > x0.max(u[0]).ln() {
            s0 = s0 + x0;
        } else {
            s0 = s0 * x0.abs().abs();
            s0 = s0 - (if -a[[0, 0]] <= 0.1 { a[[0, 0]].powi(-2) } else { a[[1, 0]] });
        }
        if x0 + u[1] <= 1.25 {
            return f64::sin(t1) * x0;
        }
    } else if a.t().mean().unwrap() < 0.1 {
        s0 = s0 + x0.powi(-1) * t0.tanh();
    }
    let t2 = s3;
    let t0 = t0 + a.mean().unwrap();
    u[2] + s0 + s3 + t2 + t0
}
#[grad::differentiate(dual_calls)]
fn g008(w: &Array1<f64>, c: &Array2<f64>, x0: f64, x1: f64, a: &Array2<f64>) -> f64 {
    let m0 = a.t().mean_axis(Axis(1)).unwrap().tanh();
    let mut s1 = (m0[1] * x1 - &m0).dot(&a.t().sum_axis(Axis(1)));
    for i in 1..3 {
        s1 /= w[i];
        s1 += s1;
        for j in 1..a.ncols() {
            s1 += (&a.t() * m0[j]).sum();
            s1
                *= {
                    let r0 = 2.0 / s1;
                    h003(r0, r0, s1)
                };
            s1 += x1.cos() / m0[j - 1];
        }
    }
    if s1
        > (if x0 <= (if x1 <= 0.1 { w[2] } else { c[[2, 0]] }) { c[[0, 0]] } else { x1 })
    {
        return s1;
    }
    let t0 = x0 + x1 + f64::ln(s1);
    f64::exp({
        let r1 = s1;
        r1 * m0[0].exp()
    }) + m0.sum() + s1 + t0
}
#[grad::differentiate]
fn g009(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = (a[[1, 0]] + w[1]).powi(-1);
    let m0 = w * (t0 + a[[0, 3]]);
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = a[[i, i]] * (w[i] * t0);
    }
    let mut s5 = a[[0, 0]] * t0 + t0.powi(-2);
    for i in 1..v0.len() {
        v0[i] = -(-a[[(i + 1) % 2, i]]);
        s5 = s5 + s5.min(0.25);
        s5 += t0.powi(-1);
    }
    let t0 = t0 + s5 * a[[0, 3]] * t0.abs();
    s5.min(s5 + s5).abs() + m0.sum() + v0[1] + s5 + t0
}
#[grad::differentiate]
fn g010(
    u: &Array1<f64>,
    x1: f64,
    a: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    b: &Array2<f64>,
) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = f64::cos(x0);
    }
    let t0 = x0.sqrt();
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = {
            let r0 = t0.powi(-1);
            r0 + u[i]
        };
        v1[i]
            += match i % 3 {
                0 => {
                    match i % 2 {
                        0 => 0.5,
                        _ => x1,
                    }
                }
                1 => u[i % 2],
                _ => x1,
            };
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = if t0 > x1 {
            {
                let r1 = b[[i, 1]];
                r1 * b[[i % 3, 0]]
            }
        } else {
            a[[i, 0]] + 3.0
        };
    }
    x1 + w.sum() + v0[3] + v1[1] + z0.sum()
}
#[grad::differentiate]
fn g011(b: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..3 {
        for j in 0..2 {
            if j == 1 {
                continue;
            }
            s0 *= u[j].powi(2);
            s0 += a.sum();
        }
        s0 = s0 + s0 * u[i % 3];
    }
    let s1 = u[2].abs() + u.mean().unwrap();
    for _ in (0..b.nrows()).rev().step_by(2) {
        s0 += a.dot(u).mean().unwrap();
    }
    b[[1, 1]] + s0 + s1
}
#[grad::differentiate]
fn g012(x0: f64, w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 1..2 {
        s0 += 1.5 * x0;
        s0 *= s0 / (a[[i, i]] * s0);
        if i % 2 == 0 {
            s0
                /= (match i % 3 {
                    0 => a[[i, i]],
                    1 => w[i],
                    _ => u[2],
                })
                    * ({
                        let r0 = s0;
                        r0 * a[[i, i]]
                    });
        }
    }
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = w[1];
            s0 += x0;
        }
    }
    if x0 <= w[1] * w.mean().unwrap() {
        s0 = s0 + (0.75 + z0[[0, 0]]);
        s0 += if w[1] <= w.sum() { if x0 >= 0.5 { u[1] } else { w[0] } } else { 0.5 };
    }
    (2.0 * s0 * x0).powf(1.5) + s0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g013(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut s1: f64 = 0.0;
    for i in (0..a.ncols()).step_by(2) {
        s1 += w[(i + 1) % 2];
        if i >= 2 {
            return h025(
                w.mean().unwrap(),
                {
                    let r1 = s1;
                    r1 * w[i % 2]
                },
            );
        }
        s1 -= w.sum() / -s1;
    }
    let m0 = a.t().dot(w);
    (-f64::sqrt(w[1])).powf(2.5) + s1 + m0.sum()
}
#[grad::differentiate]
fn g014(x0: f64, w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>, x1: f64) -> f64 {
    let (t0, t1) = ((x0 / 0.5).tanh(), u[0] + 3.0 + (w[1] - x0));
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = ({
            let r0 = z0[i];
            r0
        })
            .min(x1 + ((i + 1) as f64));
    }
    (x0.powi(3) + (w[0] + t1)).powi(-2) + a.sum() + t0 + z0.sum()
}
#[grad::differentiate]
fn g015(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = a[[2, 1]] * 1.25 / (f64::tanh(u[0]) + (1.5 + a[[1, 1]]));
    let t1 = if -t0 + f64::exp(a[[0, 1]]) >= 1.5 { 1.25 } else { a.t().mean().unwrap() };
    u[1] + t1
}
#[grad::differentiate]
fn g016(a: &Array2<f64>, w: &Array1<f64>, c: &Array2<f64>) -> f64 {
    let mut s0 = w[1];
    if w[0].cos().exp() >= a.t().exp().mean().unwrap() {
        s0 *= s0;
        s0 -= w[0] + s0;
    } else if w[0] - a[[0, 2]].powi(-1) <= 0.5 {
        s0 = s0 + w[0].powf(0.5);
        s0 += s0 + w[1] * w[1];
    } else if a.dot(&a.t()).sum()
        > ({
            let r0 = s0;
            r0 + w[0]
        }) / c[[0, 0]]
    {
        s0 /= (a[[0, 2]] / 1.5).powi(-1);
        s0 /= a.dot(&a.t()).sum();
    } else {
        s0
            *= f64::sin({
                let r1 = c[[0, 0]];
                r1 / w[0]
            });
    }
    s0 -= -f64::exp(a[[1, 2]]);
    let m0 = a.dot(&(&a.t() + &a.t())).dot(&(s0 / w).exp());
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = (0.1 + a[[(i + 1) % 2, i % 3]]) * w[i];
    }
    (&c.t() + &a.t()).sum() + s0 + m0.sum() + z0.sum()
}
#[grad::differentiate]
fn g017(a: &Array2<f64>, x1: f64, u: &Array1<f64>) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = u[i];
        }
    }
    let t0 = (({
        let r0 = x1;
        r0 - z0[[1, 1]]
    }) / u)
        .mean()
        .unwrap();
    let mut z1: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z1[i] = u.sum();
    }
    let (t1, t2) = (a[[0, 3]].max(t0), 0.25 + (1.25 + t0));
    (if t2.min(-x1) < (if t1 > 0.1 { t0 } else { u[3] }) {
        (0.1 + u[2]).max(u.dot(u))
    } else {
        a[[0, 2]]
    }) + z0.sum() + z1.sum()
}
#[grad::differentiate(dual_calls)]
fn g018(
    u: &Array1<f64>,
    b: &Array2<f64>,
    a: &Array2<f64>,
    x0: f64,
    w: &Array1<f64>,
) -> f64 {
    if ({
        let r0 = u.mean().unwrap();
        r0 + w[0].powi(-1)
    }) <= a.powi(-1).mean().unwrap()
    {
        return h005(a[[1, 0]] / a[[1, 2]], h004(w[1]));
    }
    let mut s0 = w.powi(3).sum();
    for i in 0..b.ncols() {
        if i == 1 {
            continue;
        }
        s0 = s0
            + (match i % 3 {
                0 => 0.1,
                1 => x0 * x0,
                _ => 0.75,
            });
    }
    let t0 = x0;
    let mut s1: f64 = 1.0;
    for i in (0..4).rev() {
        s0 = s0 * b.t().mean().unwrap().powf(0.5);
        if (s1 + (i as f64)) * b[[(i + 1) % 2, i % 3]].powi(-1)
            < (if i != 2 { x0 * 1.25 } else { w.sum() })
        {
            s1 -= (0.1 - u[(i + 1) % 3]) * t0;
            s1 = s1 - b[[i % 2, 0]].max(x0);
        }
        s0 += b.sum();
    }
    (w + (if s1 <= 0.5 { u[1] } else { t0 })).dot(&(w + w[1] / 1.5)) - a.t().sum() + s0
        + s1
}
#[grad::differentiate]
fn g019(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = u.mean().unwrap();
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = u[i];
        for (_, _) in v0.iter().enumerate() {}
    }
    let t1 = u[1].cos().abs() * u[3];
    let mut s5: f64 = 0.5;
    for (i, _) in v0.iter().enumerate() {
        if i == 2 {
            break;
        }
        s5 -= a[[0, i]];
    }
    a[[1, 1]] + t0 + v0[3] + t1 + s5
}
#[grad::differentiate]
fn g020(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = ({
        let r0 = u[2];
        r0 + (u[2] + u[1])
    })
        .max(a[[1, 0]]);
    let t0 = t0 - t0.sqrt();
    a.dot(&a.t()).powi(3).mean().unwrap() + t0
}
#[grad::differentiate(dual_calls)]
fn g021(
    u: &Array1<f64>,
    x0: f64,
    w: &Array1<f64>,
    b: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = b[[i, i % 4]] + ((i + 1) as f64);
    }
    let mut s1: f64 = 0.5;
    for _ in 0..4 {
        s1 /= x0;
    }
    let m0 = &z0 / &z0;
    (u + h012(a[[2, 3]], s1)).dot(&a.t().dot(a).dot(u)) + w.sum() + z0.sum() + s1
        + m0.sum()
}
#[grad::differentiate]
fn g022(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let m0 = u.dot(&a.t()).powi(3) / u.dot(&a.t());
    let (t0, t1) = (a.dot(&a.t()).sum(), u[2].max(a.mean().unwrap()));
    m0[2] + m0.sum() + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn g023(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = v0[i];
    }
    let t1 = (&b.t() + &a.t()).sin().sum();
    let t4 = t1;
    a.dot(&a.t()).sum() * h029(t4, &v0, t4, b[[0, 2]]).abs() + u.sum() + v0[3]
}
#[grad::differentiate(dual_calls)]
fn g024(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = a[[i % 2, 1]];
        if i != 2 {
            v0[i] += u[i];
        }
    }
    let mut s0 = u[3].exp() * u[3].powi(2);
    for p0 in &v0 {
        for (_, _) in v0.iter().enumerate() {
            s0 -= s0;
            s0 = s0 - s0 * (s0 - s0);
        }
        s0 += h012(b[[0, 2]], *p0 + a[[1, 1]]);
    }
    let t0 = w.mean().unwrap() + -a[[1, 3]];
    if a[[1, 2]] + t0 - a.sum() > 1.5 {
        return s0;
    }
    (b / u).sum() + v0[3] + s0
}
#[grad::differentiate]
fn g025(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = 0.1 * u[3];
    let mut s2 = t0;
    let mut k1 = 0;
    loop {
        if k1 >= 4 {
            break;
        }
        s2 += u[k1];
        s2 = s2 - t0;
        k1 += 1;
    }
    (s2.sin() * a.t().sum()).exp() + s2
}
#[grad::differentiate]
fn g026(
    w: &Array1<f64>,
    b: &Array2<f64>,
    u: &Array1<f64>,
    a: &Array2<f64>,
    x0: f64,
) -> f64 {
    let t0 = -w[1];
    let t1 = b[[1, 0]];
    let t2 = u.dot(u);
    let mut z0: Array2<f64> = Array2::zeros((2, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = t0;
        }
    }
    (w + (if a[[0, 0]] > t1 { w[1] } else { 1.5 })).sum() + x0 + t2 + z0.sum()
}
#[grad::differentiate]
fn g027(w: &Array1<f64>, a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 1..4 {
        s0 = s0 + a[[i % 2, (i + 1) % 3]];
    }
    if (if a[[1, 2]] >= 0.5 { a[[0, 1]] } else { s0 }) + a.t().sum() < 3.0 + x0 {
        s0 = w[1] * a[[1, 1]];
        s0 *= a[[1, 1]];
    } else if s0.powi(-2) <= x0 * (w[1] + a[[1, 1]]) {
        s0 += u[1];
        s0 += s0;
    }
    (u[0] + a[[0, 0]] + (w[0] + 3.0)) * u.dot(&a.t().dot(w)) + s0
}
#[grad::differentiate(dual_calls)]
fn g028(x0: f64, a: &Array2<f64>, x1: f64, w: &Array1<f64>) -> f64 {
    let t0 = -w[0] - a[[0, 2]].max(a[[0, 1]]).ln();
    let mut s0 = w[1];
    if x1 <= 0.75 {
        s0 += 0.75 + t0 - h023(a[[1, 0]], x0);
        s0 = s0 - w.sum().min(w[0] * s0);
    } else if x0 > 2.0 {
        s0 = -x1.abs();
        s0 += a.dot(&a.t()).sum();
        s0 += w[1];
    }
    (if x1 < w[0] { t0 } else { 0.25 }).exp() + s0
}
#[grad::differentiate(dual_calls)]
fn g029(
    c: &Array2<f64>,
    x0: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    x1: f64,
    d: &Array2<f64>,
    b: &Array2<f64>,
) -> f64 {
    let mut s0 = x1;
    for i in 0..a.ncols() {
        if i % 2 == 0 {
            s0 += (x0 - 2.0) * h002(x0, b[[i % 3, i]], c[[0, 0]]);
        } else {
            s0 += a.t().sum();
        }
    }
    let mut s1: f64 = 1.0;
    for i in 0..a.ncols() {
        s1 = s1 + s1;
        if (u / u).sum() <= 2.0 {
            s1 += a[[2, i]] - s0 + (i as f64);
            s1 = s1 * -(x0 + b[[(i + 1) % 3, 3]]);
        }
        s0 = s0
            - ({
                let r0 = x0;
                r0 + c[[0, 0]]
            })
                .powi(-1);
    }
    ({
        let r1 = a.t().sum().tanh();
        r1 + x1
    }) + d.sum() + s0 + s1
}
#[grad::differentiate]
fn g030(
    u: &Array1<f64>,
    x0: f64,
    a: &Array2<f64>,
    w: &Array1<f64>,
    b: &Array2<f64>,
) -> f64 {
    let t0 = u[3];
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = u.mean().unwrap() + a[[i % 3, i % 4]].tanh();
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = x0;
        v0[i % 4] += v0[i] + 0.75;
    }
    b[[2, 2]] + w.sum() + t0 + v0[3] + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g031(x0: f64, x1: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..4).rev() {
        if i >= 1 {
            break;
        }
        s0 = s0 * u.dot(&u.sqrt());
        s0 += a[[(i + 1) % 2, i - 1]].exp() + s0;
    }
    let mut s1: f64 = 1.0;
    if h001(a.t().sum()) < a[[0, 1]].cos() - a.t().sum() {
        s1 /= (u[0] + x1).tanh();
    }
    let s2: f64 = 1.0;
    for _ in (0..2).rev() {
        for j in 0..3 {
            s1 = s1 * u[j];
        }
    }
    let s3: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s1 -= s3 + (k0 as f64);
        s0 = s0 + a.sum();
        k0 += 1;
    }
    let s5 = (a - (u[0] + s1)).sum();
    for _ in (0..3).rev() {
        s1
            += match k0 % 3 {
                0 => s1.tanh(),
                1 => u.dot(u),
                _ => 0.75 - x0,
            };
        s1 += s0;
    }
    u[3] + s2 + s0 + s1 + s5
}
#[grad::differentiate]
fn g032(a: &Array2<f64>) -> f64 {
    let m0 = a.dot(&a.t()).abs() - (a.dot(&a.t()) + (a[[1, 3]] - a[[1, 0]]));
    let t3 = (a[[1, 1]] * m0[[2, 2]]).tanh();
    let t4 = a.t().mean().unwrap();
    let t5 = a.abs().powi(2).mean().unwrap();
    let t6 = t5;
    2.0 + t4 + m0.sum() + t3 + t6
}
#[grad::differentiate]
fn g033(
    u: &Array1<f64>,
    x0: f64,
    w: &Array1<f64>,
    c: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let t0 = (0.25 - x0) / x0 * (w.sum() * f64::sin(x0));
    let mut s1 = u.sum().abs();
    for i in (0..a.nrows()).rev().step_by(2) {
        s1 += w.mean().unwrap() + (s1 + (i as f64));
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a.dot(u).sum();
        s1
            += {
                let r0 = 0.75 + u[i];
                r0 * z0.sum()
            };
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = (c[[i % 2, i % 1]].sin() + &a.t()).sum();
    }
    a.t().sum() + t0 + s1 + z0.sum() + v0[3]
}
#[grad::differentiate]
fn g034(x0: f64, u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = x0;
    }
    let t1 = z0[2];
    let m0 = u[1] * (u.powi(3) - a);
    m0[[1, 1]] + w.sum() + z0.sum() + t1 + m0.sum()
}
#[grad::differentiate]
fn g035(u: &Array1<f64>, w: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..3).rev() {
        if i >= 2 {
            break;
        }
        s0 = s0 * (w[i % 2] * (a[[(i + 1) % 2, i]] * x0));
    }
    let mut s1 = x0 + -a[[1, 1]];
    for _ in 1..4 {
        s1 += s1;
        s1 /= x0.min(0.1) + s0;
        s0 = s0 - s1.powi(-2);
    }
    let t0 = x0;
    let mut s3: f64 = 1.0;
    for _ in 0..2 {
        s3 *= w.dot(w).ln();
    }
    f64::tanh(w.dot(w)) + a.mean().unwrap() + u.sum() + s0 + s1 + t0 + s3
}
#[grad::differentiate(dual_calls)]
fn g036(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = x0 * x0 / (2.0 - x0);
    }
    let t0: f64 = w.dot(w);
    let mut s0: f64 = 0.0;
    for (i, _) in v0.iter().enumerate() {
        for _ in v0.iter() {
            s0 -= h025(x0, if i < 3 { a[[1, i]] } else { t0 });
            s0 -= a.t().mean().unwrap().powi(3);
            s0 = s0 - (w.dot(w) + a).mean().unwrap();
        }
    }
    x0 + u.sum() + v0[3] + s0
}
#[grad::differentiate]
fn g037(a: &Array2<f64>) -> f64 {
    let (t0, t1) = (a[[1, 0]], f64::exp(a[[0, 1]].powi(-1)));
    let mut s0: f64 = 1.0;
    for _ in 0..a.nrows() {
        s0 += t1;
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = 0.75 - t1.abs();
    }
    t0 * v0[0] + 0.1 + v0[2] + s0 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn g038(x0: f64, u: &Array1<f64>, w: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = h004(z0[i] - a[[i, 1]]);
    }
    let m0 = (a.mean_axis(Axis(1)).unwrap() * x1).powi(3);
    let mut s0 = {
        let r0 = u.mean().unwrap();
        r0 * x0
    };
    for i in 0..a.nrows() {
        if i == 1 {
            continue;
        }
        s0
            *= {
                let r1 = h021(x0);
                r1 / s0
            };
    }
    a.mean().unwrap().abs() + w.sum() + z0.sum() + m0.sum() + s0
}
#[grad::differentiate]
fn g039(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = u[3].powi(-2) * (a[[0, 3]] + 0.1);
    for i in 0..a.nrows() {
        s0
            /= match i % 2 {
                0 => s0.exp(),
                _ => a[[i - 1, i - 1]].powi(-1),
            };
        s0 += s0 + f64::abs(s0);
    }
    if u[0] > u[1] {
        return s0;
    }
    let (t0, t1) = (s0, u[3].max(u[3] - s0));
    let t1 = t1 + -t1;
    (a.t().sum() + (u + u)).sum() + s0 + t0 + t1
}
#[grad::differentiate]
fn g040(
    b: &Array2<f64>,
    u: &Array1<f64>,
    a: &Array2<f64>,
    x0: f64,
    d: &Array2<f64>,
) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = (d[[0, i]] + x0) * (0.5 + b[[(i + 1) % 2, i]]);
    }
    let t1 = b[[0, 1]];
    d[[0, 0]] + u.sum() + a.sum() + v0[3] + t1
}
#[grad::differentiate(dual_calls)]
fn g041(b: &Array2<f64>, x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..4).step_by(2) {
        if i >= 2 {
            return u.dot(&a.mean_axis(Axis(0)).unwrap());
        }
        s0 -= u[1];
    }
    let m0 = s0 * (a.dot(u) + u.dot(&b.t()));
    if (if a.sum() <= 1.5 { h016(m0[2], x0) } else { s0 }) < a.sum() {
        s0 /= f64::exp(a[[0, 0]]);
        s0
            += ({
                let r0 = x0;
                r0 * x0
            })
                .powf({
                    let r1 = x0;
                    r1
                });
    }
    f64::sin(a.t().sum()).powi(-1) + s0 + m0.sum()
}
#[grad::differentiate]
fn g042(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0 = (-a[[2, 0]]).powi(-2);
    for _ in 0..a.ncols() {
        s0 += s0;
    }
    let t0 = a.dot(u).sum().powi(2);
    f64::sin(u.dot(u) / 3.0) + s0 + t0
}
#[grad::differentiate]
fn g043(w: &Array1<f64>, u: &Array1<f64>, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = b[[i % 3, i % 2]].abs();
    }
    let (t0, t1) = ((-a[[2, 0]]).powi(-2), v0[2]);
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 = s0 - t0;
        k0 += 1;
    }
    let t2 = t0.abs().ln();
    b[[1, 0]] + w.sum() + u.sum() + v0[3] + t1 + s0 + t2
}
#[grad::differentiate]
fn g044(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = a[[1, 0]];
    let mut s0: f64 = 0.0;
    if s0
        / ({
            let r0 = u[1];
            r0 * t0
        }) >= 0.5
    {
        s0 = s0
            + (({
                let r1 = u[2];
                r1 - u[3]
            }) - s0);
        s0 += u[0] + a[[1, 1]].min(u[0]);
    }
    let s1: f64 = 1.0;
    for i in (0..a.ncols()).rev() {
        for j in 0..a.nrows() {
            s0 = s0
                * (if i != 0 { ((j + 1) as f64) * s1 } else { a[[j, j]] + a[[j, j]] });
        }
        if i < 1 {
            s0 += a.t().sum();
        }
    }
    let t1: f64 = (a.dot(u) * a.dot(u)).sum();
    t1.sqrt() + x0 + s0
}
#[grad::differentiate(dual_calls)]
fn g045(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a[[0, i]].powi(3);
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = h020(&v0, b[[1, 0]] + 3.0);
    }
    f64::exp(b.t().sum()) + a[[0, 0]] + u.sum() + z0.sum() + v0[2]
}
#[grad::differentiate(dual_calls)]
fn g046(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..a.nrows()).rev() {
        if i >= 1 {
            continue;
        }
        s0 = s0 + a.dot(u).dot(&a.mean_axis(Axis(1)).unwrap());
        s0 = s0
            * ((s0 + (i as f64))
                * (if a[[i, (i + 1) % 2]] >= s0 { u[1] } else { u[i % 2] }));
    }
    let mut s2 = a[[0, 0]].max(s0);
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 *= (s2 + ((k0 + 1) as f64)).sqrt();
        k0 += 1;
    }
    let s3 = u[0] + a[[1, 1]].sin();
    let mut k1 = 0;
    loop {
        if k1 >= 2 {
            break;
        }
        s2 -= s0;
        k1 += 1;
    }
    let s4 = s0;
    for i in 0..a.ncols() {
        if i >= 2 {
            continue;
        }
        if k1 < 3 {
            return self::h006(s3, s3).sqrt();
        }
    }
    (a.powi(-1) - a.tanh()).sum() + s0 + s2 + s4
}
#[grad::differentiate]
fn g047(b: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s1: f64 = 0.0;
    for _ in 0..2 {
        s1 *= -s1 + s1.exp();
    }
    s1 = s1 + u[3];
    let s3 = s1;
    for i in (0..3).rev().step_by(2) {
        s1 = s1 * -(-u[i]);
    }
    if b.dot(u).sum() >= s1 {
        return s3 - a[[0, 0]];
    }
    if s3 > u[3] + u[1] {
        return s1;
    }
    u[2] + s3.exp() + s1
}
#[grad::differentiate]
fn g048(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = a[[0, 1]]
        + ({
            let r0 = u[0];
            r0
        })
            .cos();
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        s0
            += match i % 2 {
                0 => -s0,
                _ => s0 / 1.5,
            };
        if i >= 2 {
            return (a[[i, 1]] + &a.t()).sum();
        }
    }
    -a[[0, 1]].sin() + t0 + s0
}
#[grad::differentiate(dual_calls)]
fn g049(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut s2 = a[[2, 1]].min(u[0]) + self::h025(x0, u[3]);
    let mut k0 = 0;
    while k0 < 2 {
        s2 += x0;
        s2 = s2 + (k0 as f64) * (s2 / s2);
        k0 += 1;
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = s2.ln();
    }
    let t0: f64 = (x0 * a.dot(u)).dot(&u.dot(&a.t()).powi(2));
    let (t1, t2) = (f64::ln(h001(s2)), (if k0 >= 2 { u[0] } else { t0 }).exp());
    if k0 < 1 {
        return a[[1, 1]];
    }
    1.25 / t1 + s2 + z0.sum() + t2
}
#[grad::differentiate(dual_calls)]
fn g050(b: &Array2<f64>, x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = b[[0, 1]] / 2.0;
    if ({
        let r0 = s0;
        r0
    })
        .min(u.dot(u)) < s0 * x0
    {
        s0 = s0.exp() - x0;
        s0 = s0 + self::h025(f64::tanh(a[[1, 1]]), u[0] + u[0]);
        for i in 0..2 {
            s0 *= b[[i % 3, i]].powi(-2);
        }
    } else if u[0].min(x0) >= 1.25 {
        s0 = s0 * (x0 + u[1]);
    } else {
        s0 -= a.sum() + x0;
        s0 += x0 * s0 * x0;
    }
    s0 = s0 + a.t().mean_axis(Axis(0)).unwrap().sum();
    (&a.t() * &b.t()).sum() / 2.0 + s0
}
#[grad::differentiate(dual_calls)]
fn g051(w: &Array1<f64>, x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = a.sum() + ((i + 1) as f64);
    }
    let t0 = w.dot(w).min(z0[2]);
    let mut s0: f64 = 1.0;
    for _ in 1..a.nrows() {
        for _ in 0..a.nrows() {
            s0 = s0 - t0.min(1.25 / x0);
            s0 = s0 - (2.0 * s0).cos();
        }
    }
    let t0 = t0 + x0 / (t0 / a[[1, 1]]);
    let s2 = a[[1, 1]];
    for _ in 0..a.ncols() {
        for j in 0..3 {
            s0 += (s0 + 0.5).max((j as f64) * s0);
            if j % 2 == 0 {
                return {
                    let r0 = a[[1, j]];
                    r0
                };
            }
        }
    }
    (s0 / w[0] * h007(t0, a[[1, 0]])).powi(2) + u.sum() + z0.sum() + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn g052(a: &Array2<f64>, x0: f64, w: &Array1<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    if s0 >= x0 + (x0 + u[0]) {
        s0 = x0 * a[[0, 1]];
        s0 = s0 + w.mean().unwrap().exp();
        s0 += a[[1, 0]];
    } else if x0 < self::h012(s0, x0) {
        return a.dot(&a.t()).sum();
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = a.t().mean().unwrap();
        }
    }
    if x0.abs() <= (s0 + z0[[2, 1]]).cos() {
        return (u - &z0).sum();
    }
    let s2 = if w[1] / w[1] < 2.0 { a.t().sum() } else { s0 };
    for i in 0..a.ncols() {
        if i == 1 {
            break;
        }
        s0 -= a[[i % 3, i]] - s2;
    }
    (f64::abs(a[[2, 1]]) * &a.t()).sum() + s0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g053(u: &Array1<f64>, x0: f64, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = x0.min(1.5).abs();
    for _ in 1..a.ncols() {
        s0 -= x0;
        s0 += a.t().sum().sqrt();
    }
    let t0 = s0.abs().cos() * a.sum();
    let t1 = f64::exp(w[0].min(x0)).exp();
    h009(if x0 < 3.0 { s0 } else { 0.1 }, a[[1, 0]]) + u.sum() + s0 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn g054(
    u: &Array1<f64>,
    b: &Array2<f64>,
    c: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    a: &Array2<f64>,
) -> f64 {
    let t4 = ((0.25 - w[0]) / a).dot(&(u / (u[3] - x0))).sum();
    let t5: f64 = -b[[1, 0]];
    let mut s1: f64 = 0.5;
    for _ in 0..4 {
        s1 = s1 - (1.25 - u[2]).exp();
        s1 += h009(x0.abs(), h021(t4));
        s1 /= s1;
    }
    let t6 = x0;
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = u[i] * b[[0, i]];
    }
    (h012(t6, b[[0, 0]]) * s1).ln() + c.sum() + t5 + s1 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn g055(
    d: &Array2<f64>,
    x0: f64,
    a: &Array2<f64>,
    x1: f64,
    b: &Array2<f64>,
    u: &Array1<f64>,
) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = 1.5 * x1;
        }
    }
    let t1 = u[1];
    let mut s2 = x0;
    if u[1] < 1.25 {
        s2 = s2 - (x0 + t1) * (u[0] + x1);
    } else {
        s2 = s2 + a.sum();
        if u[0].tanh() / x1.powi(-1) <= u[0] {
            s2 = s2.abs();
            s2 = s2 * z0[[1, 0]].powi(3);
        } else {
            s2 *= z0[[0, 0]].powi(-1);
            s2 += (u * u).sum();
        }
    }
    let mut s3 = 3.0 * x1;
    if (u * u).mean().unwrap() < 2.0 {
        s2 -= a.dot(u).sum();
    }
    s3 -= t1;
    u.sum() + (z0[[2, 0]] - 0.5) + (x1.powi(-1) + h023(x0, b[[2, 0]])) + d.sum()
        + z0.sum() + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn g056(w: &Array1<f64>, x0: f64, x1: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = x0.tanh();
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = 0.5
                - ({
                    let r0 = z0[[(i + 1) % 3, j]];
                    r0 / t0
                });
        }
    }
    let t1: f64 = z0.mean().unwrap();
    let mut s2 = u[0];
    for i in (0..a.ncols()).rev() {
        s2 += x1;
        s2 *= h016(z0[[i % 3, 3]] + (i as f64), w[1]);
    }
    s2 *= x0;
    z0[[0, 1]] + a.sum() + z0.sum() + t1 + s2
}
#[grad::differentiate(dual_calls)]
fn g057(x0: f64, a: &Array2<f64>) -> f64 {
    let mut s1: f64 = 0.0;
    if ({
        let r1 = a[[2, 1]];
        r1
    }) >= 0.1
    {
        s1 += a[[1, 1]];
    } else if (if f64::sin(a[[0, 1]]) < 3.0 { a[[2, 0]] } else { a[[2, 0]].tanh() })
        >= (if a[[2, 1]].exp() >= (if a[[2, 0]] <= s1 { s1 } else { s1 }) {
            a[[0, 1]].sqrt()
        } else {
            x0
        })
    {
        s1 += a.t().mean().unwrap().exp();
        s1 *= 0.25 + a[[2, 2]];
    } else if a.mean().unwrap() >= 0.25 {
        s1 += h003(a[[1, 0]], a[[1, 0]] * x0, -s1);
    } else {
        s1
            += {
                let r2 = a[[1, 1]] * a[[0, 3]];
                r2 + a[[1, 2]]
            };
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a.t().dot(&z0).sum();
    }
    let m0 = a.dot(&(a.t().powi(3) + &a.t() * &a.t()));
    let t0 = a.sum();
    s1.powi(3) * s1.abs().exp() + s1 + z0.sum() + m0.sum() + t0
}
#[grad::differentiate]
fn g058(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let t0: f64 = u.dot(&(u / (w[0] * 3.0)));
    let mut s2: f64 = 0.0;
    for i in (0..a.nrows()).rev() {
        if i >= 1 {
            break;
        }
        for _ in 0..a.ncols() {
            s2 += w[i];
            s2 += f64::tanh(if i < 1 { u[i] } else { u[i - 1] });
            if (w - &b.t()).mean().unwrap() < 1.5 {
                return u.sum().cos();
            }
        }
        s2
            *= (match i % 3 {
                0 => s2,
                1 => b[[i - 1, (i + 1) % 4]],
                _ => t0,
            })
                .powf(1.5);
    }
    f64::tanh(-u[0].powi(3)) + a.sum() + s2
}
#[grad::differentiate]
fn g059(c: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..a.ncols() {
        s0 *= s0 + w.sum();
        s0 += s0;
    }
    let m0 = (a / a).powi(2);
    let m1 = (m0.dot(u) + m0.mean().unwrap()) * w;
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = u[i];
        s0 += (0.25 + s0).tanh();
    }
    if m0[[0, 0]].powi(-1) * u.dot(&z0) >= 1.5 {
        s0 += m0[[0, 1]];
    } else {
        s0 += z0[0];
        s0 = s0 - (m1[1] + 1.25);
    }
    f64::sqrt(s0) + c.sum() + s0 + m0.sum() + m1.sum() + z0.sum()
}
#[grad::differentiate]
fn g060(w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let (t0, t1) = (u[1], (u[1] / b[[0, 3]]).abs());
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = (i as f64)
            * ({
                let r0 = z0[3];
                r0
            });
    }
    let mut s3 = t0;
    if w[1] < a.dot(&b.t()).sum() {
        s3 = s3 * s3;
        if t1 * t0 < 1.5 {
            s3 += (-s3).min(t1 * s3);
        } else {
            s3 += w.powi(3).sum();
            s3 *= 0.5 * s3;
        }
    }
    let t2: f64 = t0;
    t2 + z0.sum() + s3
}
#[grad::differentiate]
fn g061(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = -v0[i] - (a[[0, i]] - v0[i]);
        for _ in &v0 {}
    }
    let t0 = 0.5 - a[[2, 2]] + (a.t().sum() + v0[1].sqrt());
    let mut s0: f64 = 0.5;
    for _ in &v0 {
        s0 /= a.sum();
    }
    let s3 = t0;
    for (_, &q0) in v0.iter().zip(v0.iter()) {
        if -s0 < 3.0 {
            return s3.abs().max(q0.powi(3));
        }
        s0 -= s0;
    }
    let t1 = (&a.t() + &a.t()).sum().abs();
    1.25 * (if t0 < s3 { 0.25 } else { s0 * t0 }) + w.sum() + v0[3] + s0 + t1
}
#[grad::differentiate]
fn g062(c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = c[[i, 0]];
    }
    let mut s0 = z0[0];
    if a[[1, 2]] < 3.0 {
        s0 = a[[1, 0]];
        s0 = s0 * a[[1, 1]].powi(2).powi(2);
        s0 += s0;
    }
    let t0 = z0.dot(&z0) * a[[0, 1]].sqrt().abs();
    if z0.sum() >= (t0 + z0[0]).powf(1.5) {
        return t0;
    }
    z0[1] * s0 + z0.sum() + s0
}
#[grad::differentiate]
fn g063(b: &Array2<f64>, a: &Array2<f64>, c: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        s0 += c[[2, 0]];
        s0 += b.dot(u).sum();
    }
    let mut s1: f64 = 0.0;
    for i in (0..b.nrows()).rev() {
        if i == 2 {
            continue;
        }
        s1 = s1
            - f64::abs({
                let r0 = s0;
                r0 * c[[i, i % 1]]
            });
        s1 /= s0;
    }
    let s2: f64 = 1.0;
    for i in 0..b.ncols() {
        if (if s0 - 0.75 > 1.5 { s2.exp() } else { s0 }) < 0.1 {
            s1 *= (a * b).sum();
        } else if i >= 1 {
            break;
        }
    }
    let s3: f64 = 0.5;
    for i in (0..4).step_by(2) {
        s0 = s0 * u[i];
    }
    s2 + u.mean().unwrap() * (s1 * 0.25) + s0 + s1 + s3
}
#[grad::differentiate]
fn g064(
    w: &Array1<f64>,
    a: &Array2<f64>,
    x0: f64,
    c: &Array2<f64>,
    u: &Array1<f64>,
) -> f64 {
    let t0 = a[[0, 3]];
    let mut s2: f64 = 0.5;
    if x0 < t0.cos() {
        s2 += u.abs().mean().unwrap();
    } else {
        s2 += f64::abs(w[2]);
    }
    let (t1, t2) = (t0, a.t().mean().unwrap());
    a.mean().unwrap() + c.sum() + s2 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn g065(u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = f64::tanh(a[[i, i]]) * (1.5 + a[[i, 0]]);
    }
    let m0 = (w.powi(-1) - (0.1 + v0[0])).cos();
    let mut s2: f64 = 0.0;
    for i in (0..v0.len()).rev() {
        if i == 2 {
            break;
        }
        s2 *= s2 * m0[0] + (i as f64);
        s2 /= w.mean().unwrap().max(1.25 - v0[1]);
    }
    (h001(w[2]) * (a[[0, 0]] - a[[1, 0]])).tanh() + u.sum() + v0[1] + m0.sum() + s2
}
#[grad::differentiate]
fn g066(x0: f64, w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let m0 = a.dot(&a.t()).exp() / a.dot(&a.t()).powf(2.5);
    let mut s1 = -u[2] / (if a[[0, 2]] > x0 { a[[1, 2]] } else { x0 });
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        if f64::sin(u[k0 % 4]).min(0.1 * x0) > 1.5 {
            s1 /= (k0 as f64) * a.t().mean().unwrap();
            s1
                += match k0 % 3 {
                    0 => s1.sin(),
                    1 => u[(k0 + 1) % 4].abs(),
                    _ => x0 * u[k0],
                };
        } else {
            s1 += a.t().sum() + a.sum();
        }
        s1 -= w.mean().unwrap();
        k0 += 1;
    }
    if k0 != 2 {
        s1 *= w[0];
    } else {
        s1 += w[1].sin().abs();
    }
    m0.sum() + m0.sum() + s1
}
#[grad::differentiate]
fn g067(x1: f64, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = match i % 3 {
            0 => a.sum(),
            1 => v0[i],
            _ => x1,
        };
    }
    let t1 = (-a[[0, 0]].min(x1)).min(x1.powf(2.5));
    x1 * a[[1, 1]] + v0[2] + t1
}
#[grad::differentiate(dual_calls)]
fn g068(x0: f64, a: &Array2<f64>) -> f64 {
    let m0 = a.t().mean_axis(Axis(0)).unwrap() + a.sum_axis(Axis(0)).dot(&a.t());
    let mut s0: f64 = 0.5;
    for i in (0..2).rev() {
        if i >= 1 {
            break;
        }
        s0 /= x0;
        s0 /= x0.cos();
    }
    let s1 = x0;
    for i in 1..2 {
        if i >= 1 {
            continue;
        }
        if i < 1 {
            if i == 1 {
                break;
            }
        } else {
            s0 = s0 + s1;
            s0 *= (s1 - s1).min(a[[i, i]] * m0[i]);
        }
    }
    let t0 = s0.ln();
    (1.25 - s1).min(s0) - h012(s0.tanh(), a[[2, 2]].powi(-1)) + m0.sum() + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn g069(w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in (1..4).step_by(2) {
        s0 += s0;
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = s0;
    }
    let mut s1 = self::h019(w[1], v0[1], a.t().sum());
    for i in (0..4).rev() {
        v0[1] = v0[i] / v0[i] / f64::ln(s0);
    }
    let s2: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 4 {
        if k0 >= 2 {
            s1 = s1 - a.tanh().mean().unwrap();
        } else {
            s0 += f64::abs(s0.powf(0.5));
        }
        k0 += 1;
    }
    v0[0] + s0 + v0[3] + s1 + s2
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
            &points![[0.29], [1.05]],
            Companions {
                f: &|p| f000(p[0]),
                grad: &|p| {
                    let (value, g0) = f000_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f000_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f000_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f000_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f000_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f001_gradient() {
        check(
            &points![
                [-1.29, 1.31, 1.24, -0.55, 1.24, -1.38], [0.42, -1.34, -1.36, 0.27,
                0.7, -0.45]
            ],
            Companions {
                f: &|p| f001(&p[0..3], p[3], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f001_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f001_vjp(&p[0..3], p[3], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f001_graph(&p[0..3], p[3], p[4], p[5]),
                names: &["xs", "x2", "x1", "x0"],
                jvp: &|p, t| f001_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f001_hvp(
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
    fn f002_gradient() {
        check(
            &points![[-0.54, 0.8], [0.9, -0.92]],
            Companions {
                f: &|p| f002(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f002_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f002_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f002_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f002_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f002_hvp(
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
    fn f003_gradient() {
        check(
            &points![[0.45, -1.07, 1.34, -1.3], [-0.67, -0.45, -0.32, -0.22]],
            Companions {
                f: &|p| f003(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f003_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f003_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f003_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f003_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f003_hvp(
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
    fn f004_gradient() {
        check(
            &points![
                [0.98, 0.56, -1.33, -0.94, -0.44, -0.62], [-0.31, -0.66, -1.25, -0.76, -1.37, -0.54]
            ],
            Companions {
                f: &|p| f004(p[0], &p[1..3], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f004_grad(p[0], &p[1..3], &p[3..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f004_vjp(p[0], &p[1..3], &p[3..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f004_graph(p[0], &p[1..3], &p[3..6]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f004_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..6],
                    t[0],
                    &t[1..3],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f004_hvp(
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
    fn f005_gradient() {
        check(
            &points![[-0.72, -0.47], [-1.02, -0.81]],
            Companions {
                f: &|p| f005(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f005_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f005_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f005_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f005_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f005_hvp(
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
    fn f006_gradient() {
        check(
            &points![[1.19, -1.16, -0.26, -0.35], [-0.25, 1.37, 0.46, -0.49]],
            Companions {
                f: &|p| f006(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f006_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f006_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f006_graph(p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f006_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f006_hvp(
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
    fn f007_gradient() {
        check(
            &points![[0.74, -0.4], [-0.37, 1.37]],
            Companions {
                f: &|p| f007(3, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f007_grad(3, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f007_vjp(3, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f007_graph(3, p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f007_jvp(3, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f007_hvp(
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
    fn f008_gradient() {
        check(
            &points![
                [-0.26, 0.96, 0.43, 0.5, 0.6, -0.5, -1.27], [-0.28, -0.67, -1.12,
                0.62, 1.23, -0.55, -1.37]
            ],
            Companions {
                f: &|p| f008(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f008_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f008_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f008_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f008_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f008_hvp(
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
    fn f009_gradient() {
        check(
            &points![[-1.04, -1.13, -0.99], [-0.94, -0.95, 0.55]],
            Companions {
                f: &|p| f009(p[0], 2, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f009_grad(p[0], 2, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f009_vjp(p[0], 2, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f009_graph(p[0], 2, p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f009_jvp(p[0], 2, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f009_hvp(
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
                [1.2, 0.59, -0.46, 0.93, -0.23, 0.89], [-0.27, 1.06, 0.71, -0.63,
                0.67, 1.1]
            ],
            Companions {
                f: &|p| f011(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f011_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f011_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f011_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f011_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f011_hvp(
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
    fn f012_gradient() {
        check(
            &points![[0.35, -0.8, -1.11], [-1.22, -0.93, -0.87]],
            Companions {
                f: &|p| f012(p[0], p[1], p[2], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f012_grad(p[0], p[1], p[2], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f012_vjp(p[0], p[1], p[2], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f012_graph(p[0], p[1], p[2], 3),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f012_jvp(p[0], p[1], p[2], 3, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f012_hvp(
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
    fn f013_gradient() {
        check(
            &points![
                [-0.96, 0.92, -0.34, -1.25, 0.39, 0.47], [-1.22, -1.11, 0.36, -1.29, 1.36, 1.06]
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
                [-0.29, -1.21, -0.89, 1.13, 0.28, 1.31, 0.7], [-0.29, -1.2, 0.66, -1.29, -0.85, 1.35, -1.4]
            ],
            Companions {
                f: &|p| f014(&p[0..3], &p[3..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f014_grad(&p[0..3], &p[3..6], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f014_vjp(&p[0..3], &p[3..6], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f014_graph(&p[0..3], &p[3..6], p[6]),
                names: &["ys", "xs", "x0"],
                jvp: &|p, t| f014_jvp(
                    &p[0..3],
                    &p[3..6],
                    p[6],
                    &t[0..3],
                    &t[3..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f014_hvp(
                            &p[0..3],
                            &p[3..6],
                            p[6],
                            &v[0..3],
                            &v[3..6],
                            v[6],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f015_gradient() {
        check(
            &points![
                [1.36, -1.04, -1.31, 0.29, -1.38, -1.0], [-0.82, -1.0, -0.63, -0.6, -0.32, 0.27]
            ],
            Companions {
                f: &|p| f015(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f015_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f015_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f015_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f015_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f015_hvp(
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
    fn f016_gradient() {
        check(
            &points![[0.66], [0.53]],
            Companions {
                f: &|p| f016(p[0]),
                grad: &|p| {
                    let (value, g0) = f016_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f016_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f016_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f016_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f016_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f017_gradient() {
        check(
            &points![
                [1.4, -0.36, 0.35, 1.13, -0.26, -0.48], [-1.13, -0.97, 0.46, -1.27,
                -0.3, -0.99]
            ],
            Companions {
                f: &|p| f017(2, p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f017_grad(
                        2,
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f017_vjp(2, p[0], p[1], &p[2..5], p[5]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f017_graph(2, p[0], p[1], &p[2..5], p[5]),
                names: &["x2", "x1", "xs", "x0"],
                jvp: &|p, t| f017_jvp(
                    2,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f017_hvp(
                            2,
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
    fn f018_gradient() {
        check(
            &points![
                [0.9, 0.36, -1.33, -0.57, 0.68, 0.35], [1.16, -1.34, -1.13, -0.92,
                1.08, -1.24]
            ],
            Companions {
                f: &|p| f018(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f018_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f018_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f018_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f018_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f018_hvp(
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
    fn f019_gradient() {
        check(
            &points![[0.99, 1.35], [-1.21, 1.01]],
            Companions {
                f: &|p| f019(2, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f019_grad(2, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f019_vjp(2, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f019_graph(2, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f019_jvp(2, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f019_hvp(
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
    fn f020_gradient() {
        check(
            &points![
                [-1.17, 0.24, 1.29, 0.62, 0.77, 1.17, 1.37], [0.52, -0.62, -0.6, -0.71, 1.08, -0.87, 0.21]
            ],
            Companions {
                f: &|p| f020(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f020_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f020_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f020_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f020_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f020_hvp(
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
    fn f021_gradient() {
        check(
            &points![
                [-1.1, -0.79, -0.94, -0.37, 0.27, 0.63], [-1.27, 0.93, -0.86, 0.46,
                -1.19, -0.81]
            ],
            Companions {
                f: &|p| f021(p[0], &p[1..3], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f021_grad(p[0], &p[1..3], &p[3..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f021_vjp(p[0], &p[1..3], &p[3..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f021_graph(p[0], &p[1..3], &p[3..6]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f021_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..6],
                    t[0],
                    &t[1..3],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f021_hvp(
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
    fn f022_gradient() {
        check(
            &points![[0.76, 0.63], [0.65, 1.39]],
            Companions {
                f: &|p| f022(3, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f022_grad(3, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f022_vjp(3, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f022_graph(3, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f022_jvp(3, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f022_hvp(
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
    fn f023_gradient() {
        check(
            &points![[-0.28], [-0.22]],
            Companions {
                f: &|p| f023(2, p[0]),
                grad: &|p| {
                    let (value, g0) = f023_grad(2, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f023_vjp(2, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f023_graph(2, p[0]),
                names: &["x0"],
                jvp: &|p, t| f023_jvp(2, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f023_hvp(2, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f024_gradient() {
        check(
            &points![[1.09], [-0.97]],
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
            &points![
                [-1.01, 1.27, -0.68, 0.48, -1.39, 1.33], [0.91, 1.05, -1.1, 0.79, -1.39, 1.04]
            ],
            Companions {
                f: &|p| f025(p[0], p[1], 4, &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f025_grad(
                        p[0],
                        p[1],
                        4,
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f025_vjp(p[0], p[1], 4, &p[2..5], p[5]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f025_graph(p[0], p[1], 4, &p[2..5], p[5]),
                names: &["x2", "x0", "xs", "x1"],
                jvp: &|p, t| f025_jvp(
                    p[0],
                    p[1],
                    4,
                    &p[2..5],
                    p[5],
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f025_hvp(
                            p[0],
                            p[1],
                            4,
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
    fn f026_gradient() {
        check(
            &points![
                [1.2, 0.87, -1.38, 0.6, -0.57, 0.94], [0.36, 1.37, -0.9, 0.28, -0.52,
                1.19]
            ],
            Companions {
                f: &|p| f026(p[0], &p[1..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f026_grad(p[0], &p[1..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f026_vjp(p[0], &p[1..5], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f026_graph(p[0], &p[1..5], p[5]),
                names: &["x1", "xs", "x0"],
                jvp: &|p, t| f026_jvp(p[0], &p[1..5], p[5], t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f026_hvp(
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
    fn f027_gradient() {
        check(
            &points![[1.04], [-1.07]],
            Companions {
                f: &|p| f027(p[0]),
                grad: &|p| {
                    let (value, g0) = f027_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f027_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f027_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f027_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f027_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f028_gradient() {
        check(
            &points![[-0.56, 1.21, 1.04], [-0.91, -1.05, 1.0]],
            Companions {
                f: &|p| f028(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f028_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f028_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f028_graph(p[0], p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f028_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f028_hvp(
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
    fn f029_gradient() {
        check(
            &points![
                [-0.45, -0.53, -1.25, 0.57, 0.6, -0.88, -0.8, -0.23], [-0.21, -1.19, 1.32, 1.18, -1.21, -1.31, 0.68, -1.33]
            ],
            Companions {
                f: &|p| f029(&p[0..3], 3, p[3], p[4], &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f029_grad(
                        &p[0..3],
                        3,
                        p[3],
                        p[4],
                        &p[5..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f029_vjp(&p[0..3], 3, p[3], p[4], &p[5..8]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f029_graph(&p[0..3], 3, p[3], p[4], &p[5..8]),
                names: &["ys", "x0", "x1", "xs"],
                jvp: &|p, t| f029_jvp(
                    &p[0..3],
                    3,
                    p[3],
                    p[4],
                    &p[5..8],
                    &t[0..3],
                    t[3],
                    t[4],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f029_hvp(
                            &p[0..3],
                            3,
                            p[3],
                            p[4],
                            &p[5..8],
                            &v[0..3],
                            v[3],
                            v[4],
                            &v[5..8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f030_gradient() {
        check(
            &points![
                [0.79, 0.25, 0.24, -0.5, -0.79, -1.03, 0.82], [-0.29, 0.29, 1.1, -0.45, -0.79, -0.22, 0.75]
            ],
            Companions {
                f: &|p| f030(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f030_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f030_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f030_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["x2", "x0", "x1", "xs"],
                jvp: &|p, t| f030_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f030_hvp(
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
    fn f031_gradient() {
        check(
            &points![
                [0.26, 1.21, 0.7, -1.1, -0.88], [-1.21, 0.89, 1.22, -0.55, -0.5]
            ],
            Companions {
                f: &|p| f031(4, p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f031_grad(4, p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f031_vjp(4, p[0], p[1], &p[2..5]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f031_graph(4, p[0], p[1], &p[2..5]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f031_jvp(4, p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f031_hvp(
                            4,
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
    fn f032_gradient() {
        check(
            &points![[0.96, 0.95, 0.82], [1.21, -1.13, 0.96]],
            Companions {
                f: &|p| f032(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f032_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f032_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f032_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f032_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f032_hvp(
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
    fn f033_gradient() {
        check(
            &points![
                [1.3, -0.23, -0.78, -0.57, 0.68, -0.56], [-1.2, 1.33, 0.27, -1.16,
                -0.94, 1.06]
            ],
            Companions {
                f: &|p| f033(4, p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f033_grad(
                        4,
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f033_vjp(4, p[0], p[1], &p[2..5], p[5]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f033_graph(4, p[0], p[1], &p[2..5], p[5]),
                names: &["x1", "x2", "xs", "x0"],
                jvp: &|p, t| f033_jvp(
                    4,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f033_hvp(
                            4,
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
    fn f034_gradient() {
        check(
            &points![
                [-1.13, -1.18, 0.25, 0.49, -1.05, 0.82, 0.32], [-0.65, -0.91, 1.11,
                -0.5, 0.7, -0.29, 0.35]
            ],
            Companions {
                f: &|p| f034(&p[0..3], &p[3..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f034_grad(
                        &p[0..3],
                        &p[3..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f034_vjp(&p[0..3], &p[3..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f034_graph(&p[0..3], &p[3..5], p[5], p[6]),
                names: &["xs", "ys", "x1", "x0"],
                jvp: &|p, t| f034_jvp(
                    &p[0..3],
                    &p[3..5],
                    p[5],
                    p[6],
                    &t[0..3],
                    &t[3..5],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f034_hvp(
                            &p[0..3],
                            &p[3..5],
                            p[5],
                            p[6],
                            &v[0..3],
                            &v[3..5],
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
    fn f035_gradient() {
        check(
            &points![
                [0.29, 1.08, 1.07, 0.45, -1.02, 0.81, 0.93, -0.38, 0.94, 0.83], [0.46,
                0.56, -0.2, 1.02, 0.21, 0.67, -0.38, -0.73, -1.02, 0.91]
            ],
            Companions {
                f: &|p| f035(p[0], &p[1..4], p[4], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f035_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f035_vjp(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..9],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f035_graph(p[0], &p[1..4], p[4], &p[5..9], p[9]),
                names: &["x0", "xs", "x2", "ys", "x1"],
                jvp: &|p, t| f035_jvp(
                    p[0],
                    &p[1..4],
                    p[4],
                    &p[5..9],
                    p[9],
                    t[0],
                    &t[1..4],
                    t[4],
                    &t[5..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f035_hvp(
                            p[0],
                            &p[1..4],
                            p[4],
                            &p[5..9],
                            p[9],
                            v[0],
                            &v[1..4],
                            v[4],
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
    fn f036_gradient() {
        check(
            &points![
                [1.21, -0.68, -0.31, 0.51, -1.02, -1.21, -1.37, -1.24], [0.71,
                1.24, 1.19, 0.64, 0.8, -0.38, 0.47, -0.56]
            ],
            Companions {
                f: &|p| f036(&p[0..2], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f036_grad(&p[0..2], p[2], &p[3..8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f036_vjp(&p[0..2], p[2], &p[3..8]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f036_graph(&p[0..2], p[2], &p[3..8]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f036_jvp(
                    &p[0..2],
                    p[2],
                    &p[3..8],
                    &t[0..2],
                    t[2],
                    &t[3..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f036_hvp(
                            &p[0..2],
                            p[2],
                            &p[3..8],
                            &v[0..2],
                            v[2],
                            &v[3..8],
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
            &points![[0.95, 0.94], [-0.53, 0.71]],
            Companions {
                f: &|p| f037(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f037_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f037_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f037_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f037_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f037_hvp(
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
            &points![[1.26], [-0.98]],
            Companions {
                f: &|p| f038(4, p[0]),
                grad: &|p| {
                    let (value, g0) = f038_grad(4, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f038_vjp(4, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f038_graph(4, p[0]),
                names: &["x0"],
                jvp: &|p, t| f038_jvp(4, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f038_hvp(4, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f039_gradient() {
        check(
            &points![
                [0.76, 0.22, -0.27, 0.82, -0.24, 1.11], [-1.03, -1.27, 1.04, -1.11,
                -0.93, -1.32]
            ],
            Companions {
                f: &|p| f039(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f039_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f039_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f039_graph(p[0], p[1], &p[2..6]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f039_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f039_hvp(
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
    fn f040_gradient() {
        check(
            &points![
                [-0.25, 0.36, -0.3, -0.4, 0.52, -0.64, 1.23], [-1.27, -0.46, -0.53, -0.73, 0.36, -1.25, 1.04]
            ],
            Companions {
                f: &|p| f040(p[0], &p[1..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f040_grad(p[0], &p[1..6], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f040_vjp(p[0], &p[1..6], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f040_graph(p[0], &p[1..6], p[6]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f040_jvp(p[0], &p[1..6], p[6], t[0], &t[1..6], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f040_hvp(
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
    fn f041_gradient() {
        check(
            &points![[0.48, 0.44, -0.88], [-0.31, 0.74, 0.92]],
            Companions {
                f: &|p| f041(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f041_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f041_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f041_graph(p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f041_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f041_hvp(
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
    fn f042_gradient() {
        check(
            &points![
                [-0.89, 0.36, 1.36, -0.77, -0.33], [1.25, -0.43, 0.74, 0.74, 1.09]
            ],
            Companions {
                f: &|p| f042(2, &p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f042_grad(2, &p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f042_vjp(2, &p[0..3], p[3], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f042_graph(2, &p[0..3], p[3], p[4]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f042_jvp(2, &p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f042_hvp(
                            2,
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
    fn f043_gradient() {
        check(
            &points![
                [-0.7, -0.91, -1.09, -1.27, 0.92, 0.53], [0.65, -0.26, -1.27, -1.01, 1.33, 1.35]
            ],
            Companions {
                f: &|p| f043(p[0], 2, &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f043_grad(p[0], 2, &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f043_vjp(p[0], 2, &p[1..6]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f043_graph(p[0], 2, &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f043_jvp(p[0], 2, &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f043_hvp(
                            p[0],
                            2,
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
    fn f044_gradient() {
        check(
            &points![[1.24, -1.08, -0.88], [0.42, -0.53, 0.35]],
            Companions {
                f: &|p| f044(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f044_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f044_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f044_graph(p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f044_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f044_hvp(
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
    fn f045_gradient() {
        check(
            &points![[0.65, 0.39], [1.4, -1.17]],
            Companions {
                f: &|p| f045(3, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f045_grad(3, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f045_vjp(3, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f045_graph(3, p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f045_jvp(3, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f045_hvp(
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
    fn f046_gradient() {
        check(
            &points![
                [1.01, 0.44, 0.39, -0.9, -0.82, 0.69], [-0.47, -0.49, 1.24, -1.18, -1.06, 0.4]
            ],
            Companions {
                f: &|p| f046(p[0], &p[1..5], p[5], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f046_grad(p[0], &p[1..5], p[5], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f046_vjp(p[0], &p[1..5], p[5], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f046_graph(p[0], &p[1..5], p[5], 3),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f046_jvp(p[0], &p[1..5], p[5], 3, t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f046_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            3,
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
    fn f047_gradient() {
        check(
            &points![
                [1.05, -0.82, 0.32, 1.35, -0.87, -1.34, -0.79], [-1.02, -1.07, -0.73, 1.36, -0.63, -0.98, 0.24]
            ],
            Companions {
                f: &|p| f047(p[0], &p[1..4], 4, &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f047_grad(p[0], &p[1..4], 4, &p[4..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f047_vjp(p[0], &p[1..4], 4, &p[4..7]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f047_graph(p[0], &p[1..4], 4, &p[4..7]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f047_jvp(
                    p[0],
                    &p[1..4],
                    4,
                    &p[4..7],
                    t[0],
                    &t[1..4],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f047_hvp(
                            p[0],
                            &p[1..4],
                            4,
                            &p[4..7],
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
    fn f048_gradient() {
        check(
            &points![
                [0.4, 0.3, 0.38, -1.07, -1.16, -0.75, -0.67], [0.6, -0.74, -0.35,
                0.87, -0.31, -0.7, -0.24]
            ],
            Companions {
                f: &|p| f048(&p[0..3], p[3], p[4], &p[5..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f048_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        &p[5..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f048_vjp(&p[0..3], p[3], p[4], &p[5..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f048_graph(&p[0..3], p[3], p[4], &p[5..7]),
                names: &["xs", "x0", "x1", "ys"],
                jvp: &|p, t| f048_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    &p[5..7],
                    &t[0..3],
                    t[3],
                    t[4],
                    &t[5..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f048_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            &p[5..7],
                            &v[0..3],
                            v[3],
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
    fn f049_gradient() {
        check(
            &points![
                [0.35, 1.08, 0.63, -0.58, -0.98, 1.34], [0.93, 0.4, -1.37, 0.87, 0.65,
                0.23]
            ],
            Companions {
                f: &|p| f049(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f049_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f049_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f049_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f049_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f049_hvp(
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
    fn f050_gradient() {
        check(
            &points![
                [0.45, -1.11, -0.54, 0.84, 1.13, -0.93], [0.25, 0.8, -0.37, 0.88, -0.66, 0.54]
            ],
            Companions {
                f: &|p| f050(3, &p[0..3], &p[3..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f050_grad(3, &p[0..3], &p[3..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f050_vjp(3, &p[0..3], &p[3..5], p[5]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f050_graph(3, &p[0..3], &p[3..5], p[5]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f050_jvp(
                    3,
                    &p[0..3],
                    &p[3..5],
                    p[5],
                    &t[0..3],
                    &t[3..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f050_hvp(
                            3,
                            &p[0..3],
                            &p[3..5],
                            p[5],
                            &v[0..3],
                            &v[3..5],
                            v[5],
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
                [-1.36, 1.39, 0.92, 0.38, -1.29], [1.18, -0.69, 1.17, -1.29, 0.6]
            ],
            Companions {
                f: &|p| f051(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f051_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f051_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f051_graph(p[0], p[1], &p[2..5]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f051_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f051_hvp(
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
    fn f052_gradient() {
        check(
            &points![
                [1.24, 1.37, 0.76, 1.13, -0.32, 0.77], [-0.24, 0.57, -0.3, -1.37,
                0.48, -0.43]
            ],
            Companions {
                f: &|p| f052(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f052_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f052_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f052_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f052_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f052_hvp(
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
    fn f053_gradient() {
        check(
            &points![
                [-0.22, 0.88, 0.85, -0.68, 0.95], [-0.73, -0.4, -1.24, -1.4, -1.17]
            ],
            Companions {
                f: &|p| f053(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f053_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f053_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f053_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f053_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f053_hvp(
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
    fn f054_gradient() {
        check(
            &points![[-0.43, 0.73, 0.97], [0.57, 1.12, -1.15]],
            Companions {
                f: &|p| f054(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f054_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f054_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f054_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f054_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f054_hvp(
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
    fn f055_gradient() {
        check(
            &points![
                [1.02, -0.3, 1.19, 0.83, -1.22, 1.19, 0.52], [-1.1, -0.2, -0.76, -1.07, 1.3, 0.96, -1.18]
            ],
            Companions {
                f: &|p| f055(p[0], p[1], &p[2..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f055_grad(
                        p[0],
                        p[1],
                        &p[2..6],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f055_vjp(p[0], p[1], &p[2..6], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f055_graph(p[0], p[1], &p[2..6], p[6]),
                names: &["x2", "x1", "xs", "x0"],
                jvp: &|p, t| f055_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f055_hvp(
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
    fn f056_gradient() {
        check(
            &points![
                [-1.18, 0.88, -0.33, 1.37, -0.65, -1.01, -0.58, 0.38, 1.12, -1.1],
                [0.22, -1.04, 1.33, 0.93, 0.22, 0.78, 0.66, 0.82, -0.65, -1.07]
            ],
            Companions {
                f: &|p| f056(&p[0..5], p[5], &p[6..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f056_grad(&p[0..5], p[5], &p[6..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f056_vjp(&p[0..5], p[5], &p[6..10]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f056_graph(&p[0..5], p[5], &p[6..10]),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f056_jvp(
                    &p[0..5],
                    p[5],
                    &p[6..10],
                    &t[0..5],
                    t[5],
                    &t[6..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f056_hvp(
                            &p[0..5],
                            p[5],
                            &p[6..10],
                            &v[0..5],
                            v[5],
                            &v[6..10],
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
            &points![[0.9, 1.37, 1.3, 0.28, -0.65], [-1.1, -0.54, 1.4, 0.89, 0.75]],
            Companions {
                f: &|p| f057(p[0], 4, &p[1..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f057_grad(p[0], 4, &p[1..4], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f057_vjp(p[0], 4, &p[1..4], p[4]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f057_graph(p[0], 4, &p[1..4], p[4]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f057_jvp(p[0], 4, &p[1..4], p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f057_hvp(
                            p[0],
                            4,
                            &p[1..4],
                            p[4],
                            v[0],
                            &v[1..4],
                            v[4],
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
            &points![
                [-0.38, 0.6, -0.33, 0.82, -0.65, -0.41, 1.17, -1.12], [-1.26, -1.08, -0.41, 0.95, -0.83, -0.24, 1.08, -1.28]
            ],
            Companions {
                f: &|p| f058(&p[0..2], p[2], p[3], p[4], &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f058_grad(
                        &p[0..2],
                        p[2],
                        p[3],
                        p[4],
                        &p[5..8],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f058_vjp(
                        &p[0..2],
                        p[2],
                        p[3],
                        p[4],
                        &p[5..8],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f058_graph(&p[0..2], p[2], p[3], p[4], &p[5..8]),
                names: &["ys", "x1", "x2", "x0", "xs"],
                jvp: &|p, t| f058_jvp(
                    &p[0..2],
                    p[2],
                    p[3],
                    p[4],
                    &p[5..8],
                    &t[0..2],
                    t[2],
                    t[3],
                    t[4],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f058_hvp(
                            &p[0..2],
                            p[2],
                            p[3],
                            p[4],
                            &p[5..8],
                            &v[0..2],
                            v[2],
                            v[3],
                            v[4],
                            &v[5..8],
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
            &points![
                [0.45, -0.63, 0.87, -0.56, 0.47, 0.78], [0.27, 0.62, 0.57, 0.26, -0.31, 1.3]
            ],
            Companions {
                f: &|p| f059(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f059_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f059_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f059_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f059_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f059_hvp(
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
    fn f060_gradient() {
        check(
            &points![
                [0.5, 0.79, 1.23, 1.17, -0.78, 1.21, 0.85, 0.76, -1.07, 0.86], [-0.36,
                -0.75, 1.07, 0.83, 0.65, -1.16, 0.8, 1.11, -0.75, -1.29]
            ],
            Companions {
                f: &|p| f060(p[0], &p[1..6], &p[6..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f060_grad(p[0], &p[1..6], &p[6..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f060_vjp(p[0], &p[1..6], &p[6..10]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f060_graph(p[0], &p[1..6], &p[6..10]),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f060_jvp(
                    p[0],
                    &p[1..6],
                    &p[6..10],
                    t[0],
                    &t[1..6],
                    &t[6..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f060_hvp(
                            p[0],
                            &p[1..6],
                            &p[6..10],
                            v[0],
                            &v[1..6],
                            &v[6..10],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f061_gradient() {
        check(
            &points![
                [1.29, 1.21, -0.6, 1.07, 0.84, 0.27, 1.12, 0.23, 1.32, -0.28], [-0.64,
                -0.22, -1.37, 0.31, -0.22, -1.16, -0.75, -1.27, -1.19, -0.38]
            ],
            Companions {
                f: &|p| f061(&p[0..4], p[4], p[5], &p[6..9], 3, p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f061_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..9],
                        3,
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f061_vjp(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..9],
                        3,
                        p[9],
                    );
                    let (g0, g1, g2, g3, (), g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f061_graph(&p[0..4], p[4], p[5], &p[6..9], 3, p[9]),
                names: &["ys", "x2", "x1", "xs", "x0"],
                jvp: &|p, t| f061_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    &p[6..9],
                    3,
                    p[9],
                    &t[0..4],
                    t[4],
                    t[5],
                    &t[6..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f061_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &p[6..9],
                            3,
                            p[9],
                            &v[0..4],
                            v[4],
                            v[5],
                            &v[6..9],
                            v[9],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f062_gradient() {
        check(
            &points![
                [-1.14, 1.0, 0.72, -1.34, -0.27], [1.08, 1.38, -1.15, 0.62, 0.55]
            ],
            Companions {
                f: &|p| f062(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f062_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f062_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f062_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f062_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f062_hvp(
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
    fn f063_gradient() {
        check(
            &points![
                [0.66, -1.19, 1.04, -0.53, 0.45, -0.21, -0.47, 0.43, -0.34, 0.57,
                0.51], [1.4, -1.05, -1.13, 0.75, -0.41, -1.12, 0.53, -0.51, -1.27,
                -1.22, 1.35]
            ],
            Companions {
                f: &|p| f063(p[0], 4, p[1], &p[2..7], &p[7..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f063_grad(
                        p[0],
                        4,
                        p[1],
                        &p[2..7],
                        &p[7..11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f063_vjp(p[0], 4, p[1], &p[2..7], &p[7..11]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f063_graph(p[0], 4, p[1], &p[2..7], &p[7..11]),
                names: &["x0", "x1", "xs", "ys"],
                jvp: &|p, t| f063_jvp(
                    p[0],
                    4,
                    p[1],
                    &p[2..7],
                    &p[7..11],
                    t[0],
                    t[1],
                    &t[2..7],
                    &t[7..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f063_hvp(
                            p[0],
                            4,
                            p[1],
                            &p[2..7],
                            &p[7..11],
                            v[0],
                            v[1],
                            &v[2..7],
                            &v[7..11],
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
                [-1.02, 1.3, 0.96, 1.0, 0.52, 0.71, 0.31, -1.14], [0.51, -1.03, -1.31, -0.85, -0.31, 0.26, -0.6, 0.91]
            ],
            Companions {
                f: &|p| f064(&p[0..5], 2, p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f064_grad(
                        &p[0..5],
                        2,
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f064_vjp(&p[0..5], 2, p[5], p[6], p[7]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f064_graph(&p[0..5], 2, p[5], p[6], p[7]),
                names: &["xs", "x2", "x0", "x1"],
                jvp: &|p, t| f064_jvp(
                    &p[0..5],
                    2,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f064_hvp(
                            &p[0..5],
                            2,
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
    fn f065_gradient() {
        check(
            &points![[-0.84, 0.64, -1.17], [-0.75, 0.9, -0.21]],
            Companions {
                f: &|p| f065(p[0], p[1], 2, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f065_grad(p[0], p[1], 2, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f065_vjp(p[0], p[1], 2, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f065_graph(p[0], p[1], 2, p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f065_jvp(p[0], p[1], 2, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f065_hvp(
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
    fn f066_gradient() {
        check(
            &points![
                [-0.45, -1.26, 1.26, -1.4, 0.8, -0.6, 0.93], [-0.61, 1.02, 0.87, -1.37, 1.1, -0.5, 1.16]
            ],
            Companions {
                f: &|p| f066(p[0], p[1], &p[2..7], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f066_grad(p[0], p[1], &p[2..7], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f066_vjp(p[0], p[1], &p[2..7], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f066_graph(p[0], p[1], &p[2..7], 3),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f066_jvp(p[0], p[1], &p[2..7], 3, t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f066_hvp(
                            p[0],
                            p[1],
                            &p[2..7],
                            3,
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
    fn f067_gradient() {
        check(
            &points![[0.8], [-0.6]],
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
                [-0.25, -0.6, -1.04, -0.42, 0.44], [0.35, -1.16, 0.62, -0.7, -1.0]
            ],
            Companions {
                f: &|p| f068(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f068_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f068_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f068_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f068_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f068_hvp(
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
                [0.8, -1.26, -0.35, -1.24, 0.9, -0.37, 1.33, 0.31], [-0.22, 0.85, -0.37, -1.16, 0.63, -1.35, -0.46, 1.16]
            ],
            Companions {
                f: &|p| f070(&p[0..5], p[5], &p[6..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f070_grad(&p[0..5], p[5], &p[6..8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f070_vjp(&p[0..5], p[5], &p[6..8]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f070_graph(&p[0..5], p[5], &p[6..8]),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f070_jvp(
                    &p[0..5],
                    p[5],
                    &p[6..8],
                    &t[0..5],
                    t[5],
                    &t[6..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f070_hvp(
                            &p[0..5],
                            p[5],
                            &p[6..8],
                            &v[0..5],
                            v[5],
                            &v[6..8],
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
            &points![[0.58, -1.1], [-0.46, -1.25]],
            Companions {
                f: &|p| f071(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f071_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f071_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f071_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f071_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f071_hvp(
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
    fn f072_gradient() {
        check(
            &points![[-1.04, -0.69, 0.6, 0.32], [0.61, -0.69, -0.49, -0.82]],
            Companions {
                f: &|p| f072(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f072_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f072_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f072_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f072_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f072_hvp(
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
    fn f073_gradient() {
        check(
            &points![[-0.51, 0.8, -0.39], [-1.23, 0.5, 1.18]],
            Companions {
                f: &|p| f073(p[0], p[1], 4, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f073_grad(p[0], p[1], 4, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f073_vjp(p[0], p[1], 4, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f073_graph(p[0], p[1], 4, p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f073_jvp(p[0], p[1], 4, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f073_hvp(
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
    fn f074_gradient() {
        check(
            &points![
                [1.37, 1.31, -0.58, 0.65, 0.33, -1.31, 0.71, 1.21], [-0.86, 1.29, -0.73, -1.16, 0.74, -1.36, -1.06, -1.15]
            ],
            Companions {
                f: &|p| f074(3, p[0], &p[1..3], p[3], &p[4..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f074_grad(
                        3,
                        p[0],
                        &p[1..3],
                        p[3],
                        &p[4..7],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f074_vjp(
                        3,
                        p[0],
                        &p[1..3],
                        p[3],
                        &p[4..7],
                        p[7],
                    );
                    let ((), g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f074_graph(3, p[0], &p[1..3], p[3], &p[4..7], p[7]),
                names: &["x0", "ys", "x1", "xs", "x2"],
                jvp: &|p, t| f074_jvp(
                    3,
                    p[0],
                    &p[1..3],
                    p[3],
                    &p[4..7],
                    p[7],
                    t[0],
                    &t[1..3],
                    t[3],
                    &t[4..7],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f074_hvp(
                            3,
                            p[0],
                            &p[1..3],
                            p[3],
                            &p[4..7],
                            p[7],
                            v[0],
                            &v[1..3],
                            v[3],
                            &v[4..7],
                            v[7],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f075_gradient() {
        check(
            &points![[-1.05, -0.59, -0.47, 0.69], [-1.35, -0.94, -0.41, 0.88]],
            Companions {
                f: &|p| f075(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f075_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f075_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f075_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f075_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f075_hvp(
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
    fn f076_gradient() {
        check(
            &points![[0.96, 0.76, -0.85], [1.24, 0.51, 1.15]],
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
                names: &["x1", "x0", "x2"],
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
                [1.3, 0.54, 0.34, -0.44, 0.73, -1.23, -0.65, -0.37], [-0.92, 0.67, -0.74, 0.53, -0.63, -0.79, -0.59, 0.93]
            ],
            Companions {
                f: &|p| f077(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f077_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f077_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f077_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x2", "xs", "x1", "x0"],
                jvp: &|p, t| f077_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f077_hvp(
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
    fn f078_gradient() {
        check(
            &points![[-0.22, -0.42], [-0.89, -0.57]],
            Companions {
                f: &|p| f078(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f078_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f078_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f078_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f078_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f078_hvp(
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
    fn f079_gradient() {
        check(
            &points![[-0.93], [0.81]],
            Companions {
                f: &|p| f079(p[0]),
                grad: &|p| {
                    let (value, g0) = f079_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f079_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f079_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f079_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f079_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f080_gradient() {
        check(
            &points![[1.28, -0.64, -0.51, 1.06], [1.25, 1.15, -0.78, 0.36]],
            Companions {
                f: &|p| f080(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f080_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f080_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f080_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f080_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f080_hvp(
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
    fn f081_gradient() {
        check(
            &points![
                [-0.89, 1.39, 1.02, -0.96, -0.72, -1.02, -1.26], [0.63, 0.95, -1.26, 0.71, -0.65, -1.02, -0.21]
            ],
            Companions {
                f: &|p| f081(p[0], &p[1..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f081_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f081_vjp(p[0], &p[1..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f081_graph(p[0], &p[1..5], p[5], p[6]),
                names: &["x2", "xs", "x1", "x0"],
                jvp: &|p, t| f081_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f081_hvp(
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
    fn f082_gradient() {
        check(
            &points![
                [1.33, 1.06, 1.07, -0.64, 0.95, 0.55, 0.54, -1.0, -0.31, 0.84, 0.8],
                [0.47, 1.32, 0.27, 0.8, 0.59, -0.88, 0.6, -0.93, -0.72, -1.08, -0.27]
            ],
            Companions {
                f: &|p| f082(p[0], p[1], &p[2..7], p[7], &p[8..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f082_grad(
                        p[0],
                        p[1],
                        &p[2..7],
                        p[7],
                        &p[8..11],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f082_vjp(
                        p[0],
                        p[1],
                        &p[2..7],
                        p[7],
                        &p[8..11],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f082_graph(p[0], p[1], &p[2..7], p[7], &p[8..11]),
                names: &["x2", "x0", "xs", "x1", "ys"],
                jvp: &|p, t| f082_jvp(
                    p[0],
                    p[1],
                    &p[2..7],
                    p[7],
                    &p[8..11],
                    t[0],
                    t[1],
                    &t[2..7],
                    t[7],
                    &t[8..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f082_hvp(
                            p[0],
                            p[1],
                            &p[2..7],
                            p[7],
                            &p[8..11],
                            v[0],
                            v[1],
                            &v[2..7],
                            v[7],
                            &v[8..11],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f083_gradient() {
        check(
            &points![
                [-1.15, 0.27, 0.72, 0.68, 1.35, -0.73, -0.62, 1.34, 0.99], [0.62, -0.22, 0.61, -0.63, -0.79, -1.2, 1.0, -1.33, -0.57]
            ],
            Companions {
                f: &|p| f083(p[0], 2, p[1], &p[2..5], p[5], &p[6..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f083_grad(
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
                    let (value, pullback) = f083_vjp(
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
                graph: &|p| f083_graph(p[0], 2, p[1], &p[2..5], p[5], &p[6..9]),
                names: &["x2", "x1", "ys", "x0", "xs"],
                jvp: &|p, t| f083_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f083_hvp(
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
    fn f084_gradient() {
        check(
            &points![[0.94], [-0.79]],
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
                [1.12, 0.2, 1.31, -1.12, 0.66, -0.72], [0.49, -0.44, -1.11, 0.86, -0.9, -0.31]
            ],
            Companions {
                f: &|p| f085(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f085_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f085_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f085_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f085_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f085_hvp(
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
    fn f086_gradient() {
        check(
            &points![
                [-0.67, 0.88, -0.37, 0.72, 1.13, -1.17, -0.29, -0.55, 0.86, 0.8], [-0.71, -1.15, -0.4, -0.68, -0.38, 0.21, -0.68, 1.22, -1.4, 1.27]
            ],
            Companions {
                f: &|p| f086(&p[0..5], p[5], 4, p[6], &p[7..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f086_grad(
                        &p[0..5],
                        p[5],
                        4,
                        p[6],
                        &p[7..10],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f086_vjp(&p[0..5], p[5], 4, p[6], &p[7..10]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f086_graph(&p[0..5], p[5], 4, p[6], &p[7..10]),
                names: &["xs", "x1", "x0", "ys"],
                jvp: &|p, t| f086_jvp(
                    &p[0..5],
                    p[5],
                    4,
                    p[6],
                    &p[7..10],
                    &t[0..5],
                    t[5],
                    t[6],
                    &t[7..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f086_hvp(
                            &p[0..5],
                            p[5],
                            4,
                            p[6],
                            &p[7..10],
                            &v[0..5],
                            v[5],
                            v[6],
                            &v[7..10],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f087_gradient() {
        check(
            &points![[-0.84, 1.39], [0.91, -1.34]],
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
                names: &["x1", "x0"],
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
            &points![[-0.21, -1.24, -0.37], [-0.38, 0.42, -1.14]],
            Companions {
                f: &|p| f088(p[0], 3, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f088_grad(p[0], 3, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f088_vjp(p[0], 3, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f088_graph(p[0], 3, p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f088_jvp(p[0], 3, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f088_hvp(
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
    fn f089_gradient() {
        check(
            &points![
                [0.85, 0.96, 0.7, -0.73, -0.43], [-1.13, -0.41, 0.82, -0.91, 1.19]
            ],
            Companions {
                f: &|p| f089(&p[0..4], 4, p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f089_grad(&p[0..4], 4, p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f089_vjp(&p[0..4], 4, p[4]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f089_graph(&p[0..4], 4, p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f089_jvp(&p[0..4], 4, p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f089_hvp(
                            &p[0..4],
                            4,
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
    fn f090_gradient() {
        check(
            &points![[0.94, -0.33], [0.58, -0.82]],
            Companions {
                f: &|p| f090(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f090_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f090_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f090_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f090_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f090_hvp(
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
    fn f091_gradient() {
        check(
            &points![[1.13, -0.87], [-1.15, 1.22]],
            Companions {
                f: &|p| f091(4, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f091_grad(4, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f091_vjp(4, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f091_graph(4, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f091_jvp(4, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f091_hvp(
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
    fn f092_gradient() {
        check(
            &points![[-0.79, -0.8, -0.31], [-1.25, -0.61, -0.73]],
            Companions {
                f: &|p| f092(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f092_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f092_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f092_graph(p[0], p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f092_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f092_hvp(
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
    fn f093_gradient() {
        check(
            &points![
                [0.81, -0.97, -0.96, -1.37, -0.98, 0.26, 0.52], [0.36, -0.21, 1.17,
                0.86, 0.26, -0.91, -1.29]
            ],
            Companions {
                f: &|p| f093(&p[0..4], p[4], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f093_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f093_vjp(&p[0..4], p[4], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f093_graph(&p[0..4], p[4], p[5], p[6]),
                names: &["xs", "x2", "x0", "x1"],
                jvp: &|p, t| f093_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f093_hvp(
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
    fn f094_gradient() {
        check(
            &points![[-1.35, 0.66, -0.78, 0.32, 0.64], [1.19, 1.18, 0.59, 0.74, 0.5]],
            Companions {
                f: &|p| f094(4, p[0], &p[1..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f094_grad(4, p[0], &p[1..4], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f094_vjp(4, p[0], &p[1..4], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f094_graph(4, p[0], &p[1..4], p[4]),
                names: &["x1", "xs", "x0"],
                jvp: &|p, t| f094_jvp(4, p[0], &p[1..4], p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f094_hvp(
                            4,
                            p[0],
                            &p[1..4],
                            p[4],
                            v[0],
                            &v[1..4],
                            v[4],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn f095_gradient() {
        check(
            &points![
                [-1.26, 1.01, 0.51, -0.54, -0.97, -0.49, 1.11], [-0.48, -0.61, -0.35, 1.07, -0.34, -0.71, 0.49]
            ],
            Companions {
                f: &|p| f095(p[0], &p[1..4], &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f095_grad(p[0], &p[1..4], &p[4..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f095_vjp(p[0], &p[1..4], &p[4..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f095_graph(p[0], &p[1..4], &p[4..7]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f095_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..7],
                    t[0],
                    &t[1..4],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f095_hvp(
                            p[0],
                            &p[1..4],
                            &p[4..7],
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
    fn f096_gradient() {
        check(
            &points![[-1.38, -1.11, 0.47], [-0.41, -1.38, 0.52]],
            Companions {
                f: &|p| f096(3, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f096_grad(3, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f096_vjp(3, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f096_graph(3, p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f096_jvp(3, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f096_hvp(
                            3,
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
    fn f097_gradient() {
        check(
            &points![
                [1.07, -0.26, -0.75, 1.22, 0.24, 1.36, 0.31, -0.52, -0.77, -0.23,
                1.01], [-1.14, 0.63, 0.44, -0.67, 0.88, -0.35, 1.24, -0.27, -1.16,
                0.31, -1.2]
            ],
            Companions {
                f: &|p| f097(p[0], &p[1..6], p[6], p[7], &p[8..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f097_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                        &p[8..11],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f097_vjp(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                        &p[8..11],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f097_graph(p[0], &p[1..6], p[6], p[7], &p[8..11]),
                names: &["x1", "xs", "x2", "x0", "ys"],
                jvp: &|p, t| f097_jvp(
                    p[0],
                    &p[1..6],
                    p[6],
                    p[7],
                    &p[8..11],
                    t[0],
                    &t[1..6],
                    t[6],
                    t[7],
                    &t[8..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f097_hvp(
                            p[0],
                            &p[1..6],
                            p[6],
                            p[7],
                            &p[8..11],
                            v[0],
                            &v[1..6],
                            v[6],
                            v[7],
                            &v[8..11],
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
            &points![[0.58, -0.46, -1.31], [-0.46, 0.59, -0.89]],
            Companions {
                f: &|p| f098(p[0], p[1], p[2], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f098_grad(p[0], p[1], p[2], 4);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f098_vjp(p[0], p[1], p[2], 4);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f098_graph(p[0], p[1], p[2], 4),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f098_jvp(p[0], p[1], p[2], 4, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f098_hvp(
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
    fn f099_gradient() {
        check(
            &points![
                [0.51, 0.36, 1.23, 1.29, 0.92, 1.28, -1.31, -0.72], [1.07, -0.31, -0.54, 0.83, -0.68, -0.55, 0.45, 0.5]
            ],
            Companions {
                f: &|p| f099(p[0], 2, &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f099_grad(
                        p[0],
                        2,
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f099_vjp(p[0], 2, &p[1..6], p[6], p[7]);
                    let (g0, (), g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f099_graph(p[0], 2, &p[1..6], p[6], p[7]),
                names: &["x1", "xs", "x0", "x2"],
                jvp: &|p, t| f099_jvp(
                    p[0],
                    2,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f099_hvp(
                            p[0],
                            2,
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
    fn f100_gradient() {
        check(
            &points![[-0.28, -0.63], [0.92, 0.98]],
            Companions {
                f: &|p| f100(p[0], p[1], 2),
                grad: &|p| {
                    let (value, (g0, g1)) = f100_grad(p[0], p[1], 2);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f100_vjp(p[0], p[1], 2);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f100_graph(p[0], p[1], 2),
                names: &["x1", "x0"],
                jvp: &|p, t| f100_jvp(p[0], p[1], 2, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f100_hvp(
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
    fn f101_gradient() {
        check(
            &points![
                [0.41, -0.44, -0.35, -1.03, -0.48, -0.77, 0.48, -0.55], [-0.59, -0.29, -0.24, 0.39, 1.23, 0.42, 1.07, -1.16]
            ],
            Companions {
                f: &|p| f101(p[0], p[1], 3, p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f101_grad(
                        p[0],
                        p[1],
                        3,
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f101_vjp(p[0], p[1], 3, p[2], &p[3..8]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f101_graph(p[0], p[1], 3, p[2], &p[3..8]),
                names: &["x2", "x1", "x0", "xs"],
                jvp: &|p, t| f101_jvp(
                    p[0],
                    p[1],
                    3,
                    p[2],
                    &p[3..8],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f101_hvp(
                            p[0],
                            p[1],
                            3,
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
    fn f102_gradient() {
        check(
            &points![
                [0.84, 0.95, 0.49, -0.31, -0.74, 0.61], [-0.7, -0.71, 0.27, 1.21,
                0.72, 0.53]
            ],
            Companions {
                f: &|p| f102(2, &p[0..2], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f102_grad(2, &p[0..2], &p[2..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f102_vjp(2, &p[0..2], &p[2..5], p[5]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f102_graph(2, &p[0..2], &p[2..5], p[5]),
                names: &["ys", "xs", "x0"],
                jvp: &|p, t| f102_jvp(
                    2,
                    &p[0..2],
                    &p[2..5],
                    p[5],
                    &t[0..2],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f102_hvp(
                            2,
                            &p[0..2],
                            &p[2..5],
                            p[5],
                            &v[0..2],
                            &v[2..5],
                            v[5],
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
            &points![
                [-1.12, -0.51, -0.29, -0.61, 1.26, 0.74], [1.14, -0.62, -0.94,
                0.81, 0.54, -0.92]
            ],
            Companions {
                f: &|p| f103(2, p[0], p[1], p[2], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f103_grad(
                        2,
                        p[0],
                        p[1],
                        p[2],
                        &p[3..6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f103_vjp(2, p[0], p[1], p[2], &p[3..6]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f103_graph(2, p[0], p[1], p[2], &p[3..6]),
                names: &["x2", "x1", "x0", "xs"],
                jvp: &|p, t| f103_jvp(
                    2,
                    p[0],
                    p[1],
                    p[2],
                    &p[3..6],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f103_hvp(
                            2,
                            p[0],
                            p[1],
                            p[2],
                            &p[3..6],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..6],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f104_gradient() {
        check(
            &points![
                [0.65, 1.26, 0.91, -0.56, -0.63, 0.62], [-0.97, 0.77, 1.17, -1.08, -1.07, 1.24]
            ],
            Companions {
                f: &|p| f104(p[0], &p[1..5], p[5], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f104_grad(p[0], &p[1..5], p[5], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f104_vjp(p[0], &p[1..5], p[5], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f104_graph(p[0], &p[1..5], p[5], 2),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f104_jvp(p[0], &p[1..5], p[5], 2, t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f104_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            2,
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
    fn f105_gradient() {
        check(
            &points![
                [0.37, 1.11, -0.29, -0.89, -0.55, -0.64, 1.02, -1.13, -0.98, -0.2], [-0.48, 0.34, -1.01, -1.06, 1.07, -0.4, 1.28, 0.59, -0.96, -1.23]
            ],
            Companions {
                f: &|p| f105(p[0], &p[1..5], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f105_grad(
                        p[0],
                        &p[1..5],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f105_vjp(p[0], &p[1..5], &p[5..9], p[9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f105_graph(p[0], &p[1..5], &p[5..9], p[9]),
                names: &["x0", "xs", "ys", "x1"],
                jvp: &|p, t| f105_jvp(
                    p[0],
                    &p[1..5],
                    &p[5..9],
                    p[9],
                    t[0],
                    &t[1..5],
                    &t[5..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f105_hvp(
                            p[0],
                            &p[1..5],
                            &p[5..9],
                            p[9],
                            v[0],
                            &v[1..5],
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
    fn f106_gradient() {
        check(
            &points![
                [-0.69, -1.31, -1.35, -0.34, 0.42, 0.39], [-0.34, -0.95, 0.89, -1.08, 0.6, 0.57]
            ],
            Companions {
                f: &|p| f106(2, &p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f106_grad(2, &p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f106_vjp(2, &p[0..5], p[5]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f106_graph(2, &p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f106_jvp(2, &p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f106_hvp(
                            2,
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
    fn f107_gradient() {
        check(
            &points![[0.42, 1.04], [-0.39, -1.02]],
            Companions {
                f: &|p| f107(p[0], 2, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f107_grad(p[0], 2, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f107_vjp(p[0], 2, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f107_graph(p[0], 2, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f107_jvp(p[0], 2, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f107_hvp(
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
    fn f108_gradient() {
        check(
            &points![[-1.2, 1.37], [0.77, -1.22]],
            Companions {
                f: &|p| f108(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f108_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f108_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f108_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f108_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f108_hvp(
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
    fn f109_gradient() {
        check(
            &points![
                [-1.07, -0.23, -1.04, 0.6, -0.66], [-1.17, 0.77, -1.39, -1.18, -1.07]
            ],
            Companions {
                f: &|p| f109(p[0], 2, &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f109_grad(p[0], 2, &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f109_vjp(p[0], 2, &p[1..5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f109_graph(p[0], 2, &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f109_jvp(p[0], 2, &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f109_hvp(
                            p[0],
                            2,
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
    fn g000_gradient() {
        check(
            &points![
                [0.83, 0.78, -0.37, -1.4, -0.98, 1.24, 0.63, 0.77, -0.53, -0.62, -0.92, 1.29, 1.28, 0.39, 1.04, 0.63, 1.11, 0.53, -0.3, -0.57, 0.97, -1.33, -1.11, 0.43, 0.84], [-0.6, -1.27, 0.89, -0.53, 1.35, -0.96, -1.21, -0.44, -0.85, -0.69, 0.43, -0.88, 1.04, 0.93, 1.25, -1.4,
                0.62, 1.29, -0.25, -0.67, -0.47, -0.45, 1.03, 0.81, -0.58]
            ],
            Companions {
                f: &|p| g000(
                    p[0],
                    &arr2(&p[1..5], 1, 4),
                    p[5],
                    &arr1(&p[6..10]),
                    &arr2(&p[10..22], 3, 4),
                    &arr2(&p[22..25], 3, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g000_grad(
                        p[0],
                        &arr2(&p[1..5], 1, 4),
                        p[5],
                        &arr1(&p[6..10]),
                        &arr2(&p[10..22], 3, 4),
                        &arr2(&p[22..25], 3, 1),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g000_vjp(
                        p[0],
                        &arr2(&p[1..5], 1, 4),
                        p[5],
                        &arr1(&p[6..10]),
                        &arr2(&p[10..22], 3, 4),
                        &arr2(&p[22..25], 3, 1),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g000_graph(
                    p[0],
                    &arr2(&p[1..5], 1, 4),
                    p[5],
                    &arr1(&p[6..10]),
                    &arr2(&p[10..22], 3, 4),
                    &arr2(&p[22..25], 3, 1),
                ),
                names: &["x0", "d", "x1", "u", "a", "c"],
                jvp: &|p, t| g000_jvp(
                    p[0],
                    &arr2(&p[1..5], 1, 4),
                    p[5],
                    &arr1(&p[6..10]),
                    &arr2(&p[10..22], 3, 4),
                    &arr2(&p[22..25], 3, 1),
                    t[0],
                    &arr2(&t[1..5], 1, 4),
                    t[5],
                    &arr1(&t[6..10]),
                    &arr2(&t[10..22], 3, 4),
                    &arr2(&t[22..25], 3, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g000_hvp(
                            p[0],
                            &arr2(&p[1..5], 1, 4),
                            p[5],
                            &arr1(&p[6..10]),
                            &arr2(&p[10..22], 3, 4),
                            &arr2(&p[22..25], 3, 1),
                            v[0],
                            &arr2(&v[1..5], 1, 4),
                            v[5],
                            &arr1(&v[6..10]),
                            &arr2(&v[10..22], 3, 4),
                            &arr2(&v[22..25], 3, 1),
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
    fn g001_gradient() {
        check(
            &points![
                [-1.18, 1.17, -0.28, -0.76, -0.46, -0.68], [0.94, -0.27, 0.92,
                0.43, -0.29, -0.55]
            ],
            Companions {
                f: &|p| g001(&arr2(&p[0..6], 3, 2)),
                grad: &|p| {
                    let (value, g0) = g001_grad(&arr2(&p[0..6], 3, 2));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g001_vjp(&arr2(&p[0..6], 3, 2));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g001_graph(&arr2(&p[0..6], 3, 2)),
                names: &["a"],
                jvp: &|p, t| g001_jvp(&arr2(&p[0..6], 3, 2), &arr2(&t[0..6], 3, 2)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g001_hvp(
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
    fn g002_gradient() {
        check(
            &points![
                [0.8, 1.02, -0.27, -0.21, 0.83, 0.9, 1.15, -1.04, 1.21, 0.22, -0.72,
                0.37], [-1.35, -0.32, -0.94, -0.8, 0.83, -1.26, 0.99, -0.92, -0.77, 1.17, 0.95, 0.54]
            ],
            Companions {
                f: &|p| g002(p[0], &arr2(&p[1..3], 2, 1), p[3], &arr2(&p[4..12], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g002_grad(
                        p[0],
                        &arr2(&p[1..3], 2, 1),
                        p[3],
                        &arr2(&p[4..12], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g002_vjp(
                        p[0],
                        &arr2(&p[1..3], 2, 1),
                        p[3],
                        &arr2(&p[4..12], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g002_graph(
                    p[0],
                    &arr2(&p[1..3], 2, 1),
                    p[3],
                    &arr2(&p[4..12], 2, 4),
                ),
                names: &["x0", "c", "x1", "a"],
                jvp: &|p, t| g002_jvp(
                    p[0],
                    &arr2(&p[1..3], 2, 1),
                    p[3],
                    &arr2(&p[4..12], 2, 4),
                    t[0],
                    &arr2(&t[1..3], 2, 1),
                    t[3],
                    &arr2(&t[4..12], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g002_hvp(
                            p[0],
                            &arr2(&p[1..3], 2, 1),
                            p[3],
                            &arr2(&p[4..12], 2, 4),
                            v[0],
                            &arr2(&v[1..3], 2, 1),
                            v[3],
                            &arr2(&v[4..12], 2, 4),
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
                [-0.31, 0.24, 1.29, 1.16, 0.47, 0.29, 0.24, 0.47, -0.51, -0.46, -1.17, -0.6, 0.3, 0.41], [-1.38, -1.25, 1.18, 1.34, 0.95, -1.12, 0.71,
                -0.48, -1.29, -1.11, 0.37, -0.89, 1.35, 0.53]
            ],
            Companions {
                f: &|p| g003(p[0], &arr2(&p[1..9], 2, 4), &arr2(&p[9..13], 1, 4), p[13]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g003_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..13], 1, 4),
                        p[13],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g003_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..13], 1, 4),
                        p[13],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g003_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..13], 1, 4),
                    p[13],
                ),
                names: &["x1", "a", "d", "x0"],
                jvp: &|p, t| g003_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..13], 1, 4),
                    p[13],
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr2(&t[9..13], 1, 4),
                    t[13],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g003_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr2(&p[9..13], 1, 4),
                            p[13],
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr2(&v[9..13], 1, 4),
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
                [-0.81, 1.39, 1.08, -0.67, 0.31, 1.05, -0.29, 0.33, -0.89, -0.31],
                [0.74, 0.21, -1.3, 0.87, -0.46, 0.51, 0.67, -0.69, -0.64, 0.57]
            ],
            Companions {
                f: &|p| g004(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g004_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g004_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g004_graph(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                names: &["u", "x0", "a"],
                jvp: &|p, t| g004_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..10], 2, 3),
                    &arr1(&t[0..3]),
                    t[3],
                    &arr2(&t[4..10], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g004_hvp(
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
    fn g005_gradient() {
        check(
            &points![
                [-1.04, -1.36, 0.25, 0.77, -0.9, -0.22, 1.04, 1.21, 0.5, -1.36,
                0.29, 0.61], [1.2, 0.48, 0.93, 1.01, 1.33, -0.86, -1.09, 0.64, 0.33,
                1.31, -0.84, 1.07]
            ],
            Companions {
                f: &|p| g005(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..9], 1, 3),
                    &arr1(&p[9..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g005_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..9], 1, 3),
                        &arr1(&p[9..12]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g005_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..9], 1, 3),
                        &arr1(&p[9..12]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g005_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..9], 1, 3),
                    &arr1(&p[9..12]),
                ),
                names: &["a", "d", "u"],
                jvp: &|p, t| g005_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..9], 1, 3),
                    &arr1(&p[9..12]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..9], 1, 3),
                    &arr1(&t[9..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g005_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr2(&p[6..9], 1, 3),
                            &arr1(&p[9..12]),
                            &arr2(&v[0..6], 2, 3),
                            &arr2(&v[6..9], 1, 3),
                            &arr1(&v[9..12]),
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
                [-1.35, -0.37, 0.8, 0.41, -0.96, -0.5, -1.2, 0.5, -0.32, 0.26, -1.3, 1.19, -0.66, -0.78, 0.73, -1.22, -0.81, -0.68, -1.23, -0.93,
                -0.68, 0.75, 0.26], [-0.91, 0.47, -0.91, -0.61, -1.2, 0.9, -1.34,
                0.52, -0.31, -0.95, -0.38, 0.95, 0.75, -0.8, 1.06, 0.93, -0.31,
                0.34, 1.12, 0.23, -0.48, 0.4, 0.56]
            ],
            Companions {
                f: &|p| g006(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    &arr2(&p[13..21], 2, 4),
                    &arr1(&p[21..23]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g006_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        &arr2(&p[13..21], 2, 4),
                        &arr1(&p[21..23]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g006_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                        &arr2(&p[13..21], 2, 4),
                        &arr1(&p[21..23]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g006_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    &arr2(&p[13..21], 2, 4),
                    &arr1(&p[21..23]),
                ),
                names: &["u", "x0", "a", "b", "w"],
                jvp: &|p, t| g006_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    &arr2(&p[13..21], 2, 4),
                    &arr1(&p[21..23]),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..13], 2, 4),
                    &arr2(&t[13..21], 2, 4),
                    &arr1(&t[21..23]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g006_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..13], 2, 4),
                            &arr2(&p[13..21], 2, 4),
                            &arr1(&p[21..23]),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..13], 2, 4),
                            &arr2(&v[13..21], 2, 4),
                            &arr1(&v[21..23]),
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
                [-0.55, -1.3, 0.23, -0.63, -1.36, -0.43, 0.6, -1.37, 0.55, 0.9],
                [0.2, -0.32, 1.25, -1.27, -0.99, -0.63, 0.35, -1.04, -0.52, -0.28]
            ],
            Companions {
                f: &|p| g007(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g007_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g007_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g007_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g007_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g007_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..9]),
                            p[9],
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..9]),
                            v[9],
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
                [1.17, -1.31, 1.17, -0.92, 1.27, -1.33, -1.37, -0.73, 1.02, 0.8,
                1.36, 0.28, -0.61, -0.56], [-0.56, 0.81, 0.82, -0.88, -0.71, -0.7,
                0.63, -0.93, 1.19, -0.87, 0.87, 1.15, 0.52, -0.21]
            ],
            Companions {
                f: &|p| g008(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    p[7],
                    &arr2(&p[8..14], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g008_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..6], 3, 1),
                        p[6],
                        p[7],
                        &arr2(&p[8..14], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g008_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..6], 3, 1),
                        p[6],
                        p[7],
                        &arr2(&p[8..14], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g008_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    p[7],
                    &arr2(&p[8..14], 3, 2),
                ),
                names: &["w", "c", "x0", "x1", "a"],
                jvp: &|p, t| g008_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..6], 3, 1),
                    p[6],
                    p[7],
                    &arr2(&p[8..14], 3, 2),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..6], 3, 1),
                    t[6],
                    t[7],
                    &arr2(&t[8..14], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g008_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..6], 3, 1),
                            p[6],
                            p[7],
                            &arr2(&p[8..14], 3, 2),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..6], 3, 1),
                            v[6],
                            v[7],
                            &arr2(&v[8..14], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g009_gradient() {
        check(
            &points![
                [0.91, 0.35, 0.54, 1.14, -0.71, -1.13, 1.21, -1.07, 1.32, -0.92],
                [0.99, 0.69, -1.09, -0.68, -1.01, 1.13, -0.36, 1.02, -0.31, 0.51]
            ],
            Companions {
                f: &|p| g009(&arr2(&p[0..8], 2, 4), &arr1(&p[8..10])),
                grad: &|p| {
                    let (value, (g0, g1)) = g009_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g009_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g009_graph(&arr2(&p[0..8], 2, 4), &arr1(&p[8..10])),
                names: &["a", "w"],
                jvp: &|p, t| g009_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..10]),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g009_hvp(
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
    fn g010_gradient() {
        check(
            &points![
                [0.64, 1.04, 1.36, 0.7, -0.29, -0.91, 0.37, 1.05, -1.4, 0.33, 1.21, -0.44, 0.71, 0.24, 0.94, 0.92, 0.63, 0.34, -1.33], [-0.4, 0.24, 0.86, -0.42, 0.54, 1.09, -1.26, 1.29, 0.51, 0.78, 0.89, -0.3, 0.59, 0.99,
                0.95, 1.39, -0.93, 1.26, -0.64]
            ],
            Companions {
                f: &|p| g010(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g010_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr1(&p[9..12]),
                        p[12],
                        &arr2(&p[13..19], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g010_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr1(&p[9..12]),
                        p[12],
                        &arr2(&p[13..19], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g010_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                ),
                names: &["u", "x1", "a", "w", "x0", "b"],
                jvp: &|p, t| g010_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                    p[12],
                    &arr2(&p[13..19], 3, 2),
                    &arr1(&t[0..2]),
                    t[2],
                    &arr2(&t[3..9], 3, 2),
                    &arr1(&t[9..12]),
                    t[12],
                    &arr2(&t[13..19], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g010_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr2(&p[3..9], 3, 2),
                            &arr1(&p[9..12]),
                            p[12],
                            &arr2(&p[13..19], 3, 2),
                            &arr1(&v[0..2]),
                            v[2],
                            &arr2(&v[3..9], 3, 2),
                            &arr1(&v[9..12]),
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
    fn g011_gradient() {
        check(
            &points![
                [0.79, 0.32, -0.85, -0.38, 1.01, -1.39, -1.24, -1.05, 0.57, 0.28, -0.98, -0.36, -0.53, 0.64, 0.74], [1.27, 1.39, 0.47, -0.62, -0.62,
                0.27, 0.78, -0.94, -1.02, -0.78, 1.02, 0.6, 1.37, -0.82, -1.1]
            ],
            Companions {
                f: &|p| g011(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g011_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g011_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g011_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                names: &["b", "a", "u"],
                jvp: &|p, t| g011_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..12], 2, 3),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g011_hvp(
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
    fn g012_gradient() {
        check(
            &points![
                [-1.31, 0.53, 0.43, -0.2, 1.09, -0.25, -0.65, -0.7, -1.4, -0.9,
                0.74, 0.99], [0.78, 0.96, -0.81, 0.4, -0.36, 1.0, -1.19, 0.27, -0.46,
                -0.89, -1.2, 1.0]
            ],
            Companions {
                f: &|p| g012(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g012_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr1(&p[9..12]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g012_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr1(&p[9..12]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g012_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..12]),
                ),
                names: &["x0", "w", "a", "u"],
                jvp: &|p, t| g012_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&p[9..12]),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..9], 2, 3),
                    &arr1(&t[9..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g012_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..9], 2, 3),
                            &arr1(&p[9..12]),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr2(&v[3..9], 2, 3),
                            &arr1(&v[9..12]),
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
                [-1.02, -0.6, -1.15, 0.28, 1.35, -0.73, -1.22, 0.91], [-0.42, 0.66,
                -1.15, 1.03, -0.84, 1.15, 0.83, 0.84]
            ],
            Companions {
                f: &|p| g013(&arr2(&p[0..6], 2, 3), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g013_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g013_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g013_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..8])),
                names: &["a", "w"],
                jvp: &|p, t| g013_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g013_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..8]),
                            &arr2(&v[0..6], 2, 3),
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
                [-0.5, 1.36, 0.71, -0.39, 1.31, -0.53, -1.18, -1.0, -1.15, -0.39,
                -0.27, -0.55, 0.55], [-0.97, 1.03, -0.62, 1.36, 0.39, 1.17, 0.24, -0.73, -0.6, -1.04, 0.27, -0.28, 0.92]
            ],
            Companions {
                f: &|p| g014(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g014_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                        p[12],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g014_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                        p[12],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g014_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                ),
                names: &["x0", "w", "u", "a", "x1"],
                jvp: &|p, t| g014_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    p[12],
                    t[0],
                    &arr1(&t[1..3]),
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 2, 3),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g014_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr1(&p[3..6]),
                            &arr2(&p[6..12], 2, 3),
                            p[12],
                            v[0],
                            &arr1(&v[1..3]),
                            &arr1(&v[3..6]),
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
    fn g015_gradient() {
        check(
            &points![
                [0.22, -1.3, 0.57, -0.78, 1.2, 0.35, 1.39, -0.56], [1.36, -0.38, -0.38, 0.94, 0.36, 0.52, 0.52, 0.57]
            ],
            Companions {
                f: &|p| g015(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g015_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g015_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g015_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                names: &["a", "u"],
                jvp: &|p, t| g015_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g015_hvp(
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
    fn g016_gradient() {
        check(
            &points![
                [-0.29, -0.7, -0.69, 1.03, 1.38, -0.92, 0.71, 0.7, -0.93, -0.27],
                [0.77, 0.71, 1.28, -1.18, -1.34, -0.74, -0.84, -0.35, 0.21, 0.34]
            ],
            Companions {
                f: &|p| g016(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..10], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g016_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..10], 2, 1),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g016_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                        &arr2(&p[8..10], 2, 1),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g016_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..10], 2, 1),
                ),
                names: &["a", "w", "c"],
                jvp: &|p, t| g016_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    &arr2(&p[8..10], 2, 1),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..8]),
                    &arr2(&t[8..10], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g016_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..8]),
                            &arr2(&p[8..10], 2, 1),
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..8]),
                            &arr2(&v[8..10], 2, 1),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g017_gradient() {
        check(
            &points![
                [1.35, -1.39, 1.34, 1.14, -0.37, 0.94, -1.01, -0.27, -0.84, -1.24,
                -0.47, 0.87, -0.6], [0.71, 1.36, -1.02, -1.28, -0.54, 0.42, 0.29, -0.56, -0.42, 0.36, 1.06, -0.85, -0.88]
            ],
            Companions {
                f: &|p| g017(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g017_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g017_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g017_graph(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                names: &["a", "x1", "u"],
                jvp: &|p, t| g017_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr1(&p[9..13]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g017_hvp(
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
    fn g018_gradient() {
        check(
            &points![
                [-0.26, -0.94, -0.74, 0.6, 0.48, -1.27, 0.75, -0.72, -0.79, 0.34,
                0.76, 0.41, 0.42, -0.92, 0.52, -1.09, 1.0, 1.12], [0.89, -0.36, -0.84, -0.27, 0.52, -1.09, -0.83, -1.08, -1.38, -0.81, 0.5, 0.93, -1.36, -0.41, 1.33, 0.64, -0.86, 1.13]
            ],
            Companions {
                f: &|p| g018(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    p[15],
                    &arr1(&p[16..18]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g018_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                        p[15],
                        &arr1(&p[16..18]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g018_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                        p[15],
                        &arr1(&p[16..18]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g018_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    p[15],
                    &arr1(&p[16..18]),
                ),
                names: &["u", "b", "a", "x0", "w"],
                jvp: &|p, t| g018_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    p[15],
                    &arr1(&p[16..18]),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                    &arr2(&t[9..15], 2, 3),
                    t[15],
                    &arr1(&t[16..18]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g018_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 2, 3),
                            &arr2(&p[9..15], 2, 3),
                            p[15],
                            &arr1(&p[16..18]),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 2, 3),
                            &arr2(&v[9..15], 2, 3),
                            v[15],
                            &arr1(&v[16..18]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g019_gradient() {
        check(
            &points![
                [-0.24, 0.52, -0.34, -0.75, 1.1, 0.73, -1.03, 0.61, -1.09, -1.31,
                1.16, -1.22, 0.26, 1.11, -1.23, -1.28], [1.29, 0.22, 1.36, -0.75, -0.72, -0.59, -1.36, 0.3, 0.5, 1.33, -0.79, 1.33, -0.35, -0.92, 0.65,
                -0.32]
            ],
            Companions {
                f: &|p| g019(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                grad: &|p| {
                    let (value, (g0, g1)) = g019_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g019_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g019_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                names: &["a", "u"],
                jvp: &|p, t| g019_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g019_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g020_gradient() {
        check(
            &points![
                [-1.4, -0.25, -0.6, 0.53, 1.3, 0.34, 1.01, -0.84, -1.3], [1.09, -0.74, 0.21, 0.35, -0.71, 0.8, 0.86, -0.89, -1.25]
            ],
            Companions {
                f: &|p| g020(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g020_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g020_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g020_graph(&arr1(&p[0..3]), &arr2(&p[3..9], 2, 3)),
                names: &["u", "a"],
                jvp: &|p, t| g020_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g020_hvp(
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
    fn g021_gradient() {
        check(
            &points![
                [-0.42, -0.41, -0.83, -1.12, -1.02, -1.38, 0.23, 0.64, 0.71, 1.36,
                0.94, 0.98, 1.03, -1.22, 0.98, -0.92, 0.23, 1.22, 0.34, -0.88, 0.98, -0.49, -1.25, 0.36, -1.22, -0.37, -0.86, 1.04, -0.61, -0.28, 0.52, -0.39], [-1.39, -0.62, -0.42, -0.38, -0.99, 0.31, 0.52, -1.25, 0.79,
                0.38, -0.99, 0.45, -0.84, -1.11, 0.38, -0.59, -0.38, -0.88, -1.35,
                -0.99, 0.96, 0.89, 0.38, -1.21, -1.11, -1.11, -1.16, 0.62, 0.63,
                1.13, 0.46, -0.69]
            ],
            Companions {
                f: &|p| g021(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..32], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g021_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr1(&p[5..8]),
                        &arr2(&p[8..20], 3, 4),
                        &arr2(&p[20..32], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g021_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr1(&p[5..8]),
                        &arr2(&p[8..20], 3, 4),
                        &arr2(&p[20..32], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g021_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..32], 3, 4),
                ),
                names: &["u", "x0", "w", "b", "a"],
                jvp: &|p, t| g021_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr1(&p[5..8]),
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&p[20..32], 3, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr1(&t[5..8]),
                    &arr2(&t[8..20], 3, 4),
                    &arr2(&t[20..32], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g021_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr1(&p[5..8]),
                            &arr2(&p[8..20], 3, 4),
                            &arr2(&p[20..32], 3, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr1(&v[5..8]),
                            &arr2(&v[8..20], 3, 4),
                            &arr2(&v[20..32], 3, 4),
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
                [1.2, 0.89, -0.63, 0.71, 1.11, 0.74, -0.77, 0.81, 1.15, 0.96, -0.53, -0.24, -1.15, -1.21, 0.65, 0.95], [0.7, 0.78, 0.94, -1.31, 1.08, -0.24, 0.21, 0.37, -0.69, 0.54, 0.79, 1.15, 1.04, -0.94, -0.98, -0.93]
            ],
            Companions {
                f: &|p| g022(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                grad: &|p| {
                    let (value, (g0, g1)) = g022_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g022_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g022_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                names: &["a", "u"],
                jvp: &|p, t| g022_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g022_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g023_gradient() {
        check(
            &points![
                [1.25, 0.49, 0.94, -0.64, -1.33, 0.91, -0.46, 0.56, -1.3, 1.12, -0.58, -1.08, -0.88, -0.41, 0.56], [1.25, -0.33, 0.46, 0.94, 0.42, -1.25, -0.89, 0.55, 1.24, 1.25, 0.45, 0.73, 0.39, -1.04, -1.31]
            ],
            Companions {
                f: &|p| g023(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g023_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g023_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g023_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g023_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..12], 2, 3),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g023_hvp(
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
    fn g024_gradient() {
        check(
            &points![
                [0.28, -0.57, -1.08, 0.21, 1.24, -0.27, 0.68, -0.42, 0.99, -0.98,
                0.46, 0.92, 1.33, -1.15, -0.36, 0.25, -1.04, -0.52, 0.32, -0.76, -1.26, 0.38], [1.09, 1.12, -0.46, -1.08, 0.6, 0.82, 1.38, 0.41, 0.58, -1.04, 0.27, -1.4, 1.05, 0.53, -0.99, -1.04, 0.74, -0.61, -0.99,
                0.75, -0.29, 0.58]
            ],
            Companions {
                f: &|p| g024(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                    &arr1(&p[20..22]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g024_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                        &arr1(&p[20..22]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g024_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                        &arr1(&p[20..22]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g024_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                    &arr1(&p[20..22]),
                ),
                names: &["a", "b", "u", "w"],
                jvp: &|p, t| g024_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                    &arr1(&p[20..22]),
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..16], 2, 4),
                    &arr1(&t[16..20]),
                    &arr1(&t[20..22]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g024_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&p[8..16], 2, 4),
                            &arr1(&p[16..20]),
                            &arr1(&p[20..22]),
                            &arr2(&v[0..8], 2, 4),
                            &arr2(&v[8..16], 2, 4),
                            &arr1(&v[16..20]),
                            &arr1(&v[20..22]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g025_gradient() {
        check(
            &points![
                [-1.17, -1.17, -0.99, -0.87, 0.87, -0.81, -0.23, -0.8, -0.59, -1.07, 0.91, 0.3, 0.22, 0.95, -0.36, -0.37], [-1.34, -0.4, 1.25, 0.67,
                -0.31, -0.39, -1.07, 0.42, 1.28, 1.12, -0.54, -0.33, -0.38, -0.93,
                -0.79, 0.58]
            ],
            Companions {
                f: &|p| g025(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g025_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g025_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g025_graph(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g025_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g025_hvp(
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
    fn g026_gradient() {
        check(
            &points![
                [1.16, -1.28, 0.6, -0.28, 0.97, -0.26, -1.15, 0.95, 0.95, -0.41,
                1.03, 0.74, 1.38, -0.76, -1.39, 0.57, 0.83, 0.33, 1.4, -0.53, 0.24,
                0.22, -1.24], [0.67, 0.4, 0.45, -1.22, -1.39, -1.03, 0.49, -0.52, -1.35, 0.56, -0.27, -0.21, 0.88, -0.72, -1.39, -1.34, 0.56, -1.28, -0.55, 1.31, 0.48, 0.98, -1.39]
            ],
            Companions {
                f: &|p| g026(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    p[22],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g026_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                        p[22],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g026_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                        p[22],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g026_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    p[22],
                ),
                names: &["w", "b", "u", "a", "x0"],
                jvp: &|p, t| g026_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    p[22],
                    &arr1(&t[0..2]),
                    &arr2(&t[2..10], 2, 4),
                    &arr1(&t[10..14]),
                    &arr2(&t[14..22], 2, 4),
                    t[22],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g026_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..10], 2, 4),
                            &arr1(&p[10..14]),
                            &arr2(&p[14..22], 2, 4),
                            p[22],
                            &arr1(&v[0..2]),
                            &arr2(&v[2..10], 2, 4),
                            &arr1(&v[10..14]),
                            &arr2(&v[14..22], 2, 4),
                            v[22],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g027_gradient() {
        check(
            &points![
                [-0.34, -0.97, 0.23, 0.22, -1.04, 0.31, -0.86, 1.35, 1.16, -0.96,
                0.94, -0.58], [-0.8, -1.22, 0.93, -0.38, -0.52, 0.24, -0.78, 0.88,
                0.45, 1.14, -0.39, 1.15]
            ],
            Companions {
                f: &|p| g027(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    p[8],
                    &arr1(&p[9..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g027_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        p[8],
                        &arr1(&p[9..12]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g027_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        p[8],
                        &arr1(&p[9..12]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g027_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    p[8],
                    &arr1(&p[9..12]),
                ),
                names: &["w", "a", "x0", "u"],
                jvp: &|p, t| g027_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    p[8],
                    &arr1(&p[9..12]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 2, 3),
                    t[8],
                    &arr1(&t[9..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g027_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 2, 3),
                            p[8],
                            &arr1(&p[9..12]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 2, 3),
                            v[8],
                            &arr1(&v[9..12]),
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
                [-0.53, 0.92, 0.21, -0.94, -0.65, -1.38, -0.31, 1.32, -0.29, -0.53], [0.63, -1.16, 0.7, -1.12, -0.53, 0.46, -0.39, -1.35, -1.23,
                -0.54]
            ],
            Companions {
                f: &|p| g028(p[0], &arr2(&p[1..7], 2, 3), p[7], &arr1(&p[8..10])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g028_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        p[7],
                        &arr1(&p[8..10]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g028_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        p[7],
                        &arr1(&p[8..10]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g028_graph(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    p[7],
                    &arr1(&p[8..10]),
                ),
                names: &["x0", "a", "x1", "w"],
                jvp: &|p, t| g028_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    p[7],
                    &arr1(&p[8..10]),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    t[7],
                    &arr1(&t[8..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g028_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            p[7],
                            &arr1(&p[8..10]),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            v[7],
                            &arr1(&v[8..10]),
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
                [-0.77, 0.63, 0.62, 0.33, 1.13, -1.01, -0.77, 0.76, -1.19, 0.95, -0.75, -1.13, 0.69, -0.27, -0.91, 1.26, 1.31, -0.74, 1.35, -0.73, -1.12, -0.45, -0.38, -0.64, -0.55, -0.34, 0.71, 0.55, -0.7, 0.65, -0.99, 0.41, 0.45, -1.11, -1.22, 1.32, -0.95], [-0.91, 0.3, -0.84,
                0.49, -0.68, -0.64, 0.39, -0.91, 1.2, -0.22, 0.93, -0.26, 0.4, 0.68,
                -0.64, -0.38, 0.92, 1.37, 0.25, 0.66, 0.78, -1.03, 1.25, 1.34, 1.17, -0.54, -0.31, -0.81, -0.47, -0.74, 1.37, -1.31, -0.67, -0.49, -0.47, 0.9, -1.37]
            ],
            Companions {
                f: &|p| g029(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                    &arr2(&p[25..37], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5, g6)) = g029_grad(
                        &arr2(&p[0..3], 3, 1),
                        p[3],
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        p[20],
                        &arr2(&p[21..25], 1, 4),
                        &arr2(&p[25..37], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g029_vjp(
                        &arr2(&p[0..3], 3, 1),
                        p[3],
                        &arr1(&p[4..8]),
                        &arr2(&p[8..20], 3, 4),
                        p[20],
                        &arr2(&p[21..25], 1, 4),
                        &arr2(&p[25..37], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4, g5, g6) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                graph: &|p| g029_graph(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                    &arr2(&p[25..37], 3, 4),
                ),
                names: &["c", "x0", "u", "a", "x1", "d", "b"],
                jvp: &|p, t| g029_jvp(
                    &arr2(&p[0..3], 3, 1),
                    p[3],
                    &arr1(&p[4..8]),
                    &arr2(&p[8..20], 3, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                    &arr2(&p[25..37], 3, 4),
                    &arr2(&t[0..3], 3, 1),
                    t[3],
                    &arr1(&t[4..8]),
                    &arr2(&t[8..20], 3, 4),
                    t[20],
                    &arr2(&t[21..25], 1, 4),
                    &arr2(&t[25..37], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5, g6),
                            (h0, h1, h2, h3, h4, h5, h6),
                        ) = g029_hvp(
                            &arr2(&p[0..3], 3, 1),
                            p[3],
                            &arr1(&p[4..8]),
                            &arr2(&p[8..20], 3, 4),
                            p[20],
                            &arr2(&p[21..25], 1, 4),
                            &arr2(&p[25..37], 3, 4),
                            &arr2(&v[0..3], 3, 1),
                            v[3],
                            &arr1(&v[4..8]),
                            &arr2(&v[8..20], 3, 4),
                            v[20],
                            &arr2(&v[21..25], 1, 4),
                            &arr2(&v[25..37], 3, 4),
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
    fn g030_gradient() {
        check(
            &points![
                [0.46, -0.4, 1.27, 1.33, -0.53, 1.38, 0.41, 1.34, 1.34, 0.36, -0.47, -0.9, 1.07, 0.69, 0.52, -1.08, 0.36, -0.97, 1.04, 0.73, -1.36, -0.29,
                0.94, -0.7, 0.64, 0.23, -1.07, -1.07, -1.12, -1.01, -0.6, 0.57], [-1.15, -0.94, -0.93, 0.85, 1.09, 1.33, -0.79, -0.79, -1.28, 0.53, -0.34, -1.22, -1.15, -0.26, 0.6, -0.94, 0.78, -0.35, 0.54, 0.46, -0.76, 0.84, -1.04, -1.04, 0.91, -1.03, -0.21, 0.33, 0.61, -0.67,
                1.22, 0.65]
            ],
            Companions {
                f: &|p| g030(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                    &arr2(&p[20..32], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g030_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                        &arr2(&p[20..32], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g030_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..20]),
                        &arr2(&p[20..32], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g030_graph(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                    &arr2(&p[20..32], 3, 4),
                ),
                names: &["u", "x0", "a", "w", "b"],
                jvp: &|p, t| g030_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..20]),
                    &arr2(&p[20..32], 3, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                    &arr1(&t[17..20]),
                    &arr2(&t[20..32], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g030_hvp(
                            &arr1(&p[0..4]),
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr1(&p[17..20]),
                            &arr2(&p[20..32], 3, 4),
                            &arr1(&v[0..4]),
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                            &arr1(&v[17..20]),
                            &arr2(&v[20..32], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g031_gradient() {
        check(
            &points![
                [-0.39, 0.75, -0.81, 0.88, -0.21, -0.76, -0.67, 0.21, -0.32, 1.06,
                0.81, -0.76, 0.42, 1.32], [-1.06, 0.87, -0.36, -0.62, -1.38, 0.73, -1.23, 0.38, -1.19, -0.3, -0.86, -0.45, -1.27, -1.36]
            ],
            Companions {
                f: &|p| g031(p[0], p[1], &arr1(&p[2..6]), &arr2(&p[6..14], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g031_grad(
                        p[0],
                        p[1],
                        &arr1(&p[2..6]),
                        &arr2(&p[6..14], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g031_vjp(
                        p[0],
                        p[1],
                        &arr1(&p[2..6]),
                        &arr2(&p[6..14], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g031_graph(
                    p[0],
                    p[1],
                    &arr1(&p[2..6]),
                    &arr2(&p[6..14], 2, 4),
                ),
                names: &["x0", "x1", "u", "a"],
                jvp: &|p, t| g031_jvp(
                    p[0],
                    p[1],
                    &arr1(&p[2..6]),
                    &arr2(&p[6..14], 2, 4),
                    t[0],
                    t[1],
                    &arr1(&t[2..6]),
                    &arr2(&t[6..14], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g031_hvp(
                            p[0],
                            p[1],
                            &arr1(&p[2..6]),
                            &arr2(&p[6..14], 2, 4),
                            v[0],
                            v[1],
                            &arr1(&v[2..6]),
                            &arr2(&v[6..14], 2, 4),
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
                [-0.55, -0.79, 0.48, 0.33, 0.55, 1.21, -1.37, 0.67, 0.55, -0.34,
                0.38, -1.19], [-1.02, 1.33, -0.67, 1.38, 1.07, -0.5, -0.2, -0.28,
                0.26, -0.25, 0.24, -0.87]
            ],
            Companions {
                f: &|p| g032(&arr2(&p[0..12], 3, 4)),
                grad: &|p| {
                    let (value, g0) = g032_grad(&arr2(&p[0..12], 3, 4));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g032_vjp(&arr2(&p[0..12], 3, 4));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g032_graph(&arr2(&p[0..12], 3, 4)),
                names: &["a"],
                jvp: &|p, t| g032_jvp(&arr2(&p[0..12], 3, 4), &arr2(&t[0..12], 3, 4)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g032_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                        );
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn g033_gradient() {
        check(
            &points![
                [0.57, 0.71, -1.21, -0.99, 0.49, 0.7, 1.13, -0.45, 0.72, 0.56, 0.48, -1.26, 1.35, -1.13], [-0.3, -1.31, 1.31, -0.48, -1.15, -0.47, 1.04,
                0.38, 0.41, -0.36, 1.07, -1.33, 0.65, -0.37]
            ],
            Companions {
                f: &|p| g033(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g033_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr1(&p[4..6]),
                        &arr2(&p[6..8], 2, 1),
                        &arr2(&p[8..14], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g033_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr1(&p[4..6]),
                        &arr2(&p[6..8], 2, 1),
                        &arr2(&p[8..14], 2, 3),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g033_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                ),
                names: &["u", "x0", "w", "c", "a"],
                jvp: &|p, t| g033_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr1(&p[4..6]),
                    &arr2(&p[6..8], 2, 1),
                    &arr2(&p[8..14], 2, 3),
                    &arr1(&t[0..3]),
                    t[3],
                    &arr1(&t[4..6]),
                    &arr2(&t[6..8], 2, 1),
                    &arr2(&t[8..14], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g033_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            &arr1(&p[4..6]),
                            &arr2(&p[6..8], 2, 1),
                            &arr2(&p[8..14], 2, 3),
                            &arr1(&v[0..3]),
                            v[3],
                            &arr1(&v[4..6]),
                            &arr2(&v[6..8], 2, 1),
                            &arr2(&v[8..14], 2, 3),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g034_gradient() {
        check(
            &points![
                [0.61, -0.93, -0.42, 0.95, -0.56, -0.21, 0.58, 0.92, -0.2, 0.82, -0.74, 1.19], [-1.04, -0.24, -1.26, 1.12, -0.7, 0.51, -0.68, 1.02, -0.82, -0.82, 1.1, 1.23]
            ],
            Companions {
                f: &|p| g034(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g034_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g034_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g034_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                names: &["x0", "u", "w", "a"],
                jvp: &|p, t| g034_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g034_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr1(&p[3..6]),
                            &arr2(&p[6..12], 3, 2),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr1(&v[3..6]),
                            &arr2(&v[6..12], 3, 2),
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
                [0.31, 1.31, -1.04, 0.25, 1.4, 0.21, 0.99, -1.13, -0.64, 1.33, 0.96,
                1.26], [-0.77, -0.24, 1.34, 1.33, -0.55, 0.53, -0.6, -0.47, 1.16, -1.07, -1.37, -0.71]
            ],
            Companions {
                f: &|p| g035(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g035_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g035_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g035_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                ),
                names: &["u", "w", "x0", "a"],
                jvp: &|p, t| g035_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    t[5],
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g035_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            p[5],
                            &arr2(&p[6..12], 2, 3),
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            v[5],
                            &arr2(&v[6..12], 2, 3),
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
                [-1.25, -0.45, -0.52, -1.09, 0.54, 1.03, 0.64, 0.75, 0.54, -0.8, -0.54, 1.15, -0.72, 1.05, 0.53, -0.94, 0.78, -0.45, -1.08, -0.32],
                [1.18, -1.1, -0.38, 0.66, -0.26, -1.35, 0.79, -1.1, 1.05, -0.44,
                0.72, 0.5, -1.23, 0.28, -1.39, 1.19, -0.29, 0.83, -1.19, 0.93]
            ],
            Companions {
                f: &|p| g036(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    p[19],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g036_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                        p[19],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g036_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                        p[19],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g036_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    p[19],
                ),
                names: &["u", "a", "w", "x0"],
                jvp: &|p, t| g036_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    p[19],
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr1(&t[16..19]),
                    t[19],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g036_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&p[16..19]),
                            p[19],
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
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
    fn g037_gradient() {
        check(
            &points![
                [-0.85, 1.13, -1.2, 1.05, -0.22, 0.49], [1.06, 1.25, -0.6, -0.76,
                1.14, -0.6]
            ],
            Companions {
                f: &|p| g037(&arr2(&p[0..6], 3, 2)),
                grad: &|p| {
                    let (value, g0) = g037_grad(&arr2(&p[0..6], 3, 2));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g037_vjp(&arr2(&p[0..6], 3, 2));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g037_graph(&arr2(&p[0..6], 3, 2)),
                names: &["a"],
                jvp: &|p, t| g037_jvp(&arr2(&p[0..6], 3, 2), &arr2(&t[0..6], 3, 2)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g037_hvp(
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
    fn g038_gradient() {
        check(
            &points![
                [1.33, 0.73, 0.33, -0.83, -1.09, -0.88, 1.0, -0.5, 0.91, -1.28,
                1.29, -0.7, 0.66], [1.33, -0.68, -0.27, -0.45, -0.5, 0.98, -1.15, -1.2, 0.57, -0.36, -0.59, 0.29, 0.97]
            ],
            Companions {
                f: &|p| g038(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g038_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g038_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr1(&p[3..6]),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g038_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["x0", "u", "w", "x1", "a"],
                jvp: &|p, t| g038_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr1(&t[3..6]),
                    t[6],
                    &arr2(&t[7..13], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g038_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr1(&p[3..6]),
                            p[6],
                            &arr2(&p[7..13], 3, 2),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr1(&v[3..6]),
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
    fn g039_gradient() {
        check(
            &points![
                [-0.54, 1.29, 0.54, -1.09, -1.17, 0.7, -0.66, -0.56, -0.75, -0.82,
                1.29, 0.48, 0.81, -0.56, 0.75, -0.61], [1.3, -1.17, 0.58, 1.28, -1.38, 1.21, 1.15, 0.78, 0.68, -0.78, 0.27, 0.83, -0.74, 1.11, 0.79, -0.56]
            ],
            Companions {
                f: &|p| g039(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g039_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g039_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g039_graph(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g039_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g039_hvp(
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
    fn g040_gradient() {
        check(
            &points![
                [-1.03, 1.24, -0.27, 0.79, 0.63, -0.47, 1.26, -0.26, -0.93, 0.97,
                0.4, 0.26, 0.97, -1.37, -1.3, -0.91, -0.31, 0.89, -0.67, -0.52, -0.22, -0.75, 0.7, 1.01, -0.25], [-1.03, 1.35, -1.14, -1.16, 1.35, -1.26, 0.96, -0.81, -0.42, -0.92, -1.19, -1.1, 1.12, -1.04, 0.32, -1.14, 1.14, 0.42, -1.13, 1.12, -0.55, 0.29, -0.68, -1.39, -0.96]
            ],
            Companions {
                f: &|p| g040(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g040_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        p[20],
                        &arr2(&p[21..25], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g040_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        p[20],
                        &arr2(&p[21..25], 1, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g040_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                ),
                names: &["b", "u", "a", "x0", "d"],
                jvp: &|p, t| g040_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    p[20],
                    &arr2(&p[21..25], 1, 4),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                    &arr2(&t[12..20], 2, 4),
                    t[20],
                    &arr2(&t[21..25], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g040_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            &arr2(&p[12..20], 2, 4),
                            p[20],
                            &arr2(&p[21..25], 1, 4),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
                            &arr2(&v[12..20], 2, 4),
                            v[20],
                            &arr2(&v[21..25], 1, 4),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g041_gradient() {
        check(
            &points![
                [0.54, 0.58, 1.24, 0.89, 0.55, 0.84, -0.85, 1.22, -0.9, -0.34, 0.85, -0.89, -0.78, -0.98, -0.56], [0.81, 0.49, -1.39, -1.28, -1.29, -0.93, -1.26, -0.44, -1.3, -0.68, 0.59, 0.51, 0.79, 0.74, 0.33]
            ],
            Companions {
                f: &|p| g041(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g041_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g041_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g041_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["b", "x0", "u", "a"],
                jvp: &|p, t| g041_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g041_hvp(
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
    fn g042_gradient() {
        check(
            &points![
                [-0.86, 0.91, 0.71, 1.18, 1.18, -1.35, -0.68, -0.94], [0.9, 1.24, -1.32, -0.64, 0.67, 0.71, 0.95, -0.93]
            ],
            Companions {
                f: &|p| g042(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g042_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g042_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g042_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                names: &["a", "u"],
                jvp: &|p, t| g042_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g042_hvp(
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
    fn g043_gradient() {
        check(
            &points![
                [-0.66, 0.39, 0.58, -0.4, -1.24, 1.01, -0.42, -0.4, -1.01, 0.85,
                1.06, -1.11, -0.89, 0.39, 1.18, -0.98, 0.22], [-1.03, 0.44, -1.3, -0.58, 1.33, -1.1, -1.2, -0.48, 0.88, -1.23, 1.1, -1.02, -1.26, -0.29, 0.62, 0.46, 0.22]
            ],
            Companions {
                f: &|p| g043(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g043_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr2(&p[11..17], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g043_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr2(&p[11..17], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g043_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                ),
                names: &["w", "u", "b", "a"],
                jvp: &|p, t| g043_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                    &arr2(&t[11..17], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g043_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr2(&p[11..17], 3, 2),
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            &arr2(&v[5..11], 3, 2),
                            &arr2(&v[11..17], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g044_gradient() {
        check(
            &points![
                [-0.71, 0.91, -0.29, 0.86, 0.71, 1.12, 1.29, -1.13, 1.12, 0.58, 0.55,
                0.35, -1.17, 0.73, 0.86, -0.45, 0.31], [-0.26, -0.85, 0.75, -0.72, -0.6, -0.82, -1.36, -0.93, 0.43, 0.73, 0.51, 0.63, 0.22, 1.37, 1.36, -1.29, -0.38]
            ],
            Companions {
                f: &|p| g044(p[0], &arr2(&p[1..13], 3, 4), &arr1(&p[13..17])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g044_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..17]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g044_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..17]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g044_graph(p[0], &arr2(&p[1..13], 3, 4), &arr1(&p[13..17])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g044_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr1(&p[13..17]),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    &arr1(&t[13..17]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g044_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            &arr1(&p[13..17]),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                            &arr1(&v[13..17]),
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
                [-1.39, -0.38, -0.93, -1.32, 1.03, -1.21, -0.46, 0.88, 0.54, 0.95,
                1.27, 0.7, -0.31, -0.29, -0.2], [1.26, -0.62, 0.65, 1.3, 0.65, -1.35, -1.26, 1.06, -0.3, -1.28, 0.29, 1.22, -0.59, -0.82, -1.38]
            ],
            Companions {
                f: &|p| g045(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..15], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g045_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr2(&p[9..15], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g045_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr2(&p[9..15], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g045_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..15], 2, 3),
                ),
                names: &["a", "u", "b"],
                jvp: &|p, t| g045_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..15], 2, 3),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    &arr2(&t[9..15], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g045_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..9]),
                            &arr2(&p[9..15], 2, 3),
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..9]),
                            &arr2(&v[9..15], 2, 3),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g046_gradient() {
        check(
            &points![
                [0.59, -0.6, 0.66, 0.23, 0.55, 0.32, -0.43, -0.44], [0.39, -0.71,
                0.52, 0.97, -0.3, -1.22, -0.98, -0.25]
            ],
            Companions {
                f: &|p| g046(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g046_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g046_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g046_graph(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2)),
                names: &["u", "a"],
                jvp: &|p, t| g046_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g046_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g047_gradient() {
        check(
            &points![
                [0.89, 1.38, 0.76, -0.92, 1.07, 0.23, 0.6, -1.15, -1.11, -0.48, -1.07, 1.03, -0.81, 0.4, 0.82, 0.65, -0.55, 0.26, -0.4, -1.18], [-0.54, 0.76, 0.6, -1.14, -1.09, -1.01, -0.21, -0.61, -1.26, -0.63,
                1.33, -0.29, -0.64, -0.31, -1.23, 0.21, 0.48, -0.58, -1.04, 0.38]
            ],
            Companions {
                f: &|p| g047(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g047_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g047_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g047_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                ),
                names: &["b", "a", "u"],
                jvp: &|p, t| g047_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..16], 2, 4),
                    &arr1(&t[16..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g047_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&p[8..16], 2, 4),
                            &arr1(&p[16..20]),
                            &arr2(&v[0..8], 2, 4),
                            &arr2(&v[8..16], 2, 4),
                            &arr1(&v[16..20]),
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
                [-0.27, 0.42, 0.31, 1.39, 1.38, 0.37, -0.77, -0.25], [-1.31, -1.33,
                0.69, -1.11, 0.68, 0.4, 1.38, 0.83]
            ],
            Companions {
                f: &|p| g048(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g048_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g048_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g048_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8])),
                names: &["a", "u"],
                jvp: &|p, t| g048_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g048_hvp(
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
    fn g049_gradient() {
        check(
            &points![
                [0.76, -0.26, 1.19, -1.17, 0.64, -0.83, -1.33, -1.21, 1.15, -0.47,
                0.68, -1.13, -1.08, 0.92, -0.93, 0.26, 1.21], [0.51, -0.71, 0.7,
                1.01, 0.23, -0.68, 0.8, 1.38, -1.36, 0.79, -1.31, 0.85, 1.18, -1.06,
                0.38, 1.04, -0.95]
            ],
            Companions {
                f: &|p| g049(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16]), p[16]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g049_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g049_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g049_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16]), p[16]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g049_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g049_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            p[16],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            v[16],
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
                [-1.15, 0.87, 1.4, 0.29, -0.46, 0.3, 0.34, -0.36, 0.85, -0.4, 0.88,
                0.84, 0.81, 1.32, -0.75], [0.48, 0.86, -0.59, 0.78, -1.23, -0.82, -0.92, 0.48, -0.52, -0.45, 0.23, -0.74, 0.2, 1.35, -0.8]
            ],
            Companions {
                f: &|p| g050(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g050_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g050_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g050_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["b", "x0", "u", "a"],
                jvp: &|p, t| g050_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g050_hvp(
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
    fn g051_gradient() {
        check(
            &points![
                [-0.67, 0.98, 0.57, -0.88, 0.69, 0.75, -0.71, 0.95, -0.94, 1.36, -0.57, 0.87, -0.51, 1.18, 0.71], [-1.25, 1.25, 1.32, -1.09, 0.8, 0.45,
                1.37, -1.38, -1.34, 0.79, -1.05, -0.24, 0.32, -1.32, 0.46]
            ],
            Companions {
                f: &|p| g051(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..7]),
                    &arr2(&p[7..15], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g051_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..7]),
                        &arr2(&p[7..15], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g051_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..7]),
                        &arr2(&p[7..15], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g051_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..7]),
                    &arr2(&p[7..15], 2, 4),
                ),
                names: &["w", "x0", "u", "a"],
                jvp: &|p, t| g051_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..7]),
                    &arr2(&p[7..15], 2, 4),
                    &arr1(&t[0..2]),
                    t[2],
                    &arr1(&t[3..7]),
                    &arr2(&t[7..15], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g051_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr1(&p[3..7]),
                            &arr2(&p[7..15], 2, 4),
                            &arr1(&v[0..2]),
                            v[2],
                            &arr1(&v[3..7]),
                            &arr2(&v[7..15], 2, 4),
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
                [-1.15, -1.25, -0.28, 0.97, 0.31, 1.11, -0.77, 1.1, 1.33, 1.07, 1.34,
                1.29], [1.02, -0.21, -1.17, 0.61, -1.16, 0.45, -1.38, -1.38, 0.82,
                1.25, 0.65, 1.13]
            ],
            Companions {
                f: &|p| g052(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g052_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..10]),
                        &arr1(&p[10..12]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g052_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..10]),
                        &arr1(&p[10..12]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g052_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                ),
                names: &["a", "x0", "w", "u"],
                jvp: &|p, t| g052_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr1(&p[10..12]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..10]),
                    &arr1(&t[10..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g052_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr1(&p[7..10]),
                            &arr1(&p[10..12]),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
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
    fn g053_gradient() {
        check(
            &points![
                [0.27, 1.02, -0.8, 1.12, -1.26, 1.34, 0.21, 1.13, -0.25, 0.26, 0.61,
                0.22], [1.05, -1.13, -1.04, -0.96, -0.52, 0.82, -1.37, 1.39, -0.54,
                0.23, 0.8, 0.64]
            ],
            Companions {
                f: &|p| g053(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g053_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g053_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g053_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                names: &["u", "x0", "w", "a"],
                jvp: &|p, t| g053_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                    &arr1(&t[0..2]),
                    t[2],
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g053_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr1(&p[3..6]),
                            &arr2(&p[6..12], 3, 2),
                            &arr1(&v[0..2]),
                            v[2],
                            &arr1(&v[3..6]),
                            &arr2(&v[6..12], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g054_gradient() {
        check(
            &points![
                [-0.38, -1.24, 0.36, -0.86, 1.23, 1.34, -1.18, -1.3, 1.15, -1.27,
                0.78, -0.66, 1.25, 0.9, -0.57, 0.73, 0.51, 0.84, 0.92, -0.85, 1.03, -0.49, -0.84, 0.35, -0.68], [-0.63, 1.27, -1.02, -0.91, 0.62, -0.36,
                -1.06, 1.09, 0.84, 0.8, 1.03, 0.41, 0.65, -0.57, -0.52, -0.28, -0.36, 0.78, 1.11, 0.56, 0.39, -0.37, -0.75, -1.24, -0.39]
            ],
            Companions {
                f: &|p| g054(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr2(&p[12..14], 2, 1),
                    &arr1(&p[14..16]),
                    p[16],
                    &arr2(&p[17..25], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g054_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        &arr2(&p[12..14], 2, 1),
                        &arr1(&p[14..16]),
                        p[16],
                        &arr2(&p[17..25], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g054_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        &arr2(&p[12..14], 2, 1),
                        &arr1(&p[14..16]),
                        p[16],
                        &arr2(&p[17..25], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g054_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr2(&p[12..14], 2, 1),
                    &arr1(&p[14..16]),
                    p[16],
                    &arr2(&p[17..25], 2, 4),
                ),
                names: &["u", "b", "c", "w", "x0", "a"],
                jvp: &|p, t| g054_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr2(&p[12..14], 2, 1),
                    &arr1(&p[14..16]),
                    p[16],
                    &arr2(&p[17..25], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                    &arr2(&t[12..14], 2, 1),
                    &arr1(&t[14..16]),
                    t[16],
                    &arr2(&t[17..25], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g054_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            &arr2(&p[12..14], 2, 1),
                            &arr1(&p[14..16]),
                            p[16],
                            &arr2(&p[17..25], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                            &arr2(&v[12..14], 2, 1),
                            &arr1(&v[14..16]),
                            v[16],
                            &arr2(&v[17..25], 2, 4),
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
    fn g055_gradient() {
        check(
            &points![
                [0.27, -0.39, 1.09, -1.09, 0.83, 0.22, 1.09, -0.29, 1.31, -0.68,
                0.36, 0.62, 0.91, -1.35, -1.26, -0.27, -1.37, -0.33], [1.16, -0.84,
                0.6, -0.74, -0.48, 0.23, -0.27, 1.4, 0.76, 1.36, -0.91, 1.27, -1.39,
                1.23, -0.96, 0.91, 1.37, -1.17]
            ],
            Companions {
                f: &|p| g055(
                    &arr2(&p[0..2], 1, 2),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..18]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g055_grad(
                        &arr2(&p[0..2], 1, 2),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        p[9],
                        &arr2(&p[10..16], 3, 2),
                        &arr1(&p[16..18]),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g055_vjp(
                        &arr2(&p[0..2], 1, 2),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        p[9],
                        &arr2(&p[10..16], 3, 2),
                        &arr1(&p[16..18]),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g055_graph(
                    &arr2(&p[0..2], 1, 2),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..18]),
                ),
                names: &["d", "x0", "a", "x1", "b", "u"],
                jvp: &|p, t| g055_jvp(
                    &arr2(&p[0..2], 1, 2),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    p[9],
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..18]),
                    &arr2(&t[0..2], 1, 2),
                    t[2],
                    &arr2(&t[3..9], 3, 2),
                    t[9],
                    &arr2(&t[10..16], 3, 2),
                    &arr1(&t[16..18]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g055_hvp(
                            &arr2(&p[0..2], 1, 2),
                            p[2],
                            &arr2(&p[3..9], 3, 2),
                            p[9],
                            &arr2(&p[10..16], 3, 2),
                            &arr1(&p[16..18]),
                            &arr2(&v[0..2], 1, 2),
                            v[2],
                            &arr2(&v[3..9], 3, 2),
                            v[9],
                            &arr2(&v[10..16], 3, 2),
                            &arr1(&v[16..18]),
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
    fn g056_gradient() {
        check(
            &points![
                [0.6, -0.84, -0.71, -0.85, 1.19, -0.44, 1.04, 1.02, -1.35, 0.5, -1.33, 1.33, -1.19, -0.29, 0.37, -0.36, 1.12, -0.38, 0.79, 0.92, -0.25], [1.2, -1.19, -0.61, -0.31, -1.22, -0.6, -0.97, -1.1, -1.25, -0.69, -0.47, -1.04, -0.67, 0.7, 1.15, 1.22, 1.12, -1.29,
                0.29, -1.32, 0.85]
            ],
            Companions {
                f: &|p| g056(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..21]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g056_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..21]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g056_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        p[4],
                        &arr2(&p[5..17], 3, 4),
                        &arr1(&p[17..21]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g056_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..21]),
                ),
                names: &["w", "x0", "x1", "a", "u"],
                jvp: &|p, t| g056_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..17], 3, 4),
                    &arr1(&p[17..21]),
                    &arr1(&t[0..3]),
                    t[3],
                    t[4],
                    &arr2(&t[5..17], 3, 4),
                    &arr1(&t[17..21]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g056_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            p[4],
                            &arr2(&p[5..17], 3, 4),
                            &arr1(&p[17..21]),
                            &arr1(&v[0..3]),
                            v[3],
                            v[4],
                            &arr2(&v[5..17], 3, 4),
                            &arr1(&v[17..21]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g057_gradient() {
        check(
            &points![
                [-0.24, -1.17, 1.26, -0.91, 0.3, -0.32, 1.26, -0.87, 0.71, -0.54, -1.19, 1.26, 1.27], [-0.83, 0.92, 0.7, -0.95, -1.3, 0.93, -0.82, 0.42,
                -0.34, 1.37, -1.13, -0.3, 1.12]
            ],
            Companions {
                f: &|p| g057(p[0], &arr2(&p[1..13], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g057_grad(p[0], &arr2(&p[1..13], 3, 4));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g057_vjp(p[0], &arr2(&p[1..13], 3, 4));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g057_graph(p[0], &arr2(&p[1..13], 3, 4)),
                names: &["x0", "a"],
                jvp: &|p, t| g057_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g057_hvp(
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
    fn g058_gradient() {
        check(
            &points![
                [0.57, -0.58, -0.9, -0.87, 0.41, -0.82, 0.84, 0.4, 1.28, 0.43, -0.8,
                1.18, -1.36, -0.44, 0.62, -1.26, -0.52, 1.31, -1.02, 0.29, 0.44, -0.41, 1.22, 0.58, 0.76, -0.44, 0.51, 1.28, 0.71, -0.79, 0.57], [-1.3,
                0.33, 0.41, 0.7, 0.31, 0.31, 1.37, 1.24, -1.07, -1.23, -0.64, -0.35,
                -1.25, -1.23, 0.3, 1.3, -0.5, 0.53, 0.98, 0.72, -1.16, 1.07, 0.6, -0.84, 0.67, 0.87, 0.36, 1.17, 0.95, 1.09, -0.77]
            ],
            Companions {
                f: &|p| g058(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g058_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g058_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g058_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                names: &["u", "a", "w", "b"],
                jvp: &|p, t| g058_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    &arr2(&p[19..31], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr1(&t[16..19]),
                    &arr2(&t[19..31], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g058_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&p[16..19]),
                            &arr2(&p[19..31], 3, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..16], 3, 4),
                            &arr1(&v[16..19]),
                            &arr2(&v[19..31], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g059_gradient() {
        check(
            &points![
                [-1.28, 1.28, 0.54, -1.15, -0.52, 1.26, -0.31, 0.63, -0.34, 1.25, -1.15, -0.46, 1.15, -1.07], [-1.02, -1.2, -1.19, 1.11, 0.38, -0.77,
                -1.33, -0.97, -1.17, -0.8, 0.81, -1.37, 0.97, 0.27]
            ],
            Companions {
                f: &|p| g059(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&p[11..14]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g059_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr1(&p[11..14]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g059_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr1(&p[11..14]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g059_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&p[11..14]),
                ),
                names: &["c", "u", "a", "w"],
                jvp: &|p, t| g059_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&p[11..14]),
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                    &arr1(&t[11..14]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g059_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr1(&p[11..14]),
                            &arr2(&v[0..3], 3, 1),
                            &arr1(&v[3..5]),
                            &arr2(&v[5..11], 3, 2),
                            &arr1(&v[11..14]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g060_gradient() {
        check(
            &points![
                [-1.09, -1.07, 1.28, -0.7, -0.6, 0.25, 0.22, 0.34, 0.59, 0.63, 1.31,
                0.42, 0.43, -1.23, -1.19, -1.09, 1.17, -1.09, -1.32, -0.62, -0.55,
                0.93], [-1.09, 0.35, 0.38, 1.31, 0.28, 0.95, -1.26, -0.31, -0.97, -1.05, -0.3, -0.31, 1.0, -0.58, -0.29, 0.58, 0.47, -0.96, 0.24, -1.22, -0.77, -1.08]
            ],
            Companions {
                f: &|p| g060(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g060_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g060_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g060_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                ),
                names: &["w", "a", "u", "b"],
                jvp: &|p, t| g060_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..10], 2, 4),
                    &arr1(&t[10..14]),
                    &arr2(&t[14..22], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g060_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..10], 2, 4),
                            &arr1(&p[10..14]),
                            &arr2(&p[14..22], 2, 4),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..10], 2, 4),
                            &arr1(&v[10..14]),
                            &arr2(&v[14..22], 2, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g061_gradient() {
        check(
            &points![
                [0.46, -0.92, 0.24, -0.78, -1.18, -0.93, 0.38, -0.85, -0.76, -1.39, -0.41, 0.42, -0.97, 0.8, -0.53], [0.58, -0.77, -1.32, 1.08,
                1.25, 0.83, -1.34, -0.88, 0.25, -0.37, -0.58, -0.39, -1.08, -1.05,
                -1.06]
            ],
            Companions {
                f: &|p| g061(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15])),
                grad: &|p| {
                    let (value, (g0, g1)) = g061_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g061_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g061_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15])),
                names: &["a", "w"],
                jvp: &|p, t| g061_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g061_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g062_gradient() {
        check(
            &points![
                [-1.36, 1.1, 1.23, 0.99, -0.3, -0.27, -0.3, 1.28], [0.29, -0.54, -0.32, 0.57, -1.36, -1.0, -0.88, 0.61]
            ],
            Companions {
                f: &|p| g062(&arr2(&p[0..2], 2, 1), &arr2(&p[2..8], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g062_grad(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..8], 2, 3),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g062_vjp(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..8], 2, 3),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g062_graph(&arr2(&p[0..2], 2, 1), &arr2(&p[2..8], 2, 3)),
                names: &["c", "a"],
                jvp: &|p, t| g062_jvp(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..8], 2, 3),
                    &arr2(&t[0..2], 2, 1),
                    &arr2(&t[2..8], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g062_hvp(
                            &arr2(&p[0..2], 2, 1),
                            &arr2(&p[2..8], 2, 3),
                            &arr2(&v[0..2], 2, 1),
                            &arr2(&v[2..8], 2, 3),
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
                [1.15, 0.52, 0.53, 1.09, -0.98, 1.03, 1.04, 0.56, 1.18, 0.52, 0.52,
                0.96, 0.27, -0.81, 0.35, 0.69, -1.03, -0.91, 0.74, -0.61, 0.4, -1.32, 0.8, 0.55, 0.33, 0.86, 0.99, 0.23, -0.94, 1.19, -1.0], [0.61,
                0.9, -1.11, -0.48, -0.26, 0.21, 0.76, -1.36, -1.18, -0.83, 1.35,
                1.06, -0.73, -0.33, 0.64, 0.43, -1.05, 1.04, 0.59, -1.01, 0.88, -0.31, 1.33, -0.24, -0.39, 0.22, 0.21, -0.83, 1.18, 0.43, 1.28]
            ],
            Companions {
                f: &|p| g063(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..27], 3, 1),
                    &arr1(&p[27..31]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g063_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..27], 3, 1),
                        &arr1(&p[27..31]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g063_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..27], 3, 1),
                        &arr1(&p[27..31]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g063_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..27], 3, 1),
                    &arr1(&p[27..31]),
                ),
                names: &["b", "a", "c", "u"],
                jvp: &|p, t| g063_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..27], 3, 1),
                    &arr1(&p[27..31]),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    &arr2(&t[24..27], 3, 1),
                    &arr1(&t[27..31]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g063_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr2(&p[24..27], 3, 1),
                            &arr1(&p[27..31]),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            &arr2(&v[24..27], 3, 1),
                            &arr1(&v[27..31]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g064_gradient() {
        check(
            &points![
                [1.36, -1.01, 0.7, -0.91, -1.11, -0.63, -0.31, 1.28, -0.3, -0.5,
                0.31, 0.75, -1.05, 1.17, -0.94, 0.41, 0.73, 1.32, -1.04, -1.4, 1.3, -0.75, 0.84], [1.29, -1.12, -0.4, 1.3, 1.03, 0.23, 0.7, 1.01, 1.24,
                0.29, 0.89, 0.54, -0.42, -0.99, 0.81, 0.34, 1.22, 1.1, 1.16, -0.77,
                0.38, -0.9, -0.95]
            ],
            Companions {
                f: &|p| g064(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr1(&p[19..23]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g064_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                        &arr2(&p[16..19], 3, 1),
                        &arr1(&p[19..23]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g064_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                        &arr2(&p[16..19], 3, 1),
                        &arr1(&p[19..23]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g064_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr1(&p[19..23]),
                ),
                names: &["w", "a", "x0", "c", "u"],
                jvp: &|p, t| g064_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr2(&p[16..19], 3, 1),
                    &arr1(&p[19..23]),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    t[15],
                    &arr2(&t[16..19], 3, 1),
                    &arr1(&t[19..23]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g064_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            p[15],
                            &arr2(&p[16..19], 3, 1),
                            &arr1(&p[19..23]),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            v[15],
                            &arr2(&v[16..19], 3, 1),
                            &arr1(&v[19..23]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g065_gradient() {
        check(
            &points![
                [0.67, -1.03, 0.36, 0.48, -0.67, -1.06, -0.48, 1.2, -1.35, 1.19,
                0.38], [1.18, 0.49, -1.26, -0.51, -1.33, -0.27, 0.57, 1.12, -0.49,
                1.36, 1.06]
            ],
            Companions {
                f: &|p| g065(&arr1(&p[0..2]), &arr1(&p[2..5]), &arr2(&p[5..11], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g065_grad(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g065_vjp(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g065_graph(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["u", "w", "a"],
                jvp: &|p, t| g065_jvp(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&t[0..2]),
                    &arr1(&t[2..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g065_hvp(
                            &arr1(&p[0..2]),
                            &arr1(&p[2..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr1(&v[0..2]),
                            &arr1(&v[2..5]),
                            &arr2(&v[5..11], 3, 2),
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
                [-0.43, -0.76, 0.2, -0.81, -0.41, -0.98, -1.07, -1.23, -0.43, -1.23, -0.71, -1.3, 0.44, 0.64, 0.96], [-0.68, -0.66, 1.29, -0.63,
                0.77, 1.23, 0.31, -0.27, -0.72, 0.64, 1.31, -1.03, 1.27, 1.27, -0.69]
            ],
            Companions {
                f: &|p| g066(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g066_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..11], 2, 4),
                        &arr1(&p[11..15]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g066_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..11], 2, 4),
                        &arr1(&p[11..15]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g066_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                ),
                names: &["x0", "w", "a", "u"],
                jvp: &|p, t| g066_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..11], 2, 4),
                    &arr1(&p[11..15]),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..11], 2, 4),
                    &arr1(&t[11..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g066_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..11], 2, 4),
                            &arr1(&p[11..15]),
                            v[0],
                            &arr1(&v[1..3]),
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
    fn g067_gradient() {
        check(
            &points![
                [1.25, 0.78, -0.87, -0.66, -0.43, 1.07, -1.14], [0.68, -1.21, -1.29, 0.71, 0.66, 1.26, 1.3]
            ],
            Companions {
                f: &|p| g067(p[0], &arr2(&p[1..7], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g067_grad(p[0], &arr2(&p[1..7], 2, 3));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g067_vjp(p[0], &arr2(&p[1..7], 2, 3));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g067_graph(p[0], &arr2(&p[1..7], 2, 3)),
                names: &["x1", "a"],
                jvp: &|p, t| g067_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g067_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g068_gradient() {
        check(
            &points![
                [-0.23, 0.73, -1.24, -0.86, 0.71, 1.27, 0.76, -1.04, -0.84, 1.34,
                0.98, 0.35, 0.46], [-0.3, 1.21, 1.11, 0.49, -0.53, -0.37, -0.87, -0.72, -0.4, 0.47, 1.34, 0.37, -0.25]
            ],
            Companions {
                f: &|p| g068(p[0], &arr2(&p[1..13], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g068_grad(p[0], &arr2(&p[1..13], 3, 4));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g068_vjp(p[0], &arr2(&p[1..13], 3, 4));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g068_graph(p[0], &arr2(&p[1..13], 3, 4)),
                names: &["x0", "a"],
                jvp: &|p, t| g068_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g068_hvp(
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
    fn g069_gradient() {
        check(
            &points![
                [1.11, -1.27, 0.46, 1.09, -0.93, -0.57, -0.93, -0.47], [-0.7, -1.33, 1.04, 0.54, 0.44, 0.62, -1.35, 0.56]
            ],
            Companions {
                f: &|p| g069(&arr1(&p[0..2]), &arr2(&p[2..8], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g069_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g069_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g069_graph(&arr1(&p[0..2]), &arr2(&p[2..8], 2, 3)),
                names: &["w", "a"],
                jvp: &|p, t| g069_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g069_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 2, 3),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 2, 3),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
}
