//! The names the macro knows a rule for. The rules themselves live in `grad-runtime`; the macro
//! needs only the names, to turn `x.exp()` into `x.exp_vjp()` and to give a clear error for a
//! method that has no rule.

/// Float methods with a runtime rule `name_vjp` (`grad_runtime::scalar::FloatRules`), with the
/// number of arguments after the receiver.
pub const FLOAT_METHODS: &[(&str, usize)] = &[
    ("exp", 0),
    ("exp2", 0),
    ("exp_m1", 0),
    ("ln", 0),
    ("ln_1p", 0),
    ("log2", 0),
    ("log10", 0),
    ("log", 1),
    ("sqrt", 0),
    ("cbrt", 0),
    ("powi", 1),
    ("powf", 1),
    ("sin", 0),
    ("cos", 0),
    ("tan", 0),
    ("asin", 0),
    ("acos", 0),
    ("atan", 0),
    ("atan2", 1),
    ("sinh", 0),
    ("cosh", 0),
    ("tanh", 0),
    ("asinh", 0),
    ("acosh", 0),
    ("atanh", 0),
    ("abs", 0),
    ("max", 1),
    ("min", 1),
    ("recip", 0),
    ("hypot", 1),
    ("mul_add", 2),
    ("to_degrees", 0),
    ("to_radians", 0),
    ("signum", 0),
    ("floor", 0),
    ("ceil", 0),
    ("round", 0),
    ("trunc", 0),
];

/// Array methods with a runtime rule `name_vjp` (`grad_runtime::{linalg, reduce}`), beyond the
/// elementwise ones that share the float methods' names (`exp`, `ln`, `sqrt`, `powi`, `powf`,
/// `sin`, `cos`, `tan`, `tanh`, `abs`).
pub const ARRAY_METHODS: &[(&str, usize)] = &[
    ("dot", 1),
    ("t", 0),
    ("sum", 0),
    ("mean", 0),
    ("sum_axis", 1),
    ("mean_axis", 1),
    ("into_shape_with_order", 1),
    ("row", 1),
    ("column", 1),
    ("slice", 1),
];

/// Methods returning an `Option` or `Result` in ndarray whose rules return the value itself:
/// a `.unwrap()` or `.expect(..)` written after them is dropped.
pub const UNWRAPPED_METHODS: &[&str] = &["mean", "mean_axis", "into_shape_with_order"];

/// The number of arguments (after the receiver) of a method with a rule, float or array.
pub fn method_arity(name: &str) -> Option<usize> {
    float_method_arity(name).or_else(|| {
        ARRAY_METHODS
            .iter()
            .find(|(method, _)| *method == name)
            .map(|&(_, arity)| arity)
    })
}

/// Methods whose result carries no derivative (a bool, an integer, an ordering): they are
/// evaluated as written and their result is a constant of the reverse sweep.
pub const CONSTANT_METHODS: &[&str] = &[
    "is_nan",
    "is_finite",
    "is_infinite",
    "is_normal",
    "is_subnormal",
    "is_sign_positive",
    "is_sign_negative",
    "partial_cmp",
    "total_cmp",
    "to_bits",
    "classify",
    "len",
    "is_empty",
    "shape",
    "dim",
    "raw_dim",
    "ndim",
    "nrows",
    "ncols",
];

/// Methods that copy their receiver, with rules in `grad_runtime::structural`.
pub const COPY_METHODS: &[&str] = &["clone", "to_owned", "to_vec"];

/// The types whose associated functions `f64::exp(x)` are float methods in call syntax.
pub const FLOAT_TYPES: &[&str] = &["f32", "f64"];

/// The number of arguments (after the receiver) of a float method with a rule.
pub fn float_method_arity(name: &str) -> Option<usize> {
    FLOAT_METHODS
        .iter()
        .find(|(method, _)| *method == name)
        .map(|&(_, arity)| arity)
}

/// A readable list of the methods with rules, for error messages.
pub fn method_list() -> String {
    FLOAT_METHODS
        .iter()
        .chain(ARRAY_METHODS)
        .map(|(name, _)| *name)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Comparisons and logic: they yield a `bool`, a constant of the reverse sweep, whatever their
/// operands.
pub fn is_boolean_operator(op: &syn::BinOp) -> bool {
    use syn::BinOp;
    matches!(
        op,
        BinOp::Eq(_)
            | BinOp::Ne(_)
            | BinOp::Lt(_)
            | BinOp::Le(_)
            | BinOp::Gt(_)
            | BinOp::Ge(_)
            | BinOp::And(_)
            | BinOp::Or(_)
    )
}

/// Every identifier among `tokens`, inside groups too.
pub fn identifiers(tokens: proc_macro2::TokenStream) -> Vec<proc_macro2::Ident> {
    let mut found = Vec::new();
    let mut stack = vec![tokens];
    while let Some(stream) = stack.pop() {
        for tree in stream {
            match tree {
                proc_macro2::TokenTree::Group(group) => stack.push(group.stream()),
                proc_macro2::TokenTree::Ident(ident) => found.push(ident),
                _ => {}
            }
        }
    }
    found
}
