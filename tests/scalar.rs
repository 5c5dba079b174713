//! Scalar `#[grad::differentiate]`: one test per construct of the contract (issue #2), each
//! checked against closed-form derivatives and/or central finite differences at two or more
//! points, on both sides of every branch.

// The differentiated functions spell constructs out on purpose (`y = y * x` rather than
// `y *= x`, `let z; if .. { z = .. }`, redundant parentheses): that is what they test.
#![allow(
    clippy::assign_op_pattern,
    clippy::double_parens,
    clippy::let_and_return,
    clippy::needless_late_init
)]

mod common;

use common::{
    CallCounter, assert_all_close, assert_close, assert_close_tol, assert_matches_fd,
    assert_matches_fd_f32, rel_error,
};

/// `(x, y)` as an array, for the helpers that take gradients as arrays.
fn arr2((a, b): (f64, f64)) -> [f64; 2] {
    [a, b]
}

fn arr3((a, b, c): (f64, f64, f64)) -> [f64; 3] {
    [a, b, c]
}

// ---------------------------------------------------------------------------------------------
// The classic example
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn e(a: f64, b: f64) -> f64 {
    (a + b) * (b + 1.0)
}

#[test]
fn classic_example_value_gradient_and_pullback() {
    let (value, (de_da, de_db)) = e_grad(2.0, 1.0);
    assert_eq!(value, 6.0);
    assert_eq!((de_da, de_db), (2.0, 5.0));

    let (value, pullback) = e_vjp(2.0, 1.0);
    assert_eq!(value, 6.0);
    assert_eq!(pullback(3.0), (6.0, 15.0));

    // de/da = b + 1, de/db = a + 2b + 1.
    for (a, b) in [(-1.5, 0.25), (3.0, -2.0), (0.5, 4.0)] {
        let (value, gradient) = e_grad(a, b);
        assert_eq!(value, e(a, b));
        assert_all_close(
            arr2(gradient),
            [b + 1.0, a + 2.0 * b + 1.0],
            "e closed form",
        );
        assert_matches_fd(|[a, b]| e(a, b), [a, b], arr2(gradient), "e");
    }
}

// ---------------------------------------------------------------------------------------------
// Operators, literals, constants, parentheses
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn op_add(x: f64, y: f64) -> f64 {
    x + y
}

#[grad::differentiate]
fn op_sub(x: f64, y: f64) -> f64 {
    x - y
}

#[grad::differentiate]
fn op_mul(x: f64, y: f64) -> f64 {
    x * y
}

#[grad::differentiate]
fn op_div(x: f64, y: f64) -> f64 {
    x / y
}

#[grad::differentiate]
fn op_mixed(x: f64, y: f64) -> f64 {
    (x + y) * (x - y) / (x * y + 2.0) - y / x
}

#[grad::differentiate]
fn literal_numerator(x: f64) -> f64 {
    1.0 / x
}

#[grad::differentiate]
fn literal_denominator_and_minuend(x: f64) -> f64 {
    x / 4.0 + (2.0 - x) * 3.0
}

#[test]
fn arithmetic_operators_add_sub_mul_div() {
    for (x, y) in [(1.5, -0.5), (-2.0, 3.25), (0.75, 0.5)] {
        let (value, gradient) = op_add_grad(x, y);
        assert_eq!(value, x + y);
        assert_eq!(gradient, (1.0, 1.0));

        let (value, gradient) = op_sub_grad(x, y);
        assert_eq!(value, x - y);
        assert_eq!(gradient, (1.0, -1.0));

        let (value, gradient) = op_mul_grad(x, y);
        assert_eq!(value, x * y);
        assert_eq!(gradient, (y, x));

        let (value, gradient) = op_div_grad(x, y);
        assert_eq!(value, x / y);
        assert_all_close(arr2(gradient), [1.0 / y, -x / (y * y)], "x / y");
        assert_matches_fd(|[x, y]| op_div(x, y), [x, y], arr2(gradient), "x / y");

        // f = u / v - y / x with u = x² - y², v = xy + 2.
        let (value, gradient) = op_mixed_grad(x, y);
        assert_eq!(value, op_mixed(x, y));
        let (u, v) = (x * x - y * y, x * y + 2.0);
        let expected = [
            (2.0 * x * v - u * y) / (v * v) + y / (x * x),
            (-2.0 * y * v - u * x) / (v * v) - 1.0 / x,
        ];
        assert_all_close(arr2(gradient), expected, "mixed operators");
        assert_matches_fd(
            |[x, y]| op_mixed(x, y),
            [x, y],
            arr2(gradient),
            "mixed operators",
        );
    }
}

#[test]
fn literal_operands_on_either_side_of_an_operator() {
    for x in [0.5, -2.5, 3.0] {
        let (value, gradient) = literal_numerator_grad(x);
        assert_eq!(value, 1.0 / x);
        assert_close(gradient, -1.0 / (x * x), "1 / x");
        assert_matches_fd(|[x]| literal_numerator(x), [x], [gradient], "1 / x");

        let (value, gradient) = literal_denominator_and_minuend_grad(x);
        assert_eq!(value, literal_denominator_and_minuend(x));
        assert_eq!(gradient, 0.25 - 3.0);
    }
}

#[grad::differentiate]
fn neg_variable(x: f64) -> f64 {
    -x
}

#[grad::differentiate]
fn neg_expressions(x: f64, y: f64) -> f64 {
    -(x * y) + -x
}

#[grad::differentiate]
fn neg_literals(x: f64) -> f64 {
    -2.0 * x + x * -3.0 - -x
}

#[grad::differentiate]
fn double_negation(x: f64) -> f64 {
    -(-(x * x))
}

#[test]
fn unary_minus_on_variables_expressions_and_literals() {
    for (x, y) in [(1.25, -0.5), (-3.0, 2.0)] {
        assert_eq!(neg_variable_grad(x), (-x, -1.0));

        let (value, gradient) = neg_expressions_grad(x, y);
        assert_eq!(value, -(x * y) - x);
        assert_eq!(gradient, (-y - 1.0, -x));

        let (value, gradient) = neg_literals_grad(x);
        assert_eq!(value, neg_literals(x));
        assert_eq!(gradient, -4.0);

        let (value, gradient) = double_negation_grad(x);
        assert_eq!(value, x * x);
        assert_close(gradient, 2.0 * x, "-(-(x * x))");
    }
}

const SCALE: f64 = 2.5;
const OFFSET: f64 = -0.75;
const TWICE_SCALE: f64 = 2.0 * SCALE;

#[grad::differentiate]
fn named_consts(x: f64) -> f64 {
    SCALE * x + OFFSET + x * TWICE_SCALE
}

#[grad::differentiate]
fn const_paths(x: f64) -> f64 {
    std::f64::consts::PI * x * x + core::f64::consts::E / x + f64::EPSILON
}

#[grad::differentiate]
fn literal_forms(x: f64) -> f64 {
    1.0 * x + 2e0 * x + 0.5_f64 * x + 3. * x + 1_000.0
}

#[grad::differentiate]
fn local_const_item(x: f64) -> f64 {
    const K: f64 = 4.0;
    K * x * x
}

#[test]
fn literals_and_named_consts_are_constants() {
    use std::f64::consts::{E, PI};
    for x in [0.5, -1.75] {
        let (value, gradient) = named_consts_grad(x);
        assert_eq!(value, named_consts(x));
        assert_eq!(gradient, SCALE + TWICE_SCALE);

        let (value, gradient) = const_paths_grad(x);
        assert_eq!(value, const_paths(x));
        assert_close(gradient, 2.0 * PI * x - E / (x * x), "consts::PI / E");
        assert_matches_fd(|[x]| const_paths(x), [x], [gradient], "consts");

        let (value, gradient) = literal_forms_grad(x);
        assert_eq!(value, literal_forms(x));
        assert_eq!(gradient, 6.5);

        let (value, gradient) = local_const_item_grad(x);
        assert_eq!(value, 4.0 * x * x);
        assert_close(gradient, 8.0 * x, "const item in the body");
    }
}

#[grad::differentiate]
#[rustfmt::skip]
#[allow(unused_parens)]
fn deep_nesting(x: f64, y: f64, z: f64) -> f64 {
    ((((x + 1.0) * (y - 2.0)) / ((x * y) + 3.0))
        - (((z * z) - (x / (y + 4.0))) * ((z + x) * (y - z))))
        * (((x)))
        + ((((((y))))))
        - (-((x * (y * (z * (x + (y - (z / 2.0))))))))
}

#[test]
fn parentheses_and_deep_nesting() {
    for point in [[0.5, 1.5, -0.25], [-1.25, 0.75, 2.0], [2.0, -3.0, 0.5]] {
        let [x, y, z] = point;
        let (value, gradient) = deep_nesting_grad(x, y, z);
        assert_eq!(value, deep_nesting(x, y, z));
        assert_matches_fd(
            |[x, y, z]| deep_nesting(x, y, z),
            point,
            arr3(gradient),
            "deep nesting",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Values used many times: adjoints are summed
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn cube(x: f64) -> f64 {
    x * x * x
}

#[grad::differentiate]
fn copy_then_reuse(x: f64) -> f64 {
    let y = x;
    y + y * x
}

#[grad::differentiate]
fn four_times(x: f64) -> f64 {
    x + x + x + x
}

#[grad::differentiate]
fn product_reused(x: f64, y: f64) -> f64 {
    let p = x * y;
    p * p + p - y
}

#[grad::differentiate]
#[allow(clippy::eq_op)]
fn self_ratio(x: f64) -> f64 {
    x / x + x * x / x
}

#[test]
fn value_used_many_times_sums_adjoints() {
    for x in [1.5, -0.75, 3.0] {
        let (value, gradient) = cube_grad(x);
        assert_eq!(value, x * x * x);
        assert_close(gradient, 3.0 * x * x, "x * x * x");

        let (value, gradient) = copy_then_reuse_grad(x);
        assert_eq!(value, x + x * x);
        assert_close(gradient, 1.0 + 2.0 * x, "let y = x; y + y * x");

        assert_eq!(four_times_grad(x), (4.0 * x, 4.0));

        let (value, gradient) = self_ratio_grad(x);
        assert_close(value, 1.0 + x, "x / x + x * x / x");
        assert_close(gradient, 1.0, "x / x + x * x / x");
    }
    for (x, y) in [(0.5, 2.0), (-1.5, 0.25)] {
        let (value, gradient) = product_reused_grad(x, y);
        let p = x * y;
        assert_eq!(value, p * p + p - y);
        let expected = [2.0 * p * y + y, 2.0 * p * x + x - 1.0];
        assert_all_close(arr2(gradient), expected, "p * p + p - y");
        assert_matches_fd(
            |[x, y]| product_reused(x, y),
            [x, y],
            arr2(gradient),
            "p * p + p - y",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// let, shadowing, tuples, blocks
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn shadow_parameters(x: f64, y: f64) -> f64 {
    let x = x * 2.0;
    let x = x + y;
    let y = x * y;
    x * y
}

#[grad::differentiate]
fn typed_lets(x: f64) -> f64 {
    let y: f64 = x * x;
    let z: f64 = 2.0;
    let w: f64 = y;
    w * z + y
}

#[test]
fn let_with_shadowing_including_parameters() {
    // (2x + y)² y
    for (x, y) in [(0.5, 1.5), (-1.0, 0.25), (2.0, -3.0)] {
        let (value, gradient) = shadow_parameters_grad(x, y);
        let s = 2.0 * x + y;
        assert_eq!(value, s * s * y);
        assert_all_close(
            arr2(gradient),
            [4.0 * y * s, s * (2.0 * x + 3.0 * y)],
            "shadowed parameters",
        );
        assert_matches_fd(
            |[x, y]| shadow_parameters(x, y),
            [x, y],
            arr2(gradient),
            "shadowed parameters",
        );

        let (value, gradient) = typed_lets_grad(x);
        assert_eq!(value, 3.0 * x * x);
        assert_close(gradient, 6.0 * x, "typed lets");
    }
}

#[grad::differentiate]
fn tuple_pattern(x: f64, y: f64) -> f64 {
    let (a, b) = (x * 2.0, y);
    a * b
}

#[grad::differentiate]
fn nested_tuple_pattern(x: f64, y: f64) -> f64 {
    let ((a, b), (c, d)) = ((x, y), (x * y, 1.0));
    a * b + c * d - b
}

#[grad::differentiate]
fn typed_tuple_pattern(x: f64, y: f64) -> f64 {
    let (a, b): (f64, f64) = (x + y, x - y);
    a * b
}

#[grad::differentiate]
fn tuple_pattern_with_wildcard(x: f64, y: f64) -> f64 {
    let (a, _) = (x * x, y * 3.0);
    let _ = y.exp();
    a
}

#[grad::differentiate]
fn tuple_swap_and_rebind(x: f64, y: f64) -> f64 {
    let (a, b) = (y, x);
    let (a, b) = (b, a * b);
    a - b
}

#[grad::differentiate]
fn tuple_field_access(x: f64, y: f64) -> f64 {
    let t = (x * 2.0, y);
    t.0 * t.1 + t.0
}

#[grad::differentiate]
fn nested_tuple_through_let(x: f64, y: f64) -> f64 {
    let t = (x, (y, x * y));
    let inner = t.1;
    t.0 + inner.0 * inner.1
}

#[test]
fn tuple_patterns_nested_tuples_and_fields() {
    for (x, y) in [(0.5, 1.5), (-2.0, 0.75), (3.0, -1.25)] {
        let (value, gradient) = tuple_pattern_grad(x, y);
        assert_eq!(value, 2.0 * x * y);
        assert_eq!(gradient, (2.0 * y, 2.0 * x));

        let (value, gradient) = nested_tuple_pattern_grad(x, y);
        assert_close(value, 2.0 * x * y - y, "nested tuple pattern");
        assert_all_close(
            arr2(gradient),
            [2.0 * y, 2.0 * x - 1.0],
            "nested tuple pattern",
        );

        let (value, gradient) = typed_tuple_pattern_grad(x, y);
        assert_eq!(value, (x + y) * (x - y));
        assert_all_close(arr2(gradient), [2.0 * x, -2.0 * y], "typed tuple pattern");

        let (value, gradient) = tuple_pattern_with_wildcard_grad(x, y);
        assert_eq!(value, x * x);
        assert_eq!(gradient, (2.0 * x, 0.0));

        // a = x, b = y x: x - x y.
        let (value, gradient) = tuple_swap_and_rebind_grad(x, y);
        assert_eq!(value, x - y * x);
        assert_eq!(gradient, (1.0 - y, -x));

        let (value, gradient) = tuple_field_access_grad(x, y);
        assert_eq!(value, 2.0 * x * y + 2.0 * x);
        assert_eq!(gradient, (2.0 * y + 2.0, 2.0 * x));

        // x + x y²
        let (value, gradient) = nested_tuple_through_let_grad(x, y);
        assert_close(value, x + x * y * y, "nested tuple through let");
        assert_all_close(
            arr2(gradient),
            [1.0 + y * y, 2.0 * x * y],
            "nested tuple through let",
        );
        assert_matches_fd(
            |[x, y]| nested_tuple_through_let(x, y),
            [x, y],
            arr2(gradient),
            "nested tuple through let",
        );
    }
}

#[grad::differentiate]
fn block_expression(x: f64) -> f64 {
    let y = {
        let t = x * x;
        t + 1.0
    };
    y * x
}

#[grad::differentiate]
fn block_shadowing_outer_names(x: f64, y: f64) -> f64 {
    let z = {
        let x = x * 3.0;
        let y = x + y;
        x * y
    };
    // `x` and `y` are the parameters again here.
    z + x * y
}

#[grad::differentiate]
fn nested_blocks(x: f64) -> f64 {
    let y = {
        let a = { x * 2.0 };
        let b = {
            let c = a * a;
            c + a
        };
        b * x
    };
    y
}

#[grad::differentiate]
#[allow(clippy::blocks_in_conditions)]
fn block_as_tail(x: f64) -> f64 {
    {
        let t = x.exp();
        t * x
    }
}

#[grad::differentiate]
fn block_statement_mutating_outer_variable(x: f64) -> f64 {
    let mut y = x;
    {
        y = y * x;
        y += 1.0;
    }
    y * 2.0
}

#[test]
fn block_expressions_scopes_and_shadowing() {
    for (x, y) in [(0.5, 1.5), (-1.25, 2.0), (2.0, -0.5)] {
        let (value, gradient) = block_expression_grad(x);
        assert_close(value, x * x * x + x, "block expression");
        assert_close(gradient, 3.0 * x * x + 1.0, "block expression");

        // 9x² + 4xy
        let (value, gradient) = block_shadowing_outer_names_grad(x, y);
        assert_close(value, 9.0 * x * x + 4.0 * x * y, "block shadowing");
        assert_all_close(
            arr2(gradient),
            [18.0 * x + 4.0 * y, 4.0 * x],
            "block shadowing",
        );
        assert_matches_fd(
            |[x, y]| block_shadowing_outer_names(x, y),
            [x, y],
            arr2(gradient),
            "block shadowing",
        );

        // a = 2x, b = 4x² + 2x, y = 4x³ + 2x²
        let (value, gradient) = nested_blocks_grad(x);
        assert_close(value, 4.0 * x * x * x + 2.0 * x * x, "nested blocks");
        assert_close(gradient, 12.0 * x * x + 4.0 * x, "nested blocks");

        let (value, gradient) = block_as_tail_grad(x);
        assert_eq!(value, x.exp() * x);
        assert_close(gradient, x.exp() * (1.0 + x), "block as the tail");

        let (value, gradient) = block_statement_mutating_outer_variable_grad(x);
        assert_close(value, 2.0 * (x * x + 1.0), "block mutating outer");
        assert_close(gradient, 4.0 * x, "block mutating outer");
    }
}

// ---------------------------------------------------------------------------------------------
// let mut, reassignment, compound assignment
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn compound_assignments(x: f64, y: f64) -> f64 {
    let mut z = x;
    z += y;
    z *= x;
    z -= y;
    z /= y;
    z
}

#[grad::differentiate]
fn reassign_reading_old_value(x: f64) -> f64 {
    let mut y = x;
    y = y * y + x;
    y = y * y + x;
    y = y * y + x;
    y
}

#[grad::differentiate]
fn swap_by_arithmetic(x: f64, y: f64) -> f64 {
    let mut a = x;
    let mut b = y;
    a = a + b;
    b = a - b;
    a = a - b;
    a * 10.0 + b
}

#[grad::differentiate]
fn compound_with_self(x: f64) -> f64 {
    let mut y = x * 0.5;
    y += y;
    y *= y;
    y
}

#[grad::differentiate]
fn typed_accumulator(x: f64) -> f64 {
    let mut acc: f64 = 0.0;
    acc += x;
    acc += x * x;
    acc -= 1.0;
    acc
}

#[grad::differentiate]
fn mutable_parameter(mut x: f64) -> f64 {
    x = x * x;
    x *= 3.0;
    x
}

#[grad::differentiate]
fn mutable_parameter_in_branch(mut x: f64, y: f64) -> f64 {
    if y > 0.0 {
        x = x * y;
    } else {
        x -= y * y;
    }
    x * x
}

#[test]
fn let_mut_reassignment_and_compound_assignment() {
    for (x, y) in [(0.5, 1.5), (-1.25, 2.0), (2.0, -0.5)] {
        // (x² + xy - y) / y
        let (value, gradient) = compound_assignments_grad(x, y);
        assert_close(value, (x * x + x * y - y) / y, "+= *= -= /=");
        assert_all_close(
            arr2(gradient),
            [(2.0 * x + y) / y, -x * x / (y * y)],
            "+= *= -= /=",
        );
        assert_matches_fd(
            |[x, y]| compound_assignments(x, y),
            [x, y],
            arr2(gradient),
            "+= *= -= /=",
        );

        // a ends as y, b as x: 10 y + x.
        let (value, gradient) = swap_by_arithmetic_grad(x, y);
        assert_close(value, 10.0 * y + x, "swap by arithmetic");
        assert_all_close(arr2(gradient), [1.0, 10.0], "swap by arithmetic");
    }
    for x in [0.5, -0.75, 1.1] {
        // y1 = x² + x, y_{k+1} = y_k² + x.
        let (value, gradient) = reassign_reading_old_value_grad(x);
        let (mut y, mut dy) = (x, 1.0);
        for _ in 0..3 {
            dy = 2.0 * y * dy + 1.0;
            y = y * y + x;
        }
        assert_eq!(value, y);
        assert_close(gradient, dy, "y = y * y + x, three times");
        assert_matches_fd(
            |[x]| reassign_reading_old_value(x),
            [x],
            [gradient],
            "y = y * y + x",
        );

        // (2 * x/2)² = x²
        let (value, gradient) = compound_with_self_grad(x);
        assert_close(value, x * x, "y += y; y *= y");
        assert_close(gradient, 2.0 * x, "y += y; y *= y");

        let (value, gradient) = typed_accumulator_grad(x);
        assert_close(value, x + x * x - 1.0, "typed accumulator");
        assert_close(gradient, 1.0 + 2.0 * x, "typed accumulator");

        let (value, gradient) = mutable_parameter_grad(x);
        assert_close(value, 3.0 * x * x, "mutable parameter");
        assert_close(gradient, 6.0 * x, "mutable parameter");

        for y in [1.5, -0.5] {
            let (value, gradient) = mutable_parameter_in_branch_grad(x, y);
            assert_eq!(value, mutable_parameter_in_branch(x, y));
            // (xy)² or (x - y²)²
            let expected = if y > 0.0 {
                [2.0 * x * y * y, 2.0 * x * x * y]
            } else {
                let u = x - y * y;
                [2.0 * u, -4.0 * u * y]
            };
            assert_all_close(arr2(gradient), expected, "mutable parameter in a branch");
        }
    }
}

#[grad::differentiate]
fn overwritten_by_constant(x: f64) -> f64 {
    let mut y = x * x;
    let z = y * 2.0;
    y = 3.0;
    z + y * x
}

#[grad::differentiate]
fn overwritten_by_constant_in_branch(x: f64) -> f64 {
    let mut y = x * x;
    if x > 0.0 {
        y = 5.0;
    }
    y * x
}

#[grad::differentiate]
fn overwritten_by_integer_expression(x: f64, n: usize) -> f64 {
    let mut y = x.exp();
    let keep = y * 2.0;
    y = n as f64 * 0.5;
    keep + y * y
}

#[test]
fn active_variable_overwritten_by_constant_gets_no_later_gradient() {
    for x in [0.5, -1.5, 2.0] {
        // 2x² + 3x: the later use of y (now 3) must not flow into x² again.
        let (value, gradient) = overwritten_by_constant_grad(x);
        assert_close(value, 2.0 * x * x + 3.0 * x, "overwritten by constant");
        assert_close(gradient, 4.0 * x + 3.0, "overwritten by constant");

        let (value, gradient) = overwritten_by_constant_in_branch_grad(x);
        if x > 0.0 {
            assert_eq!((value, gradient), (5.0 * x, 5.0));
        } else {
            assert_close(value, x * x * x, "not overwritten");
            assert_close(gradient, 3.0 * x * x, "not overwritten");
        }

        let (value, gradient) = overwritten_by_integer_expression_grad(x, 3);
        assert_close(value, 2.0 * x.exp() + 2.25, "overwritten by n as f64");
        assert_close(gradient, 2.0 * x.exp(), "overwritten by n as f64");
    }
}

#[grad::differentiate]
fn declared_then_assigned_in_both_branches(x: f64, y: f64) -> f64 {
    let z;
    if x > y {
        z = x * y;
    } else {
        z = x - y;
    }
    z * 2.0
}

#[grad::differentiate]
fn declared_then_assigned_in_else_if_chain(x: f64) -> f64 {
    let z;
    if x < -1.0 {
        z = 4.0;
    } else if x < 1.0 {
        z = x.sin();
    } else {
        z = x.ln() * x;
    }
    z + x
}

#[test]
fn deferred_initialisation_assigned_in_branches() {
    for (x, y) in [(2.0, 0.5), (3.0, -1.0), (0.5, 2.0), (-1.0, 0.25)] {
        let (value, gradient) = declared_then_assigned_in_both_branches_grad(x, y);
        if x > y {
            assert_eq!(value, 2.0 * x * y);
            assert_eq!(gradient, (2.0 * y, 2.0 * x));
        } else {
            assert_eq!(value, 2.0 * (x - y));
            assert_eq!(gradient, (2.0, -2.0));
        }
    }
    for x in [-3.0, -1.5, 0.25, -0.5, 1.5, 4.0] {
        let (value, gradient) = declared_then_assigned_in_else_if_chain_grad(x);
        assert_eq!(value, declared_then_assigned_in_else_if_chain(x));
        let expected = if x < -1.0 {
            1.0
        } else if x < 1.0 {
            x.cos() + 1.0
        } else {
            x.ln() + 1.0 + 1.0
        };
        assert_close(gradient, expected, "let z; assigned in else-if chain");
        assert_matches_fd(
            |[x]| declared_then_assigned_in_else_if_chain(x),
            [x],
            [gradient],
            "let z; assigned in else-if chain",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// if / else if / else
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn if_statement(x: f64) -> f64 {
    let mut y = x;
    if x > 1.0 {
        y = y * x;
    } else {
        y = y * -3.0;
    }
    y + x
}

#[grad::differentiate]
fn if_expression(x: f64, y: f64) -> f64 {
    let z = if x < y { x * y } else { x / y };
    z + 1.0
}

#[grad::differentiate]
fn if_expression_as_tail(x: f64) -> f64 {
    if x > 0.0 { x * x } else { 0.5 * x }
}

#[grad::differentiate]
fn if_with_constant_branch(x: f64) -> f64 {
    let y = if x > 0.5 { 2.0 } else { x.exp() };
    y * x
}

#[test]
fn if_else_statement_takes_both_branches() {
    for x in [1.5, 3.0] {
        assert_eq!(if_statement_grad(x), (x * x + x, 2.0 * x + 1.0));
    }
    for x in [0.5, -2.0] {
        assert_eq!(if_statement_grad(x), (-2.0 * x, -2.0));
    }
}

#[test]
fn if_else_expression_takes_both_branches() {
    for (x, y) in [(0.5, 2.0), (-1.0, 0.25)] {
        let (value, gradient) = if_expression_grad(x, y);
        assert_eq!(value, x * y + 1.0);
        assert_eq!(gradient, (y, x));
    }
    for (x, y) in [(3.0, 2.0), (0.5, -0.25)] {
        let (value, gradient) = if_expression_grad(x, y);
        assert_eq!(value, x / y + 1.0);
        assert_all_close(arr2(gradient), [1.0 / y, -x / (y * y)], "if expression");
    }
    for x in [1.5, 0.25] {
        assert_eq!(if_expression_as_tail_grad(x), (x * x, 2.0 * x));
    }
    for x in [-1.5, -0.25] {
        assert_eq!(if_expression_as_tail_grad(x), (0.5 * x, 0.5));
    }
    for x in [1.0, 2.5] {
        assert_eq!(if_with_constant_branch_grad(x), (2.0 * x, 2.0));
    }
    for x in [0.25, -1.0] {
        let (value, gradient) = if_with_constant_branch_grad(x);
        assert_eq!(value, x.exp() * x);
        assert_close(gradient, x.exp() * (1.0 + x), "if with a constant branch");
    }
}

#[grad::differentiate]
fn else_if_expression(x: f64) -> f64 {
    if x < -1.0 {
        -x * 2.0
    } else if x < 1.0 {
        x * x + 1.0
    } else {
        x.exp()
    }
}

#[grad::differentiate]
fn else_if_statement(x: f64, y: f64) -> f64 {
    let mut z = x * y;
    if x < 0.0 {
        z *= x;
    } else if y < 0.0 {
        z -= y * y;
    } else {
        z += x;
        z *= 2.0;
    }
    z
}

#[test]
fn else_if_chain_takes_all_three_branches() {
    let cases: [(f64, f64); 6] = [
        (-2.0, -2.0),
        (-3.5, -2.0),
        (0.5, 1.0),
        (-0.25, -0.5),
        (1.5, 1.5_f64.exp()),
        (2.0, 2.0_f64.exp()),
    ];
    for (x, expected) in cases {
        let (value, gradient) = else_if_expression_grad(x);
        assert_eq!(value, else_if_expression(x));
        assert_close(gradient, expected, "else if chain");
        assert_matches_fd(
            |[x]| else_if_expression(x),
            [x],
            [gradient],
            "else if chain",
        );
    }
    // x < 0: x² y; y < 0: xy - y²; else 2xy + 2x.
    for (x, y) in [(-1.5, 2.0), (-0.5, -1.0)] {
        let (value, gradient) = else_if_statement_grad(x, y);
        assert_eq!(value, x * y * x);
        assert_all_close(arr2(gradient), [2.0 * x * y, x * x], "first branch");
    }
    for (x, y) in [(1.5, -2.0), (0.5, -0.25)] {
        let (value, gradient) = else_if_statement_grad(x, y);
        assert_close(value, x * y - y * y, "second branch");
        assert_all_close(arr2(gradient), [y, x - 2.0 * y], "second branch");
    }
    for (x, y) in [(1.5, 2.0), (0.5, 0.25)] {
        let (value, gradient) = else_if_statement_grad(x, y);
        assert_close(value, 2.0 * (x * y + x), "third branch");
        assert_all_close(arr2(gradient), [2.0 * y + 2.0, 2.0 * x], "third branch");
    }
}

#[grad::differentiate]
fn nested_ifs(x: f64, y: f64) -> f64 {
    let mut z = x + y;
    if x > 0.0 {
        if y > 0.0 {
            z = z * x;
        } else {
            z = z * y * 2.0;
        }
    } else {
        let w = if y > x { y - x } else { x * 3.0 };
        z = z * w;
    }
    z
}

#[test]
fn nested_ifs_take_every_path() {
    let cases: [((f64, f64), [f64; 2]); 8] = [
        // x > 0, y > 0: (x + y) x
        ((1.5, 0.5), [2.0 * 1.5 + 0.5, 1.5]),
        ((0.25, 2.0), [2.0 * 0.25 + 2.0, 0.25]),
        // x > 0, y <= 0: 2 (x + y) y
        ((1.5, -0.5), [2.0 * -0.5, 2.0 * 1.5 + 4.0 * -0.5]),
        ((0.5, -2.0), [2.0 * -2.0, 2.0 * 0.5 + 4.0 * -2.0]),
        // x <= 0, y > x: y² - x²
        ((-1.0, 0.5), [2.0, 1.0]),
        ((-2.0, -1.5), [4.0, -3.0]),
        // x <= 0, y <= x: 3x² + 3xy
        ((-0.5, -1.0), [-6.0, -1.5]),
        ((-1.0, -3.0), [-15.0, -3.0]),
    ];
    for ((x, y), expected) in cases {
        let (value, gradient) = nested_ifs_grad(x, y);
        assert_eq!(value, nested_ifs(x, y));
        assert_all_close(arr2(gradient), expected, &format!("nested ifs at {x}, {y}"));
        assert_matches_fd(
            |[x, y]| nested_ifs(x, y),
            [x, y],
            arr2(gradient),
            "nested ifs",
        );
    }
}

#[grad::differentiate]
fn if_without_else(x: f64, y: f64) -> f64 {
    let mut acc = x;
    if y > 0.0 {
        acc *= y;
    }
    if x > 2.0 {
        acc += y * y;
    }
    acc
}

#[test]
fn if_without_else_mutating_a_variable() {
    let cases: [((f64, f64), [f64; 2]); 4] = [
        ((1.0, 0.5), [0.5, 1.0]),   // xy
        ((3.0, 0.5), [0.5, 4.0]),   // xy + y²
        ((1.0, -0.5), [1.0, 0.0]),  // x
        ((3.0, -0.5), [1.0, -1.0]), // x + y²
    ];
    for ((x, y), expected) in cases {
        let (value, gradient) = if_without_else_grad(x, y);
        assert_eq!(value, if_without_else(x, y));
        assert_eq!(arr2(gradient), expected, "if without else at {x}, {y}");
    }
}

#[grad::differentiate]
fn if_expression_returning_tuple(x: f64, y: f64) -> f64 {
    let (a, b) = if x > y { (x * 2.0, y) } else { (y, x * x) };
    a * b
}

#[grad::differentiate]
fn if_expression_tuple_bound_to_name(x: f64, y: f64) -> f64 {
    let t = if x > y { (x, y * y) } else { (y.exp(), 3.0) };
    t.0 - t.1
}

#[test]
fn if_expression_returning_a_tuple() {
    for (x, y) in [(2.0, 0.5), (0.5, -1.0)] {
        assert_eq!(
            if_expression_returning_tuple_grad(x, y),
            (2.0 * x * y, (2.0 * y, 2.0 * x))
        );
        assert_eq!(
            if_expression_tuple_bound_to_name_grad(x, y),
            (x - y * y, (1.0, -2.0 * y))
        );
    }
    for (x, y) in [(0.5, 2.0), (-1.5, -0.5)] {
        let (value, gradient) = if_expression_returning_tuple_grad(x, y);
        assert_eq!(value, y * x * x);
        assert_all_close(arr2(gradient), [2.0 * x * y, x * x], "tuple from else");
        let (value, gradient) = if_expression_tuple_bound_to_name_grad(x, y);
        assert_eq!(value, y.exp() - 3.0);
        assert_eq!(gradient, (0.0, y.exp()));
    }
}

#[grad::differentiate]
#[allow(clippy::nonminimal_bool, clippy::neg_cmp_op_on_partial_ord)]
fn comparisons_in_conditions(x: f64, y: f64, n: usize, flag: bool) -> f64 {
    let mut z = x * y;
    if x > 0.0 && y >= 0.0 || n == 3 {
        z += x;
    }
    if !flag && x != y {
        z -= y;
    }
    if x.is_finite() && (n as f64) < x * 10.0 && x.abs() <= 100.0 {
        z *= 2.0;
    }
    if !(x < y) {
        z = z * y;
    }
    z
}

#[test]
fn comparisons_and_logic_in_conditions_are_constants() {
    let points = [
        (0.5, 1.0, 1_usize, true),
        (0.5, 1.0, 3, false),
        (-0.5, 1.0, 3, false),
        (2.0, -1.0, 0, true),
        (-2.0, -3.0, 5, false),
        (1.5, 1.25, 2, false),
    ];
    for (x, y, n, flag) in points {
        let (value, (gx, gy)) = comparisons_in_conditions_grad(x, y, n, flag);
        assert_eq!(value, comparisons_in_conditions(x, y, n, flag));
        assert_matches_fd(
            |[x, y]| comparisons_in_conditions(x, y, n, flag),
            [x, y],
            [gx, gy],
            &format!("conditions at n = {n}, flag = {flag}"),
        );
        let (_, pullback) = comparisons_in_conditions_vjp(x, y, n, flag);
        let ((), ()) = {
            let (px, py, pn, pflag) = pullback(1.0);
            assert_eq!((px, py), (gx, gy));
            (pn, pflag)
        };
    }
}

// ---------------------------------------------------------------------------------------------
// Float methods, as methods and as `f64::name(x)`
// ---------------------------------------------------------------------------------------------

/// One function per unary float method, written as a method.
#[allow(clippy::wrong_self_convention)]
mod unary_method {
    #[grad::differentiate]
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    #[grad::differentiate]
    pub fn exp2(x: f64) -> f64 {
        x.exp2()
    }
    #[grad::differentiate]
    pub fn exp_m1(x: f64) -> f64 {
        x.exp_m1()
    }
    #[grad::differentiate]
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    #[grad::differentiate]
    pub fn ln_1p(x: f64) -> f64 {
        x.ln_1p()
    }
    #[grad::differentiate]
    pub fn log_base_3(x: f64) -> f64 {
        x.log(3.0)
    }
    #[grad::differentiate]
    pub fn log2(x: f64) -> f64 {
        x.log2()
    }
    #[grad::differentiate]
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    #[grad::differentiate]
    pub fn sqrt(x: f64) -> f64 {
        x.sqrt()
    }
    #[grad::differentiate]
    pub fn cbrt(x: f64) -> f64 {
        x.cbrt()
    }
    #[grad::differentiate]
    pub fn powi_3(x: f64) -> f64 {
        x.powi(3)
    }
    #[grad::differentiate]
    pub fn powi_minus_2(x: f64) -> f64 {
        x.powi(-2)
    }
    #[grad::differentiate]
    pub fn powf_2_5(x: f64) -> f64 {
        x.powf(2.5)
    }
    #[grad::differentiate]
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    #[grad::differentiate]
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    #[grad::differentiate]
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
    #[grad::differentiate]
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }
    #[grad::differentiate]
    pub fn acos(x: f64) -> f64 {
        x.acos()
    }
    #[grad::differentiate]
    pub fn atan(x: f64) -> f64 {
        x.atan()
    }
    #[grad::differentiate]
    pub fn sinh(x: f64) -> f64 {
        x.sinh()
    }
    #[grad::differentiate]
    pub fn cosh(x: f64) -> f64 {
        x.cosh()
    }
    #[grad::differentiate]
    pub fn tanh(x: f64) -> f64 {
        x.tanh()
    }
    #[grad::differentiate]
    pub fn asinh(x: f64) -> f64 {
        x.asinh()
    }
    #[grad::differentiate]
    pub fn acosh(x: f64) -> f64 {
        x.acosh()
    }
    #[grad::differentiate]
    pub fn atanh(x: f64) -> f64 {
        x.atanh()
    }
    #[grad::differentiate]
    pub fn abs(x: f64) -> f64 {
        x.abs()
    }
    #[grad::differentiate]
    pub fn recip(x: f64) -> f64 {
        x.recip()
    }
    #[grad::differentiate]
    pub fn to_degrees(x: f64) -> f64 {
        x.to_degrees()
    }
    #[grad::differentiate]
    pub fn to_radians(x: f64) -> f64 {
        x.to_radians()
    }
    #[grad::differentiate]
    pub fn signum(x: f64) -> f64 {
        x.signum()
    }
    #[grad::differentiate]
    pub fn floor(x: f64) -> f64 {
        x.floor()
    }
    #[grad::differentiate]
    pub fn ceil(x: f64) -> f64 {
        x.ceil()
    }
    #[grad::differentiate]
    pub fn round(x: f64) -> f64 {
        x.round()
    }
    #[grad::differentiate]
    pub fn trunc(x: f64) -> f64 {
        x.trunc()
    }
}

/// The same functions in call syntax, `f64::name(x, ..)`.
#[allow(clippy::wrong_self_convention)]
mod unary_path {
    #[grad::differentiate]
    pub fn exp(x: f64) -> f64 {
        f64::exp(x)
    }
    #[grad::differentiate]
    pub fn exp2(x: f64) -> f64 {
        f64::exp2(x)
    }
    #[grad::differentiate]
    pub fn exp_m1(x: f64) -> f64 {
        f64::exp_m1(x)
    }
    #[grad::differentiate]
    pub fn ln(x: f64) -> f64 {
        f64::ln(x)
    }
    #[grad::differentiate]
    pub fn ln_1p(x: f64) -> f64 {
        f64::ln_1p(x)
    }
    #[grad::differentiate]
    pub fn log_base_3(x: f64) -> f64 {
        f64::log(x, 3.0)
    }
    #[grad::differentiate]
    pub fn log2(x: f64) -> f64 {
        f64::log2(x)
    }
    #[grad::differentiate]
    pub fn log10(x: f64) -> f64 {
        f64::log10(x)
    }
    #[grad::differentiate]
    pub fn sqrt(x: f64) -> f64 {
        f64::sqrt(x)
    }
    #[grad::differentiate]
    pub fn cbrt(x: f64) -> f64 {
        f64::cbrt(x)
    }
    #[grad::differentiate]
    pub fn powi_3(x: f64) -> f64 {
        f64::powi(x, 3)
    }
    #[grad::differentiate]
    pub fn powi_minus_2(x: f64) -> f64 {
        f64::powi(x, -2)
    }
    #[grad::differentiate]
    pub fn powf_2_5(x: f64) -> f64 {
        f64::powf(x, 2.5)
    }
    #[grad::differentiate]
    pub fn sin(x: f64) -> f64 {
        f64::sin(x)
    }
    #[grad::differentiate]
    pub fn cos(x: f64) -> f64 {
        f64::cos(x)
    }
    #[grad::differentiate]
    pub fn tan(x: f64) -> f64 {
        f64::tan(x)
    }
    #[grad::differentiate]
    pub fn asin(x: f64) -> f64 {
        f64::asin(x)
    }
    #[grad::differentiate]
    pub fn acos(x: f64) -> f64 {
        f64::acos(x)
    }
    #[grad::differentiate]
    pub fn atan(x: f64) -> f64 {
        f64::atan(x)
    }
    #[grad::differentiate]
    pub fn sinh(x: f64) -> f64 {
        f64::sinh(x)
    }
    #[grad::differentiate]
    pub fn cosh(x: f64) -> f64 {
        f64::cosh(x)
    }
    #[grad::differentiate]
    pub fn tanh(x: f64) -> f64 {
        f64::tanh(x)
    }
    #[grad::differentiate]
    pub fn asinh(x: f64) -> f64 {
        f64::asinh(x)
    }
    #[grad::differentiate]
    pub fn acosh(x: f64) -> f64 {
        f64::acosh(x)
    }
    #[grad::differentiate]
    pub fn atanh(x: f64) -> f64 {
        f64::atanh(x)
    }
    #[grad::differentiate]
    pub fn abs(x: f64) -> f64 {
        f64::abs(x)
    }
    #[grad::differentiate]
    pub fn recip(x: f64) -> f64 {
        f64::recip(x)
    }
    #[grad::differentiate]
    pub fn to_degrees(x: f64) -> f64 {
        f64::to_degrees(x)
    }
    #[grad::differentiate]
    pub fn to_radians(x: f64) -> f64 {
        f64::to_radians(x)
    }
    #[grad::differentiate]
    pub fn signum(x: f64) -> f64 {
        f64::signum(x)
    }
    #[grad::differentiate]
    pub fn floor(x: f64) -> f64 {
        f64::floor(x)
    }
    #[grad::differentiate]
    pub fn ceil(x: f64) -> f64 {
        f64::ceil(x)
    }
    #[grad::differentiate]
    pub fn round(x: f64) -> f64 {
        f64::round(x)
    }
    #[grad::differentiate]
    pub fn trunc(x: f64) -> f64 {
        f64::trunc(x)
    }
}

type UnaryGrad = fn(f64) -> (f64, f64);

/// One row of the unary table: the method form, the path form, the plain function, its
/// closed-form derivative, and the points to check at.
struct Unary {
    name: &'static str,
    method: UnaryGrad,
    path: UnaryGrad,
    plain: fn(f64) -> f64,
    derivative: fn(f64) -> f64,
    points: [f64; 2],
}

#[test]
fn every_unary_float_method_as_method_and_as_path() {
    use std::f64::consts::{LN_2, LN_10, PI};
    let rows = [
        Unary {
            name: "exp",
            method: unary_method::exp_grad,
            path: unary_path::exp_grad,
            plain: f64::exp,
            derivative: f64::exp,
            points: [-1.3, 0.7],
        },
        Unary {
            name: "exp2",
            method: unary_method::exp2_grad,
            path: unary_path::exp2_grad,
            plain: f64::exp2,
            derivative: |x| x.exp2() * LN_2,
            points: [-1.3, 0.7],
        },
        Unary {
            name: "exp_m1",
            method: unary_method::exp_m1_grad,
            path: unary_path::exp_m1_grad,
            plain: f64::exp_m1,
            derivative: f64::exp,
            points: [-0.4, 1.2],
        },
        Unary {
            name: "ln",
            method: unary_method::ln_grad,
            path: unary_path::ln_grad,
            plain: f64::ln,
            derivative: |x| 1.0 / x,
            points: [0.3, 2.5],
        },
        Unary {
            name: "ln_1p",
            method: unary_method::ln_1p_grad,
            path: unary_path::ln_1p_grad,
            plain: f64::ln_1p,
            derivative: |x| 1.0 / (1.0 + x),
            points: [-0.5, 2.0],
        },
        Unary {
            name: "log(3)",
            method: unary_method::log_base_3_grad,
            path: unary_path::log_base_3_grad,
            plain: |x| x.log(3.0),
            derivative: |x| 1.0 / (x * 3.0_f64.ln()),
            points: [0.4, 5.0],
        },
        Unary {
            name: "log2",
            method: unary_method::log2_grad,
            path: unary_path::log2_grad,
            plain: f64::log2,
            derivative: |x| 1.0 / (x * LN_2),
            points: [0.5, 3.0],
        },
        Unary {
            name: "log10",
            method: unary_method::log10_grad,
            path: unary_path::log10_grad,
            plain: f64::log10,
            derivative: |x| 1.0 / (x * LN_10),
            points: [0.5, 30.0],
        },
        Unary {
            name: "sqrt",
            method: unary_method::sqrt_grad,
            path: unary_path::sqrt_grad,
            plain: f64::sqrt,
            derivative: |x| 0.5 / x.sqrt(),
            points: [0.25, 4.0],
        },
        Unary {
            name: "cbrt",
            method: unary_method::cbrt_grad,
            path: unary_path::cbrt_grad,
            plain: f64::cbrt,
            derivative: |x| 1.0 / (3.0 * x.cbrt() * x.cbrt()),
            points: [0.5, -2.0],
        },
        Unary {
            name: "powi(3)",
            method: unary_method::powi_3_grad,
            path: unary_path::powi_3_grad,
            plain: |x| x.powi(3),
            derivative: |x| 3.0 * x * x,
            points: [-1.5, 0.75],
        },
        Unary {
            name: "powi(-2)",
            method: unary_method::powi_minus_2_grad,
            path: unary_path::powi_minus_2_grad,
            plain: |x| x.powi(-2),
            derivative: |x| -2.0 / (x * x * x),
            points: [-1.5, 0.75],
        },
        Unary {
            name: "powf(2.5)",
            method: unary_method::powf_2_5_grad,
            path: unary_path::powf_2_5_grad,
            plain: |x| x.powf(2.5),
            derivative: |x| 2.5 * x.powf(1.5),
            points: [0.5, 2.0],
        },
        Unary {
            name: "sin",
            method: unary_method::sin_grad,
            path: unary_path::sin_grad,
            plain: f64::sin,
            derivative: f64::cos,
            points: [-0.8, 2.1],
        },
        Unary {
            name: "cos",
            method: unary_method::cos_grad,
            path: unary_path::cos_grad,
            plain: f64::cos,
            derivative: |x| -x.sin(),
            points: [-0.8, 2.1],
        },
        Unary {
            name: "tan",
            method: unary_method::tan_grad,
            path: unary_path::tan_grad,
            plain: f64::tan,
            derivative: |x| 1.0 / (x.cos() * x.cos()),
            points: [-0.8, 0.3],
        },
        Unary {
            name: "asin",
            method: unary_method::asin_grad,
            path: unary_path::asin_grad,
            plain: f64::asin,
            derivative: |x| 1.0 / (1.0 - x * x).sqrt(),
            points: [-0.6, 0.3],
        },
        Unary {
            name: "acos",
            method: unary_method::acos_grad,
            path: unary_path::acos_grad,
            plain: f64::acos,
            derivative: |x| -1.0 / (1.0 - x * x).sqrt(),
            points: [-0.6, 0.3],
        },
        Unary {
            name: "atan",
            method: unary_method::atan_grad,
            path: unary_path::atan_grad,
            plain: f64::atan,
            derivative: |x| 1.0 / (1.0 + x * x),
            points: [-2.0, 0.5],
        },
        Unary {
            name: "sinh",
            method: unary_method::sinh_grad,
            path: unary_path::sinh_grad,
            plain: f64::sinh,
            derivative: f64::cosh,
            points: [-1.2, 0.4],
        },
        Unary {
            name: "cosh",
            method: unary_method::cosh_grad,
            path: unary_path::cosh_grad,
            plain: f64::cosh,
            derivative: f64::sinh,
            points: [-1.2, 0.4],
        },
        Unary {
            name: "tanh",
            method: unary_method::tanh_grad,
            path: unary_path::tanh_grad,
            plain: f64::tanh,
            derivative: |x| 1.0 / (x.cosh() * x.cosh()),
            points: [-1.2, 0.4],
        },
        Unary {
            name: "asinh",
            method: unary_method::asinh_grad,
            path: unary_path::asinh_grad,
            plain: f64::asinh,
            derivative: |x| 1.0 / (x * x + 1.0).sqrt(),
            points: [-1.2, 0.4],
        },
        Unary {
            name: "acosh",
            method: unary_method::acosh_grad,
            path: unary_path::acosh_grad,
            plain: f64::acosh,
            derivative: |x| 1.0 / (x * x - 1.0).sqrt(),
            points: [1.5, 3.0],
        },
        Unary {
            name: "atanh",
            method: unary_method::atanh_grad,
            path: unary_path::atanh_grad,
            plain: f64::atanh,
            derivative: |x| 1.0 / (1.0 - x * x),
            points: [-0.6, 0.3],
        },
        Unary {
            name: "abs",
            method: unary_method::abs_grad,
            path: unary_path::abs_grad,
            plain: f64::abs,
            derivative: f64::signum,
            points: [-0.7, 1.3],
        },
        Unary {
            name: "recip",
            method: unary_method::recip_grad,
            path: unary_path::recip_grad,
            plain: f64::recip,
            derivative: |x| -1.0 / (x * x),
            points: [-0.8, 2.5],
        },
        Unary {
            name: "to_degrees",
            method: unary_method::to_degrees_grad,
            path: unary_path::to_degrees_grad,
            plain: f64::to_degrees,
            derivative: |_| 180.0 / PI,
            points: [-0.8, 2.5],
        },
        Unary {
            name: "to_radians",
            method: unary_method::to_radians_grad,
            path: unary_path::to_radians_grad,
            plain: f64::to_radians,
            derivative: |_| PI / 180.0,
            points: [-45.0, 120.0],
        },
        Unary {
            name: "signum",
            method: unary_method::signum_grad,
            path: unary_path::signum_grad,
            plain: f64::signum,
            derivative: |_| 0.0,
            points: [-0.8, 2.5],
        },
        Unary {
            name: "floor",
            method: unary_method::floor_grad,
            path: unary_path::floor_grad,
            plain: f64::floor,
            derivative: |_| 0.0,
            points: [-0.8, 2.5],
        },
        Unary {
            name: "ceil",
            method: unary_method::ceil_grad,
            path: unary_path::ceil_grad,
            plain: f64::ceil,
            derivative: |_| 0.0,
            points: [-0.8, 2.5],
        },
        Unary {
            name: "round",
            method: unary_method::round_grad,
            path: unary_path::round_grad,
            plain: f64::round,
            derivative: |_| 0.0,
            points: [-0.8, 2.3],
        },
        Unary {
            name: "trunc",
            method: unary_method::trunc_grad,
            path: unary_path::trunc_grad,
            plain: f64::trunc,
            derivative: |_| 0.0,
            points: [-0.8, 2.5],
        },
    ];
    for row in &rows {
        for x in row.points {
            let (value, gradient) = (row.method)(x);
            let (path_value, path_gradient) = (row.path)(x);
            let what = format!("{} at {x}", row.name);
            assert_close_tol(value, (row.plain)(x), 1e-12, &format!("{what}: value"));
            assert_eq!(
                (path_value, path_gradient),
                (value, gradient),
                "{what}: f64::{} and .{}() disagree",
                row.name,
                row.name
            );
            assert_close(
                gradient,
                (row.derivative)(x),
                &format!("{what}: closed form"),
            );
            assert_matches_fd(|[x]| (row.plain)(x), [x], [gradient], &what);
        }
    }
}

#[test]
fn abs_has_zero_derivative_at_zero() {
    assert_eq!(unary_method::abs_grad(0.0), (0.0, 0.0));
    assert_eq!(unary_path::abs_grad(0.0), (0.0, 0.0));
}

mod binary_method {
    #[grad::differentiate]
    pub fn log(x: f64, base: f64) -> f64 {
        x.log(base)
    }
    #[grad::differentiate]
    pub fn powf(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    #[grad::differentiate]
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    #[grad::differentiate]
    pub fn max(x: f64, y: f64) -> f64 {
        x.max(y)
    }
    #[grad::differentiate]
    pub fn min(x: f64, y: f64) -> f64 {
        x.min(y)
    }
    #[grad::differentiate]
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
    #[grad::differentiate]
    pub fn mul_add(x: f64, a: f64, b: f64) -> f64 {
        x.mul_add(a, b)
    }
}

mod binary_path {
    #[grad::differentiate]
    pub fn log(x: f64, base: f64) -> f64 {
        f64::log(x, base)
    }
    #[grad::differentiate]
    pub fn powf(x: f64, y: f64) -> f64 {
        f64::powf(x, y)
    }
    #[grad::differentiate]
    pub fn atan2(y: f64, x: f64) -> f64 {
        f64::atan2(y, x)
    }
    #[grad::differentiate]
    pub fn max(x: f64, y: f64) -> f64 {
        f64::max(x, y)
    }
    #[grad::differentiate]
    pub fn min(x: f64, y: f64) -> f64 {
        f64::min(x, y)
    }
    #[grad::differentiate]
    pub fn hypot(x: f64, y: f64) -> f64 {
        f64::hypot(x, y)
    }
    #[grad::differentiate]
    pub fn mul_add(x: f64, a: f64, b: f64) -> f64 {
        f64::mul_add(x, a, b)
    }
}

type BinaryGrad = fn(f64, f64) -> (f64, (f64, f64));

struct Binary {
    name: &'static str,
    method: BinaryGrad,
    path: BinaryGrad,
    plain: fn(f64, f64) -> f64,
    partials: fn(f64, f64) -> [f64; 2],
    points: [[f64; 2]; 2],
}

#[test]
fn every_binary_float_method_as_method_and_as_path() {
    let rows = [
        Binary {
            name: "log",
            method: binary_method::log_grad,
            path: binary_path::log_grad,
            plain: f64::log,
            partials: |x, b| {
                let ln_b = b.ln();
                [1.0 / (x * ln_b), -x.ln() / (b * ln_b * ln_b)]
            },
            points: [[0.5, 3.0], [7.0, 1.5]],
        },
        Binary {
            name: "powf",
            method: binary_method::powf_grad,
            path: binary_path::powf_grad,
            plain: f64::powf,
            partials: |x, y| [y * x.powf(y - 1.0), x.powf(y) * x.ln()],
            points: [[0.5, 3.0], [2.0, -1.5]],
        },
        Binary {
            name: "atan2",
            method: binary_method::atan2_grad,
            path: binary_path::atan2_grad,
            plain: f64::atan2,
            partials: |y, x| {
                let r2 = x * x + y * y;
                [x / r2, -y / r2]
            },
            // All four quadrants' worth of signs.
            points: [[0.5, -2.0], [-1.5, 0.25]],
        },
        Binary {
            name: "max",
            method: binary_method::max_grad,
            path: binary_path::max_grad,
            plain: f64::max,
            partials: |x, y| if x >= y { [1.0, 0.0] } else { [0.0, 1.0] },
            points: [[0.5, -2.0], [-1.5, 0.25]],
        },
        Binary {
            name: "min",
            method: binary_method::min_grad,
            path: binary_path::min_grad,
            plain: f64::min,
            partials: |x, y| if x <= y { [1.0, 0.0] } else { [0.0, 1.0] },
            points: [[0.5, -2.0], [-1.5, 0.25]],
        },
        Binary {
            name: "hypot",
            method: binary_method::hypot_grad,
            path: binary_path::hypot_grad,
            plain: f64::hypot,
            partials: |x, y| {
                let h = (x * x + y * y).sqrt();
                [x / h, y / h]
            },
            points: [[3.0, -4.0], [-0.5, 1.25]],
        },
    ];
    for row in &rows {
        for [x, y] in row.points {
            let (value, gradient) = (row.method)(x, y);
            let (path_value, path_gradient) = (row.path)(x, y);
            let what = format!("{}({x}, {y})", row.name);
            assert_close_tol(value, (row.plain)(x, y), 1e-12, &format!("{what}: value"));
            assert_eq!(
                (path_value, path_gradient),
                (value, gradient),
                "{what}: method and path forms disagree"
            );
            assert_all_close(
                arr2(gradient),
                (row.partials)(x, y),
                &format!("{what}: closed form"),
            );
            assert_matches_fd(|[x, y]| (row.plain)(x, y), [x, y], arr2(gradient), &what);
        }
    }
}

#[test]
fn mul_add_as_method_and_as_path() {
    for [x, a, b] in [[0.5, -2.0, 3.0], [-1.5, 0.25, -0.75]] {
        let (value, gradient) = binary_method::mul_add_grad(x, a, b);
        assert_eq!(value, x.mul_add(a, b));
        assert_eq!(gradient, (a, x, 1.0));
        assert_eq!(binary_path::mul_add_grad(x, a, b), (value, gradient));
        assert_matches_fd(
            |[x, a, b]| x.mul_add(a, b),
            [x, a, b],
            arr3(gradient),
            "mul_add",
        );
    }
}

#[test]
fn max_and_min_give_ties_to_the_receiver() {
    assert_eq!(binary_method::max_grad(1.5, 1.5), (1.5, (1.0, 0.0)));
    assert_eq!(binary_method::min_grad(1.5, 1.5), (1.5, (1.0, 0.0)));
    assert_eq!(binary_path::max_grad(-2.0, -2.0), (-2.0, (1.0, 0.0)));
    assert_eq!(binary_path::min_grad(-2.0, -2.0), (-2.0, (1.0, 0.0)));
}

const BASE: f64 = 3.0;

#[grad::differentiate]
fn constant_receivers_and_arguments(x: f64) -> f64 {
    2.0_f64.powf(x) + BASE.powf(x) + f64::powf(2.0, x) + x.atan2(1.0) + f64::atan2(1.0, x)
        - x.max(0.0)
        + 0.0_f64.min(x)
        + x.hypot(BASE)
        + f64::mul_add(2.0, x, 1.0)
}

#[test]
fn float_methods_with_constant_receivers_or_arguments() {
    use std::f64::consts::LN_2;
    for x in [-0.75, 1.5] {
        let (value, gradient) = constant_receivers_and_arguments_grad(x);
        assert_close_tol(value, constant_receivers_and_arguments(x), 1e-12, "value");
        let expected =
            2.0 * 2.0_f64.powf(x) * LN_2 + 3.0_f64.powf(x) * 3.0_f64.ln() + 1.0 / (1.0 + x * x)
                - 1.0 / (1.0 + x * x)
                - if x >= 0.0 { 1.0 } else { 0.0 }
                + if x < 0.0 { 1.0 } else { 0.0 }
                + x / x.hypot(3.0)
                + 2.0;
        assert_close(gradient, expected, &format!("constant receivers at {x}"));
        assert_matches_fd(
            |[x]| constant_receivers_and_arguments(x),
            [x],
            [gradient],
            "constant receivers",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Casts, integer and bool parameters
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn f32_inside_f64(x: f64) -> f64 {
    let y = x as f32;
    let z = y * y * 3.0;
    z as f64 + x
}

#[grad::differentiate]
fn f64_inside_f32(x: f32) -> f32 {
    let y = x as f64;
    (y.exp() * y) as f32
}

#[grad::differentiate]
#[allow(clippy::unnecessary_cast)]
fn cast_chains(x: f64) -> f64 {
    (x as f32 as f64) * 2.0 + (x as f64)
}

#[test]
fn as_casts_between_f32_and_f64() {
    for x in [0.5, -1.25] {
        let (value, gradient) = f32_inside_f64_grad(x);
        assert_eq!(value, f32_inside_f64(x));
        // Computed in f32: f32 precision.
        assert_close_tol(gradient, 6.0 * x + 1.0, 1e-6, "f32 inside f64");

        let xf = x as f32;
        let (value, gradient): (f32, f32) = f64_inside_f32_grad(xf);
        assert_eq!(value, f64_inside_f32(xf));
        let x64 = f64::from(xf);
        assert_close_tol(
            f64::from(gradient),
            x64.exp() * (1.0 + x64),
            1e-6,
            "f64 inside f32",
        );

        assert_eq!(cast_chains_grad(x), (cast_chains(x), 3.0));
    }
}

#[grad::differentiate]
fn integer_parameters(x: f64, n: usize, k: i32) -> f64 {
    x.powi(k) * n as f64 + f64::powi(x, k + 1)
}

#[grad::differentiate]
fn integer_locals(x: f64, n: usize) -> f64 {
    let m = n * 2 + 1;
    let half = m / 2;
    let mut count = 0;
    count += 3;
    x * half as f64 + x.powi(count)
}

#[test]
fn integer_parameters_are_constants() {
    for (x, n, k) in [(1.5, 3_usize, 2_i32), (-0.75, 5, 3), (2.0, 0, -1)] {
        // The gradient is the single f64 of x; n and k get () in the pullback.
        let (value, gradient): (f64, f64) = integer_parameters_grad(x, n, k);
        assert_eq!(value, integer_parameters(x, n, k));
        let kf = f64::from(k);
        let expected = n as f64 * kf * x.powi(k - 1) + (kf + 1.0) * x.powi(k);
        assert_close(gradient, expected, &format!("n = {n}, k = {k}"));
        assert_matches_fd(
            |[x]| integer_parameters(x, n, k),
            [x],
            [gradient],
            "integer parameters",
        );
        let (_, pullback) = integer_parameters_vjp(x, n, k);
        let (gx, (), ()) = pullback(1.0);
        assert_eq!(gx, gradient);
    }
    for (x, n) in [(1.5, 3_usize), (-0.5, 4)] {
        // half = n (integer division), count = 3.
        let (value, gradient) = integer_locals_grad(x, n);
        assert_eq!(value, x * n as f64 + x.powi(3));
        assert_close(gradient, n as f64 + 3.0 * x * x, "integer locals");
    }
}

#[grad::differentiate]
fn bool_parameter(x: f64, y: f64, flag: bool) -> f64 {
    if flag { x * y } else { x + y }
}

#[test]
fn bool_parameters_are_constants() {
    for (x, y) in [(1.5, -2.0), (0.25, 3.0)] {
        let (value, gradient): (f64, (f64, f64)) = bool_parameter_grad(x, y, true);
        assert_eq!((value, gradient), (x * y, (y, x)));
        let (value, gradient) = bool_parameter_grad(x, y, false);
        assert_eq!((value, gradient), (x + y, (1.0, 1.0)));

        let (_, pullback) = bool_parameter_vjp(x, y, true);
        let (gx, gy, ()) = pullback(2.0);
        assert_eq!((gx, gy), (2.0 * y, 2.0 * x));
    }
}

// ---------------------------------------------------------------------------------------------
// Calls: differentiated functions, paths, chains, custom rules, constant calls
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn square(x: f64) -> f64 {
    x * x
}

#[grad::differentiate]
fn poly(x: f64, y: f64) -> f64 {
    square(x) * y + square(y)
}

mod helpers {
    #[grad::differentiate]
    pub fn h(x: f64) -> f64 {
        x.sin() * x
    }

    #[grad::differentiate]
    pub fn scaled_pow(x: f64, k: i32) -> f64 {
        x.powi(k) * 0.5
    }

    pub mod deeper {
        #[grad::differentiate]
        pub fn cube_plus(x: f64, c: f64) -> f64 {
            x * x * x + c
        }
    }
}

#[grad::differentiate]
fn calls_by_path(x: f64) -> f64 {
    helpers::h(x) + helpers::deeper::cube_plus(x, 2.0) + self::square(x) + crate::square(x)
        - helpers::scaled_pow(x, 4)
}

#[grad::differentiate]
fn same_argument_twice(x: f64) -> f64 {
    poly(x, x)
}

#[test]
fn calls_to_differentiated_functions_by_name_and_path() {
    for (x, y) in [(0.5, 1.5), (-1.25, 0.75)] {
        let (value, gradient) = poly_grad(x, y);
        assert_eq!(value, x * x * y + y * y);
        assert_all_close(
            arr2(gradient),
            [2.0 * x * y, x * x + 2.0 * y],
            "square(x) * y + square(y)",
        );

        let (value, gradient) = calls_by_path_grad(x);
        assert_eq!(value, calls_by_path(x));
        let expected = x.sin() + x * x.cos() + 3.0 * x * x + 4.0 * x - 2.0 * x.powi(3);
        assert_close(gradient, expected, "calls by path");
        assert_matches_fd(|[x]| calls_by_path(x), [x], [gradient], "calls by path");

        let (value, gradient) = same_argument_twice_grad(x);
        assert_eq!(value, x * x * x + x * x);
        assert_close(gradient, 3.0 * x * x + 2.0 * x, "poly(x, x)");
    }
}

#[grad::differentiate]
fn level1(x: f64) -> f64 {
    square(x) + x
}

#[grad::differentiate]
fn level2(x: f64) -> f64 {
    level1(x) * level1(x)
}

#[grad::differentiate]
fn level3(x: f64) -> f64 {
    level2(x.sin()) + helpers::h(level1(x))
}

#[test]
fn chained_calls_several_levels_deep() {
    let l1 = |x: f64| x * x + x;
    let dl1 = |x: f64| 2.0 * x + 1.0;
    let dl2 = |x: f64| 2.0 * l1(x) * dl1(x);
    let dh = |u: f64| u.sin() + u * u.cos();
    for x in [0.3, -0.8, 1.4] {
        let (value, gradient) = level3_grad(x);
        assert_eq!(value, level3(x));
        let expected = dl2(x.sin()) * x.cos() + dh(l1(x)) * dl1(x);
        assert_close(gradient, expected, "three levels of calls");
        assert_matches_fd(|[x]| level3(x), [x], [gradient], "three levels of calls");
    }
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

fn softplus(x: f64) -> f64 {
    x.exp().ln_1p()
}

static SOFTPLUS_RULE_CALLS: CallCounter = CallCounter::new();
static SOFTPLUS_PULLBACK_CALLS: CallCounter = CallCounter::new();

/// A hand-written rule for `softplus`: `softplus' = sigmoid`.
fn softplus_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    SOFTPLUS_RULE_CALLS.hit();
    let s = sigmoid(x);
    (softplus(x), move |c| {
        SOFTPLUS_PULLBACK_CALLS.hit();
        (c * s,)
    })
}

#[grad::differentiate]
fn softplus_loss(x: f64, y: f64) -> f64 {
    softplus(x * y) + softplus(x)
}

#[test]
fn hand_written_vjp_is_used_as_a_custom_rule() {
    for (x, y) in [(0.5, -1.5), (-2.0, 0.75)] {
        let rules_before = SOFTPLUS_RULE_CALLS.get();
        let pullbacks_before = SOFTPLUS_PULLBACK_CALLS.get();
        let (value, gradient) = softplus_loss_grad(x, y);
        assert_eq!(SOFTPLUS_RULE_CALLS.get() - rules_before, 2);
        assert_eq!(SOFTPLUS_PULLBACK_CALLS.get() - pullbacks_before, 2);
        assert_eq!(value, softplus(x * y) + softplus(x));
        let expected = [sigmoid(x * y) * y + sigmoid(x), sigmoid(x * y) * x];
        assert_all_close(arr2(gradient), expected, "softplus custom rule");
        assert_matches_fd(
            |[x, y]| softplus_loss(x, y),
            [x, y],
            arr2(gradient),
            "softplus custom rule",
        );
    }
}

fn identity_with_scaled_rule(x: f64) -> f64 {
    x
}

/// A deliberately wrong rule (derivative 10 instead of 1): if it shows in the gradient, the
/// macro used it.
fn identity_with_scaled_rule_vjp(x: f64) -> (f64, impl FnOnce(f64) -> (f64,)) {
    (x, |c| (10.0 * c,))
}

#[grad::differentiate]
fn uses_scaled_rule(x: f64) -> f64 {
    identity_with_scaled_rule(x) * 2.0 + x
}

fn clip_constant_bound(x: f64, bound: f64) -> f64 {
    x.min(bound)
}

/// A custom rule whose second argument is not differentiated (`()` cotangent).
fn clip_constant_bound_vjp(x: f64, bound: f64) -> (f64, impl FnOnce(f64) -> (f64, ())) {
    let passes = x < bound;
    (x.min(bound), move |c| (if passes { c } else { 0.0 }, ()))
}

#[grad::differentiate]
fn uses_rule_with_constant_argument(x: f64) -> f64 {
    clip_constant_bound(x * 2.0, 1.0) * x
}

#[test]
fn deliberately_scaled_custom_rule_shows_in_the_gradient() {
    for x in [0.5, -3.0] {
        assert_eq!(uses_scaled_rule_grad(x), (3.0 * x, 21.0));
    }
    // 2x² below the bound, x above it.
    assert_eq!(uses_rule_with_constant_argument_grad(0.25), (0.125, 1.0));
    assert_eq!(uses_rule_with_constant_argument_grad(2.0), (2.0, 1.0));
    assert_eq!(uses_rule_with_constant_argument_grad(-1.0), (2.0, -4.0));
}

/// Plain functions with no `_vjp`: called on constants only, they must stay plain calls.
fn scale(n: usize) -> f64 {
    1.0 / n as f64
}

fn plain_double(c: f64) -> f64 {
    c * 2.0
}

const THREE: f64 = 3.0;

#[grad::differentiate]
fn calls_with_constant_arguments(x: f64, n: usize) -> f64 {
    let s = scale(n);
    s * x + plain_double(1.5) * x + plain_double(THREE) + scale(n + 1)
}

#[test]
fn call_with_only_constant_arguments_stays_a_plain_call() {
    for (x, n) in [(0.5, 2_usize), (-1.5, 4)] {
        let (value, gradient) = calls_with_constant_arguments_grad(x, n);
        assert_eq!(value, calls_with_constant_arguments(x, n));
        assert_close(gradient, 1.0 / n as f64 + 3.0, "plain calls on constants");
    }
}

// ---------------------------------------------------------------------------------------------
// wrt, unused parameters, f32, visibility, linearity
// ---------------------------------------------------------------------------------------------

#[grad::differentiate(wrt(y))]
fn wrt_single(x: f64, y: f64, z: f64) -> f64 {
    x * y * z + y.sin()
}

#[grad::differentiate(wrt(x, z))]
fn wrt_pair(x: f64, y: f64, z: f64) -> f64 {
    x * y * z + z / x
}

#[test]
fn wrt_selects_a_subset_of_parameters() {
    // The generated signatures, as the contract gives them.
    let _: fn(f64, f64, f64) -> (f64, f64) = wrt_single_grad;
    type PairGrad = fn(f64, f64, f64) -> (f64, (f64, f64));
    let _: PairGrad = wrt_pair_grad;

    for [x, y, z] in [[0.5, 1.5, -2.0], [-1.25, 0.75, 3.0]] {
        let (value, dy) = wrt_single_grad(x, y, z);
        assert_eq!(value, wrt_single(x, y, z));
        assert_close(dy, x * z + y.cos(), "wrt(y)");
        assert_matches_fd(
            |[y]| wrt_single(x, y, z),
            [y],
            [dy],
            "wrt(y) against finite differences in y",
        );
        let (_, pullback) = wrt_single_vjp(x, y, z);
        let ((), py, ()) = pullback(2.0);
        assert_close(py, 2.0 * dy, "wrt(y) pullback");

        let (value, (dx, dz)) = wrt_pair_grad(x, y, z);
        assert_eq!(value, wrt_pair(x, y, z));
        assert_all_close(
            [dx, dz],
            [y * z - z / (x * x), x * y + 1.0 / x],
            "wrt(x, z)",
        );
        let (_, pullback) = wrt_pair_vjp(x, y, z);
        let (px, (), pz) = pullback(-0.5);
        assert_all_close([px, pz], [-0.5 * dx, -0.5 * dz], "wrt(x, z) pullback");
    }
}

#[grad::differentiate]
fn unused_parameters(x: f64, _y: f64, _z: f64) -> f64 {
    x * 3.0
}

#[grad::differentiate]
fn parameter_only_in_condition(x: f64, y: f64) -> f64 {
    if y > 0.0 { x * x } else { -x }
}

#[grad::differentiate]
fn constant_result(_x: f64) -> f64 {
    4.0
}

#[grad::differentiate]
fn no_parameters() -> f64 {
    2.5
}

#[grad::differentiate]
fn active_locals_that_never_reach_the_result(x: f64, y: f64) -> f64 {
    let _unused = x * y;
    let _also_unused = y.exp();
    let _ = x.sin() * y;
    x * 2.0
}

#[grad::differentiate]
fn parameter_returned_directly(_x: f64, y: f64) -> f64 {
    y
}

#[test]
fn unused_parameters_get_zero_gradient() {
    for (x, y) in [(1.5, 2.0), (-0.5, -1.0)] {
        assert_eq!(
            unused_parameters_grad(x, y, 7.0),
            (3.0 * x, (3.0, 0.0, 0.0))
        );
        let (value, gradient) = parameter_only_in_condition_grad(x, y);
        assert_eq!(value, parameter_only_in_condition(x, y));
        let dx = if y > 0.0 { 2.0 * x } else { -1.0 };
        assert_eq!(gradient, (dx, 0.0));
        assert_eq!(constant_result_grad(x), (4.0, 0.0));
        assert_eq!(parameter_returned_directly_grad(x, y), (y, (0.0, 1.0)));
        let (_, pullback) = parameter_returned_directly_vjp(x, y);
        assert_eq!(pullback(-3.0), (0.0, -3.0));
        assert_eq!(
            active_locals_that_never_reach_the_result_grad(x, y),
            (2.0 * x, (2.0, 0.0))
        );
    }
    let (value, ()) = no_parameters_grad();
    assert_eq!(value, 2.5);
    let (_, pullback) = no_parameters_vjp();
    let () = pullback(1.0);
}

#[grad::differentiate]
fn f32_function(x: f32, y: f32) -> f32 {
    let mut z = (x * y).sin() + x.exp() / (y * y + 1.0) - f32::sqrt(x);
    if x > y {
        z *= y;
    }
    z + x.powi(2) * 0.5
}

#[grad::differentiate]
fn f64_twin(x: f64, y: f64) -> f64 {
    let mut z = (x * y).sin() + x.exp() / (y * y + 1.0) - f64::sqrt(x);
    if x > y {
        z *= y;
    }
    z + x.powi(2) * 0.5
}

#[test]
fn f32_functions_match_f32_finite_differences_and_an_f64_twin() {
    let _: fn(f32, f32) -> (f32, (f32, f32)) = f32_function_grad;
    for [x, y] in [[0.5_f32, 1.5], [1.25, -0.75], [2.0, 0.25]] {
        let (value, (gx, gy)) = f32_function_grad(x, y);
        assert_eq!(value, f32_function(x, y));
        assert_matches_fd_f32(
            |[x, y]| f32_function(x, y),
            [x, y],
            [gx, gy],
            "f32 function",
        );
        let (_, twin) = f64_twin_grad(f64::from(x), f64::from(y));
        assert_close_tol(f64::from(gx), twin.0, 1e-5, "f32 against f64 twin, x");
        assert_close_tol(f64::from(gy), twin.1, 1e-5, "f32 against f64 twin, y");
    }
}

mod visibility {
    #[grad::differentiate]
    pub fn public(x: f64) -> f64 {
        x * x
    }

    #[grad::differentiate]
    pub(crate) fn crate_visible(x: f64) -> f64 {
        x.exp()
    }

    pub mod inner {
        #[grad::differentiate]
        pub(in crate::visibility) fn restricted(x: f64) -> f64 {
            x * 3.0
        }

        #[grad::differentiate]
        pub(super) fn parent_visible(x: f64) -> f64 {
            x - 1.0
        }
    }

    pub fn call_restricted(x: f64) -> ((f64, f64), (f64, f64)) {
        (inner::restricted_grad(x), inner::parent_visible_grad(x))
    }
}

#[test]
fn visibility_is_carried_to_generated_functions() {
    for x in [0.5, -2.0] {
        assert_eq!(visibility::public_grad(x), (x * x, 2.0 * x));
        let (value, pullback) = visibility::public_vjp(x);
        assert_eq!((value, pullback(1.0)), (x * x, (2.0 * x,)));
        assert_eq!(visibility::crate_visible_grad(x), (x.exp(), x.exp()));
        let (_, pullback) = visibility::crate_visible_vjp(x);
        assert_eq!(pullback(2.0), (2.0 * x.exp(),));
        assert_eq!(
            visibility::call_restricted(x),
            ((3.0 * x, 3.0), (x - 1.0, 1.0))
        );
    }
}

#[test]
fn pullback_is_linear_in_the_cotangent() {
    let cotangents = [0.0, 1.0, -2.5, 1e3, 0.125];
    for (x, y) in [(0.5, 1.5), (-1.25, 0.75)] {
        let (_, g) = e_grad(x, y);
        let (_, g_nested) = nested_ifs_grad(x, y);
        let (_, g_shadow) = shadow_parameters_grad(x, y);
        let (_, g_soft) = softplus_loss_grad(x, y);
        for c in cotangents {
            let (value, pullback) = e_vjp(x, y);
            assert_eq!(value, e(x, y));
            let p = pullback(c);
            assert_all_close(arr2(p), [c * g.0, c * g.1], &format!("e, c = {c}"));

            let (_, pullback) = nested_ifs_vjp(x, y);
            let p = pullback(c);
            assert_all_close(
                arr2(p),
                [c * g_nested.0, c * g_nested.1],
                &format!("nested ifs, c = {c}"),
            );

            let (_, pullback) = shadow_parameters_vjp(x, y);
            let p = pullback(c);
            assert_all_close(
                arr2(p),
                [c * g_shadow.0, c * g_shadow.1],
                &format!("shadowing, c = {c}"),
            );

            let (_, pullback) = softplus_loss_vjp(x, y);
            let p = pullback(c);
            assert_all_close(
                arr2(p),
                [c * g_soft.0, c * g_soft.1],
                &format!("custom rule, c = {c}"),
            );
        }
        for c in cotangents {
            let (_, pullback) = reassign_reading_old_value_vjp(x);
            let (_, g) = reassign_reading_old_value_grad(x);
            let (p,) = pullback(c);
            assert!(rel_error(p, c * g) < 1e-12, "y = y * y + x, c = {c}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Other forms the contract accepts
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
#[allow(clippy::needless_return)]
fn explicit_return_at_the_end(x: f64) -> f64 {
    let y = x * x;
    return y + x;
}

#[grad::differentiate]
#[allow(clippy::clone_on_copy)]
fn read_only_macros_inner_items_and_clone(x: f64) -> f64 {
    fn offset() -> f64 {
        0.5
    }
    let y = x.clone() * 2.0;
    assert!(y.is_finite(), "y must be finite");
    debug_assert_eq!(y, 2.0 * x);
    y * x + offset()
}

/// A documented function: the doc comment stays on `f`.
#[grad::differentiate]
fn documented(x: f64) -> f64 {
    x.sin()
}

#[test]
fn return_read_only_macros_inner_items_and_clone() {
    for x in [0.5, -1.5] {
        assert_eq!(
            explicit_return_at_the_end_grad(x),
            (x * x + x, 2.0 * x + 1.0)
        );
        let (value, gradient) = read_only_macros_inner_items_and_clone_grad(x);
        assert_eq!(value, 2.0 * x * x + 0.5);
        assert_close(gradient, 4.0 * x, "clone and read-only macros");
        assert_eq!(documented_grad(x), (x.sin(), x.cos()));
    }
}

// ---------------------------------------------------------------------------------------------
// Tuples, typed declarations and constant calls (macro bugs found by these tests, now fixed)
// ---------------------------------------------------------------------------------------------

#[grad::differentiate]
fn tuple_pattern_swapping_parameters(x: f64, y: f64) -> f64 {
    let (x, y) = (y, x);
    x * 10.0 + y
}

#[grad::differentiate]
fn tuple_pattern_reading_a_name_it_rebinds(x: f64, y: f64) -> f64 {
    let (y, z) = (x * 2.0, y);
    y * 10.0 + z
}

#[test]
fn tuple_pattern_reads_every_source_before_binding() {
    // (x, y) = (1, 2) swapped: 10 * 2 + 1 = 21.
    assert_eq!(tuple_pattern_swapping_parameters(1.0, 2.0), 21.0);
    assert_eq!(
        tuple_pattern_swapping_parameters_grad(1.0, 2.0),
        (21.0, (1.0, 10.0))
    );
    let (value, pullback) = tuple_pattern_swapping_parameters_vjp(1.0, 2.0);
    assert_eq!(value, 21.0);
    assert_eq!(pullback(2.0), (2.0, 20.0));
    // y = 2x = 2, z = the old y = 3: 20 + 3 = 23.
    assert_eq!(tuple_pattern_reading_a_name_it_rebinds(1.0, 3.0), 23.0);
    assert_eq!(
        tuple_pattern_reading_a_name_it_rebinds_grad(1.0, 3.0),
        (23.0, (20.0, 1.0))
    );
}

#[grad::differentiate]
fn tuple_reassignment_swapping_elements(x: f64, y: f64) -> f64 {
    let mut t = (x, y);
    t = (t.1, t.0);
    t.0 * 10.0 + t.1
}

#[test]
fn tuple_reassignment_reads_every_element_before_writing() {
    assert_eq!(tuple_reassignment_swapping_elements(1.0, 2.0), 21.0);
    assert_eq!(
        tuple_reassignment_swapping_elements_grad(1.0, 2.0),
        (21.0, (1.0, 10.0))
    );
    assert_eq!(
        tuple_reassignment_swapping_elements_grad(-3.0, 0.5),
        (2.0, (1.0, 10.0))
    );
}

#[grad::differentiate]
fn typed_declaration(x: f64) -> f64 {
    let z: f64;
    if x > 0.0 {
        z = 4.0;
    } else {
        z = 9.0;
    }
    z.sqrt() * x
}

#[test]
fn typed_deferred_declaration_keeps_its_annotation() {
    assert_eq!(typed_declaration_grad(1.5), (3.0, 2.0));
    assert_eq!(typed_declaration_grad(-1.0), (-3.0, 3.0));
}

#[grad::differentiate]
fn typed_tuple_variable(x: f64) -> f64 {
    let t: (f64, f64) = (4.0, x);
    t.0.sqrt() * t.1
}

#[test]
fn typed_tuple_variable_keeps_its_element_types() {
    assert_eq!(typed_tuple_variable_grad(1.5), (3.0, 2.0));
    assert_eq!(typed_tuple_variable_grad(-0.25), (-0.5, 2.0));
}

#[grad::differentiate]
fn constant_path_call(x: f64) -> f64 {
    x / f64::sqrt(4.0)
}

#[test]
fn float_path_call_on_constants_keeps_its_type() {
    assert_eq!(constant_path_call_grad(3.0), (1.5, 0.5));
    assert_eq!(constant_path_call_grad(-1.0), (-0.5, 0.5));
}

#[grad::differentiate]
fn tuple_in_condition(x: f64, y: f64) -> f64 {
    let t = (x, y);
    if t.0 > t.1 { t.0 * 2.0 } else { t.1 * 3.0 }
}

#[grad::differentiate]
fn whole_tuple_in_println_and_condition(x: f64, y: f64) -> f64 {
    let t = (x, y);
    println!("t = {t:?}");
    assert!(t.0.is_finite(), "{:?}", t);
    if t.0 > t.1 { t.0 * t.1 } else { t.0 - t.1 }
}

#[test]
fn tuple_variable_is_in_scope_for_conditions_and_read_only_macros() {
    assert_eq!(tuple_in_condition_grad(2.0, 1.0), (4.0, (2.0, 0.0)));
    assert_eq!(tuple_in_condition_grad(1.0, 2.0), (6.0, (0.0, 3.0)));
    assert_eq!(
        whole_tuple_in_println_and_condition_grad(3.0, 2.0),
        (6.0, (2.0, 3.0))
    );
    assert_eq!(
        whole_tuple_in_println_and_condition_grad(2.0, 3.0),
        (-1.0, (1.0, -1.0))
    );
}

#[grad::differentiate]
fn tuple_field_against_constant(x: f64, y: f64) -> f64 {
    let t = (x, y);
    if t.0 > 1.0 || t == (0.5, 0.5) {
        t.0 * t.1
    } else {
        t.1
    }
}

/// A nested tuple compared whole with a constant, and its field with a constant.
#[grad::differentiate]
fn nested_tuple_against_constant(x: f64, y: f64) -> f64 {
    let t = (x, (y, 1.0));
    if t.1 == (2.0, 1.0) || t.1.0 < 0.0 {
        t.0 * t.1.0
    } else {
        t.0
    }
}

#[test]
fn tuple_field_compared_with_a_constant_in_a_condition() {
    // `t.0 > 1.0`: x y.
    assert_eq!(
        tuple_field_against_constant_grad(2.0, 3.0),
        (6.0, (3.0, 2.0))
    );
    // `t == (0.5, 0.5)`: x y.
    assert_eq!(
        tuple_field_against_constant_grad(0.5, 0.5),
        (0.25, (0.5, 0.5))
    );
    // Neither: y.
    assert_eq!(
        tuple_field_against_constant_grad(0.5, 3.0),
        (3.0, (0.0, 1.0))
    );
    // Finite differences away from the boundary `x = 1` (the equality holds on a point only).
    for (x, y) in [(2.0, 3.0), (1.5, -0.75), (0.5, 3.0), (-1.25, 0.5)] {
        let (value, gradient) = tuple_field_against_constant_grad(x, y);
        assert_eq!(value, tuple_field_against_constant(x, y));
        assert_matches_fd(
            |[x, y]| tuple_field_against_constant(x, y),
            [x, y],
            arr2(gradient),
            "tuple_field_against_constant",
        );
    }

    assert_eq!(
        nested_tuple_against_constant_grad(5.0, 2.0),
        (10.0, (2.0, 5.0))
    );
    assert_eq!(
        nested_tuple_against_constant_grad(5.0, -1.0),
        (-5.0, (-1.0, 5.0))
    );
    assert_eq!(
        nested_tuple_against_constant_grad(5.0, 3.0),
        (5.0, (1.0, 0.0))
    );
    for (x, y) in [(5.0, -1.0), (-0.5, -2.5), (5.0, 3.0), (-2.0, 0.75)] {
        let (value, gradient) = nested_tuple_against_constant_grad(x, y);
        assert_eq!(value, nested_tuple_against_constant(x, y));
        assert_matches_fd(
            |[x, y]| nested_tuple_against_constant(x, y),
            [x, y],
            arr2(gradient),
            "nested_tuple_against_constant",
        );
    }
}

/// A `let mut` tuple reassigned, then read in a condition.
///
/// Still not supported: a `let mut` tuple named inside a macro kept as written, whole or by
/// field (`println!("{t:?}")`, `assert!(t.0.is_finite())`), is E0425 "cannot find value `t` in
/// this scope". An immutable tuple can be (see `whole_tuple_in_println_and_condition`).
#[grad::differentiate]
fn mutable_tuple_in_condition(x: f64, y: f64) -> f64 {
    let mut t = (x, y);
    t = (t.0 * 2.0, t.1);
    if t.0 > t.1 { t.0 + t.1 } else { t.0 }
}

/// A `let mut` tuple reassigned with its elements swapped, its fields compared with constants.
#[grad::differentiate]
fn mutable_tuple_against_constants(x: f64, y: f64) -> f64 {
    let mut t = (x, y);
    t = (t.1, t.0 * 2.0);
    if t.0 > 1.0 && t.1 != 0.0 {
        t.0 * t.1
    } else {
        t.1
    }
}

#[test]
fn mutable_tuple_variable_in_a_condition() {
    // 2x > y: 2x + y.
    assert_eq!(mutable_tuple_in_condition_grad(2.0, 1.0), (5.0, (2.0, 1.0)));
    // 2x <= y: 2x.
    assert_eq!(
        mutable_tuple_in_condition_grad(0.25, 1.0),
        (0.5, (2.0, 0.0))
    );
    for (x, y) in [(2.0, 1.0), (-0.5, -3.0), (0.25, 1.0), (-1.0, 0.5)] {
        let (value, gradient) = mutable_tuple_in_condition_grad(x, y);
        assert_eq!(value, mutable_tuple_in_condition(x, y));
        assert_matches_fd(
            |[x, y]| mutable_tuple_in_condition(x, y),
            [x, y],
            arr2(gradient),
            "mutable_tuple_in_condition",
        );
    }

    // y > 1 (and x != 0): 2 x y; else 2 x.
    assert_eq!(
        mutable_tuple_against_constants_grad(2.0, 3.0),
        (12.0, (6.0, 4.0))
    );
    assert_eq!(
        mutable_tuple_against_constants_grad(2.0, 0.5),
        (4.0, (2.0, 0.0))
    );
    assert_eq!(
        mutable_tuple_against_constants_grad(0.0, 3.0),
        (0.0, (2.0, 0.0))
    );
    for (x, y) in [(2.0, 3.0), (-1.5, 1.25), (2.0, 0.5), (-0.75, -2.0)] {
        let (value, gradient) = mutable_tuple_against_constants_grad(x, y);
        assert_eq!(value, mutable_tuple_against_constants(x, y));
        assert_matches_fd(
            |[x, y]| mutable_tuple_against_constants(x, y),
            [x, y],
            arr2(gradient),
            "mutable_tuple_against_constants",
        );
    }
}

#[grad::differentiate]
fn nested_field(x: f64, y: f64) -> f64 {
    let t = (x, (y, x * y));
    t.1.0 * t.1.1
}

#[test]
fn nested_tuple_field_access() {
    // y * (x y) = x y²: d/dx = y², d/dy = 2 x y.
    assert_eq!(nested_field_grad(2.0, 3.0), (18.0, (9.0, 12.0)));
    assert_eq!(nested_field_grad(-1.0, 0.5), (-0.25, (0.25, -1.0)));
}

/// A closure passed in, called on constants only (an index): kept as written. Called on a
/// differentiated value it is an error (`ui/unsupported/call-of-a-function-passed-in.rs`).
#[grad::differentiate(wrt(x))]
fn indexed_by_a_closure<F: Fn(usize) -> usize>(pick: F, x: &[f64]) -> f64 {
    let scale = 2.0;
    let local = |v: f64| scale * v;
    x[pick(1)] * local(x[0])
}

#[test]
fn a_closure_passed_in_on_constants_stays_as_written() {
    // f = x[2] · 2 x[0]: d/dx0 = 2 x[2], d/dx2 = 2 x[0].
    let x = [1.5, -2.0, 3.0];
    let (value, gradient) = indexed_by_a_closure_grad(|i| i + 1, &x);
    assert_eq!(value, indexed_by_a_closure(|i| i + 1, &x));
    assert_eq!(value, 9.0);
    assert_eq!(gradient, vec![6.0, 0.0, 3.0]);
}

/// `dbg!` as a value, as one debugs: it prints what `dbg!` prints (to stderr) and its value is
/// differentiated as its argument's, in every generated function.
#[grad::differentiate]
fn debugged_product(x: f64, y: f64) -> f64 {
    let z = dbg!(x * y);
    dbg!(z.sin()) + x
}

#[test]
fn dbg_as_a_value_is_its_argument() {
    // d/dx (sin(x y) + x) = y cos(x y) + 1, d/dy = x cos(x y).
    let (x, y) = (0.7, -1.3);
    let (value, (dx, dy)) = debugged_product_grad(x, y);
    assert_eq!(value, debugged_product(x, y));
    assert_close(dx, y * (x * y).cos() + 1.0, "d/dx");
    assert_close(dy, x * (x * y).cos(), "d/dy");
    let (_, derivative) = debugged_product_jvp(x, y, 1.0, 0.0);
    assert_close(derivative, dx, "jvp");
    // Hessian of sin(x y) + x along (1, 0): (-y² sin(x y), cos(x y) - x y sin(x y)).
    let (_, _, (hx, hy)) = debugged_product_hvp(x, y, 1.0, 0.0);
    assert_close(hx, -y * y * (x * y).sin(), "hvp x");
    assert_close(hy, (x * y).cos() - x * y * (x * y).sin(), "hvp y");
}
