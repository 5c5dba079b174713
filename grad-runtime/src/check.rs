//! Gradient checks: numerical gradients by central differences, and a check that reports the
//! worst relative error (cs231n's `rel_error`).
