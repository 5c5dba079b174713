// Methods that change a container of differentiated values in place, or cut it into slices
// held in variables. Ordering indices by a comparator that reads differentiated values is
// differentiated (the last function).
#[grad::differentiate]
fn swapped(x: &[f64]) -> f64 {
    let mut v = x.to_vec();
    v.swap(0, 2);
    v[0] * 3.0 + v[2]
}

#[grad::differentiate]
fn sorted(x: &[f64]) -> f64 {
    let mut v = x.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    v[0]
}

#[grad::differentiate]
fn split(x: &[f64]) -> f64 {
    let (a, b) = x.split_at(2);
    a[0] * b[0]
}

#[grad::differentiate]
fn ordered(x: &[f64]) -> f64 {
    let mut order: Vec<usize> = (0..x.len()).collect();
    order.sort_by(|&a, &b| x[a].total_cmp(&x[b]));
    x[order[0]] * 2.0
}

fn main() {}
