#[rustversion::attr(not(stable(1.95)), ignore = "UI snapshots are blessed on rustc 1.95")]
#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/**/*.rs");
}
