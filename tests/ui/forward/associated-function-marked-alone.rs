// An associated function without `self` marked alone, whose signature and body do not name
// `Self`: the attribute sees nothing that tells it from a free function, so it writes what a
// free function gets (a module of fallbacks beside it), which an `impl` block cannot hold.
// Mark the block too (`#[grad::differentiate] impl Model { .. }`), as for methods of a block
// generic over its float; `tests/forward_methods.rs` has both forms that work.
struct Model;

impl Model {
    #[grad::differentiate]
    fn penalty(x: f64) -> f64 {
        x.sin() * x
    }
}

fn main() {}
