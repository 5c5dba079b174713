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
#[grad::differentiate]
fn f001(x0: f64, xs: &[f64], n: usize, ys: &[f64]) -> f64 {
    let mut s0 = match n % 3 {
        0 => xs[3],
        1 => x0 * x0,
        _ => xs[0].max(1.25),
    };
    for i in 0..2 {
        s0 -= x0 - ys[i + 1];
    }
    if n != 0 {
        return (x0 + 1.5).powi(-2);
    }
    xs[3] + s0
}
#[grad::differentiate(dual_calls)]
fn f002(x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..2).step_by(2) {
        s0
            += (match i % 2 {
                0 => x0,
                _ => s0,
            })
                .sin();
        s0 += (s0 / s0).tanh();
    }
    if ({
        let r0 = x0;
        r0 - s0
    })
        .tanh() >= x0.sin()
    {
        return x0.exp();
    }
    let mut s1: f64 = 1.0;
    for _ in (0..2).rev() {
        s1 /= s1.cos();
        s1 = s1 + x0.max(s1) * s1.powi(3);
    }
    s0 = s0
        + ({
            let r1 = s1.powi(2);
            r1 * s0
        });
    let t0 = x0 * (s1 * s1)
        * ({
            let r2 = s0;
            r2 - s0
        });
    let t1 = t0 + (1.25 + t0).cos();
    s0 + h003(t0, t0, s1) + s0 + s1 + t1
}
#[grad::differentiate]
fn f003(x2: f64, x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t2: f64 = xs[2];
    let mut s2: f64 = 0.5;
    for i in (0..4).rev() {
        s2 = s2 * xs[i % xs.len()];
        s2
            *= if 2.0 * xs[1]
                >= (match i % 2 {
                    0 => x2,
                    _ => x0,
                })
            {
                f64::sin(x2)
            } else {
                s2
            };
    }
    s2 + x1 + t2 + s2
}
#[grad::differentiate(dual_calls)]
fn f004(x0: f64) -> f64 {
    let (t0, t1) = (x0.exp().exp(), h001(x0));
    let mut s1: f64 = 0.5;
    if t1 < x0.cos() {
        s1 /= s1;
        s1 *= x0;
    }
    if x0 >= s1 * s1 + 1.5 {
        return t1.max(x0).tanh();
    }
    let mut s2: f64 = 0.5;
    for i in 1..2 {
        if t1
            >= (match i % 2 {
                0 => s2,
                _ => s1,
            })
        {
            return x0;
        }
        s2 /= 0.25 / (t1 + t1);
        s1 += x0;
    }
    s2 /= t1.cos().powf(2.5);
    let mut s3: f64 = 0.0;
    for i in 0..3 {
        s3 /= s3.cos() + (s2 + (i as f64));
        if s2.sqrt().sin() <= 2.0 {
            s2 = s2 * -(s2 + ((i + 1) as f64));
            s3 += t1.abs();
        } else if i == 2 {
            continue;
        }
        s3 -= h008(s3.min(t1), 0.75 + t1);
    }
    t0.cos() + s1 + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f005(x0: f64, x1: f64, n: usize, xs: &[f64]) -> f64 {
    let mut s1 = ((n + 1) as f64) * x1;
    let mut k0 = 0;
    loop {
        if k0 >= xs.len() {
            break;
        }
        s1 += x1.sin();
        s1 /= h001(xs[(k0 + 1) % xs.len()]);
        k0 += 1;
    }
    let (t0, t1) = (self::h021(x1).min(s1 / s1), x0.sin().min(s1));
    let t2 = s1
        * (match n % 3 {
            0 => t1,
            1 => xs[0],
            _ => 0.25,
        });
    let mut s2 = xs[3] * t2;
    for (i, _) in xs.iter().enumerate() {
        s1 += (xs[i] + x1) * h018(xs[i]);
        s2 -= xs[i];
    }
    let t3 = -x1.powi(-2);
    t2 - t1 + s1 + t0 + s2 + t3
}
#[grad::differentiate]
fn f006(n: usize, x1: f64, x0: f64) -> f64 {
    let t0 = x1.tanh();
    let mut s0 = x0;
    for i in (1..n).rev().step_by(2) {
        if i >= 2 {
            continue;
        }
        if n >= 2 {
            s0 = t0;
            s0 = s0 - f64::cos(x1);
        }
        for _ in 0..4 {
            s0 += x1.exp();
        }
    }
    let mut s1 = x1.exp();
    for i in 0..n {
        s0 += t0 / t0;
        s1 /= 0.75 * (((i + 1) as f64) * x0);
    }
    let t1 = (if x0 <= 1.5 * s1 { s1 } else { s1 }) * (x1.powi(-2) * (x0 + s0));
    x0
        .cos()
        .min(
            match n % 3 {
                0 => t0.sqrt(),
                1 => -s1,
                _ => t1.cos(),
            },
        ) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f007(x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0 = h023(x1, f64::cos(x2));
    for i in 0..2 {
        if i == 1 {
            continue;
        }
        s0 += x0;
    }
    let s1: f64 = 0.5;
    for _ in 1..4 {
        s0 *= s0;
    }
    ({
        let r0 = x0;
        r0 + (x2 + s1) * x0
    }) + s0
}
#[grad::differentiate]
fn f008(x1: f64, n: usize, x2: f64, x0: f64) -> f64 {
    if (x2 * x2).powi(-1) < x2 {
        return x1.powf(x1);
    }
    let mut s0 = {
        let r0 = x1.powi(-1);
        r0 / -x2
    };
    for _ in 0..3 {
        s0 = s0
            - ({
                let r1 = x2;
                r1 / x0
            });
        s0 += (0.5 - s0).max(x2 + x0);
    }
    x2.powf(0.5).sqrt().max(s0 / s0 + x0.max(x2)) + (n as f64) * s0 + s0
}
#[grad::differentiate(dual_calls)]
fn f009(x1: f64, xs: &[f64], ys: &[f64], n: usize, x0: f64) -> f64 {
    let t0 = 1.25
        * ({
            let r1 = x0;
            r1
        });
    let mut s4 = -(1.25 - x0);
    for i in 0..4 {
        s4 -= x0 - ys[i];
    }
    let t1 = x1 + (ys[2] - x0);
    let mut s5 = s4;
    for _ in 0..n {
        s5 -= if s5 - ys[0] <= s5.exp() { 3.0 - s5 } else { t0 };
    }
    h012(t0, ys[3].tanh()) + h013(xs, h012(ys[1], xs[2])) + s4 + t1 + s5
}
#[grad::differentiate]
fn f010(x0: f64) -> f64 {
    if x0 * x0 <= 1.5 {
        return x0;
    }
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        s0 = s0 + x0;
    }
    s0 + s0
}
#[grad::differentiate(dual_calls)]
fn f011(x1: f64, x0: f64, x2: f64) -> f64 {
    let t0: f64 = self::h018(x2) / x2;
    let mut s1 = x0.tanh();
    for _ in 0..2 {
        s1 -= s1;
    }
    t0 + x1 + s1
}
#[grad::differentiate(dual_calls)]
fn f012(x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in (1..4).rev() {
        s0 /= s0.max(x0);
    }
    let mut s3 = s0 + x0;
    if x0.min(x0.sqrt()) <= h003(x0, x0 / x0, if s3 < 1.25 { x0 } else { s3 }) {
        s3 = s0;
        s3 *= x0.cos();
    }
    let t0 = f64::abs(s3) / (s3 + x0);
    let mut s4: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 2 {
        s4 += s4 + t0;
        for _ in 0..2 {
            s0 += t0;
            s0 += t0.min(x0.exp());
        }
        k0 += 1;
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = v0[i];
    }
    s4 + s0 + s3 + s4 + v0[1]
}
#[grad::differentiate]
fn f013(x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..2 {
        s0 -= (-x1).tanh();
        s0 += f64::sin(x1);
    }
    let mut s1: f64 = 0.0;
    for _ in 0..4 {
        s1 /= x1;
        s1 += s0 - x1;
    }
    let t0 = -s1;
    s1 += -x1.abs();
    x1 + x0 + s0 + s1 + t0
}
#[grad::differentiate]
fn f014(xs: &[f64], x0: f64) -> f64 {
    let mut s0 = x0;
    for _ in xs {
        s0 += s0;
        s0 *= xs[2];
    }
    let s4 = s0.tanh().min(x0 * 0.1);
    for _ in 0..3 {
        s0 -= s4;
    }
    x0 + s0
}
#[grad::differentiate]
fn f015(x0: f64, n: usize, x1: f64) -> f64 {
    if x0 < x1 {
        return {
            let r2 = x1;
            ((n + 1) as f64) * r2
        };
    }
    let mut s2 = {
        let r3 = x1.powf(0.5);
        r3 - x0
    };
    for i in (0..2).step_by(2) {
        s2
            /= match n % 2 {
                0 => {
                    match i % 2 {
                        0 => x0,
                        _ => x0,
                    }
                }
                _ => x0,
            };
    }
    let t0 = s2;
    s2.max(x1).ln() + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f016(x0: f64) -> f64 {
    let (t0, t1) = (x0, x0.tanh() + 2.0);
    let mut s1: f64 = 0.0;
    for _ in 0..2 {
        s1 += s1;
    }
    let mut s2: f64 = 0.5;
    for i in (1..2).rev().step_by(2) {
        s1 = s1 * f64::abs(s2.powf(s2));
        if x0 >= 0.1 {
            s1
                += {
                    let r1 = {
                        let r0 = t0;
                        r0 / x0
                    };
                    r1 + -t0
                };
            s2
                += 0.5
                    + (match i % 2 {
                        0 => t0,
                        _ => s1,
                    });
        }
    }
    let t2 = (s2 + t1).sqrt();
    s2 *= s1.powi(3);
    let s7 = (t1 * s2).tanh();
    for i in 0..2 {
        s1 += t0 + (i as f64);
    }
    h021(t2 * 0.25 + t1) + s1 + s2 + s7
}
#[grad::differentiate(dual_calls)]
fn f017(x0: f64, x2: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0 = (h007(x0, x1) + (x2 + x0)).tanh();
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        if i >= 2 {
            break;
        }
        s0
            /= ({
                let r0 = xs[i];
                r0 * xs[i + 1]
            }) + xs[i % xs.len()].exp();
    }
    let t1 = h029(
        {
            let r1 = x0;
            r1 * t0
        },
        xs,
        (if xs[3] <= 1.5 { 3.0 } else { xs[0] }) - xs[2],
        f64::abs(xs[3]),
    );
    let mut s2: f64 = 0.0;
    for i in (0..4).rev() {
        if i >= 1 {
            break;
        }
        s0
            += {
                let r2 = xs[i];
                r2 * (if i % 2 == 0 { xs[i + 1] } else { xs[i] })
            };
        s2 = s2 * xs[i - 1];
    }
    let mut s3: f64 = 0.5;
    for _ in xs {
        s3 += xs[4].powi(2);
        s0 -= h013(xs, x1 - xs[0]);
        s3 += xs[0];
    }
    let mut s4: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s4 = s4 + xs[k0 % xs.len()].tanh().exp();
        k0 += 1;
    }
    ((match k0 % 2 {
        0 => xs[2],
        _ => xs[2],
    }) + (xs[4] - xs[2]))
        .tanh() + s0 + t1 + s2 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn f018(x1: f64, xs: &[f64], x0: f64, x2: f64) -> f64 {
    let t0 = (x1 * xs[1]).min(x2);
    let t1 = x2;
    let mut s0 = x0.tanh() * 0.5;
    if s0 / t1 <= t0 {
        s0 += xs[1].exp();
        s0 -= if s0 > 2.0 { xs[2] } else { t1 };
    } else {
        s0 = s0 - f64::abs(h019(x0, xs[2], xs[0]));
        s0 += (2.0 - xs[0]) / xs[2];
    }
    (t1 + s0).powi(-2) + s0
}
#[grad::differentiate]
fn f019(xs: &[f64], x1: f64, x0: f64, ys: &[f64]) -> f64 {
    let (t0, t1) = (
        xs[2],
        {
            let r2 = x1;
            r2 + ys[0].exp()
        },
    );
    let mut s4 = t1;
    for i in 0..3 {
        s4 += xs[i] * 0.5;
    }
    let t2 = (t1 * t1).powf(-t1).powi(3);
    x1.max(x0).ln().exp() + t0 + s4 + t2
}
#[grad::differentiate(dual_calls)]
fn f020(xs: &[f64], ys: &[f64], x0: f64) -> f64 {
    let (t1, t2) = (x0, ys[0]);
    let t3 = h012(t2, x0) - t2 * 0.25;
    if t1 >= xs[1].cos() {
        return t1.max(xs[1]);
    }
    t1 + t3
}
#[grad::differentiate]
fn f021(x0: f64, x2: f64, ys: &[f64], xs: &[f64], x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        s0 += x1 - ys[i];
    }
    let s1: f64 = 1.0;
    for (i, &p0) in xs.iter().enumerate() {
        if i < 1 {
            s0 = xs[i];
            s0 *= s1;
        } else {
            s0 += p0;
        }
    }
    -x1.max(x0) + x2 + s0
}
#[grad::differentiate(dual_calls)]
fn f022(xs: &[f64], x0: f64, ys: &[f64], x2: f64, x1: f64) -> f64 {
    let mut s0 = 0.1 + 1.25 * x1;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 += if ys[k0] >= 2.0 { h008(x2, x2) } else { s0 };
        k0 += 1;
    }
    s0 *= 0.75 + s0;
    let t0 = x0;
    let t0 = t0 + x2;
    if ({
        let r1 = x1 / x0;
        r1 + x0.exp()
    }) <= xs[0]
    {
        s0
            += match k0 % 2 {
                0 => t0,
                _ => x2,
            };
        s0 = s0 * h021(x0);
    } else if x2 < 0.1 {
        s0 += (x2 + ys[1]).abs();
        s0 += x1;
    } else if f64::sin(x0 + x0) <= 1.5 {
        s0 = s0 + -t0 * 0.25;
    } else {
        s0 /= h014(s0, ys) * t0.tanh();
        s0 = s0 + (x2.max(xs[2]) + xs[3].ln());
    }
    let t2 = t0;
    s0 + s0 + t2
}
#[grad::differentiate]
fn f023(xs: &[f64], x0: f64, n: usize) -> f64 {
    let t0 = xs[1] + (xs[2] - xs[1]) + ((n + 1) as f64);
    let mut s4 = xs[1];
    for i in (0..xs.len()).rev().step_by(2) {
        s4 += t0 / t0 * xs[i].sin();
    }
    t0 + x0 + s4
}
#[grad::differentiate(dual_calls)]
fn f024(xs: &[f64], x0: f64) -> f64 {
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
fn f025(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0 = ys[2].sin().ln();
    for (i, &p0) in ys.iter().enumerate() {
        s0 -= x0 * s0;
        s0 = s0 + self::h001(p0).cos();
        s0 = s0 - ys[i] * (if i < 3 { 3.0 } else { p0 });
    }
    let t1 = s0.max(2.0);
    (s0 / t1).abs() + xs[4] + s0
}
#[grad::differentiate]
fn f026(xs: &[f64], x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += x0 - xs[j + 1];
        }
        s0 += r0 * x2;
    }
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..v1.len() {
        v1[i] = x2.tanh();
    }
    let s2 = x1 - s0;
    for (i, _) in v1.iter().enumerate() {
        if i == 1 {
            continue;
        }
        if i == 1 {
            break;
        }
        s0 = s0 * x1.abs();
    }
    let (t0, t1) = (x0.powi(2), s0);
    let mut v2 = vec![0.0_f64; v1.len()];
    for i in 0..v1.len() {
        v2[i] = f64::sin(x2);
    }
    let mut s6 = -s0 - v2[1] * 0.5;
    for i in 0..1 {
        s6 -= xs[i + 2] * s0;
    }
    (x2 + x0) * v1[0] + s0 + v1[1] + s2 + t0 + t1 + v2[1] + s6
}
#[grad::differentiate]
fn f027(x0: f64, n: usize, x1: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..xs.len()).rev().step_by(2) {
        if i == 1 {
            continue;
        }
        s0 /= (n as f64) * x0;
        s0 += x0.sin() * s0;
    }
    let t0 = xs[0];
    let (t1, t2) = (if x0 <= 1.5 { t0 } else { xs[3] }, x1);
    xs[4] + s0 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f028(x1: f64, xs: &[f64], x0: f64) -> f64 {
    let t0 = x0;
    if self::h001(xs[0].abs()) >= 1.5 {
        return t0 / x1 * 0.75;
    }
    let mut s1 = t0;
    for i in 1..3 {
        s1 += xs[i + 1];
    }
    let mut s2: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        s1 += x0;
        s1
            += {
                let r1 = s2;
                r1 - s1
            };
        s2
            *= -(match i % 2 {
                0 => x1,
                _ => s2,
            });
    }
    xs[3] - (if x1 <= 1.25 { 2.0 } else { if x0 >= 1.5 { xs[1] } else { xs[3] } }) + s1
        + s2
}
#[grad::differentiate(dual_calls)]
fn f029(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s2 = h007(xs[1], x0);
    for (i, _) in xs.iter().enumerate() {
        s2 /= (xs[i] + xs[i % xs.len()]).abs();
    }
    let mut v1 = vec![0.0_f64; 4];
    for i in 0..4 {
        v1[i] = s2 * (x1 * xs[i + 1]);
    }
    let s3: f64 = 0.5;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s2 = s2
            + ({
                let r0 = xs[1];
                r0 * (x0 * 1.5)
            });
    }
    s2 = s2 + (if v1[3] + xs[1] < s2 / xs[0] { 1.5 + x0 } else { 1.5 });
    let (t0, t1) = (x1, s3);
    let mut s4 = h009(x0, t0);
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..1 {
            r1 += xs[j + 1];
        }
        s4 += r1 * x0;
    }
    (s3 - t1).powi(3).powi(2) + s2 + v1[3] + s4
}
#[grad::differentiate]
fn f030(x1: f64, x0: f64, xs: &[f64], ys: &[f64]) -> f64 {
    let (t0, t1) = (ys[1], x1);
    let t0 = t0 * t0;
    let mut s1 = xs[2];
    for _ in 0..2 {
        let mut r2: f64 = 0.0;
        for j in 0..1 {
            r2 += ys[j + 1];
        }
        s1 += r2 * t0;
    }
    let t0 = t0 - ys[0];
    let t2 = x0;
    f64::abs(t2) + t1 + s1 + t0
}
#[grad::differentiate]
fn f031(x0: f64, n: usize) -> f64 {
    let mut s1 = if x0 > 0.5 { x0 } else { x0 };
    let mut k0 = 0;
    while k0 < 3 {
        s1
            /= {
                let r2 = s1.max(0.25);
                r2
            };
        if ((n as f64) * s1).exp() <= 0.75 {
            s1 /= s1;
            s1 = s1 * s1;
        } else {
            s1 += s1;
        }
        k0 += 1;
    }
    let s3: f64 = 0.0;
    for _ in 0..3 {
        s1 = s1 + (x0 + 1.25);
        s1 += s1.max(-s1);
    }
    s1 += 0.5 * s3;
    let t0 = f64::sin(x0 + s3);
    let t1 = 0.1 + t0.tanh();
    t0 + s3 + s1 + t1
}
#[grad::differentiate]
fn f032(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let t2 = xs[0];
    let mut s1 = x0 + xs[3];
    for &p1 in xs.iter() {
        s1 += x0;
        s1 += p1;
        s1 = s1 - t2;
    }
    let t3 = xs[1].tanh().tanh();
    let (t4, t5) = (xs[0], xs[2]);
    let mut v1 = vec![0.0_f64; n];
    for i in 0..v1.len() {
        v1[i] = t4 * (xs[i % xs.len()] * t2);
        for (j, _) in v1.iter().enumerate() {
            s1 += v1[j];
        }
    }
    let t2 = t2
        - (match n % 2 {
            0 => 2.0,
            _ => t2 + (n as f64),
        });
    v1[0] + s1 + t3 + t5 + v1[2] + t2
}
#[grad::differentiate(dual_calls)]
fn f033(xs: &[f64], x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if x0 * xs[0] > s0 {
        s0 += xs[1] / x2 / (s0 + xs[3]);
        s0 = s0 + (0.75 + x1);
    } else {
        s0 += x0;
        for (i, &p0) in xs.iter().enumerate() {
            if i % 2 == 0 {
                return h006(
                    {
                        let r0 = xs[i];
                        r0 / xs[i]
                    },
                    p0 / xs[i],
                );
            }
            s0
                += xs[i].sin()
                    * (match i % 2 {
                        0 => xs[i],
                        _ => x1,
                    });
            s0
                -= match i % 2 {
                    0 => x2 / s0,
                    _ => x1.cos(),
                };
        }
    }
    let mut s1 = (x0 + x0).ln();
    for (i, &p1) in xs.iter().enumerate() {
        if i != 0 {
            return s0.powf(xs[i]) + -s1;
        }
        s0 -= self::h026(p1, x0, s1).cos();
        for j in 0..3 {
            if j >= 1 {
                continue;
            }
            s1 += f64::exp(xs[j].min(x0));
        }
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = s1;
    }
    let (t0, t1) = (-x1, x1 * x2);
    let t2 = f64::cos(x2);
    t2 * 0.5 + s0 + s1 + v0[3] + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f034(x0: f64, n: usize, x1: f64) -> f64 {
    if n % 2 == 0 {
        return -(-x0);
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = v0[i % v0.len()];
    }
    let t1 = ({
        let r0 = -x0;
        r0 * x1
    }) - v0[0];
    let t2 = t1 * (v0[0] + ((n + 1) as f64)).sin();
    let mut s4: f64 = 0.0;
    for _ in v0.iter() {
        s4 += h007(t1, t1) + s4.max(t1);
    }
    let s5: f64 = 0.0;
    for _ in 1..v0.len() {
        s4 = s4 * x0;
    }
    s5 + v0[2] + t2 + s4
}
#[grad::differentiate]
fn f035(x2: f64, xs: &[f64], x0: f64, x1: f64) -> f64 {
    if x1 > x2 {
        return xs[3];
    }
    let mut s0 = x1;
    for i in (0..2).rev() {
        s0 = s0 + xs[(i + 1) % xs.len()];
        if i < 3 {
            s0 = xs[i];
            s0 = s0 * (xs[i + 3] * s0).min(s0.tanh());
            s0 = s0 + x1;
        } else if i >= 1 {
            continue;
        }
        s0 += x1;
    }
    let t0 = xs[1].min(xs[3]) * s0;
    x0.tanh() + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f036(x0: f64) -> f64 {
    let mut s1 = h008(x0, x0) * x0;
    for i in 0..3 {
        s1 += ((i + 1) as f64) * x0;
    }
    let t0 = x0;
    let t0 = t0 * s1;
    let s2: f64 = 0.0;
    for _ in 0..3 {
        s1 -= f64::sin(t0);
    }
    (if s2.exp() >= 1.5 { s1.powi(-2) } else { t0 }) + s1
}
#[grad::differentiate]
fn f037(x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..3).rev() {
        if i == 2 {
            continue;
        }
        if i == 1 {
            break;
        }
        s0 = s0
            + (match i % 3 {
                0 => s0.powf(-0.5),
                1 => x0.ln(),
                _ => 0.5,
            });
    }
    let mut s1: f64 = 0.5;
    for i in 0..4 {
        if i == 1 {
            break;
        }
        s1 += s0;
    }
    let mut s2: f64 = 0.5;
    for _ in 0..3 {
        s0
            += ({
                let r0 = s2;
                r0 + s0
            }) / s1.exp();
        s2 /= s2;
    }
    s1 + s0 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f038(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = h029(ys[0].powi(-1).cos(), xs, -(xs[1] - x0), ys[2]);
    let mut s1 = (0.1 - xs[2]) / (2.0 / xs[4]);
    if ys[0] * (0.5 / ys[2]) > 1.25 {
        s1 -= f64::abs(s1);
    }
    t0 + s1
}
#[grad::differentiate(dual_calls)]
fn f039(n: usize, x0: f64, x1: f64) -> f64 {
    if n != 1 {
        return x0.powi(2);
    }
    let t0: f64 = x1.powi(-2) - x1 * x1;
    let t1: f64 = self::h021(x0 * t0);
    let t1 = t1 + h023(t1, x1);
    let mut s0 = t1;
    for _ in 0..n {
        s0 *= t0 + t1 + x1.sin();
    }
    s0
        /= {
            let r0 = -x1;
            r0 + x1
        };
    (x0 + (x1 + (n as f64))).powf(0.5) + s0
}
#[grad::differentiate(dual_calls)]
fn f040(xs: &[f64], ys: &[f64], x1: f64, x0: f64) -> f64 {
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
fn f041(x0: f64, xs: &[f64], x2: f64, ys: &[f64], x1: f64) -> f64 {
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
#[grad::differentiate]
fn f042(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (xs[2], f64::exp(xs[0]));
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = ((i + 1) as f64) * x0 + (i as f64);
    }
    let mut s1 = if v0[2].max(ys[0]) < 2.0 {
        if t0 <= 0.75 { ys[0] } else { 1.25 }
    } else {
        t1.max(xs[4])
    };
    for i in 0..3 {
        s1 += (((i + 1) as f64) * t1).powi(-1);
    }
    t1 + v0[2] + s1
}
#[grad::differentiate(dual_calls)]
fn f043(x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..2 {
        s0 += x2 / (s0 / 0.75);
    }
    let mut s1 = h026(s0, x2, x1).exp();
    for _ in (0..3).step_by(2) {
        s1 += x0;
        s1 += x0.exp() * x2;
    }
    s0 = s0 - x1.exp();
    s0 += 1.5 + 0.75 * x0;
    let t1 = (s1 / x1 - h005(x1, s1)).max(s1);
    h016(s0, x1 * t1) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f044(xs: &[f64], ys: &[f64], x0: f64, n: usize) -> f64 {
    let t0 = ({
        let r0 = if n != 2 { xs[2] } else { 1.25 };
        r0 - x0 * 0.25
    }) + ((n + 1) as f64);
    let t1 = ys[1] * t0.powf(-0.5);
    let mut s0 = xs[1] * t0;
    for i in 0..4 {
        s0 += x0 + (ys[(i + 1) % ys.len()] - s0);
        s0 += x0.powi(2);
    }
    let mut s2: f64 = 1.0;
    if n != 0 {
        s2 = s2 + x0;
        if n < 3 {
            return match n % 2 {
                0 => ys[1] - t1,
                _ => t1,
            };
        }
    }
    t0 * 2.0 / ys[0].abs() - h003(s0, 0.75 * s2, s2) + s0 + s2
}
#[grad::differentiate]
fn f045(x0: f64, xs: &[f64], x2: f64, ys: &[f64], x1: f64) -> f64 {
    let t2 = x1;
    let t3 = xs[2];
    let mut s2: f64 = 1.0;
    for i in (0..3).step_by(2) {
        s2 -= 0.1 / s2 * ys[i % ys.len()];
    }
    let (t4, t5) = ((if s2 > ys[1] { s2 } else { xs[2] }).sin(), x0);
    let t6 = x2 * t3;
    t2.abs().tanh() + 3.0 * x1 + s2 + t4 + t5 + t6
}
#[grad::differentiate(dual_calls)]
fn f046(x0: f64, xs: &[f64], n: usize, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < n {
        s0 /= x0;
        k0 += 1;
    }
    let t0 = {
        let r0 = x0.cos().tanh();
        r0 + xs[2] * 2.0
    };
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = h021(xs[i % xs.len()].exp());
    }
    let t1 = t0;
    let mut v1 = vec![0.0_f64; n];
    for i in 0..n {
        v1[i] = x1;
    }
    t0 + s0 + v0[2] + t1 + v1[1]
}
#[grad::differentiate]
fn f047(xs: &[f64], x0: f64) -> f64 {
    let (t0, t1) = (f64::cos(xs[2]), xs[1] * xs[2]);
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = (t0 * v0[i]).powi(3);
    }
    t0 + x0 + t1 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f048(x0: f64, x1: f64) -> f64 {
    let mut s0 = -x0;
    if (if x1 <= s0 { x0 } else { x1 }) < 0.75 {
        for i in 0..2 {
            s0 += x1 + s0 + ((i + 1) as f64);
            s0 = s0 - (x0 + (i as f64)).exp();
        }
        s0 /= x1 / 0.75 + x1;
    } else if (x0 * x1).exp() > x1.powi(-2).tanh() {
        return s0;
    }
    let mut s2 = -({
        let r0 = x1;
        r0 + x1
    });
    if x1.powi(-1) <= x1 {
        if x0.max(x1).cos() <= 1.25 {
            s2 += x1.powi(-1).min(s2);
        }
        s2 *= 0.25 + h018(s2);
    } else if (0.75 + x0).cos() > 0.5 {
        s2 *= x0.abs();
    } else {
        s0 /= x1;
    }
    let mut s3: f64 = 1.0;
    for i in (1..2).step_by(2) {
        if i >= 2 {
            break;
        }
        s3
            += match i % 3 {
                0 => {
                    let r1 = s0;
                    r1 * s2
                }
                1 => s2,
                _ => s0 * s2,
            };
    }
    if s2 <= x1.min(-x1) {
        return x1 * (1.5 - x0);
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = match i % 2 {
            0 => s3,
            _ => x1,
        };
    }
    let t0 = x0.powi(-2);
    -(s2 - v0[2]) - (s3 - s3 - s0) + s0 + s2 + s3 + v0[2] + t0
}
#[grad::differentiate]
fn f049(x1: f64, xs: &[f64], x2: f64, x0: f64) -> f64 {
    if x0.tanh() + xs[2] >= x1 {
        return x1.abs();
    }
    if x2 < 0.75 {
        return x0;
    }
    let mut s0 = x2.max(3.0).powi(3);
    if x0.max(x2) * (if s0 >= x2 { 1.25 } else { xs[1] }) > x1 {
        s0 = x2.sin() + x1;
        s0 -= s0 * xs[3].exp();
    }
    let t2 = x0 + s0;
    let t4: f64 = {
        let r1 = x2 * 0.5;
        r1 + xs[0]
    };
    (-(xs[1] + 1.5)).powi(3) + s0 + t2 + t4
}
#[grad::differentiate]
fn f050(x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..3 {
        s0 += xs[i] * x0;
    }
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s1 = s1 - s0;
        k0 += 1;
    }
    let t0: f64 = {
        let r1 = 0.5 + (x0 + s0);
        r1 / s1.sin()
    };
    s0 * (1.5 * xs[3].min(xs[0])) + s0 + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn f051(x0: f64, xs: &[f64]) -> f64 {
    let t0 = x0;
    let mut s2 = xs[3] / -x0;
    let mut k2 = 0;
    while k2 < 4 {
        s2 = s2
            * (match k2 % 3 {
                0 => h000(s2),
                1 => h029(s2, xs, s2, xs[k2 % xs.len()]),
                _ => xs[4].exp(),
            });
        k2 += 1;
    }
    let t1 = -xs[0]
        - ({
            let r0 = xs[1];
            r0 * t0
        });
    let mut s5: f64 = 0.0;
    for i in (1..xs.len()).rev() {
        s5 = s5 + (t1 + ((i + 1) as f64)).max(xs[i % xs.len()]);
    }
    s5.cos().abs() + s2 + s5
}
#[grad::differentiate(dual_calls)]
fn f052(x1: f64, x2: f64, x0: f64) -> f64 {
    let t0 = x2;
    let t1 = h018(x0) * x0 / 3.0;
    ({
        let r0 = x1;
        r0 + x2
    }) * (t1 / x1) - t1 + t0
}
#[grad::differentiate(dual_calls)]
fn f053(xs: &[f64], x0: f64, ys: &[f64], x1: f64) -> f64 {
    let t0 = 0.5 / x1;
    if f64::cos(x1).cos() > 0.5 {
        return f64::cos(h027(xs, t0, ys[1]));
    }
    let mut s0 = ys[1].powf(-x0);
    for _ in 1..xs.len() {
        s0 -= -(2.0 * s0);
        if ys[0] <= 1.25 {
            return {
                let r0 = ys[1];
                r0 / x1.ln()
            };
        }
    }
    if ({
        let r1 = -x1;
        r1 * t0
    }) <= 1.5
    {
        return 1.25 * ys[0];
    }
    t0 + s0
}
#[grad::differentiate]
fn f054(n: usize, x0: f64) -> f64 {
    let (t0, t1) = (x0, if (n as f64) * x0 > 2.0 { 0.25 + x0 } else { x0 });
    let t2: f64 = t0;
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = v0[i];
    }
    t1.sin() + t2 + v0[1]
}
#[grad::differentiate]
fn f055(xs: &[f64], x0: f64, ys: &[f64], x1: f64) -> f64 {
    let t0 = x0;
    let t0 = t0 + x0;
    xs[1] + ys[2] + x1 + t0
}
#[grad::differentiate(dual_calls)]
fn f056(x0: f64, x2: f64, xs: &[f64], x1: f64, n: usize) -> f64 {
    if n < 2 {
        return self::h002(xs[1], x1, xs[0]) + 1.5 / x0;
    }
    let t0 = x0;
    let mut v0 = vec![0.0_f64; n];
    for i in 0..v0.len() {
        v0[i] = if n < 2 { x1 } else { x1.abs() };
        v0[i] = xs[i];
    }
    let t1: f64 = (match n % 2 {
        0 => t0,
        _ => 0.5,
    })
        .max(x2.exp());
    let mut s3: f64 = 0.0;
    for (i, _) in xs.iter().enumerate() {
        s3 -= (if i != 0 { 2.0 } else { xs[i] }).sin();
        s3 = s3 - (v0[(i + 1) % v0.len()] + (i as f64));
    }
    v0[1] + v0[1] + t1 + s3
}
#[grad::differentiate]
fn f057(x0: f64, x1: f64, n: usize, xs: &[f64]) -> f64 {
    let t0 = (x0 + 0.25).powi(2).min(x0);
    let t0 = t0 * xs[1];
    x1.abs() + (n as f64) * t0 + t0
}
#[grad::differentiate(dual_calls)]
fn f058(x1: f64, n: usize, x0: f64, xs: &[f64]) -> f64 {
    let t0 = 0.75 + (if n != 2 { x1 } else { 1.5 });
    let t1: f64 = xs[2];
    let mut s0: f64 = 1.0;
    if self::h022(x0, 0.5 * xs[0], xs, s0) >= s0.sqrt() {
        s0 /= xs[2].tanh().powf(2.5);
        s0 /= -x0;
    }
    let mut s3: f64 = 0.0;
    for i in 0..4 {
        s3
            += {
                let r2 = s0.tanh();
                r2 + xs[i % xs.len()]
            };
        for _ in xs {
            s0 += x1.sin() - t1;
            s0 += x0 * 1.25;
        }
    }
    x1 + t0 + s0 + s3
}
#[grad::differentiate]
fn f059(n: usize, x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = x1;
        v0[i] *= v0[i];
    }
    let (t0, t1) = (v0[1] * 1.25, x0);
    let mut s0 = match n % 3 {
        0 => 2.0,
        1 => x1,
        _ => 0.75 - t1,
    };
    for _ in 0..n {
        s0 /= x0;
    }
    t0 + xs[4] + v0[2] + s0
}
#[grad::differentiate]
fn f060(n: usize, x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t1 = 0.1 - x1 * 0.75;
    if n >= 2 {
        return xs[0];
    }
    x1.tanh().powi(-1) - x1.tanh() + x0 + t1
}
#[grad::differentiate(dual_calls)]
fn f061(x0: f64, x1: f64, x2: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..n).rev() {
        if i == 2 {
            break;
        }
        s0 += 1.25 + (if x0 < s0 { x0 } else { s0 });
    }
    let mut s1: f64 = 0.5;
    for _ in 0..2 {
        if n % 2 == 0 {
            s1 *= x1.abs();
            s1
                -= {
                    let r0 = match n % 2 {
                        0 => x0,
                        _ => 0.75,
                    };
                    r0 * x2
                };
        } else {
            s1 *= x1;
            s0 /= h002(s0.powi(-1), h007(x0, s1), x2);
        }
    }
    let s3: f64 = 1.0;
    for _ in (0..3).step_by(2) {
        s0 = s0 - (if x1.cos() >= x0 { s3 } else { x0.max(s3) });
    }
    (match n % 3 {
        0 => x1.min(x1),
        1 => f64::abs(s0),
        _ => x1,
    }) + s0 + s1
}
#[grad::differentiate]
fn f062(x2: f64, x0: f64, x1: f64, n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..n {
        s0 += -x0.powi(2);
        s0 *= s0;
    }
    let t0 = ((match n % 3 {
        0 => 0.25,
        1 => x0,
        _ => s0,
    }) + x1)
        .tanh();
    x0 + x2 + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f063(x1: f64, x0: f64, n: usize) -> f64 {
    let (t0, t1) = (
        x1,
        match n % 3 {
            0 => self::h002(x0, x0, x1),
            1 => {
                match n % 2 {
                    0 => x1,
                    _ => 0.5,
                }
            }
            _ => x1,
        },
    );
    let t2 = x0 + ((n + 1) as f64);
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        if n % 2 == 0 {
            return 0.5 + t2.max(t2);
        }
        for _ in (0..2).rev() {
            s0 *= s0;
        }
    }
    (if n != 0 { t0 + x0 } else { t0 }) + t1 + s0
}
#[grad::differentiate(dual_calls)]
fn f064(x2: f64, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s1 = x0;
    for i in (0..3).rev() {
        s1
            += {
                let r0 = match i % 2 {
                    0 => x2,
                    _ => xs[i],
                };
                r0 * x2
            };
        s1 += xs[i].tanh().min(x2);
    }
    if (if xs[1] >= 2.0 { x0.powi(-2) } else { 2.0 }) > xs[2] {
        return x0;
    }
    let t0 = {
        let r2 = if x2.abs() < x0 * xs[2] { h025(x2, xs[2]) } else { xs[1] };
        r2 * (xs[0].max(0.5) / xs[2].max(x0))
    };
    if t0.min(0.1 * s1) > s1.sin() {
        return x2;
    }
    if xs[2] + x0 <= 1.25 {
        return (if x1 <= x1 { x0 } else { 0.5 })
            + (if xs[0] >= s1 { s1 } else { xs[0] });
    }
    h008(
        s1.min(t0),
        {
            let r3 = x1;
            r3
        },
    ) + s1
}
#[grad::differentiate]
fn f065(x1: f64, xs: &[f64], x2: f64, x0: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for _ in xs.iter() {
        s1 = s1 * xs[1];
    }
    s1 = s1 + x1;
    if xs[0] * x1 > xs[3].exp() + xs[1] * xs[1] {
        return x2.sin().powi(-2);
    }
    (0.25 - x2).max(xs[1]) + x0 + s1
}
#[grad::differentiate]
fn f066(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0 = f64::cos(x0).powf(x1);
    if xs[2].max(x1) * (x1 / x0) >= f64::exp(x1) {
        return xs[4] + x1.max(x0);
    }
    let mut s1 = xs[0] + (x0 + x1);
    if (-xs[4]).exp() <= 0.5 {
        s1 = t0;
        s1 /= xs[4];
    }
    xs[1].exp().min(-x1 / (xs[1] / t0)) + s1
}
#[grad::differentiate]
fn f067(x0: f64, x2: f64, n: usize, x1: f64) -> f64 {
    let t0 = x0;
    let mut s0: f64 = 0.0;
    for _ in 0..n {
        for _ in 0..4 {
            s0
                += {
                    let r0 = -s0;
                    r0 * x2
                };
        }
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = -v0[i];
    }
    let mut v1 = vec![0.0_f64; n];
    for i in 0..n {
        v1[i] = v0[1];
    }
    x1.exp() + t0 + s0 + v0[1] + v1[3]
}
#[grad::differentiate(dual_calls)]
fn f068(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = xs[0];
    let t1 = x0;
    let mut s1 = x1 - h029(t0, xs, t1, t1);
    let mut k0 = 0;
    while k0 < 2 {
        if k0 >= 2 {
            s1
                += match k0 % 3 {
                    0 => x1,
                    1 => x0,
                    _ => 0.25,
                };
        } else {
            s1 += s1 * (t0 * x1);
        }
        s1 = s1 - x1;
        k0 += 1;
    }
    let (t2, t3) = (
        if k0 % 2 == 0 {
            {
                let r0 = xs[4];
                r0 * xs[3]
            }
        } else {
            t0.powi(2)
        },
        s1.tanh(),
    );
    ({
        let r1 = xs[0] + 0.5;
        r1 * x0
    }) + s1 + t2 + t3
}
#[grad::differentiate(dual_calls)]
fn f069(xs: &[f64], x0: f64) -> f64 {
    let t0 = xs[3] - xs[2];
    let mut s1 = (xs[3] + xs[0]).cos();
    for _ in (0..4).rev() {
        s1 *= x0.powi(2);
    }
    let mut s2 = if xs[0] < 2.0 { x0.cos() } else { h006(x0, t0) };
    for _ in xs.iter() {
        s2 += s2.abs();
        s2 -= t0;
        s1 -= self::h004(s2).exp();
    }
    s2 += -t0;
    let t2 = xs[0].tanh();
    if xs[2] + t2.abs() < 0.75 * x0 + t0 {
        s1 = t2 / 0.1;
        s2
            /= {
                let r1 = s2.min(x0);
                r1 * xs[2]
            };
        s2 += s1 / xs[3];
    } else if h009(t0, xs[0]) * xs[3] >= x0 + 2.0 {
        s1 += (if xs[0] < 0.25 { 0.75 } else { xs[0] }) * (0.1 - t2);
    } else if x0 + 0.5 <= 0.5 {
        s2 /= t2;
        s1 += xs[1];
    }
    f64::cos(self::h006(x0, h012(xs[3], t2))) + s1 + s2
}
#[grad::differentiate]
fn f070(x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 -= s0.ln();
        k0 += 1;
    }
    let mut s1: f64 = 0.0;
    for _ in (1..2).step_by(2) {
        s1 += s1.max(s0);
        s1 = s1 - (s0.tanh() + x0.max(s0));
        s0 *= x0.powi(-1);
    }
    if k0 % 2 == 0 {
        return {
            let r0 = x0.powi(3);
            r0.powf(1.5)
        };
    }
    s0 += s0 * s1;
    s0 + s0 + s1
}
#[grad::differentiate]
fn f071(x2: f64, x0: f64, x1: f64) -> f64 {
    let t0: f64 = (if x2 <= 3.0 { x0 / 0.75 } else { x1 }) * x1;
    let mut s0 = t0 / 1.25
        - ({
            let r0 = x2;
            r0
        });
    for i in (0..4).rev() {
        s0
            *= x2.abs()
                * (match i % 3 {
                    0 => x2,
                    1 => t0,
                    _ => x1,
                });
        s0 = s0 + -(x2 * t0);
        s0
            += {
                let r1 = x0.sqrt();
                r1 * x0
            };
    }
    let t0 = t0 + (2.0 + f64::abs(x0));
    if x1.powi(3) < x2 {
        s0 += (if s0 > 2.0 { 1.25 } else { s0 }).abs();
    }
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..v1.len() {
        v1[i] = ({
            let r2 = v1[i];
            r2 * v1[i]
        })
            .max({
                let r3 = x1;
                r3 / x1
            });
    }
    v1[0].max(t0) * s0 / v1[1] + s0 + v1[2]
}
#[grad::differentiate]
fn f072(x1: f64, ys: &[f64], xs: &[f64], x0: f64) -> f64 {
    let mut s1 = x1;
    for (i, _) in xs.iter().enumerate() {
        if i >= 2 {
            break;
        }
        s1 *= xs[i] * (if i >= 2 { x1 } else { ys[2] });
        s1 = s1 * x1.tanh();
    }
    if 0.5 / x1 >= ys[1] {
        return ys[0];
    }
    if xs[1] > 0.25 {
        return x0;
    }
    if x0.abs() <= 1.25 {
        s1 = xs[2];
        s1 += x0;
    }
    x1 * 3.0 * ys[2] + s1
}
#[grad::differentiate]
fn f073(xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let mut s1: f64 = 0.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..2 {
            r0 -= x0 - ys[j];
        }
        s1 += r0 * x0;
    }
    let t0 = ({
        let r1 = x0;
        r1 - s1
    })
        .min(s1);
    s1 *= -ys[1];
    let t5 = ys[1] + (ys[0] - 1.25);
    ys[1] * 3.0 - 0.25 + xs[2] + s1 + t0 + t5
}
#[grad::differentiate]
fn f074(xs: &[f64], ys: &[f64], x0: f64, x1: f64, n: usize) -> f64 {
    let t0 = (ys[2] - ys[0]).min(x0);
    let mut s2: f64 = 0.0;
    for i in 0..ys.len() {
        s2 += xs[i];
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = if x0 <= ys[0] { v0[i] } else { ys[i % ys.len()].powi(3) };
    }
    let mut v1 = vec![0.0_f64; n];
    for i in 0..v1.len() {
        v1[i] = s2;
    }
    let s4 = xs[2].powi(-2);
    let mut k0 = 0;
    loop {
        if k0 >= ys.len() {
            break;
        }
        s2 *= (x0 / 2.0).abs();
        k0 += 1;
    }
    x0 + x1 + t0 + s2 + v0[2] + v1[2] + s4
}
#[grad::differentiate]
fn f075(x1: f64, x0: f64, x2: f64) -> f64 {
    let mut s2: f64 = 0.0;
    for _ in (0..2).rev() {
        s2 /= (s2 + x0).tanh();
    }
    let mut s3 = 0.75 * x1;
    for i in 0..3 {
        s3 += x0 + x0;
        s3 = s3 + ((i + 1) as f64) * (if i >= 2 { 1.5 } else { s2 });
    }
    let mut s4: f64 = 1.0;
    for i in 1..3 {
        if i < 2 {
            return x0;
        }
    }
    if x0 >= 0.5 {
        s2 = s2 - s4;
    } else {
        s3 += x1.powf(s2).powf(0.5);
    }
    let s5 = {
        let r1 = s3;
        0.75 * r1
    };
    let mut k0 = 0;
    while k0 < 2 {
        s3 = s3 * f64::exp(s3 + ((k0 + 1) as f64));
        s4 += x1;
        k0 += 1;
    }
    let mut s6 = s3;
    let mut k1 = 0;
    loop {
        if k1 >= 2 {
            break;
        }
        for _ in 0..2 {
            s6 /= x1.powi(2).sin();
        }
        k1 += 1;
    }
    s2 + x2 + s2 + s3 + s4 + s5 + s6
}
#[grad::differentiate]
fn f076(xs: &[f64], ys: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in ys {
        s0 += xs[0];
        s0 -= x0;
    }
    if s0.powi(3) < x0 {
        return x0;
    }
    f64::sin(s0).powi(2) + s0
}
#[grad::differentiate(dual_calls)]
fn f077(x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in 0..2 {
        s0 += x0;
    }
    if f64::cos(3.0 - x1) > 3.0 {
        s0 = x1 * s0 + x1;
        for i in 0..2 {
            if i == 1 {
                continue;
            }
            s0
                += (match i % 3 {
                    0 => x1,
                    1 => x1,
                    _ => x0,
                })
                    .sqrt();
            s0 = s0 * (s0 / 3.0);
        }
        for _ in 0..4 {
            s0 *= (s0 - x0).min(self::h003(x1, x0, x1));
            s0 /= f64::exp(x1);
            s0 += x1;
        }
    } else if x0.sin() >= 1.25 {
        s0 = s0 * x0;
    }
    let s2: f64 = 1.0;
    for _ in 0..4 {
        s0 += h006(self::h016(s0, s0), s0.min(x0));
        if x1 <= 1.25 {
            return s2.exp();
        }
    }
    ({
        let r0 = s0;
        h010(r0)
    }) * h018(s0.sin()) + s0
}
#[grad::differentiate(dual_calls)]
fn f078(ys: &[f64], xs: &[f64], x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (xs[2], x0 * x1);
    if xs[0] > x1 {
        return ys[2];
    }
    let (t2, t3) = (x1, ys[1]);
    let t4 = (t1 / t1).tanh().powf(-0.5);
    let t3 = t3 * h027(ys, ys[1] - 3.0, x1);
    let t2 = t2 - (if t0.tanh() <= 0.1 { 0.5 + ys[1] } else { h008(ys[0], x0) });
    xs[3] + (if -x1 <= 0.5 { 2.0 * ys[0] } else { ys[2] + t0 }) + t4 + t3 + t2
}
#[grad::differentiate]
fn f079(n: usize, xs: &[f64], x0: f64) -> f64 {
    let t0 = x0;
    let t1 = match n % 3 {
        0 => t0.powf(x0),
        1 => 0.5,
        _ => 0.25,
    };
    t1 + xs[3]
}
#[grad::differentiate(dual_calls)]
fn f080(x0: f64, x1: f64, xs: &[f64], x2: f64) -> f64 {
    let (t0, t1) = ((if xs[1] <= xs[2] { xs[0] } else { xs[2] }) * (x0 - 2.0), x1);
    let mut s0: f64 = 0.0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0 *= -(xs[3] + s0);
        s0 -= xs[4];
    }
    let (t2, t3) = (h008(xs[0], xs[2]), t1 * xs[0]);
    let mut s4 = t0
        + ({
            let r0 = t2;
            r0
        });
    if f64::tanh(xs[1] * s0) <= x1 {
        s4 += xs[3];
        s4 += xs[0];
    } else if s0 + 3.0 <= 1.5 {
        s4 /= x0.ln();
    } else {
        s4
            *= ({
                let r1 = s0;
                r1 * t0
            }) + xs[3];
        s4 -= xs[2];
    }
    let t4 = xs[0].tanh();
    (0.5 + t4).powf(t4) * x2.powi(3) + s0 + t3 + s4
}
#[grad::differentiate]
fn f081(x2: f64, x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = x0;
    let mut s0: f64 = 1.0;
    for (i, _) in xs.iter().enumerate() {
        s0 += f64::ln(xs[i] / xs[i]);
    }
    if xs[0] < xs[3].abs() {
        return x0;
    }
    x1.abs() * x0 + x2 + t0 + s0
}
#[grad::differentiate]
fn f082(x1: f64, x0: f64) -> f64 {
    let mut s0 = x0.powi(3);
    for _ in (1..2).step_by(2) {
        s0 *= 0.25 * x1 * x1;
        if -x1 >= 2.0 {
            return (x0 * x0).exp();
        }
        s0 = s0 + x0.exp().tanh();
    }
    let t0: f64 = s0;
    s0 += -(if x1 >= s0 { x1 } else { x1 });
    let t1 = x1;
    s0 * x0
        / ({
            let r0 = x0.sin();
            r0 / x0
        }) + s0 + t0 + t1
}
#[grad::differentiate]
fn f083(x0: f64, x1: f64) -> f64 {
    let t0 = -x0;
    let t1 = x1.max(x0).exp() / (if x0 < 3.0 { t0.exp() } else { 1.5 });
    x0 + t1
}
#[grad::differentiate]
fn f084(xs: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    let t0 = x1;
    if t0 > 2.0 {
        return x1;
    }
    x1 / x0 - x0 + xs[2] + x2
}
#[grad::differentiate]
fn f085(n: usize, x0: f64) -> f64 {
    let t2 = (((n + 1) as f64) * x0 / x0).ln();
    let mut s1 = x0.sin();
    for i in 0..3 {
        if i >= 1 {
            break;
        }
        s1 = s1 + f64::sin(s1.sqrt());
        s1 = s1 + t2 / 2.0 * s1;
    }
    s1 + s1
}
#[grad::differentiate]
fn f086(xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= xs.len() {
            break;
        }
        s1 += x0.ln().tanh();
        s1 += x0;
        k0 += 1;
    }
    let (t0, t1) = (xs[1] + s1, xs[0]);
    let mut s3 = t1;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += xs[j + 1];
        }
        s3 += r0 * 2.0;
    }
    let (t2, t3) = (s1, t0);
    (k0 as f64) * (if k0 < 3 { xs[1] / s1 } else { t3 + t2 }) + x1 + s1 + s3
}
#[grad::differentiate]
fn f087(xs: &[f64], x1: f64, x2: f64, x0: f64, ys: &[f64]) -> f64 {
    let t0 = x0;
    let (t1, t2) = (
        {
            let r0 = ys[1].powi(-1);
            0.1 - r0
        },
        if ys[1].tanh() < 0.25 { f64::ln(xs[1]) } else { t0 },
    );
    let mut s0: f64 = 1.0;
    for _ in (0..2).rev() {
        s0 /= t0;
    }
    t2.tanh().abs() * x0 + x1 + x2 + t1 + s0
}
#[grad::differentiate]
fn f088(xs: &[f64], x1: f64, x0: f64) -> f64 {
    if (x0 / xs[4]).abs() > 2.0 {
        return x1;
    }
    let t0: f64 = x1;
    x0 + x0 + t0
}
#[grad::differentiate(dual_calls)]
fn f089(x0: f64, x2: f64, n: usize, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if n >= 2 {
        s0 += x1.powi(3);
    } else {
        s0 += (n as f64) * x1;
        s0
            /= match n % 3 {
                0 => x0 * x1,
                1 => x1,
                _ => x1,
            };
    }
    let mut s1 = 0.75 * x2;
    for _ in 0..4 {
        s1 = s1
            - s0
                * ({
                    let r0 = x1;
                    r0 + x1
                });
    }
    let mut s2: f64 = 0.5;
    if n != 1 {
        s2 += h004(x1);
        s2 -= x1;
    }
    let t0 = s2;
    let t1 = s0;
    if n < 3 {
        return -t1 + (s0 + x1);
    }
    h018(-(-x2)) + s0 + s1 + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f090(x1: f64, xs: &[f64], x0: f64, ys: &[f64]) -> f64 {
    let mut s0 = x1;
    for _ in (0..3).rev() {
        s0 /= s0;
    }
    let t0: f64 = x0.cos();
    if h022(x0 - 1.25, x1.exp(), xs, xs[1]) > 2.0 {
        s0
            += {
                let r0 = x0 / s0;
                r0 / ys[1]
            };
    } else {
        s0 = s0 - x1;
    }
    xs[3] + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f091(x1: f64, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = x1.tanh() + (i as f64) * x1;
    }
    let t0 = v0[0] + -x1;
    let t0 = t0 * (xs[0] / 0.5);
    let t1 = -t0;
    let t4 = t0;
    let t5 = xs[2];
    self::h002(h029(ys[1], xs, t4, xs[1]), t0, xs[3].sin()).min(x0.exp()) + v0[1] + t1
        + t5
}
#[grad::differentiate(dual_calls)]
fn f092(ys: &[f64], xs: &[f64], x0: f64, x1: f64, n: usize) -> f64 {
    let mut s1 = x1;
    for _ in xs.iter() {
        s1 += ys[2].sqrt() + ys[1];
        s1 *= h005(xs[1], ys[3]).powi(-2);
    }
    let mut s2: f64 = 0.5;
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..4 {
            r1 += xs[j + 1];
        }
        s2 += r1 * x1;
    }
    s1 + x0 + (n as f64) * s2 + s1 + s2
}
#[grad::differentiate]
fn f093(x1: f64, x0: f64, n: usize, x2: f64) -> f64 {
    let (t0, t1) = (x1 + x1, x1.cos());
    let mut s2 = (-t1).powi(3);
    if n >= 2 {
        for i in 0..n {
            if i >= 1 {
                continue;
            }
            s2 = s2 - x1;
        }
    } else if n >= 2 {
        s2 /= t0;
    } else if s2 / x1 > x2 {
        s2 = s2
            - ({
                let r0 = x2 * t1;
                r0 - x2 / x2
            });
    } else {
        s2 += x1.powi(3);
    }
    let t2 = s2;
    (-x0).cos() + s2 + t2
}
#[grad::differentiate]
fn f094(x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if s0.powi(3).powi(3) <= (if s0 > x1 { x0 } else { x1 }).powi(3) {
        s0 = x0;
        s0 += s0;
    }
    let (t1, t2) = (-(0.1 * x1), x0.powi(-2));
    s0.min(x1 + x1.tanh()) + s0 + t1 + t2
}
#[grad::differentiate]
fn f095(ys: &[f64], xs: &[f64], x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..1 {
        s0 += ys[i] * 3.0;
    }
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 += xs[k0];
        s1
            += x0
                + ({
                    let r0 = x2;
                    r0 - ys[0]
                });
        k0 += 1;
    }
    s1 + x1 + s0 + s1
}
#[grad::differentiate]
fn f096(x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 0..2 {
        s0 -= x0.powi(-1);
    }
    s0
        /= {
            let r0 = s0.ln();
            r0 * s0
        };
    let t0 = (s0.tanh() - -s0) * (f64::cos(x1) / x1);
    let s1: f64 = 0.5;
    for i in 0..4 {
        if i >= 1 {
            continue;
        }
        s0 += x0.cos() * -s1;
    }
    let mut s2 = t0.cos();
    for _ in (0..4).rev().step_by(2) {
        s2 += s0;
    }
    let s3: f64 = 0.0;
    for i in 0..2 {
        if i >= 2 {
            continue;
        }
        s2 = s2
            - ({
                let r1 = 0.75 + s3;
                r1 - s2 * x0
            });
    }
    x0 + s0 + s2
}
#[grad::differentiate(dual_calls)]
fn f097(xs: &[f64], ys: &[f64], n: usize, x0: f64) -> f64 {
    let t0 = {
        let r0 = ys[1];
        r0 + self::h001(x0)
    };
    if n != 1 {
        return x0.tanh() * (ys[1] + xs[1]);
    }
    let mut s2: f64 = 0.5;
    for _ in ys.iter() {
        for (_, _) in xs.iter().zip(xs.iter()) {
            s2 -= t0;
        }
    }
    let t2 = s2 * (if t0 >= s2 { x0 } else { xs[1] });
    let t0 = t0 * ys[1];
    ys[0] + ((n + 1) as f64) + s2 + t2 + t0
}
#[grad::differentiate]
fn f098(xs: &[f64], x0: f64, ys: &[f64], n: usize) -> f64 {
    if n >= 2 {
        return ys[0];
    }
    let t0 = (if n != 0 { x0 } else { ys[2] })
        .min(
            match n % 3 {
                0 => xs[2],
                1 => xs[0],
                _ => ys[2] + x0,
            },
        );
    let mut s0: f64 = 0.0;
    for _ in 1..2 {
        s0 = s0 + s0;
        s0 = s0
            + ({
                let r0 = ys[1];
                r0 * (x0 * ys[1])
            });
    }
    -xs[1] + t0 + s0
}
#[grad::differentiate]
fn f099(x0: f64, xs: &[f64], ys: &[f64], n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    for (i, &p0) in ys.iter().enumerate() {
        s0 /= (ys[i] + p0).abs();
    }
    s0 = s0 * (if n < 3 { s0 } else { s0 });
    x0 * 1.5 - f64::tanh(xs[2].max(x0)) + s0
}
#[grad::differentiate]
fn f100(x2: f64, x0: f64, n: usize, x1: f64, xs: &[f64]) -> f64 {
    let t0 = x1.abs();
    let mut s0: f64 = 1.0;
    for p0 in xs.iter() {
        s0 = s0 - t0 * *p0;
        s0
            -= {
                let r0 = x0;
                r0 / (if xs[2] <= 3.0 { s0 } else { x0 })
            };
    }
    xs[0] + x2 + (n as f64) * x2 + s0
}
#[grad::differentiate(dual_calls)]
fn f101(xs: &[f64], x0: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 += f64::tanh(s1);
        k0 += 1;
    }
    let t0: f64 = s1;
    if k0 != 1 {
        s1 /= xs[2] + xs[2] - h022(s1, s1, xs, t0);
    } else {
        s1 -= s1;
    }
    (if k0 < 1 {
        {
            let r1 = xs[1];
            r1 * s1
        }
    } else {
        s1.tanh()
    }) + x0 + s1
}
#[grad::differentiate]
fn f102(n: usize, x0: f64, ys: &[f64], xs: &[f64], x1: f64) -> f64 {
    let mut s0 = f64::tanh(x1);
    for i in 0..ys.len() {
        if i >= 2 {
            break;
        }
        s0 += xs[i].tanh().cos();
        s0 = s0 + x0;
    }
    let t3 = s0 * 0.75;
    f64::tanh(s0) + (n as f64) * x1 + ys[2] + s0 + t3
}
#[grad::differentiate(dual_calls)]
fn f103(x1: f64, x0: f64, n: usize) -> f64 {
    if x0 > 3.0 {
        return h008(x0, x1);
    }
    let mut s0: f64 = 0.0;
    for i in (0..3).rev() {
        if (match i % 2 {
            0 => f64::cos(s0),
            _ => 0.25,
        }) < 2.0
        {
            return x0.powi(-1);
        }
        s0 *= -x0;
        s0 *= x0;
    }
    1.5 * f64::tanh(x0)
        + x0
            * (match n % 2 {
                0 => s0,
                _ => x1,
            }) + s0
}
#[grad::differentiate(dual_calls)]
fn f104(x2: f64, x1: f64, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let t0 = xs[0];
    let t1 = xs[3].powi(3);
    let mut v1 = vec![0.0_f64; xs.len()];
    for i in 0..v1.len() {
        v1[i] = h018(x1);
    }
    h015(xs, -v1[1], t1) / (xs[1] - x1) + x2 + x0 + ys[3] + t0 + v1[3]
}
#[grad::differentiate(dual_calls)]
fn f105(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = (match i % 2 {
            0 => 1.25,
            _ => v0[i],
        }) * -xs[i];
    }
    let s0 = self::h008(xs[2], x0).tanh();
    for i in 0..n {
        v0[i]
            *= {
                let r0 = x0.cos();
                r0 * v0[i].powi(2)
            };
    }
    let t0 = (if n % 2 == 0 { x0 } else { v0[1].abs() })
        - ((if n != 1 { v0[1] } else { v0[0] }) + x0);
    let t0 = t0 - h018(h011(xs[3], x0, xs[0]));
    let mut s2: f64 = 0.5;
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..1 {
            r1 -= x0 - xs[j + 2];
        }
        s2 += r1 * x0;
    }
    (if n != 2 { v0[1] } else { t0 }).min(s0) + (s2.min(1.25) - s0) + v0[1] + s2
}
#[grad::differentiate]
fn f106(x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let mut s2: f64 = 0.0;
    for (i, _) in xs.iter().enumerate() {
        s2 += xs[i % xs.len()];
        s2 += xs[i] * s2;
    }
    let (t0, t1) = (f64::cos(x1), x1);
    let mut s6: f64 = 0.5;
    for (i, _) in xs.iter().enumerate() {
        if i >= 1 {
            break;
        }
        s6 += s2;
        s6 /= t1 + xs[i % xs.len()].cos();
    }
    let t2 = xs[0].min(xs[1])
        + ({
            let r1 = t0;
            r1 - s6
        });
    if xs[0] < 3.0 {
        s2 += -xs[0];
    } else {
        s2 += xs[1];
    }
    let s7: f64 = 1.0;
    let mut k2 = 0;
    loop {
        if k2 >= 4 {
            break;
        }
        s2 = s2
            * (match k2 % 3 {
                0 => t2,
                1 => t0,
                _ => x1,
            })
                .cos();
        k2 += 1;
    }
    (k2 as f64) * (if k2 != 0 { xs[2] } else { t1 }).exp() + x0 + s2 + s6 + s7
}
#[grad::differentiate(dual_calls)]
fn f107(xs: &[f64], x0: f64, x1: f64) -> f64 {
    let (t0, t1) = (x0.cos() + f64::tanh(x0), self::h021(xs[0]));
    let mut s0: f64 = 1.0;
    for i in (0..4).step_by(2) {
        s0 += s0 + ((i + 1) as f64) - xs[i % xs.len()];
    }
    s0 = s0 * f64::cos(xs[3]).ln();
    let (t2, t3) = (xs[0].abs(), (if t1 < 1.25 { 1.5 } else { x0 }) + t0);
    let mut s2 = f64::sin(xs[0]);
    for i in 0..3 {
        s2 = s2 - (xs[i % xs.len()] + 0.1);
    }
    xs[2] + x1 + s0 + t2 + t3 + s2
}
#[grad::differentiate(dual_calls)]
fn f108(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = v0[i].cos() * x0.min(0.5);
    }
    let mut s1 = xs[0];
    for (i, _) in v0.iter().enumerate() {
        s1 = s1 + ((i + 1) as f64) * (v0[i] / 1.5);
    }
    let t0 = h001((s1 - x0).abs());
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..2 {
        v1[i] = v1[i % v1.len()];
    }
    xs[3] + (-t0).powi(-1) + x1 + v0[4] + s1 + v1[1]
}
#[grad::differentiate(dual_calls)]
fn f109(x2: f64, x0: f64, x1: f64, n: usize, xs: &[f64]) -> f64 {
    let (t0, t1) = (h016(xs[1], x1), x1);
    let mut s2: f64 = 0.0;
    for _ in (0..n).rev() {
        s2
            *= match n % 2 {
                0 => 2.0,
                _ => t1,
            };
    }
    (x1 / 0.75).powf(2.5) * f64::abs(xs[3]) + x2 + x0 + t0 + s2
}
#[grad::differentiate(dual_calls)]
fn g000(a: &Array2<f64>, x0: f64) -> f64 {
    let t0 = ({
        let r0 = x0;
        r0
    }) * 1.25;
    let t1 = a[[1, 1]] + t0 + 1.5 * h008(t0, x0);
    let t2 = t1 * t1;
    let t0 = t0 - t1.cos();
    let mut s3: f64 = 0.0;
    for i in (0..a.ncols()).rev() {
        s3
            += f64::exp({
                let r1 = a[[i % 3, i]];
                r1 + a[[i, i]]
            });
        s3 = s3 + (s3 / 0.5).sin();
        for _ in 0..a.ncols() {
            s3 = s3 - t0.min(x0) * t0;
            s3 += a.t().sum().powi(3);
        }
    }
    ({
        let r2 = s3;
        r2 - a[[2, 0]]
    }) * t0.tanh() + t2 + s3
}
#[grad::differentiate]
fn g001(x0: f64, a: &Array2<f64>) -> f64 {
    let t0 = a.tanh().sum() / a[[0, 0]];
    let t0 = t0 * x0;
    let mut s1 = 0.5 + a[[0, 1]];
    for i in 0..a.ncols() {
        s1
            *= (match i % 2 {
                0 => t0,
                _ => x0,
            })
                .exp();
    }
    let t1 = a.dot(&a.t()).sin().mean().unwrap();
    a[[0, 1]].exp() + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn g002(
    u: &Array1<f64>,
    d: &Array2<f64>,
    w: &Array1<f64>,
    b: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut s0 = b.mean().unwrap().sin();
    if w.sum() / h023(u[2], b[[1, 1]]) >= 0.5 {
        s0 = s0 + a[[0, 2]].sin();
    }
    let t0 = b.t().dot(a).sum_axis(Axis(1)).dot(u);
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = s0;
    }
    let t0 = t0 + z0[2];
    t0.sin() + d.sum() + s0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g003(a: &Array2<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = a[[i % 2, i]];
    }
    let mut v1 = vec![0.0_f64; v0.len()];
    for i in 0..v0.len() {
        v1[i] = a[[i % 2, i]] + a[[i % 2, i]]
            - ({
                let r2 = x0;
                r2 * a[[1, i]]
            });
        v1[i] = x0;
    }
    let t0 = if x0 > a[[0, 0]].powi(-1) { h020(&v1, x0) } else { f64::tanh(v1[2]) };
    let t0 = t0 + a[[1, 1]] / 3.0 * (a[[0, 1]] + a[[0, 3]]);
    let mut v2 = vec![0.0_f64; 2];
    for i in 0..v2.len() {
        v2[i] = a.sum_axis(Axis(1)).mean().unwrap();
        v0[i] += x0;
    }
    v1[1] + v0[3] + v1[3] + t0 + v2[1]
}
#[grad::differentiate]
fn g004(x0: f64, w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let m0 = u.sin() + u[1];
    let t0 = m0.sum();
    let mut s0: f64 = 1.0;
    for _ in 1..4 {
        for _ in 0..3 {
            s0 = s0 * x0;
        }
    }
    f64::exp(w[2]) + a.sum() + m0.sum() + t0 + s0
}
#[grad::differentiate]
fn g005(u: &Array1<f64>, c: &Array2<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = x0.powi(-2);
    }
    let mut s0: f64 = 0.0;
    for i in (0..2).rev().step_by(2) {
        s0
            += (match i % 3 {
                0 => s0,
                1 => z0[i - 1],
                _ => z0[i % 2],
            }) * s0;
        s0 /= (u + (x0 + (i as f64))).dot(&(u + u));
        s0 = s0 + s0 * s0 * x0.abs();
    }
    let t1: f64 = u.sum() * z0[1].abs();
    let m0 = (a.dot(&a.t()) + a.dot(&a.t()))
        .dot(&((if c[[1, 0]] <= s0 { c[[1, 0]] } else { 2.0 }) + a.dot(&a.t())));
    x0.abs().powi(2) * (0.1 + t1) + z0.sum() + s0 + m0.sum()
}
#[grad::differentiate]
fn g006(
    a: &Array2<f64>,
    c: &Array2<f64>,
    w: &Array1<f64>,
    x0: f64,
    u: &Array1<f64>,
) -> f64 {
    let (t0, t1) = (a.dot(&a.t()).sum(), x0);
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 = s0
            * f64::cos({
                let r0 = t1;
                r0 - w[(k0 + 1) % 2]
            });
        s0 = s0 - (a / (3.0 + t1)).sum();
        k0 += 1;
    }
    let t2 = x0;
    t2 * c[[0, 0]] + u.sum() + t0 + s0
}
#[grad::differentiate]
fn g007(x0: f64, x1: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s1: f64 = 0.0;
    for i in (0..a.ncols()).rev().step_by(2) {
        s1 = s1 - x1;
        s1 += u[i];
    }
    let (t0, t1) = (
        {
            let r3 = {
                let r2 = s1;
                r2 / u[0]
            };
            r3
        },
        s1 - 3.0 - 1.5,
    );
    let s3: f64 = 0.0;
    for i in 0..a.nrows() {
        if i == 2 {
            break;
        }
        s1 = s1
            + (s1.cos()
                + ({
                    let r4 = s1;
                    r4 * a[[i % 2, i + 2]]
                }));
    }
    let s4: f64 = 0.5;
    for i in 0..a.ncols() {
        s1
            += (match i % 3 {
                0 => u[i % 4],
                1 => 0.75,
                _ => t0,
            })
                .powi(2);
    }
    (f64::sin(t1) * t0).powi(3) + x0 + s1 + s3 + s4
}
#[grad::differentiate(dual_calls)]
fn g008(x1: f64, u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    if x1 >= 0.75 {
        return {
            let r0 = u[0];
            x1.max(r0)
        };
    }
    if a[[2, 1]].max(a[[0, 1]]) + x1 < 0.1 {
        return x1;
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = f64::sin(z0[i]);
    }
    let mut s2 = x1;
    if u[0] < s2 / (z0[0] + x1) {
        s2 = s2 - f64::exp(s2).sin();
        s2 /= self::h001(a[[2, 0]]);
    } else {
        s2 -= x1;
        s2 += s2 + x1;
    }
    let t1 = h010(-a[[1, 0]]).min(a.powi(2).mean().unwrap());
    a.dot(&a.t()).sum().sin() + w.sum() + z0.sum() + s2 + t1
}
#[grad::differentiate]
fn g009(x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let mut s4: f64 = 0.0;
    for i in 0..a.ncols() {
        if i >= 1 {
            break;
        }
        s4 += 0.25 - s4 + x1.tanh();
        s4
            += {
                let r3 = a[[i + 1, 1]];
                r3 - a[[i, 1]]
            };
    }
    let t0 = x0
        + ({
            let r4 = a[[1, 1]] * x0;
            r4 + x0
        });
    s4 += a[[1, 1]];
    t0 + s4
}
#[grad::differentiate]
fn g010(x0: f64, u: &Array1<f64>, a: &Array2<f64>, d: &Array2<f64>) -> f64 {
    let (t0, t1) = (-x0.sin(), u.mean().unwrap());
    let t2 = x0;
    let mut s0 = t1 / 2.0;
    for _ in (0..4).rev() {
        s0 += u[1];
        s0 += a.sum();
    }
    let mut s1: f64 = 0.0;
    for _ in (0..2).rev() {
        s1 += a.t().mean_axis(Axis(0)).unwrap().dot(&a.sum_axis(Axis(1)));
    }
    if (if u[0] < s1 { t0 } else { u[1] }).max(3.0) > f64::abs(s0) {
        return -t0 + u.sum();
    }
    t1 + d.sum() + t2 + s0 + s1
}
#[grad::differentiate]
fn g011(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>, x0: f64) -> f64 {
    let t1: f64 = u[1];
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = t1.powf(b[[0, i]]) + 2.0;
    }
    f64::tanh(u.sum() / t1) + a.sum() + x0 + v0[3]
}
#[grad::differentiate]
fn g012(
    x0: f64,
    a: &Array2<f64>,
    w: &Array1<f64>,
    u: &Array1<f64>,
    d: &Array2<f64>,
    c: &Array2<f64>,
) -> f64 {
    let t0 = u[3];
    let m0 = a.dot(&a.t().powi(2)).powi(-1);
    let mut s0 = u.mean().unwrap() / w[1];
    for i in 0..2 {
        s0 += w.dot(&w.powi(2));
        s0 += -(x0 + w[i + 1]);
    }
    if m0.sum() >= f64::abs(m0[[0, 2]].exp()) {
        return a.t().dot(&m0).sum();
    }
    x0 + d.sum() + c.sum() + t0 + m0.sum() + s0
}
#[grad::differentiate]
fn g013(a: &Array2<f64>, c: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut s0 = a[[1, 1]] - c[[1, 0]];
    for _ in 0..3 {
        s0 += 3.0 + a.sum();
    }
    let t2 = -x0;
    let m0 = &c.t() / (a + u).dot(&a.t());
    let t2 = t2 + 1.25 * (t2 * s0);
    let mut z1: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z1[i] = a.t().sum();
        s0 /= u.dot(&a.t()).sum();
    }
    t2.max(m0.mean().unwrap()) + s0 + m0.sum() + z1.sum()
}
#[grad::differentiate]
fn g014(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let (t1, t2) = (
        {
            let r0 = x0;
            r0
        },
        u[0],
    );
    let mut s1: f64 = 0.5;
    if t2 - t1 <= 0.1 {
        s1 = s1 + u[1];
    } else {
        s1 = s1 * u[0];
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = -t1;
    }
    let t3 = v0[0].powf(0.5) + (2.0 + s1) + t2.max(t1) * x0.sin();
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = if i != 1 {
                {
                    let r3 = t3;
                    r3 * s1
                }
            } else {
                2.0
            };
        }
    }
    (s1.powi(2) + u[1]).sin() + a.sum() + s1 + v0[2] + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g015(x1: f64, c: &Array2<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = -self::h001(c[[2, 0]]).min(3.0);
    let t1 = w[2];
    let mut s1: f64 = 0.5;
    for i in (0..4).rev().step_by(2) {
        s1 += a[[2, i]];
        s1 += w[(i + 1) % 3];
        s1 += c[[0, 0]];
    }
    let t2 = a.dot(&a.t().powi(2)).mean().unwrap();
    w[2] + x1 + t0 + t1 + s1 + t2
}
#[grad::differentiate(dual_calls)]
fn g016(a: &Array2<f64>, w: &Array1<f64>, x1: f64, b: &Array2<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..2).step_by(2) {
        if s0.min(0.75) + w[i + 1] > (i as f64) * w[i].powi(2) {
            s0 = s0 * h009(a[[i + 1, 1]], b[[i + 1, 3]].powi(3));
        } else {
            s0
                += {
                    let r0 = s0;
                    r0 * (w[i + 1] + 1.25)
                };
            s0 += w[i + 1] * s0 * w[i + 1].max(x1);
        }
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = ({
            let r1 = x1;
            r1 / b[[i + 1, i + 2]]
        })
            .tanh();
    }
    let t1 = s0;
    let t2 = if (s0 - x1) * b[[1, 0]] <= 3.0 { s0 } else { w.sum() };
    let (t3, t4) = (t2 / s0 * t2, (-a[[0, 2]]).tanh());
    w[2].abs() + s0 + v0[1] + t1 + t3 + t4
}
#[grad::differentiate]
fn g017(a: &Array2<f64>, x1: f64, x0: f64) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = x0;
        }
    }
    let mut s0 = x0 - a[[2, 1]].powi(2);
    for i in (0..3).rev().step_by(2) {
        s0 = s0 * (x0.powi(-2) + 0.25);
        if i % 2 == 0 {
            s0 = s0 * z0[[i, i % 2]];
        } else {
            s0 = s0 - x0;
        }
        if i != 2 {
            return s0;
        }
    }
    s0 += z0.dot(&z0.t()).mean().unwrap();
    let t1 = x0.powi(3).tanh();
    z0[[1, 1]].tanh().min(z0[[2, 1]].abs()).max(s0) + x1 + z0.sum() + s0 + t1
}
#[grad::differentiate]
fn g018(a: &Array2<f64>, w: &Array1<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = a.sum() - a[[i, 1]];
    }
    if (if a.t().sum() < 3.0 { x0 } else { x0 }) >= 0.25 {
        return z0[1];
    }
    let (t0, t1) = (
        x0.min(0.5).min(a.sum()),
        x0 * x0 / (if z0[2] >= 3.0 { z0[2] } else { u[0] }),
    );
    0.25 - x0 + t0 / t1 + w.sum() + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g019(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        if i % 2 == 0 {
            return u[i].max(a[[i, i + 1]]) + w.sum();
        }
        s0 = s0 + a.sum();
    }
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 = s0 + u.dot(&a.t().mean_axis(Axis(1)).unwrap());
        for j in (0..4).rev() {
            if j == 1 {
                break;
            }
            s0 += s1.max(s1);
            s1 /= s1;
        }
        k0 += 1;
    }
    let s2 = s0;
    if s0 >= s0 {
        s0 = a[[1, 3]].ln().min(s2);
        s1 = s1 * ((k0 as f64) * (u[1] - s2));
        s1 += (if s0 <= s1 { s0 } else { s0 }) / h008(s2, a[[0, 3]]);
    } else {
        s1 -= a.dot(&a.t()).sum();
    }
    (if -a[[0, 1]] >= a[[0, 0]].powi(-2) { a[[1, 0]] } else { w[0] })
        * (match k0 % 2 {
            0 => u[1],
            _ => 1.25,
        }) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn g020(x0: f64, a: &Array2<f64>, x1: f64, w: &Array1<f64>) -> f64 {
    let m0 = (if x1 >= w[2] { x1 } else { 3.0 }) * (a.dot(&a.t()) - self::h012(x0, x0));
    if -(0.75 + x1)
        >= ({
            let r0 = w[1];
            r0 / a.sum()
        })
    {
        return {
            let r1 = m0[[1, 0]];
            r1 / x0
        };
    }
    a.t().dot(w).tanh().mean().unwrap() + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g021(a: &Array2<f64>, x0: f64, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let t0 = 3.0 * w[1] / (3.0 * x0)
        - (if a[[0, 2]] < x0 { a[[1, 0]] } else { x0 }).min(a[[0, 2]]);
    let mut s0: f64 = 1.0;
    for _ in 0..4 {
        s0 += h009(a.t().sum(), w.dot(w));
        s0 = s0 + a.t().sum();
    }
    (w.powi(3) + self::h024(w[2], t0, x0)).mean().unwrap() + u.sum() + s0
}
#[grad::differentiate(dual_calls)]
fn g022(a: &Array2<f64>, x0: f64, x1: f64, w: &Array1<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..4).rev().step_by(2) {
        s0 = s0 * (x1 / 2.0 * 3.0);
        s0 += -h023(a[[0, i - 1]], s0);
    }
    let mut s2: f64 = 0.5;
    for i in (0..2).rev().step_by(2) {
        if i != 1 {
            s0 = a.sum();
            s0 /= (s2 + x1) / s2;
        } else {
            s2 = s2 * x0;
        }
    }
    let s3: f64 = 0.5;
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s2 += w[1];
        k0 += 1;
    }
    (a[[0, 0]] / 2.0 / w).powi(-1).mean().unwrap() + u.sum() + s0 + s2 + s3
}
#[grad::differentiate]
fn g023(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = x0 / u[0];
    let mut s0 = a[[1, 1]] * 0.75;
    if x0 >= a.t().mean().unwrap() * x0 {
        s0 *= x0.sin().powf(u.dot(u));
    }
    u.dot(&(u * u)) + t0 + s0
}
#[grad::differentiate]
fn g024(x0: f64, u: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let m0 = 2.0 * x0 * a;
    if -x0 < 0.5 {
        return u[1];
    }
    u[1].exp().abs() + x1 + m0.sum()
}
#[grad::differentiate]
fn g025(c: &Array2<f64>, u: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in (1..a.nrows()).step_by(2) {
        s0 = s0 + s0;
    }
    let m0 = (a + x0.powi(2) + (a + u)).dot(&a.t());
    let s3: f64 = 1.0;
    for i in 0..a.ncols() {
        if i == 1 {
            break;
        }
        s0 = s0 + s0;
    }
    s0 + c.sum() + s0 + m0.sum() + s3
}
#[grad::differentiate]
fn g026(a: &Array2<f64>, x0: f64, x1: f64, u: &Array1<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = (u[(i + 1) % 4] * a).mean().unwrap();
    }
    let m0 = a.dot(&a.t()) * a.dot(&a.t()) - (a.dot(&a.t()) - x1);
    x1 + x0 + z0.sum() + m0.sum()
}
#[grad::differentiate]
fn g027(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let mut s2: f64 = 0.0;
    if b.sum() > s2.cos() {
        s2 *= b[[0, 2]].powi(-2) * s2;
        s2 -= f64::sqrt(a[[1, 2]]);
    } else {
        s2 = s2 - a.t().tanh().sum();
    }
    if b.t().mean().unwrap()
        < ({
            let r1 = b[[0, 3]] + a[[2, 2]];
            r1 * s2
        })
    {
        return if a[[2, 0]].sin() > 3.0 - u[3] { u[2] - u[1] } else { 0.75 * a[[0, 2]] };
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = s2 - -b[[1, i]];
    }
    let t0 = if (if v0[2].abs() <= s2.sin() { s2 } else { -s2 }) > 0.1 {
        b[[2, 3]].abs()
    } else {
        (if s2 <= s2 { s2 } else { 0.25 }) + v0[0].min(u[1])
    };
    b[[2, 2]].tanh() - s2 + s2 + v0[3] + t0
}
#[grad::differentiate(dual_calls)]
fn g028(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let (t0, t1) = (h021(u[0]), u[0]);
    let mut s1 = h019(t0, t0 + t0, a.sum());
    for i in 0..a.nrows() {
        if s1 + u[i % 4].min(s1) < 0.75 {
            s1
                += ({
                    let r0 = s1;
                    r0 + u[i]
                })
                    .min(t1 + u[i % 4]);
        }
        s1 -= t0;
    }
    s1 += a.mean().unwrap();
    let t2 = a[[1, 0]];
    -(b[[0, 0]] - u[3]) * (t0 / s1) + s1 + t2
}
#[grad::differentiate]
fn g029(x1: f64, w: &Array1<f64>, a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut s3: f64 = 0.0;
    for i in 0..3 {
        if i >= 2 {
            continue;
        }
        s3 += (x0 + x0) * x1;
    }
    let mut s4: f64 = 1.0;
    for i in (0..a.nrows()).rev() {
        s3 *= -w.dot(w);
        s4
            -= match i % 3 {
                0 => u.mean().unwrap(),
                1 => x1,
                _ => s4.powi(2),
            };
        s3 = s3 * (x1.powi(3) + (i as f64));
    }
    let mut s5 = a.powi(2).sum();
    for i in 0..3 {
        for j in 1..a.nrows() {
            if j == 2 {
                break;
            }
            s5 *= s3.tanh();
            s5 += (if x0 > 0.1 { s3 } else { u[j] }) + ((i + 1) as f64);
        }
    }
    let t3 = w.sum() + x0.powi(2) - 0.5;
    let mut s7: f64 = 0.5;
    let mut k0 = 0;
    while k0 < 2 {
        s7 /= a.t().sin().mean().unwrap();
        k0 += 1;
    }
    1.5 - s5.powi(-1) + s3 + s4 + s5 + t3 + s7
}
#[grad::differentiate(dual_calls)]
fn g030(c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = -h008(a[[0, 3]].cos(), a[[0, 0]]);
    let mut s0 = t0 + a.t().mean().unwrap();
    for i in 0..2 {
        s0 += t0.max(a[[i % 3, i + 1]]);
        s0 *= f64::tanh(s0) + s0;
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = (1.25 + s0).ln();
        if i >= 2 {
            break;
        }
    }
    (a.dot(&a.t()) + c).mean().unwrap() + s0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g031(
    b: &Array2<f64>,
    x0: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    x1: f64,
    w: &Array1<f64>,
) -> f64 {
    let mut s0: f64 = 1.0;
    if x1 <= s0.cos().powf(-0.5) {
        s0 /= h006(s0, s0) + x1 * a[[1, 1]];
        s0 += -(0.5 + a[[0, 2]]);
    } else {
        s0
            -= {
                let r0 = x1.cos();
                r0 + (x1 + b[[1, 0]])
            };
        s0 += -s0;
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = x0.sin().tanh();
    }
    if h029(w[2] + b[[2, 1]], &v0, b.t().mean().unwrap(), a[[2, 1]].powi(2)) < 1.25 {
        return a[[2, 1]].sin();
    }
    let mut s1: f64 = 0.0;
    for i in (1..b.ncols()).rev().step_by(2) {
        v0[(i + 1) % 3] += s0.sin() + 2.0 * s1;
        s1
            += -({
                let r1 = u[i % 4];
                r1 * s0
            });
        s1 /= b[[i % 3, i]].ln() * 3.0;
    }
    a[[2, 1]] + s0 + v0[2] + s1
}
#[grad::differentiate(dual_calls)]
fn g032(
    b: &Array2<f64>,
    w: &Array1<f64>,
    u: &Array1<f64>,
    a: &Array2<f64>,
    c: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..b.ncols()).step_by(2) {
        s0
            *= {
                let r0 = s0;
                r0 / s0.min(c[[i % 2, 0]])
            };
        if i < 3 {
            return b.sum() + (if u[i % 4] > s0 { s0 } else { w[1] });
        }
        s0 /= h005(b[[i % 2, i]], w[i % 2]) + ((i + 1) as f64);
    }
    let t0 = w.powi(3).sum();
    let m0 = b[[1, 2]].powi(2) / a.dot(&b.t()).ln();
    u.sum() + s0 + t0 + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g033(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 -= u[k0];
        s0 *= f64::sin(a[[k0 % 2, 2]] - 0.5);
        k0 += 1;
    }
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = self::h012(f64::sin(x0), a.sum());
    }
    let t0 = (&z0 + s0).sum();
    let t1 = match k0 % 2 {
        0 => u[1],
        _ => {
            let r0 = s0;
            r0 - ((k0 + 1) as f64) * z0[1]
        }
    };
    a.t().sum() + s0 + z0.sum() + t0 + t1
}
#[grad::differentiate]
fn g034(a: &Array2<f64>) -> f64 {
    let t0 = a[[2, 1]];
    let t1 = a[[0, 0]];
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        s0 += s0;
    }
    if t0 > a.powi(3).sum() {
        return s0.sqrt().sin();
    }
    let t1 = t1 - -(0.1 - a[[0, 0]]);
    (s0 + s0).powf(0.5) - f64::sqrt(a[[0, 1]].max(s0)) + s0 + t1
}
#[grad::differentiate]
fn g035(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let t0 = x0;
    let t1 = (a.sum_axis(Axis(1)) * t0.powi(3)).sum();
    let mut s0: f64 = 0.5;
    for _ in 0..3 {
        s0 /= -t0.cos();
    }
    let t2 = u[1].cos().abs() * x0;
    t2 + t1 + s0
}
#[grad::differentiate]
fn g036(u: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let mut s0 = f64::cos(a.sum());
    if x1 < 1.5 {
        s0 += x1;
    } else if a[[0, 3]].powf(1.5) >= u[1].powi(-1) {
        s0 += s0.tanh();
        s0 /= s0.exp();
    }
    let t0 = u[3]
        + (({
            let r0 = x1;
            r0 * a[[1, 1]]
        }) + a[[0, 0]]);
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 += s0;
        if k0 < 2 {
            s0
                *= ({
                    let r1 = t0;
                    r1 - u[k0]
                }) - a[[k0 % 2, k0]];
        }
        k0 += 1;
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = a[[1, 3]];
    }
    a[[0, 0]] + s0 + s1 + z0.sum()
}
#[grad::differentiate]
fn g037(u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = ({
                let r0 = a[[i, j]];
                r0
            }) * z0[[j + 1, j]].tanh();
        }
    }
    if a.t().mean().unwrap() >= 0.75 {
        return -(w[0] / z0[[1, 0]]);
    }
    let t0 = a[[0, 1]];
    f64::sin(z0[[1, 0]] * a[[1, 0]])
        * (if t0 <= 0.25 { z0[[1, 1]] } else { t0 }).min(w.sum()) + u.sum() + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g038(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    if a[[1, 0]] >= 1.5 {
        return h026(u[0], u[2], a[[1, 1]]);
    }
    let mut s0: f64 = 0.5;
    for _ in (0..4).rev() {
        s0 += a.abs().sum();
    }
    let (t0, t1) = (x0.tanh() * x0.exp(), s0);
    let t1 = t1 * u[0];
    t1 + s0 + t0
}
#[grad::differentiate]
fn g039(x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..a.ncols()).rev() {
        s0 = s0
            - (match i % 3 {
                0 => x0,
                1 => s0,
                _ => x0,
            })
                .max(-a[[i + 1, i]]);
    }
    let t0 = s0;
    if s0.cos() < 1.5 {
        s0 = s0 * (a.t().sum() - -a[[0, 1]]);
    } else if t0 > a[[2, 1]] + x0 {
        s0
            += {
                let r0 = f64::sin(x0);
                r0 - (x0 - 2.0)
            };
    }
    a.sum().exp() + s0
}
#[grad::differentiate]
fn g040(w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..3).rev() {
        s0 += s0;
        s0 += a.sum();
        s0
            += match i % 2 {
                0 => s0 * 0.75,
                _ => f64::abs(u[(i + 1) % 2]),
            };
    }
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = s0.powi(-2);
        }
    }
    s0 + w.sum() + s0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g041(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    if x0 <= 1.25 {
        return x0;
    }
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 = s0 - s0.exp();
        s0 += s0;
        k0 += 1;
    }
    let mut s1 = x0;
    for i in 0..a.ncols() {
        if k0 < 2 {
            s1 = x0.min(s0 + (i as f64));
            if i >= 1 {
                break;
            }
        } else {
            s0 = s0 * s0;
            s0 = s0 * (1.5 + s1);
        }
        for j in (1..a.nrows()).rev() {
            s0 += h003(s1, x0, u[2]).ln();
            s0 = s0
                * (({
                    let r0 = s1;
                    r0 - x0
                }) + -u[j]);
            s0 += -a.mean().unwrap();
        }
        s1 -= -u[i];
    }
    let t0 = s1;
    let m0 = (u * a[[0, 1]].sqrt()).sqrt();
    (a.dot(&a.t()) / m0[1].min(t0)).sum() + s0 + s1 + m0.sum()
}
#[grad::differentiate]
fn g042(w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t1 = a[[2, 0]];
    let mut s0: f64 = 0.5;
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s0 += w[2].exp();
    }
    let t1 = t1 - s0;
    u[1]
        * ({
            let r0 = a.mean().unwrap();
            r0
        }) + s0 + t1
}
#[grad::differentiate]
fn g043(u: &Array1<f64>, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let t0 = a[[2, 2]].powi(-1).exp();
    let mut s0: f64 = 0.0;
    for i in (0..a.ncols()).step_by(2) {
        if i == 1 {
            break;
        }
        s0 += s0;
    }
    let s1 = -u[2];
    for i in 0..a.nrows() {
        s0 += t0;
        s0
            += {
                let r2 = a[[i, i % 4]];
                r2 + s1
            };
    }
    let t0 = t0 - ((t0 - a[[2, 0]]) * u).dot(u);
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = if c[[i, 0]] > 0.25 { s1 } else { c[[i, i % 1]] };
    }
    z0[0] / (s0 * s0.sin()) + s0 + t0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g044(
    x0: f64,
    w: &Array1<f64>,
    c: &Array2<f64>,
    u: &Array1<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut s1: f64 = 0.5;
    for i in 0..4 {
        s1 += h019(a.t().sum(), 1.5 - x0, w.dot(w));
        s1 += a.sum() + c[[(i + 1) % 3, i % 1]] * u[(i + 1) % 2];
    }
    let mut s3 = x0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s3 = s3 + (w.dot(w) - x0);
        s3 += (a[[k0 % 3, k0]] / w[k0]).exp();
        k0 += 1;
    }
    let mut s4: f64 = 0.5;
    for _ in 1..a.nrows() {
        s4 /= a.t().powi(2).sum();
    }
    let s5: f64 = 1.0;
    for _ in 0..a.nrows() {
        s4 = s4 - a.mean().unwrap() * 0.5;
    }
    1.5 * s4 + s1 + s3 + s4 + s5
}
#[grad::differentiate]
fn g045(c: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = c[[2, 0]];
    for i in (0..b.ncols()).step_by(2) {
        s0 += a[[0, i]];
    }
    let mut s1: f64 = 1.0;
    for i in 0..b.ncols() {
        s1 -= s0;
        s0 += s0;
        for _ in 1..2 {
            s0 = s0 + a.dot(&b.t()).sum();
            s0 = s0 + u[i];
        }
    }
    s1 + s0 + s1
}
#[grad::differentiate]
fn g046(
    w: &Array1<f64>,
    u: &Array1<f64>,
    x1: f64,
    a: &Array2<f64>,
    b: &Array2<f64>,
) -> f64 {
    let t0 = w[0].cos().powf(2.5);
    let mut s0: f64 = 0.0;
    if f64::abs(w[2]).max(s0) > 0.75 {
        s0 += t0.max(a[[1, 1]]) / (x1 / b[[0, 0]]);
        s0 += a[[2, 0]].powi(2);
    }
    let mut s1: f64 = 0.5;
    if 0.1 * (b[[1, 0]] * t0) >= 1.5 {
        s0 = (0.5 * s1).min(b.sum());
        s1 += s1 / b[[2, 0]];
    }
    s1 + u.sum() + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn g047(a: &Array2<f64>, b: &Array2<f64>, x0: f64, d: &Array2<f64>) -> f64 {
    let mut s0 = 1.25 + x0;
    for i in (0..2).step_by(2) {
        s0 = s0 * (if i < 3 { x0 } else { (i as f64) * x0 });
        if i != 0 {
            return x0.sqrt().powi(-2);
        }
        if (if d[[0, i]] > x0 { x0 } else { d[[i % 1, i + 2]] }).powi(3) > 1.25 {
            if -x0.tanh() > 1.5 {
                return s0;
            }
        } else {
            s0 -= self::h016(b[[i + 1, i + 2]], b[[i, i + 1]].exp());
            s0 = s0 + s0;
        }
    }
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = b.mean().unwrap() * (x0 + s0);
    }
    let mut s1 = x0;
    for i in (0..4).rev() {
        s1 += s0 * b.sum();
        if x0 < 3.0 {
            s0 += z0[i];
        } else if i == 2 {
            break;
        }
        s0 += z0[3];
    }
    let t0 = s0;
    if (a + b).sum() > 1.25 {
        return b.t().sum() + z0[0];
    }
    x0 + s0 + z0.sum() + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn g048(b: &Array2<f64>, w: &Array1<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let (t0, t1) = (-a[[0, 2]] / x0, if x0.powi(-1) < 0.25 { w[1] } else { w[1] });
    let t2: f64 = 2.0 * x0;
    let mut s1 = 1.25 * (t1 * w[0]);
    for _ in (0..2).rev() {
        s1 *= w.sum();
        s1 += b.mean_axis(Axis(0)).unwrap().mean().unwrap();
        s1 += a.sum();
    }
    let (t3, t4) = (
        w.mean().unwrap().max(1.5),
        h026(
            {
                let r0 = a[[1, 0]];
                r0 * a[[1, 1]]
            },
            s1,
            w[1],
        ),
    );
    let t5 = (1.5 + s1) * t0 - 0.25;
    (t2 * w[1]).powi(3) + s1 + t3 + t4 + t5
}
#[grad::differentiate]
fn g049(x1: f64, u: &Array1<f64>, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        s0 /= u.dot(&a.t()).dot(&b.t().mean_axis(Axis(0)).unwrap());
    }
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = s0;
        s0 += z0.dot(&(u + u));
    }
    s0 + x1 + s0 + z0.sum()
}
#[grad::differentiate]
fn g050(a: &Array2<f64>, x0: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = match i % 3 {
            0 => x0,
            1 => x0 * a[[i, 3]],
            _ => x0.sqrt(),
        };
    }
    let mut s2 = if 3.0 - x0 <= z0[1] * z0[0] { a[[1, 1]].exp() } else { x0 };
    for _ in 1..a.ncols() {
        s2 -= x0.powi(2).sin();
        s2 = s2 - x0;
    }
    let s3 = z0[0];
    for _ in (0..2).step_by(2) {
        s2 *= a.dot(&a.t()).mean().unwrap();
    }
    a.dot(&a.t()).dot(&(&z0 + &z0)).sum() + z0.sum() + s2 + s3
}
#[grad::differentiate]
fn g051(u: &Array1<f64>, a: &Array2<f64>, b: &Array2<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = (a[[i % 3, i % 2]].sin() + &b.t()).sum();
    }
    let mut s4: f64 = 0.5;
    for (_, _) in v0.iter().zip(v0.iter()) {
        s4 += x0;
        s4 /= 1.25 * x0;
    }
    if 0.1 * x0 + (x0 - s4) > s4.max(x0) / 3.0 {
        return b[[1, 0]].max(b[[0, 1]]);
    }
    b[[0, 0]].exp().sqrt() + u.sum() + v0[3] + s4
}
#[grad::differentiate]
fn g052(x0: f64, w: &Array1<f64>, u: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    if (a[[2, 2]] + x1).sin() < x1.powi(3) {
        return a.sum();
    }
    let t2: f64 = f64::tanh(w.sum());
    x1 + x0 + u.sum() + t2
}
#[grad::differentiate]
fn g053(x1: f64, x0: f64, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = w[1].powf(1.5).powi(2);
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = x1 + t0 - x0;
    }
    ((0.25 / x1 - a) * a).sum() + z0.sum()
}
#[grad::differentiate]
fn g054(
    x0: f64,
    b: &Array2<f64>,
    w: &Array1<f64>,
    c: &Array2<f64>,
    u: &Array1<f64>,
    d: &Array2<f64>,
    a: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 0.5;
    for _ in 0..3 {
        s0 -= x0.exp() + u.mean().unwrap();
    }
    let t0: f64 = if x0.powf(1.5) * 3.0 >= s0 { c[[1, 0]].powf(-0.5) } else { s0 };
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = f64::cos(a.t().sum());
            s0 = s0
                * (u[j]
                    * (match i % 3 {
                        0 => t0,
                        1 => 0.25,
                        _ => s0,
                    }));
        }
        if i == 1 {
            continue;
        }
    }
    let mut s2 = s0;
    for i in 0..b.nrows() {
        s2 -= f64::abs(z0[[i % 2, 0]]);
    }
    if z0[[0, 2]].sin() <= x0.abs().abs() {
        return z0[[1, 2]];
    }
    -s0 + b.sum() + w.sum() + d.sum() + s0 + z0.sum() + s2
}
#[grad::differentiate]
fn g055(x1: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..a.ncols() {
        s0 = s0 * s0.powi(2);
        if u[i] < 0.25 {
            if i >= 2 {
                break;
            }
        }
    }
    let s1: f64 = 0.5;
    for _ in 0..a.nrows() {
        s0 *= s1 - 1.25 - 0.25 * u[0];
    }
    a.sum().max(a[[1, 0]] * u[0]) * (a + s0).sum() + x1 + s0
}
#[grad::differentiate(dual_calls)]
fn g056(a: &Array2<f64>, b: &Array2<f64>, d: &Array2<f64>) -> f64 {
    let m0 = a.t().mean_axis(Axis(1)).unwrap().dot(&b.t()) * h010(b[[0, 2]]);
    if b.t().mean().unwrap() + a[[0, 0]] / m0[2] < b.dot(&a.t()).sum() {
        return m0[0];
    }
    let mut s1: f64 = 0.0;
    for i in (1..a.nrows()).step_by(2) {
        if i == 2 {
            break;
        }
        s1 += s1;
    }
    s1
        *= {
            let r2 = m0[1] + 2.0;
            r2 + d[[0, 1]]
        };
    if m0[2].powi(-1) < 1.5 {
        return a[[2, 2]];
    }
    h025(b[[0, 1]], m0[1]).powi(-2).cos() + m0.sum() + s1
}
#[grad::differentiate]
fn g057(x0: f64, x1: f64, b: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = if i != 1 { u[i % 2] } else { u[0] };
    }
    let m0 = (a * a).dot(&a.t()).mean_axis(Axis(0)).unwrap();
    x1 + x0 + b.sum() + z0.sum() + m0.sum()
}
#[grad::differentiate]
fn g058(a: &Array2<f64>, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = a.mean().unwrap();
    }
    let t0 = a[[0, 3]];
    x0 * v0[0] + v0[3] + t0
}
#[grad::differentiate(dual_calls)]
fn g059(
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
fn g060(b: &Array2<f64>, a: &Array2<f64>) -> f64 {
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
fn g061(b: &Array2<f64>, a: &Array2<f64>) -> f64 {
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
fn g062(w: &Array1<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
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
fn g063(d: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
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
fn g064(a: &Array2<f64>, x0: f64, u: &Array1<f64>, w: &Array1<f64>, x1: f64) -> f64 {
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
fn g065(x1: f64, x0: f64, a: &Array2<f64>) -> f64 {
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
fn g066(a: &Array2<f64>, x0: f64, d: &Array2<f64>) -> f64 {
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
fn g067(a: &Array2<f64>, x1: f64, u: &Array1<f64>) -> f64 {
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
fn g068(u: &Array1<f64>, x1: f64, a: &Array2<f64>, c: &Array2<f64>, x0: f64) -> f64 {
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
fn g069(x0: f64, c: &Array2<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
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
            &points![[-0.96], [-0.93]],
            Companions {
                f: &|p| f002(p[0]),
                grad: &|p| {
                    let (value, g0) = f002_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f002_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f002_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f002_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f002_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f003_gradient() {
        check(
            &points![
                [0.33, -1.07, 0.45, -0.42, -0.26, -1.09], [-0.59, -1.39, -1.12,
                0.84, -0.44, -1.03]
            ],
            Companions {
                f: &|p| f003(p[0], p[1], p[2], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f003_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f003_vjp(p[0], p[1], p[2], &p[3..6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f003_graph(p[0], p[1], p[2], &p[3..6]),
                names: &["x2", "x0", "x1", "xs"],
                jvp: &|p, t| f003_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f003_hvp(
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
    fn f004_gradient() {
        check(
            &points![[0.26], [-1.22]],
            Companions {
                f: &|p| f004(p[0]),
                grad: &|p| {
                    let (value, g0) = f004_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f004_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f004_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f004_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f004_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f005_gradient() {
        check(
            &points![
                [-1.2, -0.3, 0.68, -0.56, 1.02, -1.35], [0.44, 0.58, 1.25, 0.94, -0.56, -0.8]
            ],
            Companions {
                f: &|p| f005(p[0], p[1], 4, &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f005_grad(p[0], p[1], 4, &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f005_vjp(p[0], p[1], 4, &p[2..6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f005_graph(p[0], p[1], 4, &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f005_jvp(p[0], p[1], 4, &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f005_hvp(
                            p[0],
                            p[1],
                            4,
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
    fn f006_gradient() {
        check(
            &points![[1.14, -1.24], [1.29, 1.1]],
            Companions {
                f: &|p| f006(2, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f006_grad(2, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f006_vjp(2, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f006_graph(2, p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f006_jvp(2, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f006_hvp(
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
    fn f007_gradient() {
        check(
            &points![[0.34, -1.12, 0.44], [-1.18, 0.27, 1.35]],
            Companions {
                f: &|p| f007(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f007_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f007_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f007_graph(p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f007_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f007_hvp(
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
    fn f008_gradient() {
        check(
            &points![[-0.73, 0.73, -0.26], [-0.54, 0.97, 1.34]],
            Companions {
                f: &|p| f008(p[0], 2, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f008_grad(p[0], 2, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f008_vjp(p[0], 2, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f008_graph(p[0], 2, p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f008_jvp(p[0], 2, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f008_hvp(
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
    fn f009_gradient() {
        check(
            &points![
                [-1.39, -1.05, 1.03, 1.35, -0.9, -1.35, 1.33, -0.82, -1.37, 1.33,
                0.57], [-0.46, 0.68, 1.08, 1.31, 0.78, 0.32, -1.18, -0.65, 1.09, -0.47, -0.48]
            ],
            Companions {
                f: &|p| f009(p[0], &p[1..6], &p[6..10], 3, p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f009_grad(
                        p[0],
                        &p[1..6],
                        &p[6..10],
                        3,
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f009_vjp(
                        p[0],
                        &p[1..6],
                        &p[6..10],
                        3,
                        p[10],
                    );
                    let (g0, g1, g2, (), g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f009_graph(p[0], &p[1..6], &p[6..10], 3, p[10]),
                names: &["x1", "xs", "ys", "x0"],
                jvp: &|p, t| f009_jvp(
                    p[0],
                    &p[1..6],
                    &p[6..10],
                    3,
                    p[10],
                    t[0],
                    &t[1..6],
                    &t[6..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f009_hvp(
                            p[0],
                            &p[1..6],
                            &p[6..10],
                            3,
                            p[10],
                            v[0],
                            &v[1..6],
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
    fn f010_gradient() {
        check(
            &points![[0.61], [-1.33]],
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
            &points![[-0.35, -0.39, -1.03], [0.2, 0.55, -1.34]],
            Companions {
                f: &|p| f011(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f011_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f011_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f011_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f011_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f011_hvp(
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
    fn f012_gradient() {
        check(
            &points![[0.33], [0.31]],
            Companions {
                f: &|p| f012(p[0]),
                grad: &|p| {
                    let (value, g0) = f012_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f012_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f012_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f012_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f012_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f013_gradient() {
        check(
            &points![[1.25, -0.76], [-1.37, 0.32]],
            Companions {
                f: &|p| f013(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f013_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f013_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f013_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f013_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f013_hvp(
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
    fn f014_gradient() {
        check(
            &points![
                [-0.95, -1.2, 0.48, 0.64, 1.32], [1.35, -0.69, -0.72, -1.13, -1.13]
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
            &points![[-0.92, 0.86], [0.25, 0.48]],
            Companions {
                f: &|p| f015(p[0], 4, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f015_grad(p[0], 4, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f015_vjp(p[0], 4, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f015_graph(p[0], 4, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f015_jvp(p[0], 4, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f015_hvp(
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
    fn f016_gradient() {
        check(
            &points![[1.37], [-0.95]],
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
                [0.96, -0.71, -0.88, 0.97, -0.55, -0.89, 1.12, 0.7], [-0.95, -0.49,
                1.2, 0.37, 1.07, -0.49, 0.8, -1.24]
            ],
            Companions {
                f: &|p| f017(p[0], p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f017_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f017_vjp(p[0], p[1], p[2], &p[3..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f017_graph(p[0], p[1], p[2], &p[3..8]),
                names: &["x0", "x2", "x1", "xs"],
                jvp: &|p, t| f017_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f017_hvp(
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
    fn f018_gradient() {
        check(
            &points![
                [-0.43, -0.29, 0.84, 0.45, -0.38, -0.84], [-0.77, -0.66, -0.2,
                0.6, -1.28, 0.71]
            ],
            Companions {
                f: &|p| f018(p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f018_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f018_vjp(p[0], &p[1..4], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f018_graph(p[0], &p[1..4], p[4], p[5]),
                names: &["x1", "xs", "x0", "x2"],
                jvp: &|p, t| f018_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f018_hvp(
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
    fn f019_gradient() {
        check(
            &points![
                [-0.59, -0.29, 1.05, -0.63, -0.81, -0.74, 1.07, -1.28, 0.41], [-1.32, -0.6, -0.81, 0.72, -1.02, 0.64, -1.17, -0.44, -0.55]
            ],
            Companions {
                f: &|p| f019(&p[0..5], p[5], p[6], &p[7..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f019_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        &p[7..9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f019_vjp(&p[0..5], p[5], p[6], &p[7..9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f019_graph(&p[0..5], p[5], p[6], &p[7..9]),
                names: &["xs", "x1", "x0", "ys"],
                jvp: &|p, t| f019_jvp(
                    &p[0..5],
                    p[5],
                    p[6],
                    &p[7..9],
                    &t[0..5],
                    t[5],
                    t[6],
                    &t[7..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f019_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            &p[7..9],
                            &v[0..5],
                            v[5],
                            v[6],
                            &v[7..9],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f020_gradient() {
        check(
            &points![
                [1.07, 1.17, 0.51, -0.36, 0.2, -0.31, -1.29, 1.21, -0.51, 0.47], [-1.02, -0.6, 1.21, 0.46, -0.32, -0.26, -0.9, 1.32, 1.39, -0.64]
            ],
            Companions {
                f: &|p| f020(&p[0..5], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f020_grad(&p[0..5], &p[5..9], p[9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f020_vjp(&p[0..5], &p[5..9], p[9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f020_graph(&p[0..5], &p[5..9], p[9]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f020_jvp(
                    &p[0..5],
                    &p[5..9],
                    p[9],
                    &t[0..5],
                    &t[5..9],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f020_hvp(
                            &p[0..5],
                            &p[5..9],
                            p[9],
                            &v[0..5],
                            &v[5..9],
                            v[9],
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
                [-0.33, -0.57, -1.03, -0.73, -1.03, -0.83, -0.58, 1.38, 0.2,
                0.88], [0.24, 1.0, 1.24, -0.2, -0.42, -0.43, -0.5, -1.02, -1.33, -0.28]
            ],
            Companions {
                f: &|p| f021(p[0], p[1], &p[2..5], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f021_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f021_vjp(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..9],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f021_graph(p[0], p[1], &p[2..5], &p[5..9], p[9]),
                names: &["x0", "x2", "ys", "xs", "x1"],
                jvp: &|p, t| f021_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f021_hvp(
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
    fn f022_gradient() {
        check(
            &points![
                [0.53, 1.04, -0.76, 0.26, 0.44, -0.8, 1.2, 0.26, 1.07], [0.21, -1.22,
                1.24, 1.12, 1.22, -1.12, -1.2, -0.94, 1.12]
            ],
            Companions {
                f: &|p| f022(&p[0..4], p[4], &p[5..7], p[7], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f022_grad(
                        &p[0..4],
                        p[4],
                        &p[5..7],
                        p[7],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f022_vjp(
                        &p[0..4],
                        p[4],
                        &p[5..7],
                        p[7],
                        p[8],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f022_graph(&p[0..4], p[4], &p[5..7], p[7], p[8]),
                names: &["xs", "x0", "ys", "x2", "x1"],
                jvp: &|p, t| f022_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..7],
                    p[7],
                    p[8],
                    &t[0..4],
                    t[4],
                    &t[5..7],
                    t[7],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f022_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..7],
                            p[7],
                            p[8],
                            &v[0..4],
                            v[4],
                            &v[5..7],
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
    fn f023_gradient() {
        check(
            &points![[-1.16, 1.11, -0.87, -0.71], [0.23, 0.21, -0.22, -0.34]],
            Companions {
                f: &|p| f023(&p[0..3], p[3], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f023_grad(&p[0..3], p[3], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f023_vjp(&p[0..3], p[3], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f023_graph(&p[0..3], p[3], 3),
                names: &["xs", "x0"],
                jvp: &|p, t| f023_jvp(&p[0..3], p[3], 3, &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f023_hvp(
                            &p[0..3],
                            p[3],
                            3,
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
    fn f024_gradient() {
        check(
            &points![
                [1.14, 0.33, -0.57, -0.6, 0.41, 0.48], [-1.35, 0.48, -0.71, -1.02, -0.41, 0.87]
            ],
            Companions {
                f: &|p| f024(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f024_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f024_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f024_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f024_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f024_hvp(
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
    fn f025_gradient() {
        check(
            &points![
                [-0.34, 0.43, -1.09, 1.09, -0.68, -1.1, -1.2, 0.56, -1.1], [1.21, -0.53, 0.26, 1.38, -0.21, -0.55, -0.29, 0.23, -0.41]
            ],
            Companions {
                f: &|p| f025(p[0], &p[1..4], &p[4..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f025_grad(p[0], &p[1..4], &p[4..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f025_vjp(p[0], &p[1..4], &p[4..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f025_graph(p[0], &p[1..4], &p[4..9]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f025_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..9],
                    t[0],
                    &t[1..4],
                    &t[4..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f025_hvp(
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
    fn f026_gradient() {
        check(
            &points![
                [1.23, -1.36, -1.3, -0.32, 0.51, 0.29, 1.38, -0.43], [0.24, 1.18,
                0.89, -0.51, -0.22, 0.82, 1.39, 0.89]
            ],
            Companions {
                f: &|p| f026(&p[0..5], p[5], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f026_grad(
                        &p[0..5],
                        p[5],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f026_vjp(&p[0..5], p[5], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f026_graph(&p[0..5], p[5], p[6], p[7]),
                names: &["xs", "x0", "x1", "x2"],
                jvp: &|p, t| f026_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f026_hvp(
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
    fn f027_gradient() {
        check(
            &points![
                [1.09, 0.72, 0.68, 1.05, -1.06, 0.54, -0.53], [0.39, -0.49, -1.35, -0.9, -1.02, 1.21, 1.06]
            ],
            Companions {
                f: &|p| f027(p[0], 3, p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f027_grad(p[0], 3, p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f027_vjp(p[0], 3, p[1], &p[2..7]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f027_graph(p[0], 3, p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f027_jvp(p[0], 3, p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f027_hvp(
                            p[0],
                            3,
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
    fn f028_gradient() {
        check(
            &points![
                [-0.61, -0.97, 0.75, 0.75, 0.36, -0.2], [-1.36, 0.36, -0.33, 0.29, -1.35, -1.19]
            ],
            Companions {
                f: &|p| f028(p[0], &p[1..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f028_grad(p[0], &p[1..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f028_vjp(p[0], &p[1..5], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f028_graph(p[0], &p[1..5], p[5]),
                names: &["x1", "xs", "x0"],
                jvp: &|p, t| f028_jvp(p[0], &p[1..5], p[5], t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f028_hvp(
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
    fn f029_gradient() {
        check(
            &points![
                [-1.3, 1.03, 0.52, -0.81, -0.98, 0.35, -0.34], [-0.58, -0.95, -1.18, 0.64, 0.71, 0.75, 1.26]
            ],
            Companions {
                f: &|p| f029(p[0], &p[1..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f029_grad(p[0], &p[1..6], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f029_vjp(p[0], &p[1..6], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f029_graph(p[0], &p[1..6], p[6]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f029_jvp(p[0], &p[1..6], p[6], t[0], &t[1..6], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f029_hvp(
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
    fn f030_gradient() {
        check(
            &points![
                [1.24, 0.93, 0.41, -0.37, -0.78, 1.36, 1.09], [-0.88, 1.21, 1.27, -0.25, -0.38, -1.07, -0.36]
            ],
            Companions {
                f: &|p| f030(p[0], p[1], &p[2..5], &p[5..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f030_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        &p[5..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f030_vjp(p[0], p[1], &p[2..5], &p[5..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f030_graph(p[0], p[1], &p[2..5], &p[5..7]),
                names: &["x1", "x0", "xs", "ys"],
                jvp: &|p, t| f030_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    &p[5..7],
                    t[0],
                    t[1],
                    &t[2..5],
                    &t[5..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f030_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            &p[5..7],
                            v[0],
                            v[1],
                            &v[2..5],
                            &v[5..7],
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
            &points![[1.34], [1.16]],
            Companions {
                f: &|p| f031(p[0], 4),
                grad: &|p| {
                    let (value, g0) = f031_grad(p[0], 4);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f031_vjp(p[0], 4);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f031_graph(p[0], 4),
                names: &["x0"],
                jvp: &|p, t| f031_jvp(p[0], 4, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f031_hvp(p[0], 4, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f032_gradient() {
        check(
            &points![
                [-0.72, -0.21, -0.24, -0.68, -0.54], [0.27, -0.68, 0.78, 1.19,
                0.45]
            ],
            Companions {
                f: &|p| f032(p[0], 3, &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f032_grad(p[0], 3, &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f032_vjp(p[0], 3, &p[1..5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f032_graph(p[0], 3, &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f032_jvp(p[0], 3, &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f032_hvp(
                            p[0],
                            3,
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
    fn f033_gradient() {
        check(
            &points![
                [-0.9, 0.75, 1.35, -0.6, -0.24, 0.32, 1.24], [0.93, 0.63, -0.58, -1.27, 0.92, 0.54, 0.65]
            ],
            Companions {
                f: &|p| f033(&p[0..4], p[4], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f033_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f033_vjp(&p[0..4], p[4], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f033_graph(&p[0..4], p[4], p[5], p[6]),
                names: &["xs", "x0", "x2", "x1"],
                jvp: &|p, t| f033_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f033_hvp(
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
    fn f034_gradient() {
        check(
            &points![[0.85, -0.32], [1.16, 0.32]],
            Companions {
                f: &|p| f034(p[0], 3, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f034_grad(p[0], 3, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f034_vjp(p[0], 3, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f034_graph(p[0], 3, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f034_jvp(p[0], 3, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f034_hvp(
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
    fn f035_gradient() {
        check(
            &points![
                [-0.91, 0.36, 0.68, 1.27, -0.52, 0.63, -0.62, 1.21], [-1.37, -0.61,
                0.61, -0.21, -0.26, -1.3, -0.65, 0.98]
            ],
            Companions {
                f: &|p| f035(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f035_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f035_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f035_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x2", "xs", "x0", "x1"],
                jvp: &|p, t| f035_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f035_hvp(
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
    fn f036_gradient() {
        check(
            &points![[-1.37], [-1.23]],
            Companions {
                f: &|p| f036(p[0]),
                grad: &|p| {
                    let (value, g0) = f036_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f036_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f036_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f036_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f036_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f037_gradient() {
        check(
            &points![[0.49], [1.37]],
            Companions {
                f: &|p| f037(p[0]),
                grad: &|p| {
                    let (value, g0) = f037_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f037_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f037_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f037_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f037_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f038_gradient() {
        check(
            &points![
                [-0.56, 0.35, 1.39, -0.53, 0.77, -0.7, -1.36, 1.32, 0.66], [0.92,
                1.35, -1.35, -0.58, 0.53, 1.13, 0.9, -0.65, -0.66]
            ],
            Companions {
                f: &|p| f038(&p[0..3], p[3], &p[4..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f038_grad(&p[0..3], p[3], &p[4..9]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f038_vjp(&p[0..3], p[3], &p[4..9]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f038_graph(&p[0..3], p[3], &p[4..9]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f038_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..9],
                    &t[0..3],
                    t[3],
                    &t[4..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f038_hvp(
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
    fn f039_gradient() {
        check(
            &points![[-1.18, 0.78], [-0.6, -0.64]],
            Companions {
                f: &|p| f039(3, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f039_grad(3, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f039_vjp(3, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f039_graph(3, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f039_jvp(3, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f039_hvp(
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
    fn f040_gradient() {
        check(
            &points![
                [-1.13, -1.18, 0.25, 0.49, -1.05, 0.82, 0.32], [-0.65, -0.91, 1.11,
                -0.5, 0.7, -0.29, 0.35]
            ],
            Companions {
                f: &|p| f040(&p[0..3], &p[3..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f040_grad(
                        &p[0..3],
                        &p[3..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f040_vjp(&p[0..3], &p[3..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f040_graph(&p[0..3], &p[3..5], p[5], p[6]),
                names: &["xs", "ys", "x1", "x0"],
                jvp: &|p, t| f040_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f040_hvp(
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
    fn f041_gradient() {
        check(
            &points![
                [0.29, 1.08, 1.07, 0.45, -1.02, 0.81, 0.93, -0.38, 0.94, 0.83], [0.46,
                0.56, -0.2, 1.02, 0.21, 0.67, -0.38, -0.73, -1.02, 0.91]
            ],
            Companions {
                f: &|p| f041(p[0], &p[1..4], p[4], &p[5..9], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f041_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..9],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f041_vjp(
                        p[0],
                        &p[1..4],
                        p[4],
                        &p[5..9],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f041_graph(p[0], &p[1..4], p[4], &p[5..9], p[9]),
                names: &["x0", "xs", "x2", "ys", "x1"],
                jvp: &|p, t| f041_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f041_hvp(
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
    fn f042_gradient() {
        check(
            &points![
                [1.21, -0.68, -0.31, 0.51, -1.02, -1.21, -1.37, -1.24], [0.71,
                1.24, 1.19, 0.64, 0.8, -0.38, 0.47, -0.56]
            ],
            Companions {
                f: &|p| f042(&p[0..2], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f042_grad(&p[0..2], p[2], &p[3..8]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f042_vjp(&p[0..2], p[2], &p[3..8]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f042_graph(&p[0..2], p[2], &p[3..8]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f042_jvp(
                    &p[0..2],
                    p[2],
                    &p[3..8],
                    &t[0..2],
                    t[2],
                    &t[3..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f042_hvp(
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
    fn f043_gradient() {
        check(
            &points![[1.33, 0.36, -0.99], [0.93, -0.4, 0.65]],
            Companions {
                f: &|p| f043(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f043_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f043_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f043_graph(p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f043_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f043_hvp(
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
    fn f044_gradient() {
        check(
            &points![
                [-0.22, 0.6, -1.01, -1.01, 0.58, -0.63, -1.05], [-0.74, 1.03, -1.29, 0.6, 0.39, 0.28, 1.24]
            ],
            Companions {
                f: &|p| f044(&p[0..4], &p[4..6], p[6], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f044_grad(&p[0..4], &p[4..6], p[6], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f044_vjp(&p[0..4], &p[4..6], p[6], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f044_graph(&p[0..4], &p[4..6], p[6], 3),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f044_jvp(
                    &p[0..4],
                    &p[4..6],
                    p[6],
                    3,
                    &t[0..4],
                    &t[4..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f044_hvp(
                            &p[0..4],
                            &p[4..6],
                            p[6],
                            3,
                            &v[0..4],
                            &v[4..6],
                            v[6],
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
            &points![
                [0.92, -0.75, 0.99, -0.67, 1.15, -0.35, -0.74, -1.09, -0.69], [-0.41, -0.89, -1.1, -0.94, -1.37, 0.85, -0.97, -1.03, -0.5]
            ],
            Companions {
                f: &|p| f045(p[0], &p[1..5], p[5], &p[6..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f045_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        &p[6..8],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f045_vjp(
                        p[0],
                        &p[1..5],
                        p[5],
                        &p[6..8],
                        p[8],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f045_graph(p[0], &p[1..5], p[5], &p[6..8], p[8]),
                names: &["x0", "xs", "x2", "ys", "x1"],
                jvp: &|p, t| f045_jvp(
                    p[0],
                    &p[1..5],
                    p[5],
                    &p[6..8],
                    p[8],
                    t[0],
                    &t[1..5],
                    t[5],
                    &t[6..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f045_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            &p[6..8],
                            p[8],
                            v[0],
                            &v[1..5],
                            v[5],
                            &v[6..8],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f046_gradient() {
        check(
            &points![
                [-1.32, 0.5, 0.95, 0.28, -0.48], [0.68, -0.93, 1.05, -0.46, 1.34]
            ],
            Companions {
                f: &|p| f046(p[0], &p[1..4], 2, p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f046_grad(p[0], &p[1..4], 2, p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f046_vjp(p[0], &p[1..4], 2, p[4]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f046_graph(p[0], &p[1..4], 2, p[4]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f046_jvp(p[0], &p[1..4], 2, p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f046_hvp(
                            p[0],
                            &p[1..4],
                            2,
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
    fn f047_gradient() {
        check(
            &points![[-0.5, 0.7, 1.34, 0.49], [-0.92, -0.77, -0.62, -0.42]],
            Companions {
                f: &|p| f047(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f047_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f047_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f047_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f047_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f047_hvp(
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
    fn f048_gradient() {
        check(
            &points![[0.92, -0.7], [-0.91, -1.09]],
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
                names: &["x0", "x1"],
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
                [-0.78, -0.77, 1.0, -1.19, -0.31, 0.85, -0.43], [0.88, -0.4, 0.25,
                -0.36, -0.24, 0.33, -0.37]
            ],
            Companions {
                f: &|p| f049(p[0], &p[1..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f049_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f049_vjp(p[0], &p[1..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f049_graph(p[0], &p[1..5], p[5], p[6]),
                names: &["x1", "xs", "x2", "x0"],
                jvp: &|p, t| f049_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f049_hvp(
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
    fn f050_gradient() {
        check(
            &points![
                [-0.26, -1.4, -0.52, 0.46, 0.94], [-0.32, -1.0, 0.54, 0.82, -0.56]
            ],
            Companions {
                f: &|p| f050(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f050_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f050_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f050_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f050_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f050_hvp(
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
    fn f051_gradient() {
        check(
            &points![
                [-1.25, 0.35, -1.4, -0.74, -0.8, -0.49], [0.72, -1.3, 1.38, -0.99,
                -0.2, 0.94]
            ],
            Companions {
                f: &|p| f051(p[0], &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f051_grad(p[0], &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f051_vjp(p[0], &p[1..6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f051_graph(p[0], &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f051_jvp(p[0], &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f051_hvp(
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
    fn f052_gradient() {
        check(
            &points![[1.32, 0.92, -0.4], [-0.52, 0.82, -0.99]],
            Companions {
                f: &|p| f052(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f052_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f052_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f052_graph(p[0], p[1], p[2]),
                names: &["x1", "x2", "x0"],
                jvp: &|p, t| f052_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f052_hvp(
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
    fn f053_gradient() {
        check(
            &points![
                [-1.01, 0.34, 0.5, -1.09, -1.3, -0.72, -1.27], [-1.33, -0.7, -0.99, 1.28, 1.16, -0.57, 1.07]
            ],
            Companions {
                f: &|p| f053(&p[0..3], p[3], &p[4..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f053_grad(
                        &p[0..3],
                        p[3],
                        &p[4..6],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f053_vjp(&p[0..3], p[3], &p[4..6], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f053_graph(&p[0..3], p[3], &p[4..6], p[6]),
                names: &["xs", "x0", "ys", "x1"],
                jvp: &|p, t| f053_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..6],
                    p[6],
                    &t[0..3],
                    t[3],
                    &t[4..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f053_hvp(
                            &p[0..3],
                            p[3],
                            &p[4..6],
                            p[6],
                            &v[0..3],
                            v[3],
                            &v[4..6],
                            v[6],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f054_gradient() {
        check(
            &points![[1.09], [-1.03]],
            Companions {
                f: &|p| f054(3, p[0]),
                grad: &|p| {
                    let (value, g0) = f054_grad(3, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f054_vjp(3, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f054_graph(3, p[0]),
                names: &["x0"],
                jvp: &|p, t| f054_jvp(3, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f054_hvp(3, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f055_gradient() {
        check(
            &points![
                [-1.11, 1.29, -0.86, -0.57, -0.47, 1.19, 0.9, 0.3, 0.57], [-0.8,
                0.61, -0.81, 1.39, 0.51, -1.33, 0.86, 1.23, -0.59]
            ],
            Companions {
                f: &|p| f055(&p[0..4], p[4], &p[5..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f055_grad(
                        &p[0..4],
                        p[4],
                        &p[5..8],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f055_vjp(&p[0..4], p[4], &p[5..8], p[8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f055_graph(&p[0..4], p[4], &p[5..8], p[8]),
                names: &["xs", "x0", "ys", "x1"],
                jvp: &|p, t| f055_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..8],
                    p[8],
                    &t[0..4],
                    t[4],
                    &t[5..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f055_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..8],
                            p[8],
                            &v[0..4],
                            v[4],
                            &v[5..8],
                            v[8],
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
                [-0.84, 1.33, -1.04, -1.22, -0.59, -1.13], [-0.81, -0.93, -0.38,
                -0.83, 0.58, 1.13]
            ],
            Companions {
                f: &|p| f056(p[0], p[1], &p[2..5], p[5], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f056_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                        2,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f056_vjp(p[0], p[1], &p[2..5], p[5], 2);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f056_graph(p[0], p[1], &p[2..5], p[5], 2),
                names: &["x0", "x2", "xs", "x1"],
                jvp: &|p, t| f056_jvp(
                    p[0],
                    p[1],
                    &p[2..5],
                    p[5],
                    2,
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f056_hvp(
                            p[0],
                            p[1],
                            &p[2..5],
                            p[5],
                            2,
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
    fn f057_gradient() {
        check(
            &points![
                [0.92, -1.4, -0.47, -0.29, -0.48, 0.35], [0.95, -1.16, -0.65, 1.34,
                0.85, -0.91]
            ],
            Companions {
                f: &|p| f057(p[0], p[1], 2, &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f057_grad(p[0], p[1], 2, &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f057_vjp(p[0], p[1], 2, &p[2..6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f057_graph(p[0], p[1], 2, &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f057_jvp(p[0], p[1], 2, &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f057_hvp(
                            p[0],
                            p[1],
                            2,
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
    fn f058_gradient() {
        check(
            &points![
                [-0.77, -1.32, -0.87, 0.87, 0.88], [-0.73, 1.13, -0.29, 1.0, 1.35]
            ],
            Companions {
                f: &|p| f058(p[0], 4, p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f058_grad(p[0], 4, p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f058_vjp(p[0], 4, p[1], &p[2..5]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f058_graph(p[0], 4, p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f058_jvp(p[0], 4, p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f058_hvp(
                            p[0],
                            4,
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
    fn f059_gradient() {
        check(
            &points![
                [0.49, -0.7, 1.1, 0.33, -0.94, -0.97, 1.26], [1.09, -0.63, 1.39, 1.0,
                0.49, 1.23, -0.75]
            ],
            Companions {
                f: &|p| f059(4, p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f059_grad(4, p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f059_vjp(4, p[0], p[1], &p[2..7]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f059_graph(4, p[0], p[1], &p[2..7]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f059_jvp(4, p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f059_hvp(
                            4,
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
    fn f060_gradient() {
        check(
            &points![
                [0.21, -0.33, -0.72, 0.35, -1.35, 0.73, 0.59], [-0.31, -1.05, 0.24,
                -1.1, -0.86, 0.51, 0.54]
            ],
            Companions {
                f: &|p| f060(2, p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f060_grad(2, p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f060_vjp(2, p[0], p[1], &p[2..7]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f060_graph(2, p[0], p[1], &p[2..7]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f060_jvp(2, p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f060_hvp(
                            2,
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
    fn f061_gradient() {
        check(
            &points![[-1.36, -0.34, -0.64], [0.73, 0.9, -1.33]],
            Companions {
                f: &|p| f061(p[0], p[1], p[2], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f061_grad(p[0], p[1], p[2], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f061_vjp(p[0], p[1], p[2], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f061_graph(p[0], p[1], p[2], 2),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f061_jvp(p[0], p[1], p[2], 2, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f061_hvp(
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
    fn f062_gradient() {
        check(
            &points![[1.17, -1.23, 1.08], [0.75, 1.12, 0.64]],
            Companions {
                f: &|p| f062(p[0], p[1], p[2], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f062_grad(p[0], p[1], p[2], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f062_vjp(p[0], p[1], p[2], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f062_graph(p[0], p[1], p[2], 2),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f062_jvp(p[0], p[1], p[2], 2, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f062_hvp(
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
    fn f063_gradient() {
        check(
            &points![[1.19, 0.83], [-1.22, 1.19]],
            Companions {
                f: &|p| f063(p[0], p[1], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f063_grad(p[0], p[1], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f063_vjp(p[0], p[1], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f063_graph(p[0], p[1], 3),
                names: &["x1", "x0"],
                jvp: &|p, t| f063_jvp(p[0], p[1], 3, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f063_hvp(
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
    fn f064_gradient() {
        check(
            &points![
                [-0.22, -0.52, -1.37, 1.15, 1.2, -0.93], [-1.24, 0.66, -0.93, -1.05, 0.42, 0.36]
            ],
            Companions {
                f: &|p| f064(p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f064_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f064_vjp(p[0], &p[1..4], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f064_graph(p[0], &p[1..4], p[4], p[5]),
                names: &["x2", "xs", "x1", "x0"],
                jvp: &|p, t| f064_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f064_hvp(
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
    fn f065_gradient() {
        check(
            &points![
                [-0.66, 0.68, 0.68, -1.0, 1.05, 0.24, -1.15], [-0.5, -0.54, -0.83,
                -0.74, -1.23, -0.84, 0.84]
            ],
            Companions {
                f: &|p| f065(p[0], &p[1..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f065_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f065_vjp(p[0], &p[1..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f065_graph(p[0], &p[1..5], p[5], p[6]),
                names: &["x1", "xs", "x2", "x0"],
                jvp: &|p, t| f065_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f065_hvp(
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
    fn f066_gradient() {
        check(
            &points![
                [-0.79, 0.22, -0.51, -1.11, -1.29, -0.44, -1.27], [-0.5, 0.8, -0.8, 1.04, 0.95, 0.47, 0.81]
            ],
            Companions {
                f: &|p| f066(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f066_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f066_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f066_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f066_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f066_hvp(
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
    fn f067_gradient() {
        check(
            &points![[-0.82, 1.17, -0.27], [-0.82, -0.66, 0.58]],
            Companions {
                f: &|p| f067(p[0], p[1], 4, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f067_grad(p[0], p[1], 4, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f067_vjp(p[0], p[1], 4, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f067_graph(p[0], p[1], 4, p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f067_jvp(p[0], p[1], 4, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f067_hvp(
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
    fn f068_gradient() {
        check(
            &points![
                [0.47, -1.26, -0.43, 1.13, -0.53, 0.73, -1.36], [-0.96, 1.02, -1.29, 0.28, -0.93, 0.86, 0.92]
            ],
            Companions {
                f: &|p| f068(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f068_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f068_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f068_graph(p[0], p[1], &p[2..7]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f068_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f068_hvp(
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
    fn f069_gradient() {
        check(
            &points![[0.99, 0.8, 0.26, -0.3, 0.4], [0.96, 0.68, 0.96, 0.98, -0.3]],
            Companions {
                f: &|p| f069(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f069_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f069_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f069_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f069_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f069_hvp(
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
    fn f070_gradient() {
        check(
            &points![[-0.75], [-1.29]],
            Companions {
                f: &|p| f070(p[0]),
                grad: &|p| {
                    let (value, g0) = f070_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f070_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f070_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f070_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f070_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f071_gradient() {
        check(
            &points![[0.47, 0.63, 0.28], [-0.8, 0.79, 0.29]],
            Companions {
                f: &|p| f071(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f071_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f071_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f071_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f071_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f071_hvp(
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
    fn f072_gradient() {
        check(
            &points![
                [0.41, 0.21, 0.51, -0.23, 0.9, -0.64, -1.05, -0.26, -1.02], [-0.39,
                -1.36, 0.97, 0.83, 0.23, -0.39, 0.49, -0.57, 0.89]
            ],
            Companions {
                f: &|p| f072(p[0], &p[1..4], &p[4..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f072_grad(
                        p[0],
                        &p[1..4],
                        &p[4..8],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f072_vjp(p[0], &p[1..4], &p[4..8], p[8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f072_graph(p[0], &p[1..4], &p[4..8], p[8]),
                names: &["x1", "ys", "xs", "x0"],
                jvp: &|p, t| f072_jvp(
                    p[0],
                    &p[1..4],
                    &p[4..8],
                    p[8],
                    t[0],
                    &t[1..4],
                    &t[4..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f072_hvp(
                            p[0],
                            &p[1..4],
                            &p[4..8],
                            p[8],
                            v[0],
                            &v[1..4],
                            &v[4..8],
                            v[8],
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
                [-0.23, -1.05, -1.33, -1.19, -0.38, 0.87], [-0.54, 0.5, -0.62,
                0.76, -0.5, 1.35]
            ],
            Companions {
                f: &|p| f073(&p[0..3], p[3], &p[4..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f073_grad(&p[0..3], p[3], &p[4..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f073_vjp(&p[0..3], p[3], &p[4..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f073_graph(&p[0..3], p[3], &p[4..6]),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f073_jvp(
                    &p[0..3],
                    p[3],
                    &p[4..6],
                    &t[0..3],
                    t[3],
                    &t[4..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f073_hvp(
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
    fn f074_gradient() {
        check(
            &points![
                [0.95, -0.51, 0.34, 1.34, -0.76, 1.29, -0.83, 0.86], [-0.76, -1.15,
                0.69, -0.33, 0.94, -1.14, -0.59, -0.21]
            ],
            Companions {
                f: &|p| f074(&p[0..3], &p[3..6], p[6], p[7], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f074_grad(
                        &p[0..3],
                        &p[3..6],
                        p[6],
                        p[7],
                        3,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f074_vjp(&p[0..3], &p[3..6], p[6], p[7], 3);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f074_graph(&p[0..3], &p[3..6], p[6], p[7], 3),
                names: &["xs", "ys", "x0", "x1"],
                jvp: &|p, t| f074_jvp(
                    &p[0..3],
                    &p[3..6],
                    p[6],
                    p[7],
                    3,
                    &t[0..3],
                    &t[3..6],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f074_hvp(
                            &p[0..3],
                            &p[3..6],
                            p[6],
                            p[7],
                            3,
                            &v[0..3],
                            &v[3..6],
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
    fn f075_gradient() {
        check(
            &points![[-1.32, 0.88, 0.28], [-0.93, 0.5, 0.68]],
            Companions {
                f: &|p| f075(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f075_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f075_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f075_graph(p[0], p[1], p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f075_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f075_hvp(
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
    fn f076_gradient() {
        check(
            &points![
                [0.67, -0.84, -1.1, -1.24, 0.5, 1.06], [-1.03, 1.26, 0.59, -1.06, -1.26, 0.33]
            ],
            Companions {
                f: &|p| f076(&p[0..3], &p[3..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f076_grad(&p[0..3], &p[3..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f076_vjp(&p[0..3], &p[3..5], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f076_graph(&p[0..3], &p[3..5], p[5]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f076_jvp(
                    &p[0..3],
                    &p[3..5],
                    p[5],
                    &t[0..3],
                    &t[3..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f076_hvp(
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
    fn f077_gradient() {
        check(
            &points![[-0.88, -0.21], [0.72, -0.44]],
            Companions {
                f: &|p| f077(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f077_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f077_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f077_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f077_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f077_hvp(
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
    fn f078_gradient() {
        check(
            &points![
                [-0.94, 1.24, -0.28, 0.5, -1.07, -1.27, -1.14, -0.21, 0.55], [-0.25, -1.38, -0.96, 0.51, -0.77, -1.18, -0.47, -0.8, 1.09]
            ],
            Companions {
                f: &|p| f078(&p[0..3], &p[3..7], p[7], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f078_grad(
                        &p[0..3],
                        &p[3..7],
                        p[7],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f078_vjp(&p[0..3], &p[3..7], p[7], p[8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f078_graph(&p[0..3], &p[3..7], p[7], p[8]),
                names: &["ys", "xs", "x1", "x0"],
                jvp: &|p, t| f078_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f078_hvp(
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
    fn f079_gradient() {
        check(
            &points![
                [0.43, -0.65, -0.29, -0.9, -0.71], [0.24, -0.78, -1.34, -1.3, -0.81]
            ],
            Companions {
                f: &|p| f079(2, &p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f079_grad(2, &p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f079_vjp(2, &p[0..4], p[4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f079_graph(2, &p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f079_jvp(2, &p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f079_hvp(
                            2,
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
    fn f080_gradient() {
        check(
            &points![
                [0.69, 0.89, 0.98, -1.09, -1.26, 0.26, 0.36, -0.88], [-0.77, -1.21,
                1.1, 0.48, 0.38, 1.01, -0.37, -0.61]
            ],
            Companions {
                f: &|p| f080(p[0], p[1], &p[2..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f080_grad(
                        p[0],
                        p[1],
                        &p[2..7],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f080_vjp(p[0], p[1], &p[2..7], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f080_graph(p[0], p[1], &p[2..7], p[7]),
                names: &["x0", "x1", "xs", "x2"],
                jvp: &|p, t| f080_jvp(
                    p[0],
                    p[1],
                    &p[2..7],
                    p[7],
                    t[0],
                    t[1],
                    &t[2..7],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f080_hvp(
                            p[0],
                            p[1],
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
    fn f081_gradient() {
        check(
            &points![
                [0.92, 1.0, -0.41, -1.03, 0.3, -1.17, 0.3], [-1.23, 1.29, 0.56, -0.96, 0.94, 0.64, -0.75]
            ],
            Companions {
                f: &|p| f081(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f081_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f081_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f081_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["x2", "x1", "x0", "xs"],
                jvp: &|p, t| f081_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f081_hvp(
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
    fn f082_gradient() {
        check(
            &points![[-0.84, -0.54], [1.26, -0.74]],
            Companions {
                f: &|p| f082(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f082_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f082_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f082_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f082_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f082_hvp(
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
    fn f083_gradient() {
        check(
            &points![[-0.26, 0.23], [-0.39, 0.72]],
            Companions {
                f: &|p| f083(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f083_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f083_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f083_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f083_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f083_hvp(
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
    fn f084_gradient() {
        check(
            &points![
                [-1.3, 0.71, 0.54, 0.23, 0.35, -1.07], [-0.94, -1.35, -0.26, 1.13,
                1.12, 1.3]
            ],
            Companions {
                f: &|p| f084(&p[0..3], p[3], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f084_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f084_vjp(&p[0..3], p[3], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f084_graph(&p[0..3], p[3], p[4], p[5]),
                names: &["xs", "x2", "x1", "x0"],
                jvp: &|p, t| f084_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f084_hvp(
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
    fn f085_gradient() {
        check(
            &points![[1.25], [0.31]],
            Companions {
                f: &|p| f085(2, p[0]),
                grad: &|p| {
                    let (value, g0) = f085_grad(2, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f085_vjp(2, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f085_graph(2, p[0]),
                names: &["x0"],
                jvp: &|p, t| f085_jvp(2, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f085_hvp(2, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f086_gradient() {
        check(
            &points![[1.0, -0.36, 1.29, 0.24, -1.25], [-1.06, -0.92, 0.8, 0.9, 0.6]],
            Companions {
                f: &|p| f086(&p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f086_grad(&p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f086_vjp(&p[0..3], p[3], p[4]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f086_graph(&p[0..3], p[3], p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f086_jvp(&p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f086_hvp(
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
    fn f087_gradient() {
        check(
            &points![
                [1.12, 0.21, -1.3, -0.68, -0.46, 0.55, -0.85, -0.46, -1.34], [-0.27, 0.81, -1.14, -0.79, 0.48, 1.32, -1.2, 0.4, -0.95]
            ],
            Companions {
                f: &|p| f087(&p[0..3], p[3], p[4], p[5], &p[6..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f087_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                        &p[6..9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f087_vjp(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                        &p[6..9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f087_graph(&p[0..3], p[3], p[4], p[5], &p[6..9]),
                names: &["xs", "x1", "x2", "x0", "ys"],
                jvp: &|p, t| f087_jvp(
                    &p[0..3],
                    p[3],
                    p[4],
                    p[5],
                    &p[6..9],
                    &t[0..3],
                    t[3],
                    t[4],
                    t[5],
                    &t[6..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f087_hvp(
                            &p[0..3],
                            p[3],
                            p[4],
                            p[5],
                            &p[6..9],
                            &v[0..3],
                            v[3],
                            v[4],
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
    fn f088_gradient() {
        check(
            &points![
                [-1.03, 1.03, 0.29, 0.21, -0.49, -0.5, 0.21], [1.31, 0.2, -1.38, -0.9, -1.07, -1.14, -1.01]
            ],
            Companions {
                f: &|p| f088(&p[0..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f088_grad(&p[0..5], p[5], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f088_vjp(&p[0..5], p[5], p[6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f088_graph(&p[0..5], p[5], p[6]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f088_jvp(&p[0..5], p[5], p[6], &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f088_hvp(
                            &p[0..5],
                            p[5],
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
    fn f089_gradient() {
        check(
            &points![[1.08, 0.75, 0.89], [-0.65, 0.89, 1.19]],
            Companions {
                f: &|p| f089(p[0], p[1], 4, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f089_grad(p[0], p[1], 4, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f089_vjp(p[0], p[1], 4, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f089_graph(p[0], p[1], 4, p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f089_jvp(p[0], p[1], 4, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f089_hvp(
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
    fn f090_gradient() {
        check(
            &points![
                [-1.12, -0.46, -0.56, -1.04, -0.44, 0.57, -1.24, -0.72], [-1.32,
                0.66, 1.23, -0.55, -0.49, -0.52, 0.75, -1.09]
            ],
            Companions {
                f: &|p| f090(p[0], &p[1..5], p[5], &p[6..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f090_grad(
                        p[0],
                        &p[1..5],
                        p[5],
                        &p[6..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f090_vjp(p[0], &p[1..5], p[5], &p[6..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f090_graph(p[0], &p[1..5], p[5], &p[6..8]),
                names: &["x1", "xs", "x0", "ys"],
                jvp: &|p, t| f090_jvp(
                    p[0],
                    &p[1..5],
                    p[5],
                    &p[6..8],
                    t[0],
                    &t[1..5],
                    t[5],
                    &t[6..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f090_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            &p[6..8],
                            v[0],
                            &v[1..5],
                            v[5],
                            &v[6..8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f091_gradient() {
        check(
            &points![
                [-1.36, -1.38, 1.26, -0.5, -1.18, -1.17, 1.29, 1.11], [-0.72, 0.67,
                1.13, 1.3, -0.45, 0.81, 0.82, 1.01]
            ],
            Companions {
                f: &|p| f091(p[0], p[1], &p[2..4], &p[4..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f091_grad(
                        p[0],
                        p[1],
                        &p[2..4],
                        &p[4..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f091_vjp(p[0], p[1], &p[2..4], &p[4..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f091_graph(p[0], p[1], &p[2..4], &p[4..8]),
                names: &["x1", "x0", "ys", "xs"],
                jvp: &|p, t| f091_jvp(
                    p[0],
                    p[1],
                    &p[2..4],
                    &p[4..8],
                    t[0],
                    t[1],
                    &t[2..4],
                    &t[4..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f091_hvp(
                            p[0],
                            p[1],
                            &p[2..4],
                            &p[4..8],
                            v[0],
                            v[1],
                            &v[2..4],
                            &v[4..8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f092_gradient() {
        check(
            &points![
                [0.98, 0.27, 1.34, 0.49, 0.55, 0.96, 1.32, -0.58, -0.87, 0.22, -0.47],
                [-1.19, -0.58, 1.06, 0.37, -0.55, 0.83, -0.89, -0.92, 1.15, 1.21,
                1.3]
            ],
            Companions {
                f: &|p| f092(&p[0..4], &p[4..9], p[9], p[10], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f092_grad(
                        &p[0..4],
                        &p[4..9],
                        p[9],
                        p[10],
                        3,
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f092_vjp(&p[0..4], &p[4..9], p[9], p[10], 3);
                    let (g0, g1, g2, g3, ()) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f092_graph(&p[0..4], &p[4..9], p[9], p[10], 3),
                names: &["ys", "xs", "x0", "x1"],
                jvp: &|p, t| f092_jvp(
                    &p[0..4],
                    &p[4..9],
                    p[9],
                    p[10],
                    3,
                    &t[0..4],
                    &t[4..9],
                    t[9],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f092_hvp(
                            &p[0..4],
                            &p[4..9],
                            p[9],
                            p[10],
                            3,
                            &v[0..4],
                            &v[4..9],
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
    fn f093_gradient() {
        check(
            &points![[-0.57, -0.76, -0.27], [0.51, 0.97, 1.17]],
            Companions {
                f: &|p| f093(p[0], p[1], 3, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f093_grad(p[0], p[1], 3, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f093_vjp(p[0], p[1], 3, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f093_graph(p[0], p[1], 3, p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f093_jvp(p[0], p[1], 3, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f093_hvp(
                            p[0],
                            p[1],
                            3,
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
    fn f094_gradient() {
        check(
            &points![[-0.75, -0.96], [0.7, 0.87]],
            Companions {
                f: &|p| f094(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f094_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f094_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f094_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f094_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f094_hvp(
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
    fn f095_gradient() {
        check(
            &points![
                [-0.56, 1.15, 0.59, 0.35, -0.96, 0.94, 1.21, 1.27, 0.24, 1.08], [0.36,
                -1.39, -0.43, 1.34, 1.15, -1.31, -0.94, -0.58, -0.75, -1.27]
            ],
            Companions {
                f: &|p| f095(&p[0..2], &p[2..7], p[7], p[8], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f095_grad(
                        &p[0..2],
                        &p[2..7],
                        p[7],
                        p[8],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f095_vjp(
                        &p[0..2],
                        &p[2..7],
                        p[7],
                        p[8],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f095_graph(&p[0..2], &p[2..7], p[7], p[8], p[9]),
                names: &["ys", "xs", "x0", "x1", "x2"],
                jvp: &|p, t| f095_jvp(
                    &p[0..2],
                    &p[2..7],
                    p[7],
                    p[8],
                    p[9],
                    &t[0..2],
                    &t[2..7],
                    t[7],
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f095_hvp(
                            &p[0..2],
                            &p[2..7],
                            p[7],
                            p[8],
                            p[9],
                            &v[0..2],
                            &v[2..7],
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
    fn f096_gradient() {
        check(
            &points![[-1.06, 0.78], [-1.11, 0.57]],
            Companions {
                f: &|p| f096(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f096_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f096_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f096_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f096_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f096_hvp(
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
    fn f097_gradient() {
        check(
            &points![
                [-1.22, 1.28, -0.77, 1.35, -0.83, 0.64, -0.41], [0.28, 0.27, 1.18, -0.29, -0.3, 0.68, -0.29]
            ],
            Companions {
                f: &|p| f097(&p[0..4], &p[4..6], 2, p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f097_grad(&p[0..4], &p[4..6], 2, p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f097_vjp(&p[0..4], &p[4..6], 2, p[6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f097_graph(&p[0..4], &p[4..6], 2, p[6]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f097_jvp(
                    &p[0..4],
                    &p[4..6],
                    2,
                    p[6],
                    &t[0..4],
                    &t[4..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f097_hvp(
                            &p[0..4],
                            &p[4..6],
                            2,
                            p[6],
                            &v[0..4],
                            &v[4..6],
                            v[6],
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
                [1.18, 1.12, 0.31, 0.72, 0.99, 0.7, -1.26, 0.36, -1.08], [-0.97, 0.47,
                0.21, -0.86, 0.41, -1.23, -0.3, -0.35, 1.23]
            ],
            Companions {
                f: &|p| f098(&p[0..5], p[5], &p[6..9], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f098_grad(&p[0..5], p[5], &p[6..9], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f098_vjp(&p[0..5], p[5], &p[6..9], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f098_graph(&p[0..5], p[5], &p[6..9], 3),
                names: &["xs", "x0", "ys"],
                jvp: &|p, t| f098_jvp(
                    &p[0..5],
                    p[5],
                    &p[6..9],
                    3,
                    &t[0..5],
                    t[5],
                    &t[6..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f098_hvp(
                            &p[0..5],
                            p[5],
                            &p[6..9],
                            3,
                            &v[0..5],
                            v[5],
                            &v[6..9],
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
                [0.83, -0.38, 0.89, 0.96, -1.33, 1.02, 0.98], [-0.27, -0.79, 1.09,
                0.34, 0.72, 0.99, 0.66]
            ],
            Companions {
                f: &|p| f099(p[0], &p[1..5], &p[5..7], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f099_grad(p[0], &p[1..5], &p[5..7], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f099_vjp(p[0], &p[1..5], &p[5..7], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f099_graph(p[0], &p[1..5], &p[5..7], 2),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f099_jvp(
                    p[0],
                    &p[1..5],
                    &p[5..7],
                    2,
                    t[0],
                    &t[1..5],
                    &t[5..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f099_hvp(
                            p[0],
                            &p[1..5],
                            &p[5..7],
                            2,
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
    fn f100_gradient() {
        check(
            &points![
                [-0.89, 1.37, 0.74, -0.49, -1.27, 0.92], [0.59, -0.6, -0.79, -0.62,
                0.85, -0.59]
            ],
            Companions {
                f: &|p| f100(p[0], p[1], 4, p[2], &p[3..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f100_grad(
                        p[0],
                        p[1],
                        4,
                        p[2],
                        &p[3..6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f100_vjp(p[0], p[1], 4, p[2], &p[3..6]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f100_graph(p[0], p[1], 4, p[2], &p[3..6]),
                names: &["x2", "x0", "x1", "xs"],
                jvp: &|p, t| f100_jvp(
                    p[0],
                    p[1],
                    4,
                    p[2],
                    &p[3..6],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f100_hvp(
                            p[0],
                            p[1],
                            4,
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
    fn f101_gradient() {
        check(
            &points![
                [-0.26, 0.78, -0.99, 0.52, -0.35], [-1.14, -1.21, 0.51, -0.24, -1.11]
            ],
            Companions {
                f: &|p| f101(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f101_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f101_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f101_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f101_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f101_hvp(
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
    fn f102_gradient() {
        check(
            &points![
                [-1.34, 0.39, 0.46, -1.07, -0.58, 0.34, 0.35, -0.42, -0.98], [1.0, -1.07, -0.43, -1.06, -0.24, -0.62, 1.34, -0.76, 1.22]
            ],
            Companions {
                f: &|p| f102(3, p[0], &p[1..4], &p[4..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f102_grad(
                        3,
                        p[0],
                        &p[1..4],
                        &p[4..8],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f102_vjp(3, p[0], &p[1..4], &p[4..8], p[8]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f102_graph(3, p[0], &p[1..4], &p[4..8], p[8]),
                names: &["x0", "ys", "xs", "x1"],
                jvp: &|p, t| f102_jvp(
                    3,
                    p[0],
                    &p[1..4],
                    &p[4..8],
                    p[8],
                    t[0],
                    &t[1..4],
                    &t[4..8],
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f102_hvp(
                            3,
                            p[0],
                            &p[1..4],
                            &p[4..8],
                            p[8],
                            v[0],
                            &v[1..4],
                            &v[4..8],
                            v[8],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f103_gradient() {
        check(
            &points![[0.41, 1.16], [-0.58, 0.65]],
            Companions {
                f: &|p| f103(p[0], p[1], 2),
                grad: &|p| {
                    let (value, (g0, g1)) = f103_grad(p[0], p[1], 2);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f103_vjp(p[0], p[1], 2);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f103_graph(p[0], p[1], 2),
                names: &["x1", "x0"],
                jvp: &|p, t| f103_jvp(p[0], p[1], 2, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f103_hvp(
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
    fn f104_gradient() {
        check(
            &points![
                [1.23, 1.3, -0.42, -1.16, -0.2, 0.8, 1.35, 0.52, -1.19, 0.44, 0.75],
                [-1.19, -0.53, 1.01, -0.86, -0.9, -1.2, -1.31, -1.06, 1.1, -0.63,
                -0.9]
            ],
            Companions {
                f: &|p| f104(p[0], p[1], p[2], &p[3..7], &p[7..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f104_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                        &p[7..11],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f104_vjp(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                        &p[7..11],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f104_graph(p[0], p[1], p[2], &p[3..7], &p[7..11]),
                names: &["x2", "x1", "x0", "ys", "xs"],
                jvp: &|p, t| f104_jvp(
                    p[0],
                    p[1],
                    p[2],
                    &p[3..7],
                    &p[7..11],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..7],
                    &t[7..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f104_hvp(
                            p[0],
                            p[1],
                            p[2],
                            &p[3..7],
                            &p[7..11],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..7],
                            &v[7..11],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn f105_gradient() {
        check(
            &points![
                [1.38, 1.21, -0.33, -1.03, 1.35], [1.1, 1.35, 0.75, 1.11, -0.25]
            ],
            Companions {
                f: &|p| f105(p[0], 2, &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f105_grad(p[0], 2, &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f105_vjp(p[0], 2, &p[1..5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f105_graph(p[0], 2, &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f105_jvp(p[0], 2, &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f105_hvp(
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
    fn f106_gradient() {
        check(
            &points![
                [-1.25, 0.85, 0.96, 0.7, -0.73], [-0.43, -1.13, -0.41, 0.82, -0.91]
            ],
            Companions {
                f: &|p| f106(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f106_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f106_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f106_graph(p[0], p[1], &p[2..5]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f106_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f106_hvp(
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
    fn f107_gradient() {
        check(
            &points![
                [-0.7, -0.41, -0.46, 0.84, 1.26, 0.73], [1.24, 1.01, -0.89, -0.43, -1.25, -0.6]
            ],
            Companions {
                f: &|p| f107(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f107_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f107_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f107_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f107_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f107_hvp(
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
    fn f108_gradient() {
        check(
            &points![
                [0.87, -0.72, 0.46, 0.98, 0.45, -0.94, -0.42], [1.1, 0.21, 0.36, 0.32,
                1.16, -0.77, 1.08]
            ],
            Companions {
                f: &|p| f108(p[0], p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f108_grad(p[0], p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f108_vjp(p[0], p[1], &p[2..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f108_graph(p[0], p[1], &p[2..7]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f108_jvp(p[0], p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f108_hvp(
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
    fn f109_gradient() {
        check(
            &points![
                [0.74, 0.24, 1.17, 0.89, -0.3, 1.01, -0.6, 0.85], [-0.49, 1.26, 0.37,
                -0.33, -0.45, 0.37, 1.02, -1.21]
            ],
            Companions {
                f: &|p| f109(p[0], p[1], p[2], 4, &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f109_grad(
                        p[0],
                        p[1],
                        p[2],
                        4,
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f109_vjp(p[0], p[1], p[2], 4, &p[3..8]);
                    let (g0, g1, g2, (), g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f109_graph(p[0], p[1], p[2], 4, &p[3..8]),
                names: &["x2", "x0", "x1", "xs"],
                jvp: &|p, t| f109_jvp(
                    p[0],
                    p[1],
                    p[2],
                    4,
                    &p[3..8],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f109_hvp(
                            p[0],
                            p[1],
                            p[2],
                            4,
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
    fn g000_gradient() {
        check(
            &points![
                [0.48, 0.39, 0.91, 0.73, -0.61, -1.04, -1.07], [-0.97, -0.29, -0.97, 1.15, -0.54, 0.97, 1.01]
            ],
            Companions {
                f: &|p| g000(&arr2(&p[0..6], 3, 2), p[6]),
                grad: &|p| {
                    let (value, (g0, g1)) = g000_grad(&arr2(&p[0..6], 3, 2), p[6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g000_vjp(&arr2(&p[0..6], 3, 2), p[6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g000_graph(&arr2(&p[0..6], 3, 2), p[6]),
                names: &["a", "x0"],
                jvp: &|p, t| g000_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g000_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g001_gradient() {
        check(
            &points![
                [1.23, -0.46, 0.38, 0.7, 0.71, 0.87, 1.27], [-1.22, 0.39, -1.27, -1.0, 1.07, 0.96, -0.62]
            ],
            Companions {
                f: &|p| g001(p[0], &arr2(&p[1..7], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1)) = g001_grad(p[0], &arr2(&p[1..7], 2, 3));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g001_vjp(p[0], &arr2(&p[1..7], 2, 3));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g001_graph(p[0], &arr2(&p[1..7], 2, 3)),
                names: &["x0", "a"],
                jvp: &|p, t| g001_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g001_hvp(
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
    fn g002_gradient() {
        check(
            &points![
                [0.22, -1.32, 1.02, -1.16, 0.94, 1.12, -0.29, 0.24, -0.5, 1.3, 0.21,
                1.25, -0.28, 0.67, 0.33, -0.38, 0.79, -0.41, 0.92, 1.11, -0.6, 0.73,
                -0.54, -1.1, 0.26, 0.5], [-0.39, 0.34, 0.35, 0.52, -1.32, -1.24, -0.72, -0.74, -0.79, -1.33, 1.13, 0.58, -0.3, -0.28, -0.52, -0.36,
                -0.61, 0.23, -0.34, -1.14, 1.0, -1.16, -0.64, 0.39, 0.5, -0.45]
            ],
            Companions {
                f: &|p| g002(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                    &arr2(&p[18..26], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g002_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..8], 1, 4),
                        &arr1(&p[8..10]),
                        &arr2(&p[10..18], 2, 4),
                        &arr2(&p[18..26], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g002_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..8], 1, 4),
                        &arr1(&p[8..10]),
                        &arr2(&p[10..18], 2, 4),
                        &arr2(&p[18..26], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g002_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                    &arr2(&p[18..26], 2, 4),
                ),
                names: &["u", "d", "w", "b", "a"],
                jvp: &|p, t| g002_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..8], 1, 4),
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                    &arr2(&p[18..26], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..8], 1, 4),
                    &arr1(&t[8..10]),
                    &arr2(&t[10..18], 2, 4),
                    &arr2(&t[18..26], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g002_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..8], 1, 4),
                            &arr1(&p[8..10]),
                            &arr2(&p[10..18], 2, 4),
                            &arr2(&p[18..26], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..8], 1, 4),
                            &arr1(&v[8..10]),
                            &arr2(&v[10..18], 2, 4),
                            &arr2(&v[18..26], 2, 4),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g003_gradient() {
        check(
            &points![
                [0.6, 0.25, -0.32, 0.72, -0.85, -0.64, -0.52, -0.45, -0.93], [0.78,
                -0.25, 0.59, 0.53, -1.33, -1.04, -0.62, -0.32, 0.74]
            ],
            Companions {
                f: &|p| g003(&arr2(&p[0..8], 2, 4), p[8]),
                grad: &|p| {
                    let (value, (g0, g1)) = g003_grad(&arr2(&p[0..8], 2, 4), p[8]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g003_vjp(&arr2(&p[0..8], 2, 4), p[8]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g003_graph(&arr2(&p[0..8], 2, 4), p[8]),
                names: &["a", "x0"],
                jvp: &|p, t| g003_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g003_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g004_gradient() {
        check(
            &points![
                [-0.71, 1.22, -0.77, -0.63, 0.23, 0.56, -1.05, 0.34, 1.35, 0.79,
                1.02, 1.32, -1.05, 1.34, -1.17, 1.38, -1.11, -0.69, 1.03, -0.44],
                [0.95, 1.09, -0.61, -0.5, 0.71, 0.45, -0.6, 0.29, -0.86, 1.17, 0.35,
                0.23, -0.73, -0.61, 0.82, 0.77, 1.1, 0.65, 1.26, 0.91]
            ],
            Companions {
                f: &|p| g004(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g004_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g004_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g004_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..20]),
                ),
                names: &["x0", "w", "a", "u"],
                jvp: &|p, t| g004_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..20]),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr1(&t[16..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g004_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&p[16..20]),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..16], 3, 4),
                            &arr1(&v[16..20]),
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
                [-0.48, 1.22, 0.83, -0.93, -0.24, -1.02, -0.84, -0.22, -1.03,
                0.42, 0.53, -0.75], [-0.65, -0.33, -0.37, 0.23, -1.38, 0.78, -0.62,
                -1.37, -1.27, -1.25, -0.72, -0.77]
            ],
            Companions {
                f: &|p| g005(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g005_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..5], 2, 1),
                        &arr2(&p[5..11], 2, 3),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g005_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..5], 2, 1),
                        &arr2(&p[5..11], 2, 3),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g005_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                    p[11],
                ),
                names: &["u", "c", "a", "x0"],
                jvp: &|p, t| g005_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                    p[11],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..5], 2, 1),
                    &arr2(&t[5..11], 2, 3),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g005_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..5], 2, 1),
                            &arr2(&p[5..11], 2, 3),
                            p[11],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..5], 2, 1),
                            &arr2(&v[5..11], 2, 3),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g006_gradient() {
        check(
            &points![
                [0.38, 0.45, 0.84, 0.59, -0.77, -0.69, -1.15, -0.75, 1.12, 0.38, -0.78, -0.52, -1.02, 1.19, 0.52, 0.87, -0.99], [0.5, -0.91, -0.88,
                1.31, 1.19, 0.47, -1.05, 1.11, -1.05, -0.31, 0.76, 1.29, 1.19, 0.23, -0.73, -1.35, -0.59]
            ],
            Companions {
                f: &|p| g006(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..10], 2, 1),
                    &arr1(&p[10..12]),
                    p[12],
                    &arr1(&p[13..17]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g006_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..10], 2, 1),
                        &arr1(&p[10..12]),
                        p[12],
                        &arr1(&p[13..17]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g006_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..10], 2, 1),
                        &arr1(&p[10..12]),
                        p[12],
                        &arr1(&p[13..17]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g006_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..10], 2, 1),
                    &arr1(&p[10..12]),
                    p[12],
                    &arr1(&p[13..17]),
                ),
                names: &["a", "c", "w", "x0", "u"],
                jvp: &|p, t| g006_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..10], 2, 1),
                    &arr1(&p[10..12]),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..10], 2, 1),
                    &arr1(&t[10..12]),
                    t[12],
                    &arr1(&t[13..17]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g006_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&p[8..10], 2, 1),
                            &arr1(&p[10..12]),
                            p[12],
                            &arr1(&p[13..17]),
                            &arr2(&v[0..8], 2, 4),
                            &arr2(&v[8..10], 2, 1),
                            &arr1(&v[10..12]),
                            v[12],
                            &arr1(&v[13..17]),
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
                [-0.4, 1.07, -0.77, 0.84, 1.0, -0.76, 0.35, -0.94, -1.14, 1.29,
                0.62, -0.81, -0.53, 0.88], [-0.95, -0.87, -1.2, 0.23, 0.83, 1.28,
                0.68, 1.37, -1.02, 0.45, 0.47, -1.3, -1.16, 0.73]
            ],
            Companions {
                f: &|p| g007(p[0], p[1], &arr2(&p[2..10], 2, 4), &arr1(&p[10..14])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g007_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g007_vjp(
                        p[0],
                        p[1],
                        &arr2(&p[2..10], 2, 4),
                        &arr1(&p[10..14]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g007_graph(
                    p[0],
                    p[1],
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                ),
                names: &["x0", "x1", "a", "u"],
                jvp: &|p, t| g007_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&p[10..14]),
                    t[0],
                    t[1],
                    &arr2(&t[2..10], 2, 4),
                    &arr1(&t[10..14]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g007_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..10], 2, 4),
                            &arr1(&p[10..14]),
                            v[0],
                            v[1],
                            &arr2(&v[2..10], 2, 4),
                            &arr1(&v[10..14]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g008_gradient() {
        check(
            &points![
                [-0.9, 0.28, 1.11, 0.62, 1.13, 0.85, 0.87, -0.62, 1.0, -1.28, -0.64,
                1.29], [1.37, 1.15, 1.18, -0.5, 0.6, -0.99, -0.85, 0.89, 1.29, -1.15,
                1.19, -0.97]
            ],
            Companions {
                f: &|p| g008(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g008_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr1(&p[9..12]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g008_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 3, 2),
                        &arr1(&p[9..12]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g008_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                ),
                names: &["x1", "u", "a", "w"],
                jvp: &|p, t| g008_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 3, 2),
                    &arr1(&p[9..12]),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..9], 3, 2),
                    &arr1(&t[9..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g008_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..9], 3, 2),
                            &arr1(&p[9..12]),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr2(&v[3..9], 3, 2),
                            &arr1(&v[9..12]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g009_gradient() {
        check(
            &points![
                [0.62, 0.48, -0.87, -0.57, -1.02, -0.98, -0.22, 0.33], [-0.58,
                0.93, 1.02, -0.24, -0.72, 0.34, -0.97, 0.99]
            ],
            Companions {
                f: &|p| g009(p[0], &arr2(&p[1..7], 3, 2), p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g009_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        p[7],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g009_vjp(p[0], &arr2(&p[1..7], 3, 2), p[7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g009_graph(p[0], &arr2(&p[1..7], 3, 2), p[7]),
                names: &["x0", "a", "x1"],
                jvp: &|p, t| g009_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    p[7],
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g009_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            p[7],
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            v[7],
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
                [1.26, 0.99, 0.56, 0.95, -1.18, 0.44, -0.44, 0.27, 1.23, -0.68, 0.44,
                -1.29, -0.3], [-0.5, -1.19, -0.8, -0.52, -1.1, 0.93, 0.79, -1.3,
                0.8, -1.23, -0.26, 0.32, 0.92]
            ],
            Companions {
                f: &|p| g010(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..13], 1, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g010_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                        &arr2(&p[10..13], 1, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g010_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                        &arr2(&p[10..13], 1, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g010_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..13], 1, 3),
                ),
                names: &["x0", "u", "a", "d"],
                jvp: &|p, t| g010_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..13], 1, 3),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..10], 2, 3),
                    &arr2(&t[10..13], 1, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g010_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..10], 2, 3),
                            &arr2(&p[10..13], 1, 3),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..10], 2, 3),
                            &arr2(&v[10..13], 1, 3),
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
                [-0.58, 1.01, -1.36, 1.31, -0.56, 0.9, 1.0, 1.17, 0.65, 1.33, -1.39,
                -1.31, 1.35, 0.32, -0.72, -0.44, -1.08, -1.01, 1.03, -0.23, -0.52,
                -0.88, 0.73, -1.09, -0.4, -0.33, 0.53, -1.22, 0.89], [0.56, -0.31,
                0.92, -1.38, -1.37, -0.67, -0.71, -1.11, 1.23, 0.21, -0.62, 0.79, -0.64, 1.14, 0.8, 0.28, 0.3, 0.44, 1.36, 0.44, 0.27, 0.95, 0.79, -0.28, -0.81, -0.41, 0.43, 0.6, 0.99]
            ],
            Companions {
                f: &|p| g011(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                    p[28],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g011_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                        p[28],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g011_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                        p[28],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g011_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                    p[28],
                ),
                names: &["a", "u", "b", "x0"],
                jvp: &|p, t| g011_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                    p[28],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    &arr2(&t[16..28], 3, 4),
                    t[28],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g011_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            &arr2(&p[16..28], 3, 4),
                            p[28],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            &arr2(&v[16..28], 3, 4),
                            v[28],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g012_gradient() {
        check(
            &points![
                [-0.63, 1.15, 1.34, 0.65, -0.28, -0.23, 0.75, 0.74, 1.17, 0.61, 1.12,
                1.26, -0.34, 0.76, -1.17, 0.38, 0.49, -1.05, -1.34, 1.33, -1.2, -1.36, -0.33, -0.99, -1.15, -1.21, 0.8], [-0.5, 0.83, -1.13, -1.08,
                -0.68, -1.32, 0.57, 0.8, -0.39, 1.29, 0.35, 0.55, 0.27, -0.59, -0.39, -0.54, 0.79, -1.27, 0.37, -1.05, 0.77, 1.12, -0.86, 0.74, 0.69,
                -0.27, 0.66]
            ],
            Companions {
                f: &|p| g012(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr1(&p[13..16]),
                    &arr1(&p[16..20]),
                    &arr2(&p[20..24], 1, 4),
                    &arr2(&p[24..27], 3, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g012_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..16]),
                        &arr1(&p[16..20]),
                        &arr2(&p[20..24], 1, 4),
                        &arr2(&p[24..27], 3, 1),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g012_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr1(&p[13..16]),
                        &arr1(&p[16..20]),
                        &arr2(&p[20..24], 1, 4),
                        &arr2(&p[24..27], 3, 1),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g012_graph(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr1(&p[13..16]),
                    &arr1(&p[16..20]),
                    &arr2(&p[20..24], 1, 4),
                    &arr2(&p[24..27], 3, 1),
                ),
                names: &["x0", "a", "w", "u", "d", "c"],
                jvp: &|p, t| g012_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr1(&p[13..16]),
                    &arr1(&p[16..20]),
                    &arr2(&p[20..24], 1, 4),
                    &arr2(&p[24..27], 3, 1),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    &arr1(&t[13..16]),
                    &arr1(&t[16..20]),
                    &arr2(&t[20..24], 1, 4),
                    &arr2(&t[24..27], 3, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g012_hvp(
                            p[0],
                            &arr2(&p[1..13], 3, 4),
                            &arr1(&p[13..16]),
                            &arr1(&p[16..20]),
                            &arr2(&p[20..24], 1, 4),
                            &arr2(&p[24..27], 3, 1),
                            v[0],
                            &arr2(&v[1..13], 3, 4),
                            &arr1(&v[13..16]),
                            &arr1(&v[16..20]),
                            &arr2(&v[20..24], 1, 4),
                            &arr2(&v[24..27], 3, 1),
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
    fn g013_gradient() {
        check(
            &points![
                [0.62, 1.26, 0.85, 0.92, 1.08, 0.41, 0.41, -1.28, 0.66, -0.73, 1.03,
                0.66], [-0.27, 0.5, -0.7, -1.06, 1.0, -0.93, -0.66, -1.33, -0.56,
                0.59, -1.32, -0.64]
            ],
            Companions {
                f: &|p| g013(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..9], 3, 1),
                    &arr1(&p[9..11]),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g013_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..9], 3, 1),
                        &arr1(&p[9..11]),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g013_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..9], 3, 1),
                        &arr1(&p[9..11]),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g013_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..9], 3, 1),
                    &arr1(&p[9..11]),
                    p[11],
                ),
                names: &["a", "c", "u", "x0"],
                jvp: &|p, t| g013_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..9], 3, 1),
                    &arr1(&p[9..11]),
                    p[11],
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..9], 3, 1),
                    &arr1(&t[9..11]),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g013_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..9], 3, 1),
                            &arr1(&p[9..11]),
                            p[11],
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..9], 3, 1),
                            &arr1(&v[9..11]),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g014_gradient() {
        check(
            &points![
                [0.59, -0.85, 0.2, -1.29, 0.32, 0.26, -0.5, 0.96, -0.39], [-0.74, -0.82, 0.87, 1.32, -0.86, -0.91, -0.49, 0.99, -0.22]
            ],
            Companions {
                f: &|p| g014(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g014_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g014_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g014_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g014_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g014_hvp(
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
    fn g015_gradient() {
        check(
            &points![
                [-0.63, -0.69, -0.9, -1.38, 1.39, 1.14, 0.3, 0.8, 1.02, -0.27, -0.21, 0.83, 0.9, 1.15, -1.04, 1.21, 0.22, -0.72, 0.37], [-1.35, -0.32, -0.94, -0.8, 0.83, -1.26, 0.99, -0.92, -0.77, 1.17, 0.95,
                0.54, -0.29, -0.72, 0.26, -1.32, 0.92, -0.28, -0.56]
            ],
            Companions {
                f: &|p| g015(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g015_grad(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g015_vjp(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr2(&p[4..16], 3, 4),
                        &arr1(&p[16..19]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g015_graph(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                ),
                names: &["x1", "c", "a", "w"],
                jvp: &|p, t| g015_jvp(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&p[16..19]),
                    t[0],
                    &arr2(&t[1..4], 3, 1),
                    &arr2(&t[4..16], 3, 4),
                    &arr1(&t[16..19]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g015_hvp(
                            p[0],
                            &arr2(&p[1..4], 3, 1),
                            &arr2(&p[4..16], 3, 4),
                            &arr1(&p[16..19]),
                            v[0],
                            &arr2(&v[1..4], 3, 1),
                            &arr2(&v[4..16], 3, 4),
                            &arr1(&v[16..19]),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g016_gradient() {
        check(
            &points![
                [-0.71, 1.05, 0.56, -1.03, -0.33, -0.71, -0.42, -0.73, -0.47,
                1.38, 0.44, -1.36, -0.3, -0.37, 1.29, -0.82, -1.23, 0.68, 1.2, -0.67, 1.1, -0.47, 0.77, -0.97, -0.37, -1.1, 1.09, 0.92], [0.3, 1.39,
                -0.27, 0.69, 1.24, -0.6, -0.59, -1.02, 0.47, -0.79, 0.2, 1.14, 0.98,
                -1.07, 0.22, -0.39, 1.15, 0.5, -1.39, 0.58, 0.31, -0.99, 1.31, 1.02,
                0.45, 1.16, 0.77, 0.34]
            ],
            Companions {
                f: &|p| g016(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..28], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g016_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                        &arr2(&p[16..28], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g016_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                        &arr2(&p[16..28], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g016_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..28], 3, 4),
                ),
                names: &["a", "w", "x1", "b"],
                jvp: &|p, t| g016_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&p[16..28], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                    t[15],
                    &arr2(&t[16..28], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g016_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            p[15],
                            &arr2(&p[16..28], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                            v[15],
                            &arr2(&v[16..28], 3, 4),
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
                [0.44, 0.39, 1.18, -0.64, 0.88, 0.59, 1.11, -0.27], [0.8, -0.33, -0.84, -0.94, -1.15, 0.42, -0.4, 0.67]
            ],
            Companions {
                f: &|p| g017(&arr2(&p[0..6], 3, 2), p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g017_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g017_vjp(&arr2(&p[0..6], 3, 2), p[6], p[7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g017_graph(&arr2(&p[0..6], 3, 2), p[6], p[7]),
                names: &["a", "x1", "x0"],
                jvp: &|p, t| g017_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g017_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            p[7],
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            v[7],
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
                [-1.02, 1.28, -0.34, 0.87, 0.93, 0.93, -0.33, 0.95, -1.33, 0.34, -0.7, -0.97], [0.25, -0.38, 0.9, 0.83, 0.6, 1.23, 0.89, 0.95, -0.33, -1.11, 0.79, 0.58]
            ],
            Companions {
                f: &|p| g018(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g018_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g018_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g018_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    p[11],
                ),
                names: &["a", "w", "u", "x0"],
                jvp: &|p, t| g018_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    p[11],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..9]),
                    &arr1(&t[9..11]),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g018_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..9]),
                            &arr1(&p[9..11]),
                            p[11],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..9]),
                            &arr1(&v[9..11]),
                            v[11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g019_gradient() {
        check(
            &points![
                [1.24, 0.79, -1.06, -0.81, 0.26, 0.61, 0.95, 0.87, -1.39, -1.3, -0.35, 0.6, 0.5, -1.28], [1.18, 0.72, 0.59, -0.9, -1.17, 1.08, -0.31,
                0.96, 0.25, -0.53, -1.08, 0.69, -0.37, -0.99]
            ],
            Companions {
                f: &|p| g019(&arr1(&p[0..4]), &arr2(&p[4..12], 2, 4), &arr1(&p[12..14])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g019_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        &arr1(&p[12..14]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g019_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        &arr1(&p[12..14]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g019_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr1(&p[12..14]),
                ),
                names: &["u", "a", "w"],
                jvp: &|p, t| g019_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    &arr1(&p[12..14]),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                    &arr1(&t[12..14]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g019_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            &arr1(&p[12..14]),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                            &arr1(&v[12..14]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g020_gradient() {
        check(
            &points![
                [0.91, -0.72, -0.75, -0.21, -1.04, -0.68, -0.77, 0.48, -0.89,
                1.19, -1.0], [-0.67, 0.25, -0.58, 1.24, -0.95, -1.32, -0.22, -0.6,
                1.16, -0.85, -0.28]
            ],
            Companions {
                f: &|p| g020(p[0], &arr2(&p[1..7], 3, 2), p[7], &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g020_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        p[7],
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g020_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        p[7],
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g020_graph(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    p[7],
                    &arr1(&p[8..11]),
                ),
                names: &["x0", "a", "x1", "w"],
                jvp: &|p, t| g020_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    p[7],
                    &arr1(&p[8..11]),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    t[7],
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g020_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            p[7],
                            &arr1(&p[8..11]),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            v[7],
                            &arr1(&v[8..11]),
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
                [-1.04, 0.68, 0.94, 0.27, -1.08, -0.85, -0.67, 1.21, 0.69, 0.89,
                0.66, 0.52, 0.63, -0.88, 0.24, -1.06, -1.0, -1.09, 0.69, 0.87], [-0.56, 1.37, -0.25, 1.35, 1.25, -1.39, 0.35, -1.07, 1.05, -0.55, -0.26, -0.35, 0.34, -0.95, 0.87, 0.92, -0.65, 0.3, 0.53, -0.37]
            ],
            Companions {
                f: &|p| g021(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g021_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g021_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g021_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                ),
                names: &["a", "x0", "u", "w"],
                jvp: &|p, t| g021_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                    &arr1(&t[13..17]),
                    &arr1(&t[17..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g021_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr1(&p[13..17]),
                            &arr1(&p[17..20]),
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                            &arr1(&v[13..17]),
                            &arr1(&v[17..20]),
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
                [1.07, 0.89, -0.63, 1.21, -0.81, 0.35, 0.65, -0.38, -0.75, 0.91,
                1.19, -0.65, -1.17, -1.29, -0.53, -1.34], [-1.15, 1.14, 0.87, 1.01,
                -0.84, -0.7, -0.54, 0.92, -0.25, -0.59, -1.09, 0.68, 0.58, 0.34,
                0.62, -0.8]
            ],
            Companions {
                f: &|p| g022(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr1(&p[10..12]),
                    &arr1(&p[12..16]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g022_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        p[9],
                        &arr1(&p[10..12]),
                        &arr1(&p[12..16]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g022_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        p[9],
                        &arr1(&p[10..12]),
                        &arr1(&p[12..16]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g022_graph(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr1(&p[10..12]),
                    &arr1(&p[12..16]),
                ),
                names: &["a", "x0", "x1", "w", "u"],
                jvp: &|p, t| g022_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr1(&p[10..12]),
                    &arr1(&p[12..16]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    t[9],
                    &arr1(&t[10..12]),
                    &arr1(&t[12..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g022_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            p[9],
                            &arr1(&p[10..12]),
                            &arr1(&p[12..16]),
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            v[9],
                            &arr1(&v[10..12]),
                            &arr1(&v[12..16]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g023_gradient() {
        check(
            &points![
                [0.78, -0.6, 0.95, -0.72, 0.71, 1.06, -0.68, -1.37, -0.36], [0.91,
                1.13, -0.38, -0.75, -1.31, 0.33, -0.7, 0.46, -0.63]
            ],
            Companions {
                f: &|p| g023(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g023_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g023_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g023_graph(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g023_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g023_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr1(&p[7..9]),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            &arr1(&v[7..9]),
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
                [0.78, -0.94, -1.02, -0.78, 1.02, 0.6, 1.37, -0.82, -1.1, 0.24, -0.4], [-1.13, -0.94, 0.77, -0.55, -1.15, -1.22, -0.46, 1.18, -1.31, 0.41, 0.33]
            ],
            Companions {
                f: &|p| g024(p[0], &arr1(&p[1..4]), p[4], &arr2(&p[5..11], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g024_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g024_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g024_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                ),
                names: &["x0", "u", "x1", "a"],
                jvp: &|p, t| g024_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    t[0],
                    &arr1(&t[1..4]),
                    t[4],
                    &arr2(&t[5..11], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g024_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            p[4],
                            &arr2(&p[5..11], 2, 3),
                            v[0],
                            &arr1(&v[1..4]),
                            v[4],
                            &arr2(&v[5..11], 2, 3),
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
                [0.23, -0.66, -1.18, 0.53, -1.15, -1.31, 0.53, 0.43, -0.2, 1.09, -0.25, -0.65, -0.7, -1.4, -0.9, 0.74, 0.99, 0.78, 0.96, -0.81], [0.4,
                -0.36, 1.0, -1.19, 0.27, -0.46, -0.89, -1.2, 1.0, 0.71, 0.64, -1.14, 0.46, 0.22, -1.14, 0.81, -0.92, -0.77, -0.72, -0.51]
            ],
            Companions {
                f: &|p| g025(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..7]),
                    p[7],
                    &arr2(&p[8..20], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g025_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..7]),
                        p[7],
                        &arr2(&p[8..20], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g025_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..7]),
                        p[7],
                        &arr2(&p[8..20], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g025_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..7]),
                    p[7],
                    &arr2(&p[8..20], 3, 4),
                ),
                names: &["c", "u", "x0", "a"],
                jvp: &|p, t| g025_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..7]),
                    p[7],
                    &arr2(&p[8..20], 3, 4),
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..7]),
                    t[7],
                    &arr2(&t[8..20], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g025_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..7]),
                            p[7],
                            &arr2(&p[8..20], 3, 4),
                            &arr2(&v[0..3], 3, 1),
                            &arr1(&v[3..7]),
                            v[7],
                            &arr2(&v[8..20], 3, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g026_gradient() {
        check(
            &points![
                [-0.97, 0.96, -0.32, -0.33, -0.26, -1.03, 1.24, -1.32, -0.52, -0.45, 0.28, -1.08, 0.87, -1.25], [0.51, 0.71, -0.24, -0.64, 0.73,
                0.78, 1.38, 0.82, 1.29, 0.72, -0.78, 1.33, -1.13, -0.87]
            ],
            Companions {
                f: &|p| g026(&arr2(&p[0..8], 2, 4), p[8], p[9], &arr1(&p[10..14])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g026_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        p[9],
                        &arr1(&p[10..14]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g026_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        p[9],
                        &arr1(&p[10..14]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g026_graph(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr1(&p[10..14]),
                ),
                names: &["a", "x0", "x1", "u"],
                jvp: &|p, t| g026_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    p[9],
                    &arr1(&p[10..14]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    t[9],
                    &arr1(&t[10..14]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g026_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            p[9],
                            &arr1(&p[10..14]),
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                            v[9],
                            &arr1(&v[10..14]),
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
                [1.1, 1.11, 0.68, -1.35, -1.16, -1.13, 1.26, -0.84, -0.89, 0.3, -0.87, -0.84, -1.27, 1.13, 1.32, 0.52, 0.31, 0.23, 0.74, 0.99, -0.83, -0.62, 1.19, -0.85, 0.54, -0.46, 0.29, -0.26], [-0.23, -1.15, -1.32,
                -0.73, -1.06, 0.63, 0.41, -1.05, -0.63, -0.27, 1.05, -0.7, -0.8, -1.27, -1.0, 0.52, 1.25, 0.57, -0.44, -0.76, 0.66, 0.77, -0.52, -0.94, 0.81, 0.43, 0.54, 0.52]
            ],
            Companions {
                f: &|p| g027(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g027_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g027_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g027_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                ),
                names: &["a", "u", "b"],
                jvp: &|p, t| g027_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    &arr2(&t[16..28], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g027_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..16]),
                            &arr2(&p[16..28], 3, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..16]),
                            &arr2(&v[16..28], 3, 4),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g028_gradient() {
        check(
            &points![
                [-0.49, -1.29, -0.4, -0.48, 0.56, 0.51, 1.02, -0.56, 0.63, -1.1,
                1.27, -0.85, 1.38, -1.28, -0.47, -0.86, 1.34, -0.36, 0.51, 1.22],
                [1.26, 1.3, 1.08, 0.21, -0.9, -1.05, -1.3, -1.21, 0.26, 1.37, 0.48,
                0.89, 1.04, -0.51, 0.35, 0.84, 1.22, 0.98, 0.62, -1.1]
            ],
            Companions {
                f: &|p| g028(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g028_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g028_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        &arr1(&p[16..20]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g028_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g028_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    &arr1(&p[16..20]),
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..16], 2, 4),
                    &arr1(&t[16..20]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g028_hvp(
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
    fn g029_gradient() {
        check(
            &points![
                [1.07, 0.49, 0.6, -0.9, 0.88, 1.38, 1.32, 1.05, -0.53, -0.83, 0.78,
                0.99, 1.01], [0.79, -1.22, 1.36, -0.25, -1.17, 0.65, -1.33, -1.31, -1.03, -1.19, 0.33, -0.61, 0.52]
            ],
            Companions {
                f: &|p| g029(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    p[9],
                    &arr1(&p[10..13]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g029_grad(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 2, 3),
                        p[9],
                        &arr1(&p[10..13]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g029_vjp(
                        p[0],
                        &arr1(&p[1..3]),
                        &arr2(&p[3..9], 2, 3),
                        p[9],
                        &arr1(&p[10..13]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g029_graph(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    p[9],
                    &arr1(&p[10..13]),
                ),
                names: &["x1", "w", "a", "x0", "u"],
                jvp: &|p, t| g029_jvp(
                    p[0],
                    &arr1(&p[1..3]),
                    &arr2(&p[3..9], 2, 3),
                    p[9],
                    &arr1(&p[10..13]),
                    t[0],
                    &arr1(&t[1..3]),
                    &arr2(&t[3..9], 2, 3),
                    t[9],
                    &arr1(&t[10..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g029_hvp(
                            p[0],
                            &arr1(&p[1..3]),
                            &arr2(&p[3..9], 2, 3),
                            p[9],
                            &arr1(&p[10..13]),
                            v[0],
                            &arr1(&v[1..3]),
                            &arr2(&v[3..9], 2, 3),
                            v[9],
                            &arr1(&v[10..13]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g030_gradient() {
        check(
            &points![
                [-1.33, -0.83, 1.12, -0.33, -0.95, -1.06, 0.87, -1.02, -0.28, -0.9, 0.63, -1.31, -0.48, 0.63, 1.38], [0.36, -0.86, -0.42, -1.32, -0.85, 0.71, 0.7, -0.94, 0.37, 1.06, -0.86, -0.66, -0.77, 0.25, 0.5]
            ],
            Companions {
                f: &|p| g030(&arr2(&p[0..3], 3, 1), &arr2(&p[3..15], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g030_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g030_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g030_graph(&arr2(&p[0..3], 3, 1), &arr2(&p[3..15], 3, 4)),
                names: &["c", "a"],
                jvp: &|p, t| g030_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&t[0..3], 3, 1),
                    &arr2(&t[3..15], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g030_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr2(&p[3..15], 3, 4),
                            &arr2(&v[0..3], 3, 1),
                            &arr2(&v[3..15], 3, 4),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g031_gradient() {
        check(
            &points![
                [1.11, -0.33, 0.5, -0.66, 0.72, -0.96, -0.98, 1.24, 0.95, 0.25, -1.27, 1.1, -0.76, 1.08, -1.2, -1.01, 0.78, 1.35, -1.12, -0.93, 0.87,
                0.41, -1.35, -1.0, 0.65, 0.78, -1.38, 0.26, 1.33, 0.98, 0.4, 1.24, -0.81], [0.95, -1.13, 1.22, -0.54, 0.33, -1.17, -0.84, 0.23, -1.11, -1.1, -0.44, -0.71, -0.33, 0.81, -1.07, -0.72, -0.5, 0.25, -1.39, -1.2, 0.76, -1.08, 1.13, 0.54, 1.37, 0.74, 1.04, -1.27, -1.16, -0.33,
                -0.35, -1.22, -1.38]
            ],
            Companions {
                f: &|p| g031(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                    p[29],
                    &arr1(&p[30..33]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g031_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr2(&p[17..29], 3, 4),
                        p[29],
                        &arr1(&p[30..33]),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g031_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr2(&p[17..29], 3, 4),
                        p[29],
                        &arr1(&p[30..33]),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g031_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                    p[29],
                    &arr1(&p[30..33]),
                ),
                names: &["b", "x0", "u", "a", "x1", "w"],
                jvp: &|p, t| g031_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr2(&p[17..29], 3, 4),
                    p[29],
                    &arr1(&p[30..33]),
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                    &arr1(&t[13..17]),
                    &arr2(&t[17..29], 3, 4),
                    t[29],
                    &arr1(&t[30..33]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g031_hvp(
                            &arr2(&p[0..12], 3, 4),
                            p[12],
                            &arr1(&p[13..17]),
                            &arr2(&p[17..29], 3, 4),
                            p[29],
                            &arr1(&p[30..33]),
                            &arr2(&v[0..12], 3, 4),
                            v[12],
                            &arr1(&v[13..17]),
                            &arr2(&v[17..29], 3, 4),
                            v[29],
                            &arr1(&v[30..33]),
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
    fn g032_gradient() {
        check(
            &points![
                [0.22, 0.34, 0.92, -0.41, -1.08, 1.12, -1.1, -0.21, -0.85, -0.98, -1.4, -1.04, -0.57, -0.27, -0.95, -1.06, -0.63, 0.98, -1.27, 0.55,
                1.23, 1.26, -0.86, 0.5], [1.27, 1.29, -1.03, -0.85, 1.31, 0.59, 0.62,
                0.78, 0.29, 0.86, 0.76, -0.41, 0.86, 0.57, -0.26, -0.94, -0.74, 0.6,
                0.48, -1.27, 0.75, -0.72, -0.79, 0.34]
            ],
            Companions {
                f: &|p| g032(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..10]),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    &arr2(&p[22..24], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g032_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                        &arr2(&p[22..24], 2, 1),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g032_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..10]),
                        &arr1(&p[10..14]),
                        &arr2(&p[14..22], 2, 4),
                        &arr2(&p[22..24], 2, 1),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g032_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..10]),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    &arr2(&p[22..24], 2, 1),
                ),
                names: &["b", "w", "u", "a", "c"],
                jvp: &|p, t| g032_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..10]),
                    &arr1(&p[10..14]),
                    &arr2(&p[14..22], 2, 4),
                    &arr2(&p[22..24], 2, 1),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..10]),
                    &arr1(&t[10..14]),
                    &arr2(&t[14..22], 2, 4),
                    &arr2(&t[22..24], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g032_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..10]),
                            &arr1(&p[10..14]),
                            &arr2(&p[14..22], 2, 4),
                            &arr2(&p[22..24], 2, 1),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..10]),
                            &arr1(&v[10..14]),
                            &arr2(&v[14..22], 2, 4),
                            &arr2(&v[22..24], 2, 1),
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
                [-1.27, -1.02, -0.39, -0.29, -1.16, -1.24, -1.25, 0.51, 1.06, 0.3,
                0.43, -1.04, 0.41], [0.4, 1.3, -0.79, -0.26, -1.02, 0.63, 1.03, -0.43, -0.78, 1.18, -0.7, -0.85, 0.95]
            ],
            Companions {
                f: &|p| g033(p[0], &arr2(&p[1..9], 2, 4), &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g033_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g033_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g033_graph(p[0], &arr2(&p[1..9], 2, 4), &arr1(&p[9..13])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g033_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..13]),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g033_hvp(
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
    fn g034_gradient() {
        check(
            &points![
                [0.76, -0.24, 0.52, -0.34, -0.75, 1.1], [0.73, -1.03, 0.61, -1.09, -1.31, 1.16]
            ],
            Companions {
                f: &|p| g034(&arr2(&p[0..6], 3, 2)),
                grad: &|p| {
                    let (value, g0) = g034_grad(&arr2(&p[0..6], 3, 2));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g034_vjp(&arr2(&p[0..6], 3, 2));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g034_graph(&arr2(&p[0..6], 3, 2)),
                names: &["a"],
                jvp: &|p, t| g034_jvp(&arr2(&p[0..6], 3, 2), &arr2(&t[0..6], 3, 2)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g034_hvp(
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
    fn g035_gradient() {
        check(
            &points![
                [1.33, 0.42, 1.19, 0.89, -0.76, -0.37, 0.27, -0.65, -0.32, 1.1, 1.28,
                -0.44, -0.71], [-1.16, 0.28, 1.2, 0.86, 0.6, 1.1, 0.58, -1.4, -0.63,
                -1.18, -0.51, -1.17, 0.85]
            ],
            Companions {
                f: &|p| g035(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g035_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g035_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g035_graph(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g035_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr1(&p[9..13]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g035_hvp(
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
    fn g036_gradient() {
        check(
            &points![
                [-0.21, -0.63, 0.86, -0.53, 0.35, -0.59, -0.54, -0.88, 0.92, -0.75, 0.39, 1.33, 1.23], [-0.81, 1.07, 0.82, -1.15, -0.76, 0.28, -1.22, -0.65, -0.68, 1.1, -0.42, 0.2, 0.77]
            ],
            Companions {
                f: &|p| g036(&arr1(&p[0..4]), p[4], &arr2(&p[5..13], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g036_grad(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g036_vjp(
                        &arr1(&p[0..4]),
                        p[4],
                        &arr2(&p[5..13], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g036_graph(&arr1(&p[0..4]), p[4], &arr2(&p[5..13], 2, 4)),
                names: &["u", "x1", "a"],
                jvp: &|p, t| g036_jvp(
                    &arr1(&p[0..4]),
                    p[4],
                    &arr2(&p[5..13], 2, 4),
                    &arr1(&t[0..4]),
                    t[4],
                    &arr2(&t[5..13], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g036_hvp(
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
    fn g037_gradient() {
        check(
            &points![
                [-0.44, -1.04, -0.66, 1.32, -0.48, -1.04, -0.59, -1.37, -1.35,
                0.45, 0.59], [1.02, 1.27, 0.9, 0.3, -0.23, 0.9, 1.39, -0.4, 1.31, -1.24, -0.59]
            ],
            Companions {
                f: &|p| g037(&arr1(&p[0..2]), &arr1(&p[2..5]), &arr2(&p[5..11], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g037_grad(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g037_vjp(
                        &arr1(&p[0..2]),
                        &arr1(&p[2..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g037_graph(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["u", "w", "a"],
                jvp: &|p, t| g037_jvp(
                    &arr1(&p[0..2]),
                    &arr1(&p[2..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&t[0..2]),
                    &arr1(&t[2..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g037_hvp(
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
    fn g038_gradient() {
        check(
            &points![
                [-1.39, 1.15, -0.47, -1.07, -1.36, 1.39, 0.92, 0.71, 0.32, -0.23],
                [0.37, 1.33, 0.67, -0.67, 0.71, 0.54, -0.9, -0.97, -1.27, -1.21]
            ],
            Companions {
                f: &|p| g038(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g038_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g038_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g038_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g038_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g038_hvp(
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
    fn g039_gradient() {
        check(
            &points![
                [0.67, -1.27, 1.39, 0.48, 0.85, 0.42, 0.68], [0.61, 1.02, 1.34, -0.26,
                -1.06, -0.89, 0.36]
            ],
            Companions {
                f: &|p| g039(p[0], &arr2(&p[1..7], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g039_grad(p[0], &arr2(&p[1..7], 3, 2));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g039_vjp(p[0], &arr2(&p[1..7], 3, 2));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g039_graph(p[0], &arr2(&p[1..7], 3, 2)),
                names: &["x0", "a"],
                jvp: &|p, t| g039_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g039_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
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
                [0.6, 1.25, -1.36, -0.68, -1.03, -0.85, 0.77, -0.32, -1.12, -0.64,
                1.09], [1.03, -1.35, -1.13, -0.92, -1.36, 1.38, 0.63, 0.34, -0.24, -0.28, -0.33]
            ],
            Companions {
                f: &|p| g040(&arr1(&p[0..3]), &arr1(&p[3..5]), &arr2(&p[5..11], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g040_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g040_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g040_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["w", "u", "a"],
                jvp: &|p, t| g040_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g040_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr1(&v[0..3]),
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
    fn g041_gradient() {
        check(
            &points![
                [1.08, -1.21, -1.11, 1.24, -0.28, 0.49, 0.52, -0.48, -0.72, -1.18],
                [0.44, 1.39, 0.41, 0.42, 1.14, 0.47, -0.68, -0.57, -0.37, -0.83]
            ],
            Companions {
                f: &|p| g041(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g041_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g041_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g041_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g041_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g041_hvp(
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
    fn g042_gradient() {
        check(
            &points![
                [1.36, 0.72, -1.07, -1.35, -0.93, -0.26, -1.08, -0.42, -0.73,
                0.31, 1.22], [0.64, -0.28, 0.85, -0.29, 0.82, 0.5, 1.03, 0.51, 0.65, -1.09, -0.39]
            ],
            Companions {
                f: &|p| g042(&arr1(&p[0..3]), &arr1(&p[3..5]), &arr2(&p[5..11], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g042_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g042_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g042_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["w", "u", "a"],
                jvp: &|p, t| g042_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g042_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr1(&v[0..3]),
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
    fn g043_gradient() {
        check(
            &points![
                [0.83, 1.01, -0.54, -0.53, 0.7, -0.24, 0.37, 0.68, 1.34, 0.62, 0.88,
                1.1, -0.3, -1.35, 1.22, -0.56, 1.32, 0.63, -0.59], [0.65, -0.25, -0.61, -0.88, -0.5, -1.38, 1.27, -0.52, 1.14, 1.17, -1.36, -1.1,
                0.48, -1.38, -0.67, -1.19, -0.98, -1.32, -0.31]
            ],
            Companions {
                f: &|p| g043(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g043_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..19], 3, 1),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g043_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                        &arr2(&p[16..19], 3, 1),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g043_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                ),
                names: &["u", "a", "c"],
                jvp: &|p, t| g043_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr2(&p[16..19], 3, 1),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                    &arr2(&t[16..19], 3, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g043_hvp(
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
    fn g044_gradient() {
        check(
            &points![
                [-1.0, 1.36, -1.4, 0.34, 1.39, 0.38, -0.36, 0.23, 1.2, 1.04, -0.43, -1.11, 1.3, 0.51, 1.4], [0.7, 0.99, -0.96, -1.2, -1.39, -1.39, -1.16,
                -0.96, -0.9, -1.39, -1.08, -0.89, -0.21, 1.14, 1.21]
            ],
            Companions {
                f: &|p| g044(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..7], 3, 1),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g044_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..7], 3, 1),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g044_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..7], 3, 1),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g044_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..7], 3, 1),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                ),
                names: &["x0", "w", "c", "u", "a"],
                jvp: &|p, t| g044_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..7], 3, 1),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..7], 3, 1),
                    &arr1(&t[7..9]),
                    &arr2(&t[9..15], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g044_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..7], 3, 1),
                            &arr1(&p[7..9]),
                            &arr2(&p[9..15], 3, 2),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..7], 3, 1),
                            &arr1(&v[7..9]),
                            &arr2(&v[9..15], 3, 2),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g045_gradient() {
        check(
            &points![
                [0.56, -0.27, -0.21, 0.88, -0.72, -1.39, -1.34, 0.56, -1.28, -0.55, 1.31, 0.48, 0.98, -1.39, 0.9, 0.87, -0.43, -1.33, 1.38, -1.16,
                -0.51, 0.42, 0.83, 1.26, 0.85, -1.37, -1.33, -1.02, -0.45, -0.8, -0.59], [0.87, -0.35, 0.25, -0.51, -0.8, 0.79, -0.25, 0.23, 0.53,
                0.82, 0.98, -0.28, 0.97, 0.64, 0.99, -1.31, 0.55, 0.78, 1.29, 0.46,
                0.74, 1.05, -0.98, 0.72, -0.66, -1.06, -0.4, 1.35, 1.26, -0.49,
                0.92]
            ],
            Companions {
                f: &|p| g045(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g045_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g045_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g045_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                names: &["c", "b", "u", "a"],
                jvp: &|p, t| g045_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..31], 3, 4),
                    &arr2(&t[0..3], 3, 1),
                    &arr2(&t[3..15], 3, 4),
                    &arr1(&t[15..19]),
                    &arr2(&t[19..31], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g045_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr2(&p[3..15], 3, 4),
                            &arr1(&p[15..19]),
                            &arr2(&p[19..31], 3, 4),
                            &arr2(&v[0..3], 3, 1),
                            &arr2(&v[3..15], 3, 4),
                            &arr1(&v[15..19]),
                            &arr2(&v[19..31], 3, 4),
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
                [0.3, 1.33, 0.87, 0.49, -0.5, -1.32, 0.79, 0.83, 1.14, -0.82, -0.33,
                0.21, -1.01, 0.49, -0.97, 1.15, 0.21, 0.31], [-0.23, -1.15, -0.62,
                1.16, -1.04, -1.39, 0.26, -0.21, -0.38, -0.24, 0.49, 0.65, 0.32,
                0.81, 0.83, 0.61, -0.49, 0.66]
            ],
            Companions {
                f: &|p| g046(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&p[12..18], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g046_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 3, 2),
                        &arr2(&p[12..18], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g046_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        p[5],
                        &arr2(&p[6..12], 3, 2),
                        &arr2(&p[12..18], 3, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g046_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&p[12..18], 3, 2),
                ),
                names: &["w", "u", "x1", "a", "b"],
                jvp: &|p, t| g046_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    p[5],
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&p[12..18], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    t[5],
                    &arr2(&t[6..12], 3, 2),
                    &arr2(&t[12..18], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g046_hvp(
                            &arr1(&p[0..3]),
                            &arr1(&p[3..5]),
                            p[5],
                            &arr2(&p[6..12], 3, 2),
                            &arr2(&p[12..18], 3, 2),
                            &arr1(&v[0..3]),
                            &arr1(&v[3..5]),
                            v[5],
                            &arr2(&v[6..12], 3, 2),
                            &arr2(&v[12..18], 3, 2),
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
                [-0.8, 1.21, -0.75, -0.79, -0.73, -0.68, -0.29, 1.35, 0.4, 0.38,
                0.54, 0.55, -0.85, 0.32, 0.73, 0.71, 0.81, -0.36, -0.6, 0.87, -0.59,
                -0.63, 0.46, -0.76, 0.4, -1.04, -1.25, -0.21, 0.61], [1.08, -0.91,
                -0.39, 1.03, 1.33, -0.26, -1.17, -0.31, -0.9, 0.73, -1.11, -0.49,
                0.32, 0.49, 1.28, -0.87, -0.66, -0.82, -1.32, 0.7, -0.7, 1.03, -1.14, -0.65, -1.09, 0.55, 1.16, 0.58, 1.23]
            ],
            Companions {
                f: &|p| g047(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    p[24],
                    &arr2(&p[25..29], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g047_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        p[24],
                        &arr2(&p[25..29], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g047_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        p[24],
                        &arr2(&p[25..29], 1, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g047_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    p[24],
                    &arr2(&p[25..29], 1, 4),
                ),
                names: &["a", "b", "x0", "d"],
                jvp: &|p, t| g047_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    p[24],
                    &arr2(&p[25..29], 1, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    t[24],
                    &arr2(&t[25..29], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g047_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            p[24],
                            &arr2(&p[25..29], 1, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            v[24],
                            &arr2(&v[25..29], 1, 4),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g048_gradient() {
        check(
            &points![
                [1.22, 0.42, -1.35, -0.49, 0.24, -0.86, 0.43, -0.34, -0.6, 0.52,
                0.31, -1.31, -1.31, 0.29, 0.45], [-0.74, 1.13, -0.61, -0.87, 0.25, -0.7, 0.82, -1.08, 0.47, 1.08, 0.78, -0.47, -1.11, -1.12, -1.25]
            ],
            Companions {
                f: &|p| g048(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&p[9..15], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g048_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                        p[8],
                        &arr2(&p[9..15], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g048_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                        p[8],
                        &arr2(&p[9..15], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g048_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&p[9..15], 2, 3),
                ),
                names: &["b", "w", "x0", "a"],
                jvp: &|p, t| g048_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&p[9..15], 2, 3),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..8]),
                    t[8],
                    &arr2(&t[9..15], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g048_hvp(
                            &arr2(&p[0..6], 2, 3),
                            &arr1(&p[6..8]),
                            p[8],
                            &arr2(&p[9..15], 2, 3),
                            &arr2(&v[0..6], 2, 3),
                            &arr1(&v[6..8]),
                            v[8],
                            &arr2(&v[9..15], 2, 3),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g049_gradient() {
        check(
            &points![
                [-0.49, -1.13, -1.11, 1.11, -0.73, -0.57, -1.18, -0.73, 0.57,
                0.59, -0.46, 1.0, -0.26, 0.94, 1.26, 1.28], [-0.82, 0.76, -1.03,
                0.97, -1.35, 0.66, -0.41, 0.53, -1.17, -1.03, 0.44, -1.24, -1.21, -0.28, 1.15, 0.64]
            ],
            Companions {
                f: &|p| g049(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..16], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g049_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                        &arr2(&p[10..16], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g049_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 2, 3),
                        &arr2(&p[10..16], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g049_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..16], 2, 3),
                ),
                names: &["x1", "u", "b", "a"],
                jvp: &|p, t| g049_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 2, 3),
                    &arr2(&p[10..16], 2, 3),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..10], 2, 3),
                    &arr2(&t[10..16], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g049_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..10], 2, 3),
                            &arr2(&p[10..16], 2, 3),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..10], 2, 3),
                            &arr2(&v[10..16], 2, 3),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g050_gradient() {
        check(
            &points![
                [0.67, 0.8, -1.13, 0.9, 1.02, -0.76, -0.3, -0.6, -1.04], [0.39,
                0.59, 0.33, 0.49, 0.36, -0.8, 0.72, 1.2, 1.3]
            ],
            Companions {
                f: &|p| g050(&arr2(&p[0..8], 2, 4), p[8]),
                grad: &|p| {
                    let (value, (g0, g1)) = g050_grad(&arr2(&p[0..8], 2, 4), p[8]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g050_vjp(&arr2(&p[0..8], 2, 4), p[8]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g050_graph(&arr2(&p[0..8], 2, 4), p[8]),
                names: &["a", "x0"],
                jvp: &|p, t| g050_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g050_hvp(
                            &arr2(&p[0..8], 2, 4),
                            p[8],
                            &arr2(&v[0..8], 2, 4),
                            v[8],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g051_gradient() {
        check(
            &points![
                [-1.15, -1.07, 1.21, -1.4, 1.05, -0.51, 0.32, 0.96, -1.01, 1.36, -0.7, 0.98, 0.8, -0.94, -1.01], [-0.87, -1.28, -0.65, 1.14, -1.39,
                0.34, 0.41, -0.76, 0.25, 1.23, -1.02, -0.55, -0.63, -0.55, 0.32]
            ],
            Companions {
                f: &|p| g051(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    p[14],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g051_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                        p[14],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g051_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                        p[14],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g051_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    p[14],
                ),
                names: &["u", "a", "b", "x0"],
                jvp: &|p, t| g051_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    p[14],
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr2(&t[8..14], 3, 2),
                    t[14],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g051_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr2(&p[8..14], 3, 2),
                            p[14],
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr2(&v[8..14], 3, 2),
                            v[14],
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
                [0.97, 0.32, -0.23, -0.99, 0.34, -0.41, 1.31, -0.5, 0.91, -0.69, -0.61, 1.27, -0.66, 0.23, -0.78, -0.4, 0.85, -0.95, -0.25, -0.51,
                0.2], [0.94, -1.26, -0.31, 0.71, 1.39, 0.39, 1.35, -1.19, -0.53, -0.91, 1.11, -0.99, 1.0, -0.91, 1.35, -0.63, -0.46, -0.88, -1.06,
                1.18, -0.43]
            ],
            Companions {
                f: &|p| g052(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g052_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr1(&p[4..8]),
                        p[8],
                        &arr2(&p[9..21], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g052_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr1(&p[4..8]),
                        p[8],
                        &arr2(&p[9..21], 3, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g052_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                ),
                names: &["x0", "w", "u", "x1", "a"],
                jvp: &|p, t| g052_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr1(&p[4..8]),
                    p[8],
                    &arr2(&p[9..21], 3, 4),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr1(&t[4..8]),
                    t[8],
                    &arr2(&t[9..21], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g052_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr1(&p[4..8]),
                            p[8],
                            &arr2(&p[9..21], 3, 4),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr1(&v[4..8]),
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
    fn g053_gradient() {
        check(
            &points![
                [-0.72, -1.25, -0.45, -0.52, -1.09, 0.54, 1.03, 0.64, 0.75, 0.54, -0.8, -0.54, 1.15, -0.72, 1.05, 0.53, -0.94], [0.78, -0.45, -1.08, -0.32, 1.18, -1.1, -0.38, 0.66, -0.26, -1.35, 0.79, -1.1, 1.05, -0.44, 0.72, 0.5, -1.23]
            ],
            Companions {
                f: &|p| g053(p[0], p[1], &arr2(&p[2..14], 3, 4), &arr1(&p[14..17])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g053_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..14], 3, 4),
                        &arr1(&p[14..17]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g053_vjp(
                        p[0],
                        p[1],
                        &arr2(&p[2..14], 3, 4),
                        &arr1(&p[14..17]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g053_graph(
                    p[0],
                    p[1],
                    &arr2(&p[2..14], 3, 4),
                    &arr1(&p[14..17]),
                ),
                names: &["x1", "x0", "a", "w"],
                jvp: &|p, t| g053_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..14], 3, 4),
                    &arr1(&p[14..17]),
                    t[0],
                    t[1],
                    &arr2(&t[2..14], 3, 4),
                    &arr1(&t[14..17]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g053_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..14], 3, 4),
                            &arr1(&p[14..17]),
                            v[0],
                            v[1],
                            &arr2(&v[2..14], 3, 4),
                            &arr1(&v[14..17]),
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
                [0.55, 0.63, 1.12, 0.21, -1.39, 0.5, -0.95, -0.31, -0.4, 0.99, 0.41,
                1.36, 0.77, -1.16, -0.84, -0.46, 1.4, 0.88, 0.23, 0.62, 0.76, -1.39,
                -1.15], [0.69, -0.67, 1.19, 1.23, 1.07, -1.38, 0.74, 1.28, -0.99, -1.28, 1.04, 1.21, -0.51, -0.68, 1.15, -1.23, -0.85, 1.13, -1.2,
                1.05, -0.22, 0.49, 1.06]
            ],
            Companions {
                f: &|p| g054(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..11], 2, 1),
                    &arr1(&p[11..14]),
                    &arr2(&p[14..17], 1, 3),
                    &arr2(&p[17..23], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5, g6)) = g054_grad(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..11], 2, 1),
                        &arr1(&p[11..14]),
                        &arr2(&p[14..17], 1, 3),
                        &arr2(&p[17..23], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g054_vjp(
                        p[0],
                        &arr2(&p[1..7], 2, 3),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..11], 2, 1),
                        &arr1(&p[11..14]),
                        &arr2(&p[14..17], 1, 3),
                        &arr2(&p[17..23], 2, 3),
                    );
                    let (g0, g1, g2, g3, g4, g5, g6) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5, g6])
                },
                graph: &|p| g054_graph(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..11], 2, 1),
                    &arr1(&p[11..14]),
                    &arr2(&p[14..17], 1, 3),
                    &arr2(&p[17..23], 2, 3),
                ),
                names: &["x0", "b", "w", "c", "u", "d", "a"],
                jvp: &|p, t| g054_jvp(
                    p[0],
                    &arr2(&p[1..7], 2, 3),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..11], 2, 1),
                    &arr1(&p[11..14]),
                    &arr2(&p[14..17], 1, 3),
                    &arr2(&p[17..23], 2, 3),
                    t[0],
                    &arr2(&t[1..7], 2, 3),
                    &arr1(&t[7..9]),
                    &arr2(&t[9..11], 2, 1),
                    &arr1(&t[11..14]),
                    &arr2(&t[14..17], 1, 3),
                    &arr2(&t[17..23], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5, g6),
                            (h0, h1, h2, h3, h4, h5, h6),
                        ) = g054_hvp(
                            p[0],
                            &arr2(&p[1..7], 2, 3),
                            &arr1(&p[7..9]),
                            &arr2(&p[9..11], 2, 1),
                            &arr1(&p[11..14]),
                            &arr2(&p[14..17], 1, 3),
                            &arr2(&p[17..23], 2, 3),
                            v[0],
                            &arr2(&v[1..7], 2, 3),
                            &arr1(&v[7..9]),
                            &arr2(&v[9..11], 2, 1),
                            &arr1(&v[11..14]),
                            &arr2(&v[14..17], 1, 3),
                            &arr2(&v[17..23], 2, 3),
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
    fn g055_gradient() {
        check(
            &points![
                [-0.97, 1.3, 0.45, -1.27, -0.82, 0.22, 1.33, -0.66, 1.04], [-0.29, -1.35, -0.33, -0.43, -0.27, 0.96, 1.33, -0.83, 1.07]
            ],
            Companions {
                f: &|p| g055(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g055_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g055_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g055_graph(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                names: &["x1", "a", "u"],
                jvp: &|p, t| g055_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g055_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr1(&p[7..9]),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            &arr1(&v[7..9]),
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
                [1.24, -0.6, -0.44, -0.98, 0.46, 1.25, 1.17, -0.46, -1.1, -0.84, -0.22, -1.21, 0.76, -0.94, -1.18, 1.39, -0.36, 1.4, 0.72, 1.03, -1.37, -1.31, -0.41, -1.29, 1.11, -0.99, 1.08, -1.16], [1.07, -0.35,
                0.36, -0.85, -0.63, -1.27, -0.54, 1.29, 0.54, -1.09, -1.17, 0.7, -0.66, -0.56, -0.75, -0.82, 1.29, 0.48, 0.81, -0.56, 0.75, -0.61,
                1.3, -1.17, 0.58, 1.28, -1.38, 1.21]
            ],
            Companions {
                f: &|p| g056(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g056_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..28], 1, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g056_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr2(&p[24..28], 1, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g056_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                ),
                names: &["a", "b", "d"],
                jvp: &|p, t| g056_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&p[24..28], 1, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    &arr2(&t[24..28], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g056_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr2(&p[24..28], 1, 4),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            &arr2(&v[24..28], 1, 4),
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
                [-0.71, 0.27, -0.47, 1.28, 0.33, 0.35, 1.34, 1.07, 0.82, 1.31, 1.05, -1.04, 0.89, 1.3, 0.29, 1.1], [-1.08, 0.29, -0.55, -0.98, -0.31, 0.74,
                0.42, 0.33, 0.52, -1.03, 1.24, -0.27, 0.79, 0.63, -0.47, 1.26]
            ],
            Companions {
                f: &|p| g057(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    &arr1(&p[14..16]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g057_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                        &arr1(&p[14..16]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g057_vjp(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                        &arr2(&p[8..14], 3, 2),
                        &arr1(&p[14..16]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g057_graph(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    &arr1(&p[14..16]),
                ),
                names: &["x0", "x1", "b", "a", "u"],
                jvp: &|p, t| g057_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    &arr2(&p[8..14], 3, 2),
                    &arr1(&p[14..16]),
                    t[0],
                    t[1],
                    &arr2(&t[2..8], 3, 2),
                    &arr2(&t[8..14], 3, 2),
                    &arr1(&t[14..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g057_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..8], 3, 2),
                            &arr2(&p[8..14], 3, 2),
                            &arr1(&p[14..16]),
                            v[0],
                            v[1],
                            &arr2(&v[2..8], 3, 2),
                            &arr2(&v[8..14], 3, 2),
                            &arr1(&v[14..16]),
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
                [0.32, -1.14, 1.14, 0.42, -1.13, 1.12, -0.55, 0.29, -0.68, -1.39, -0.96, 0.23, -0.6], [-0.64, 1.03, 0.83, -0.36, 0.5, -0.2, 0.76, -0.51, -1.09, 1.26, -1.16, -0.76, -0.36]
            ],
            Companions {
                f: &|p| g058(&arr2(&p[0..12], 3, 4), p[12]),
                grad: &|p| {
                    let (value, (g0, g1)) = g058_grad(&arr2(&p[0..12], 3, 4), p[12]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g058_vjp(&arr2(&p[0..12], 3, 4), p[12]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g058_graph(&arr2(&p[0..12], 3, 4), p[12]),
                names: &["a", "x0"],
                jvp: &|p, t| g058_jvp(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr2(&t[0..12], 3, 4),
                    t[12],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g058_hvp(
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
    fn g059_gradient() {
        check(
            &points![
                [0.65, 0.35, -0.27, 1.12, 0.51, 1.27, -0.64, 0.92, 1.3, 0.54, -0.24, -0.56, 0.42, -0.73, -0.41, -1.0, -0.22, 1.27], [-1.29, -0.72, 1.21,
                -1.38, 1.05, -0.85, 0.43, -0.5, -1.05, -1.25, -1.27, -1.37, 0.9, -0.98, 1.24, 0.88, 0.39, 0.46]
            ],
            Companions {
                f: &|p| g059(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g059_grad(
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
                    let (value, pullback) = g059_vjp(
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
                graph: &|p| g059_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..6], 2, 1),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..18], 2, 4),
                ),
                names: &["u", "c", "x1", "x0", "w", "a"],
                jvp: &|p, t| g059_jvp(
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
                        ) = g059_hvp(
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
    fn g060_gradient() {
        check(
            &points![
                [0.66, -0.66, -0.91, -0.63, -0.42, -0.22, 1.02, 1.25, 1.31, -0.38,
                -0.66, -0.37, -0.99, 1.02, 0.92, -0.8, 0.45, -0.69, -0.97, 0.56, -1.32, 0.26, -1.01, -1.12], [-0.76, 1.33, 0.41, 1.35, 1.36, 0.6, -0.65, 0.37, -1.11, 1.18, -1.11, -1.15, 0.75, -0.34, -0.94, -0.29,
                0.57, 0.31, 0.73, -0.64, -0.85, 0.33, 0.91, -1.27]
            ],
            Companions {
                f: &|p| g060(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g060_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g060_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g060_graph(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4)),
                names: &["b", "a"],
                jvp: &|p, t| g060_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g060_hvp(
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
    fn g061_gradient() {
        check(
            &points![
                [0.98, 0.56, -0.77, 0.61, -0.45, -1.13, 1.21, -1.01, 0.21, -0.29, -0.65, -0.82], [-0.53, 0.37, 0.78, 0.78, 0.23, 1.22, 0.24, -0.81, 0.41,
                0.46, 0.73, -1.01]
            ],
            Companions {
                f: &|p| g061(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g061_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g061_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g061_graph(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                names: &["b", "a"],
                jvp: &|p, t| g061_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g061_hvp(
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
    fn g062_gradient() {
        check(
            &points![
                [0.67, 1.38, -1.02, -0.89, -0.76, -0.22, -1.13, 0.88, -0.4, -0.76,
                0.88], [-0.27, 0.81, -0.59, 0.9, -1.27, -0.72, -0.92, 0.85, -1.05,
                -0.46, -1.08]
            ],
            Companions {
                f: &|p| g062(&arr1(&p[0..2]), &arr2(&p[2..8], 2, 3), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g062_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g062_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g062_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                ),
                names: &["w", "a", "u"],
                jvp: &|p, t| g062_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 2, 3),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g062_hvp(
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
    fn g063_gradient() {
        check(
            &points![
                [-0.52, 0.4, -1.21, 0.23, -1.18, -0.75, -0.51, 0.92, 0.94, -0.77,
                0.29, -0.58], [1.28, 0.32, -0.21, 1.09, 1.15, -1.31, 0.81, -0.8, 1.3,
                -0.3, 1.0, 1.25]
            ],
            Companions {
                f: &|p| g063(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g063_grad(
                        &arr2(&p[0..3], 1, 3),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g063_vjp(
                        &arr2(&p[0..3], 1, 3),
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g063_graph(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                ),
                names: &["d", "u", "a"],
                jvp: &|p, t| g063_jvp(
                    &arr2(&p[0..3], 1, 3),
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 2, 3),
                    &arr2(&t[0..3], 1, 3),
                    &arr1(&t[3..6]),
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g063_hvp(
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
    fn g064_gradient() {
        check(
            &points![
                [0.31, 1.34, 0.81, 0.23, -0.86, -0.78, 0.82, -1.15, 0.37, -0.93, 1.3,
                0.99, -1.14, 0.98, 0.85, 1.12, 1.15, -0.64, -0.43, 1.38, -0.64],
                [0.5, -0.49, 1.2, -1.39, -0.38, -0.93, -1.32, 1.03, -1.21, -0.46,
                0.88, 0.54, 0.95, 1.27, 0.7, -0.31, -0.29, -0.2, 1.26, -0.62, 0.65]
            ],
            Companions {
                f: &|p| g064(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    p[20],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g064_grad(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                        p[20],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g064_vjp(
                        &arr2(&p[0..12], 3, 4),
                        p[12],
                        &arr1(&p[13..17]),
                        &arr1(&p[17..20]),
                        p[20],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g064_graph(
                    &arr2(&p[0..12], 3, 4),
                    p[12],
                    &arr1(&p[13..17]),
                    &arr1(&p[17..20]),
                    p[20],
                ),
                names: &["a", "x0", "u", "w", "x1"],
                jvp: &|p, t| g064_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g064_hvp(
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
    fn g065_gradient() {
        check(
            &points![
                [1.04, -0.54, -1.17, 0.82, 0.49, 1.21, -0.49, 0.92], [-0.38, -0.36,
                -0.53, -0.77, 1.39, 0.79, -1.3, -0.91]
            ],
            Companions {
                f: &|p| g065(p[0], p[1], &arr2(&p[2..8], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g065_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g065_vjp(p[0], p[1], &arr2(&p[2..8], 3, 2));
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g065_graph(p[0], p[1], &arr2(&p[2..8], 3, 2)),
                names: &["x1", "x0", "a"],
                jvp: &|p, t| g065_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 3, 2),
                    t[0],
                    t[1],
                    &arr2(&t[2..8], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g065_hvp(
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
    fn g066_gradient() {
        check(
            &points![
                [-1.31, -0.78, -0.28, 0.75, 0.66, -0.52, 1.19, -0.51, 0.75, 0.9, -0.57, 1.08, -0.21], [-0.55, -1.23, -0.43, 1.35, -0.4, -0.41, 0.42,
                -0.68, -1.23, 0.96, 0.8, 0.32, -0.62]
            ],
            Companions {
                f: &|p| g066(&arr2(&p[0..8], 2, 4), p[8], &arr2(&p[9..13], 1, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g066_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..13], 1, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g066_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr2(&p[9..13], 1, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g066_graph(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..13], 1, 4),
                ),
                names: &["a", "x0", "d"],
                jvp: &|p, t| g066_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&p[9..13], 1, 4),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr2(&t[9..13], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g066_hvp(
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
    fn g067_gradient() {
        check(
            &points![
                [1.1, -1.39, 1.15, -0.33, 0.38, -0.37, 0.95, 0.39, 0.7], [0.26, -1.14, -0.3, -1.27, 1.23, 0.31, -0.85, -0.39, -0.45]
            ],
            Companions {
                f: &|p| g067(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g067_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g067_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g067_graph(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                names: &["a", "x1", "u"],
                jvp: &|p, t| g067_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g067_hvp(
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
    fn g068_gradient() {
        check(
            &points![
                [0.21, 0.38, 0.59, 0.57, -0.71, 0.39, -1.11, -0.92, 0.39, -1.25,
                0.59, 0.7, 0.55], [0.45, -1.14, 1.21, 0.83, 1.01, -0.89, -0.84, -0.72, 0.92, 0.89, 0.65, 1.12, 1.33]
            ],
            Companions {
                f: &|p| g068(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..12], 3, 1),
                    p[12],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g068_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..12], 3, 1),
                        p[12],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g068_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..9], 3, 2),
                        &arr2(&p[9..12], 3, 1),
                        p[12],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g068_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..9], 3, 2),
                    &arr2(&p[9..12], 3, 1),
                    p[12],
                ),
                names: &["u", "x1", "a", "c", "x0"],
                jvp: &|p, t| g068_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g068_hvp(
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
    fn g069_gradient() {
        check(
            &points![
                [-0.77, -0.66, -0.81, -1.18, -0.31, 0.65, 0.3, 1.37, 0.77, 0.37, -0.99, 0.49, -1.13], [-0.74, -0.42, -0.8, 0.54, 1.13, -0.62, 0.78,
                0.98, -0.27, -0.91, -0.85, 1.04, 0.32]
            ],
            Companions {
                f: &|p| g069(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..13], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g069_grad(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g069_vjp(
                        p[0],
                        &arr2(&p[1..4], 3, 1),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g069_graph(
                    p[0],
                    &arr2(&p[1..4], 3, 1),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["x0", "c", "w", "a"],
                jvp: &|p, t| g069_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g069_hvp(
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
}
