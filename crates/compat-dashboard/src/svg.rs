//! Inline SVG: the sparkline of breaking findings over the last checks
//! (no external image, so the page needs nothing but itself).

use std::fmt::Write as _;

use compat_report::render::count;

/// Width and height of a sparkline, in CSS pixels.
const W: f64 = 100.0;
const H: f64 = 22.0;

/// A sparkline of `values` (oldest first), with a text alternative.
pub(crate) fn sparkline(values: &[i64]) -> String {
    let label = format!(
        "breaking findings over the last {}: {}",
        count(values.len(), "check", "checks"),
        values
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut s = format!(
        "<svg class=\"spark\" width=\"{W}\" height=\"{H}\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>"
    );
    if values.is_empty() {
        s.push_str("</svg>");
        return s;
    }
    let max = values.iter().copied().max().unwrap_or(0).max(1) as f64;
    let step = if values.len() > 1 {
        (W - 4.0) / (values.len() - 1) as f64
    } else {
        0.0
    };
    let point = |i: usize, v: i64| -> (f64, f64) {
        let x = 2.0 + step * i as f64;
        let y = H - 2.0 - (v.max(0) as f64 / max) * (H - 4.0);
        (x, y)
    };
    let mut pts = String::new();
    for (i, v) in values.iter().enumerate() {
        let (x, y) = point(i, *v);
        let _ = write!(pts, "{x:.1},{y:.1} ");
    }
    let colour = if values.last().copied().unwrap_or(0) > 0 {
        "#cf222e"
    } else {
        "#1a7f37"
    };
    let _ = write!(
        s,
        "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{}\"/>",
        pts.trim_end()
    );
    let (x, y) = point(values.len() - 1, values[values.len() - 1]);
    let _ = write!(
        s,
        "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"2\" fill=\"{colour}\"/></svg>"
    );
    s
}

#[cfg(test)]
mod tests {
    #[test]
    fn draws_one_point_per_check() {
        let s = super::sparkline(&[0, 2, 1]);
        assert!(s.contains("points=\"2.0,20.0 50.0,2.0 98.0,11.0\""), "{s}");
        assert!(s.contains("aria-label=\"breaking findings over the last 3 checks: 0, 2, 1\""));
        assert!(super::sparkline(&[]).ends_with("</svg>"));
        let one = super::sparkline(&[4]);
        assert!(one.contains("the last 1 check: 4\""), "{one}");
    }
}
