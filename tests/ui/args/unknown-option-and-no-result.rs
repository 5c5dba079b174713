// Every error is reported, and the output stays valid Rust: the unknown option, the missing
// result type, and the body's own error (issue 13: only "expected type, found `,`" was shown).
#[grad::differentiate(foo)]
fn f(x: f64) {
    let _ = x.frobnicate();
}

fn main() {}
