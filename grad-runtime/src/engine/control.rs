//! What the forward sweep records at control flow for the reverse sweep to replay.

/// Which branch of an `if` the forward sweep took, holding that branch's pullbacks.
///
/// The reverse sweep matches on it to run the adjoint of the same branch. Each branch's
/// pullbacks have their own (closure) types, so the record is generic over both.
#[derive(Debug)]
pub enum Branch<T, E> {
    /// The `if` branch ran.
    Then(T),
    /// The `else` branch ran (an `if` without `else` runs an empty one).
    Else(E),
}
