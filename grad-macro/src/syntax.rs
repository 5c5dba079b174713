//! What the macro can tell from syntax alone. Which methods and functions have derivative
//! rules is not among it: that is for rustc's trait resolution to find in the runtime (see
//! `emit/sweep/rules.rs`). What is here is what holds whatever the types: queries that yield no
//! real number, comparisons, the identifiers a piece of code names.

/// Methods whose result carries no derivative whatever they are called on (a bool, an integer,
/// a shape, an ordering): they are evaluated as written and their result is a constant of the
/// reverse sweep.
pub const QUERY_METHODS: &[&str] = &[
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

/// The query methods that compare their receiver with their argument: neither carries a
/// derivative into the result.
pub const COMPARISON_METHODS: &[&str] = &["partial_cmp", "total_cmp"];

/// ndarray's methods that return a view of their receiver (an `ArrayView` borrowing it).
pub const VIEW_METHODS: &[&str] = &[
    "view",
    "row",
    "column",
    "slice",
    "slice_axis",
    "index_axis",
    "t",
    "diag",
    "broadcast",
    "insert_axis",
    "reversed_axes",
    "into_shape_with_order",
];

/// Methods returning an `Option` or `Result` in ndarray whose rules return the value itself:
/// a `.unwrap()` or `.expect(..)` written after them is dropped.
pub const UNWRAPPED_METHODS: &[&str] = &["mean", "mean_axis", "into_shape_with_order"];

/// Functions returning a `Result` in ndarray whose rules return the value itself: the
/// `.unwrap()` or `.expect(..)` written after them is dropped (`concatenate` and `stack` are
/// in `lower/literals.rs`, with their arrays).
pub const UNWRAPPED_FUNCTIONS: &[&str] = &["from_shape_vec"];

/// The names along the path of the function `call` calls (`["ndarray", "Zip", "from"]` for
/// `ndarray::Zip::from(a)`), or `None` when it calls something other than a path.
pub fn call_path(call: &syn::ExprCall) -> Option<Vec<String>> {
    let syn::Expr::Path(func) = &*call.func else {
        return None;
    };
    Some(
        func.path
            .segments
            .iter()
            .map(|segment| segment.ident.to_string())
            .collect(),
    )
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
