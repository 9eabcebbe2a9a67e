//! Exported functions and variables compared by their type spellings:
//! parameters added, removed or retyped, results, variadics, explicit
//! constructors, variable types, each judged by what existing binaries
//! pass and read.

use super::*;

/// An exported variable's type: the same size and layout under another
/// spelling is info; an array that gains or loses its bound (`T[]` and
/// `T[N]`) is info too, since the symbol-level diff compares the object's
/// size (`abi-object-size-changed`).
pub(super) fn compare_variable(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    name: &str,
    o: &Variable,
    n: &Variable,
) {
    if o.ty == n.ty {
        return;
    }
    let (severity, why) = match eq.compare(&o.ty, &n.ty) {
        Tier::Same => return,
        Tier::Qualifiers if eq.became_const(&o.ty, &n.ty) => (
            Severity::Breaking,
            "it is now const, so the library places it in read-only memory: consumers that write it crash, or write a copy the library never reads".to_owned(),
        ),
        Tier::Alias => (
            Severity::Info,
            "the size and layout are the same, so existing binaries are unaffected".to_owned(),
        ),
        Tier::Qualifiers => (
            Severity::Warning,
            "the size and layout are the same, but its qualifiers changed: code compiled against the old type may rely on them".to_owned(),
        ),
        Tier::Signedness => (
            Severity::Warning,
            "the size and layout are the same, but the signedness changed: values past the signed maximum now read as negative, or the reverse".to_owned(),
        ),
        Tier::Different if eq.bound_only(&o.ty, &n.ty) => (
            Severity::Info,
            "only the array bound is stated or omitted; the symbol's size is compared on its own (abi-object-size-changed)".to_owned(),
        ),
        Tier::Different => (
            Severity::Breaking,
            "consumers access it with the old type's size and layout".to_owned(),
        ),
    };
    cx.sym(
        "abi-variable-type-changed",
        format!(
            "variable {} changed type from {} to {}; {why}",
            display_name(name),
            o.ty,
            n.ty
        ),
        name,
        &o.ty,
        &n.ty,
    );
    set_severity(cx, severity);
}

fn param_name(p: &Param, i: usize) -> String {
    match &p.name {
        Some(n) => format!("parameter {} ({n})", i + 1),
        None => format!("parameter {}", i + 1),
    }
}

pub(super) fn compare_function(
    cx: &mut Cx<'_>,
    eq: &mut Equiv<'_>,
    name: &str,
    o: &Function,
    n: &Function,
) {
    // Messages show C++ names demangled; the subject keeps the symbol.
    let sym = name;
    let name = &display_name(name);
    if o.ret != n.ret {
        // Callers built against a void function never read a result.
        let change = if o.ret == "void" {
            Some((
                Severity::Info,
                "existing callers ignore the result, so calls are unaffected".to_owned(),
            ))
        } else {
            value_change(
                eq,
                &o.ret,
                &n.ret,
                "callers read the result as the old type",
            )
            .or_else(|| {
                eq.record_top_quals_changed(&o.ret, &n.ret).then(|| {
                    (
                        Severity::Info,
                        "only the top-level qualifiers of the returned class changed: it is returned the same way under the same symbol, but whether callers may move from the result changed (an API change only)".to_owned(),
                    )
                })
            })
        };
        if let Some((severity, why)) = change {
            cx.sym(
                "abi-return-type-changed",
                format!("{name} now returns {} instead of {}; {why}", n.ret, o.ret),
                sym,
                &o.ret,
                &n.ret,
            );
            set_severity(cx, severity);
        }
    }
    for (i, (op, np)) in o.params.iter().zip(&n.params).enumerate() {
        if op.ty == np.ty {
            continue;
        }
        let change = callback_gained_trailing_params(eq, &op.ty, &np.ty)
            .or_else(|| value_change(eq, &op.ty, &np.ty, "existing callers pass the old type"))
            .or_else(|| match eq.restrict_changed(&op.ty, &np.ty) {
                Some(true) => Some((
                    Severity::Warning,
                    "it is now restrict: the library may assume the memory it points to is reached through no other parameter, so callers that pass overlapping buffers, which the old version tolerated, get undefined results".to_owned(),
                )),
                Some(false) => Some((
                    Severity::Info,
                    "it is no longer restrict: overlapping arguments are now allowed (an API change only)".to_owned(),
                )),
                None => None,
            });
        if let Some((severity, why)) = change {
            cx.sym(
                "abi-param-type-changed",
                format!(
                    "{} of {name} changed type from {} to {}; {why}",
                    param_name(op, i),
                    op.ty,
                    np.ty
                ),
                sym,
                &op.ty,
                &np.ty,
            );
            set_severity(cx, severity);
        }
    }
    let spell = |ps: &[Param]| -> String {
        ps.iter()
            .map(|p| p.ty.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let (os, ns) = (spell(&o.params), spell(&n.params));
    if n.params.len() > o.params.len() {
        let added: Vec<String> = n.params[o.params.len()..]
            .iter()
            .enumerate()
            .map(|(i, p)| param_name(p, i + o.params.len()))
            .collect();
        cx.sym(
            "abi-param-added",
            format!(
                "{name} now takes {} instead of {} (added {}); existing callers do not pass {} and the function reads garbage",
                count(n.params.len(), "parameter", "parameters"),
                o.params.len(),
                added.join(", "),
                if added.len() == 1 { "it" } else { "them" }
            ),
            sym,
            &os,
            &ns,
        );
    } else if n.params.len() < o.params.len() {
        let removed: Vec<String> = o.params[n.params.len()..]
            .iter()
            .enumerate()
            .map(|(i, p)| param_name(p, i + n.params.len()))
            .collect();
        cx.sym(
            "abi-param-removed",
            format!(
                "{name} now takes {} instead of {} (removed {}); existing callers still pass {}",
                count(n.params.len(), "parameter", "parameters"),
                o.params.len(),
                removed.join(", "),
                if removed.len() == 1 { "it" } else { "them" }
            ),
            sym,
            &os,
            &ns,
        );
    }
    if o.variadic != n.variadic {
        let (was, now) = if o.variadic {
            ("variadic", "not variadic")
        } else {
            ("not variadic", "variadic")
        };
        cx.sym(
            "abi-variadic-changed",
            format!(
                "{name} was {was} and is now {now}; the calling convention for variadic calls differs, so existing callers pass arguments where the function does not look"
            ),
            sym,
            was,
            now,
        );
    }
}

/// A callback parameter (`int (*cb)(T *, int)`, the caller's function that
/// the library calls) whose function type gained parameters after all the
/// old ones, which keep their types, with the same result: the library now
/// passes more arguments, in registers or stack slots after the ones an old
/// callback reads, and the caller cleans up the stack, so old callbacks work
/// (an API change: new sources must write the new signature). Losing a
/// parameter, or any other change, is judged as a type change.
fn callback_gained_trailing_params(
    eq: &mut Equiv<'_>,
    old: &str,
    new: &str,
) -> Option<(Severity, String)> {
    let (Some(TypeExpr::Pointer(o)), Some(TypeExpr::Pointer(n))) =
        (parse_type_ref(old), parse_type_ref(new))
    else {
        return None;
    };
    let (
        TypeExpr::Function {
            params: op,
            variadic: false,
            ret: oret,
        },
        TypeExpr::Function {
            params: np,
            variadic: false,
            ret: nret,
        },
    ) = (*o, *n)
    else {
        return None;
    };
    if np.len() <= op.len() || oret != nret {
        return None;
    }
    let same = op
        .iter()
        .zip(&np)
        .all(|(a, b)| eq.compare(&a.to_string(), &b.to_string()) == Tier::Same);
    same.then(|| {
        (
            Severity::Info,
            format!(
                "the callback gained {} after its old ones: the library passes more arguments than an old callback reads, after the ones it does, so old callbacks still work (an API change: new sources write the new signature)",
                count(np.len() - op.len(), "parameter", "parameters")
            ),
        )
    })
}
