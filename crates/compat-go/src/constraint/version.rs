//! Go 1.21's `constraint.GoVersion`: the minimum Go release an expression
//! implies.

use super::Expr;

/// Go 1.21's `constraint.GoVersion`: the minimum `go1.N` any satisfying
/// assignment needs (purely structural: every tag and negated tag is
/// assumed independently satisfiable), `"go1"` for the tag `go1`, or `None`
/// when no Go version tag is implied. As in Go, the version is whatever
/// follows the first `go1.` in the tag and parses as a decimal integer.
pub fn go_version(x: &Expr) -> Option<String> {
    let v = min_version(x, true);
    match v {
        v if v < 0 => None,
        0 => Some("go1".to_string()),
        v => Some(format!("go1.{v}")),
    }
}

fn min_version(x: &Expr, positive: bool) -> i64 {
    match x {
        Expr::And(a, b) | Expr::Or(a, b) => {
            let (va, vb) = (min_version(a, positive), min_version(b, positive));
            // AND takes the larger minimum, OR the smaller; negation swaps.
            if matches!(x, Expr::And(..)) == positive {
                va.max(vb)
            } else {
                va.min(vb)
            }
        }
        Expr::Not(a) => min_version(a, !positive),
        Expr::Tag(t) => {
            if !positive {
                return -1;
            }
            if t == "go1" {
                return 0;
            }
            let after = t.find("go1.").map_or("", |i| &t[i + 4..]);
            after.parse::<i64>().unwrap_or(-1)
        }
    }
}
