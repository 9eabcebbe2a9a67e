//! Numeric ranges decided exactly: which numbers of one schema's range (its
//! bounds, its numeric types and its `multipleOf`s, an interval or a lattice
//! of one step) another schema's range refuses. The subset check
//! (`crate::check`) asks this when no number it built shows a narrowed
//! range, so that such a range is proved, shown or reported undecided.

use serde_json::Value;

use crate::graph::Bound;
use crate::types::TypeSet;
use crate::view::View;

/// `x` as a message writes it: whole numbers without a fraction.
pub(crate) fn num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The most decimals a `multipleOf` is read with to find a lattice step.
const MAX_DECIMALS: u32 = 12;

/// Numbers of the sub side's range (`va`'s bounds and multiples, of the
/// numeric types `t`) that the sup side's range (`vb`) refuses: empty
/// where there is none (proved), else a few to validate; `Err` saying why
/// when not decided (multiples without a common step, a bound too far
/// from zero). The sub side's numbers are an interval, or a lattice of
/// one step (the least common multiple of its multiples, and of 1 for
/// integers) inside it.
pub(crate) fn outside_range(va: &View, vb: &View, t: TypeSet) -> Result<Vec<Value>, String> {
    if t.is_empty() {
        return Ok(Vec::new());
    }
    let mut steps = va.multiples.clone();
    if !t.contains(TypeSet::FRACTION) {
        steps.push(1.0);
    }
    let step = if steps.is_empty() {
        None
    } else {
        Some(lattice_step(&steps).ok_or_else(|| {
            format!(
                "the multiples {} have no common step of at most {MAX_DECIMALS} decimals",
                steps.iter().map(|m| num(*m)).collect::<Vec<_>>().join(", ")
            )
        })?)
    };
    let mut out = Vec::new();
    // Below the sup side's lower bound, the highest first.
    if let Some(l) = vb.lower {
        let below = Bound {
            value: l.value,
            exclusive: !l.exclusive,
        };
        let hi = crate::graph::tighter_upper(va.upper, below);
        out.extend(points(va.lower, hi, step, Near::High)?);
    }
    // Above the sup side's upper bound, the lowest first.
    if let Some(u) = vb.upper {
        let above = Bound {
            value: u.value,
            exclusive: !u.exclusive,
        };
        let lo = crate::graph::tighter_lower(va.lower, above);
        out.extend(points(lo, va.upper, step, Near::Low)?);
    }
    // Not a multiple of one of the sup side's multiples: of two
    // neighbours on the sub side's lattice one is not, unless its step is.
    for m in &vb.multiples {
        if step.is_some_and(|s| crate::validate::is_multiple(s, *m)) {
            continue;
        }
        out.extend(
            points(va.lower, va.upper, step, Near::Zero)?
                .into_iter()
                .filter(|x| !crate::validate::is_multiple(*x, *m)),
        );
    }
    Ok(out.into_iter().map(number).collect())
}

/// Which end of an interval [`points`] takes numbers from.
#[derive(Clone, Copy)]
enum Near {
    Low,
    High,
    Zero,
}

/// Up to a few numbers of the interval from `lo` to `hi` (on the lattice of
/// `step` if any) near one end, none where the interval has none; `Err`
/// for a bound too far from zero to count steps exactly.
fn points(
    lo: Option<Bound>,
    hi: Option<Bound>,
    step: Option<f64>,
    near: Near,
) -> Result<Vec<f64>, String> {
    const EXACT: f64 = 4.0e15;
    for b in [lo, hi].into_iter().flatten() {
        if b.value.abs() / step.unwrap_or(1.0) > EXACT {
            return Err(format!("the bound {} is too far from zero", num(b.value)));
        }
    }
    let inside = |x: f64| {
        lo.is_none_or(|b| x > b.value || (x == b.value && !b.exclusive))
            && hi.is_none_or(|b| x < b.value || (x == b.value && !b.exclusive))
    };
    let Some(s) = step else {
        let xs: Vec<f64> = match (lo, hi) {
            (Some(l), Some(h)) => {
                let d = h.value - l.value;
                vec![
                    l.value,
                    h.value,
                    l.value + d / 2.0,
                    l.value + d / 3.0,
                    l.value + d / 4.0,
                ]
            }
            (Some(l), None) => vec![l.value, l.value + 0.5, l.value + 1.5],
            (None, Some(h)) => vec![h.value, h.value - 0.5, h.value - 1.5],
            (None, None) => vec![0.5, 0.0, 1.5],
        };
        let mut xs: Vec<f64> = xs.into_iter().filter(|x| inside(*x)).collect();
        xs.dedup();
        return Ok(xs);
    };
    // The first and last multiple of `s` inside, counted in steps (a
    // bound within the validator's tolerance of a multiple is one).
    let close = |k: f64, v: f64| ((k * s - v) / s).abs() < 1e-9;
    let first = lo.map(|b| {
        let k = (b.value / s).round();
        if close(k, b.value) {
            if b.exclusive {
                k + 1.0
            } else {
                k
            }
        } else {
            (b.value / s).ceil()
        }
    });
    let last = hi.map(|b| {
        let k = (b.value / s).round();
        if close(k, b.value) {
            if b.exclusive {
                k - 1.0
            } else {
                k
            }
        } else {
            (b.value / s).floor()
        }
    });
    if let (Some(f), Some(l)) = (first, last) {
        if f > l {
            return Ok(Vec::new());
        }
    }
    let ks = match near {
        Near::High => last.map(|l| [l, l - 1.0]),
        Near::Low => first.map(|f| [f, f + 1.0]),
        Near::Zero => None,
    };
    let ks = ks.unwrap_or_else(|| {
        let k = first.map_or(0.0, |f| f.max(0.0));
        let k = last.map_or(k, |l| k.min(l));
        [k, k + 1.0]
    });
    let mut xs: Vec<f64> = Vec::new();
    for k in ks.into_iter().chain([ks[0] - 1.0]) {
        if first.is_none_or(|f| k >= f) && last.is_none_or(|l| k <= l) && xs.len() < 2 {
            xs.push(k * s);
        }
    }
    Ok(xs)
}

/// The least common multiple of `ms` (positive, of at most
/// [`MAX_DECIMALS`] decimals each), if it is exact in a float.
fn lattice_step(ms: &[f64]) -> Option<f64> {
    let mut parts = Vec::new();
    for &m in ms {
        if m <= 0.0 || !m.is_finite() {
            return None;
        }
        let k = (0..=MAX_DECIMALS).find(|k| {
            let x = m * 10f64.powi(*k as i32);
            (x - x.round()).abs() < 1e-9 * x.abs().max(1.0) && x < 1.0e15
        })?;
        parts.push(((m * 10f64.powi(k as i32)).round() as u128, k));
    }
    let most = parts.iter().map(|p| p.1).max()?;
    let mut l: u128 = 1;
    for (n, k) in parts {
        let n = n.checked_mul(10u128.pow(most - k))?;
        let g = gcd(l, n);
        l = (l / g).checked_mul(n)?;
        if l > 1 << 53 {
            return None;
        }
    }
    Some(l as f64 / 10f64.powi(most as i32))
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

/// `x` as JSON: an integer where it is one.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}
