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
#[grad::differentiate]
fn h006(y0: f64, y2: f64, y1: f64) -> f64 {
    let mut s1 = y2;
    for _ in (1..4).step_by(2) {
        s1 /= y1 * s1;
    }
    f64::sin(y0.min(y0 + y2)) + s1
}
#[grad::differentiate]
fn h007(y0: f64, ys: &[f64]) -> f64 {
    -(ys[1] * ys[3]) * ys[3].abs() + y0
}
#[grad::differentiate]
fn h008(y0: f64) -> f64 {
    (-y0).abs() + y0 / y0 / (3.0 - y0)
}
#[grad::differentiate]
fn h009(y0: f64) -> f64 {
    let t0 = y0.powi(-2);
    let mut s0: f64 = 1.0;
    for _ in 1..3 {
        s0 *= s0;
    }
    y0 + t0 + s0
}
#[grad::differentiate]
fn h010(y0: f64, y1: f64, ys: &[f64]) -> f64 {
    let t0 = y1 * y0;
    let mut g0 = vec![vec![0.0_f64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j] -= y0 * y0;
        }
        g0[i][i] -= -t0 + t0;
    }
    t0 + ys[3] + g0[1][1]
}
#[grad::differentiate]
fn h011(y0: f64) -> f64 {
    f64::tanh({
        let r0 = y0.exp();
        r0 * f64::exp(y0)
    })
}
#[grad::differentiate]
fn h012(y0: f64, y1: f64) -> f64 {
    y1 + y0
}
#[grad::differentiate(dual_calls)]
fn h013(y1: f64, y0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = h003(-v0[(i + 1) % v0.len()], y1);
        v0[i] = h000(y0) + (0.25 + y1);
    }
    let t0 = y0.abs().powi(-1);
    y1 + v0[2] + t0
}
#[grad::differentiate]
fn h014(y0: f64, ys: &[f64]) -> f64 {
    y0 + ys[3]
}
#[grad::differentiate(dual_calls)]
fn h015(y0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in (0..3).rev() {
        s0 += h011(f64::tanh(y0));
        s0 *= y0;
        s0 = s0 + h006(y0, y0, y0);
    }
    s0.powf(-0.5) + y0 + s0
}
#[grad::differentiate]
fn h016(y0: f64, ys: &[f64]) -> f64 {
    let mut s1 = ys[1].sin();
    for _ in ys.iter() {
        s1 += y0;
        s1 /= (0.75 * ys[0]).tanh();
        s1 -= ys[0];
    }
    ys[2].abs() - ys[0] + s1
}
#[grad::differentiate]
fn h017(y2: f64, y0: f64, y1: f64) -> f64 {
    let t0: f64 = 3.0 + y1;
    (0.75
        + ({
            let r0 = y1;
            r0 - y1
        }))
        .powi(-1) + y2 + y0 + t0
}
#[grad::differentiate]
fn h018(y1: f64, y2: f64, ys: &[f64], y0: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for i in 0..2 {
        s1 += ys[i + 1] * 0.75;
    }
    y1 + y2 + y0 + s1
}
#[grad::differentiate]
fn h019(y0: f64) -> f64 {
    y0
}
#[grad::differentiate]
fn h020(y0: f64, ys: &[f64]) -> f64 {
    -ys[0] + (y0 + 1.5)
}
#[grad::differentiate]
fn h021(y0: f64) -> f64 {
    let t0 = y0;
    t0
}
#[grad::differentiate]
fn h022(y0: f64, ys: &[f64]) -> f64 {
    y0 + ys[2]
}
#[grad::differentiate(dual_calls)]
fn h023(y1: f64, y0: f64, ys: &[f64]) -> f64 {
    let t0 = h021({
        let r0 = y1;
        r0 * y0
    });
    y0.exp() + ys[2] + t0
}
#[grad::differentiate]
fn h024(y1: f64, y2: f64, y0: f64) -> f64 {
    let t1 = y1 * y2 + y2 + y2;
    let mut s1: f64 = 0.5;
    for i in 0..3 {
        s1 = s1 - (if -y2 > y2.cos() { y0.exp() } else { if i != 0 { y1 } else { y1 } });
    }
    (s1 * 2.0).abs() + t1 + s1
}
#[grad::differentiate]
fn h025(y0: f64) -> f64 {
    let mut g0 = vec![[0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] -= y0;
        }
    }
    let mut g1 = vec![[0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g1[i][j] = y0;
        }
    }
    y0 + g0[3][2] + g1[2][1]
}
#[grad::differentiate]
fn h026(y0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 = s0 * (((k0 + 1) as f64) * y0);
        k0 += 1;
    }
    s0 + s0
}
#[grad::differentiate]
fn h027(y1: f64, y0: f64) -> f64 {
    if (y0 - 2.0).powi(3) <= 0.1 {
        return -y1;
    }
    let (t0, t1) = (y0, y0);
    (if y1 <= t0 { t1 } else { t1 }) / t0.tanh()
}
#[grad::differentiate]
fn h028(y0: f64, y1: f64, ys: &[f64]) -> f64 {
    let (t0, t1) = (y1.min(ys[1]) + 1.5, y1);
    let t2 = -({
        let r0 = ys[0];
        r0 * y0
    });
    ys[0] + t0 + t1 + t2
}
#[grad::differentiate]
fn h029(y0: f64) -> f64 {
    let t0 = (3.0 * y0).tanh() / -y0;
    let mut g0 = vec![vec![0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g0[i][j] = g0[i][i];
        }
        g0[i][i] -= y0;
    }
    y0 + t0 + g0[3][3]
}
#[grad::differentiate(dual_calls)]
fn f000(x0: f64, xs: &[f64], x1: f64, n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < n {
        s0 += f64::abs(x1);
        k0 += 1;
    }
    if s0 >= 0.25 {
        if h009(x0).powi(-2)
            > (match n % 2 {
                0 => xs[3] * x1,
                _ => f64::abs(xs[2]),
            })
        {
            return xs[1].sqrt();
        }
        for p0 in xs.iter() {
            s0 += -(xs[2] + (k0 as f64));
            s0 += s0;
            s0 /= (*p0).sin().cos();
        }
    } else {
        s0 *= x1.powi(3);
        s0 = s0 * self::h016(xs[2], xs).sqrt();
    }
    let mut s1 = xs[3];
    let mut k1 = 0;
    loop {
        if k1 >= n {
            break;
        }
        s0 = s0
            + (if xs[(k1 + 1) % xs.len()].min(x0) <= 0.5 {
                xs[k1].tanh()
            } else {
                h006(s1, x1, s0)
            });
        s0 += h020(xs[k1 % xs.len()], xs) + (xs[k1] + xs[k1]);
        k1 += 1;
    }
    let mut s2 = s1.cos();
    if (if k1 != 0 { s1.sqrt() } else { xs[3].powi(3) }) > x0 {
        s0 += (n as f64) * f64::tanh(xs[0]);
        s2 = s2 - xs[2];
    } else if k1 != 2 {
        s1 += xs[2].ln().sqrt();
    } else if s1
        / (match k0 % 2 {
            0 => xs[0],
            _ => xs[2],
        }) > 1.5
    {
        s0 += xs[2].powi(3);
        s2 = s2
            - ((match k1 % 2 {
                0 => 1.5,
                _ => x0,
            })
                + ({
                    let r0 = x1;
                    r0
                }));
    } else {
        s2 = s2
            * (s1
                / (match k0 % 3 {
                    0 => x0,
                    1 => xs[1],
                    _ => xs[0],
                }));
    }
    let mut s3: f64 = 0.0;
    let mut k2 = 0;
    let r1 = loop {
        if xs[k2] <= 0.5 {
            break 3.0 * s3 + (xs[(k2 + 1) % xs.len()] + s2);
        }
        for j in 0..xs.len() {
            s0 += h012(3.0 + xs[k2 % xs.len()], xs[j]);
            s3 += (s0 / s1).powf(f64::cos(x1));
        }
        k2 += 1;
        if k2 == xs.len() {
            break xs[2] / (xs[1] + s2);
        }
    };
    s2 += xs[1] - x1;
    -h020(h003(s0, s2), xs) + s0 + s1 + s2 + s3 + r1
}
#[grad::differentiate]
fn f001(xs: &[f64], x0: f64) -> f64 {
    let t0 = x0 + -xs[1];
    let (t1, t2) = (
        xs[0].exp(),
        {
            let r0 = xs[2].exp();
            r0 + t0
        },
    );
    let mut s0 = (1.25 / xs[1]).cos();
    if 1.5 - t0 + t0 <= xs[0] {
        s0 *= s0.ln();
        s0 = s0 - xs[2].min(s0).max(s0.powi(3));
    } else if (if t0 >= 0.1 { 1.25 } else { t1 }).abs() <= t0 {
        s0 += xs[0] * s0;
    } else {
        s0 += s0.cos() / (xs[1] + xs[0]);
        s0 -= s0.sqrt();
    }
    let mut s1 = if xs[0] > f64::exp(xs[2]) { xs[2] } else { 0.1 };
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..3 {
            r1 -= xs[j] * 0.5;
        }
        s1 += r1 * t2;
    }
    let mut s2: f64 = 1.0;
    for i in 0..1 {
        s2 += xs[i + 2];
    }
    x0.exp() * (0.25 + s1) + s0 + s1 + s2
}
#[grad::differentiate]
fn f002(n: usize, x0: f64, x1: f64) -> f64 {
    let t0 = (x0 + x1
        + (match n % 2 {
            0 => x1,
            _ => x1,
        })) * x0;
    let mut s0: f64 = 0.0;
    for _ in 0..4 {
        s0 -= x0.powi(-1) + x1.min(x0);
    }
    let mut s1 = (-x1).powf(x1.powi(-2));
    for i in 0..2 {
        if i % 2 == 0 {
            s1 = s1 - f64::tanh(x1) / t0;
            s1 += (0.5 - s1).max(x1 + t0);
        } else {
            s1 -= t0.powf(0.5).sqrt();
        }
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j] = s0;
        }
    }
    if n % 2 == 0 {
        return x1.max(s1);
    }
    g0[2][0] + s0 + s1 + g0[2][1]
}
#[grad::differentiate]
fn f003(x2: f64, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let (t0, t1) = (
        {
            let r0 = 1.5 * x2;
            r0 * (x2 + xs[1])
        },
        xs[4] / xs[4].min(x1),
    );
    let t1 = t1 - t1;
    xs[3] + x0 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f004(x1: f64, x0: f64, n: usize) -> f64 {
    let t0 = x1 + 1.5;
    let mut s1: f64 = 0.5;
    for i in 1..3 {
        if i >= 1 {
            break;
        }
        s1 = s1 - x1.sqrt();
    }
    let mut s2: f64 = 0.5;
    if n % 2 == 0 {
        s2 = x1
            + (match n % 3 {
                0 => x0,
                1 => s2,
                _ => t0,
            });
        s1 *= x1.abs();
    }
    if s2 - s2.exp() > 3.0 {
        s2 = s2 + s1;
    } else {
        s2
            -= {
                let r0 = h004(x0, t0, s2);
                r0
                    * ({
                        let r1 = x1;
                        r1 * s2
                    })
            };
    }
    s1 + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f005(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let t0 = (n as f64) * xs[3] + (xs[3] + xs[3]) * xs[1];
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = xs[i];
    }
    let t2 = xs[2] * (if xs[3] <= 3.0 { v0[2] } else { t0 })
        - (match n % 3 {
            0 => x0,
            1 => 1.25,
            _ => 0.5,
        });
    let t3 = ((match n % 2 {
        0 => xs[1],
        _ => t2,
    }) * xs[0])
        .sqrt();
    (if t3.min(v0[3]) * (v0[3] * x0) >= 2.0 {
        h005(x0.max(xs[1]), x0, (n as f64) * t0)
    } else {
        h016(t2.sin(), xs)
    }) + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f006(xs: &[f64], x2: f64, x1: f64, x0: f64) -> f64 {
    if x2.min(1.25).tanh() <= (xs[1] + xs[1]) * (1.5 + x0) {
        return xs[0] + x1 + xs[0];
    }
    let t1 = x0;
    let t2 = x2;
    let t3 = xs[0];
    let mut s2 = (xs[0] * xs[3]).min(t2 + t3);
    for _ in xs.iter() {
        s2
            -= xs[0].sin()
                - ({
                    let r0 = x0;
                    r0 + x0
                });
    }
    if (if x2 <= x0 { xs[2] } else { s2 }) + xs[1] <= s2 {
        s2 = -(x2 * t2);
        s2 += t1 * x2;
        for (_, _) in xs.iter().zip(xs.iter()) {
            s2 += h002(t3, xs[2], xs[0]).cos();
        }
    } else {
        s2 += t1;
        s2 = s2 + (xs[1] * x1).powi(-2);
    }
    t1 + s2
}
#[grad::differentiate(dual_calls)]
fn f007(x1: f64, x0: f64, x2: f64) -> f64 {
    let t0 = (-x2).tanh();
    let mut s2: f64 = 1.0;
    for _ in (0..2).rev() {
        s2 += 2.0 + h017(x1, x0, x1);
        s2 *= x0 * x1;
    }
    (if t0 <= x2 { x2.max(x0) } else { s2 }) + s2
}
#[grad::differentiate(dual_calls)]
fn f008(n: usize, x0: f64, x2: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s1: f64 = 1.0;
    if (x2 / s1).powf(xs[3]) > 0.1 {
        s1 -= xs[2] - 0.25 + xs[2];
    } else if n >= 2 {
        s1 -= (s1 + ((n + 1) as f64)).sqrt();
    }
    if xs[2].powi(3) <= 0.5 + xs[2].powi(-1) {
        return (x0 - xs[2]).max(h001(s1));
    }
    let mut s2 = match n % 2 {
        0 => xs[3],
        _ => h023(xs[3], xs[3], xs),
    };
    for (_, _) in xs.iter().zip(xs.iter()) {
        s2
            -= (((n + 1) as f64) * xs[2])
                .max(
                    match n % 2 {
                        0 => 1.25,
                        _ => s1,
                    },
                );
    }
    let t0 = if s1 >= 0.1 {
        {
            let r0 = xs[2];
            r0 / x0
        }
    } else {
        s2
    };
    -(0.5 / xs[3]) + x2 + x1 + s1 + s2 + t0
}
#[grad::differentiate(dual_calls)]
fn f009(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let t0: f64 = h017(xs[1], xs[2], xs[2].powi(3));
    let (t1, t2) = (h027(t0.tanh(), xs[2] + xs[2]), xs[1] + ((n + 1) as f64));
    let mut g1 = vec![vec![vec![0.0_f64; 2]; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g1[i][j][i] = -({
                let r1 = g1[i][i][i];
                r1 + t1
            });
        }
    }
    (match n % 3 {
        0 => {
            (match n % 2 {
                0 => xs[4],
                _ => t0,
            })
                .sqrt()
        }
        1 => t2.cos(),
        _ => 2.0,
    }) + x0 + g1[1][2][1]
}
#[grad::differentiate]
fn f010(x0: f64, x2: f64, x1: f64) -> f64 {
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
fn f011(n: usize, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in 0..xs.len() {
        if i % 2 == 0 {
            if i == 1 {
                continue;
            }
        } else {
            s0 = s0 * (-xs[i]).max(0.25 * s0);
            s0 = s0 * (if n != 2 { s0 * xs[i] } else { 0.5 * s0 });
        }
        s0 *= x0;
        s0 += h009(xs[3]) + xs[i];
    }
    let mut s1 = xs[2];
    let mut k0 = 0;
    while k0 < 3 {
        s0 += if n % 2 == 0 { s0 * x0 } else { s1 };
        k0 += 1;
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = v0[i];
    }
    if k0 >= 2 {
        s1 = s1 + 0.1 * s1;
        s0 -= x0;
    } else if k0 < 3 {
        s1 = s0;
        s0 -= if s1 >= v0[0] { x0 } else { v0[1] };
    }
    if n < 2 {
        return -s0.powi(2);
    }
    x0.cos() + s0 + s1 + v0[1]
}
#[grad::differentiate]
fn f012(x1: f64, xs: &[f64], x2: f64, x0: f64) -> f64 {
    let (t0, t1) = (xs[2], xs[2]);
    let mut s1 = x1.ln();
    for _ in 0..3 {
        s1 += t0 * t0 + t1.exp();
    }
    x0 + x2 + s1
}
#[grad::differentiate(dual_calls)]
fn f013(x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s0 += if s0 < 1.25 { s0 } else { x0 };
        s0 = s0 - (x0 - x0);
    }
    let (t1, t2) = (x0, s0);
    let (t3, t4) = (t1.exp() * self::h011(t2), (s0 + (n as f64)).sqrt());
    let mut s3: f64 = 0.5;
    for _ in (1..3).rev() {
        s0 += s0.sin();
        s3 = s3 - t4 * 1.5;
        s3 = s3 - x0;
    }
    (match n % 3 {
        0 => 1.25,
        1 => x0,
        _ => t4,
    }) + 1.25 + (n as f64) + s0 + t3 + s3
}
#[grad::differentiate(dual_calls)]
fn f014(x2: f64, x1: f64, x0: f64, n: usize, ys: &[f64], xs: &[f64]) -> f64 {
    let t1 = {
        let r0 = self::h008(x0).sqrt();
        r0 * (ys[2] * ys[2]).min(x2.max(x1))
    };
    let mut g0 = vec![vec![0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] = x0;
            if j >= 2 {
                continue;
            }
        }
    }
    let t2 = g0[0][1].sin();
    if n != 0 {
        return h009(g0[2][2]).ln();
    }
    if h014(x1, xs) >= 0.75 {
        return match n % 3 {
            0 => {
                match n % 3 {
                    0 => x1,
                    1 => x1,
                    _ => t2,
                }
            }
            1 => g0[0][2].sqrt(),
            _ => ys[2],
        };
    }
    ys[0] + t1 + g0[3][2]
}
#[grad::differentiate]
fn f015(ys: &[f64], x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; ys.len()];
    for i in 0..ys.len() {
        v0[i] = x0.min(3.0) - 2.0;
    }
    let mut s2 = (v0[2] - x0).powi(2);
    if x0.sin().tanh() <= x0 {
        s2 -= s2.powf(-0.5).cos();
        if ({
            let r3 = s2;
            r3 + s2.exp()
        }) > 0.25
        {
            s2 = (s2 + v0[0]).powf(0.5);
            s2
                += s2
                    + ({
                        let r4 = v0[2];
                        r4 * ys[1]
                    });
        } else {
            v0[2] = ({
                let r5 = v0[2];
                r5 + s2
            }) / s2;
        }
    }
    let t0 = {
        let r6 = x0.max(x1);
        r6 - ys[3]
    };
    let t0 = t0 + s2.powf(t0);
    let t1 = x0;
    (v0[0].min(t0) + t0).powi(2) + xs[4] + v0[3] + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn f016(x1: f64, n: usize, x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = xs[3].exp().sqrt() - xs[0].powi(2);
    let t1 = x1.cos();
    let t2 = xs[2] * (t0 + t1) + ((n + 1) as f64);
    let mut s0: f64 = 0.5;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0
            -= {
                let r0 = t1 - t0;
                r0 - t2.max(xs[1])
            };
    }
    let t3 = t0.sqrt();
    let s2: f64 = 1.0;
    let mut k0 = 0;
    let r1 = 'outer: loop {
        for j in (1..n).rev() {
            if j >= 2 {
                break 'outer -xs[j + 1] + self::h007(t1, xs);
            }
            s0 += xs[j + 1] + 0.1;
            s0 += if xs[k0].max(1.25) < s0.powi(2) { s0 } else { t0 - xs[k0] };
            if j < 3 {
                return xs[j - 1];
            }
        }
        s0 += h000(xs[k0]) + xs[k0].sin();
        k0 += 1;
        if k0 == n {
            break x0.sqrt() * 3.0;
        }
    };
    xs[1] + s0 + t3 + s2 + r1
}
#[grad::differentiate(dual_calls)]
fn f017(x0: f64, n: usize, x1: f64, ys: &[f64], xs: &[f64], x2: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for (i, _) in xs.iter().enumerate() {
        s0 = s0 - -xs[i];
        s0 *= xs[i].abs();
        s0
            += {
                let r0 = x1;
                r0 + h021(x1)
            };
    }
    let t0 = (-xs[1]).min(xs[1]);
    let (t4, t5) = (t0, xs[2]);
    let t6 = t5 * (s0 + ((n + 1) as f64)).powf(ys[3]);
    if n < 1 {
        s0 = t4;
        s0 *= ys[1];
        for i in (0..xs.len()).rev().step_by(2) {
            s0 += ys[i];
            s0 = s0 + (n as f64) * ys[i].cos();
        }
    } else if x1 >= xs[2].min(x2) - (if x2 < 0.25 { s0 } else { xs[0] }) {
        s0 = s0 + (t6 + h010(t5, x0, xs));
    } else if 1.25 * t6 * t6 <= 0.25 {
        s0
            += {
                let r3 = s0;
                r3 + (1.5 - x2)
            };
    } else {
        s0 -= s0;
    }
    t6 / ys[0] * t4.sin() + xs[1].exp() + s0
}
#[grad::differentiate]
fn f018(x1: f64, x0: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 3];
    for i in 0..3 {
        for j in 0..4 {
            g0[i][j] += x1;
        }
    }
    let mut s0: f64 = 0.0;
    if x0 <= 0.1 {
        for _ in 0..3 {
            s0 = s0 - x1;
            s0 = s0 + (2.0 + x1);
            s0 += x0 * x1;
        }
    } else {
        s0 += x1.abs();
        s0 += g0[2][2] * s0;
    }
    if s0.abs().cos() > x0 / (x0 + s0) {
        return x0;
    }
    let t0 = (3.0 - x0) * (x0 * x1.powf(s0));
    let mut s2 = -s0;
    if s2.max(2.0) * x0 <= 0.1 {
        s2 = t0;
        s0 = s0 - (g0[1][0].tanh() + (s2 + s0));
    }
    x1 + 0.75 + g0[2][3] + s0 + s2
}
#[grad::differentiate]
fn f019(x1: f64, x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = x1.powi(-2) * x1.powi(3);
    }
    let mut s1 = x0;
    let mut k1 = 0;
    loop {
        if k1 >= v0.len() {
            break;
        }
        s1 += x0;
        s1 += (s1 + s1) / v0[k1];
        k1 += 1;
    }
    v0[1] + v0[1] + s1
}
#[grad::differentiate]
fn f020(x0: f64, ys: &[f64], xs: &[f64], x1: f64) -> f64 {
    let mut s0 = x1;
    for _ in xs.iter() {
        s0 += f64::sin(x1).sqrt();
        s0 = s0 - (1.25 - x1);
    }
    let mut s2: f64 = 1.0;
    for _ in (0..ys.len()).step_by(2) {
        s2 += x0;
    }
    let t0 = (1.5 * (if x0 < 0.75 { x0 } else { ys[2] })).abs();
    let t1: f64 = (s2 + 1.5).max(1.5);
    x0 + s0 + s2 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f021(x1: f64, x0: f64, x2: f64, n: usize) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 3];
    for i in 0..3 {
        for j in 0..4 {
            g0[i][j]
                -= {
                    let r0 = x0;
                    r0 * x1
                };
        }
    }
    let (t0, t1) = (x2, x1 * x0 * (x2 + x0));
    let mut s0: f64 = 0.0;
    for _ in 0..n {
        let mut k0 = 0;
        let r1 = loop {
            g0[k0 % 3][k0 + 2] += t0;
            if k0 < 1 {
                break t0;
            }
            k0 += 1;
            if k0 == 2 {
                break x0.tanh();
            }
        };
        s0 += r1;
    }
    if (n as f64) * x2 * x0 < x0 {
        s0 *= t0;
        s0 += t1 / s0;
    } else if n != 1 {
        s0
            *= {
                let r2 = match n % 2 {
                    0 => g0[1][3],
                    _ => x0,
                };
                r2 * (t0 + 0.75)
            };
        s0 -= x2.sin();
    } else if s0.min(x0).powi(3) <= 2.0 {
        s0 = s0 - (x0 - h009(t1));
        g0[0][1] -= t1.sqrt() * self::h029(x2);
    } else {
        s0
            /= match n % 3 {
                0 => x0 / 0.75,
                1 => {
                    match n % 3 {
                        0 => g0[0][1],
                        1 => g0[2][2],
                        _ => s0,
                    }
                }
                _ => if g0[0][0] > x1 { g0[2][2] } else { t0 }
            };
    }
    let (t2, t3) = (
        t0 + 0.25 + ((n + 1) as f64),
        if g0[2][3] >= 0.1 { x1 } else { g0[1][0] - s0 },
    );
    s0 += x0 + t0;
    t2 + g0[2][3] + s0 + t3
}
#[grad::differentiate]
fn f022(n: usize, x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for i in 0..3 {
        if i == 1 {
            continue;
        }
        s1 -= x2 * (0.1 - s1);
    }
    s1 += -x2;
    let s2: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= n {
            break;
        }
        s1 += f64::ln(s1);
        s1
            += match n % 3 {
                0 => s2 * x2,
                1 => s2,
                _ => s1 * x1,
            };
        k0 += 1;
    }
    let t0 = x0;
    0.5 * s2 + x0 * (x2 * x2) + s1 + t0
}
#[grad::differentiate]
fn f023(n: usize, xs: &[f64], x0: f64) -> f64 {
    let t0 = f64::exp(xs[0]);
    let mut s2: f64 = 1.0;
    for _ in (0..n).step_by(2) {
        s2 = s2 + (s2 + 0.1).sqrt();
    }
    let t1 = x0.tanh();
    let t2: f64 = xs[2] + x0;
    t0 + s2 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn f024(n: usize, x2: f64, x0: f64, x1: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 2];
    for i in 0..2 {
        for j in 0..4 {
            g0[i][j] += (x1 + x1).powi(-2);
        }
    }
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0 += f64::cos(x2).abs();
        k0 += 1;
    }
    if n < 2 {
        g0[1][0] += s0;
        s0 /= (n as f64) * (x0 - x2);
    } else if 1.25 * x2.powi(2) <= 1.25 {
        s0 += (if k0 != 2 { x2 } else { x1 }) * x2;
        s0 += x0 * g0[1][2].sqrt();
    }
    let mut s1: f64 = 1.0;
    for _ in (0..2).rev() {
        s1 += h021(s0);
    }
    let t0 = -(g0[0][1] + (n as f64));
    x1 + g0[1][3] + s0 + s1 + t0
}
#[grad::differentiate(dual_calls)]
fn f025(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 3];
    for i in 0..3 {
        for j in 0..4 {
            g0[i][j] = x2;
        }
        g0[i][2] += x0;
    }
    let mut s3: f64 = 0.5;
    for i in 0..3 {
        if i >= 1 {
            continue;
        }
        s3 = s3 - s3;
    }
    let mut v1 = vec![0.0_f64; 2];
    for i in 0..v1.len() {
        v1[i] = h012(v1[i] + ((i + 1) as f64), g0[i][1]);
    }
    let t1 = x2;
    ({
        let r8 = {
            let r7 = x0;
            r7 * x1
        };
        r8 * x0
    }) + g0[2][3] + s3 + v1[1] + t1
}
#[grad::differentiate(dual_calls)]
fn f026(n: usize, x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    let mut s0 = x0 / 3.0;
    for i in 0..ys.len() {
        let mut k0 = 0;
        let (r0, r1) = loop {
            s0 += ys[i % ys.len()];
            if 2.0 * (1.5 - x0) > 0.1 {
                break ((-ys[k0 + 1]).exp(), s0.abs());
            }
            k0 += 1;
            if k0 == n {
                break (x0 * x0, 3.0 + x0);
            }
        };
        s0 += r0 + r1;
    }
    let t0 = h007(s0, ys);
    (match n % 3 {
        0 => ys[1].tanh(),
        1 => x0.exp(),
        _ => x0 * t0.ln(),
    }) + xs[4] + s0
}
#[grad::differentiate]
fn f027(x0: f64, n: usize, x2: f64, x1: f64) -> f64 {
    let mut s0 = x2.sin().max(0.75 - x1);
    for _ in 0..4 {
        s0 = s0 * x1;
        s0 /= x1 * f64::cos(x0);
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = v0[i].min(0.1) * x2.max(0.1);
    }
    let t2 = f64::abs(((n + 1) as f64) * (x2 - x1));
    s0 *= x2 - x2 * v0[1];
    x2 + s0 + v0[1] + t2
}
#[grad::differentiate(dual_calls)]
fn f028(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 1..4 {
        s0 = s0 * x0;
        s0 /= x0 * h012(s0, x2);
    }
    if x2 >= 0.25 {
        return x0;
    }
    let mut s1: f64 = 1.0;
    for i in (1..3).step_by(2) {
        if i == 1 {
            continue;
        }
        s0 += s0.ln();
    }
    let s2: f64 = 0.5;
    for _ in (0..2).step_by(2) {
        s1 = s1 + self::h015(x0.powf(1.5));
    }
    (s0 + 1.5 + x0).ln() + x1 + s0 + s1 + s2
}
#[grad::differentiate]
fn f029(x0: f64, x1: f64) -> f64 {
    let t0 = x1 + x0;
    let mut s0 = f64::cos(x1);
    for _ in (0..4).rev() {
        s0 = s0 * x0.tanh();
        s0 += 2.0 * (t0 + x1);
    }
    if x0.cos() + x1 <= 0.25 {
        s0 = t0 / 0.75 + (x0 + x0);
        s0 = s0 * x0.powi(2).abs();
        s0
            += ({
                let r0 = t0;
                r0 + t0
            })
                .abs();
    } else {
        s0 = s0 - s0;
        s0 *= s0;
    }
    let mut s2: f64 = 1.0;
    for _ in 0..2 {
        s2 += x1.cos();
        s2 *= -x0;
        s0 += x0.min(s0);
    }
    let t2: f64 = s0;
    x1 + s0 + s2 + t2
}
#[grad::differentiate(dual_calls)]
fn f030(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t1 = x0.powi(-2) / h028(x1, x1, xs) + x1;
    let mut s0 = x0;
    let mut k0 = 0;
    loop {
        if k0 >= 4 {
            break;
        }
        s0
            *= {
                let r0 = 1.5 / x1;
                r0 * -xs[k0 % xs.len()]
            };
        k0 += 1;
    }
    if xs[0].max(t1.powi(3)) > t1 {
        s0 = xs[2].cos();
        s0
            += match k0 % 3 {
                0 => x1.ln(),
                1 => h023(t1, x0, xs),
                _ => x1 - s0,
            };
        s0 /= if k0 < 1 { xs[0].abs() } else { x1 };
    }
    x0 + s0
}
#[grad::differentiate(dual_calls)]
fn f031(x0: f64, x2: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    let r2 = 'outer: loop {
        s0 += xs[k0].tanh();
        for p0 in xs {
            s0 = s0 - xs[k0];
            s0
                *= h012(
                    x2 / xs[k0],
                    {
                        let r0 = x1;
                        r0 * x0
                    },
                );
            if -(match k0 % 3 {
                0 => xs[k0 % xs.len()],
                1 => x0,
                _ => x2,
            }) <= 2.0
            {
                break 'outer ({
                    let r1 = match k0 % 2 {
                        0 => xs[k0 + 1],
                        _ => *p0,
                    };
                    r1 + xs[k0 % xs.len()] * x1
                });
            }
        }
        s0 += self::h010(x2.exp(), h014(xs[1], xs), xs);
        k0 += 1;
        if k0 == 2 {
            break h021(x2);
        }
    };
    if 0.5 - x2.powi(-2) < x0 * r2 {
        return x0;
    }
    let mut g0 = vec![vec![0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j] -= if g0[i][i + 1] >= 0.5 { g0[i][j] } else { xs[j + 1] * r2 };
            s0 = s0 * (1.5 * x2);
        }
    }
    let mut s2: f64 = 0.0;
    for (&p1, _) in xs.iter().zip(xs.iter()) {
        s2 += h016(g0[1][1].ln(), xs);
        s0 /= p1;
        s0 += self::h001(xs[3]);
    }
    let (t0, t1) = (
        ({
            let r5 = s2;
            r5 - s2
        }) * r2,
        match k0 % 3 {
            0 => g0[1][0],
            1 => s2,
            _ => x2,
        },
    );
    g0[0][0] + s0 + g0[1][2] + s2 + t0 + t1
}
#[grad::differentiate(dual_calls)]
fn f032(n: usize, x1: f64, xs: &[f64], x0: f64) -> f64 {
    let t0 = x1;
    let mut s0 = -xs[1];
    if x0 <= 0.1 {
        s0 = x0 * x1;
        s0 = s0 + h009(xs[2]).min(s0 - s0);
    }
    let (t1, t2) = (
        (s0 + xs[1]).cos(),
        match n % 3 {
            0 => 2.0,
            1 => h026(xs[0]),
            _ => s0.exp(),
        },
    );
    let mut s1 = t0.powi(-2) + t0;
    for (i, &p0) in xs.iter().enumerate() {
        s1 += (xs[i] - xs[i]) * xs[i].exp();
        s1 = s1 - (if i != 1 { xs[2] } else { p0 }) * (3.0 + t1);
    }
    s1 + s0 + t2 + s1
}
#[grad::differentiate(dual_calls)]
fn f033(n: usize, x0: f64) -> f64 {
    if n % 2 == 0 {
        return self::h002(x0, x0 - x0, if x0 < 0.1 { x0 } else { x0 });
    }
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..v0.len() {
        v0[i] = (if x0 >= 3.0 { v0[i % v0.len()] } else { v0[i] }).powi(2);
    }
    let mut s0 = h005(v0[1], v0[1].cos(), v0[1].sqrt());
    for _ in 0..2 {
        s0 /= x0;
    }
    s0 *= x0;
    let mut s1 = ({
        let r0 = x0;
        r0
    }) * (v0[1] + x0);
    for (_, &p0) in v0.iter().enumerate() {
        s1 += s0;
        s0 /= p0;
        s0 *= x0.powi(-2);
    }
    let s2 = s0;
    for i in 0..n {
        if i >= 2 {
            break;
        }
        if i == 1 {
            break;
        }
        v0[i % 2] = if v0[1] >= v0[1] { x0 } else { 0.25 };
    }
    (if v0[0] <= 0.75 { h026(self::h012(s2, v0[0])) } else { x0.exp().sqrt() }) + v0[1]
        + s0 + s1
}
#[grad::differentiate]
fn f034(xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for (i, &p0) in xs.iter().enumerate() {
        if i >= 1 {
            continue;
        }
        s0 = s0 + 2.0 * p0;
    }
    let mut g0 = vec![[0.0_f64; 3]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..3 {
            g0[i][j] = s0 / -s0;
        }
    }
    s0 += x0 * s0;
    let s2: f64 = 0.0;
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0 += x0;
        s0 = s0 + xs[4].exp();
    }
    s0 += xs[1] * xs[4];
    s2 + s0 + g0[4][2]
}
#[grad::differentiate(dual_calls)]
fn f035(x0: f64, x1: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for _ in 0..3 {
        s1 *= h015(x0).sin();
        s1 -= -x1.exp();
    }
    let (t0, t1) = (f64::exp(x0), x0);
    let t2: f64 = t0 * t1;
    t2 + s1
}
#[grad::differentiate]
fn f036(ys: &[f64], x0: f64, n: usize, x1: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (
        ((n + 1) as f64)
            * ({
                let r0 = xs[0];
                r0
            }),
        x0 * 0.1 + x0,
    );
    let mut s0: f64 = 0.5;
    for _ in 0..2 {
        let mut r1: f64 = 0.0;
        for j in 0..2 {
            r1 += xs[j] * x0;
        }
        s0 += r1 * 2.0;
    }
    let mut s1: f64 = 0.0;
    for i in 0..1 {
        s1 += 1.5 - ys[i + 1];
    }
    let t2 = (({
        let r3 = x1;
        r3 * x1
    }) + s1)
        .cos();
    t0 + t1 + s0 + s1 + t2
}
#[grad::differentiate]
fn f037(x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    for i in (0..n).rev() {
        s0 /= xs[i].max(x0);
        s0 += s0;
    }
    let mut s1 = xs[0];
    let mut k0 = 0;
    while k0 < xs.len() {
        s0 = s0 + (xs[k0] * 3.0 + x0.min(1.25));
        k0 += 1;
    }
    let mut g0 = vec![vec![0.0_f64; xs.len()]; n];
    for i in 0..n {
        for j in 0..xs.len() {
            g0[i][j] = -s1;
            s1 = s1 + s0;
        }
    }
    let s3: f64 = 0.5;
    for i in (0..n).step_by(2) {
        s0 += xs[i];
    }
    g0[1][0] + s0 + s1 + g0[1][3] + s3
}
#[grad::differentiate(dual_calls)]
fn f038(ys: &[f64], xs: &[f64], x1: f64, x0: f64) -> f64 {
    if (x1 - x0) / h027(x1, x1) < 1.5 {
        return x1 / x0;
    }
    let mut s0: f64 = 0.0;
    if ys[2] * 0.1 > 0.75 {
        s0 = xs[1].sqrt();
        if xs[3] <= 0.25 {
            s0 = s0 + x0;
        }
    }
    let (t0, t1) = (
        s0.powi(-1) * ys[2].max(x0),
        if x1.powf(xs[2]) < s0 { s0 } else { s0.cos() },
    );
    let (t2, t3) = (self::h005(ys[1].ln(), xs[0], xs[1] * t0), xs[2]);
    (if s0 + t2.powi(-2) >= 1.25 { xs[3] - s0 } else { t0.min(t1.sin()) }) + s0 + t3
}
#[grad::differentiate(dual_calls)]
fn f039(x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0 = xs[1] + xs[2];
    let mut k0 = 0;
    let r1 = loop {
        if n % 2 == 0 {
            break xs[k0];
        }
        s0
            /= {
                let r0 = x0;
                r0 - xs[k0]
            };
        k0 += 1;
        if k0 == xs.len() {
            break h014(x0, xs);
        }
    };
    let t0 = xs[0];
    let s1 = h006(xs[2], s0, xs[1]);
    for i in 1..2 {
        if i >= 1 {
            break;
        }
        s0 = s0 - (t0 + h006(xs[i], xs[i], t0));
    }
    if f64::sin(xs[2]) >= 3.0 {
        return 0.1 / s1 - r1 * r1;
    }
    f64::tanh(0.1 + t0) + s0
}
#[grad::differentiate(dual_calls)]
fn f040(n: usize, x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if x2 - x1 - h024(x1, x0, s0) > ((n + 1) as f64) * x2.min(0.75) {
        s0 += x2.max(1.25) / 0.25;
        s0 += if n != 1 { x1.powi(-1) } else { x1 };
    } else if (match n % 3 {
        0 => {
            match n % 2 {
                0 => 0.25,
                _ => x1,
            }
        }
        1 => x2,
        _ => x0.sin(),
    }) <= 0.25
    {
        s0 -= (x1 - 0.5).abs();
    } else {
        s0
            += match n % 2 {
                0 => x0.max(x2),
                _ => x2,
            };
        s0 = s0 - s0.powi(3) / x2;
    }
    let s1: f64 = 0.0;
    for i in 0..2 {
        if i == 2 {
            break;
        }
        s0 = s0 - h008(x1);
    }
    s0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f041(ys: &[f64], xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s1 = x1.tanh() + ys[1];
    for (_, _) in xs.iter().zip(xs.iter()) {
        s1 += x0.abs();
    }
    let mut s2 = h022(x0, xs);
    let mut k0 = 0;
    loop {
        if k0 >= ys.len() {
            break;
        }
        s2 *= s2;
        k0 += 1;
    }
    let mut s4 = f64::sin(x1).ln();
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += ys[j];
        }
        s4 += r0 * 0.25;
    }
    let mut g0 = vec![vec![vec![0.0_f64; 4]; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j][3] += f64::abs(s4) + x0;
        }
    }
    if g0[0][0][0].min(x0) > 0.75 {
        s4 = s1 - 0.25 + f64::exp(s1);
        s2 /= xs[1];
    } else if k0 != 0 {
        s4 = s4
            * (match k0 % 2 {
                0 => s2,
                _ => g0[0][0][2],
            });
    } else {
        s4 -= (s4 + 0.5).powi(-2);
    }
    h025(f64::exp(x1) + h000(s1)) + s1 + s2 + s4 + g0[1][1][3]
}
#[grad::differentiate(dual_calls)]
fn f042(x1: f64, x2: f64, n: usize, xs: &[f64], x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for (_, &q0) in xs.iter().zip(xs.iter()) {
        s0 += q0;
    }
    let t0: f64 = x0.tanh();
    let mut s2 = x0 - xs[1].powi(-1);
    let mut k0 = 0;
    let (r4, r5) = loop {
        if self::h016(
            {
                let r3 = xs[1];
                r3
            },
            xs,
        ) < 1.25
        {
            break (h016(t0, xs), h021(xs[1].tanh()));
        }
        s2
            -= -({
                let r2 = x1;
                r2 * t0
            });
        s0 = s0 * (s0 / 1.25).cos();
        k0 += 1;
        if k0 == 4 {
            break ((x2 + x1).exp(), 1.25 * (xs[0] * s2));
        }
    };
    let mut s5: f64 = 0.0;
    for i in 0..2 {
        s2 += x0 - xs[i];
    }
    let mut g0 = vec![vec![0.0_f64; 2]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..2 {
            g0[i][j] = ({
                let r7 = xs[j + 1];
                r7 * x2
            }) - (x2 + x2);
            s5 += (s2 + ((i + 1) as f64)).max(xs[i % xs.len()]);
        }
    }
    let mut s6 = r5.cos();
    for _ in 0..2 {
        let mut r8: f64 = 0.0;
        for j in 0..1 {
            r8 += 0.25 - xs[j + 2];
        }
        s6 += r8 * x1;
    }
    s6.powf(-0.5) / (g0[1][1] / g0[0][1]) + (n as f64) * r5 + s0 + s2 + r4 + s5
        + g0[2][1] + s6
}
#[grad::differentiate(dual_calls)]
fn f043(n: usize, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 0..xs.len() {
        s0 = s0
            + (match i % 2 {
                0 => 2.0,
                _ => h017(x1, x1, xs[i]),
            });
        s0 = s0 * x0;
    }
    let mut s2 = x0;
    for i in 0..1 {
        s2 += xs[i + 2] * s0;
    }
    if n != 0 {
        s2 = (1.25 + x0).max(s0 + ((n + 1) as f64));
        s2
            *= {
                let r1 = x1;
                r1 - x1
            };
    } else {
        for i in 0..2 {
            if i >= 2 {
                break;
            }
            s2 += if i != 2 { xs[i + 1].powf(-0.5) } else { xs[i + 1] + s2 };
            s0 += x1.min(0.1);
        }
        s2 = s2 - s2;
    }
    let mut s4 = match n % 3 {
        0 => x0,
        1 => if n >= 2 { s2 } else { 0.5 }
        _ => h027(x0, x0),
    };
    for i in 1..2 {
        s4 += xs[i + 1] * 0.5;
    }
    (xs[2] * 0.1).cos() + s0 + s2 + s4
}
#[grad::differentiate]
fn f044(xs: &[f64], ys: &[f64], x2: f64, x0: f64, x1: f64) -> f64 {
    let t0 = ys[2];
    let t0 = t0 * (if x0 > ys[0] { x1 } else { xs[2] }).min(xs[3]);
    -(if ys[1] >= 0.5 { ys[0] } else { 0.25 }) + x2 + t0
}
#[grad::differentiate(dual_calls)]
fn f045(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in ys.iter() {
        s0 = s0 - ys[1].ln();
    }
    let t0 = (ys[2] * x0).max(-xs[3]).abs();
    let mut s2: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s0 -= ys[k0] * (if k0 != 0 { x0 } else { x0 });
        s2 *= x0 + 3.0;
        k0 += 1;
    }
    let mut s3: f64 = 1.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..5 {
            r0 -= xs[j] * s2;
        }
        s3 += r0 * x0;
    }
    let s5: f64 = 1.0;
    for i in 0..3 {
        s0 += ys[i] + (s3 + ((i + 1) as f64));
        if 2.0
            * ({
                let r3 = t0;
                r3 * x0
            }) < f64::exp(s2)
        {
            s2 *= s5;
        }
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = s3 * 0.5;
    }
    (x0.powi(2) - ys[2])
        * (match k0 % 3 {
            0 => self::h019(xs[2]),
            1 => ys[0],
            _ => h016(xs[0], &v0),
        }) + s0 + s2 + s3 + v0[3]
}
#[grad::differentiate(dual_calls)]
fn f046(n: usize, x0: f64, x2: f64, x1: f64) -> f64 {
    let t1 = x1 - 1.25 / x1;
    let mut s0 = h006(-t1, x2.exp(), x1);
    for _ in 0..2 {
        s0 += -x1;
    }
    s0
        += if n >= 2 {
            x1
        } else {
            {
                let r0 = x1;
                r0 - x1
            }
        };
    t1 + x0 + s0
}
#[grad::differentiate]
fn f047(n: usize, xs: &[f64], x1: f64, x0: f64) -> f64 {
    let t0 = if n % 2 == 0 { 0.75 * xs[2] / xs[0] } else { xs[2].exp() / x0 };
    let mut s0 = t0;
    for (i, _) in xs.iter().enumerate() {
        for (_, _) in xs.iter().enumerate() {
            s0 += x0 + 0.25 + (x1 + x0);
        }
        s0
            += match i % 2 {
                0 => xs[i],
                _ => x0 / x0,
            };
    }
    s0 += t0;
    let t2 = s0;
    x0 + s0 + t2
}
#[grad::differentiate(dual_calls)]
fn f048(x0: f64, x2: f64, x1: f64, n: usize) -> f64 {
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 4 {
        s0 = s0 + (if k0 % 2 == 0 { s0.tanh() } else { s0 * x1 });
        k0 += 1;
    }
    let mut v1 = vec![0.0_f64; n];
    for i in 0..n {
        v1[i] = {
            let r0 = x1.tanh();
            r0 + v1[i]
        };
        for _ in &v1 {
            s0 += x0.sin() - x1;
            s0 += x2 * 1.25;
        }
    }
    let t0: f64 = x1 - s0;
    let mut s2: f64 = 1.0;
    for (i, _) in v1.iter().enumerate() {
        s2 += t0;
        s2 = s2 + x1;
        s2 += h001(v1[i]).abs();
    }
    let s3 = match n % 3 {
        0 => x1,
        1 => 0.25,
        _ => -s0,
    };
    let mut k1 = 0;
    loop {
        if k1 >= 4 {
            break;
        }
        if k1 >= 2 {
            s0
                /= match k0 % 2 {
                    0 => 2.0,
                    _ => t0,
                };
        } else {
            s2 += (x1 + 0.25).powi(2);
            v1[0] *= s2.powi(-2);
        }
        k1 += 1;
    }
    let t2 = ((k1 + 1) as f64) * v1[2];
    v1[1] + s0 + v1[2] + s2 + s3 + t2
}
#[grad::differentiate(dual_calls)]
fn f049(x0: f64, n: usize) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in 1..n {
        s0 += s0;
        for j in 0..3 {
            if j < 1 {
                return (x0 + 0.75) * s0;
            }
            s0 += x0.max(0.5);
        }
    }
    let mut s1 = s0 * 1.25 + (n as f64);
    for _ in (0..n).step_by(2) {
        s0 /= h013(s1, x0).min(0.5);
        s1 = s1
            * (match n % 3 {
                0 => h012(x0, s1),
                1 => self::h011(s1),
                _ => 1.25,
            });
        for _ in 1..n {
            s0 += s0.max(x0.exp());
        }
    }
    x0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f050(xs: &[f64], x0: f64) -> f64 {
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = h002(xs[i], v0[i], xs[i]) + ((i + 1) as f64);
    }
    let mut s1 = xs[0].powi(-1);
    for (i, &p1) in xs.iter().enumerate() {
        s1 += s1.max(v0[i]) * p1;
    }
    let t2 = x0;
    -(f64::sin(x0) * 0.1) + v0[4] + s1 + t2
}
#[grad::differentiate(dual_calls)]
fn f051(x2: f64, x1: f64, x0: f64, xs: &[f64]) -> f64 {
    let t0 = x1;
    let mut s0: f64 = 0.0;
    for i in 1..3 {
        if i == 1 {
            break;
        }
        s0 += t0;
        s0 = s0 - h002(x2, x1, x1) * (s0 + 3.0);
    }
    xs[3] + x0 + s0
}
#[grad::differentiate(dual_calls)]
fn f052(x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (x0 * h004(xs[3], x0, x0), xs[0]);
    let mut s0: f64 = 0.0;
    for i in 0..xs.len() {
        let mut k0 = 0;
        let r0 = loop {
            if s0 * s0 * s0.cos() <= 3.0 {
                break match k0 % 2 {
                    0 => xs[k0] * 0.5,
                    _ => xs[i].exp(),
                };
            }
            if k0 < 1 {
                if s0 < (if i != 0 { xs[k0 + 1] } else { t0 }) {
                    return x0;
                }
            }
            k0 += 1;
            if k0 == 3 {
                break h028(xs[i].min(xs[i]), 0.1 * s0, xs);
            }
        };
        s0 += r0;
    }
    let mut s1 = -h017(x0, t1, t1);
    let mut k1 = 0;
    let r1 = 'outer: loop {
        for j in 0..4 {
            if j % 2 == 0 {
                break 'outer t0.min(x0);
            }
            s0 = s0
                - (j as f64)
                    * (match j % 2 {
                        0 => x0,
                        _ => xs[k1],
                    });
        }
        if (3.0 + x0) * t1.tanh() > 0.5 {
            break -(t1 * 1.5);
        }
        s1
            += match k1 % 2 {
                0 => s1 + x0,
                _ => s0,
            };
        k1 += 1;
        if k1 == xs.len() {
            break f64::sin(xs[0]).exp();
        }
    };
    let t2 = xs[2];
    let mut g0 = vec![vec![0.0_f64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j] += s0;
        }
    }
    s0 /= t0.abs() + (0.25 + t2);
    s1 + s0 + s1 + r1 + g0[2][2]
}
#[grad::differentiate]
fn f053(x0: f64, x1: f64, x2: f64) -> f64 {
    let t1 = x0;
    let mut s1: f64 = 1.0;
    for i in (0..3).step_by(2) {
        if i >= 2 {
            continue;
        }
        if i == 1 {
            continue;
        }
        s1 *= x1 + t1.abs();
    }
    let t2: f64 = f64::sin(s1) / s1;
    t2.exp() * x1.max(x2) + s1
}
#[grad::differentiate(dual_calls)]
fn f054(xs: &[f64], x0: f64, n: usize, x1: f64) -> f64 {
    let (t0, t1) = (
        {
            let r0 = x0;
            r0 + x0
        },
        x0 - x0.ln(),
    );
    let t2 = (x0 / xs[1] + ((n + 1) as f64)).min(t0 / xs[2]);
    let mut s0 = t0;
    if t2 + ((n + 1) as f64) < xs[1] {
        s0 *= f64::tanh(t1);
        for i in (0..3).step_by(2) {
            s0 = s0 * (if i != 2 { 2.0 } else { x0 }).abs();
            s0 += h018(xs[i + 2], t1, xs, s0);
            s0 = s0 * (x1 + s0 - 0.5);
        }
    } else {
        s0 = s0
            + ({
                let r1 = t2;
                r1 * t1
            }) * xs[1].exp();
        s0 *= xs[1].powi(3);
    }
    let t1 = t1 + x0;
    (xs[1] / t1 + self::h008(xs[4])).min(t2 + ((n + 1) as f64)) + s0
}
#[grad::differentiate(dual_calls)]
fn f055(x2: f64, x0: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for (&p0, _) in xs.iter().zip(xs.iter()) {
        s1 = s1 + (s1 + x1);
        s1 = s1 * xs[0];
        s1 /= xs[0].max(p0.tanh());
    }
    if h000(self::h000(x1)) < s1.abs().tanh() {
        return if x0 < 3.0 { s1 } else { x2 };
    }
    let mut g0 = vec![[0.0_f64; 2]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..2 {
            g0[i][j]
                += {
                    let r0 = g0[2][j];
                    r0
                };
            if j == 2 {
                break;
            }
        }
        if f64::cos(
            match i % 3 {
                0 => s1,
                1 => x2,
                _ => s1,
            },
        ) >= g0[i][i % 2] * 3.0
        {
            s1 = h018(x0, xs[i], xs, g0[i][0]);
            if i >= 1 {
                break;
            }
        } else {
            s1 += x0.min(h025(s1));
            s1 -= 1.5 + s1 / xs[i];
        }
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = x0 + (x0 + x2);
    }
    s1 -= (x1 - s1).exp();
    (if g0[1][0] < 0.5 { 1.5 } else { 3.0 }) * x2.cos() + s1 + g0[2][1] + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f056(n: usize, x0: f64) -> f64 {
    if x0
        < x0.tanh()
            - (match n % 2 {
                0 => 0.25,
                _ => x0,
            })
    {
        return h013(x0, self::h021(x0));
    }
    let mut s0 = x0 - x0;
    for _ in 0..2 {
        s0
            *= if n != 0 {
                s0 * x0
            } else {
                match n % 3 {
                    0 => x0,
                    1 => x0,
                    _ => 3.0,
                }
            };
    }
    let t0 = x0;
    let t0 = t0 * t0;
    let t1: f64 = s0.sin();
    t1.tanh() + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn f057(x0: f64, xs: &[f64], x1: f64, x2: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..v0.len() {
        v0[i] = x0;
    }
    let t0: f64 = f64::cos(xs[3]) * x1;
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..v1.len() {
        v1[i] = h017(x1.max(x0), x0, if i % 2 == 0 { x0 } else { v0[i] });
        v0[i] += -h008(x2);
    }
    let mut s5 = self::h016(x0, &v1);
    for (&p0, _) in v0.iter().zip(v0.iter()) {
        s5 += p0;
    }
    let t3: f64 = xs[0];
    if h026(x0) <= x1 * t0 {
        s5 = h016(v0[3], xs);
        s5 += h003(s5, xs[3]).sin();
    } else {
        v1[0] *= self::h004(x0, t0, v0[2]).max(s5);
        s5 += self::h005(t0, h027(t0, x2), x2);
    }
    (0.5 / x0).tanh() + v0[3] + v1[2] + s5 + t3
}
#[grad::differentiate(dual_calls)]
fn f058(ys: &[f64], x0: f64, xs: &[f64]) -> f64 {
    let t0 = self::h020(x0, ys) + x0;
    let t1 = h026(xs[1]);
    let mut s2: f64 = 0.0;
    for (i, _) in xs.iter().enumerate() {
        if i >= 1 {
            break;
        }
        if f64::sqrt({
            let r1 = t0;
            r1 * ys[3]
        }) >= t1 + x0
        {
            s2 /= ys[i % ys.len()].powf(xs[i % xs.len()]);
            s2 -= xs[0] + ys[(i + 1) % ys.len()].sin();
        } else {
            s2 += xs[i];
            s2 = s2 - ys[i % ys.len()];
        }
    }
    let (t2, t3) = (x0 + x0, xs[3].powi(2));
    let mut s5: f64 = 1.0;
    for i in 0..4 {
        s5 += xs[i] * x0;
    }
    let s6: f64 = 0.5;
    for _ in 1..xs.len() {
        s5 = s5 * x0;
    }
    ({
        let r3 = t3 / h029(t3);
        r3
    }) + s2 + t2 + s5 + s6
}
#[grad::differentiate]
fn f059(x0: f64, x2: f64, x1: f64, xs: &[f64]) -> f64 {
    let mut g0 = vec![vec![vec![0.0_f64; 3]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j][i] = xs[j] + xs[j + 1];
        }
        g0[i][i % 3][i] = x0;
    }
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = x1.sqrt();
    }
    f64::abs(x2).abs() + g0[2][2][2] + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f060(x0: f64, x1: f64) -> f64 {
    let (t0, t1) = ((if x1 <= 0.5 { x0 } else { x1 }) + 1.25, x1 * x1.sin());
    let mut s0 = t0;
    for i in 0..4 {
        if 0.25 / x0 >= t1 * x1 + -x0 {
            s0 = {
                let r0 = s0;
                r0 + s0.powi(3)
            };
            if i < 3 {
                return 2.0
                    + (match i % 2 {
                        0 => 0.25,
                        _ => t0,
                    });
            }
        } else {
            s0 = s0 + (h000(t0) + x1);
        }
    }
    let (t2, t3) = (x1 - 0.25, x1);
    let mut s1 = x0;
    let mut k0 = 0;
    let r1 = loop {
        if k0 < 3 {
            break (s0 - t0).max(t2);
        }
        s1 = s1 - 1.5 / (0.25 * t3);
        k0 += 1;
        if k0 == 2 {
            break (x1 + 0.5).abs();
        }
    };
    if t3 - t1 >= s0.tanh() {
        s0 += self::h021(t1);
        for _ in 0..3 {
            s1 /= (t2 + t1).exp();
        }
    }
    -(if k0 != 1 { 0.25 } else { r1 }) / s1 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f061(xs: &[f64], x0: f64) -> f64 {
    let mut s0 = x0.sin();
    if ({
        let r0 = x0;
        r0 + xs[1].powi(3)
    }) >= -x0.sin()
    {
        s0 = s0 + h000(s0.min(xs[2]));
        s0 += x0;
    } else {
        for (i, _) in xs.iter().enumerate() {
            if i >= 1 {
                continue;
            }
            s0 = s0 * s0.sin().min(s0.powi(-1));
        }
        s0 *= xs[3].exp().powf(0.5);
    }
    let mut s1 = x0;
    for _ in (0..2).rev().step_by(2) {
        s1 += s0;
    }
    s1.min((2.0 - s0).ln()) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f062(x0: f64, xs: &[f64], n: usize) -> f64 {
    let mut s0 = xs[1];
    for (i, _) in xs.iter().enumerate() {
        for (j, _) in xs.iter().enumerate() {
            s0 += x0;
            s0 += x0;
            if xs[j] <= x0.sqrt() {
                return (-xs[i]).tanh();
            }
        }
        s0 += xs[i] - xs[i - 1];
        s0 += xs[i];
    }
    let t0 = (x0.min(1.5) / f64::abs(s0)).exp();
    s0 /= xs[2];
    let mut g0 = vec![vec![0.0_f64; 3]; n];
    for i in 0..n {
        for j in 0..3 {
            g0[i][j] = (match j % 3 {
                0 => g0[i - 1][j],
                1 => t0,
                _ => s0,
            }) * t0.abs();
            s0 /= g0[0][0].sqrt();
        }
    }
    let (t1, t2) = (s0 / 2.0, xs[0] - x0);
    let mut s1: f64 = 0.0;
    for (i, _) in xs.iter().enumerate() {
        s0 += h028(h003(t0, g0[i][i]), h012(s0, s1), xs);
        s1 -= -(if n != 0 { s1 } else { 0.25 });
    }
    (n as f64) * x0.abs().cos() + s0 + g0[2][2] + t1 + t2 + s1
}
#[grad::differentiate(dual_calls)]
fn f063(x0: f64, x1: f64, x2: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in (0..2).rev() {
        s0 += (x0 + (i as f64)).sin();
        s0 *= x2 * s0;
        s0 = s0 * ((i as f64) * s0 - s0);
    }
    let mut s2 = x2.powi(3).exp();
    for _ in (0..2).rev() {
        s2 *= s0;
        s2 += s0;
        s2 *= s2;
    }
    if x2 > 1.25 {
        s2 *= s2 + 1.25;
    } else {
        for _ in 0..4 {
            s2 *= x0;
        }
        s0 *= x2.min(1.25).min(x1);
    }
    ({
        let r3 = s2;
        r3 * h025(s2)
    })
        .powi(2) + s0 + s2
}
#[grad::differentiate]
fn f064(x0: f64, x2: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0 = 0.5 - x2 - 2.0 * x0;
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = x0;
    }
    (0.25 - x0).exp() + x1 + xs[3] + t0 + v0[3]
}
#[grad::differentiate]
fn f065(x0: f64) -> f64 {
    if x0 * x0 - x0 > x0 {
        return (if x0 <= 0.25 { x0 } else { 1.25 }).max(x0);
    }
    let mut s1 = x0 * x0;
    for i in 0..4 {
        if i >= 1 {
            continue;
        }
        for _ in (0..4).step_by(2) {
            s1 = s1 - s1;
            s1 /= -(x0 + 3.0);
            s1 *= 0.25 * x0 * x0;
        }
    }
    let mut g1 = vec![vec![0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g1[i][j] = f64::sin(s1).max(x0 - s1);
        }
    }
    if g1[1][0]
        > ({
            let r3 = if x0 >= 3.0 { s1 } else { s1 };
            r3 * x0.ln()
        })
    {
        s1 = s1 * s1;
        s1 += g1[1][0] + g1[1][2].max(s1);
    }
    (x0 * 2.0 / s1.min(x0)).ln() + s1 + g1[1][2]
}
#[grad::differentiate]
fn f066(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = -v0[i % v0.len()];
    }
    let t2 = x2;
    1.25 * v0[1] + x0 + x1 + v0[3] + t2
}
#[grad::differentiate]
fn f067(n: usize, x0: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s1: f64 = 1.0;
    for &p0 in xs.iter() {
        s1 += xs[0];
        s1 /= xs[0];
        s1 = s1 * p0;
    }
    let s2 = x0.ln().sin();
    for (i, _) in xs.iter().enumerate() {
        s1 = s1 - xs[i].abs().cos();
    }
    let mut v0 = vec![0.0_f64; n];
    for i in 0..v0.len() {
        v0[i] = s1
            * ({
                let r0 = x0;
                r0 - x1
            });
    }
    f64::tanh(x1).min(xs[1].powi(3) + 0.1 * x0) + s1 + s2 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f068(x0: f64, n: usize, xs: &[f64], ys: &[f64]) -> f64 {
    let t0 = xs[2] * xs[0].ln();
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    let (r0, r1) = loop {
        if x0.min(s1.powi(2)) < 2.0 {
            break ((t0 + xs[k0]).min(x0), ys[k0]);
        }
        for &p0 in xs.iter() {
            s1 = s1 - (1.5 + h004(s1, xs[k0 - 1], xs[k0]));
            s1 += f64::tanh(f64::ln(p0));
        }
        if k0 >= 2 {
            s1 = s1 + f64::sqrt(-x0);
            s1
                += match k0 % 3 {
                    0 => ys[k0],
                    1 => 0.1,
                    _ => ys[(k0 + 1) % ys.len()],
                };
        } else {
            s1 += (xs[k0] + (k0 as f64)).abs();
            s1 = s1 + 1.5 * ys[k0];
        }
        k0 += 1;
        if k0 == n {
            break (t0, -ys[0]);
        }
    };
    let mut v0 = vec![0.0_f64; ys.len()];
    for i in 0..v0.len() {
        v0[i] = {
            let r2 = match i % 2 {
                0 => ys[i],
                _ => v0[i],
            };
            r2 * h029(r1)
        };
        if i >= 1 {
            break;
        }
    }
    v0[2] + s1 + r0 + v0[2]
}
#[grad::differentiate]
fn f069(xs: &[f64], n: usize, x0: f64, x1: f64) -> f64 {
    let t0 = xs[3];
    let mut s2: f64 = 0.0;
    for i in 0..xs.len() {
        if i == 2 {
            break;
        }
        s2 = s2 * f64::sin(0.75 + xs[(i + 1) % xs.len()]);
        s2 += s2;
    }
    let mut s3: f64 = 0.0;
    if n >= 2 {
        s3 *= ((n + 1) as f64) * t0.powi(-1);
    } else {
        s3
            *= {
                let r2 = xs[0].abs();
                r2 * xs[4]
            };
        s3 += (s2 * xs[0]).tanh();
    }
    if n < 1 {
        return x1;
    }
    let mut s5: f64 = 1.0;
    for i in 0..1 {
        s5 += x1 - xs[i + 2];
    }
    ({
        let r3 = xs[4] * (xs[3] + 3.0);
        r3 * xs[1]
    }) + x0 + s2 + s3 + s5
}
#[grad::differentiate]
fn f070(x0: f64, n: usize, xs: &[f64]) -> f64 {
    let mut s1 = if n != 1 {
        0.75
    } else {
        {
            let r1 = x0;
            r1 - xs[0]
        }
    };
    if n >= 2 {
        s1
            += -({
                let r2 = x0;
                r2 / xs[1]
            });
        s1 += s1.sin();
    }
    let mut s2: f64 = 1.0;
    for _ in 0..4 {
        s2 += s2;
    }
    let mut s3: f64 = 0.5;
    for _ in 0..2 {
        let mut r3: f64 = 0.0;
        for j in 0..3 {
            r3 += xs[j + 2];
        }
        s3 += r3 * 0.75;
    }
    s2 - x0 + s1 + s2 + s3
}
#[grad::differentiate]
fn f071(xs: &[f64], x0: f64, x1: f64) -> f64 {
    let t1 = xs[3];
    let mut s1: f64 = 0.0;
    let mut k0 = 0;
    while k0 < 3 {
        s1 = s1 * x1;
        k0 += 1;
    }
    x0 + x0 + (if k0 != 2 { xs[1] } else { xs[0] }) + t1 + s1
}
#[grad::differentiate(dual_calls)]
fn f072(x0: f64) -> f64 {
    let t0 = x0;
    if x0 <= 0.5 {
        return t0 + 0.25 - t0 / t0;
    }
    let mut s1 = h001(t0);
    for _ in 0..2 {
        s1 /= t0;
        s1 -= f64::cos(x0);
    }
    let mut s2 = h025(t0 * s1);
    for i in (0..4).step_by(2) {
        if (match i % 3 {
            0 => s1,
            1 => 0.75,
            _ => s2,
        }) < s2
        {
            s1 /= s1;
        }
        for _ in 0..3 {
            s2 = s2 + s2;
        }
        s2 += s2;
    }
    let t1 = x0;
    t0.powi(-1).ln() + s1 + s2 + t1
}
#[grad::differentiate(dual_calls)]
fn f073(x2: f64, x1: f64, x0: f64) -> f64 {
    let t0 = self::h017(-(x0 * x1), x2, x0.abs());
    let mut g0 = vec![vec![0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] = ((j + 1) as f64) * (x1 + 0.5);
        }
    }
    x2 + t0 + g0[3][2]
}
#[grad::differentiate(dual_calls)]
fn f074(x0: f64, x1: f64) -> f64 {
    let t0 = (0.75 * x1 * (x0 * x1)).max(x0.powi(-2) / (x1 * x0));
    let t1 = x0;
    let mut s1: f64 = 1.0;
    if h021(x1) + t0 > 1.5 {
        s1 /= t0.abs();
        if x0 > 2.0 {
            return s1;
        }
    } else if f64::cos(t1.exp()) > 3.0 {
        if t0 <= s1.cos() {
            return (x0 + s1).sin();
        }
    }
    f64::sqrt(h009(t0.sin())) + s1
}
#[grad::differentiate(dual_calls)]
fn f075(xs: &[f64], x2: f64, n: usize, x0: f64, x1: f64) -> f64 {
    let mut s0 = h028(x2, xs[3], xs).cos();
    for (_, _) in xs.iter().zip(xs.iter()) {
        s0 = s0 + (0.1 + xs[0].abs());
        s0 += xs[4];
        s0 += x0.tanh() + xs[3];
    }
    let (t0, t1) = (xs[0] / 0.5, -xs[4] * (x1 + x0));
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..v0.len() {
        v0[i] = v0[i];
        s0
            /= ({
                let r0 = s0;
                r0 * x1
            })
                .min(3.0);
    }
    s0 = s0 - (x0.sin() + v0[0]);
    xs[3].powf(1.5).min(t1) + (n as f64) * s0 + s0 + t0 + v0[4]
}
#[grad::differentiate(dual_calls)]
fn f076(x1: f64, xs: &[f64], x0: f64) -> f64 {
    let mut s1 = x0;
    let mut k1 = 0;
    while k1 < 3 {
        s1 *= (x1 + xs[k1 % xs.len()]).cos();
        s1 = s1 * x1.sqrt();
        k1 += 1;
    }
    s1
        -= match k1 % 3 {
            0 => x1,
            1 => {
                let r0 = x1;
                r0 - xs[1]
            }
            _ => -x0,
        };
    let s2 = x0.powi(-2);
    for i in (0..4).step_by(2) {
        if s1 <= h000(s2 * xs[0]) {
            s1 /= x0;
            if i >= 2 {
                continue;
            }
        }
    }
    xs[1] + s1
}
#[grad::differentiate]
fn f077(xs: &[f64], x0: f64, n: usize, x1: f64) -> f64 {
    let mut s1 = x0.powi(3);
    for (i, _) in xs.iter().enumerate() {
        if i == 1 {
            continue;
        }
        s1 = s1 + s1.max(0.1);
        s1
            += (if x1 <= 0.5 { x1 } else { 1.25 })
                .max(
                    match i % 2 {
                        0 => s1,
                        _ => x1,
                    },
                );
    }
    let mut s2: f64 = 1.0;
    if n != 1 {
        s1 /= xs[1].min(xs[2]);
        s1 += s2;
    } else {
        s2 += xs[0];
    }
    0.25 + xs[2] + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn f078(x0: f64, x1: f64, n: usize, xs: &[f64]) -> f64 {
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = h029(xs[i].abs());
    }
    let mut s0 = x1;
    for _ in (1..v0.len()).rev() {
        s0 += 2.0 / s0 + 0.1;
        s0 = s0 + (f64::tanh(s0) + (n as f64));
        s0 *= x1;
    }
    let mut s4: f64 = 1.0;
    for (i, &p2) in v0.iter().enumerate() {
        s4 = s4 * (p2.cos() - s0);
        s0 += h012(xs[i], xs[i].sin());
    }
    let mut s7: f64 = 1.0;
    for (&p3, _) in xs.iter().zip(xs.iter()) {
        s7 += p3 * v0[0];
    }
    let t1 = s4 * xs[2];
    xs[2] + x0 + v0[2] + s0 + s4 + s7 + t1
}
#[grad::differentiate]
fn f079(x0: f64, x1: f64, xs: &[f64]) -> f64 {
    let t0: f64 = x0.sin() + x1;
    let mut s1 = 3.0 / x1 - f64::exp(xs[2]);
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s1 *= if k0 != 2 { x0 } else { 0.25 };
        k0 += 1;
    }
    let mut g1 = vec![vec![0.0_f64; 4]; 2];
    for i in 0..2 {
        for j in 0..4 {
            g1[i][j] = (g1[i][j] + 0.1).powi(2);
        }
    }
    let mut s3: f64 = 0.5;
    for i in 0..4 {
        s3 += xs[i];
    }
    let mut s4 = f64::cos(s3);
    for i in 0..2 {
        s4 += s3;
        for j in (0..4).rev().step_by(2) {
            s1 += (if xs[(j + 1) % xs.len()] < 0.25 { s1 } else { s4 }) + (i as f64);
        }
    }
    let t1 = xs[3];
    s3 + t0 + s1 + g1[1][3] + s3 + s4 + t1
}
#[grad::differentiate]
fn f080(x0: f64) -> f64 {
    let t0: f64 = x0.abs();
    let t1 = t0;
    {
        let r0 = (1.25 + x0).min(t1);
        r0 / x0
    }
}
#[grad::differentiate(dual_calls)]
fn f081(n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = x0;
    let mut k0 = 0;
    while k0 < 2 {
        for _ in (0..n).rev() {
            if x0
                <= h028(
                    xs[k0],
                    {
                        let r0 = x0;
                        r0 + s0
                    },
                    xs,
                )
            {
                return xs[k0 - 1].max(h011(xs[k0]));
            }
        }
        s0 /= s0;
        k0 += 1;
    }
    let s1 = x0.exp();
    for i in (1..xs.len()).rev() {
        s0 += s0;
        s0 -= 1.25 * s0 - (if s0 >= s1 { x0 } else { xs[i % xs.len()] });
    }
    h026(xs[0]).tanh() + (n as f64) + s0
}
#[grad::differentiate]
fn f082(x1: f64, x0: f64, n: usize, x2: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if n >= 2 {
        s0 /= s0.tanh();
    }
    let mut s1 = x2.exp();
    if (if n >= 2 { 2.0 } else { x2 }).powi(2) > s0.powi(3) * x2.exp() {
        s1 = {
            let r0 = x2;
            r0 - f64::ln(s1)
        };
        if n < 1 {
            s1 += s0 / x2;
            s1 += x1;
        } else {
            s1 += s0.sin();
        }
        s0 += x0 + (n as f64);
    } else {
        s0 = s0 + s1;
    }
    ((n as f64) * x2 + s0.sqrt()) * s0.powi(3) + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f083(x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for i in 0..4 {
        s0 -= s0 - (x0 + 0.25);
        s0 = s0 + (s0 + s0 + (x0 - s0));
        for j in (0..2).step_by(2) {
            if j == 1 {
                break;
            }
            s0 = s0 - (if i < 2 { s0 + 0.5 } else { x0 });
            s0 *= x0.max(2.0);
        }
    }
    let s1 = s0;
    for _ in 0..3 {
        s0 -= 0.5 / self::h029(x0);
    }
    let (t0, t1) = (s0 / 0.75, s1 * s1);
    t1 + s0 + t0
}
#[grad::differentiate]
fn f084(x0: f64) -> f64 {
    let t1 = x0;
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..3 {
        v0[i] = t1;
    }
    if v0[1].max(3.0).max(x0) <= x0 {
        return x0;
    }
    let mut g0 = vec![vec![0.0_f64; 4]; v0.len()];
    for i in 0..v0.len() {
        for j in 0..4 {
            g0[i][j] += x0 + (i as f64) * t1;
        }
    }
    g0[0][3] + v0[2] + g0[2][3]
}
#[grad::differentiate]
fn f085(x0: f64, ys: &[f64], xs: &[f64]) -> f64 {
    if ys[0] * ys[0] < 2.0 {
        return ys[1].powi(-1);
    }
    if x0.sin() <= -ys[1] {
        return xs[1];
    }
    ys[1].powi(2)
}
#[grad::differentiate(dual_calls)]
fn f086(x0: f64, x1: f64) -> f64 {
    let mut g0 = vec![[0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g0[i][j] = g0[j][j] + h002(x0, x1, x1);
        }
    }
    let t0 = (if x1 >= g0[1][1] { x1 } else { x1 }).cos().powi(2);
    let mut s0: f64 = 1.0;
    for i in 1..2 {
        if i >= 2 {
            g0[i][i % 4] -= g0[i][3];
        } else {
            g0[i][i]
                += {
                    let r0 = x0 + 0.75;
                    r0 - t0 * 0.1
                };
        }
        s0 /= g0[i][i] * s0;
        s0 += h017(x0 * g0[1][i + 1], f64::cos(g0[i][i + 2]), 0.1 + x1);
    }
    let s1: f64 = 0.5;
    for i in (0..2).rev() {
        g0[i][i + 2] *= s1 / s0 - s1.min(g0[i][i + 2]);
    }
    let t1 = s0.tanh();
    t0 + g0[3][3] + s0 + t1
}
#[grad::differentiate(dual_calls)]
fn f087(x0: f64) -> f64 {
    let t0 = x0 * x0.sqrt();
    let t1: f64 = f64::sqrt(x0);
    let mut s0: f64 = 0.0;
    let mut k0 = 0;
    let r0 = loop {
        if k0 >= 2 {
            s0 = s0 - (k0 as f64) * s0;
            s0 += t1 * t1;
        } else {
            s0 -= t0;
            s0 /= s0.max(t1) + ((k0 + 1) as f64);
        }
        s0 += s0;
        if k0 < 2 {
            break s0;
        }
        k0 += 1;
        if k0 == 3 {
            break h011(x0.powf(2.5));
        }
    };
    let mut s1 = x0.ln().min(s0);
    let mut k1 = 0;
    let r1 = loop {
        if t0 <= s0 + ((k1 + 1) as f64) {
            s1 += ((k0 + 1) as f64) * (s0 - r0);
            s1 += s0 * t0;
        }
        if k0 < 3 {
            break r0;
        }
        k1 += 1;
        if k1 == 2 {
            break match k1 % 2 {
                0 => x0.min(t1),
                _ => t1 + s1,
            };
        }
    };
    let s2: f64 = 0.0;
    for _ in (0..4).step_by(2) {
        s0
            += match k1 % 2 {
                0 => 0.25,
                _ => r0,
            };
    }
    (r1 + x0).min(x0 + ((k0 + 1) as f64)) + x0 + s0 + s1 + s2
}
#[grad::differentiate]
fn f088(x0: f64, x1: f64, x2: f64, n: usize) -> f64 {
    if n < 2 {
        return (1.5 / x2).powf(1.5);
    }
    let mut s1: f64 = 0.5;
    for _ in (1..4).rev() {
        s1 = s1 * x0.abs();
    }
    let t0 = (if n >= 2 {
        s1
    } else {
        match n % 2 {
            0 => s1,
            _ => x2,
        }
    })
        .max(if n % 2 == 0 { x0 } else { s1 });
    f64::sin(s1.cos()) + (n as f64) * t0 + x1 + s1
}
#[grad::differentiate(dual_calls)]
fn f089(n: usize, xs: &[f64], x0: f64, x1: f64) -> f64 {
    let mut s0 = x1;
    let mut k0 = 0;
    loop {
        if k0 >= n {
            break;
        }
        s0 = s0 - (h021(xs[k0 % xs.len()]) + x0.abs());
        k0 += 1;
    }
    let mut s2 = x1 - 0.5;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 1..2 {
            r0 += xs[j + 1];
        }
        s2 += r0 * x1;
    }
    let mut s3 = s2;
    for _ in 0..xs.len() {
        s3 += s2.powi(3) - h006(s2, s0, x0);
        s3 /= x1;
    }
    let t0 = (match n % 3 {
        0 => s0,
        1 => s2,
        _ => s3,
    })
        .abs();
    s2 + s0 + s2 + s3 + t0
}
#[grad::differentiate(dual_calls)]
fn f090(x0: f64, xs: &[f64]) -> f64 {
    let t0: f64 = xs[0];
    let t1 = (x0.abs() - t0).max(xs[2]);
    h026(xs[1]) + t1
}
#[grad::differentiate(dual_calls)]
fn f091(xs: &[f64], x0: f64) -> f64 {
    let mut s2 = f64::sin(xs[1]);
    let mut k0 = 0;
    let r1 = loop {
        if k0 < 1 {
            break s2;
        }
        s2 += s2.ln() + h004(xs[k0], xs[(k0 + 1) % xs.len()], x0);
        k0 += 1;
        if k0 == 3 {
            break {
                let r0 = xs[1] + 0.25;
                r0 - xs[3]
            };
        }
    };
    let mut v0 = vec![0.0_f64; 3];
    for i in 0..v0.len() {
        v0[i] = s2.min(0.1);
    }
    let s4: f64 = 1.0;
    for _ in (1..2).step_by(2) {
        s2 = s2 - -(-s2);
    }
    s4 + s2 + r1 + v0[2]
}
#[grad::differentiate(dual_calls)]
fn f092(x2: f64, x1: f64, x0: f64) -> f64 {
    let mut s0: f64 = 1.0;
    for i in 1..2 {
        if x0.cos() > h008(x2) {
            s0
                *= match i % 2 {
                    0 => x0 + 0.1,
                    _ => s0,
                };
            s0
                += match i % 3 {
                    0 => if i >= 2 { x0 } else { s0 }
                    1 => x2 - x2,
                    _ => f64::tanh(x1),
                };
        }
    }
    let (t0, t1) = (x0, x0.min(x2));
    let s1 = t0;
    let mut k0 = 0;
    loop {
        if k0 >= 3 {
            break;
        }
        s0 += -s0;
        k0 += 1;
    }
    let mut g0 = vec![[0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j] += ((k0 + 1) as f64) * h001(x1);
        }
        s0 = s0 + x2.max(0.25);
    }
    (1.25 + t1
        + (match k0 % 3 {
            0 => t0,
            1 => x2,
            _ => s1,
        }))
        .sin() + s0 + g0[2][1]
}
#[grad::differentiate(dual_calls)]
fn f093(x0: f64, xs: &[f64]) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 3]; xs.len()];
    for i in 0..xs.len() {
        for j in 0..3 {
            g0[i][j] = x0;
        }
    }
    let mut s2: f64 = 0.5;
    for i in (0..xs.len()).rev() {
        if i >= 2 {
            continue;
        }
        s2 += s2 + s2.tanh();
        if i >= 2 {
            g0[i][i % 3] -= h014(x0, xs);
            if i == 2 {
                break;
            }
        }
    }
    ({
        let r1 = s2.max(xs[0].powi(-2));
        r1 * x0
    }) + g0[3][2] + s2
}
#[grad::differentiate]
fn f094(xs: &[f64], x1: f64, x0: f64, n: usize) -> f64 {
    let mut v0 = vec![0.0_f64; n];
    for i in 0..n {
        v0[i] = x1;
    }
    let mut s2: f64 = 1.0;
    for (_, _) in xs.iter().zip(v0.iter()) {
        s2 = s2 * -x1;
        s2 += s2;
        s2 += x1;
    }
    (2.0 / v0[1]).max(-s2).ln() + x0 + v0[2] + s2
}
#[grad::differentiate(dual_calls)]
fn f095(n: usize, xs: &[f64], x0: f64) -> f64 {
    let t0 = f64::sin(xs[1].powi(3) - xs[0].sqrt());
    let t1 = 1.5 + x0.powi(-2);
    if n >= 2 {
        return ((n + 1) as f64) * (x0 * x0);
    }
    let mut s2: f64 = 0.5;
    if n % 2 == 0 {
        s2
            *= {
                let r2 = {
                    let r1 = xs[0];
                    r1 * s2
                };
                if n >= 2 { r2 } else { 1.5 }
            };
        s2 *= s2;
    }
    (h012(x0, t0) + ((n + 1) as f64)).powf(-0.5) + t1 + s2
}
#[grad::differentiate(dual_calls)]
fn f096(x1: f64, n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s1 = x0 + x0;
    for i in (0..2).rev() {
        if i >= 1 {
            break;
        }
        s1 = s1 - (x1.max(s1) + (x1 + s1));
        s1
            *= h025({
                let r0 = s1;
                r0 / xs[i]
            });
    }
    if (n as f64) * xs[0] >= 1.5 {
        return -x1.abs();
    }
    let t0 = (n as f64) * -x1
        + ({
            let r2 = -s1;
            r2 / (3.0 - xs[3])
        });
    let t1 = x1;
    let mut s2: f64 = 0.5;
    for _ in 0..2 {
        let mut r4: f64 = 0.0;
        for j in 0..2 {
            r4 += t1 - xs[j + 2];
        }
        s2 += r4 * 2.0;
    }
    let t1 = t1 + x0;
    h010(x0.powi(-2).powi(-1), (-x0).max(xs[1].exp()), xs) + s1 + t0 + s2 + t1
}
#[grad::differentiate]
fn f097(x0: f64, xs: &[f64], x1: f64) -> f64 {
    let mut s0 = x0;
    for p0 in xs {
        s0 = s0 - s0;
        s0 += *p0;
        s0 += x1.tanh() * (xs[1] + 0.5);
    }
    let s2: f64 = 0.5;
    for (i, &p1) in xs.iter().enumerate() {
        s0 += x1.powi(-2);
        if -(xs[i % xs.len()] / xs[2]) <= 0.25 {
            return s0 - p1;
        }
    }
    xs[0] * ((xs[0] + x1) * xs[1].tanh()) + s0 + s2
}
#[grad::differentiate]
fn f098(xs: &[f64], x0: f64) -> f64 {
    let (t1, t2) = (xs[1] - xs[4].powf(x0), x0 / x0);
    let mut s1 = x0;
    for (i, _) in xs.iter().enumerate() {
        s1 += xs[i].sin();
        s1 -= t2;
    }
    s1 -= -(s1 + s1);
    let mut s2 = x0 + 0.5;
    for (_, &p1) in xs.iter().enumerate() {
        s2 += p1;
    }
    let mut s3: f64 = 1.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..5 {
            r0 += x0 - xs[j];
        }
        s3 += r0 * s2;
    }
    (3.0 - xs[2]).max(-(1.5 - t2)) + t1 + s1 + s2 + s3
}
#[grad::differentiate(dual_calls)]
fn f099(x1: f64, ys: &[f64], n: usize, x0: f64, xs: &[f64]) -> f64 {
    let mut s0 = (x1 + x0) / (xs[1] * ys[0]);
    if n >= 2 {
        s0 += s0;
        s0 += 0.25 - ys[2];
    } else if n < 2 {
        s0 += s0.powi(2) - -x0;
        s0 -= (n as f64) * xs[2];
    }
    s0 /= ys[0].tanh();
    let mut s1 = ys[1];
    for i in 0..1 {
        s1 += xs[i + 2];
    }
    let s4: f64 = 1.0;
    for i in 0..3 {
        if i == 1 {
            break;
        }
        s1
            /= h004(
                s0.powi(-2),
                ys[i],
                match i % 2 {
                    0 => x1,
                    _ => 3.0,
                },
            );
    }
    x0 + (ys[0] + x1) + s0 + s1 + s4
}
#[grad::differentiate]
fn f100(xs: &[f64], x0: f64, x2: f64, x1: f64) -> f64 {
    let mut s0 = x2;
    let mut k0 = 0;
    while k0 < 2 {
        s0 += x2;
        s0 -= ((k0 + 1) as f64) * x2;
        k0 += 1;
    }
    let mut g0 = vec![vec![0.0_f64; xs.len()]; 2];
    for i in 0..2 {
        for j in 0..xs.len() {
            g0[i][j]
                -= {
                    let r0 = ((j + 1) as f64) * xs[j];
                    r0 + s0
                };
            if k0 != 0 {
                return x0.tanh().cos();
            }
        }
    }
    let mut s1: f64 = 0.5;
    for i in 0..2 {
        s0 += g0[i][(i + 1) % 3].ln() * xs[i];
        if k0 % 2 == 0 {
            s0 -= x1.cos();
            s1 /= s1;
        } else {
            s1 = s1 + -s1;
        }
        g0[i][i + 1]
            *= ({
                let r1 = s1;
                r1 / xs[i]
            }) + f64::exp(x0);
    }
    s0 + s0 + g0[1][2] + s1
}
#[grad::differentiate(dual_calls)]
fn f101(xs: &[f64], ys: &[f64], n: usize, x0: f64) -> f64 {
    let mut s0 = ys[1] + (n as f64) + (x0 + (n as f64));
    let mut k0 = 0;
    let r0 = loop {
        if k0 >= 2 {
            break (0.5 / ys[(k0 + 1) % ys.len()]).powi(-1);
        }
        s0 /= h009(0.1 + s0);
        k0 += 1;
        if k0 == 2 {
            break match n % 2 {
                0 => x0,
                _ => s0,
            };
        }
    };
    let t0 = (k0 as f64) * (s0 * x0);
    if k0 < 1 {
        s0 = x0;
        if n != 2 {
            return (t0 + t0).sqrt();
        }
        for _ in 0..xs.len() {
            s0 += -t0.sin();
        }
    } else {
        s0 = s0
            - (match k0 % 3 {
                0 => r0,
                1 => s0.sin(),
                _ => -t0,
            });
    }
    xs[0] + s0
}
#[grad::differentiate(dual_calls)]
fn f102(xs: &[f64], x0: f64, n: usize, x1: f64) -> f64 {
    let mut s0: f64 = 0.0;
    for _ in 0..2 {
        let mut r0: f64 = 0.0;
        for j in 0..1 {
            r0 += xs[j + 2] * x1;
        }
        s0 += r0 * 1.5;
    }
    let mut s1: f64 = 0.5;
    for &p0 in xs.iter() {
        s1 = s1 - p0;
        s0 *= xs[1];
        if n != 1 {
            s0 = f64::sin(xs[0]);
            s1 += p0;
            s1 += -p0.powi(2);
        } else {
            s1
                -= {
                    let r1 = s0;
                    r1 + xs[2]
                };
        }
    }
    let t0 = if xs[1] > 1.25 {
        if n < 2 { x1.powf(0.5) } else { x1.exp() }
    } else {
        f64::exp(xs[0]) + x1
    };
    if t0 <= x1 {
        s1 = x1;
        s1
            += s1
                + ({
                    let r3 = xs[2];
                    r3 + x0
                });
    }
    let mut s6 = match n % 3 {
        0 => t0,
        1 => x1.abs(),
        _ => xs[2],
    };
    for _ in xs.iter() {
        s1 *= 0.25 - 3.0 * s0;
        s6 += if xs[2] >= 0.75 { s1 } else { 0.75 };
    }
    let s7: f64 = 0.0;
    for _ in xs.iter() {
        s0 += x1;
    }
    h006(s7, xs[2], s6 * s1)
        + x1
            * (match n % 2 {
                0 => s1,
                _ => xs[0],
            }) + s0 + s1 + s6
}
#[grad::differentiate]
fn f103(xs: &[f64], x1: f64, x0: f64) -> f64 {
    if x0 >= (1.5 + x1).ln() {
        return x0;
    }
    let t0: f64 = xs[3];
    let mut s1 = xs[0];
    for _ in 0..2 {
        s1 = s1 + (t0 + s1).powi(2);
    }
    let t1 = s1;
    t1 + s1
}
#[grad::differentiate(dual_calls)]
fn f104(x0: f64, n: usize, x1: f64) -> f64 {
    let mut g0 = vec![vec![vec![0.0_f64; 2]; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j][i % 2] = f64::exp(x0);
        }
    }
    let (t0, t1) = (
        ((n + 1) as f64) * (if n >= 2 { x1 } else { x0 }),
        x1 / x0
            * ({
                let r0 = x1;
                r0
            }),
    );
    let mut s0: f64 = 1.0;
    if n >= 2 {
        s0 = s0 - self::h005(s0 / t0, x1 + s0, x1);
    } else if t0 > 1.5 {
        s0 = g0[1][2][0] * (x1 * t0);
        s0 = s0
            - ({
                let r1 = g0[0][1][1] - 0.5;
                r1 - t1
            });
    } else {
        g0[0][2][1] = t1;
    }
    s0 + g0[2][2][1] + s0
}
#[grad::differentiate]
fn f105(x0: f64, xs: &[f64]) -> f64 {
    let (t0, t1) = (x0.cos() + xs[0], x0 + xs[0]);
    let mut s2 = t1;
    for p1 in xs.iter() {
        s2 = s2 - *p1;
        s2 += xs[0].exp().max(xs[2]);
        s2 = s2 * -x0;
    }
    let mut s4: f64 = 1.0;
    for _ in xs.iter() {
        s4 += (xs[2] * 0.1).sin();
        s2 = s2 + (s4 * xs[2] - s4.powi(3));
        s4 += x0;
    }
    let s5: f64 = 0.5;
    for _ in (0..4).step_by(2) {
        s4 = s4 + xs[0];
    }
    x0 + t0 + s2 + s4 + s5
}
#[grad::differentiate(dual_calls)]
fn f106(xs: &[f64], x0: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j] -= 0.1 * x0 + (x0 + xs[i]);
        }
    }
    let mut v0 = vec![0.0_f64; xs.len()];
    for i in 0..xs.len() {
        v0[i] = match i % 2 {
            0 => v0[i],
            _ => 2.0 + x0,
        };
    }
    let t0 = h022(
        {
            let r0 = v0[2];
            -r0
        },
        xs,
    );
    x0 + g0[2][2] + v0[2] + t0
}
#[grad::differentiate]
fn f107(x2: f64, x0: f64, x1: f64) -> f64 {
    let mut s0: f64 = 1.0;
    if x2.sin() < 0.75 {
        s0 -= x2;
        s0 += s0 + x2;
    }
    let t1 = x1;
    let mut s2: f64 = 0.5;
    for _ in 0..2 {
        s2 = s2 * x1;
    }
    let t2 = x1 + x0;
    s2 * t2 + s0 + t1 + s2
}
#[grad::differentiate(dual_calls)]
fn f108(n: usize, x0: f64) -> f64 {
    let mut s0 = x0 + x0;
    let mut k0 = 0;
    while k0 < n {
        s0 = s0
            + (match k0 % 3 {
                0 => 0.75,
                1 => 0.75,
                _ => s0,
            });
        if k0 % 2 == 0 {
            s0 = s0 * s0;
        } else {
            s0 += s0 + (x0 + s0);
            s0
                += x0
                    - ({
                        let r0 = s0;
                        r0
                    });
        }
        k0 += 1;
    }
    let mut s1: f64 = 0.5;
    for _ in 0..3 {
        s1 = s1 * x0;
        s1 = s1 - x0;
        s1 /= s0;
    }
    let t0 = s0 + h008(s0);
    if t0 > s0 * t0 + ((k0 + 1) as f64) {
        s0 = t0;
        for i in 1..4 {
            s0
                += if s1 + t0
                    <= (match i % 2 {
                        0 => 2.0,
                        _ => t0,
                    })
                {
                    (k0 as f64) * t0
                } else {
                    t0
                };
            s1 += s0.powi(-2).exp();
            s0 = s0 + x0;
        }
    }
    if k0 < 3 {
        return x0;
    }
    x0 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn f109(x0: f64) -> f64 {
    let mut s1: f64 = 0.5;
    for i in 0..4 {
        let mut k0 = 0;
        let r0 = 'outer: loop {
            if k0 >= 2 {
                s1 = if x0 * x0 > 0.1 { s1 } else { x0 / x0 };
                s1 *= if i != 0 { x0.powf(x0) } else { x0 * s1 };
                s1 = s1 * (h011(s1) * s1.abs());
            }
            for _ in 1..2 {
                if i % 2 == 0 {
                    return x0;
                }
                if i % 2 == 0 {
                    break 'outer (x0 + 2.0).max(s1 + s1);
                }
            }
            s1 *= x0.powi(2);
            k0 += 1;
            if k0 == 3 {
                break x0;
            }
        };
        s1 += r0;
    }
    let t0 = x0 * x0;
    s1 /= t0;
    ({
        let r1 = t0.powi(-1);
        -(if s1 <= s1 { r1 } else { s1 })
    }) + s1
}
#[grad::differentiate]
fn g000(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0: f64 = if 0.25 * (2.0 + a[[0, 0]]) < 0.5 {
        0.75 + u[3] + a.sum()
    } else {
        a.dot(&a.t()).sum()
    };
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = a.sum();
    }
    let mut s0: f64 = 0.5;
    for i in 0..4 {
        s0 /= t0 - u[i % 4];
    }
    -t0 + z0.sum() + s0
}
#[grad::differentiate(dual_calls)]
fn g001(c: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let m1 = a.t().dot(a).sum_axis(Axis(1)) + (u - u);
    let t2 = (&b.t() + &c.t()).sum();
    let t3 = -(if m1[2] * t2 >= 0.25 { h019(t2) } else { 3.0 });
    let (t4, t5) = ((if m1[1] <= t3 { 1.5 } else { t2 }) * t3, f64::ln(t3 / t3));
    ((t2 + t2 + &b.t()) * &c.t()).mean().unwrap() + m1.sum() + t4 + t5
}
#[grad::differentiate]
fn g002(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0: f64 = u.mean().unwrap();
    let t1 = (if a.t().sum() > 0.5 { a[[0, 1]] } else { u[0] - u[0] }) - t0;
    u[0] + a[[1, 0]] + t1
}
#[grad::differentiate(dual_calls)]
fn g003(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    if u[0] > 0.75 {
        return u[2] * a[[1, 0]] + 2.0;
    }
    let t0 = if h001(u[0]).min(u[1] * 3.0) > b.t().sum() / u[1].min(u[0]) {
        (&a.t() * &a.t()).sum()
    } else {
        (u[2] - a[[2, 2]]).powi(-1)
    };
    t0
}
#[grad::differentiate(dual_calls)]
fn g004(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut s0 = (u[1] + 1.5).exp();
    for i in (0..a.nrows()).rev() {
        if f64::abs(s0) >= 0.1 {
            return h001(a[[2, i % 2]].min(x0));
        }
    }
    if a[[2, 0]]
        <= ({
            let r0 = x0;
            r0 + a[[2, 1]]
        })
    {
        s0 = a.powf(2.5).sum();
        s0
            += if ({
                let r1 = s0;
                r1 - s0
            }) < s0.tanh()
            {
                a[[0, 0]] / x0
            } else {
                x0
            };
        s0 /= f64::ln(u.dot(u));
    } else if u[0] > 0.5 {
        s0 += u[1].powi(2);
    }
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = a[[(i + 1) % 3, i]].cos().sin();
        s0 -= x0 * (x0 * s0);
    }
    let m0 = ({
        let r2 = s0;
        r2 + s0
    }) + (a.dot(&a.t()) + s0);
    (a.sum_axis(Axis(0)) / (1.5 * s0)).sum() + s0 + z0.sum() + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g005(a: &Array2<f64>, x0: f64, b: &Array2<f64>) -> f64 {
    if (2.0 - b[[0, 1]]) / x0 > b[[1, 1]] {
        return b[[2, 0]].abs() * (a[[0, 1]] + x0);
    }
    let mut s0: f64 = 0.5;
    for i in (0..a.nrows()).rev() {
        if i == 2 {
            break;
        }
        s0 *= s0.cos();
        s0 += a[[i, i % 2]].ln().min(b.t().mean().unwrap());
    }
    if x0.max(2.0) < a[[0, 0]] {
        return ({
            let r0 = b[[2, 0]];
            r0 * a[[2, 0]]
        }) * (a[[2, 0]] - s0);
    }
    let mut g0 = vec![[0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] += x0.tanh();
        }
        s0 += x0.sin().sin();
    }
    let t0 = s0 - g0[0][1];
    (-b[[1, 0]]).max(s0.powi(-2)) * h009(b[[0, 0]]).ln() + s0 + g0[3][1] + t0
}
#[grad::differentiate(dual_calls)]
fn g006(w: &Array1<f64>, x0: f64, d: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = (x0 + x0) * -a[[1, 1]] - a[[0, 0]];
    let mut s2: f64 = 1.0;
    for _ in (1..2).step_by(2) {
        s2 /= a.sum();
    }
    let mut s3: f64 = 0.5;
    if a[[1, 0]] <= h021(f64::tanh(a[[0, 2]])) {
        s2 /= w.mean().unwrap().sqrt();
    } else if w[1].tanh() < 2.0 {
        s2 -= w.sum();
        s3 += (if s2 <= 1.5 { w[1] } else { a[[0, 0]] }).abs();
    } else if (if a.sum() >= 0.25 { w[0] } else { x0 }) >= (1.25 - t0) / (x0 * x0) {
        s3 *= w[0];
        if self::h008(h008(t0)) >= -s3.powf(0.5) {
            return x0;
        }
    } else {
        s3 += w[1];
    }
    a.t().sum() + d.sum() + s2 + s3
}
#[grad::differentiate]
fn g007(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let t0 = b[[1, 0]].sin();
    let t1 = u[2];
    let mut s1: f64 = 1.0;
    for _ in (0..a.ncols()).step_by(2) {
        s1 *= t1;
    }
    let mut s2 = s1;
    for i in (0..2).rev().step_by(2) {
        if i >= 2 {
            break;
        }
        s1 *= t1;
        for _ in 0..3 {
            s1 = s1 - s2;
            s2 *= u[i + 2] - u.sum();
        }
    }
    t0 + a.sum() + s1 + s2
}
#[grad::differentiate(dual_calls)]
fn g008(a: &Array2<f64>, x0: f64) -> f64 {
    let mut s0 = (a / f64::cos(a[[0, 2]])).sum();
    for i in 0..a.nrows() {
        s0 *= a[[i, i]];
    }
    let t0 = a[[0, 0]];
    let mut s1 = a.sum().max(t0 * a[[1, 2]]);
    let mut k0 = 0;
    while k0 < 4 {
        s1 = s1 * a[[1, k0 % 3]];
        k0 += 1;
    }
    let t1 = if s0 * t0.min(a[[1, 1]])
        >= a.t().mean_axis(Axis(0)).unwrap().dot(&a.t().mean_axis(Axis(0)).unwrap())
    {
        self::h025(t0)
    } else {
        x0
    };
    if a[[1, 0]] < f64::sin(a[[1, 2]]) + s0 {
        return x0.cos() + a[[1, 2]] / 3.0;
    }
    (match k0 % 2 {
        0 => a.t().sum(),
        _ => -(a[[0, 0]] - s0),
    }) + s0 + s1 + t1
}
#[grad::differentiate]
fn g009(a: &Array2<f64>, b: &Array2<f64>, x1: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = z0.dot(&z0);
    }
    let t0 = x1;
    z0[2] + a.sum() + b.sum() + z0.sum() + t0
}
#[grad::differentiate(dual_calls)]
fn g010(a: &Array2<f64>, w: &Array1<f64>, u: &Array1<f64>) -> f64 {
    let t0 = (({
        let r0 = a[[2, 1]];
        r0
    }) - (if u[1] >= w[1] { a[[0, 0]] } else { w[2] })) * w[0];
    let mut s2: f64 = 0.5;
    if self::h005(s2.powi(3), s2.ln(), f64::sin(t0)) <= 0.5 {
        s2 = s2.exp();
        if a[[2, 1]] > s2 {
            s2 = (if t0 <= 2.0 { 0.1 } else { s2 }).sqrt();
            s2 = s2 - a[[2, 0]];
        } else {
            s2 += a.dot(&a.t()).sum();
            s2
                += {
                    let r2 = t0;
                    r2
                };
        }
        s2 += s2;
    } else if w[1] < 0.5 {
        s2 = a.t().sum();
        s2 += f64::ln(a[[2, 1]]);
        s2 -= t0;
    }
    if a[[2, 0]] <= s2 {
        return f64::ln(t0 * s2);
    }
    let (t1, t2) = (-(a[[0, 0]] * t0), -w.dot(w));
    a.t().powf(2.5).mean().unwrap() + s2.exp() + s2 + t1 + t2
}
#[grad::differentiate(dual_calls)]
fn g011(x0: f64, d: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t0 = {
        let r0 = x0 - x0;
        r0 - (x0 - r0)
    };
    let (t1, t2) = (x0, h029(a[[0, 2]]));
    let (t3, t4) = (a[[0, 2]] * t1 + t0, d[[0, 0]]);
    let t4 = t4
        - 1.5
            * ({
                let r1 = t3;
                r1 * a[[0, 1]]
            });
    let mut s1: f64 = 0.0;
    for i in (0..a.ncols()).rev() {
        if i >= 1 {
            break;
        }
        s1 *= h026(x0);
        s1 = s1
            * ({
                let r2 = s1;
                r2 + t3
            })
                .min(f64::sqrt(t2));
    }
    a[[0, 1]] + t4 + s1
}
#[grad::differentiate(dual_calls)]
fn g012(a: &Array2<f64>, b: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = 1.5 * u[2].powi(-1);
    let mut g0 = vec![[0.0_f64; 4]; 4];
    for i in 0..4 {
        for j in 0..4 {
            g0[i][j]
                -= match i % 2 {
                    0 => u[(j + 1) % 3],
                    _ => t0,
                };
        }
    }
    let t0 = t0 - h009(u[1] + t0);
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = -({
            let r3 = a[[i, i]];
            r3
        });
    }
    z0.mean().unwrap() + b.sum() + g0[3][3] + t0 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g013(a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let t0 = h029(b[[1, 1]]);
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = (t0 * 3.0).sin();
    }
    let t1: f64 = b[[2, 1]];
    let t2 = a.dot(&b.t()).mean_axis(Axis(1)).unwrap().sum();
    v0[2] + v0[3] + t1 + t2
}
#[grad::differentiate]
fn g014(
    x0: f64,
    a: &Array2<f64>,
    u: &Array1<f64>,
    b: &Array2<f64>,
    d: &Array2<f64>,
) -> f64 {
    let mut s0: f64 = 1.0;
    for _ in (0..a.ncols()).step_by(2) {
        s0 = s0 * u[0];
    }
    let m1 = u.powi(2).powf(1.5);
    let t2 = ({
        let r0 = s0;
        r0 + m1[0]
    }) / (x0 / x0) / -(2.0 + x0);
    s0 -= u[1];
    (if x0 <= m1[0].powi(-2) { (x0 / a[[2, 0]]).cos() } else { f64::cos(a.sum()) })
        + b.sum() + d.sum() + s0 + m1.sum() + t2
}
#[grad::differentiate]
fn g015(u: &Array1<f64>, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let t1 = -({
        let r1 = a[[1, 1]];
        r1 * b[[0, 0]]
    });
    let mut s0 = b.sum().min(a[[1, 2]].cos());
    for _ in 0..3 {
        s0 += t1.powi(-2);
    }
    ((u[1] - s0 + b) * (b / s0.powf(0.5))).mean().unwrap() + s0
}
#[grad::differentiate]
fn g016(u: &Array1<f64>, b: &Array2<f64>, x0: f64, a: &Array2<f64>) -> f64 {
    let mut s0 = b.mean_axis(Axis(0)).unwrap().sum();
    for i in (0..4).step_by(2) {
        if i % 2 == 0 {
            s0 += u[i].abs();
            s0 -= f64::tanh(s0.sin());
        } else {
            s0 = s0 * (s0 + 1.25);
            s0 *= (s0 + x0).exp();
        }
    }
    let mut g0 = vec![[0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j] -= s0;
        }
    }
    let t0 = f64::tanh(x0);
    let s1 = a.dot(&a.t()).sum();
    for i in 0..b.ncols() {
        if i != 0 {
            return b.dot(&a.t()).sum();
        }
    }
    let t1 = s0.powi(-1).sin();
    (g0[0][0] / &a.t()).sum() + s0 + g0[1][2] + t0 + s1 + t1
}
#[grad::differentiate(dual_calls)]
fn g017(a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t1 = w[0];
    let mut s1: f64 = 0.5;
    if t1.powi(-1).min(s1) <= 0.75 {
        s1
            /= {
                let r1 = t1;
                r1 + t1
            };
    }
    let t2 = a[[1, 0]];
    if ({
        let r2 = w[0];
        r2 - s1
    }) + 3.0
        > self::h003(
            {
                let r3 = t2;
                r3 * s1
            },
            t1,
        )
    {
        return w[1];
    }
    let (t3, t4) = (a[[0, 0]], t2.exp());
    t1 + s1 + t3 + t4
}
#[grad::differentiate]
fn g018(w: &Array1<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
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
    let t0 = u[1];
    (a[[1, 1]] + a[[1, 0]]).exp() + w.sum() + s0 + t0
}
#[grad::differentiate]
fn g019(x0: f64, x1: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = 1.5 + x1;
    }
    let t0 = {
        let r0 = z0.sqrt().mean().unwrap();
        r0 * (x1 / u.dot(u))
    };
    let mut g0 = vec![[0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j] = {
                let r1 = x0;
                r1 / z0.mean().unwrap()
            };
        }
    }
    (a.dot(u) / (x1 * z0[0])).mean().unwrap() + z0.sum() + t0 + g0[2][1]
}
#[grad::differentiate(dual_calls)]
fn g020(x0: f64, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = h027(a[[1, 1]] + u[1], a[[2, 1]]) - (x0 + x0).powf(2.5);
    let mut s1: f64 = 0.0;
    if a[[2, 0]] <= 2.0 {
        s1 += s1 - s1;
        s1 += a.t().exp().sum();
    } else if x0 > (1.25 - s1).powi(-1) {
        s1 = (u[0] * t0).tanh();
        s1 /= h015(x0);
    }
    let mut s3: f64 = 0.0;
    for i in 0..3 {
        s3 = s3 - ((x0 - a[[i, i % 2]]) * u).dot(u);
    }
    (u[1] + &a.t() / &a.t()).mean().unwrap() + s1 + s3
}
#[grad::differentiate(dual_calls)]
fn g021(u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s1 = u[1];
    for _ in (0..2).step_by(2) {
        s1 += -s1;
        s1 += (&a.t() - &a.t()).sum();
        for _ in 1..a.ncols() {
            s1 += s1;
        }
    }
    let t0 = -a[[2, 1]];
    let t1 = u[1];
    let mut s4 = a[[1, 0]];
    if s1 - t1 - t0.powi(3) <= 0.25 {
        s4 /= h021(s1) + u[0].abs();
    } else {
        s1 = s1 + (s4 - a[[0, 1]]) * 1.25;
    }
    -(t0 * (t1 - t0)) + s1 + s4
}
#[grad::differentiate(dual_calls)]
fn g022(c: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let t0 = (-a.sum()).cos();
    let mut s1: f64 = 0.5;
    if a[[1, 0]].ln() > 0.5 {
        if a.sum() * b[[2, 0]] >= -(1.5 * s1) {
            s1 -= t0;
        } else {
            s1 = s1 + u[1];
        }
    }
    let t1 = -(c[[1, 0]] + t0)
        .min({
            let r0 = t0;
            r0 - u[1]
        });
    if a.t().sum() < 2.0 {
        if (0.75 + s1) / a[[2, 0]] <= a.sum_axis(Axis(1)).mean().unwrap() {
            return u.sum() + -c[[2, 0]];
        }
        s1 -= u.sum();
    } else if b.t().sum().powf(0.5) > (b[[1, 0]] / u[0]).sqrt() {
        s1 = b.sum();
        s1 += u[1].exp();
        if t1 >= 0.1 {
            return u.dot(u) + t0;
        }
    } else if u[1].sqrt()
        >= self::h013(b.t().mean().unwrap(), if s1 >= 0.5 { s1 } else { t1 })
    {
        s1 = -u[1];
        if (u + u).dot(&(u + t1)) >= 0.5 {
            return a[[1, 1]] / 3.0;
        }
    } else {
        s1 = s1 + (t1 * t0 - t0);
    }
    (s1.tanh() * (t0 - s1)).min(t1) + s1
}
#[grad::differentiate]
fn g023(b: &Array2<f64>, x0: f64, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0: f64 = (x0 - b[[1, 0]]) * x0;
    let mut s3 = b[[0, 2]];
    for i in (0..4).rev().step_by(2) {
        s3 += (b[[i % 2, i % 3]] + &b.t()).mean().unwrap();
        s3 -= x0;
    }
    s3 = s3 - (0.5 + a[[0, 2]] - s3);
    u[2] + t0 + s3
}
#[grad::differentiate(dual_calls)]
fn g024(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 3]; 3];
    for i in 0..3 {
        for j in 0..3 {
            g0[i][j] += (u[j % 2] + a[[j % 3, 0]]).cos();
        }
    }
    let m0 = (u.dot(&a.t()) + g0[2][0]).powi(-1);
    h029(a[[1, 0]]) + x0 + g0[2][2] + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g025(w: &Array1<f64>, a: &Array2<f64>, b: &Array2<f64>, x1: f64) -> f64 {
    let mut s0 = {
        let r1 = {
            let r0 = x1;
            r0 - a[[1, 2]]
        };
        r1 + w.mean().unwrap()
    };
    let mut k0 = 0;
    let r3 = 'outer: loop {
        if k0 % 2 == 0 {
            break 'outer b.t().exp().mean().unwrap();
        }
        if s0
            .abs()
            .max(
                match k0 % 2 {
                    0 => 2.0,
                    _ => 1.5,
                },
            ) < 1.5
        {
            s0 = s0 + s0.sin().sin();
        } else {
            s0 += w.sum();
            s0
                -= {
                    let r2 = 0.75 + w[k0];
                    r2
                };
        }
        for j in 1..3 {
            s0 = s0 + w[1] * s0 / (w[k0] * w[k0]);
            s0 *= w[j];
            if k0 >= 2 {
                break 'outer self::h024(x1, s0, s0) / a[[j, j]].min(w[k0]);
            }
        }
        s0 *= x1;
        k0 += 1;
        if k0 == 3 {
            break a.mean().unwrap().cos();
        }
    };
    let mut s2: f64 = 0.5;
    for _ in 0..a.nrows() {
        for _ in 1..a.nrows() {
            s2 *= r3;
        }
    }
    x1 * w[0] + s0 + s2
}
#[grad::differentiate]
fn g026(a: &Array2<f64>, b: &Array2<f64>, x0: f64) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 4]; 2];
    for i in 0..2 {
        for j in 0..4 {
            g0[i][j] = a.t().mean().unwrap() + (i as f64);
        }
    }
    let mut s0: f64 = 1.0;
    for _ in 0..4 {
        s0 -= a.mean().unwrap();
        s0 /= b.t().sum();
    }
    s0 + x0 + g0[1][3] + s0
}
#[grad::differentiate(dual_calls)]
fn g027(c: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..a.nrows()).step_by(2) {
        if i == 1 {
            break;
        }
        s0 += x0;
        s0 += h006(x0, x0, x0).min(u[i % 2] * s0);
    }
    let t0: f64 = s0;
    let mut s1: f64 = 0.5;
    for i in (0..3).rev() {
        if i == 1 {
            break;
        }
        s1 += (-u[i % 2]).sqrt();
        for _ in 0..2 {
            s0 += -u.sum();
        }
    }
    a.t().sum() + c.sum() + s0 + t0 + s1
}
#[grad::differentiate(dual_calls)]
fn g028(a: &Array2<f64>) -> f64 {
    let t0 = a[[0, 3]];
    let (t3, t4) = (
        self::h008(a[[0, 1]]) / f64::sin(a[[1, 0]]),
        a[[1, 1]] * a[[0, 1]] + 2.0,
    );
    let (t5, t6) = (
        (if t0 < a[[1, 3]] { a[[0, 1]] } else { a[[1, 0]] }) / t4.powf(-0.5),
        2.0 + (a[[0, 0]] + t4),
    );
    let t0 = t0 + a.t().sum();
    let mut s4: f64 = 0.5;
    for _ in 0..2 {
        s4 += 0.5 / t4 - a.sum();
    }
    t5 + t3 + t6 + t0 + s4
}
#[grad::differentiate(dual_calls)]
fn g029(x0: f64, u: &Array1<f64>, x1: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = b.mean().unwrap() + u[i];
    }
    let mut v1 = vec![0.0_f64; 3];
    for i in 0..3 {
        v1[i] = b
            .sum()
            .min({
                let r0 = x0;
                r0 + a[[0, i + 1]]
            });
        v1[(i + 1) % 3] += v1[i] / x1 * (b[[i % 2, i % 4]] / 3.0);
    }
    let mut v2 = vec![0.0_f64; 2];
    for i in 0..2 {
        v2[i] = x0;
    }
    let t0 = x1.powi(-2).powf(2.5).powf(1.5);
    let t1 = t0 + 1.25 * x1;
    t0
        * ({
            let r1 = a[[0, 0]];
            r1 - h017(v2[1], x0, x1)
        }) + z0.sum() + v1[2] + v2[1] + t1
}
#[grad::differentiate]
fn g030(c: &Array2<f64>, w: &Array1<f64>, x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 4));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = x1;
        }
    }
    let mut s1 = c[[1, 0]];
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s1 += w[(k0 + 1) % 3] * w[k0] * s1;
        k0 += 1;
    }
    let mut s2 = z0[[1, 2]].cos().powf(2.5);
    for i in 0..2 {
        let mut k1 = 0;
        let (r1, r2) = 'outer: loop {
            for l in 0..a.ncols() {
                if l < 2 {
                    break 'outer (a.sum().exp(), w[i + 1].tanh());
                }
                s2 += (x1 + z0[[i + 1, l]]) * w.mean().unwrap();
            }
            s2 *= x0.cos().min(x1);
            k1 += 1;
            if k1 == 3 {
                break (s2 + s2, x1.abs() + (0.25 - c[[i + 1, i % 1]]));
            }
        };
        s2 += r1 + r2;
    }
    if x1 > 0.25 {
        return w[0];
    }
    let t3 = -((k0 as f64) * s1.exp());
    s2 + z0.sum() + s1 + s2 + t3
}
#[grad::differentiate]
fn g031(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = (x0 / x0).abs();
        }
    }
    let s0: f64 = 0.0;
    for i in 0..3 {
        for j in 0..4 {
            if (match j % 3 {
                0 => x0,
                1 => 2.0,
                _ => u[i],
            })
                .tanh() < -u.dot(u)
            {
                return s0.abs().tanh();
            }
        }
    }
    let mut s1 = u[0].exp();
    for _ in (1..a.ncols()).rev() {
        s1 -= s1;
    }
    x0.tanh() + a.sum() + z0.sum() + s1
}
#[grad::differentiate]
fn g032(
    b: &Array2<f64>,
    x0: f64,
    x1: f64,
    u: &Array1<f64>,
    a: &Array2<f64>,
    w: &Array1<f64>,
) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = {
                let r0 = -x0;
                r0 + x0
            };
        }
    }
    let t0 = (0.5 - x1 + x0).sqrt();
    let m1 = a + (if w[0] >= 0.25 { b[[2, 0]] } else { 0.25 });
    let t1 = x0.abs().ln();
    a[[1, 0]] + u.sum() + z0.sum() + t0 + m1.sum() + t1
}
#[grad::differentiate]
fn g033(
    b: &Array2<f64>,
    u: &Array1<f64>,
    x0: f64,
    a: &Array2<f64>,
    w: &Array1<f64>,
) -> f64 {
    let mut s4: f64 = 1.0;
    let mut k2 = 0;
    let r6 = loop {
        s4 = s4 + s4 * (((k2 + 1) as f64) * x0);
        if k2 != 0 {
            break w[k2];
        }
        k2 += 1;
        if k2 == 2 {
            break u.mean().unwrap();
        }
    };
    let mut s7: f64 = 0.0;
    for _ in 0..b.ncols() {
        s7 += b.dot(&b.t()).sum();
    }
    -f64::exp(0.25 / x0) + a.sum() + s4 + r6 + s7
}
#[grad::differentiate]
fn g034(
    a: &Array2<f64>,
    w: &Array1<f64>,
    c: &Array2<f64>,
    u: &Array1<f64>,
    x0: f64,
) -> f64 {
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    while k0 < 2 {
        s0 += x0;
        k0 += 1;
    }
    let t0 = w.mean().unwrap();
    let t1 = u[0] - -u.sum();
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = u.dot(&w.dot(a));
        }
    }
    t0 + c.sum() + s0 + t1 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g035(w: &Array1<f64>, a: &Array2<f64>, x0: f64) -> f64 {
    let mut s0: f64 = 0.0;
    if a.dot(&a.t()).sum() > 3.0 {
        s0 = x0;
        s0 += self::h002(w[1], s0, x0);
    } else if a.t().mean().unwrap() - x0 > 1.5 {
        s0 += x0.powi(2) + s0;
    } else {
        s0 *= s0;
    }
    let (t0, t1) = (
        f64::sqrt(s0 + a[[0, 0]]),
        if a[[0, 0]] + 0.75 < 2.0 { x0 / 1.25 } else { s0.min(a[[0, 1]]) },
    );
    t1.max(x0).max(a[[2, 2]]) + s0 + t0
}
#[grad::differentiate(dual_calls)]
fn g036(a: &Array2<f64>, w: &Array1<f64>, x0: f64) -> f64 {
    let t0 = a.sum();
    let t1 = (0.75 - x0 + a[[2, 0]] / w[1]).ln();
    (a[[0, 3]] * t1 / -t0)
        .min(
            if self::h003(x0, a[[0, 3]]) > t1 * w[0] {
                a[[2, 2]] - a[[1, 2]]
            } else {
                x0.powi(2)
            },
        )
}
#[grad::differentiate]
fn g037(c: &Array2<f64>, a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let t0 = u[0].sqrt();
    let mut g2 = vec![vec![0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g2[i][j]
                -= {
                    let r0 = u[j + 1].powi(3);
                    r0.sin()
                };
            g2[i][j] *= a.sum().exp();
        }
    }
    let mut s0 = u[1].powi(-2);
    for i in (0..a.nrows()).step_by(2) {
        g2[i + 1][i] *= c[[i, 0]] * (s0 + s0);
        s0 = s0 - s0;
        s0 = s0 + t0 / 2.0 * s0;
    }
    let t1 = -g2[1][0];
    t0 + g2[2][1] + s0 + t1
}
#[grad::differentiate(dual_calls)]
fn g038(a: &Array2<f64>, u: &Array1<f64>) -> f64 {
    let (t0, t1) = (
        ({
            let r0 = a[[1, 1]];
            r0
        }) + a[[1, 0]],
        u[2],
    );
    let mut s0: f64 = 0.0;
    for i in 0..a.ncols() {
        s0 += t1;
        s0 += a[[0, i % 4]];
        s0 = s0 + a[[1, i]];
    }
    let (t2, t3) = (
        s0,
        {
            let r1 = self::h009(s0);
            r1 / (t1 / 0.75)
        },
    );
    t3.sin() + t0 + s0 + t2
}
#[grad::differentiate]
fn g039(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut g0 = vec![[0.0_f64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j] -= a.dot(&a.t()).sum();
        }
    }
    let t0: f64 = a.dot(&a.t()).mean().unwrap()
        - ({
            let r0 = x0;
            r0 + a[[1, 2]]
        }) * 0.25;
    let (t1, t2) = (t0, u[2]);
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = z0.dot(&z0) + x0;
    }
    (a.dot(&a.t()) - a.dot(&a.t())).sum() + g0[1][1] + t1 + t2 + z0.sum()
}
#[grad::differentiate]
fn g040(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = a.dot(u).sum() * u.dot(u).max(u[0]);
    let m0 = a.t().mean_axis(Axis(0)).unwrap().powi(3).tanh();
    a[[2, 1]] + w.sum() + t0 + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g041(a: &Array2<f64>, u: &Array1<f64>, b: &Array2<f64>, d: &Array2<f64>) -> f64 {
    let mut s0 = -a[[0, 3]];
    for i in 0..3 {
        s0 += b.t().mean().unwrap() + ((i + 1) as f64);
    }
    if u[3] <= (0.1 * s0).cos() {
        return b[[1, 0]] + 0.75 * a[[1, 0]];
    }
    if s0 / u[2] > s0 {
        s0 /= h001(h012(u[2], d[[0, 0]]));
        s0 = s0 * (b[[0, 3]] / 0.25);
    }
    let m0 = (s0 + h000(u[1]) * u).powf(1.5);
    f64::exp(if m0.mean().unwrap() >= m0[1] * a[[0, 1]] { s0 } else { b.t().sum() }) + s0
        + m0.sum()
}
#[grad::differentiate(dual_calls)]
fn g042(w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let t0 = f64::exp(a[[1, 2]]);
    let t0 = t0 * a[[1, 2]];
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    let (r1, r2) = 'outer: loop {
        s1 += t0.exp() / 0.25;
        for j in 0..4 {
            s1 += w[k0 % 2];
            s1 = s1 + (if a[[k0 % 2, j]] < s1 { w[1] } else { w[j % 2] }).sin();
            if h021(s1) * -s1 < 1.5 {
                break 'outer (a.t().sum(), s1);
            }
        }
        s1 += s1;
        if k0 % 2 == 0 {
            break 'outer (s1, s1.min(2.0 + s1));
        }
        k0 += 1;
        if k0 == 4 {
            break (
                s1 / 0.25
                    / ({
                        let r0 = t0;
                        r0
                    }),
                a.mean_axis(Axis(0)).unwrap().sum(),
            );
        }
    };
    let t1 = a.t().dot(&w.abs()).sum();
    3.0 / (if t1 <= r2 { 0.25 } else { r1 })
        / (match k0 % 2 {
            0 => a.sum(),
            _ => t0,
        }) + s1
}
#[grad::differentiate(dual_calls)]
fn g043(a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = z0[i];
    }
    if z0[3].min(a[[0, 2]])
        - ({
            let r0 = z0[1];
            r0 * a[[1, 1]]
        }) <= 0.25
    {
        return a[[1, 0]] - z0.dot(&z0);
    }
    let (t0, t1) = (a[[1, 1]], z0[3]);
    let mut g0 = vec![vec![0.0_f64; 3]; 2];
    for i in 0..2 {
        for j in 0..3 {
            g0[i][j] -= a.t().sum();
            g0[i][j]
                *= match j % 3 {
                    0 => t1,
                    1 => t0,
                    _ => t0,
                };
        }
    }
    let mut z1: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z1[i] = t1 * z1[3];
        if i == 1 {
            break;
        }
    }
    ({
        let r1 = h017(z1[2] + t1, g0[1][2] / t0, t0 + 0.1);
        r1 + t0
    }) + z0.sum() + g0[1][2] + z1.sum()
}
#[grad::differentiate]
fn g044(u: &Array1<f64>, x1: f64, a: &Array2<f64>) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = (match i % 2 {
            0 => x1,
            _ => x1,
        })
            .cos();
    }
    let t0 = x1;
    let mut s0: f64 = 0.0;
    for i in (1..a.nrows()).step_by(2) {
        s0 *= x1;
        s0 /= z0[(i + 1) % 2];
    }
    let mut z1: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z1[i] = -a.sum();
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = ({
            let r3 = x1;
            r3 + t0
        })
            .min(t0);
    }
    t0 + u.sum() + z0.sum() + s0 + z1.sum() + v0[3]
}
#[grad::differentiate(dual_calls)]
fn g045(x0: f64, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut g0 = vec![vec![vec![0.0_f64; 3]; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j][i % 3] = x0;
        }
    }
    let mut s0 = w[1];
    for i in (1..a.nrows()).rev() {
        s0 *= -w.sum();
        s0 = s0 + (0.75 + a.t().mean().unwrap());
        g0[i][0][i] = g0[i][1][1];
    }
    let t1 = w[0];
    if s0.tanh().powf(0.5) > 1.25 {
        return -t1;
    }
    (w[0] + h019(g0[0][1][1])) / -x0 + g0[2][1][2] + s0
}
#[grad::differentiate]
fn g046(a: &Array2<f64>, w: &Array1<f64>, x1: f64) -> f64 {
    let mut z0: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z0[i] = (match i % 3 {
            0 => w[i % 3],
            1 => z0[i],
            _ => a[[0, i]],
        }) - x1.powi(3);
    }
    let (t0, t1) = (
        z0.dot(&z0),
        ({
            let r0 = a[[1, 3]];
            r0 + x1
        }) / x1.abs(),
    );
    let mut s0 = w.mean().unwrap() / a[[0, 2]].tanh();
    for i in (1..a.nrows()).rev() {
        s0 = s0
            * ({
                let r1 = z0[i + 1];
                r1 * a.t().sum()
            });
    }
    let t2 = f64::cos(w.dot(w));
    x1 + z0.sum() + t0 + t1 + s0 + t2
}
#[grad::differentiate(dual_calls)]
fn g047(x0: f64, a: &Array2<f64>, b: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    for i in (0..a.nrows()).rev() {
        if i >= 2 {
            s0 += b[[i, i + 1]];
        } else {
            s0 = s0 - x0;
        }
        if i < 2 {
            return self::h026(a[[i, i]] + ((i + 1) as f64));
        }
    }
    let mut s1 = x0.sqrt();
    for i in 0..a.nrows() {
        s1 -= s0;
        s0 *= b[[i, i]];
    }
    let t0 = (b[[0, 1]] + b[[0, 3]]).min(self::h000(a[[0, 1]]) + x0);
    let mut s2 = (0.25 * x0).powf(0.5);
    let mut k0 = 0;
    while k0 < 3 {
        s2 /= if k0 < 2 { a[[k0 % 2, k0]] } else { -s1 };
        s1 += s1;
        k0 += 1;
    }
    t0.sin().abs() * a[[0, 1]] + s0 + s1 + s2
}
#[grad::differentiate]
fn g048(a: &Array2<f64>, b: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let mut s0 = u[1].min(0.5 * a[[0, 1]]);
    for i in 0..a.nrows() {
        s0 -= x0 * a[[i, i % 2]] * b.mean().unwrap();
        s0 += s0;
    }
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = b.t().sum();
    }
    s0 + s0 + v0[3]
}
#[grad::differentiate]
fn g049(x1: f64, u: &Array1<f64>, x0: f64, a: &Array2<f64>, c: &Array2<f64>) -> f64 {
    let mut s1 = if x1.min(x0) > -u[0] { x0.max(x0) } else { a[[0, 0]].tanh() };
    for _ in (0..a.ncols()).rev() {
        s1 = s1 - x1;
    }
    let t0 = c[[1, 0]] + s1.sin() * (0.5 * s1);
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = z0[i];
    }
    let mut s2 = -(u[0] * c[[0, 0]]);
    for i in (0..a.nrows()).rev() {
        s2 = s2
            + (-x1
                + ({
                    let r0 = u[i + 1];
                    r0 + t0
                }));
    }
    let mut s3 = s2 / 0.25 - 3.0;
    for i in 0..a.nrows() {
        if i >= 2 {
            continue;
        }
        for j in (0..3).step_by(2) {
            s3
                += {
                    let r1 = s1;
                    r1 + t0
                };
            s3 -= x1 / (x1 * c[[i, j % 1]]);
        }
        if (i as f64) * s3 < 0.5 {
            s3
                += (match i % 3 {
                    0 => s1,
                    1 => x0,
                    _ => s3,
                }) * (c[[0, 0]] / 0.5);
        } else {
            s3 = s3 * c[[i, (i + 1) % 1]].sin().powf(0.5);
        }
    }
    3.0 / (-x0).min(1.25 + s3) + s1 + z0.sum() + s2 + s3
}
#[grad::differentiate]
fn g050(u: &Array1<f64>, x0: f64, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = a[[0, 1]] * x0 * 2.0;
    for i in 0..a.ncols() {
        s0 /= (w * u[i].exp()).dot(&w.sin());
    }
    let t1 = -(x0 + s0 * s0);
    (-a[[1, 1]] - a[[2, 0]]).ln() + s0 + t1
}
#[grad::differentiate]
fn g051(x1: f64, a: &Array2<f64>, w: &Array1<f64>, u: &Array1<f64>) -> f64 {
    let mut s0: f64 = 1.0;
    if a[[0, 3]] - x1 >= x1 - f64::sin(u[3]) {
        s0 += w.dot(&w.powi(-1));
        s0 *= a[[1, 3]];
    } else if (if -u[2] > u[0] { x1 } else { w[1].powf(2.5) }) <= f64::exp(x1).exp() {
        s0 = s0 + x1;
    } else {
        s0 = s0 + s0;
        s0 *= x1;
    }
    let t1 = a.powi(-1).powi(2).sum();
    a[[1, 3]] - a.dot(&a.t()).sum() + s0 + t1
}
#[grad::differentiate]
fn g052(x0: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s0 = b[[1, 3]];
    for i in (1..2).rev().step_by(2) {
        s0 = s0 + (b[[i, i]] * x0).max(0.75);
    }
    if x0 / b[[0, 3]] + 2.0 * x0 <= b[[1, 3]] {
        return b.t().sum_axis(Axis(0)).mean().unwrap();
    }
    let t1 = (if b[[1, 0]].cos() >= 0.25 { a[[0, 3]].min(x0) } else { x0 }) / a[[0, 0]];
    x0.cos() * a[[1, 2]] + s0 + t1
}
#[grad::differentiate]
fn g053(a: &Array2<f64>, x0: f64, u: &Array1<f64>, x1: f64, c: &Array2<f64>) -> f64 {
    let t0 = (-({
        let r0 = u[2];
        r0 * c[[1, 0]]
    }))
        .exp();
    let mut s1: f64 = 0.5;
    for i in 0..4 {
        let mut k0 = 0;
        let r2 = loop {
            if i % 2 == 0 {
                break (t0 / 0.5).min(u[0]);
            }
            s1 = s1 + u[i % 3];
            if x0 < f64::exp(x1) {
                s1 = s1 - u[k0 % 3];
            } else {
                s1 -= -u[2];
                s1 /= x0;
            }
            k0 += 1;
            if k0 == 4 {
                break {
                    let r1 = u[i % 3].min(s1);
                    r1 - s1
                };
            }
        };
        s1 += r2;
    }
    t0.sqrt() + a.sum() + s1
}
#[grad::differentiate]
fn g054(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    if 0.25 * x0 <= (a[[0, 2]] * u[3]).cos() {
        return if -u[1] > a.t().mean().unwrap() {
            u[3].cos()
        } else {
            a.t().mean().unwrap()
        };
    }
    let t0 = a[[1, 2]];
    let mut z0: Array1<f64> = Array1::zeros(3);
    for i in 0..3 {
        z0[i] = (a.sum() * &a.t()).mean().unwrap();
    }
    let t1 = (u.powi(-1) - t0 * t0).sum();
    let mut s0 = z0[2] * a.mean().unwrap();
    if t0 > t1 {
        if z0[2].exp().sqrt() >= s0 {
            s0 += s0 + t1 - x0;
        } else {
            if a[[0, 0]] > 0.5 {
                return a[[2, 2]];
            }
            s0 = s0 * z0[1];
        }
        s0 += a.t().mean().unwrap() * (0.75 * x0);
    }
    ((x0 + a[[1, 0]]) * a[[0, 3]]).min(s0) + z0.sum() + s0
}
#[grad::differentiate(dual_calls)]
fn g055(u: &Array1<f64>, w: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    if (0.1 + s0) * s0 >= 1.5 {
        s0 = w[2] * s0 / u.mean().unwrap();
        s0 -= self::h011(s0.max(0.25));
    }
    let mut s1: f64 = 0.0;
    if s0 < 0.25 {
        s1 += 1.25 + h021(s1);
    } else if u[3].powi(-1) <= 0.5 {
        s1 = if s1 > 0.75 { s1.ln() } else { u[2] };
        s0 -= s0;
        s0 += u[2].abs().cos();
    } else {
        s1 += h011(-s0);
    }
    let t0 = a[[1, 1]];
    s1 += u[0];
    let mut s3: f64 = 0.0;
    for i in (0..a.ncols()).rev() {
        s1 += u[i % 4];
        s3 += w.mean().unwrap() - t0.max(s1);
        if i % 2 == 0 {
            s0 -= s0;
            s3 = s3 + u.sum();
        } else {
            s0 = s0 - a.t().sum();
        }
    }
    s0 + s0 + s1 + s3
}
#[grad::differentiate]
fn g056(a: &Array2<f64>, x0: f64, u: &Array1<f64>) -> f64 {
    let t0: f64 = a.mean_axis(Axis(1)).unwrap().mean().unwrap()
        - -({
            let r0 = a[[1, 3]];
            r0 - a[[0, 0]]
        });
    let t0 = t0 * u.dot(&a.mean_axis(Axis(0)).unwrap());
    let mut s1: f64 = 1.0;
    for _ in (0..a.nrows()).rev() {
        s1 = s1 + (&a.t() * &a.t()).sum();
    }
    t0 + x0 + s1
}
#[grad::differentiate]
fn g057(a: &Array2<f64>, u: &Array1<f64>, w: &Array1<f64>) -> f64 {
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    let r0 = 'outer: loop {
        for j in (0..4).step_by(2) {
            if j >= 2 {
                break 'outer a.t().dot(w).mean().unwrap();
            }
            s0 /= u[k0] * s0;
            s0 = s0 + (s0 / s0).powi(3);
        }
        s0 *= u.mean().unwrap().min(if s0 < 0.75 { u[k0] } else { s0 });
        if k0 < 2 {
            break 'outer (match k0 % 3 {
                0 => a[[k0, k0 % 3]],
                1 => s0,
                _ => s0,
            }) + s0.tanh();
        }
        k0 += 1;
        if k0 == 2 {
            break u.mean().unwrap();
        }
    };
    let mut s2: f64 = 0.5;
    let mut k2 = 0;
    while k2 < 3 {
        s2 -= s2;
        s2 = s2 - s0.min(s2);
        k2 += 1;
    }
    let mut z0: Array2<f64> = Array2::zeros((2, 3));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = a[[i, 0]].cos();
        }
    }
    a.cos().mean().unwrap() * a.t().dot(w).sum() + s0 + r0 + s2 + z0.sum()
}
#[grad::differentiate]
fn g058(x0: f64, a: &Array2<f64>, w: &Array1<f64>, b: &Array2<f64>) -> f64 {
    let m0 = x0 + b.t().dot(w) + x0;
    let t0 = m0.mean().unwrap();
    let mut s0: f64 = 0.5;
    let mut k0 = 0;
    let r3 = 'outer: loop {
        s0 /= t0.max(w[2]).sin();
        if k0 % 2 == 0 {
            break 'outer f64::cos(w[2]) * (0.25 / t0);
        }
        s0 += a.t().sum();
        for j in 0..2 {
            s0
                += {
                    let r0 = s0;
                    r0 / x0
                };
            s0 = s0
                + ({
                    let r1 = if t0 >= 1.25 { w[j] } else { s0 };
                    r1 + f64::abs(b[[j, j]])
                });
            if m0[j]
                < (match j % 2 {
                    0 => w[j - 1],
                    _ => m0[k0 % 2] * t0,
                })
            {
                break 'outer t0 / t0.abs();
            }
            s0
                -= {
                    let r2 = b[[j + 1, j]];
                    r2.abs()
                };
        }
        k0 += 1;
        if k0 == 4 {
            break (s0 - x0).exp();
        }
    };
    s0 /= (w[2].min(a[[2, 1]]) + &m0).mean().unwrap();
    let s1: f64 = 0.5;
    for _ in 0..3 {
        s0 *= (0.75 + x0).powi(-1);
        s0 += r3;
        s0 += a.t().sum().powi(2);
    }
    s1 + m0.sum() + s0
}
#[grad::differentiate]
fn g059(x0: f64, a: &Array2<f64>) -> f64 {
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] = g0[i][j].max(0.75);
        }
    }
    let mut s1: f64 = 0.5;
    for i in 0..a.nrows() {
        if i != 0 {
            s1 = s1 - g0[i][i];
            g0[i + 2][i] *= s1;
        } else {
            s1 += g0[i][i];
            s1 += g0[i][i];
        }
    }
    if x0 >= x0.cos() {
        s1 += x0;
    } else {
        g0[0][1] += (if x0 > 0.5 { x0 } else { 1.5 }).sqrt();
        s1 *= x0 * x0 - 0.25;
    }
    s1.ln().max(x0).exp() + a.sum() + g0[3][1] + s1
}
#[grad::differentiate(dual_calls)]
fn g060(a: &Array2<f64>, x0: f64, x1: f64, u: &Array1<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 4];
    for i in 0..4 {
        v0[i] = x1;
    }
    let mut s0 = 1.25 * (0.1 * x0);
    let mut k0 = 0;
    let r1 = 'outer: loop {
        s0 -= (u * u).sum();
        for j in 0..2 {
            s0
                -= ({
                    let r0 = x1;
                    r0 / s0
                }) + 0.5;
            if j % 2 == 0 {
                return f64::tanh(f64::sin(a[[j + 1, j]]));
            }
            if self::h004(v0[k0].abs(), if k0 != 1 { s0 } else { x0 }, x1.ln()) <= 1.25 {
                break 'outer a[[j, j]];
            }
            s0 /= -x1;
        }
        if k0 != 2 {
            break u[1];
        }
        s0 = s0 * x0;
        k0 += 1;
        if k0 == v0.len() {
            break a.t().mean().unwrap() + (k0 as f64);
        }
    };
    let t0: f64 = (a.mean_axis(Axis(1)).unwrap() - a.dot(u)).mean().unwrap();
    t0 + v0[3] + s0 + r1
}
#[grad::differentiate]
fn g061(a: &Array2<f64>, x0: f64) -> f64 {
    let (t0, t1) = (-a.mean().unwrap(), a[[0, 2]].exp());
    let t2 = t1.cos();
    let mut s0: f64 = 1.0;
    let mut k0 = 0;
    loop {
        if k0 >= 2 {
            break;
        }
        s0 += a.dot(&a.t()).sum();
        k0 += 1;
    }
    let mut s1: f64 = 0.5;
    for i in (0..2).step_by(2) {
        if k0 % 2 == 0 {
            return if s0 * t1 <= f64::tanh(x0) {
                match k0 % 2 {
                    0 => t1,
                    _ => 0.1,
                }
            } else {
                x0 + a[[i % 2, i]]
            };
        }
    }
    if k0 >= 2 {
        s1 -= -t0;
    }
    a[[1, 2]] + t2 + s0 + s1
}
#[grad::differentiate(dual_calls)]
fn g062(a: &Array2<f64>, u: &Array1<f64>, x0: f64) -> f64 {
    let mut z0: Array2<f64> = Array2::zeros((3, 2));
    for i in 0..z0.nrows() {
        for j in 0..z0.ncols() {
            z0[[i, j]] = x0 - (z0[[i, j]] + z0[[i, j]]);
        }
    }
    let mut g0 = vec![[0.0_f64; 3]; 4];
    for i in 0..4 {
        for j in 0..3 {
            g0[i][j] = (f64::abs(x0) / &z0).sum();
        }
    }
    h012(g0[0][2], x0 / 0.5).max(x0.sin()) + a.sum() + u.sum() + z0.sum() + g0[3][2]
}
#[grad::differentiate(dual_calls)]
fn g063(d: &Array2<f64>, u: &Array1<f64>, a: &Array2<f64>) -> f64 {
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = a[[0, i]];
    }
    let t0 = d[[0, 0]] + d[[0, 1]];
    let mut s1: f64 = 0.5;
    let mut k0 = 0;
    let r0 = 'outer: loop {
        s1 /= h028(t0, t0, &v0) - t0 * s1;
        for j in 0..v0.len() {
            s1
                /= s1
                    .max(
                        match j % 2 {
                            0 => 0.75,
                            _ => t0,
                        },
                    );
            if j >= 2 {
                break 'outer (a * a).sum();
            }
        }
        k0 += 1;
        if k0 == 2 {
            break h020(v0[0], &v0);
        }
    };
    let mut s2: f64 = 1.0;
    for (i, _) in v0.iter().enumerate() {
        if i < 1 {
            if i == 2 {
                break;
            }
            s2 *= (r0 * r0).powi(2);
        }
    }
    let mut z0: Array1<f64> = Array1::zeros(2);
    for i in 0..2 {
        z0[i] = a.t().mean().unwrap();
        v0[1] = s1;
    }
    a[[2, 0]].max(a[[1, 0]]) + u.sum() + v0[1] + s1 + s2 + z0.sum()
}
#[grad::differentiate(dual_calls)]
fn g064(w: &Array1<f64>, a: &Array2<f64>, d: &Array2<f64>, x1: f64, x0: f64) -> f64 {
    let mut s1: f64 = 1.0;
    let mut k0 = 0;
    let r0 = loop {
        if k0 != 1 {
            break d[[0, k0]];
        }
        for j in 0..2 {
            s1 = s1 + w[j - 1];
            s1 *= d[[0, k0]];
        }
        k0 += 1;
        if k0 == 4 {
            break w[1];
        }
    };
    let s2: f64 = 0.0;
    for _ in 1..a.nrows() {
        s1 *= h025(h001(x1));
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 4];
    for i in 0..4 {
        for j in 0..2 {
            g0[i][j] += -x1;
        }
    }
    d[[0, 0]].max(g0[2][0].sin()).min((3.0 + x0).ln()) + a.sum() + s1 + r0 + s2
        + g0[3][1]
}
#[grad::differentiate]
fn g065(u: &Array1<f64>, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let t0 = u[0].abs();
    let mut s0 = a[[0, 1]];
    for i in 0..a.ncols() {
        if a[[i, i]] >= 2.0 {
            s0 = s0 * t0;
        } else {
            if i == 1 {
                continue;
            }
            s0 = s0 + (u[i] + (i as f64));
        }
        s0 -= s0;
        s0 += a[[i, i]];
    }
    let t3 = s0;
    let (t4, t5) = (t3, w.sum());
    (if s0 >= 1.25 { u.powi(2).sum() } else { t4.powi(-1) + f64::cos(t0) }) + s0 + t5
}
#[grad::differentiate(dual_calls)]
fn g066(w: &Array1<f64>, x0: f64, a: &Array2<f64>, x1: f64) -> f64 {
    let t0 = x0 / 0.5;
    let m0 = w + w.sin();
    let mut s0 = {
        let r0 = a.t().sum();
        r0 * x0
    };
    for _ in 0..3 {
        s0 /= self::h003(a.mean().unwrap(), t0);
    }
    if h011(s0) > s0 * (s0 * 3.0) {
        s0 += w.dot(&m0);
    } else {
        s0 += x1;
        s0 /= x0;
    }
    let s1 = x1;
    for i in 1..2 {
        if i >= 1 {
            continue;
        }
        if i < 1 {
            if i == 1 {
                break;
            }
        } else {
            s0 = s0 + s0;
            s0 *= (s1 - s1).min(a[[i + 1, i + 1]] * 1.5);
        }
    }
    t0 + m0.sum() + s0
}
#[grad::differentiate]
fn g067(u: &Array1<f64>, x1: f64, x0: f64, a: &Array2<f64>, w: &Array1<f64>) -> f64 {
    let m0 = x1.powf(0.5) / (w * w + (x0 + w[0]));
    let mut s1 = -(a[[0, 0]] * a[[1, 0]]);
    let mut k1 = 0;
    let r1 = loop {
        if k1 % 2 == 0 {
            break {
                let r0 = x1.exp();
                r0 + (s1 + (k1 as f64))
            };
        }
        s1 /= (w * w).dot(&u.dot(&a.t()));
        k1 += 1;
        if k1 == 4 {
            break x1;
        }
    };
    let mut v0 = vec![0.0_f64; 2];
    for i in 0..2 {
        v0[i] = u.sum();
    }
    r1
        * (match k1 % 2 {
            0 => r1 * m0[1],
            _ => x1,
        }) + m0.sum() + s1 + v0[1]
}
#[grad::differentiate(dual_calls)]
fn g068(u: &Array1<f64>, c: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut g0 = vec![[0.0_f64; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            g0[i][j] = u[i].exp();
        }
    }
    let t1 = g0[0][1].max(f64::cos(c[[0, 0]])).ln();
    let mut s1 = (t1 * t1).min(u.sum());
    for _ in (0..a.nrows()).rev() {
        s1 = s1 - t1;
    }
    s1 /= h021(s1 + s1);
    if a[[0, 1]] + u[0] - f64::exp(a[[1, 2]]) > g0[1][1] {
        s1 = 1.5 / u[2];
        s1 += h015(t1 / a[[0, 1]]);
    }
    s1.ln() + g0[1][1] + s1
}
#[grad::differentiate(dual_calls)]
fn g069(x1: f64, b: &Array2<f64>, a: &Array2<f64>) -> f64 {
    let mut s1: f64 = 1.0;
    for i in (0..b.ncols()).rev() {
        s1 *= b[[i % 3, i]];
        s1 -= x1 + 1.25 - h001(s1);
    }
    let mut g0 = vec![vec![0.0_f64; 2]; 3];
    for i in 0..3 {
        for j in 0..2 {
            g0[i][j] -= x1;
            g0[j + 1][j] *= x1;
        }
    }
    let t0 = a[[0, 0]].min(g0[1][0].cos() + x1);
    let mut z1: Array1<f64> = Array1::zeros(4);
    for i in 0..4 {
        z1[i] = (t0 * t0).min(t0 / s1);
    }
    x1 + s1 + g0[2][1] + z1.sum()
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
            &points![
                [0.26, -1.17, 1.18, -0.83, -1.0], [1.16, -1.09, -0.73, -0.85, -0.32]
            ],
            Companions {
                f: &|p| h007(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = h007_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h007_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h007_graph(p[0], &p[1..5]),
                names: &["y0", "ys"],
                jvp: &|p, t| h007_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h007_hvp(
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
    fn h008_gradient() {
        check(
            &points![[-0.34], [-0.66]],
            Companions {
                f: &|p| h008(p[0]),
                grad: &|p| {
                    let (value, g0) = h008_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h008_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h008_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h008_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h008_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h009_gradient() {
        check(
            &points![[-0.76], [1.03]],
            Companions {
                f: &|p| h009(p[0]),
                grad: &|p| {
                    let (value, g0) = h009_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h009_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h009_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h009_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h009_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h010_gradient() {
        check(
            &points![
                [0.29, 1.01, 1.29, 1.38, -0.28, 1.07], [-0.59, 0.57, 1.33, 0.71, -0.78, 0.3]
            ],
            Companions {
                f: &|p| h010(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h010_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h010_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h010_graph(p[0], p[1], &p[2..6]),
                names: &["y0", "y1", "ys"],
                jvp: &|p, t| h010_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h010_hvp(
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
    fn h011_gradient() {
        check(
            &points![[-0.27], [0.67]],
            Companions {
                f: &|p| h011(p[0]),
                grad: &|p| {
                    let (value, g0) = h011_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h011_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h011_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h011_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h011_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h012_gradient() {
        check(
            &points![[1.37, -0.56], [-0.79, 1.27]],
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
                names: &["y0", "y1"],
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
            &points![[-0.31, 0.99], [-1.36, -1.35]],
            Companions {
                f: &|p| h013(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h013_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h013_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h013_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h013_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h013_hvp(
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
    fn h014_gradient() {
        check(
            &points![[1.39, -0.77, -0.6, 0.65, 1.16], [1.33, 0.27, 1.27, 1.3, 0.44]],
            Companions {
                f: &|p| h014(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = h014_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h014_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h014_graph(p[0], &p[1..5]),
                names: &["y0", "ys"],
                jvp: &|p, t| h014_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h014_hvp(
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
    fn h015_gradient() {
        check(
            &points![[0.8], [0.83]],
            Companions {
                f: &|p| h015(p[0]),
                grad: &|p| {
                    let (value, g0) = h015_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h015_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h015_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h015_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h015_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h016_gradient() {
        check(
            &points![[0.49, 0.72, -1.16, 0.94], [0.66, 0.44, -0.27, 0.8]],
            Companions {
                f: &|p| h016(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h016_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h016_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h016_graph(p[0], &p[1..4]),
                names: &["y0", "ys"],
                jvp: &|p, t| h016_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h016_hvp(
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
    fn h017_gradient() {
        check(
            &points![[0.62, -0.24, 0.94], [-0.52, 0.73, 0.75]],
            Companions {
                f: &|p| h017(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h017_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h017_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h017_graph(p[0], p[1], p[2]),
                names: &["y2", "y0", "y1"],
                jvp: &|p, t| h017_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h017_hvp(
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
    fn h018_gradient() {
        check(
            &points![
                [-1.35, 1.16, -0.85, -1.32, 0.33, -1.02], [-0.71, -0.58, 1.23, -0.88, 0.33, 0.93]
            ],
            Companions {
                f: &|p| h018(p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = h018_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h018_vjp(p[0], p[1], &p[2..5], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| h018_graph(p[0], p[1], &p[2..5], p[5]),
                names: &["y1", "y2", "ys", "y0"],
                jvp: &|p, t| h018_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = h018_hvp(
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
    fn h019_gradient() {
        check(
            &points![[0.31], [0.79]],
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
            &points![[-0.49, -0.88, 0.79, 0.87], [-0.88, -1.12, 0.8, 0.83]],
            Companions {
                f: &|p| h020(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h020_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h020_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h020_graph(p[0], &p[1..4]),
                names: &["y0", "ys"],
                jvp: &|p, t| h020_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h020_hvp(
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
    fn h021_gradient() {
        check(
            &points![[0.36], [-0.74]],
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
            &points![[-0.86, -0.74, 0.5, -0.26], [-0.86, -0.75, -0.44, -0.9]],
            Companions {
                f: &|p| h022(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = h022_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h022_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h022_graph(p[0], &p[1..4]),
                names: &["y0", "ys"],
                jvp: &|p, t| h022_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h022_hvp(
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
    fn h023_gradient() {
        check(
            &points![
                [0.62, -0.32, -0.85, 0.71, 0.63], [-0.83, 0.54, 1.06, 0.88, 1.16]
            ],
            Companions {
                f: &|p| h023(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h023_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h023_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h023_graph(p[0], p[1], &p[2..5]),
                names: &["y1", "y0", "ys"],
                jvp: &|p, t| h023_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h023_hvp(
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
    fn h024_gradient() {
        check(
            &points![[-0.66, 1.2, -0.41], [0.57, 0.66, -1.36]],
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
                names: &["y1", "y2", "y0"],
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
            &points![[0.37], [-1.0]],
            Companions {
                f: &|p| h025(p[0]),
                grad: &|p| {
                    let (value, g0) = h025_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h025_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h025_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h025_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h025_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h026_gradient() {
        check(
            &points![[-1.36], [0.6]],
            Companions {
                f: &|p| h026(p[0]),
                grad: &|p| {
                    let (value, g0) = h026_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h026_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h026_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h026_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h026_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn h027_gradient() {
        check(
            &points![[0.97, -0.81], [-0.99, -0.39]],
            Companions {
                f: &|p| h027(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = h027_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h027_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| h027_graph(p[0], p[1]),
                names: &["y1", "y0"],
                jvp: &|p, t| h027_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = h027_hvp(
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
    fn h028_gradient() {
        check(
            &points![
                [1.12, -1.4, 0.88, 0.75, 0.73, -1.23], [-1.25, -0.57, -0.67, -0.36,
                1.21, -0.55]
            ],
            Companions {
                f: &|p| h028(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = h028_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h028_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| h028_graph(p[0], p[1], &p[2..6]),
                names: &["y0", "y1", "ys"],
                jvp: &|p, t| h028_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = h028_hvp(
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
    fn h029_gradient() {
        check(
            &points![[-0.53], [0.27]],
            Companions {
                f: &|p| h029(p[0]),
                grad: &|p| {
                    let (value, g0) = h029_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = h029_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| h029_graph(p[0]),
                names: &["y0"],
                jvp: &|p, t| h029_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = h029_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f000_gradient() {
        check(
            &points![
                [-0.33, 1.2, 0.23, 0.81, -1.29, 1.31], [1.24, -0.55, 1.24, -1.38,
                0.42, -1.34]
            ],
            Companions {
                f: &|p| f000(p[0], &p[1..5], p[5], 4),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f000_grad(p[0], &p[1..5], p[5], 4);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f000_vjp(p[0], &p[1..5], p[5], 4);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f000_graph(p[0], &p[1..5], p[5], 4),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f000_jvp(p[0], &p[1..5], p[5], 4, t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f000_hvp(
                            p[0],
                            &p[1..5],
                            p[5],
                            4,
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
    fn f001_gradient() {
        check(
            &points![[-0.23, 1.38, -0.85, -0.32], [1.08, 0.97, -0.98, 0.53]],
            Companions {
                f: &|p| f001(&p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f001_grad(&p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f001_vjp(&p[0..3], p[3]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f001_graph(&p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f001_jvp(&p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f001_hvp(
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
    fn f002_gradient() {
        check(
            &points![[-0.82, -1.38], [-0.75, -0.91]],
            Companions {
                f: &|p| f002(2, p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f002_grad(2, p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f002_vjp(2, p[0], p[1]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f002_graph(2, p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f002_jvp(2, p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f002_hvp(
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
    fn f003_gradient() {
        check(
            &points![
                [0.32, -1.18, -0.65, 1.09, -0.47, -0.48, -0.69, 1.14], [0.51, -0.83, 0.38, 0.73, 0.87, -0.6, 0.27, -1.06]
            ],
            Companions {
                f: &|p| f003(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f003_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f003_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f003_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x2", "xs", "x1", "x0"],
                jvp: &|p, t| f003_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f003_hvp(
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
    fn f004_gradient() {
        check(
            &points![[-1.18, -0.24], [1.08, -0.59]],
            Companions {
                f: &|p| f004(p[0], p[1], 4),
                grad: &|p| {
                    let (value, (g0, g1)) = f004_grad(p[0], p[1], 4);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f004_vjp(p[0], p[1], 4);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f004_graph(p[0], p[1], 4),
                names: &["x1", "x0"],
                jvp: &|p, t| f004_jvp(p[0], p[1], 4, t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f004_hvp(
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
    fn f005_gradient() {
        check(
            &points![
                [-1.3, 1.23, 1.37, 0.95, 0.73], [0.36, -1.21, -0.38, -1.39, -0.99]
            ],
            Companions {
                f: &|p| f005(p[0], 4, &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f005_grad(p[0], 4, &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f005_vjp(p[0], 4, &p[1..5]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f005_graph(p[0], 4, &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f005_jvp(p[0], 4, &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f005_hvp(
                            p[0],
                            4,
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
    fn f006_gradient() {
        check(
            &points![
                [0.93, 1.39, -1.24, -1.31, -0.57, -0.58, 0.9], [0.29, -0.45, -0.42,
                0.41, 0.65, 0.91, -0.95]
            ],
            Companions {
                f: &|p| f006(&p[0..4], p[4], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f006_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f006_vjp(&p[0..4], p[4], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f006_graph(&p[0..4], p[4], p[5], p[6]),
                names: &["xs", "x2", "x1", "x0"],
                jvp: &|p, t| f006_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f006_hvp(
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
    fn f007_gradient() {
        check(
            &points![[1.32, -1.11, -1.07], [1.07, 0.27, 0.5]],
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
                names: &["x1", "x0", "x2"],
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
            &points![
                [-0.7, 0.88, 0.84, -0.92, -0.54, -0.58, 0.62, -1.15], [0.33, 1.21, -0.23, -1.04, 0.5, -0.5, 1.05, 0.58]
            ],
            Companions {
                f: &|p| f008(4, p[0], p[1], &p[2..7], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f008_grad(
                        4,
                        p[0],
                        p[1],
                        &p[2..7],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f008_vjp(4, p[0], p[1], &p[2..7], p[7]);
                    let ((), g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f008_graph(4, p[0], p[1], &p[2..7], p[7]),
                names: &["x0", "x2", "xs", "x1"],
                jvp: &|p, t| f008_jvp(
                    4,
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f008_hvp(
                            4,
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
    fn f009_gradient() {
        check(
            &points![
                [1.19, 0.66, -0.41, -0.61, -0.78, -1.25], [-0.98, 1.19, -1.2, -0.64, -0.47, 1.34]
            ],
            Companions {
                f: &|p| f009(p[0], 2, &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f009_grad(p[0], 2, &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f009_vjp(p[0], 2, &p[1..6]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f009_graph(p[0], 2, &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f009_jvp(p[0], 2, &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f009_hvp(
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
    fn f010_gradient() {
        check(
            &points![[-1.38, -0.31, 0.74], [-0.46, -1.15, 1.01]],
            Companions {
                f: &|p| f010(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f010_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f010_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f010_graph(p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f010_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f010_hvp(
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
    fn f011_gradient() {
        check(
            &points![
                [-0.99, 0.72, -1.22, 0.9, -1.24, -0.71], [1.38, -0.62, 1.25, -1.08,
                1.03, -0.79]
            ],
            Companions {
                f: &|p| f011(2, &p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f011_grad(2, &p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f011_vjp(2, &p[0..5], p[5]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f011_graph(2, &p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f011_jvp(2, &p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f011_hvp(
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
    fn f012_gradient() {
        check(
            &points![
                [0.89, -1.1, 0.5, -1.32, 1.36, 0.82], [0.41, -0.6, -0.77, -1.36,
                1.38, 1.06]
            ],
            Companions {
                f: &|p| f012(p[0], &p[1..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f012_grad(
                        p[0],
                        &p[1..4],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f012_vjp(p[0], &p[1..4], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f012_graph(p[0], &p[1..4], p[4], p[5]),
                names: &["x1", "xs", "x2", "x0"],
                jvp: &|p, t| f012_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f012_hvp(
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
    fn f013_gradient() {
        check(
            &points![[-0.44], [1.15]],
            Companions {
                f: &|p| f013(p[0], 4),
                grad: &|p| {
                    let (value, g0) = f013_grad(p[0], 4);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f013_vjp(p[0], 4);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f013_graph(p[0], 4),
                names: &["x0"],
                jvp: &|p, t| f013_jvp(p[0], 4, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f013_hvp(p[0], 4, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f014_gradient() {
        check(
            &points![
                [-1.07, -0.65, -0.78, -0.81, 0.53, 0.58, 0.98, 0.89, 1.0], [0.96, -1.28, -0.28, 1.19, -0.97, 0.21, -1.39, -1.23, 0.34]
            ],
            Companions {
                f: &|p| f014(p[0], p[1], p[2], 4, &p[3..6], &p[6..9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f014_grad(
                        p[0],
                        p[1],
                        p[2],
                        4,
                        &p[3..6],
                        &p[6..9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f014_vjp(
                        p[0],
                        p[1],
                        p[2],
                        4,
                        &p[3..6],
                        &p[6..9],
                    );
                    let (g0, g1, g2, (), g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f014_graph(p[0], p[1], p[2], 4, &p[3..6], &p[6..9]),
                names: &["x2", "x1", "x0", "ys", "xs"],
                jvp: &|p, t| f014_jvp(
                    p[0],
                    p[1],
                    p[2],
                    4,
                    &p[3..6],
                    &p[6..9],
                    t[0],
                    t[1],
                    t[2],
                    &t[3..6],
                    &t[6..9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f014_hvp(
                            p[0],
                            p[1],
                            p[2],
                            4,
                            &p[3..6],
                            &p[6..9],
                            v[0],
                            v[1],
                            v[2],
                            &v[3..6],
                            &v[6..9],
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
            &points![
                [-0.92, -0.96, -0.7, 0.58, -1.21, 1.15, -0.91, 0.69, -0.67, -0.26,
                1.35], [0.77, -0.38, -0.6, 0.25, -1.27, -0.66, 0.63, -1.28, 0.82, -0.45, 0.84]
            ],
            Companions {
                f: &|p| f015(&p[0..4], p[4], p[5], &p[6..11]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f015_grad(
                        &p[0..4],
                        p[4],
                        p[5],
                        &p[6..11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f015_vjp(&p[0..4], p[4], p[5], &p[6..11]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f015_graph(&p[0..4], p[4], p[5], &p[6..11]),
                names: &["ys", "x0", "x1", "xs"],
                jvp: &|p, t| f015_jvp(
                    &p[0..4],
                    p[4],
                    p[5],
                    &p[6..11],
                    &t[0..4],
                    t[4],
                    t[5],
                    &t[6..11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f015_hvp(
                            &p[0..4],
                            p[4],
                            p[5],
                            &p[6..11],
                            &v[0..4],
                            v[4],
                            v[5],
                            &v[6..11],
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn f016_gradient() {
        check(
            &points![
                [0.52, 0.69, -0.44, -0.24, 0.63, -0.98], [-1.07, -0.75, 0.83, 1.38,
                0.48, 0.62]
            ],
            Companions {
                f: &|p| f016(p[0], 3, p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f016_grad(p[0], 3, p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f016_vjp(p[0], 3, p[1], &p[2..6]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f016_graph(p[0], 3, p[1], &p[2..6]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f016_jvp(p[0], 3, p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f016_hvp(
                            p[0],
                            3,
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
    fn f017_gradient() {
        check(
            &points![
                [-0.79, 0.61, 0.84, -0.83, -0.82, 1.16, -0.34, 1.03, -0.98, 1.35, -1.09], [-0.53, 0.79, 1.16, -0.9, -0.64, -0.9, -0.67, 0.8, -0.57,
                0.45, -0.4]
            ],
            Companions {
                f: &|p| f017(p[0], 2, p[1], &p[2..6], &p[6..10], p[10]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f017_grad(
                        p[0],
                        2,
                        p[1],
                        &p[2..6],
                        &p[6..10],
                        p[10],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f017_vjp(
                        p[0],
                        2,
                        p[1],
                        &p[2..6],
                        &p[6..10],
                        p[10],
                    );
                    let (g0, (), g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f017_graph(p[0], 2, p[1], &p[2..6], &p[6..10], p[10]),
                names: &["x0", "x1", "ys", "xs", "x2"],
                jvp: &|p, t| f017_jvp(
                    p[0],
                    2,
                    p[1],
                    &p[2..6],
                    &p[6..10],
                    p[10],
                    t[0],
                    t[1],
                    &t[2..6],
                    &t[6..10],
                    t[10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f017_hvp(
                            p[0],
                            2,
                            p[1],
                            &p[2..6],
                            &p[6..10],
                            p[10],
                            v[0],
                            v[1],
                            &v[2..6],
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
    fn f018_gradient() {
        check(
            &points![[0.68, -0.48], [0.84, -0.93]],
            Companions {
                f: &|p| f018(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f018_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f018_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f018_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f018_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f018_hvp(
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
    fn f019_gradient() {
        check(
            &points![[-1.01, 0.45], [1.09, -0.64]],
            Companions {
                f: &|p| f019(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f019_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f019_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f019_graph(p[0], p[1]),
                names: &["x1", "x0"],
                jvp: &|p, t| f019_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f019_hvp(
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
                [-0.63, 1.17, 0.65, -0.56, -1.06, -1.02, -1.3, 1.03, 0.52], [-0.81,
                -0.98, 0.35, -0.34, -0.58, -0.95, -1.18, 0.64, 0.71]
            ],
            Companions {
                f: &|p| f020(p[0], &p[1..4], &p[4..8], p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f020_grad(
                        p[0],
                        &p[1..4],
                        &p[4..8],
                        p[8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f020_vjp(p[0], &p[1..4], &p[4..8], p[8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f020_graph(p[0], &p[1..4], &p[4..8], p[8]),
                names: &["x0", "ys", "xs", "x1"],
                jvp: &|p, t| f020_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f020_hvp(
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
    fn f021_gradient() {
        check(
            &points![[-1.03, -0.24, 0.94], [0.53, -0.82, -1.22]],
            Companions {
                f: &|p| f021(p[0], p[1], p[2], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f021_grad(p[0], p[1], p[2], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f021_vjp(p[0], p[1], p[2], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f021_graph(p[0], p[1], p[2], 2),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f021_jvp(p[0], p[1], p[2], 2, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f021_hvp(
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
    fn f022_gradient() {
        check(
            &points![[-0.82, 0.2, 0.64], [0.22, 0.99, -0.31]],
            Companions {
                f: &|p| f022(2, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f022_grad(2, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f022_vjp(2, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f022_graph(2, p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f022_jvp(2, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f022_hvp(
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
    fn f023_gradient() {
        check(
            &points![[-0.32, -0.97, 1.25, -1.12], [-0.38, -0.72, -1.14, -1.07]],
            Companions {
                f: &|p| f023(2, &p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f023_grad(2, &p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f023_vjp(2, &p[0..3], p[3]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f023_graph(2, &p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f023_jvp(2, &p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f023_hvp(
                            2,
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
    fn f024_gradient() {
        check(
            &points![[-0.31, -0.69, 1.05], [1.15, -1.1, 0.74]],
            Companions {
                f: &|p| f024(4, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f024_grad(4, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f024_vjp(4, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f024_graph(4, p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f024_jvp(4, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f024_hvp(
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
    fn f025_gradient() {
        check(
            &points![[-0.32, -0.66, -1.33], [-1.03, -0.86, -0.67]],
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
                names: &["x0", "x1", "x2"],
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
                [-0.49, 0.42, 1.35, 0.33, 1.08, 0.36, -1.11, -0.99, -1.37, 0.3],
                [0.3, -0.86, -0.95, 0.86, -1.28, -0.3, -0.54, -0.62, -0.66, -0.75]
            ],
            Companions {
                f: &|p| f026(3, p[0], &p[1..5], &p[5..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f026_grad(3, p[0], &p[1..5], &p[5..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f026_vjp(3, p[0], &p[1..5], &p[5..10]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f026_graph(3, p[0], &p[1..5], &p[5..10]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f026_jvp(
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
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f026_hvp(
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
    fn f027_gradient() {
        check(
            &points![[-0.9, 0.91, 0.61], [0.62, -0.8, 0.9]],
            Companions {
                f: &|p| f027(p[0], 2, p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f027_grad(p[0], 2, p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f027_vjp(p[0], 2, p[1], p[2]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f027_graph(p[0], 2, p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f027_jvp(p[0], 2, p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f027_hvp(
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
    fn f028_gradient() {
        check(
            &points![[0.53, 0.74, -0.83], [1.4, -1.14, -0.83]],
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
                names: &["x2", "x0", "x1"],
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
            &points![[1.25, -1.18], [0.66, 0.75]],
            Companions {
                f: &|p| f029(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f029_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f029_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f029_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f029_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f029_hvp(
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
    fn f030_gradient() {
        check(
            &points![
                [-0.84, 0.99, 0.87, 0.69, -1.4], [0.57, 0.97, 0.55, -1.36, 0.65]
            ],
            Companions {
                f: &|p| f030(p[0], p[1], &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f030_grad(p[0], p[1], &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f030_vjp(p[0], p[1], &p[2..5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f030_graph(p[0], p[1], &p[2..5]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f030_jvp(p[0], p[1], &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f030_hvp(
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
    fn f031_gradient() {
        check(
            &points![
                [-0.31, 0.94, 0.81, -1.24, 0.44, 1.19, -1.4], [-1.22, -0.41, 0.67, -0.63, 0.31, 0.78, -0.69]
            ],
            Companions {
                f: &|p| f031(p[0], p[1], &p[2..6], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f031_grad(
                        p[0],
                        p[1],
                        &p[2..6],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f031_vjp(p[0], p[1], &p[2..6], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f031_graph(p[0], p[1], &p[2..6], p[6]),
                names: &["x0", "x2", "xs", "x1"],
                jvp: &|p, t| f031_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f031_hvp(
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
    fn f032_gradient() {
        check(
            &points![
                [0.81, -0.54, 0.24, -0.83, 0.23], [0.29, -0.38, -0.25, 0.65, -1.2]
            ],
            Companions {
                f: &|p| f032(4, p[0], &p[1..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f032_grad(4, p[0], &p[1..4], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f032_vjp(4, p[0], &p[1..4], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f032_graph(4, p[0], &p[1..4], p[4]),
                names: &["x1", "xs", "x0"],
                jvp: &|p, t| f032_jvp(4, p[0], &p[1..4], p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f032_hvp(
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
    fn f033_gradient() {
        check(
            &points![[-0.5], [-0.85]],
            Companions {
                f: &|p| f033(4, p[0]),
                grad: &|p| {
                    let (value, g0) = f033_grad(4, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f033_vjp(4, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f033_graph(4, p[0]),
                names: &["x0"],
                jvp: &|p, t| f033_jvp(4, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f033_hvp(4, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f034_gradient() {
        check(
            &points![
                [1.17, 1.01, -0.9, 1.07, 0.98, -0.43], [-0.75, 0.87, 1.23, 0.23, -0.55, -1.34]
            ],
            Companions {
                f: &|p| f034(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f034_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f034_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f034_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f034_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f034_hvp(
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
    fn f035_gradient() {
        check(
            &points![[1.06, -0.63], [0.62, 0.2]],
            Companions {
                f: &|p| f035(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f035_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f035_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f035_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f035_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f035_hvp(
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
    fn f036_gradient() {
        check(
            &points![
                [-0.22, 0.6, -1.01, -1.01, 0.58, -0.63, -1.05], [-0.74, 1.03, -1.29, 0.6, 0.39, 0.28, 1.24]
            ],
            Companions {
                f: &|p| f036(&p[0..2], p[2], 3, p[3], &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f036_grad(
                        &p[0..2],
                        p[2],
                        3,
                        p[3],
                        &p[4..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f036_vjp(&p[0..2], p[2], 3, p[3], &p[4..7]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f036_graph(&p[0..2], p[2], 3, p[3], &p[4..7]),
                names: &["ys", "x0", "x1", "xs"],
                jvp: &|p, t| f036_jvp(
                    &p[0..2],
                    p[2],
                    3,
                    p[3],
                    &p[4..7],
                    &t[0..2],
                    t[2],
                    t[3],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f036_hvp(
                            &p[0..2],
                            p[2],
                            3,
                            p[3],
                            &p[4..7],
                            &v[0..2],
                            v[2],
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
    fn f037_gradient() {
        check(
            &points![
                [-0.37, 0.52, -1.28, -1.04, -0.47], [-0.35, -0.93, -0.48, -1.07,
                1.21]
            ],
            Companions {
                f: &|p| f037(p[0], &p[1..5], 2),
                grad: &|p| {
                    let (value, (g0, g1)) = f037_grad(p[0], &p[1..5], 2);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f037_vjp(p[0], &p[1..5], 2);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f037_graph(p[0], &p[1..5], 2),
                names: &["x0", "xs"],
                jvp: &|p, t| f037_jvp(p[0], &p[1..5], 2, t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f037_hvp(
                            p[0],
                            &p[1..5],
                            2,
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
    fn f038_gradient() {
        check(
            &points![
                [-0.24, 1.36, 0.78, 0.33, -0.24, -0.6, 1.4, -1.01, 0.28, -0.87], [-0.38, -0.23, -0.9, -1.32, -0.53, 0.51, -0.56, -1.11, -0.65, 0.41]
            ],
            Companions {
                f: &|p| f038(&p[0..4], &p[4..8], p[8], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f038_grad(
                        &p[0..4],
                        &p[4..8],
                        p[8],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f038_vjp(&p[0..4], &p[4..8], p[8], p[9]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f038_graph(&p[0..4], &p[4..8], p[8], p[9]),
                names: &["ys", "xs", "x1", "x0"],
                jvp: &|p, t| f038_jvp(
                    &p[0..4],
                    &p[4..8],
                    p[8],
                    p[9],
                    &t[0..4],
                    &t[4..8],
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f038_hvp(
                            &p[0..4],
                            &p[4..8],
                            p[8],
                            p[9],
                            &v[0..4],
                            &v[4..8],
                            v[8],
                            v[9],
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
            &points![[1.31, -0.88, 0.32, 0.95], [-0.31, 0.73, 0.91, 1.22]],
            Companions {
                f: &|p| f039(p[0], &p[1..4], 2),
                grad: &|p| {
                    let (value, (g0, g1)) = f039_grad(p[0], &p[1..4], 2);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f039_vjp(p[0], &p[1..4], 2);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f039_graph(p[0], &p[1..4], 2),
                names: &["x0", "xs"],
                jvp: &|p, t| f039_jvp(p[0], &p[1..4], 2, t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f039_hvp(
                            p[0],
                            &p[1..4],
                            2,
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
    fn f040_gradient() {
        check(
            &points![[-0.46, 0.94, 1.28], [-0.8, 0.57, 1.01]],
            Companions {
                f: &|p| f040(4, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f040_grad(4, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f040_vjp(4, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f040_graph(4, p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f040_jvp(4, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f040_hvp(
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
    fn f041_gradient() {
        check(
            &points![
                [0.57, 0.35, -0.44, 0.23, 0.92, 0.55, 1.25], [0.23, 0.81, 0.44, 0.86, -0.93, -1.39, 0.31]
            ],
            Companions {
                f: &|p| f041(&p[0..2], &p[2..5], p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f041_grad(
                        &p[0..2],
                        &p[2..5],
                        p[5],
                        p[6],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f041_vjp(&p[0..2], &p[2..5], p[5], p[6]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f041_graph(&p[0..2], &p[2..5], p[5], p[6]),
                names: &["ys", "xs", "x0", "x1"],
                jvp: &|p, t| f041_jvp(
                    &p[0..2],
                    &p[2..5],
                    p[5],
                    p[6],
                    &t[0..2],
                    &t[2..5],
                    t[5],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f041_hvp(
                            &p[0..2],
                            &p[2..5],
                            p[5],
                            p[6],
                            &v[0..2],
                            &v[2..5],
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
    fn f042_gradient() {
        check(
            &points![
                [0.75, 0.5, 0.37, -0.62, -0.82, 1.31], [-1.15, 0.85, 1.02, -0.29,
                0.6, -1.32]
            ],
            Companions {
                f: &|p| f042(p[0], p[1], 2, &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f042_grad(
                        p[0],
                        p[1],
                        2,
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f042_vjp(p[0], p[1], 2, &p[2..5], p[5]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f042_graph(p[0], p[1], 2, &p[2..5], p[5]),
                names: &["x1", "x2", "xs", "x0"],
                jvp: &|p, t| f042_jvp(
                    p[0],
                    p[1],
                    2,
                    &p[2..5],
                    p[5],
                    t[0],
                    t[1],
                    &t[2..5],
                    t[5],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f042_hvp(
                            p[0],
                            p[1],
                            2,
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
    fn f043_gradient() {
        check(
            &points![
                [-0.94, 0.78, -0.3, -0.49, -1.08], [0.43, 0.47, 0.63, -0.95, 1.05]
            ],
            Companions {
                f: &|p| f043(2, &p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f043_grad(2, &p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f043_vjp(2, &p[0..3], p[3], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f043_graph(2, &p[0..3], p[3], p[4]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f043_jvp(2, &p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f043_hvp(
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
    fn f044_gradient() {
        check(
            &points![
                [-0.37, -1.22, 1.14, 0.88, 0.97, -0.55, 1.34, -0.73, -0.56, -0.99],
                [-0.38, -0.77, -0.77, 0.85, 0.62, -0.75, -0.94, 1.17, 0.46, -1.21]
            ],
            Companions {
                f: &|p| f044(&p[0..4], &p[4..7], p[7], p[8], p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = f044_grad(
                        &p[0..4],
                        &p[4..7],
                        p[7],
                        p[8],
                        p[9],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f044_vjp(
                        &p[0..4],
                        &p[4..7],
                        p[7],
                        p[8],
                        p[9],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| f044_graph(&p[0..4], &p[4..7], p[7], p[8], p[9]),
                names: &["xs", "ys", "x2", "x0", "x1"],
                jvp: &|p, t| f044_jvp(
                    &p[0..4],
                    &p[4..7],
                    p[7],
                    p[8],
                    p[9],
                    &t[0..4],
                    &t[4..7],
                    t[7],
                    t[8],
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = f044_hvp(
                            &p[0..4],
                            &p[4..7],
                            p[7],
                            p[8],
                            p[9],
                            &v[0..4],
                            &v[4..7],
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
    fn f045_gradient() {
        check(
            &points![
                [0.26, 1.16, -0.35, 0.21, 0.64, -0.45, -0.98, -0.73, 1.11, -0.79],
                [-0.33, 0.94, -0.65, 0.95, 0.72, -1.2, -1.11, -0.76, 1.26, 0.81]
            ],
            Companions {
                f: &|p| f045(&p[0..4], p[4], &p[5..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f045_grad(&p[0..4], p[4], &p[5..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f045_vjp(&p[0..4], p[4], &p[5..10]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f045_graph(&p[0..4], p[4], &p[5..10]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f045_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..10],
                    &t[0..4],
                    t[4],
                    &t[5..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f045_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..10],
                            &v[0..4],
                            v[4],
                            &v[5..10],
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
            &points![[0.38, -1.29, 1.18], [-0.69, 1.17, -1.29]],
            Companions {
                f: &|p| f046(2, p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f046_grad(2, p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f046_vjp(2, p[0], p[1], p[2]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f046_graph(2, p[0], p[1], p[2]),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f046_jvp(2, p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f046_hvp(
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
    fn f047_gradient() {
        check(
            &points![
                [-1.29, 1.11, -1.11, -1.2, -0.98], [-0.57, 0.83, 0.75, 1.01, 1.33]
            ],
            Companions {
                f: &|p| f047(2, &p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f047_grad(2, &p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f047_vjp(2, &p[0..3], p[3], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f047_graph(2, &p[0..3], p[3], p[4]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f047_jvp(2, &p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f047_hvp(
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
    fn f048_gradient() {
        check(
            &points![[-0.48, 0.46, -0.22], [0.84, -0.92, 0.94]],
            Companions {
                f: &|p| f048(p[0], p[1], p[2], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f048_grad(p[0], p[1], p[2], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f048_vjp(p[0], p[1], p[2], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f048_graph(p[0], p[1], p[2], 3),
                names: &["x0", "x2", "x1"],
                jvp: &|p, t| f048_jvp(p[0], p[1], p[2], 3, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f048_hvp(
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
    fn f049_gradient() {
        check(
            &points![[0.77], [0.46]],
            Companions {
                f: &|p| f049(p[0], 2),
                grad: &|p| {
                    let (value, g0) = f049_grad(p[0], 2);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f049_vjp(p[0], 2);
                    let (g0, ()) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f049_graph(p[0], 2),
                names: &["x0"],
                jvp: &|p, t| f049_jvp(p[0], 2, t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f049_hvp(p[0], 2, v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f050_gradient() {
        check(
            &points![
                [1.07, -0.83, -1.1, -0.41, 1.38, -1.36], [0.43, 1.32, -1.01, 0.58,
                0.77, -1.31]
            ],
            Companions {
                f: &|p| f050(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f050_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f050_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f050_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f050_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f050_hvp(
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
    fn f051_gradient() {
        check(
            &points![
                [0.85, 1.17, -1.23, 1.08, 0.75, 1.12, 0.64, 0.28], [-0.48, -0.44,
                0.69, 0.93, -0.79, -1.33, 1.33, 0.51]
            ],
            Companions {
                f: &|p| f051(p[0], p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f051_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f051_vjp(p[0], p[1], p[2], &p[3..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f051_graph(p[0], p[1], p[2], &p[3..8]),
                names: &["x2", "x1", "x0", "xs"],
                jvp: &|p, t| f051_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f051_hvp(
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
    fn f052_gradient() {
        check(
            &points![
                [1.3, 0.96, -1.18, -0.94, 0.8], [-0.34, -1.04, -0.34, 0.55, -0.21]
            ],
            Companions {
                f: &|p| f052(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f052_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f052_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f052_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f052_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f052_hvp(
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
    fn f053_gradient() {
        check(
            &points![[-0.9, 1.28, 0.75], [1.14, 0.34, -1.27]],
            Companions {
                f: &|p| f053(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f053_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f053_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f053_graph(p[0], p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f053_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f053_hvp(
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
    fn f054_gradient() {
        check(
            &points![
                [1.03, -1.34, -0.93, 1.33, 0.38, 1.14, -0.59], [0.36, 0.45, -1.12, -0.62, -0.83, 0.62, 0.98]
            ],
            Companions {
                f: &|p| f054(&p[0..5], p[5], 4, p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f054_grad(&p[0..5], p[5], 4, p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f054_vjp(&p[0..5], p[5], 4, p[6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f054_graph(&p[0..5], p[5], 4, p[6]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f054_jvp(&p[0..5], p[5], 4, p[6], &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f054_hvp(
                            &p[0..5],
                            p[5],
                            4,
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
    fn f055_gradient() {
        check(
            &points![
                [-0.48, -1.39, -0.74, 0.94, 1.04, 1.25], [-1.24, -0.83, -0.89, -0.81, 0.31, -0.51]
            ],
            Companions {
                f: &|p| f055(p[0], p[1], &p[2..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f055_grad(
                        p[0],
                        p[1],
                        &p[2..5],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f055_vjp(p[0], p[1], &p[2..5], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f055_graph(p[0], p[1], &p[2..5], p[5]),
                names: &["x2", "x0", "xs", "x1"],
                jvp: &|p, t| f055_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f055_hvp(
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
    fn f056_gradient() {
        check(
            &points![[-0.63], [1.3]],
            Companions {
                f: &|p| f056(4, p[0]),
                grad: &|p| {
                    let (value, g0) = f056_grad(4, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f056_vjp(4, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f056_graph(4, p[0]),
                names: &["x0"],
                jvp: &|p, t| f056_jvp(4, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f056_hvp(4, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f057_gradient() {
        check(
            &points![
                [1.04, 1.21, 1.23, -1.02, 0.4, -1.12, -0.8, 0.51], [-0.47, 0.56, -0.55, -0.74, 1.37, 0.46, 0.27, 0.94]
            ],
            Companions {
                f: &|p| f057(p[0], &p[1..6], p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f057_grad(
                        p[0],
                        &p[1..6],
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f057_vjp(p[0], &p[1..6], p[6], p[7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f057_graph(p[0], &p[1..6], p[6], p[7]),
                names: &["x0", "xs", "x1", "x2"],
                jvp: &|p, t| f057_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f057_hvp(
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
    fn f058_gradient() {
        check(
            &points![
                [-0.45, 0.21, -1.26, 1.39, 1.28, -0.27, -1.02, 1.22, -0.79, 0.76],
                [1.22, 0.67, 0.3, 0.53, 1.33, 1.31, 0.87, 0.4, -0.97, 1.0]
            ],
            Companions {
                f: &|p| f058(&p[0..4], p[4], &p[5..10]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f058_grad(&p[0..4], p[4], &p[5..10]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f058_vjp(&p[0..4], p[4], &p[5..10]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f058_graph(&p[0..4], p[4], &p[5..10]),
                names: &["ys", "x0", "xs"],
                jvp: &|p, t| f058_jvp(
                    &p[0..4],
                    p[4],
                    &p[5..10],
                    &t[0..4],
                    t[4],
                    &t[5..10],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f058_hvp(
                            &p[0..4],
                            p[4],
                            &p[5..10],
                            &v[0..4],
                            v[4],
                            &v[5..10],
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
                [-0.43, -1.15, 0.22, 1.36, 0.83, -0.8, -0.35, 0.48], [-0.31, 1.03,
                1.22, 0.48, 0.8, -0.6, -0.81, -0.44]
            ],
            Companions {
                f: &|p| f059(p[0], p[1], p[2], &p[3..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f059_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f059_vjp(p[0], p[1], p[2], &p[3..8]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f059_graph(p[0], p[1], p[2], &p[3..8]),
                names: &["x0", "x2", "x1", "xs"],
                jvp: &|p, t| f059_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f059_hvp(
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
    fn f060_gradient() {
        check(
            &points![[-1.1, 0.96], [-0.45, -0.64]],
            Companions {
                f: &|p| f060(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f060_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f060_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f060_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f060_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f060_hvp(
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
    fn f061_gradient() {
        check(
            &points![
                [-0.48, 0.9, -0.92, -0.94, 0.58], [0.21, -1.11, 1.09, 0.38, -1.14]
            ],
            Companions {
                f: &|p| f061(&p[0..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f061_grad(&p[0..4], p[4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f061_vjp(&p[0..4], p[4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f061_graph(&p[0..4], p[4]),
                names: &["xs", "x0"],
                jvp: &|p, t| f061_jvp(&p[0..4], p[4], &t[0..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f061_hvp(
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
    fn f062_gradient() {
        check(
            &points![[1.34, 0.65, -1.15, -1.29], [0.5, 0.64, 0.66, -1.1]],
            Companions {
                f: &|p| f062(p[0], &p[1..4], 3),
                grad: &|p| {
                    let (value, (g0, g1)) = f062_grad(p[0], &p[1..4], 3);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f062_vjp(p[0], &p[1..4], 3);
                    let (g0, g1, ()) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f062_graph(p[0], &p[1..4], 3),
                names: &["x0", "xs"],
                jvp: &|p, t| f062_jvp(p[0], &p[1..4], 3, t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f062_hvp(
                            p[0],
                            &p[1..4],
                            3,
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
    fn f063_gradient() {
        check(
            &points![[0.36, 0.67, -1.07], [-0.97, 1.34, 0.81]],
            Companions {
                f: &|p| f063(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f063_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f063_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f063_graph(p[0], p[1], p[2]),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f063_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f063_hvp(
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
    fn f064_gradient() {
        check(
            &points![
                [0.74, -1.36, -1.06, -1.15, 0.32, 0.21, 0.34], [0.92, -0.83, -0.54,
                -0.5, 1.17, 1.09, 1.31]
            ],
            Companions {
                f: &|p| f064(p[0], p[1], p[2], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f064_grad(
                        p[0],
                        p[1],
                        p[2],
                        &p[3..7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f064_vjp(p[0], p[1], p[2], &p[3..7]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f064_graph(p[0], p[1], p[2], &p[3..7]),
                names: &["x0", "x2", "x1", "xs"],
                jvp: &|p, t| f064_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f064_hvp(
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
    fn f065_gradient() {
        check(
            &points![[0.5], [1.38]],
            Companions {
                f: &|p| f065(p[0]),
                grad: &|p| {
                    let (value, g0) = f065_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f065_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f065_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f065_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f065_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f066_gradient() {
        check(
            &points![[-1.22, -0.26, 0.77], [0.25, 0.53, -1.0]],
            Companions {
                f: &|p| f066(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f066_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f066_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f066_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f066_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f066_hvp(
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
    fn f067_gradient() {
        check(
            &points![
                [0.27, 0.58, 1.22, 1.22, 0.47, 0.48], [0.94, 0.7, 1.13, -1.13, -0.95, -1.0]
            ],
            Companions {
                f: &|p| f067(3, p[0], &p[1..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f067_grad(3, p[0], &p[1..5], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f067_vjp(3, p[0], &p[1..5], p[5]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f067_graph(3, p[0], &p[1..5], p[5]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f067_jvp(3, p[0], &p[1..5], p[5], t[0], &t[1..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f067_hvp(
                            3,
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
    fn f068_gradient() {
        check(
            &points![
                [-0.73, 0.39, 1.2, -0.97, 0.89, 0.63, 1.29], [-0.83, 0.8, -1.18, -1.33, 0.82, 1.26, 0.71]
            ],
            Companions {
                f: &|p| f068(p[0], 3, &p[1..4], &p[4..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f068_grad(p[0], 3, &p[1..4], &p[4..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f068_vjp(p[0], 3, &p[1..4], &p[4..7]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f068_graph(p[0], 3, &p[1..4], &p[4..7]),
                names: &["x0", "xs", "ys"],
                jvp: &|p, t| f068_jvp(
                    p[0],
                    3,
                    &p[1..4],
                    &p[4..7],
                    t[0],
                    &t[1..4],
                    &t[4..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f068_hvp(
                            p[0],
                            3,
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
    fn f069_gradient() {
        check(
            &points![
                [-0.36, 1.29, 0.24, -1.25, -1.06, -0.92, 0.8], [0.9, 0.6, -0.83, -0.96, -0.68, -1.26, -0.3]
            ],
            Companions {
                f: &|p| f069(&p[0..5], 3, p[5], p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f069_grad(&p[0..5], 3, p[5], p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f069_vjp(&p[0..5], 3, p[5], p[6]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f069_graph(&p[0..5], 3, p[5], p[6]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f069_jvp(&p[0..5], 3, p[5], p[6], &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f069_hvp(
                            &p[0..5],
                            3,
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
    fn f070_gradient() {
        check(
            &points![
                [-1.0, -1.33, 1.4, -1.12, 0.23, 1.14], [0.62, 0.85, 0.51, 0.6, -0.94,
                -0.86]
            ],
            Companions {
                f: &|p| f070(p[0], 4, &p[1..6]),
                grad: &|p| {
                    let (value, (g0, g1)) = f070_grad(p[0], 4, &p[1..6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f070_vjp(p[0], 4, &p[1..6]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f070_graph(p[0], 4, &p[1..6]),
                names: &["x0", "xs"],
                jvp: &|p, t| f070_jvp(p[0], 4, &p[1..6], t[0], &t[1..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f070_hvp(
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
    fn f071_gradient() {
        check(
            &points![
                [0.91, 1.17, -0.44, -0.65, -0.58, -0.8], [-0.76, -1.38, -0.87, -0.36, 0.64, 0.23]
            ],
            Companions {
                f: &|p| f071(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f071_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f071_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f071_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f071_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f071_hvp(
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
    fn f072_gradient() {
        check(
            &points![[-1.15], [-0.83]],
            Companions {
                f: &|p| f072(p[0]),
                grad: &|p| {
                    let (value, g0) = f072_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f072_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f072_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f072_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f072_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f073_gradient() {
        check(
            &points![[1.17, -0.97, -1.12], [-0.88, 0.35, 0.84]],
            Companions {
                f: &|p| f073(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f073_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f073_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f073_graph(p[0], p[1], p[2]),
                names: &["x2", "x1", "x0"],
                jvp: &|p, t| f073_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f073_hvp(
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
    fn f074_gradient() {
        check(
            &points![[-1.16, 1.31], [0.88, 1.11]],
            Companions {
                f: &|p| f074(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f074_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f074_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f074_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f074_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f074_hvp(
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
    fn f075_gradient() {
        check(
            &points![
                [0.87, -0.53, 0.63, 0.78, 0.23, -0.74, -0.97, -0.72], [-1.13, -0.82, 0.74, 0.35, -1.1, -1.2, -0.79, 1.29]
            ],
            Companions {
                f: &|p| f075(&p[0..5], p[5], 3, p[6], p[7]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f075_grad(
                        &p[0..5],
                        p[5],
                        3,
                        p[6],
                        p[7],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f075_vjp(&p[0..5], p[5], 3, p[6], p[7]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f075_graph(&p[0..5], p[5], 3, p[6], p[7]),
                names: &["xs", "x2", "x0", "x1"],
                jvp: &|p, t| f075_jvp(
                    &p[0..5],
                    p[5],
                    3,
                    p[6],
                    p[7],
                    &t[0..5],
                    t[5],
                    t[6],
                    t[7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f075_hvp(
                            &p[0..5],
                            p[5],
                            3,
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
    fn f076_gradient() {
        check(
            &points![
                [0.68, 0.56, -0.38, -0.78, -1.37], [0.36, 0.98, -1.36, -0.32, 0.84]
            ],
            Companions {
                f: &|p| f076(p[0], &p[1..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f076_grad(p[0], &p[1..4], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f076_vjp(p[0], &p[1..4], p[4]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f076_graph(p[0], &p[1..4], p[4]),
                names: &["x1", "xs", "x0"],
                jvp: &|p, t| f076_jvp(p[0], &p[1..4], p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f076_hvp(
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
    fn f077_gradient() {
        check(
            &points![
                [1.4, -1.29, -1.08, -0.48, 0.24], [0.39, -1.27, -0.49, 0.95, 0.75]
            ],
            Companions {
                f: &|p| f077(&p[0..3], p[3], 3, p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f077_grad(&p[0..3], p[3], 3, p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f077_vjp(&p[0..3], p[3], 3, p[4]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f077_graph(&p[0..3], p[3], 3, p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f077_jvp(&p[0..3], p[3], 3, p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f077_hvp(
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
    fn f078_gradient() {
        check(
            &points![
                [-0.73, -0.62, 1.34, 0.99, 0.62], [-0.22, 0.61, -0.63, -0.79, -1.2]
            ],
            Companions {
                f: &|p| f078(p[0], p[1], 2, &p[2..5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f078_grad(p[0], p[1], 2, &p[2..5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f078_vjp(p[0], p[1], 2, &p[2..5]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f078_graph(p[0], p[1], 2, &p[2..5]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f078_jvp(p[0], p[1], 2, &p[2..5], t[0], t[1], &t[2..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f078_hvp(
                            p[0],
                            p[1],
                            2,
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
    fn f079_gradient() {
        check(
            &points![
                [0.45, -1.19, 0.76, 0.2, 0.53, -1.29], [-0.74, 1.37, -1.34, -0.59,
                0.99, -1.06]
            ],
            Companions {
                f: &|p| f079(p[0], p[1], &p[2..6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f079_grad(p[0], p[1], &p[2..6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f079_vjp(p[0], p[1], &p[2..6]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f079_graph(p[0], p[1], &p[2..6]),
                names: &["x0", "x1", "xs"],
                jvp: &|p, t| f079_jvp(p[0], p[1], &p[2..6], t[0], t[1], &t[2..6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f079_hvp(
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
    fn f080_gradient() {
        check(
            &points![[1.0], [-1.23]],
            Companions {
                f: &|p| f080(p[0]),
                grad: &|p| {
                    let (value, g0) = f080_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f080_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f080_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f080_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f080_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f081_gradient() {
        check(
            &points![[-0.72, -0.54, 1.02, 0.91], [0.96, -1.38, -0.86, 0.9]],
            Companions {
                f: &|p| f081(4, p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f081_grad(4, p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f081_vjp(4, p[0], &p[1..4]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f081_graph(4, p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f081_jvp(4, p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f081_hvp(
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
    fn f082_gradient() {
        check(
            &points![[-0.54, -0.37, -1.1], [-0.84, -0.81, -0.53]],
            Companions {
                f: &|p| f082(p[0], p[1], 2, p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f082_grad(p[0], p[1], 2, p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f082_vjp(p[0], p[1], 2, p[2]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f082_graph(p[0], p[1], 2, p[2]),
                names: &["x1", "x0", "x2"],
                jvp: &|p, t| f082_jvp(p[0], p[1], 2, p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f082_hvp(
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
    fn f083_gradient() {
        check(
            &points![[-1.35], [1.09]],
            Companions {
                f: &|p| f083(p[0]),
                grad: &|p| {
                    let (value, g0) = f083_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f083_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f083_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f083_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f083_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f084_gradient() {
        check(
            &points![[0.26], [-1.2]],
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
                [0.56, -0.77, -0.5, -0.78, -0.52, -1.29, 1.0], [1.1, 0.45, 0.61,
                0.93, -0.84, -0.28, -1.09]
            ],
            Companions {
                f: &|p| f085(p[0], &p[1..3], &p[3..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f085_grad(p[0], &p[1..3], &p[3..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f085_vjp(p[0], &p[1..3], &p[3..7]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f085_graph(p[0], &p[1..3], &p[3..7]),
                names: &["x0", "ys", "xs"],
                jvp: &|p, t| f085_jvp(
                    p[0],
                    &p[1..3],
                    &p[3..7],
                    t[0],
                    &t[1..3],
                    &t[3..7],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f085_hvp(
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
    fn f086_gradient() {
        check(
            &points![[-0.36, -0.88], [1.06, 0.77]],
            Companions {
                f: &|p| f086(p[0], p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f086_grad(p[0], p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f086_vjp(p[0], p[1]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f086_graph(p[0], p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f086_jvp(p[0], p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f086_hvp(
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
    fn f087_gradient() {
        check(
            &points![[1.31], [0.5]],
            Companions {
                f: &|p| f087(p[0]),
                grad: &|p| {
                    let (value, g0) = f087_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f087_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f087_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f087_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f087_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f088_gradient() {
        check(
            &points![[0.8, -0.2, -0.87], [1.16, 0.89, -0.55]],
            Companions {
                f: &|p| f088(p[0], p[1], p[2], 2),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f088_grad(p[0], p[1], p[2], 2);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f088_vjp(p[0], p[1], p[2], 2);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f088_graph(p[0], p[1], p[2], 2),
                names: &["x0", "x1", "x2"],
                jvp: &|p, t| f088_jvp(p[0], p[1], p[2], 2, t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f088_hvp(
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
    fn f089_gradient() {
        check(
            &points![
                [-0.62, -0.92, -1.25, -0.87, 1.17], [0.33, 0.89, -0.8, -0.29, -1.06]
            ],
            Companions {
                f: &|p| f089(4, &p[0..3], p[3], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f089_grad(4, &p[0..3], p[3], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f089_vjp(4, &p[0..3], p[3], p[4]);
                    let ((), g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f089_graph(4, &p[0..3], p[3], p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f089_jvp(4, &p[0..3], p[3], p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f089_hvp(
                            4,
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
    fn f090_gradient() {
        check(
            &points![[-0.64, -0.89, -1.26, -0.71], [0.35, 0.25, 0.66, -0.21]],
            Companions {
                f: &|p| f090(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f090_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f090_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f090_graph(p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f090_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f090_hvp(
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
    fn f091_gradient() {
        check(
            &points![
                [0.44, 0.26, 0.85, -1.28, -0.53, -0.45], [-0.89, 0.94, 0.98, -0.65,
                0.79, 0.2]
            ],
            Companions {
                f: &|p| f091(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f091_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f091_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f091_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f091_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f091_hvp(
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
    fn f092_gradient() {
        check(
            &points![[0.81, 0.37, -1.34], [1.07, 0.94, -0.66]],
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
                names: &["x2", "x1", "x0"],
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
                [-0.44, -1.18, -0.27, 0.3, -0.62], [-1.07, 0.4, 0.36, -0.8, -0.44]
            ],
            Companions {
                f: &|p| f093(p[0], &p[1..5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f093_grad(p[0], &p[1..5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f093_vjp(p[0], &p[1..5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f093_graph(p[0], &p[1..5]),
                names: &["x0", "xs"],
                jvp: &|p, t| f093_jvp(p[0], &p[1..5], t[0], &t[1..5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f093_hvp(
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
    fn f094_gradient() {
        check(
            &points![
                [1.17, 0.66, -0.99, -1.31, -0.69, 1.1, 1.23], [1.37, 0.98, 0.5, -0.95, -0.98, 0.5, -1.06]
            ],
            Companions {
                f: &|p| f094(&p[0..5], p[5], p[6], 3),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f094_grad(&p[0..5], p[5], p[6], 3);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f094_vjp(&p[0..5], p[5], p[6], 3);
                    let (g0, g1, g2, ()) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f094_graph(&p[0..5], p[5], p[6], 3),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f094_jvp(&p[0..5], p[5], p[6], 3, &t[0..5], t[5], t[6]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f094_hvp(
                            &p[0..5],
                            p[5],
                            p[6],
                            3,
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
    fn f095_gradient() {
        check(
            &points![[0.68, -0.81, 0.27, 0.4], [0.38, 1.09, 0.9, 0.51]],
            Companions {
                f: &|p| f095(2, &p[0..3], p[3]),
                grad: &|p| {
                    let (value, (g0, g1)) = f095_grad(2, &p[0..3], p[3]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f095_vjp(2, &p[0..3], p[3]);
                    let ((), g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f095_graph(2, &p[0..3], p[3]),
                names: &["xs", "x0"],
                jvp: &|p, t| f095_jvp(2, &p[0..3], p[3], &t[0..3], t[3]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f095_hvp(
                            2,
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
    fn f096_gradient() {
        check(
            &points![
                [0.35, -0.44, -0.73, 1.2, 0.22, -1.27, 0.58], [-0.49, -1.4, -0.53,
                -0.93, -0.49, 0.82, 1.1]
            ],
            Companions {
                f: &|p| f096(p[0], 2, p[1], &p[2..7]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f096_grad(p[0], 2, p[1], &p[2..7]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f096_vjp(p[0], 2, p[1], &p[2..7]);
                    let (g0, (), g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f096_graph(p[0], 2, p[1], &p[2..7]),
                names: &["x1", "x0", "xs"],
                jvp: &|p, t| f096_jvp(p[0], 2, p[1], &p[2..7], t[0], t[1], &t[2..7]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f096_hvp(
                            p[0],
                            2,
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
    fn f097_gradient() {
        check(
            &points![
                [-1.12, 0.83, 1.17, -0.96, 0.36], [-1.23, -0.21, -1.38, -0.63, 0.8]
            ],
            Companions {
                f: &|p| f097(p[0], &p[1..4], p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f097_grad(p[0], &p[1..4], p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f097_vjp(p[0], &p[1..4], p[4]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f097_graph(p[0], &p[1..4], p[4]),
                names: &["x0", "xs", "x1"],
                jvp: &|p, t| f097_jvp(p[0], &p[1..4], p[4], t[0], &t[1..4], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f097_hvp(
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
    fn f098_gradient() {
        check(
            &points![
                [-1.19, -0.65, 1.28, 0.39, 0.77, -1.32], [0.48, -1.16, 0.74, -1.11,
                1.32, -0.63]
            ],
            Companions {
                f: &|p| f098(&p[0..5], p[5]),
                grad: &|p| {
                    let (value, (g0, g1)) = f098_grad(&p[0..5], p[5]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f098_vjp(&p[0..5], p[5]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f098_graph(&p[0..5], p[5]),
                names: &["xs", "x0"],
                jvp: &|p, t| f098_jvp(&p[0..5], p[5], &t[0..5], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f098_hvp(
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
    fn f099_gradient() {
        check(
            &points![
                [0.27, 0.5, -1.0, 0.68, -0.37, -1.0, 1.11, 1.1], [0.44, 0.53, 0.2,
                1.25, 1.01, -1.15, 0.9, -0.64]
            ],
            Companions {
                f: &|p| f099(p[0], &p[1..4], 4, p[4], &p[5..8]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f099_grad(
                        p[0],
                        &p[1..4],
                        4,
                        p[4],
                        &p[5..8],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f099_vjp(p[0], &p[1..4], 4, p[4], &p[5..8]);
                    let (g0, g1, (), g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f099_graph(p[0], &p[1..4], 4, p[4], &p[5..8]),
                names: &["x1", "ys", "x0", "xs"],
                jvp: &|p, t| f099_jvp(
                    p[0],
                    &p[1..4],
                    4,
                    p[4],
                    &p[5..8],
                    t[0],
                    &t[1..4],
                    t[4],
                    &t[5..8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f099_hvp(
                            p[0],
                            &p[1..4],
                            4,
                            p[4],
                            &p[5..8],
                            v[0],
                            &v[1..4],
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
    fn f100_gradient() {
        check(
            &points![
                [1.22, 0.63, 0.68, 0.85, -0.99, -1.34], [1.04, 0.96, -0.9, 0.76, -0.65, 0.99]
            ],
            Companions {
                f: &|p| f100(&p[0..3], p[3], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = f100_grad(
                        &p[0..3],
                        p[3],
                        p[4],
                        p[5],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f100_vjp(&p[0..3], p[3], p[4], p[5]);
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| f100_graph(&p[0..3], p[3], p[4], p[5]),
                names: &["xs", "x0", "x2", "x1"],
                jvp: &|p, t| f100_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = f100_hvp(
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
    fn f101_gradient() {
        check(
            &points![
                [-0.54, -0.24, 1.15, -0.94, -1.26, 0.98, -1.15], [1.17, 0.49, 0.69,
                0.96, 1.0, 1.06, 1.39]
            ],
            Companions {
                f: &|p| f101(&p[0..3], &p[3..6], 4, p[6]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f101_grad(&p[0..3], &p[3..6], 4, p[6]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f101_vjp(&p[0..3], &p[3..6], 4, p[6]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f101_graph(&p[0..3], &p[3..6], 4, p[6]),
                names: &["xs", "ys", "x0"],
                jvp: &|p, t| f101_jvp(
                    &p[0..3],
                    &p[3..6],
                    4,
                    p[6],
                    &t[0..3],
                    &t[3..6],
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f101_hvp(
                            &p[0..3],
                            &p[3..6],
                            4,
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
    fn f102_gradient() {
        check(
            &points![
                [0.42, -0.28, -0.77, 1.17, -1.34], [-0.51, -0.9, -0.41, -0.92,
                1.14]
            ],
            Companions {
                f: &|p| f102(&p[0..3], p[3], 2, p[4]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f102_grad(&p[0..3], p[3], 2, p[4]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f102_vjp(&p[0..3], p[3], 2, p[4]);
                    let (g0, g1, (), g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f102_graph(&p[0..3], p[3], 2, p[4]),
                names: &["xs", "x0", "x1"],
                jvp: &|p, t| f102_jvp(&p[0..3], p[3], 2, p[4], &t[0..3], t[3], t[4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f102_hvp(
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
    fn f103_gradient() {
        check(
            &points![
                [0.39, -0.71, 1.4, -0.84, -0.68, -0.82], [-0.94, 1.38, -0.23, -0.62, 0.45, -0.51]
            ],
            Companions {
                f: &|p| f103(&p[0..4], p[4], p[5]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f103_grad(&p[0..4], p[4], p[5]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f103_vjp(&p[0..4], p[4], p[5]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f103_graph(&p[0..4], p[4], p[5]),
                names: &["xs", "x1", "x0"],
                jvp: &|p, t| f103_jvp(&p[0..4], p[4], p[5], &t[0..4], t[4], t[5]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f103_hvp(
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
    fn f104_gradient() {
        check(
            &points![[1.11, -1.19], [-0.99, -0.39]],
            Companions {
                f: &|p| f104(p[0], 2, p[1]),
                grad: &|p| {
                    let (value, (g0, g1)) = f104_grad(p[0], 2, p[1]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f104_vjp(p[0], 2, p[1]);
                    let (g0, (), g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f104_graph(p[0], 2, p[1]),
                names: &["x0", "x1"],
                jvp: &|p, t| f104_jvp(p[0], 2, p[1], t[0], t[1]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f104_hvp(
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
    fn f105_gradient() {
        check(
            &points![[0.94, 0.3, 0.42, 1.12], [0.21, 0.22, -1.09, 1.36]],
            Companions {
                f: &|p| f105(p[0], &p[1..4]),
                grad: &|p| {
                    let (value, (g0, g1)) = f105_grad(p[0], &p[1..4]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f105_vjp(p[0], &p[1..4]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| f105_graph(p[0], &p[1..4]),
                names: &["x0", "xs"],
                jvp: &|p, t| f105_jvp(p[0], &p[1..4], t[0], &t[1..4]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = f105_hvp(
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
    fn f106_gradient() {
        check(
            &points![[0.59, -1.16, -1.39, -0.53], [-0.44, -0.32, 0.85, 0.69]],
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
            &points![[1.19, -0.77, 0.61], [0.28, -1.03, -1.13]],
            Companions {
                f: &|p| f107(p[0], p[1], p[2]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = f107_grad(p[0], p[1], p[2]);
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f107_vjp(p[0], p[1], p[2]);
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| f107_graph(p[0], p[1], p[2]),
                names: &["x2", "x0", "x1"],
                jvp: &|p, t| f107_jvp(p[0], p[1], p[2], t[0], t[1], t[2]),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = f107_hvp(
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
    fn f108_gradient() {
        check(
            &points![[-0.91], [-1.13]],
            Companions {
                f: &|p| f108(2, p[0]),
                grad: &|p| {
                    let (value, g0) = f108_grad(2, p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f108_vjp(2, p[0]);
                    let ((), g0) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f108_graph(2, p[0]),
                names: &["x0"],
                jvp: &|p, t| f108_jvp(2, p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f108_hvp(2, p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn f109_gradient() {
        check(
            &points![[-1.2], [-1.14]],
            Companions {
                f: &|p| f109(p[0]),
                grad: &|p| {
                    let (value, g0) = f109_grad(p[0]);
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = f109_vjp(p[0]);
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| f109_graph(p[0]),
                names: &["x0"],
                jvp: &|p, t| f109_jvp(p[0], t[0]),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = f109_hvp(p[0], v[0]);
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn g000_gradient() {
        check(
            &points![
                [0.52, 0.33, -0.51, 1.14, -1.1, -0.38, 0.32, 0.2, 0.85, 1.3, 0.35, -0.49, 0.37, -0.68, -0.4, 0.35], [1.35, -0.29, 1.17, 0.32, -0.78, -1.16, -0.89, -0.6, -0.85, 0.94, -0.85, -1.01, -0.88, 0.86, 0.61, -1.26]
            ],
            Companions {
                f: &|p| g000(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                grad: &|p| {
                    let (value, (g0, g1)) = g000_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g000_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g000_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16])),
                names: &["a", "u"],
                jvp: &|p, t| g000_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g000_hvp(
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
    fn g001_gradient() {
        check(
            &points![
                [0.24, -0.42, -0.21, -1.18, 0.37, 0.67, -0.22, 0.37, -0.23, -0.81,
                0.21, -0.77, -0.29, 1.36, -1.35, 1.09, -0.6, 1.23, -0.82, -1.36,
                1.04, 1.21, 1.23, -0.37, 0.97, -0.66, 0.46, -0.9, 0.86, 1.11, 1.04],
                [0.77, -0.44, 0.85, 0.88, -0.58, -0.33, 0.65, 0.61, -1.3, -0.67, -0.39, -0.99, -0.43, 0.37, -0.67, 0.69, -0.96, 1.24, -0.9, 0.24,
                0.93, 0.22, 0.7, 1.39, 0.38, 1.2, -0.3, -0.45, 0.66, -1.38, 1.0]
            ],
            Companions {
                f: &|p| g001(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g001_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g001_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr2(&p[3..15], 3, 4),
                        &arr1(&p[15..19]),
                        &arr2(&p[19..31], 3, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g001_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr2(&p[3..15], 3, 4),
                    &arr1(&p[15..19]),
                    &arr2(&p[19..31], 3, 4),
                ),
                names: &["c", "a", "u", "b"],
                jvp: &|p, t| g001_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g001_hvp(
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
    fn g002_gradient() {
        check(
            &points![
                [-1.39, 0.41, -1.4, 1.27, 1.01, 0.59, -0.57, -0.89, 1.07, -0.84,
                0.5, -1.12, 1.32, -0.53, -0.98, 0.84], [-1.13, 0.68, -0.93, -0.83,
                -0.37, 1.17, -0.9, -1.16, 0.45, -1.26, 0.58, -0.68, -1.17, 1.23,
                1.09, 0.54]
            ],
            Companions {
                f: &|p| g002(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g002_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g002_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..16], 3, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g002_graph(&arr1(&p[0..4]), &arr2(&p[4..16], 3, 4)),
                names: &["u", "a"],
                jvp: &|p, t| g002_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..16], 3, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..16], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g002_hvp(
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
    fn g003_gradient() {
        check(
            &points![
                [1.04, -1.0, 1.04, 0.76, 1.12, 0.4, 1.05, -1.22, 1.04, -0.28, -0.99,
                0.63, -0.32, 0.96, 0.31, 0.91, -0.59, -0.73, 1.31, 1.19, 0.34, 1.04, -0.56, 0.62, -1.23, 0.71, -0.96, 1.39], [-1.36, -0.76, 0.55, 0.66,
                0.92, 0.3, 1.07, -1.34, 1.21, 0.23, -0.59, -1.01, -1.33, -1.1, 1.36,
                1.18, 0.54, -0.68, 0.31, -0.59, -0.21, -0.59, 0.27, 1.36, -1.07, -0.84, -0.25, 0.92]
            ],
            Companions {
                f: &|p| g003(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g003_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr1(&p[24..28]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g003_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        &arr1(&p[24..28]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g003_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g003_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    &arr1(&p[24..28]),
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    &arr1(&t[24..28]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g003_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            &arr1(&p[24..28]),
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            &arr1(&v[24..28]),
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g004_gradient() {
        check(
            &points![
                [-0.97, -1.34, 1.37, 0.44, 0.44, -0.7, -0.9, 0.39, 0.29], [-0.67, -0.43, -0.66, -1.09, -0.79, -1.26, 0.94, -1.08, 0.81]
            ],
            Companions {
                f: &|p| g004(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g004_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g004_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g004_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g004_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g004_hvp(
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
    fn g005_gradient() {
        check(
            &points![
                [-1.17, 0.21, 1.08, -1.38, -0.99, -1.35, 0.85, 1.04, -1.3, 0.88, -0.91, 0.66, 0.81], [-1.22, 0.26, -0.69, -1.19, 0.35, -0.78, -0.34, -0.84, 0.26, -1.17, -0.98, 1.31, -0.33]
            ],
            Companions {
                f: &|p| g005(&arr2(&p[0..6], 3, 2), p[6], &arr2(&p[7..13], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g005_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g005_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr2(&p[7..13], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g005_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                ),
                names: &["a", "x0", "b"],
                jvp: &|p, t| g005_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr2(&p[7..13], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr2(&t[7..13], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g005_hvp(
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
    fn g006_gradient() {
        check(
            &points![
                [-0.73, 0.68, -0.63, -0.63, -0.21, 1.23, 1.12, -1.36, -1.25, 0.26,
                -1.15, 0.77], [0.88, 0.64, 0.23, 0.62, -0.81, -1.28, 0.25, -0.99,
                0.97, 1.09, 1.08, 0.77]
            ],
            Companions {
                f: &|p| g006(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..6], 1, 3),
                    &arr2(&p[6..12], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g006_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..6], 1, 3),
                        &arr2(&p[6..12], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g006_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr2(&p[3..6], 1, 3),
                        &arr2(&p[6..12], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g006_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..6], 1, 3),
                    &arr2(&p[6..12], 2, 3),
                ),
                names: &["w", "x0", "d", "a"],
                jvp: &|p, t| g006_jvp(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr2(&p[3..6], 1, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&t[0..2]),
                    t[2],
                    &arr2(&t[3..6], 1, 3),
                    &arr2(&t[6..12], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g006_hvp(
                            &arr1(&p[0..2]),
                            p[2],
                            &arr2(&p[3..6], 1, 3),
                            &arr2(&p[6..12], 2, 3),
                            &arr1(&v[0..2]),
                            v[2],
                            &arr2(&v[3..6], 1, 3),
                            &arr2(&v[6..12], 2, 3),
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
                [1.1, 1.11, 0.68, -1.35, -1.16, -1.13, 1.26, -0.84, -0.89, 0.3, -0.87, -0.84, -1.27, 1.13, 1.32, 0.52, 0.31, 0.23, 0.74, 0.99, -0.83, -0.62, 1.19, -0.85, 0.54, -0.46, 0.29, -0.26], [-0.23, -1.15, -1.32,
                -0.73, -1.06, 0.63, 0.41, -1.05, -0.63, -0.27, 1.05, -0.7, -0.8, -1.27, -1.0, 0.52, 1.25, 0.57, -0.44, -0.76, 0.66, 0.77, -0.52, -0.94, 0.81, 0.43, 0.54, 0.52]
            ],
            Companions {
                f: &|p| g007(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g007_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g007_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        &arr2(&p[16..28], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g007_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                ),
                names: &["a", "u", "b"],
                jvp: &|p, t| g007_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    &arr2(&p[16..28], 3, 4),
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    &arr2(&t[16..28], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g007_hvp(
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
    fn g008_gradient() {
        check(
            &points![
                [-1.39, 0.9, 1.08, -0.3, 0.95, -1.04, 0.39], [-0.62, -1.38, -0.81,
                1.17, -1.34, -1.05, -0.48]
            ],
            Companions {
                f: &|p| g008(&arr2(&p[0..6], 2, 3), p[6]),
                grad: &|p| {
                    let (value, (g0, g1)) = g008_grad(&arr2(&p[0..6], 2, 3), p[6]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g008_vjp(&arr2(&p[0..6], 2, 3), p[6]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g008_graph(&arr2(&p[0..6], 2, 3), p[6]),
                names: &["a", "x0"],
                jvp: &|p, t| g008_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g008_hvp(
                            &arr2(&p[0..6], 2, 3),
                            p[6],
                            &arr2(&v[0..6], 2, 3),
                            v[6],
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g009_gradient() {
        check(
            &points![
                [1.21, -0.81, -1.25, 0.8, 1.12, -0.72, -0.51, -0.3, -0.55, 0.58, -0.36, -1.17, -0.94, -1.23, 1.03, -0.72, 0.78, -0.65, -0.5, 0.58,
                1.39, -0.45, -0.38, -0.42, 0.23], [-0.49, -1.24, -0.44, -0.92, -0.27, -1.29, -0.46, 0.48, -1.17, -0.29, -1.19, -1.23, 1.26, -0.44,
                -0.96, -0.88, -0.56, -1.07, -0.78, -0.9, 1.09, -0.24, -1.0, 1.06,
                1.33]
            ],
            Companions {
                f: &|p| g009(&arr2(&p[0..12], 3, 4), &arr2(&p[12..24], 3, 4), p[24]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g009_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        p[24],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g009_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr2(&p[12..24], 3, 4),
                        p[24],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g009_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    p[24],
                ),
                names: &["a", "b", "x1"],
                jvp: &|p, t| g009_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr2(&p[12..24], 3, 4),
                    p[24],
                    &arr2(&t[0..12], 3, 4),
                    &arr2(&t[12..24], 3, 4),
                    t[24],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g009_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr2(&p[12..24], 3, 4),
                            p[24],
                            &arr2(&v[0..12], 3, 4),
                            &arr2(&v[12..24], 3, 4),
                            v[24],
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
                [0.28, 0.74, 0.27, 0.86, -1.21, 0.56, 0.85, 0.3, -1.31, 0.52, 0.49],
                [1.07, 0.49, 0.6, -0.9, 0.88, 1.38, 1.32, 1.05, -0.53, -0.83, 0.78]
            ],
            Companions {
                f: &|p| g010(&arr2(&p[0..6], 3, 2), &arr1(&p[6..9]), &arr1(&p[9..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g010_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g010_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g010_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                ),
                names: &["a", "w", "u"],
                jvp: &|p, t| g010_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..9]),
                    &arr1(&t[9..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g010_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..9]),
                            &arr1(&p[9..11]),
                            &arr2(&v[0..6], 3, 2),
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
    fn g011_gradient() {
        check(
            &points![
                [-0.82, 0.87, -0.77, -0.44, 1.33, -1.05, -0.62, 0.25, 0.94, 1.2], [-0.82, -0.2, -1.31, 0.52, 1.15, 0.29, -0.26, -0.82, 1.24, -1.22]
            ],
            Companions {
                f: &|p| g011(p[0], &arr2(&p[1..4], 1, 3), &arr2(&p[4..10], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g011_grad(
                        p[0],
                        &arr2(&p[1..4], 1, 3),
                        &arr2(&p[4..10], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g011_vjp(
                        p[0],
                        &arr2(&p[1..4], 1, 3),
                        &arr2(&p[4..10], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g011_graph(
                    p[0],
                    &arr2(&p[1..4], 1, 3),
                    &arr2(&p[4..10], 2, 3),
                ),
                names: &["x0", "d", "a"],
                jvp: &|p, t| g011_jvp(
                    p[0],
                    &arr2(&p[1..4], 1, 3),
                    &arr2(&p[4..10], 2, 3),
                    t[0],
                    &arr2(&t[1..4], 1, 3),
                    &arr2(&t[4..10], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g011_hvp(
                            p[0],
                            &arr2(&p[1..4], 1, 3),
                            &arr2(&p[4..10], 2, 3),
                            v[0],
                            &arr2(&v[1..4], 1, 3),
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
                [-0.25, 0.73, -0.42, -0.58, 0.88, -1.21, -1.3, 0.35, -1.31, 0.57,
                0.24, 1.2, 0.69, 0.93, -0.55], [0.72, 1.28, 0.47, -0.31, -0.28, 0.58,
                -1.35, 0.25, 0.84, -0.26, -0.34, -0.23, -1.03, 0.93, 1.36]
            ],
            Companions {
                f: &|p| g012(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g012_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g012_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr2(&p[6..12], 2, 3),
                        &arr1(&p[12..15]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g012_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                ),
                names: &["a", "b", "u"],
                jvp: &|p, t| g012_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr2(&p[6..12], 2, 3),
                    &arr1(&p[12..15]),
                    &arr2(&t[0..6], 2, 3),
                    &arr2(&t[6..12], 2, 3),
                    &arr1(&t[12..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g012_hvp(
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
    fn g013_gradient() {
        check(
            &points![
                [0.5, 0.82, -1.01, 1.21, -0.99, -0.24, 0.75, 0.44, -0.8, 0.47, 0.77,
                0.4], [-0.37, -0.22, 0.89, -0.55, -0.23, 1.36, 0.68, -0.58, -0.98,
                -0.88, -0.34, 0.51]
            ],
            Companions {
                f: &|p| g013(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g013_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g013_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g013_graph(&arr2(&p[0..6], 3, 2), &arr2(&p[6..12], 3, 2)),
                names: &["a", "b"],
                jvp: &|p, t| g013_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g013_hvp(
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
    fn g014_gradient() {
        check(
            &points![
                [-0.32, 1.1, 1.28, -0.44, -0.71, -1.16, 0.28, 1.2, 0.86, 0.6, 1.1,
                0.58, -1.4, -0.63, -1.18, -0.51, -1.17], [0.85, 0.99, -0.38, 0.65,
                -0.51, 1.12, 1.25, -1.11, -1.13, -0.62, -0.88, 1.29, -0.59, -0.92,
                -0.29, -0.34, -0.55]
            ],
            Companions {
                f: &|p| g014(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    &arr2(&p[15..17], 1, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g014_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                        &arr2(&p[15..17], 1, 2),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g014_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                        &arr2(&p[9..15], 3, 2),
                        &arr2(&p[15..17], 1, 2),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g014_graph(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    &arr2(&p[15..17], 1, 2),
                ),
                names: &["x0", "a", "u", "b", "d"],
                jvp: &|p, t| g014_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    &arr2(&p[9..15], 3, 2),
                    &arr2(&p[15..17], 1, 2),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..9]),
                    &arr2(&t[9..15], 3, 2),
                    &arr2(&t[15..17], 1, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g014_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr1(&p[7..9]),
                            &arr2(&p[9..15], 3, 2),
                            &arr2(&p[15..17], 1, 2),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            &arr1(&v[7..9]),
                            &arr2(&v[9..15], 3, 2),
                            &arr2(&v[15..17], 1, 2),
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
                [-0.44, -0.5, 0.53, -0.97, -0.65, -1.02, 0.8, 0.99, 1.17, 0.29, -1.19, -0.92, 1.02, 0.82, 0.69], [0.93, -1.03, 0.63, -1.24, -0.62,
                1.12, 1.13, -0.33, 1.05, -0.84, 0.84, -0.23, -1.34, -0.96, 1.04]
            ],
            Companions {
                f: &|p| g015(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g015_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g015_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..9], 2, 3),
                        &arr2(&p[9..15], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g015_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                ),
                names: &["u", "b", "a"],
                jvp: &|p, t| g015_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..9], 2, 3),
                    &arr2(&p[9..15], 2, 3),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..9], 2, 3),
                    &arr2(&t[9..15], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g015_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..9], 2, 3),
                            &arr2(&p[9..15], 2, 3),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..9], 2, 3),
                            &arr2(&v[9..15], 2, 3),
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
                [1.38, 0.62, 1.32, 0.74, 1.2, -0.83, 1.26, 1.36, 0.68, 0.54, 0.72, -1.22, 0.82, -1.01, 1.27, 0.99, -0.8, -0.68, -0.48, -0.97, -1.0], [-0.61, -0.56, 0.87, 1.01, 1.39, -1.3, -0.42, -0.3, 0.84, -1.23, 0.35,
                -0.71, -0.38, 0.57, 0.42, -1.17, -0.89, 0.69, 0.52, 0.35, -0.74]
            ],
            Companions {
                f: &|p| g016(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g016_grad(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                        &arr2(&p[13..21], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g016_vjp(
                        &arr1(&p[0..4]),
                        &arr2(&p[4..12], 2, 4),
                        p[12],
                        &arr2(&p[13..21], 2, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g016_graph(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                ),
                names: &["u", "b", "x0", "a"],
                jvp: &|p, t| g016_jvp(
                    &arr1(&p[0..4]),
                    &arr2(&p[4..12], 2, 4),
                    p[12],
                    &arr2(&p[13..21], 2, 4),
                    &arr1(&t[0..4]),
                    &arr2(&t[4..12], 2, 4),
                    t[12],
                    &arr2(&t[13..21], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g016_hvp(
                            &arr1(&p[0..4]),
                            &arr2(&p[4..12], 2, 4),
                            p[12],
                            &arr2(&p[13..21], 2, 4),
                            &arr1(&v[0..4]),
                            &arr2(&v[4..12], 2, 4),
                            v[12],
                            &arr2(&v[13..21], 2, 4),
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
                [-0.48, -1.08, -1.14, -1.39, -0.92, -0.93, -1.3, -0.25], [-0.89,
                0.79, 0.91, 0.54, -1.31, -0.99, -1.25, -0.35]
            ],
            Companions {
                f: &|p| g017(&arr2(&p[0..6], 2, 3), &arr1(&p[6..8])),
                grad: &|p| {
                    let (value, (g0, g1)) = g017_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g017_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..8]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g017_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..8])),
                names: &["a", "w"],
                jvp: &|p, t| g017_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..8]),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..8]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g017_hvp(
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
    fn g018_gradient() {
        check(
            &points![
                [0.6, 1.25, -1.36, -0.68, -1.03, -0.85, 0.77, -0.32, -1.12, -0.64,
                1.09], [1.03, -1.35, -1.13, -0.92, -1.36, 1.38, 0.63, 0.34, -0.24, -0.28, -0.33]
            ],
            Companions {
                f: &|p| g018(&arr1(&p[0..3]), &arr1(&p[3..5]), &arr2(&p[5..11], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g018_grad(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g018_vjp(
                        &arr1(&p[0..3]),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g018_graph(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                ),
                names: &["w", "u", "a"],
                jvp: &|p, t| g018_jvp(
                    &arr1(&p[0..3]),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr1(&t[0..3]),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g018_hvp(
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
    fn g019_gradient() {
        check(
            &points![
                [0.96, -0.97, -1.32, 0.72, 0.7, 0.91, -0.9, -0.48, -0.26, -1.21, -0.81], [-1.03, 0.88, -1.26, -0.75, -0.62, 1.18, -0.27, -0.92, -1.09, -1.39, -0.9]
            ],
            Companions {
                f: &|p| g019(p[0], p[1], &arr2(&p[2..8], 2, 3), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g019_grad(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g019_vjp(
                        p[0],
                        p[1],
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g019_graph(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                ),
                names: &["x0", "x1", "a", "u"],
                jvp: &|p, t| g019_jvp(
                    p[0],
                    p[1],
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                    t[0],
                    t[1],
                    &arr2(&t[2..8], 2, 3),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g019_hvp(
                            p[0],
                            p[1],
                            &arr2(&p[2..8], 2, 3),
                            &arr1(&p[8..11]),
                            v[0],
                            v[1],
                            &arr2(&v[2..8], 2, 3),
                            &arr1(&v[8..11]),
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
                [0.72, -1.07, -1.35, -0.93, -0.26, -1.08, -0.42, -0.73, 0.31],
                [1.22, 0.64, -0.28, 0.85, -0.29, 0.82, 0.5, 1.03, 0.51]
            ],
            Companions {
                f: &|p| g020(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g020_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g020_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g020_graph(p[0], &arr2(&p[1..7], 3, 2), &arr1(&p[7..9])),
                names: &["x0", "a", "u"],
                jvp: &|p, t| g020_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..9]),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g020_hvp(
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
    fn g021_gradient() {
        check(
            &points![
                [0.79, -0.61, 0.22, 0.68, 1.34, 0.97, 0.57, 1.02], [0.28, 1.01, -1.18,
                -1.39, -1.26, -0.56, 0.97, -0.57]
            ],
            Companions {
                f: &|p| g021(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1)) = g021_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g021_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g021_graph(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2)),
                names: &["u", "a"],
                jvp: &|p, t| g021_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g021_hvp(
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
    fn g022_gradient() {
        check(
            &points![
                [1.2, 1.31, -0.36, -0.46, 0.33, 0.61, -0.27, 0.39, -1.19, 1.0, 0.41,
                -0.66, 0.9, -0.21, -1.23, -0.46, -0.23], [-1.32, 0.75, 1.11, -1.08, -1.4, 0.37, 1.12, 0.85, 0.41, -1.24, 0.22, -0.65, 0.55, -1.1,
                0.78, 0.55, 1.22]
            ],
            Companions {
                f: &|p| g022(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g022_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr2(&p[11..17], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g022_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        &arr2(&p[11..17], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g022_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                ),
                names: &["c", "u", "a", "b"],
                jvp: &|p, t| g022_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    &arr2(&p[11..17], 3, 2),
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                    &arr2(&t[11..17], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g022_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            &arr2(&p[11..17], 3, 2),
                            &arr2(&v[0..3], 3, 1),
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
    fn g023_gradient() {
        check(
            &points![
                [-0.41, 0.23, -0.32, 1.18, -0.34, 0.59, 0.9, 1.39, 0.27, 0.44, 0.96,
                1.02, 0.53, 1.2, -0.62, -0.37], [0.8, 0.25, -0.64, 0.21, -1.31, -1.39, -0.44, 0.62, 0.87, -0.57, 1.0, 0.3, 0.57, 1.34, -0.54, 1.28]
            ],
            Companions {
                f: &|p| g023(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g023_grad(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                        &arr2(&p[10..16], 2, 3),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g023_vjp(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                        &arr2(&p[10..16], 2, 3),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g023_graph(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 2, 3),
                ),
                names: &["b", "x0", "u", "a"],
                jvp: &|p, t| g023_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 2, 3),
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                    &arr1(&t[7..10]),
                    &arr2(&t[10..16], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g023_hvp(
                            &arr2(&p[0..6], 2, 3),
                            p[6],
                            &arr1(&p[7..10]),
                            &arr2(&p[10..16], 2, 3),
                            &arr2(&v[0..6], 2, 3),
                            v[6],
                            &arr1(&v[7..10]),
                            &arr2(&v[10..16], 2, 3),
                        );
                        (value, flat![g0, g1, g2, g3], flat![h0, h1, h2, h3])
                    },
                ),
            },
        );
    }
    #[test]
    fn g024_gradient() {
        check(
            &points![
                [0.65, 0.5, -0.27, -0.44, -0.99, -0.6, 0.46, 1.02, 1.35], [-1.1,
                1.23, 0.44, 0.61, 0.64, 0.2, 0.76, 1.35, -0.26]
            ],
            Companions {
                f: &|p| g024(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g024_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g024_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        &arr1(&p[7..9]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g024_graph(&arr2(&p[0..6], 3, 2), p[6], &arr1(&p[7..9])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g024_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    &arr1(&p[7..9]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    &arr1(&t[7..9]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g024_hvp(
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
    fn g025_gradient() {
        check(
            &points![
                [1.04, 0.38, 0.41, -0.36, 1.07, -1.33, 0.65, -0.37, 0.92, 1.26, 1.26,
                0.74, 0.37, 1.07, 0.42, -0.37, 0.5, -0.97, 0.4, 1.29, -1.12, 1.34,
                0.74, -0.85, -0.46, -0.64, -0.58, 0.84], [1.34, 1.14, -0.71, 0.33, -1.08, -0.87, -1.27, 1.28, -0.53, 0.35, -0.42, -1.35, 0.5, -0.57,
                0.83, -1.38, 0.5, -0.69, 0.9, 0.7, -0.94, 1.17, 1.07, -0.99, -0.41,
                0.24, -1.11, 0.64]
            ],
            Companions {
                f: &|p| g025(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                    p[27],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g025_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..27], 3, 4),
                        p[27],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g025_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..27], 3, 4),
                        p[27],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g025_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                    p[27],
                ),
                names: &["w", "a", "b", "x1"],
                jvp: &|p, t| g025_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..27], 3, 4),
                    p[27],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    &arr2(&t[15..27], 3, 4),
                    t[27],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g025_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            &arr2(&p[15..27], 3, 4),
                            p[27],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            &arr2(&v[15..27], 3, 4),
                            v[27],
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
                [0.62, 0.64, 0.7, 1.36, 0.46, 1.21, -0.78, 0.58, -1.14, 0.72, -0.47,
                0.97, 0.32, -0.23, -0.99, 0.34, -0.41], [1.31, -0.5, 0.91, -0.69, -0.61, 1.27, -0.66, 0.23, -0.78, -0.4, 0.85, -0.95, -0.25, -0.51,
                0.2, 0.94, -1.26]
            ],
            Companions {
                f: &|p| g026(&arr2(&p[0..8], 2, 4), &arr2(&p[8..16], 2, 4), p[16]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g026_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        p[16],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g026_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr2(&p[8..16], 2, 4),
                        p[16],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g026_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    p[16],
                ),
                names: &["a", "b", "x0"],
                jvp: &|p, t| g026_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr2(&p[8..16], 2, 4),
                    p[16],
                    &arr2(&t[0..8], 2, 4),
                    &arr2(&t[8..16], 2, 4),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g026_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&p[8..16], 2, 4),
                            p[16],
                            &arr2(&v[0..8], 2, 4),
                            &arr2(&v[8..16], 2, 4),
                            v[16],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g027_gradient() {
        check(
            &points![
                [1.18, 1.28, -0.94, -0.3, 0.51, 1.11, 1.39, -1.13, -1.1, 0.22, 0.92,
                1.27], [-0.88, 1.24, 0.71, -1.05, -1.07, -0.95, 0.82, 0.76, -0.31, -1.34, 1.34, -1.1]
            ],
            Companions {
                f: &|p| g027(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    p[11],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g027_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        p[11],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g027_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..5]),
                        &arr2(&p[5..11], 3, 2),
                        p[11],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g027_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    p[11],
                ),
                names: &["c", "u", "a", "x0"],
                jvp: &|p, t| g027_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..5]),
                    &arr2(&p[5..11], 3, 2),
                    p[11],
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..5]),
                    &arr2(&t[5..11], 3, 2),
                    t[11],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g027_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..5]),
                            &arr2(&p[5..11], 3, 2),
                            p[11],
                            &arr2(&v[0..3], 3, 1),
                            &arr1(&v[3..5]),
                            &arr2(&v[5..11], 3, 2),
                            v[11],
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
                [-0.32, 1.18, -1.1, -0.38, 0.66, -0.26, -1.35, 0.79], [-1.1, 1.05,
                -0.44, 0.72, 0.5, -1.23, 0.28, -1.39]
            ],
            Companions {
                f: &|p| g028(&arr2(&p[0..8], 2, 4)),
                grad: &|p| {
                    let (value, g0) = g028_grad(&arr2(&p[0..8], 2, 4));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g028_vjp(&arr2(&p[0..8], 2, 4));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g028_graph(&arr2(&p[0..8], 2, 4)),
                names: &["a"],
                jvp: &|p, t| g028_jvp(&arr2(&p[0..8], 2, 4), &arr2(&t[0..8], 2, 4)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g028_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&v[0..8], 2, 4),
                        );
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn g029_gradient() {
        check(
            &points![
                [-1.39, 0.76, 0.57, 0.48, -0.57, 0.95, -0.23, 1.21, -0.88, -1.4,
                0.63, 1.35, -1.22, 0.27, -1.25, -0.6, -1.25, -0.37, -1.12, 1.1,
                1.28, -0.2], [1.4, 0.66, 0.77, 1.31, 0.98, 1.17, 0.92, 1.02, -1.34, -0.87, 0.43, 0.32, 0.6, -1.07, 1.2, 0.92, 0.65, -1.13, -0.91, 0.47,
                0.9, 0.78]
            ],
            Companions {
                f: &|p| g029(
                    p[0],
                    &arr1(&p[1..5]),
                    p[5],
                    &arr2(&p[6..14], 2, 4),
                    &arr2(&p[14..22], 2, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g029_grad(
                        p[0],
                        &arr1(&p[1..5]),
                        p[5],
                        &arr2(&p[6..14], 2, 4),
                        &arr2(&p[14..22], 2, 4),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g029_vjp(
                        p[0],
                        &arr1(&p[1..5]),
                        p[5],
                        &arr2(&p[6..14], 2, 4),
                        &arr2(&p[14..22], 2, 4),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g029_graph(
                    p[0],
                    &arr1(&p[1..5]),
                    p[5],
                    &arr2(&p[6..14], 2, 4),
                    &arr2(&p[14..22], 2, 4),
                ),
                names: &["x0", "u", "x1", "b", "a"],
                jvp: &|p, t| g029_jvp(
                    p[0],
                    &arr1(&p[1..5]),
                    p[5],
                    &arr2(&p[6..14], 2, 4),
                    &arr2(&p[14..22], 2, 4),
                    t[0],
                    &arr1(&t[1..5]),
                    t[5],
                    &arr2(&t[6..14], 2, 4),
                    &arr2(&t[14..22], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g029_hvp(
                            p[0],
                            &arr1(&p[1..5]),
                            p[5],
                            &arr2(&p[6..14], 2, 4),
                            &arr2(&p[14..22], 2, 4),
                            v[0],
                            &arr1(&v[1..5]),
                            v[5],
                            &arr2(&v[6..14], 2, 4),
                            &arr2(&v[14..22], 2, 4),
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
                [-0.74, 1.1, -0.23, -0.78, 1.3, 0.84, -0.8, -0.98, -1.17, -1.29,
                0.56, -1.3, 1.27, 0.82, 0.96, 1.33, 0.71, -0.58, 0.91, 0.62], [0.42,
                0.35, 0.96, -1.36, 0.22, 0.81, 0.89, -1.06, 0.34, 0.46, 0.68, 1.28, -0.28, 0.38, -0.73, -1.37, 0.62, 1.16, -0.91, 1.18]
            ],
            Companions {
                f: &|p| g030(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..19], 3, 4),
                    p[19],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g030_grad(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..6]),
                        p[6],
                        &arr2(&p[7..19], 3, 4),
                        p[19],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g030_vjp(
                        &arr2(&p[0..3], 3, 1),
                        &arr1(&p[3..6]),
                        p[6],
                        &arr2(&p[7..19], 3, 4),
                        p[19],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g030_graph(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..19], 3, 4),
                    p[19],
                ),
                names: &["c", "w", "x0", "a", "x1"],
                jvp: &|p, t| g030_jvp(
                    &arr2(&p[0..3], 3, 1),
                    &arr1(&p[3..6]),
                    p[6],
                    &arr2(&p[7..19], 3, 4),
                    p[19],
                    &arr2(&t[0..3], 3, 1),
                    &arr1(&t[3..6]),
                    t[6],
                    &arr2(&t[7..19], 3, 4),
                    t[19],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g030_hvp(
                            &arr2(&p[0..3], 3, 1),
                            &arr1(&p[3..6]),
                            p[6],
                            &arr2(&p[7..19], 3, 4),
                            p[19],
                            &arr2(&v[0..3], 3, 1),
                            &arr1(&v[3..6]),
                            v[6],
                            &arr2(&v[7..19], 3, 4),
                            v[19],
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
                [-1.08, -0.93, 0.55, 1.22, -1.01, -1.15, 1.23, -0.92, 1.09, -0.88],
                [1.06, 0.92, 1.24, -0.41, -1.32, 1.19, -1.21, -1.36, -0.73, -1.29]
            ],
            Companions {
                f: &|p| g031(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g031_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g031_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        p[9],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g031_graph(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), p[9]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g031_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    p[9],
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    t[9],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g031_hvp(
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
    fn g032_gradient() {
        check(
            &points![
                [0.68, 0.21, -0.7, 0.27, 0.51, 0.76, -1.16, -0.99, -0.84, 1.12, 1.26,
                -1.0, -0.76, 0.56, 1.28, -0.6, -1.22, 0.21, -1.15], [-0.78, -0.75,
                0.55, 0.85, -1.35, -0.74, 0.58, -1.17, 0.4, 0.55, 0.98, 0.79, 0.21, -0.97, 0.54, -0.66, 1.1, 0.29, 0.75]
            ],
            Companions {
                f: &|p| g032(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..19]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4, g5)) = g032_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                        &arr2(&p[10..16], 3, 2),
                        &arr1(&p[16..19]),
                    );
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g032_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                        &arr2(&p[10..16], 3, 2),
                        &arr1(&p[16..19]),
                    );
                    let (g0, g1, g2, g3, g4, g5) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4, g5])
                },
                graph: &|p| g032_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..19]),
                ),
                names: &["b", "x0", "x1", "u", "a", "w"],
                jvp: &|p, t| g032_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&p[10..16], 3, 2),
                    &arr1(&p[16..19]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    t[7],
                    &arr1(&t[8..10]),
                    &arr2(&t[10..16], 3, 2),
                    &arr1(&t[16..19]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (
                            value,
                            (g0, g1, g2, g3, g4, g5),
                            (h0, h1, h2, h3, h4, h5),
                        ) = g032_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            p[7],
                            &arr1(&p[8..10]),
                            &arr2(&p[10..16], 3, 2),
                            &arr1(&p[16..19]),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
                            v[7],
                            &arr1(&v[8..10]),
                            &arr2(&v[10..16], 3, 2),
                            &arr1(&v[16..19]),
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
    fn g033_gradient() {
        check(
            &points![
                [-0.38, -0.93, -1.32, 1.03, -1.21, -0.46, 0.88, 0.54, 0.95, 1.27,
                0.7, -0.31, -0.29, -0.2, 1.26, -0.62, 0.65, 1.3, 0.65, -1.35, -1.26, 1.06, -0.3, -1.28, 0.29, 1.22, -0.59, -0.82, -1.38, -0.36,
                0.57, 0.79], [-0.96, 1.32, 0.5, -1.25, 0.47, -0.42, 1.14, -0.92, -0.37, 0.74, 0.67, -0.58, 1.02, 1.15, 0.44, 1.36, -1.14, -1.12, -1.33,
                0.48, -0.9, -1.34, 0.69, 0.55, 0.28, -0.64, -1.15, 0.23, 0.62, 0.43,
                -0.46, -0.52]
            ],
            Companions {
                f: &|p| g033(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&p[29..32]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g033_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr2(&p[17..29], 3, 4),
                        &arr1(&p[29..32]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g033_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                        &arr2(&p[17..29], 3, 4),
                        &arr1(&p[29..32]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g033_graph(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&p[17..29], 3, 4),
                    &arr1(&p[29..32]),
                ),
                names: &["b", "u", "x0", "a", "w"],
                jvp: &|p, t| g033_jvp(
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
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g033_hvp(
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
    fn g034_gradient() {
        check(
            &points![
                [1.17, -0.9, -0.41, -0.92, -1.1, -0.78, 0.34, -1.27, -0.26, -0.93, 0.32, 0.35, 0.47, -1.37, 0.56], [-1.1, 0.42, -0.37, -0.46, -1.02, 0.28, -0.72, -1.22, 0.95, -0.85, 0.72, -0.36, -0.81, 0.7, -1.03]
            ],
            Companions {
                f: &|p| g034(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..14]),
                    p[14],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g034_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr2(&p[9..12], 3, 1),
                        &arr1(&p[12..14]),
                        p[14],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g034_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..9]),
                        &arr2(&p[9..12], 3, 1),
                        &arr1(&p[12..14]),
                        p[14],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g034_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..14]),
                    p[14],
                ),
                names: &["a", "w", "c", "u", "x0"],
                jvp: &|p, t| g034_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..9]),
                    &arr2(&p[9..12], 3, 1),
                    &arr1(&p[12..14]),
                    p[14],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..9]),
                    &arr2(&t[9..12], 3, 1),
                    &arr1(&t[12..14]),
                    t[14],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g034_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr1(&p[6..9]),
                            &arr2(&p[9..12], 3, 1),
                            &arr1(&p[12..14]),
                            p[14],
                            &arr2(&v[0..6], 3, 2),
                            &arr1(&v[6..9]),
                            &arr2(&v[9..12], 3, 1),
                            &arr1(&v[12..14]),
                            v[14],
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g035_gradient() {
        check(
            &points![
                [-0.93, -1.28, 0.79, 0.37, -0.26, 1.19, -1.16, -0.26, 1.1, -1.39,
                1.15, -0.33, 0.38, -0.37, 0.95, 0.39], [0.7, 0.26, -1.14, -0.3, -1.27, 1.23, 0.31, -0.85, -0.39, -0.45, -0.27, 0.85, -0.26, -0.35, -0.75, 1.06]
            ],
            Companions {
                f: &|p| g035(&arr1(&p[0..3]), &arr2(&p[3..15], 3, 4), p[15]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g035_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g035_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        p[15],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g035_graph(&arr1(&p[0..3]), &arr2(&p[3..15], 3, 4), p[15]),
                names: &["w", "a", "x0"],
                jvp: &|p, t| g035_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    p[15],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    t[15],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g035_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            p[15],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            v[15],
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
                [1.06, 0.99, -0.36, -1.16, -1.0, -1.03, 1.06, -1.16, -0.42, -1.36,
                0.71, 1.01, 1.27, 0.88, -1.01, -1.18], [0.6, -0.35, -1.05, -0.68,
                0.33, 0.66, 1.37, -1.37, 0.21, -0.32, 0.62, 0.88, -0.92, 0.83, -1.21,
                0.28]
            ],
            Companions {
                f: &|p| g036(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15]), p[15]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g036_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g036_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g036_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15]), p[15]),
                names: &["a", "w", "x0"],
                jvp: &|p, t| g036_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                    t[15],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g036_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            p[15],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                            v[15],
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
                [-0.38, -0.89, -1.11, 1.16, -0.33, 1.18, -1.01, 0.84, 0.48, 0.73,
                0.81], [-1.29, -1.34, -1.31, -0.41, -0.73, 0.4, -0.31, 0.58, 0.48,
                1.2, 0.3]
            ],
            Companions {
                f: &|p| g037(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g037_grad(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g037_vjp(
                        &arr2(&p[0..2], 2, 1),
                        &arr2(&p[2..8], 2, 3),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g037_graph(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                ),
                names: &["c", "a", "u"],
                jvp: &|p, t| g037_jvp(
                    &arr2(&p[0..2], 2, 1),
                    &arr2(&p[2..8], 2, 3),
                    &arr1(&p[8..11]),
                    &arr2(&t[0..2], 2, 1),
                    &arr2(&t[2..8], 2, 3),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g037_hvp(
                            &arr2(&p[0..2], 2, 1),
                            &arr2(&p[2..8], 2, 3),
                            &arr1(&p[8..11]),
                            &arr2(&v[0..2], 2, 1),
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
    fn g038_gradient() {
        check(
            &points![
                [-1.36, -0.54, -0.25, 0.69, -1.1, 1.35, 0.24, -1.17, 1.32, 0.85, -0.61, -0.73], [-1.06, -0.92, -0.63, -1.19, 0.82, -1.05, -0.37,
                0.44, 1.27, 1.17, 1.24, 1.33]
            ],
            Companions {
                f: &|p| g038(&arr2(&p[0..8], 2, 4), &arr1(&p[8..12])),
                grad: &|p| {
                    let (value, (g0, g1)) = g038_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g038_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g038_graph(&arr2(&p[0..8], 2, 4), &arr1(&p[8..12])),
                names: &["a", "u"],
                jvp: &|p, t| g038_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g038_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
                        );
                        (value, flat![g0, g1], flat![h0, h1])
                    },
                ),
            },
        );
    }
    #[test]
    fn g039_gradient() {
        check(
            &points![
                [0.6, 0.29, -0.56, -0.45, 0.22, -0.36, -0.79, -0.8, 0.49, 0.85], [-1.3, -1.34, 0.42, -1.23, -0.27, -1.4, 0.54, 1.22, -1.02, 0.46]
            ],
            Companions {
                f: &|p| g039(&arr2(&p[0..6], 2, 3), p[6], &arr1(&p[7..10])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g039_grad(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g039_vjp(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g039_graph(&arr2(&p[0..6], 2, 3), p[6], &arr1(&p[7..10])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g039_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                    &arr1(&t[7..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g039_hvp(
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
    fn g040_gradient() {
        check(
            &points![
                [-0.43, 1.39, 1.03, -1.2, 1.24, 1.36, 1.29, -0.58, 0.71, 0.69, 1.0],
                [0.92, -0.68, -0.58, -0.5, 1.39, -0.59, 0.69, -1.06, -0.94, 0.44,
                0.5]
            ],
            Companions {
                f: &|p| g040(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g040_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g040_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g040_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                ),
                names: &["u", "a", "w"],
                jvp: &|p, t| g040_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g040_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr1(&p[8..11]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr1(&v[8..11]),
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
                [0.81, -0.69, 0.44, 0.8, 0.7, -0.83, 0.4, 1.34, -0.44, 0.26, -0.4, -0.6, -0.93, 0.69, -1.39, -1.13, 1.32, -0.36, -1.17, -0.86, 1.39,
                0.41, -0.93, 0.32], [-1.19, -0.71, -1.34, 0.64, 1.28, -0.85, -0.56,
                -1.03, -0.25, 1.16, -0.78, -0.85, 0.52, 0.24, -0.85, 1.09, -0.96, -0.27, -0.91, -1.04, -0.87, 1.26, 0.56, 1.29]
            ],
            Companions {
                f: &|p| g041(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..24], 1, 4),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g041_grad(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        &arr2(&p[20..24], 1, 4),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g041_vjp(
                        &arr2(&p[0..8], 2, 4),
                        &arr1(&p[8..12]),
                        &arr2(&p[12..20], 2, 4),
                        &arr2(&p[20..24], 1, 4),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g041_graph(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..24], 1, 4),
                ),
                names: &["a", "u", "b", "d"],
                jvp: &|p, t| g041_jvp(
                    &arr2(&p[0..8], 2, 4),
                    &arr1(&p[8..12]),
                    &arr2(&p[12..20], 2, 4),
                    &arr2(&p[20..24], 1, 4),
                    &arr2(&t[0..8], 2, 4),
                    &arr1(&t[8..12]),
                    &arr2(&t[12..20], 2, 4),
                    &arr2(&t[20..24], 1, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g041_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr1(&p[8..12]),
                            &arr2(&p[12..20], 2, 4),
                            &arr2(&p[20..24], 1, 4),
                            &arr2(&v[0..8], 2, 4),
                            &arr1(&v[8..12]),
                            &arr2(&v[12..20], 2, 4),
                            &arr2(&v[20..24], 1, 4),
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
                [0.89, 1.22, -0.71, 0.43, 0.37, -1.34, -0.66, 0.71, -0.35, -0.49],
                [-0.74, 1.19, -0.45, 0.79, -1.4, -0.66, -1.15, 0.47, -0.28, 0.61]
            ],
            Companions {
                f: &|p| g042(&arr1(&p[0..2]), &arr2(&p[2..10], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g042_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                    );
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g042_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..10], 2, 4),
                    );
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g042_graph(&arr1(&p[0..2]), &arr2(&p[2..10], 2, 4)),
                names: &["w", "a"],
                jvp: &|p, t| g042_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..10], 2, 4),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..10], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g042_hvp(
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
    fn g043_gradient() {
        check(
            &points![
                [-0.63, 0.42, -0.78, 0.72, -1.04, -1.28, -0.99, 1.17], [-0.55, -0.52, -0.57, -1.38, 0.7, 0.22, -0.68, 0.6]
            ],
            Companions {
                f: &|p| g043(&arr2(&p[0..8], 2, 4)),
                grad: &|p| {
                    let (value, g0) = g043_grad(&arr2(&p[0..8], 2, 4));
                    (value, flat![g0])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g043_vjp(&arr2(&p[0..8], 2, 4));
                    let (g0,) = pullback(c);
                    (value, flat![g0])
                },
                graph: &|p| g043_graph(&arr2(&p[0..8], 2, 4)),
                names: &["a"],
                jvp: &|p, t| g043_jvp(&arr2(&p[0..8], 2, 4), &arr2(&t[0..8], 2, 4)),
                hvp: Some(
                    &|p, v| {
                        let (value, g0, h0) = g043_hvp(
                            &arr2(&p[0..8], 2, 4),
                            &arr2(&v[0..8], 2, 4),
                        );
                        (value, flat![g0], flat![h0])
                    },
                ),
            },
        );
    }
    #[test]
    fn g044_gradient() {
        check(
            &points![
                [0.69, -0.64, 1.11, 0.2, -1.15, -1.2, 0.87, -0.94, -1.36, 0.94],
                [1.37, 0.37, -1.14, -0.44, -0.75, -0.79, 0.28, 0.2, -0.9, 0.65]
            ],
            Companions {
                f: &|p| g044(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g044_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g044_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..10], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g044_graph(&arr1(&p[0..3]), p[3], &arr2(&p[4..10], 2, 3)),
                names: &["u", "x1", "a"],
                jvp: &|p, t| g044_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..10], 2, 3),
                    &arr1(&t[0..3]),
                    t[3],
                    &arr2(&t[4..10], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g044_hvp(
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
    fn g045_gradient() {
        check(
            &points![
                [-0.78, -0.36, 0.45, -1.11, 0.76, 1.11, 0.54, -0.35, 1.0, 1.26],
                [0.7, -0.89, 0.2, 0.25, 0.25, 1.39, 1.26, 0.61, 0.61, 0.48]
            ],
            Companions {
                f: &|p| g045(p[0], &arr1(&p[1..4]), &arr2(&p[4..10], 3, 2)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g045_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g045_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        &arr2(&p[4..10], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g045_graph(p[0], &arr1(&p[1..4]), &arr2(&p[4..10], 3, 2)),
                names: &["x0", "w", "a"],
                jvp: &|p, t| g045_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    &arr2(&p[4..10], 3, 2),
                    t[0],
                    &arr1(&t[1..4]),
                    &arr2(&t[4..10], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g045_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            &arr2(&p[4..10], 3, 2),
                            v[0],
                            &arr1(&v[1..4]),
                            &arr2(&v[4..10], 3, 2),
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
                [-1.37, 0.45, 0.62, -1.39, 0.57, 1.07, -1.14, 1.14, -1.24, 1.34,
                0.52, 1.22, -0.22, -0.42, 0.92, -0.78], [-0.56, -1.05, -0.33, -0.88, 0.87, 1.3, -0.9, -1.09, -0.38, -1.34, 0.33, -0.29, 0.69, 0.2,
                -1.23, -0.75]
            ],
            Companions {
                f: &|p| g046(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15]), p[15]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g046_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g046_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..15]),
                        p[15],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g046_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..15]), p[15]),
                names: &["a", "w", "x1"],
                jvp: &|p, t| g046_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..15]),
                    p[15],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..15]),
                    t[15],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g046_hvp(
                            &arr2(&p[0..12], 3, 4),
                            &arr1(&p[12..15]),
                            p[15],
                            &arr2(&v[0..12], 3, 4),
                            &arr1(&v[12..15]),
                            v[15],
                        );
                        (value, flat![g0, g1, g2], flat![h0, h1, h2])
                    },
                ),
            },
        );
    }
    #[test]
    fn g047_gradient() {
        check(
            &points![
                [0.23, 1.39, -1.37, -0.62, -1.11, 0.91, 0.55, -1.05, -0.9, -0.52,
                0.31, -0.57, 0.51, 0.48, 0.68, 0.97, 1.12], [1.27, 1.02, -0.39, 0.7,
                0.27, 0.64, 1.26, -0.8, 1.01, -1.25, -0.41, -0.26, -0.22, 0.42,
                0.41, -0.84, 0.57]
            ],
            Companions {
                f: &|p| g047(p[0], &arr2(&p[1..9], 2, 4), &arr2(&p[9..17], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g047_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g047_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g047_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                ),
                names: &["x0", "a", "b"],
                jvp: &|p, t| g047_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr2(&t[9..17], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g047_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr2(&p[9..17], 2, 4),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr2(&v[9..17], 2, 4),
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
                [-0.73, 0.9, -0.88, -1.07, 0.43, -0.23, -0.5, 0.61, -1.33, -0.92,
                0.34, 1.34, 0.85, 0.28, -0.78], [-0.63, -1.01, 0.27, 0.47, -0.84,
                0.96, -0.75, 0.46, -1.24, 0.32, 0.6, 1.13, -0.42, -0.35, 1.0]
            ],
            Companions {
                f: &|p| g048(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr1(&p[13..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g048_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        p[12],
                        &arr1(&p[13..15]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g048_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr2(&p[6..12], 3, 2),
                        p[12],
                        &arr1(&p[13..15]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g048_graph(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr1(&p[13..15]),
                ),
                names: &["a", "b", "x0", "u"],
                jvp: &|p, t| g048_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr2(&p[6..12], 3, 2),
                    p[12],
                    &arr1(&p[13..15]),
                    &arr2(&t[0..6], 3, 2),
                    &arr2(&t[6..12], 3, 2),
                    t[12],
                    &arr1(&t[13..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g048_hvp(
                            &arr2(&p[0..6], 3, 2),
                            &arr2(&p[6..12], 3, 2),
                            p[12],
                            &arr1(&p[13..15]),
                            &arr2(&v[0..6], 3, 2),
                            &arr2(&v[6..12], 3, 2),
                            v[12],
                            &arr1(&v[13..15]),
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
                [1.2, -1.19, -0.61, -0.31, -1.22, -0.6, -0.97, -1.1, -1.25, -0.69, -0.47, -1.04, -0.67], [0.7, 1.15, 1.22, 1.12, -1.29, 0.29, -1.32, 0.85, 1.11, 1.31, 1.36, -0.95, 1.03]
            ],
            Companions {
                f: &|p| g049(
                    p[0],
                    &arr1(&p[1..4]),
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g049_grad(
                        p[0],
                        &arr1(&p[1..4]),
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                        &arr2(&p[11..13], 2, 1),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g049_vjp(
                        p[0],
                        &arr1(&p[1..4]),
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                        &arr2(&p[11..13], 2, 1),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g049_graph(
                    p[0],
                    &arr1(&p[1..4]),
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                ),
                names: &["x1", "u", "x0", "a", "c"],
                jvp: &|p, t| g049_jvp(
                    p[0],
                    &arr1(&p[1..4]),
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr2(&p[11..13], 2, 1),
                    t[0],
                    &arr1(&t[1..4]),
                    t[4],
                    &arr2(&t[5..11], 2, 3),
                    &arr2(&t[11..13], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g049_hvp(
                            p[0],
                            &arr1(&p[1..4]),
                            p[4],
                            &arr2(&p[5..11], 2, 3),
                            &arr2(&p[11..13], 2, 1),
                            v[0],
                            &arr1(&v[1..4]),
                            v[4],
                            &arr2(&v[5..11], 2, 3),
                            &arr2(&v[11..13], 2, 1),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g050_gradient() {
        check(
            &points![
                [0.55, -0.44, -1.12, 0.23, -0.99, 0.72, 1.05, 1.37, 0.42, -0.96, -1.06, -0.6], [-0.71, 1.33, 0.82, 0.36, 1.16, 0.43, -1.36, -0.97, -1.37, -1.18, 0.22, 0.73]
            ],
            Companions {
                f: &|p| g050(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g050_grad(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g050_vjp(
                        &arr1(&p[0..2]),
                        p[2],
                        &arr1(&p[3..6]),
                        &arr2(&p[6..12], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g050_graph(
                    &arr1(&p[0..2]),
                    p[2],
                    &arr1(&p[3..6]),
                    &arr2(&p[6..12], 3, 2),
                ),
                names: &["u", "x0", "w", "a"],
                jvp: &|p, t| g050_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g050_hvp(
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
    fn g051_gradient() {
        check(
            &points![
                [0.61, 0.98, 0.89, -0.97, -0.84, -0.5, 1.36, -0.96, -1.18, -1.11, -0.67, -1.38, -0.21, -1.32, -0.36], [1.27, 0.81, 0.94, 1.22, -0.84, -0.78, -0.5, -0.37, 0.8, -0.56, -1.18, -0.37, -1.3, -1.06, 0.82]
            ],
            Companions {
                f: &|p| g051(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..11]),
                    &arr1(&p[11..15]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g051_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..11]),
                        &arr1(&p[11..15]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g051_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr1(&p[9..11]),
                        &arr1(&p[11..15]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g051_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..11]),
                    &arr1(&p[11..15]),
                ),
                names: &["x1", "a", "w", "u"],
                jvp: &|p, t| g051_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr1(&p[9..11]),
                    &arr1(&p[11..15]),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr1(&t[9..11]),
                    &arr1(&t[11..15]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g051_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr1(&p[9..11]),
                            &arr1(&p[11..15]),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr1(&v[9..11]),
                            &arr1(&v[11..15]),
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
                [0.93, -0.4, 0.75, 0.52, -0.77, -0.73, -1.04, 1.03, -0.43, -0.82,
                0.84, -0.93, 0.24, -0.84, -0.75, -0.82, -0.98], [0.27, 1.32, -0.77,
                0.35, -1.11, 0.69, -0.34, -1.21, -0.94, -0.36, -0.4, 0.73, 0.39,
                0.84, 0.66, -0.58, -1.21]
            ],
            Companions {
                f: &|p| g052(p[0], &arr2(&p[1..9], 2, 4), &arr2(&p[9..17], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g052_grad(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g052_vjp(
                        p[0],
                        &arr2(&p[1..9], 2, 4),
                        &arr2(&p[9..17], 2, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g052_graph(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                ),
                names: &["x0", "b", "a"],
                jvp: &|p, t| g052_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    &arr2(&p[9..17], 2, 4),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                    &arr2(&t[9..17], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g052_hvp(
                            p[0],
                            &arr2(&p[1..9], 2, 4),
                            &arr2(&p[9..17], 2, 4),
                            v[0],
                            &arr2(&v[1..9], 2, 4),
                            &arr2(&v[9..17], 2, 4),
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
                [-0.55, -0.29, -0.68, -1.21, -0.27, 0.35, 0.61, 0.44, 1.21, 0.93, -1.39, 0.8, -1.04], [1.33, 0.86, -0.68, 1.02, 0.4, -0.9, -1.3, 1.02, -0.9, 1.31, -0.31, -0.87, -0.41]
            ],
            Companions {
                f: &|p| g053(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    p[10],
                    &arr2(&p[11..13], 2, 1),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g053_grad(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                        p[10],
                        &arr2(&p[11..13], 2, 1),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g053_vjp(
                        &arr2(&p[0..6], 2, 3),
                        p[6],
                        &arr1(&p[7..10]),
                        p[10],
                        &arr2(&p[11..13], 2, 1),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g053_graph(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    p[10],
                    &arr2(&p[11..13], 2, 1),
                ),
                names: &["a", "x0", "u", "x1", "c"],
                jvp: &|p, t| g053_jvp(
                    &arr2(&p[0..6], 2, 3),
                    p[6],
                    &arr1(&p[7..10]),
                    p[10],
                    &arr2(&p[11..13], 2, 1),
                    &arr2(&t[0..6], 2, 3),
                    t[6],
                    &arr1(&t[7..10]),
                    t[10],
                    &arr2(&t[11..13], 2, 1),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g053_hvp(
                            &arr2(&p[0..6], 2, 3),
                            p[6],
                            &arr1(&p[7..10]),
                            p[10],
                            &arr2(&p[11..13], 2, 1),
                            &arr2(&v[0..6], 2, 3),
                            v[6],
                            &arr1(&v[7..10]),
                            v[10],
                            &arr2(&v[11..13], 2, 1),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g054_gradient() {
        check(
            &points![
                [0.49, -1.03, -0.58, -0.28, -1.12, 0.23, 1.07, 0.22, 0.9, 0.48, -0.99, 0.42, 0.79, -0.84, -1.21, 1.12, 0.6], [-0.37, -0.55, 0.65, -1.08, 0.5, -1.04, 1.31, 0.77, -0.55, 0.25, 0.3, -0.75, -0.99, 0.4,
                1.08, 0.99, 1.34]
            ],
            Companions {
                f: &|p| g054(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16]), p[16]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g054_grad(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g054_vjp(
                        &arr2(&p[0..12], 3, 4),
                        &arr1(&p[12..16]),
                        p[16],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g054_graph(&arr2(&p[0..12], 3, 4), &arr1(&p[12..16]), p[16]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g054_jvp(
                    &arr2(&p[0..12], 3, 4),
                    &arr1(&p[12..16]),
                    p[16],
                    &arr2(&t[0..12], 3, 4),
                    &arr1(&t[12..16]),
                    t[16],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g054_hvp(
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
    fn g055_gradient() {
        check(
            &points![
                [0.32, -0.81, -0.74, -0.46, -0.79, -1.31, 1.08, -0.59, 1.07, 0.61,
                -1.07, 0.38, -0.74, 0.64, 0.71, -0.37, 1.1, -1.3, -1.02], [-0.77, -1.25, 1.37, -1.06, 0.48, 0.44, 0.55, -0.43, -1.24, 0.99, -1.37, 1.29,
                1.24, 0.77, 0.9, 0.4, -0.75, -1.13, -1.22]
            ],
            Companions {
                f: &|p| g055(&arr1(&p[0..4]), &arr1(&p[4..7]), &arr2(&p[7..19], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g055_grad(
                        &arr1(&p[0..4]),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..19], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g055_vjp(
                        &arr1(&p[0..4]),
                        &arr1(&p[4..7]),
                        &arr2(&p[7..19], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g055_graph(
                    &arr1(&p[0..4]),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..19], 3, 4),
                ),
                names: &["u", "w", "a"],
                jvp: &|p, t| g055_jvp(
                    &arr1(&p[0..4]),
                    &arr1(&p[4..7]),
                    &arr2(&p[7..19], 3, 4),
                    &arr1(&t[0..4]),
                    &arr1(&t[4..7]),
                    &arr2(&t[7..19], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g055_hvp(
                            &arr1(&p[0..4]),
                            &arr1(&p[4..7]),
                            &arr2(&p[7..19], 3, 4),
                            &arr1(&v[0..4]),
                            &arr1(&v[4..7]),
                            &arr2(&v[7..19], 3, 4),
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
                [1.39, 1.17, 1.4, 1.21, 0.56, 1.19, 0.65, 0.59, 0.79, 0.66, -0.74, 1.03,
                1.07], [-1.06, 0.57, 0.47, 0.39, -0.61, 0.84, -0.6, 0.9, -0.75, 0.44,
                0.81, 0.82, -1.12]
            ],
            Companions {
                f: &|p| g056(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g056_grad(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g056_vjp(
                        &arr2(&p[0..8], 2, 4),
                        p[8],
                        &arr1(&p[9..13]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g056_graph(&arr2(&p[0..8], 2, 4), p[8], &arr1(&p[9..13])),
                names: &["a", "x0", "u"],
                jvp: &|p, t| g056_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr1(&p[9..13]),
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                    &arr1(&t[9..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g056_hvp(
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
    fn g057_gradient() {
        check(
            &points![
                [0.7, -0.96, 0.43, 0.45, -1.06, 1.17, -1.37, -0.68, 0.87, -0.36, -0.55], [-0.69, -1.26, 0.67, -0.54, 0.21, 0.51, 0.87, 0.6, 0.49, 1.14,
                -1.28]
            ],
            Companions {
                f: &|p| g057(&arr2(&p[0..6], 2, 3), &arr1(&p[6..9]), &arr1(&p[9..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g057_grad(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g057_vjp(
                        &arr2(&p[0..6], 2, 3),
                        &arr1(&p[6..9]),
                        &arr1(&p[9..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g057_graph(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                ),
                names: &["a", "u", "w"],
                jvp: &|p, t| g057_jvp(
                    &arr2(&p[0..6], 2, 3),
                    &arr1(&p[6..9]),
                    &arr1(&p[9..11]),
                    &arr2(&t[0..6], 2, 3),
                    &arr1(&t[6..9]),
                    &arr1(&t[9..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g057_hvp(
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
    fn g058_gradient() {
        check(
            &points![
                [-1.08, 0.83, -0.3, -1.21, 0.89, 0.66, 0.67, 1.35, -0.2, -1.13, -0.47, -0.78, 1.17, -0.27, 1.2, 0.88], [0.55, -0.51, 1.03, -1.13, -0.98, 0.26, -1.34, -0.23, 0.71, -0.6, 1.33, 0.4, -1.29, 0.36, -0.85,
                -0.43]
            ],
            Companions {
                f: &|p| g058(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g058_grad(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..10]),
                        &arr2(&p[10..16], 3, 2),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g058_vjp(
                        p[0],
                        &arr2(&p[1..7], 3, 2),
                        &arr1(&p[7..10]),
                        &arr2(&p[10..16], 3, 2),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g058_graph(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 3, 2),
                ),
                names: &["x0", "a", "w", "b"],
                jvp: &|p, t| g058_jvp(
                    p[0],
                    &arr2(&p[1..7], 3, 2),
                    &arr1(&p[7..10]),
                    &arr2(&p[10..16], 3, 2),
                    t[0],
                    &arr2(&t[1..7], 3, 2),
                    &arr1(&t[7..10]),
                    &arr2(&t[10..16], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g058_hvp(
                            p[0],
                            &arr2(&p[1..7], 3, 2),
                            &arr1(&p[7..10]),
                            &arr2(&p[10..16], 3, 2),
                            v[0],
                            &arr2(&v[1..7], 3, 2),
                            &arr1(&v[7..10]),
                            &arr2(&v[10..16], 3, 2),
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
                [1.12, 1.16, 1.03, -0.51, -0.23, 0.97, -0.42, -1.04, 0.77], [1.04, -1.22, -1.17, -0.35, -0.28, -0.33, -1.32, -0.63, 0.81]
            ],
            Companions {
                f: &|p| g059(p[0], &arr2(&p[1..9], 2, 4)),
                grad: &|p| {
                    let (value, (g0, g1)) = g059_grad(p[0], &arr2(&p[1..9], 2, 4));
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g059_vjp(p[0], &arr2(&p[1..9], 2, 4));
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g059_graph(p[0], &arr2(&p[1..9], 2, 4)),
                names: &["x0", "a"],
                jvp: &|p, t| g059_jvp(
                    p[0],
                    &arr2(&p[1..9], 2, 4),
                    t[0],
                    &arr2(&t[1..9], 2, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g059_hvp(
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
    fn g060_gradient() {
        check(
            &points![
                [-0.78, -0.94, 0.63, 0.49, 0.45, -1.07, -1.14, 1.02, 0.71, -1.12],
                [0.29, 0.7, 0.76, 0.58, -1.08, -1.09, 0.92, -0.73, 1.23, 0.5]
            ],
            Companions {
                f: &|p| g060(&arr2(&p[0..6], 3, 2), p[6], p[7], &arr1(&p[8..10])),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g060_grad(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g060_vjp(
                        &arr2(&p[0..6], 3, 2),
                        p[6],
                        p[7],
                        &arr1(&p[8..10]),
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g060_graph(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                ),
                names: &["a", "x0", "x1", "u"],
                jvp: &|p, t| g060_jvp(
                    &arr2(&p[0..6], 3, 2),
                    p[6],
                    p[7],
                    &arr1(&p[8..10]),
                    &arr2(&t[0..6], 3, 2),
                    t[6],
                    t[7],
                    &arr1(&t[8..10]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g060_hvp(
                            &arr2(&p[0..6], 3, 2),
                            p[6],
                            p[7],
                            &arr1(&p[8..10]),
                            &arr2(&v[0..6], 3, 2),
                            v[6],
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
    fn g061_gradient() {
        check(
            &points![
                [-0.66, -0.81, 0.39, -0.66, -1.09, 0.58, -0.37, -0.71, -1.02], [-0.76, -0.82, 0.29, -1.36, 0.66, 1.09, 1.15, -1.21, 0.29]
            ],
            Companions {
                f: &|p| g061(&arr2(&p[0..8], 2, 4), p[8]),
                grad: &|p| {
                    let (value, (g0, g1)) = g061_grad(&arr2(&p[0..8], 2, 4), p[8]);
                    (value, flat![g0, g1])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g061_vjp(&arr2(&p[0..8], 2, 4), p[8]);
                    let (g0, g1) = pullback(c);
                    (value, flat![g0, g1])
                },
                graph: &|p| g061_graph(&arr2(&p[0..8], 2, 4), p[8]),
                names: &["a", "x0"],
                jvp: &|p, t| g061_jvp(
                    &arr2(&p[0..8], 2, 4),
                    p[8],
                    &arr2(&t[0..8], 2, 4),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1), (h0, h1)) = g061_hvp(
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
    fn g062_gradient() {
        check(
            &points![
                [0.25, -1.11, 0.3, 0.49, -0.6, -1.01, 0.77, -1.0, 0.66], [-1.21, -1.08, 0.9, -1.04, 1.39, -1.04, -0.98, -1.23, 0.6]
            ],
            Companions {
                f: &|p| g062(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g062_grad(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g062_vjp(
                        &arr2(&p[0..6], 3, 2),
                        &arr1(&p[6..8]),
                        p[8],
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g062_graph(&arr2(&p[0..6], 3, 2), &arr1(&p[6..8]), p[8]),
                names: &["a", "u", "x0"],
                jvp: &|p, t| g062_jvp(
                    &arr2(&p[0..6], 3, 2),
                    &arr1(&p[6..8]),
                    p[8],
                    &arr2(&t[0..6], 3, 2),
                    &arr1(&t[6..8]),
                    t[8],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g062_hvp(
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
    fn g063_gradient() {
        check(
            &points![
                [-0.86, -0.58, -0.91, 1.07, -0.46, 0.64, 0.55, 0.92, -1.33, 0.86],
                [0.83, 1.01, 0.42, -1.17, 0.91, -1.26, 0.42, -1.0, 0.2, -0.35]
            ],
            Companions {
                f: &|p| g063(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g063_grad(
                        &arr2(&p[0..2], 1, 2),
                        &arr1(&p[2..4]),
                        &arr2(&p[4..10], 3, 2),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g063_vjp(
                        &arr2(&p[0..2], 1, 2),
                        &arr1(&p[2..4]),
                        &arr2(&p[4..10], 3, 2),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g063_graph(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                ),
                names: &["d", "u", "a"],
                jvp: &|p, t| g063_jvp(
                    &arr2(&p[0..2], 1, 2),
                    &arr1(&p[2..4]),
                    &arr2(&p[4..10], 3, 2),
                    &arr2(&t[0..2], 1, 2),
                    &arr1(&t[2..4]),
                    &arr2(&t[4..10], 3, 2),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g063_hvp(
                            &arr2(&p[0..2], 1, 2),
                            &arr1(&p[2..4]),
                            &arr2(&p[4..10], 3, 2),
                            &arr2(&v[0..2], 1, 2),
                            &arr1(&v[2..4]),
                            &arr2(&v[4..10], 3, 2),
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
                [-0.21, -0.36, 0.89, -0.98, -0.78, -0.65, -0.53, -0.27, 1.28, -1.28, -0.31, -0.39, -0.4, 1.07, 1.05, 0.93, -1.02, 1.4, 0.75, 0.45, -1.3], [-0.53, -1.12, -0.23, 1.22, 1.25, -0.78, -1.2, -0.86, -0.79,
                -1.4, 0.52, -0.49, 0.85, 0.93, -1.08, -1.33, 0.73, 1.27, -0.63,
                0.55, 0.76]
            ],
            Companions {
                f: &|p| g064(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..19], 1, 4),
                    p[19],
                    p[20],
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g064_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..19], 1, 4),
                        p[19],
                        p[20],
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g064_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..15], 3, 4),
                        &arr2(&p[15..19], 1, 4),
                        p[19],
                        p[20],
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g064_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..19], 1, 4),
                    p[19],
                    p[20],
                ),
                names: &["w", "a", "d", "x1", "x0"],
                jvp: &|p, t| g064_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..15], 3, 4),
                    &arr2(&p[15..19], 1, 4),
                    p[19],
                    p[20],
                    &arr1(&t[0..3]),
                    &arr2(&t[3..15], 3, 4),
                    &arr2(&t[15..19], 1, 4),
                    t[19],
                    t[20],
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g064_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..15], 3, 4),
                            &arr2(&p[15..19], 1, 4),
                            p[19],
                            p[20],
                            &arr1(&v[0..3]),
                            &arr2(&v[3..15], 3, 4),
                            &arr2(&v[15..19], 1, 4),
                            v[19],
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
                [0.43, 0.45, 1.09, -1.07, 0.31, 1.03, -0.22, -1.25, 0.29, 1.34, -0.96], [-0.71, -1.0, -0.83, -0.95, -0.23, -0.55, -1.18, 0.55, -0.32, -1.23, -0.7]
            ],
            Companions {
                f: &|p| g065(&arr1(&p[0..2]), &arr2(&p[2..8], 3, 2), &arr1(&p[8..11])),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g065_grad(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g065_vjp(
                        &arr1(&p[0..2]),
                        &arr2(&p[2..8], 3, 2),
                        &arr1(&p[8..11]),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g065_graph(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                ),
                names: &["u", "a", "w"],
                jvp: &|p, t| g065_jvp(
                    &arr1(&p[0..2]),
                    &arr2(&p[2..8], 3, 2),
                    &arr1(&p[8..11]),
                    &arr1(&t[0..2]),
                    &arr2(&t[2..8], 3, 2),
                    &arr1(&t[8..11]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g065_hvp(
                            &arr1(&p[0..2]),
                            &arr2(&p[2..8], 3, 2),
                            &arr1(&p[8..11]),
                            &arr1(&v[0..2]),
                            &arr2(&v[2..8], 3, 2),
                            &arr1(&v[8..11]),
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
                [-0.46, 0.28, 0.82, -0.33, -0.88, 1.36, -0.54, 1.04, 0.32, -1.28, -1.13, 0.92, -0.61, 1.0, 1.36, -0.44, -1.31], [1.39, -0.64, 0.66, -0.28, -0.98, -1.17, -0.64, 0.22, 0.45, 0.56, -1.27, -0.35, 0.34,
                0.51, 1.03, -0.82, 1.18]
            ],
            Companions {
                f: &|p| g066(&arr1(&p[0..3]), p[3], &arr2(&p[4..16], 3, 4), p[16]),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3)) = g066_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..16], 3, 4),
                        p[16],
                    );
                    (value, flat![g0, g1, g2, g3])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g066_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        &arr2(&p[4..16], 3, 4),
                        p[16],
                    );
                    let (g0, g1, g2, g3) = pullback(c);
                    (value, flat![g0, g1, g2, g3])
                },
                graph: &|p| g066_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    &arr2(&p[4..16], 3, 4),
                    p[16],
                ),
                names: &["w", "x0", "a", "x1"],
                jvp: &|p, t| g066_jvp(
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
                        let (value, (g0, g1, g2, g3), (h0, h1, h2, h3)) = g066_hvp(
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
    fn g067_gradient() {
        check(
            &points![
                [-0.84, 0.32, -1.23, 1.05, 1.17, 1.06, -1.01, -0.71, -0.64, -1.15,
                -0.69, -0.79, -0.3], [0.52, -0.33, 0.89, 0.46, 1.39, -0.88, -0.98,
                -0.93, 1.11, -1.27, 0.46, 1.09, -0.93]
            ],
            Companions {
                f: &|p| g067(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr1(&p[11..13]),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2, g3, g4)) = g067_grad(
                        &arr1(&p[0..3]),
                        p[3],
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                        &arr1(&p[11..13]),
                    );
                    (value, flat![g0, g1, g2, g3, g4])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g067_vjp(
                        &arr1(&p[0..3]),
                        p[3],
                        p[4],
                        &arr2(&p[5..11], 2, 3),
                        &arr1(&p[11..13]),
                    );
                    let (g0, g1, g2, g3, g4) = pullback(c);
                    (value, flat![g0, g1, g2, g3, g4])
                },
                graph: &|p| g067_graph(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr1(&p[11..13]),
                ),
                names: &["u", "x1", "x0", "a", "w"],
                jvp: &|p, t| g067_jvp(
                    &arr1(&p[0..3]),
                    p[3],
                    p[4],
                    &arr2(&p[5..11], 2, 3),
                    &arr1(&p[11..13]),
                    &arr1(&t[0..3]),
                    t[3],
                    t[4],
                    &arr2(&t[5..11], 2, 3),
                    &arr1(&t[11..13]),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2, g3, g4), (h0, h1, h2, h3, h4)) = g067_hvp(
                            &arr1(&p[0..3]),
                            p[3],
                            p[4],
                            &arr2(&p[5..11], 2, 3),
                            &arr1(&p[11..13]),
                            &arr1(&v[0..3]),
                            v[3],
                            v[4],
                            &arr2(&v[5..11], 2, 3),
                            &arr1(&v[11..13]),
                        );
                        (value, flat![g0, g1, g2, g3, g4], flat![h0, h1, h2, h3, h4])
                    },
                ),
            },
        );
    }
    #[test]
    fn g068_gradient() {
        check(
            &points![
                [-0.88, -0.81, -0.83, 0.59, -0.3, -0.43, 0.86, 1.4, 1.38, 1.05, -0.62], [0.3, -0.27, -0.7, 1.25, -0.8, 1.17, -0.89, -1.35, 0.67,
                1.26, 0.89]
            ],
            Companions {
                f: &|p| g068(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                ),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g068_grad(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..5], 2, 1),
                        &arr2(&p[5..11], 2, 3),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g068_vjp(
                        &arr1(&p[0..3]),
                        &arr2(&p[3..5], 2, 1),
                        &arr2(&p[5..11], 2, 3),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g068_graph(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                ),
                names: &["u", "c", "a"],
                jvp: &|p, t| g068_jvp(
                    &arr1(&p[0..3]),
                    &arr2(&p[3..5], 2, 1),
                    &arr2(&p[5..11], 2, 3),
                    &arr1(&t[0..3]),
                    &arr2(&t[3..5], 2, 1),
                    &arr2(&t[5..11], 2, 3),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g068_hvp(
                            &arr1(&p[0..3]),
                            &arr2(&p[3..5], 2, 1),
                            &arr2(&p[5..11], 2, 3),
                            &arr1(&v[0..3]),
                            &arr2(&v[3..5], 2, 1),
                            &arr2(&v[5..11], 2, 3),
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
                [0.58, -1.24, -0.84, -1.38, 0.72, -0.74, 0.63, -0.77, 0.63, -1.16,
                -0.85, -0.69, -1.37, 0.55, -0.61, -0.78, 1.33, 1.34, -0.57, 0.69,
                0.59, 1.3, 1.23, -0.95, -0.32], [-0.95, 1.14, 0.49, 0.91, 0.92, -1.03, -0.37, -0.75, 0.4, -0.96, 0.31, -1.33, -1.17, -0.7, -0.77,
                0.82, -0.44, 0.68, -1.21, -1.39, -1.03, -1.06, -0.44, 0.85, 0.86]
            ],
            Companions {
                f: &|p| g069(p[0], &arr2(&p[1..13], 3, 4), &arr2(&p[13..25], 3, 4)),
                grad: &|p| {
                    let (value, (g0, g1, g2)) = g069_grad(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr2(&p[13..25], 3, 4),
                    );
                    (value, flat![g0, g1, g2])
                },
                vjp: &|p, c| {
                    let (value, pullback) = g069_vjp(
                        p[0],
                        &arr2(&p[1..13], 3, 4),
                        &arr2(&p[13..25], 3, 4),
                    );
                    let (g0, g1, g2) = pullback(c);
                    (value, flat![g0, g1, g2])
                },
                graph: &|p| g069_graph(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr2(&p[13..25], 3, 4),
                ),
                names: &["x1", "b", "a"],
                jvp: &|p, t| g069_jvp(
                    p[0],
                    &arr2(&p[1..13], 3, 4),
                    &arr2(&p[13..25], 3, 4),
                    t[0],
                    &arr2(&t[1..13], 3, 4),
                    &arr2(&t[13..25], 3, 4),
                ),
                hvp: Some(
                    &|p, v| {
                        let (value, (g0, g1, g2), (h0, h1, h2)) = g069_hvp(
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
}
