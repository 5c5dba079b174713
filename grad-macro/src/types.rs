//! What the macro can tell from a type as written: whether it is a float, plainly not
//! real-valued (integers, `bool`, text and containers of them), or something with a gradient;
//! and the gradient type the public contract gives each parameter type.

use quote::quote;
use syn::spanned::Spanned;
use syn::{GenericArgument, PathArguments, Type};

/// How a parameter or result type takes part in differentiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypeClass {
    /// `f32` or `f64` (or a reference to one).
    Float,
    /// Integers, `bool`, `char`, `&str`, `String`, `()`, and containers of those: constants.
    NotReal,
    /// Anything else: arrays, vectors and structs of floats, whose gradient is given by the
    /// runtime's `Differentiable` trait.
    Other,
}

pub const INTEGER_AND_TEXT: &[&str] = &[
    "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize", "bool",
    "char", "str", "String",
];

/// Containers whose element type decides their class: `Vec<usize>` is a constant, `Vec<f64>`
/// has a gradient.
pub const CONTAINERS: &[&str] = &[
    "Vec",
    "Array",
    "Array1",
    "Array2",
    "Array3",
    "Array4",
    "Array5",
    "Array6",
    "ArrayD",
    "ArrayView",
    "ArrayView1",
    "ArrayView2",
    "ArrayView3",
    "ArrayView4",
    "ArrayView5",
    "ArrayView6",
    "ArrayViewD",
    "ArcArray",
    "Box",
    "Option",
];

/// The last segment's name of a path type, if the type is a plain path.
pub fn last_segment(ty: &Type) -> Option<&syn::PathSegment> {
    match ty {
        Type::Path(path) if path.qself.is_none() => path.path.segments.last(),
        Type::Group(group) => last_segment(&group.elem),
        Type::Paren(paren) => last_segment(&paren.elem),
        _ => None,
    }
}

fn first_type_argument(segment: &syn::PathSegment) -> Option<&Type> {
    match &segment.arguments {
        PathArguments::AngleBracketed(args) => args.args.iter().find_map(|arg| match arg {
            GenericArgument::Type(ty) => Some(ty),
            _ => None,
        }),
        _ => None,
    }
}

/// Classifies a type as written.
pub fn classify(ty: &Type) -> TypeClass {
    match ty {
        Type::Reference(reference) => classify(&reference.elem),
        Type::Slice(slice) => classify(&slice.elem),
        Type::Array(array) => classify(&array.elem),
        Type::Paren(paren) => classify(&paren.elem),
        Type::Group(group) => classify(&group.elem),
        Type::Tuple(tuple) if tuple.elems.is_empty() => TypeClass::NotReal,
        Type::Tuple(tuple) => {
            if tuple
                .elems
                .iter()
                .all(|elem| classify(elem) == TypeClass::NotReal)
            {
                TypeClass::NotReal
            } else {
                TypeClass::Other
            }
        }
        Type::Path(_) => {
            let Some(segment) = last_segment(ty) else {
                return TypeClass::Other;
            };
            let name = segment.ident.to_string();
            if name == "f32" || name == "f64" {
                TypeClass::Float
            } else if INTEGER_AND_TEXT.contains(&name.as_str()) {
                TypeClass::NotReal
            } else if CONTAINERS.contains(&name.as_str()) {
                match first_type_argument(segment).map(classify) {
                    Some(TypeClass::NotReal) => TypeClass::NotReal,
                    _ => TypeClass::Other,
                }
            } else {
                TypeClass::Other
            }
        }
        _ => TypeClass::Other,
    }
}

/// Whether `ty` is a shared reference to a slice, an array or a `Vec` (`&[T]`, `&[T; N]`,
/// `&Vec<T>`): indexing it with a range `&x[a..b]` gives a `&[T]`.
pub fn is_shared_slice(ty: &Type) -> bool {
    let Type::Reference(reference) = ty else {
        return false;
    };
    reference.mutability.is_none()
        && match &*reference.elem {
            Type::Slice(_) | Type::Array(_) => true,
            elem => last_segment(elem).is_some_and(|segment| segment.ident == "Vec"),
        }
}

/// Whether `ty` is a `Vec` (`Vec<f64>`, `std::vec::Vec<A>`).
pub fn is_vec(ty: &Type) -> bool {
    last_segment(ty).is_some_and(|segment| segment.ident == "Vec")
}

/// Whether a parameter of type `ty` named alone as a loop's iterator (`for x in xs`) walks
/// the elements of a container of reals by reference, as `xs.iter()` does: a shared reference
/// to a slice, an array, a `Vec` or an ndarray array (owned, view or shared) that is not of
/// integers or text. Those are the containers the runtime's `Elements` walks; other types may
/// iterate in their own way, and are left as written.
pub fn iterates_as_elements(ty: &Type) -> bool {
    let Type::Reference(reference) = ty else {
        return false;
    };
    if reference.mutability.is_some() || classify(ty) == TypeClass::NotReal {
        return false;
    }
    match &*reference.elem {
        Type::Slice(_) | Type::Array(_) => true,
        elem => last_segment(elem).is_some_and(|segment| {
            let name = segment.ident.to_string();
            name == "ArrayBase"
                || (CONTAINERS.contains(&name.as_str())
                    && !matches!(name.as_str(), "Box" | "Option"))
        }),
    }
}

/// How `f_grad` lends a parameter to its rules (`grad::runtime::lend`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lendable {
    /// A shared reference to an ndarray array of `f32` or `f64` (owned, view or shared): lent
    /// as it is.
    Reference,
    /// A view of `f32` or `f64` taken by value (`ArrayView2<f64>`, which is `Copy`): lent by a
    /// reference to the parameter.
    View,
    /// A shared reference to anything else (a parameter struct, a `Vec` of layers): its arrays
    /// lent through `Tangent::loans` if it is a `Tangent`, nothing otherwise.
    Holder,
}

/// Whether and how `f_grad` lends a parameter of type `ty` to its rules.
pub fn lendable(ty: &Type) -> Option<Lendable> {
    let float_array = |ty: &Type, views_only: bool| {
        last_segment(ty).is_some_and(|segment| {
            let name = segment.ident.to_string();
            let array = if views_only {
                name.starts_with("ArrayView") && !name.starts_with("ArrayViewMut")
            } else {
                CONTAINERS.contains(&name.as_str())
                    && !matches!(name.as_str(), "Vec" | "Box" | "Option")
            };
            array && first_type_argument(segment).is_some_and(is_float)
        })
    };
    match ty {
        Type::Reference(reference)
            if reference.mutability.is_none() && float_array(&reference.elem, false) =>
        {
            Some(Lendable::Reference)
        }
        _ if float_array(ty, true) => Some(Lendable::View),
        Type::Reference(reference)
            if reference.mutability.is_none() && holds_arrays(&reference.elem) =>
        {
            Some(Lendable::Holder)
        }
        _ => None,
    }
}

/// Whether a value of type `ty` may hold float arrays `f_grad` can lend: a path type with a
/// gradient (a struct, a `Vec` of layers) that is not a container of floats themselves.
fn holds_arrays(ty: &Type) -> bool {
    matches!(ty, Type::Path(_))
        && classify(ty) == TypeClass::Other
        && last_segment(ty)
            .is_none_or(|segment| !first_type_argument(segment).is_some_and(is_float))
}

/// Whether the type is `f32` or `f64` itself (not a reference): a result `_grad` can seed with 1.
pub fn is_float(ty: &Type) -> bool {
    matches!(ty, Type::Path(_) | Type::Group(_) | Type::Paren(_))
        && classify(ty) == TypeClass::Float
}

/// The gradient type of a differentiated parameter of type `ty`, as the contract gives it:
/// floats their own type; a reference the gradient of what it points to; `&[A]` and `Vec<A>`
/// a `Vec<A>`; `[A; N]` itself; every ndarray array (owned, view, `ArrayBase<S, D>`) the owned
/// `Array` of its element and dimension; anything else the runtime's `Differentiable::Tangent`.
pub fn tangent(ty: &Type) -> Type {
    match ty {
        Type::Reference(reference) => tangent(&reference.elem),
        Type::Paren(paren) => tangent(&paren.elem),
        Type::Group(group) => tangent(&group.elem),
        Type::Slice(slice) => {
            let elem = &slice.elem;
            syn::parse_quote!(::std::vec::Vec<#elem>)
        }
        Type::Array(_) => ty.clone(),
        Type::Path(_) if classify(ty) == TypeClass::Float => ty.clone(),
        Type::Path(_) => array_tangent(ty).unwrap_or_else(
            || syn::parse_quote_spanned!(ty.span()=> <#ty as ::grad::__private::Differentiable>::Tangent),
        ),
        _ => syn::parse_quote_spanned!(ty.span()=> <#ty as ::grad::__private::Differentiable>::Tangent),
    }
}

/// The gradient of a `Vec` or an ndarray array, written without the lifetimes of views (which
/// a return type could not name).
fn array_tangent(ty: &Type) -> Option<Type> {
    let segment = last_segment(ty)?;
    let name = segment.ident.to_string();
    let args = match &segment.arguments {
        PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter(|arg| !matches!(arg, GenericArgument::Lifetime(_)))
            .cloned()
            .collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    let owned = match name.as_str() {
        "Vec" | "Array" | "Array0" | "Array1" | "Array2" | "Array3" | "Array4" | "Array5"
        | "Array6" | "ArrayD" => return Some(ty.clone()),
        "ArrayBase" => {
            let [GenericArgument::Type(storage), GenericArgument::Type(dim)] = &args[..] else {
                return None;
            };
            return Some(syn::parse_quote!(
                ::grad::__private::ndarray::Array<<#storage as ::grad::__private::ndarray::RawData>::Elem, #dim>
            ));
        }
        "ArrayView" | "CowArray" | "ArcArray" => "Array".to_owned(),
        view if view.starts_with("ArrayView") => view.replacen("ArrayView", "Array", 1),
        _ => return None,
    };
    let owned = syn::Ident::new(&owned, segment.ident.span());
    Some(syn::parse_quote!(::grad::__private::ndarray::#owned<#(#args),*>))
}

/// A short description of a type for error messages.
pub fn describe(ty: &Type) -> String {
    quote!(#ty)
        .to_string()
        .replace(" < ", "<")
        .replace(" >", ">")
}

/// Whether a parameter type holds a borrow inside it (a view, a type with lifetime arguments),
/// beyond an outer `&`.
pub fn has_borrowed_contents(ty: &Type) -> bool {
    match ty {
        Type::Reference(reference) => has_borrowed_contents(&reference.elem),
        Type::Paren(paren) => has_borrowed_contents(&paren.elem),
        Type::Group(group) => has_borrowed_contents(&group.elem),
        Type::Slice(slice) => has_borrowed_contents(&slice.elem),
        Type::Array(array) => has_borrowed_contents(&array.elem),
        Type::Tuple(tuple) => tuple.elems.iter().any(has_borrowed_contents),
        Type::Path(path) => path.path.segments.iter().any(|segment| {
            let name = segment.ident.to_string();
            name.starts_with("ArrayView")
                || name == "CowArray"
                || name == "ArrayBase"
                || match &segment.arguments {
                    PathArguments::AngleBracketed(args) => args.args.iter().any(|arg| match arg {
                        GenericArgument::Lifetime(_) => true,
                        GenericArgument::Type(ty) => has_borrowed_contents(ty),
                        _ => false,
                    }),
                    _ => false,
                }
        }),
        _ => true,
    }
}
