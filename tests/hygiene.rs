//! Hygiene of the generated code.
//!
//! This crate declares modules named `core`, `grad` and `std`, and items named like the prelude
//! and like the runtime's items, in the scope where the differentiated functions live. Generated
//! code that wrote `core::..`, `grad::..`, `Some(..)`, `FnOnce` or `Adjoint` instead of
//! `::core::..` / `::grad::..` would resolve to these and fail to compile. The differentiated
//! functions also name their own variables (and parameters) like the generated ones (`x_adj`,
//! `x_pullback`, `cot`, `result_cot`, `value`, `pullback`, `_wrt`, `e_t1`, ...): the gradients
//! must not change.

// The differentiated functions spell constructs out on purpose (`y = y * x` rather than
// `y *= x`, `let z; if .. { z = .. }`, redundant parentheses): that is what they test.
#![allow(
    clippy::assign_op_pattern,
    clippy::double_parens,
    clippy::let_and_return,
    clippy::needless_late_init
)]

mod common;

use common::{assert_all_close, assert_close, assert_matches_fd};

// ----- Modules named like the crates the generated code refers to -----

#[allow(dead_code)]
mod core {
    pub mod ops {}
    pub mod option {}
}

#[allow(dead_code)]
mod grad {
    pub mod runtime {
        pub mod ops {}
        pub mod prelude {}
        pub mod scalar {}
    }
    pub fn differentiate() {}
}

#[allow(dead_code)]
mod std {}

// ----- Items named like the prelude and like the runtime's items -----

#[allow(dead_code)]
struct Some;
#[allow(dead_code)]
struct None;
#[allow(dead_code)]
struct Option;
#[allow(dead_code)]
trait FnOnce {}
#[allow(dead_code)]
struct Adjoint;
#[allow(dead_code)]
struct Branch;
#[allow(dead_code)]
trait Differentiable {}
#[allow(dead_code)]
trait FloatRules {}
#[allow(dead_code)]
trait AddVjp {}
#[allow(dead_code)]
trait MulVjp {}
#[allow(dead_code)]
fn add_vjp() {}
#[allow(dead_code)]
fn mul_vjp() {}
#[allow(dead_code)]
fn exp_vjp() {}

fn arr2((a, b): (f64, f64)) -> [f64; 2] {
    [a, b]
}

// ----- User variables named like generated ones -----

/// The classic example, with every intermediate named like something the macro generates.
#[::grad::differentiate]
#[allow(clippy::let_and_return)]
fn e(a: f64, b: f64) -> f64 {
    let e_t1 = a + b;
    let a_adj = e_t1 * 2.0;
    let b_pullback = b + 1.0;
    let cot = a_adj * b_pullback;
    let result_cot = cot / 2.0;
    let value = result_cot;
    let pullback = value;
    pullback
}

#[test]
fn locals_named_like_generated_names_keep_the_classic_gradient() {
    let (value, gradient) = e_grad(2.0, 1.0);
    assert_eq!(value, 6.0);
    assert_eq!(gradient, (2.0, 5.0));
    let (value, pullback) = e_vjp(2.0, 1.0);
    assert_eq!(value, 6.0);
    assert_eq!(pullback(3.0), (6.0, 15.0));
    for (a, b) in [(-1.5, 0.25), (3.0, -2.0)] {
        let (value, gradient) = e_grad(a, b);
        assert_eq!(value, (a + b) * (b + 1.0));
        assert_all_close(arr2(gradient), [b + 1.0, a + 2.0 * b + 1.0], "e");
    }
}

/// Reassignment, an `if` region and a block region, with user locals named like the
/// generated `z_next`, `z_pullback`, `z_pullback_1`, `cot_0`, `cot_1`, `if_1`, `block_1`,
/// `x_shape`, `x_grad`, `y_adj` and `result_t1`.
#[::grad::differentiate]
#[allow(clippy::let_and_return)]
fn regions(x: f64, y: f64) -> f64 {
    let mut z = x * y;
    let z_next = z + 1.0;
    z = z * z_next;
    let z_pullback = z_next * 2.0;
    let z_pullback_1 = z_pullback + x;
    let cot_0 = if z > 0.5 { z * y } else { z - y };
    let if_1 = cot_0 + z_pullback_1;
    let cot_1 = {
        let block_1 = if_1 * x;
        block_1 + y
    };
    let x_shape = cot_1 * 0.5;
    let x_grad = x_shape + z;
    let result_t1 = x_grad * y;
    let y_adj = result_t1 - x;
    y_adj
}

/// `regions` written out by hand, for the closed form.
fn regions_gradient(x: f64, y: f64) -> [f64; 2] {
    // z0 = xy, n = xy + 1, z = xy (xy + 1) = p² + p with p = xy.
    let p = x * y;
    let z = p * p + p;
    let (dz_dx, dz_dy) = ((2.0 * p + 1.0) * y, (2.0 * p + 1.0) * x);
    // zp1 = 2(p + 1) + x
    let (dzp1_dx, dzp1_dy) = (2.0 * y + 1.0, 2.0 * x);
    // c0 = z y or z - y
    let (c0, dc0_dx, dc0_dy) = if z > 0.5 {
        (z * y, dz_dx * y, dz_dy * y + z)
    } else {
        (z - y, dz_dx, dz_dy - 1.0)
    };
    let zp1 = 2.0 * (p + 1.0) + x;
    let if_1 = c0 + zp1;
    let (di_dx, di_dy) = (dc0_dx + dzp1_dx, dc0_dy + dzp1_dy);
    // c1 = if_1 x + y; x_grad = c1 / 2 + z; result = x_grad y - x
    let c1 = if_1 * x + y;
    let (dc1_dx, dc1_dy) = (di_dx * x + if_1, di_dy * x + 1.0);
    let x_grad = 0.5 * c1 + z;
    let (dg_dx, dg_dy) = (0.5 * dc1_dx + dz_dx, 0.5 * dc1_dy + dz_dy);
    [dg_dx * y - 1.0, dg_dy * y + x_grad]
}

#[test]
fn locals_named_like_pullbacks_records_and_cotangents_keep_the_gradient() {
    // z > 0.5 and z <= 0.5 both.
    for (x, y) in [(1.5, 0.5), (0.75, 2.0), (0.25, 0.5), (-0.5, 0.5)] {
        let (value, gradient) = regions_grad(x, y);
        assert_eq!(value, regions(x, y));
        assert_all_close(arr2(gradient), regions_gradient(x, y), "regions");
        assert_matches_fd(|[x, y]| regions(x, y), [x, y], arr2(gradient), "regions");
    }
}

/// Parameters named like the locals of the generated `f_grad` and `f_vjp`.
#[::grad::differentiate]
fn generated_names_as_parameters(value: f64, pullback: f64, result_cot: f64, cot: f64) -> f64 {
    value * pullback + result_cot / cot
}

/// A parameter named like the generated gradient local of another parameter.
#[::grad::differentiate]
fn gradient_name_as_parameter(x: f64, x_grad: f64, x_adj: f64) -> f64 {
    x * x_grad + x_adj * x_adj
}

#[test]
fn parameters_named_like_generated_locals() {
    for [v, p, r, c] in [[1.5, -2.0, 0.5, 4.0], [-0.25, 3.0, 2.0, -0.5]] {
        let (value, gradient) = generated_names_as_parameters_grad(v, p, r, c);
        assert_eq!(value, v * p + r / c);
        let (gv, gp, gr, gc) = gradient;
        assert_all_close(
            [gv, gp, gr, gc],
            [p, v, 1.0 / c, -r / (c * c)],
            "parameters named value, pullback, result_cot, cot",
        );
        let (_, pullback) = generated_names_as_parameters_vjp(v, p, r, c);
        let (pv, pp, pr, pc) = pullback(2.0);
        assert_all_close(
            [pv, pp, pr, pc],
            [2.0 * gv, 2.0 * gp, 2.0 * gr, 2.0 * gc],
            "pullback",
        );
    }
    assert_eq!(
        gradient_name_as_parameter_grad(2.0, 3.0, 0.5),
        (6.25, (3.0, 2.0, 1.0))
    );
}

/// Parameters and locals named like the guard of a call's scope (`_wrt`) and like the module
/// (`wrt`), passed to a call.
#[::grad::differentiate]
fn scope_names_as_parameters(_wrt: f64, wrt: f64) -> f64 {
    let enter = _wrt * wrt;
    r#match(enter) + r#match(_wrt)
}

#[test]
fn parameters_named_like_the_call_scope() {
    let (x, y) = (0.75, -1.25);
    let (value, gradient) = scope_names_as_parameters_grad(x, y);
    assert_eq!(value, scope_names_as_parameters(x, y));
    // d/dx [(xy)² + xy + x² + x] and d/dy [(xy)² + xy].
    let z = x * y;
    assert_all_close(
        [gradient.0, gradient.1],
        [(2.0 * z + 1.0) * y + 2.0 * x + 1.0, (2.0 * z + 1.0) * x],
        "parameters named _wrt and wrt",
    );
}

// ----- Raw identifiers, macro_rules, nested items, modules -----

#[::grad::differentiate]
fn r#match(x: f64) -> f64 {
    let r#type = x * x;
    let r#if = r#type + x;
    r#if
}

#[::grad::differentiate]
fn calls_raw_identifier(x: f64) -> f64 {
    r#match(x) * 2.0
}

#[test]
fn raw_identifiers_for_the_function_and_its_locals() {
    for x in [0.5, -1.5] {
        assert_eq!(match_grad(x), (x * x + x, 2.0 * x + 1.0));
        assert_eq!(
            calls_raw_identifier_grad(x),
            (2.0 * (x * x + x), 4.0 * x + 2.0)
        );
    }
}

macro_rules! differentiated_from_macro_rules {
    ($name:ident) => {
        #[::grad::differentiate]
        fn $name(x: f64) -> f64 {
            let y = x * x;
            y * x + y
        }
    };
}

differentiated_from_macro_rules!(from_macro_rules);

#[test]
fn function_written_by_macro_rules() {
    for x in [0.5, -2.0] {
        let (value, gradient) = from_macro_rules_grad(x);
        assert_eq!(value, x * x * x + x * x);
        assert_close(gradient, 3.0 * x * x + 2.0 * x, "from macro_rules");
    }
}

#[test]
fn differentiated_function_nested_in_a_function_body() {
    #[::grad::differentiate]
    fn inner(x: f64) -> f64 {
        x.exp() * x
    }

    #[::grad::differentiate]
    fn outer(x: f64) -> f64 {
        #[::grad::differentiate]
        fn innermost(x: f64) -> f64 {
            x.sin()
        }
        innermost(x) * inner(x)
    }

    for x in [0.25, -1.0] {
        let (value, gradient) = outer_grad(x);
        assert_eq!(value, outer(x));
        let expected = x.cos() * x.exp() * x + x.sin() * x.exp() * (1.0 + x);
        assert_close(gradient, expected, "nested items");
    }
}

mod nested {
    //! The same shadowing one module down, where relative paths would resolve first.

    #[allow(dead_code)]
    mod core {}
    #[allow(dead_code)]
    mod grad {}
    #[allow(dead_code)]
    mod std {}
    #[allow(dead_code)]
    struct Some;
    #[allow(dead_code)]
    trait FnOnce {}

    #[::grad::differentiate]
    pub fn shadowed(x: f64, y: f64) -> f64 {
        let x_adj = x * y;
        let x_pullback = if x_adj > 0.0 { x_adj * x } else { -x_adj };
        super::e(x_pullback, y)
    }
}

#[test]
fn shadowing_in_a_nested_module_and_calls_through_super() {
    for (x, y) in [(1.5, 0.5), (-1.0, 0.75)] {
        let (value, gradient) = nested::shadowed_grad(x, y);
        assert_eq!(value, nested::shadowed(x, y));
        assert_matches_fd(
            |[x, y]| nested::shadowed(x, y),
            [x, y],
            arr2(gradient),
            "nested module",
        );
    }
}

// ----- Generated names that once collided with user names (macro bugs, now fixed) -----

#[::grad::differentiate]
fn tuple_named_like_a_pullback(x: f64) -> f64 {
    let mut y = x;
    y = y * x;
    let y_pullback = (y, x);
    y_pullback.0 + y_pullback.1
}

#[test]
fn tuple_named_like_a_pullback_keeps_its_own_elements() {
    // x² + x.
    assert_eq!(tuple_named_like_a_pullback_grad(2.0), (6.0, 5.0));
    assert_eq!(tuple_named_like_a_pullback_grad(-1.5), (0.75, -2.0));
}

#[::grad::differentiate]
fn tuple_named_block(x: f64, y: f64) -> f64 {
    let z = { x * y };
    let block = (x, y);
    z + block.0
}

#[test]
fn tuple_named_block_beside_a_block_expression() {
    // x y + x.
    assert_eq!(tuple_named_block_grad(2.0, 3.0), (8.0, (4.0, 2.0)));
    assert_eq!(tuple_named_block_grad(-0.5, 4.0), (-2.5, (5.0, -0.5)));
}

#[::grad::differentiate]
fn raw_parameter(r#type: f64) -> f64 {
    r#type * r#type
}

#[::grad::differentiate]
fn raw_tuple(x: f64, y: f64) -> f64 {
    let r#type = (x, y);
    r#type.0 * r#type.1
}

#[test]
fn raw_identifier_parameters_and_tuples() {
    assert_eq!(raw_parameter_grad(2.0), (4.0, 4.0));
    assert_eq!(raw_parameter_grad(-0.5), (0.25, -1.0));
    assert_eq!(raw_tuple_grad(2.0, 3.0), (6.0, (3.0, 2.0)));
    assert_eq!(raw_tuple_grad(-1.0, 0.5), (-0.5, (0.5, -1.0)));
}

/// Issue 13's first defect: temporaries named after a raw identifier (`r#type_t1`) made the
/// macro panic. Raw names as accumulators, loop variables, labels and reads of the same
/// variable spelt raw and plain (`r#x` and `x` are one variable).
#[::grad::differentiate]
fn raw_accumulators(x: f64, xs: &[f64]) -> f64 {
    let mut r#type = 0.0;
    r#type += x * x;
    for r#ref in xs.iter() {
        r#type += r#ref * x;
    }
    'r#outer: for i in 0..3 {
        if i == 2 {
            break 'r#outer;
        }
        r#type *= 1.0 + 0.1 * x;
    }
    let r#y = x.sin();
    r#type + y
}

fn raw_accumulators_value(x: f64, xs: &[f64]) -> f64 {
    let mut total = x * x;
    for v in xs {
        total += v * x;
    }
    total * (1.0 + 0.1 * x).powi(2) + x.sin()
}

#[test]
fn raw_identifiers_as_accumulators_loop_variables_and_labels() {
    for (x, xs) in [(0.7, [1.5, -2.0]), (-1.3, [0.25, 3.0])] {
        let (value, (dx, dxs)) = raw_accumulators_grad(x, &xs);
        assert_close(value, raw_accumulators_value(x, &xs), "value");
        assert_matches_fd(
            |[x, a, b]| raw_accumulators_value(x, &[a, b]),
            [x, xs[0], xs[1]],
            [dx, dxs[0], dxs[1]],
            "raw_accumulators",
        );
    }
}

/// A local named like the rule of a function the body calls: the generated call `square_vjp(x)`
/// names the function item, which the caller's locals cannot shadow.
#[::grad::differentiate]
fn square(x: f64) -> f64 {
    x * x
}

#[::grad::differentiate]
fn local_named_like_callee_rule(x: f64) -> f64 {
    let square_vjp = 2.0;
    square(x) * square_vjp
}

mod powers {
    #[::grad::differentiate]
    pub fn cube(x: f64) -> f64 {
        x * x * x
    }

    #[::grad::differentiate]
    pub fn fourth(x: f64) -> f64 {
        x * x * x * x
    }
}

use powers::{fourth, fourth_vjp};

/// The same through a path, and with a local shadowing an imported rule.
#[::grad::differentiate]
fn locals_named_like_rules(x: f64) -> f64 {
    let cube_vjp = 0.5;
    let fourth_vjp = 3.0;
    powers::cube(x) * cube_vjp + powers::fourth(x) * fourth_vjp
}

/// The imported rule called by its plain name, a local of that name beside it.
#[::grad::differentiate]
fn local_beside_an_imported_rule(x: f64) -> f64 {
    let fourth_vjp = x;
    fourth(x) + fourth_vjp
}

#[test]
fn locals_named_like_a_callee_rule_do_not_shadow_it() {
    assert_eq!(local_named_like_callee_rule_grad(3.0), (18.0, 12.0));
    // 0.5 x³ + 3 x⁴: 1.5 x² + 12 x³.
    assert_eq!(locals_named_like_rules_grad(2.0), (52.0, 102.0));
    assert_eq!(locals_named_like_rules_grad(-1.0), (2.5, -10.5));
    // x⁴ + x: 4x³ + 1.
    assert_eq!(local_beside_an_imported_rule_grad(2.0), (18.0, 33.0));
}

// ----- A method on its receiver's twin at dual numbers -----

/// A struct written in `f64` whose method differentiates its receiver: its copies at dual numbers
/// take the twin (`<Self as ::grad::__private::LiftDual>::Dual`) beside the modules above, and
/// its body names locals like the generated `value` and `pullback`.
#[derive(Clone, Debug, ::grad::Tangent)]
struct Bead {
    pos: f64,
    mass: f64,
}

impl Bead {
    #[::grad::differentiate]
    fn energy(&self, x: f64) -> f64 {
        let value = self.pos - x;
        let pullback = 0.5 * self.mass;
        pullback * value * value
    }
}

#[::grad::differentiate(dual_calls)]
fn beads(bead: &Bead, x: f64) -> f64 {
    bead.energy(x) * x
}

#[test]
fn a_method_on_its_receivers_twin() {
    let bead = Bead {
        pos: 1.5,
        mass: 2.0,
    };
    let direction = Bead {
        pos: 0.5,
        mass: -1.0,
    };
    // m (p - x)^2 / 2: d/dp = m (p - x), d/dm = (p - x)^2 / 2, d/dx = -m (p - x).
    let (value, derivative) = bead.energy_jvp(0.5, &direction, 2.0);
    assert_eq!(value, 1.0);
    assert_eq!(derivative, 2.0 * 0.5 - 0.5 - 2.0 * 2.0);
    // H = [[m, p - x, -m], [p - x, 0, -(p - x)], [-m, -(p - x), m]] at (1.5, 2, 0.5).
    let (_, (dbead, dx), (hbead, hx)) = bead.energy_hvp(0.5, &direction, 2.0);
    assert_eq!((dbead.pos, dbead.mass, dx), (2.0, 0.5, -2.0));
    assert_eq!((hbead.pos, hbead.mass, hx), (-4.0, -1.5, 4.0));
    let (_, (dbead, dx), _) = beads_hvp(&bead, 0.5, &direction, 2.0);
    assert_eq!((dbead.pos, dbead.mass, dx), (1.0, 0.25, 0.0));
}

// ----- Known limitations (kept, ignored) -----
//
// The reproducers do not compile, so each is kept out of the build with `cfg(any())`; remove
// that attribute to see the error.

#[test]
#[ignore = "known limitation: a user trait in scope with a method named `exp_vjp` on f64 makes the generated `x.exp_vjp()` ambiguous (E0034)"]
fn user_trait_method_named_like_a_rule_is_ambiguous() {
    #[cfg(any())]
    {
        trait MyRules {
            fn exp_vjp(self) -> f64;
        }
        impl MyRules for f64 {
            fn exp_vjp(self) -> f64 {
                self
            }
        }
        #[::grad::differentiate]
        fn uses_exp(x: f64) -> f64 {
            x.exp()
        }
        assert_eq!(uses_exp_grad(0.0), (1.0, 1.0));
    }
    panic!("does not compile: error[E0034]: multiple applicable items in scope");
}
