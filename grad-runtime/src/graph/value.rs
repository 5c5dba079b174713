//! What a node shows of its value: a number, an array's shape and a short summary, or the name of
//! a type the graph cannot look into.
//!
//! [`NodeValue`] turns anything the generated code records into a [`Value`]: `f32`/`f64` (and
//! integers and `bool`, the constants of a sweep) become [`Value::Scalar`]; ndarray arrays of any
//! storage and dimension, slices, `Vec`s and fixed-size arrays of numbers become
//! [`Value::Array`]; tuples of those become [`Value::Tuple`]. Any other type can implement the
//! trait with an empty `impl` and is then shown by its name ([`Value::Opaque`]).

use core::fmt;

use ndarray::{ArrayBase, Data, Dimension};
use num_traits::ToPrimitive;

use crate::Scalar;

/// A recorded value (a node's forward value or its adjoint), as the graph shows it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A real number (`f32` values are widened to `f64`; integers and `bool` are converted).
    Scalar(f64),
    /// An array: its shape and a summary of its elements.
    Array(ArraySummary),
    /// A tuple of values, in order.
    Tuple(Vec<Value>),
    /// A value of a type the graph does not look into, shown by its type's name.
    Opaque(String),
}

impl Value {
    /// The number, for a [`Value::Scalar`].
    pub fn as_scalar(&self) -> Option<f64> {
        match self {
            Value::Scalar(x) => Some(*x),
            _ => None,
        }
    }

    /// The shape: `[]` for a scalar, the array's shape for an array, `None` for tuples and
    /// opaque values.
    pub fn shape(&self) -> Option<&[usize]> {
        match self {
            Value::Scalar(_) => Some(&[]),
            Value::Array(summary) => Some(&summary.shape),
            Value::Tuple(_) | Value::Opaque(_) => None,
        }
    }

    /// The value of a type shown by name only: the last segment of each path in
    /// `core::any::type_name::<T>()` (`Mlp`, `Option<Config>`).
    pub fn opaque<T: ?Sized>() -> Value {
        Value::Opaque(short_type_name(core::any::type_name::<T>()))
    }
}

/// Scalars print as [`format_number`] does, arrays as their [`ArraySummary`], tuples in
/// parentheses.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Scalar(x) => f.write_str(&format_number(*x)),
            Value::Array(summary) => summary.fmt(f),
            Value::Tuple(items) => {
                let items: Vec<String> = items.iter().map(Value::to_string).collect();
                write!(f, "({})", items.join("; "))
            }
            Value::Opaque(name) => f.write_str(name),
        }
    }
}

/// An array reduced to what a drawing can show: its shape, the mean, the smallest and largest
/// element and the Euclidean norm `‖x‖ = √(Σ xᵢ²)`, and the elements themselves when there are at
/// most [`ArraySummary::SHOWN_ELEMENTS`] of them.
#[derive(Clone, Debug, PartialEq)]
pub struct ArraySummary {
    /// The shape, outermost axis first.
    pub shape: Vec<usize>,
    /// The mean of the elements (`NaN` for an empty array).
    pub mean: f64,
    /// The smallest element (`NaN` for an empty array).
    pub min: f64,
    /// The largest element (`NaN` for an empty array).
    pub max: f64,
    /// `√(Σ xᵢ²)`.
    pub norm: f64,
    /// All the elements in logical order, when there are at most
    /// [`SHOWN_ELEMENTS`](ArraySummary::SHOWN_ELEMENTS); empty otherwise.
    pub elements: Vec<f64>,
}

impl ArraySummary {
    /// Arrays with at most this many elements are shown element by element.
    pub const SHOWN_ELEMENTS: usize = 4;

    /// The summary of `elements`, in logical order, of an array of shape `shape`.
    pub fn new(shape: Vec<usize>, elements: impl ExactSizeIterator<Item = f64>) -> ArraySummary {
        let len = elements.len();
        let mut shown = Vec::with_capacity(len.min(Self::SHOWN_ELEMENTS));
        let (mut sum, mut sum_of_squares) = (0.0, 0.0);
        let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
        for x in elements {
            sum += x;
            sum_of_squares += x * x;
            min = min.min(x);
            max = max.max(x);
            if len <= Self::SHOWN_ELEMENTS {
                shown.push(x);
            }
        }
        if len == 0 {
            (min, max) = (f64::NAN, f64::NAN);
        }
        ArraySummary {
            shape,
            mean: sum / len as f64,
            min,
            max,
            norm: sum_of_squares.sqrt(),
            elements: shown,
        }
    }
}

/// Small arrays list their elements (`[1, 2, 3]`, with the shape first when it has more than one
/// axis: `2×2 [1, 2, 3, 4]`); larger ones print their shape, mean and norm:
/// `64×10 mean 0.0123 norm 3.21`. Numbers have three significant digits (a drawing's summary).
impl fmt::Display for ArraySummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shape = format_shape(&self.shape);
        let len: usize = self.shape.iter().product();
        if len <= Self::SHOWN_ELEMENTS {
            let elements: Vec<String> = self.elements.iter().map(|&x| significant(x, 3)).collect();
            if self.shape.len() == 1 {
                return write!(f, "[{}]", elements.join(", "));
            }
            return write!(f, "{shape} [{}]", elements.join(", "));
        }
        write!(
            f,
            "{shape} mean {} norm {}",
            significant(self.mean, 3),
            significant(self.norm, 3)
        )
    }
}

/// An array's shape as the drawings write it: `64×10`, `5` for one axis, `0-d` for none.
pub fn format_shape(shape: &[usize]) -> String {
    if shape.is_empty() {
        return "0-d".to_owned();
    }
    let axes: Vec<String> = shape.iter().map(usize::to_string).collect();
    axes.join("×")
}

/// A number as the drawings write it, short and exact where it can be: integers in full up to
/// 10⁹ (`6`, `-2`), numbers between 10⁻³ and 10⁵ with four significant digits and no trailing
/// zeros (`0.3333`, `12.5`), others in scientific notation with four significant digits
/// (`1.235e-7`); `NaN`, `inf` and `-inf` as such.
///
/// ```
/// use grad_runtime::graph::format_number;
/// assert_eq!(format_number(6.0), "6");
/// assert_eq!(format_number(1.0 / 3.0), "0.3333");
/// assert_eq!(format_number(12.5), "12.5");
/// assert_eq!(format_number(-1.23456e-7), "-1.235e-7");
/// ```
pub fn format_number(x: f64) -> String {
    significant(x, 4)
}

/// [`format_number`] with `digits` significant digits (at least 1; numbers from 10^digits to
/// 10⁵ keep all their integer digits).
fn significant(x: f64, digits: usize) -> String {
    let digits = digits.max(1);
    if !x.is_finite() {
        return format!("{x}");
    }
    if x == x.trunc() && x.abs() < 1e9 {
        // `as` is exact here (|x| < 10⁹), and turns -0 into 0.
        return format!("{}", x as i64);
    }
    let magnitude = x.abs().log10().floor();
    if (-3.0..5.0).contains(&magnitude) {
        let decimals = (digits as f64 - 1.0 - magnitude).max(0.0) as usize;
        let fixed = format!("{x:.decimals$}");
        if !fixed.contains('.') {
            return fixed;
        }
        return fixed.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    let decimals = digits - 1;
    format!("{x:.decimals$e}")
}

/// `alloc::vec::Vec<my_crate::Layer>` -> `Vec<Layer>`: every path shortened to its last segment.
fn short_type_name(full: &str) -> String {
    let mut short = String::with_capacity(full.len());
    let mut segment_start = 0;
    for (i, c) in full.char_indices() {
        if c.is_alphanumeric() || c == '_' || c == ':' {
            continue;
        }
        short.push_str(last_path_segment(&full[segment_start..i]));
        short.push(c);
        segment_start = i + c.len_utf8();
    }
    short.push_str(last_path_segment(&full[segment_start..]));
    short
}

fn last_path_segment(path: &str) -> &str {
    path.rsplit("::").next().unwrap_or(path)
}

/// How a recorded value is shown: [`Graph::parameter`](super::Graph::parameter),
/// [`constant`](super::Graph::constant), [`operation`](super::Graph::operation) and
/// [`set_adjoint`](super::Graph::set_adjoint) take any `NodeValue`.
///
/// Implemented for every [`Number`] (`f32`/`f64`, so any [`Scalar`], which lets generic code
/// record; integers and `bool`), ndarray arrays of numbers (any storage and dimension), slices,
/// `Vec`s and fixed-size arrays of numbers, `()`, [`Value`] itself and tuples of up to four
/// `NodeValue`s. For any other type an empty `impl NodeValue for MyType {}` shows its values by
/// the type's name, and [`node_value!`](crate::node_value) shows a value of any type, by name if
/// it has no impl. (There is no blanket impl for references, which would overlap the one for
/// numbers: the recording methods take a reference, so a variable that already is one is passed
/// as it is.)
///
/// ```
/// use grad_runtime::graph::{NodeValue, Value};
/// use ndarray::array;
///
/// assert_eq!(2.5_f64.to_value(), Value::Scalar(2.5));
/// let a = array![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// assert_eq!(a.to_value().to_string(), "2×3 mean 3.5 norm 9.54");
/// assert_eq!(a.to_value().shape(), Some(&[2, 3][..]));
///
/// struct Config;
/// impl NodeValue for Config {}
/// assert_eq!(Config.to_value(), Value::Opaque("Config".into()));
/// ```
pub trait NodeValue {
    /// The value as the graph keeps it.
    fn to_value(&self) -> Value {
        Value::opaque::<Self>()
    }
}

/// A number a node can show, as `f64`: `f32` and `f64` (any [`Scalar`]), the integer types and
/// `bool` (0 or 1). Arrays, slices and `Vec`s of numbers are [`NodeValue`]s too.
pub trait Number {
    /// The number as `f64` (exact for `f32`, `bool` and integers up to 2⁵³).
    fn to_f64(&self) -> f64;
}

impl<A: Scalar> Number for A {
    fn to_f64(&self) -> f64 {
        // `Float::to_f64` of an f32 or f64 is never `None`.
        ToPrimitive::to_f64(self).unwrap_or(f64::NAN)
    }
}

macro_rules! integer_number {
    ($($integer:ty),*) => {$(
        impl Number for $integer {
            fn to_f64(&self) -> f64 {
                // Rounds to the nearest f64 past 2⁵³, as `as` does.
                *self as f64
            }
        }
    )*};
}
integer_number!(
    i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize
);

impl Number for bool {
    fn to_f64(&self) -> f64 {
        f64::from(u8::from(*self))
    }
}

impl<T: Number> NodeValue for T {
    fn to_value(&self) -> Value {
        Value::Scalar(self.to_f64())
    }
}

impl<S, D> NodeValue for ArrayBase<S, D>
where
    S: Data,
    S::Elem: Number,
    D: Dimension,
{
    fn to_value(&self) -> Value {
        Value::Array(ArraySummary::new(
            self.shape().to_vec(),
            self.iter().map(Number::to_f64),
        ))
    }
}

impl<T: Number> NodeValue for [T] {
    fn to_value(&self) -> Value {
        let elements = self.iter().map(Number::to_f64);
        Value::Array(ArraySummary::new(vec![self.len()], elements))
    }
}

impl<T: Number> NodeValue for Vec<T> {
    fn to_value(&self) -> Value {
        self.as_slice().to_value()
    }
}

impl<T: Number, const N: usize> NodeValue for [T; N] {
    fn to_value(&self) -> Value {
        self.as_slice().to_value()
    }
}

impl NodeValue for () {
    fn to_value(&self) -> Value {
        Value::Tuple(Vec::new())
    }
}

impl NodeValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}

macro_rules! tuple_value {
    ($($T:ident $index:tt),+) => {
        impl<$($T: NodeValue),+> NodeValue for ($($T,)+) {
            fn to_value(&self) -> Value {
                Value::Tuple(vec![$(self.$index.to_value()),+])
            }
        }
    };
}
tuple_value!(T0 0);
tuple_value!(T0 0, T1 1);
tuple_value!(T0 0, T1 1, T2 2);
tuple_value!(T0 0, T1 1, T2 2, T3 3);

#[cfg(test)]
mod tests {
    use super::*;
    use ndarray::{Array3, array};

    #[test]
    fn numbers_are_short_and_exact_where_they_can_be() {
        assert_eq!(format_number(6.0), "6");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(-2.0), "-2");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(2.0 / 3.0), "0.6667");
        assert_eq!(format_number(1234.5678), "1235");
        assert_eq!(format_number(0.001234), "0.001234");
        assert_eq!(format_number(123456.7), "1.235e5");
        assert_eq!(format_number(1.5e12), "1.500e12");
        assert_eq!(format_number(f64::NAN), "NaN");
        assert_eq!(format_number(f64::NEG_INFINITY), "-inf");
        assert_eq!(significant(1234.5678, 3), "1235"); // integer digits are all kept
        assert_eq!(significant(-0.00012345, 3), "-1.23e-4");
        assert_eq!(significant(0.5, 1), "0.5");
    }

    #[test]
    fn arrays_keep_their_shape_and_summary() {
        let x = Array3::<f32>::from_shape_fn((2, 3, 4), |(i, j, k)| (i * 12 + j * 4 + k) as f32);
        let Value::Array(summary) = x.to_value() else {
            panic!("an array is summarised as an array");
        };
        assert_eq!(summary.shape, [2, 3, 4]);
        assert_eq!(summary.mean, 11.5);
        assert_eq!((summary.min, summary.max), (0.0, 23.0));
        let squares: f64 = (0..24).map(|i| f64::from(i * i)).sum();
        assert_eq!(summary.norm, squares.sqrt());
        assert!(summary.elements.is_empty());
        assert_eq!(x.view().to_value().to_string(), "2×3×4 mean 11.5 norm 65.8");
    }

    #[test]
    fn small_arrays_and_slices_list_their_elements() {
        assert_eq!(array![1.0, 2.5].to_value().to_string(), "[1, 2.5]");
        assert_eq!(
            array![[1, 2], [3, 4]].to_value().to_string(),
            "2×2 [1, 2, 3, 4]"
        );
        let labels: &[usize] = &[3, 1, 4];
        assert_eq!(labels.to_value().to_string(), "[3, 1, 4]");
        assert_eq!(labels.to_value().shape(), Some(&[3][..]));
    }

    #[test]
    fn tuples_and_other_types_are_shown_by_parts_and_by_name() {
        assert_eq!((1.5_f64, array![1.0]).to_value().to_string(), "(1.5; [1])");
        assert_eq!(
            short_type_name("alloc::vec::Vec<my_crate::nn::Layer>"),
            "Vec<Layer>"
        );
        assert_eq!(
            Value::opaque::<Option<String>>().to_string(),
            "Option<String>"
        );
    }
}
