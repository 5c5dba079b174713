trait Foo {
    fn foo(self) -> f64;
}

impl Foo for f64 {
    fn foo(self) -> f64 {
        self * 3.0
    }
}

#[grad::differentiate]
fn f(x: f64) -> f64 {
    x.foo() + 1.0
}

fn main() {}
