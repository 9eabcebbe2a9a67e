//! Security: the alternatives an operation accepts (any one is enough; each
//! names schemes with the scopes it needs) and the schemes themselves. An old
//! alternative must still be enough: some new alternative must ask for no
//! scheme and no scope beyond it. A scheme renamed (the same credentials
//! under another name) is the same scheme in operations' requirements.

use std::collections::BTreeMap;

use super::Ctx;
use crate::locate::{Anchor, Which};
use crate::model::{Requirement, SecurityScheme};

/// Where scheme `key` is defined in `which` description (3.x or Swagger 2.0).
fn scheme_at(which: Which, key: &str) -> Vec<Anchor> {
    let key = key.replace('~', "~0").replace('/', "~1");
    ["/components/securitySchemes/", "/securityDefinitions/"]
        .iter()
        .map(|base| Anchor::Pointer(which, format!("{base}{key}")))
        .collect()
}

fn show(alt: &Requirement) -> String {
    if alt.is_empty() {
        return "anonymous access".into();
    }
    alt.iter()
        .map(|(k, s)| {
            if s.is_empty() {
                k.clone()
            } else {
                format!("{k} [{}]", s.iter().cloned().collect::<Vec<_>>().join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// Security schemes renamed between two descriptions: for each scheme only
/// `new` names, the one scheme only `old` names that is the same (type, what
/// the client sends, OAuth flows), when there is exactly one such (Blockfrost's
/// `ApiKeyAuth` became `project_id`, both the API key header `project_id`).
pub fn renamed(
    old: &BTreeMap<String, SecurityScheme>,
    new: &BTreeMap<String, SecurityScheme>,
) -> BTreeMap<String, String> {
    fn only<'s>(
        a: &'s BTreeMap<String, SecurityScheme>,
        b: &BTreeMap<String, SecurityScheme>,
    ) -> Vec<(&'s String, &'s SecurityScheme)> {
        a.iter().filter(|(k, _)| !b.contains_key(*k)).collect()
    }
    let (gone, came) = (only(old, new), only(new, old));
    let mut out = BTreeMap::new();
    for (name, scheme) in &came {
        let same: Vec<&String> = gone
            .iter()
            .filter(|(_, o)| o == scheme)
            .map(|(k, _)| *k)
            .collect();
        let twins = came.iter().filter(|(_, n)| n == scheme).count();
        if let ([was], 1) = (same.as_slice(), twins) {
            out.insert((*name).clone(), (*was).clone());
        }
    }
    out
}

/// `alt` with the schemes renamed since the old description called by their old names.
fn old_names(alt: &Requirement, renamed: &BTreeMap<String, String>) -> Requirement {
    alt.iter()
        .map(|(k, s)| (renamed.get(k).unwrap_or(k).clone(), s.clone()))
        .collect()
}

/// Whether a client satisfying `old` satisfies `new`.
fn enough(old: &Requirement, new: &Requirement) -> bool {
    new.iter()
        .all(|(k, scopes)| old.get(k).is_some_and(|have| scopes.is_subset(have)))
}

/// Compares the effective security of two versions of one operation.
pub fn operation(
    ctx: &mut Ctx<'_>,
    name: &str,
    old: Option<&[Requirement]>,
    new: Option<&[Requirement]>,
) {
    let anonymous = [Requirement::new()];
    let pick = |s: Option<&'_ [Requirement]>| -> Vec<Requirement> {
        match s {
            Some(list) if !list.is_empty() => list.to_vec(),
            _ => anonymous.to_vec(),
        }
    };
    let (old, new) = (pick(old), pick(new));
    // The new alternatives as the old description names their schemes (`new` is kept to show them).
    let seen: Vec<Requirement> = new
        .iter()
        .map(|n| old_names(n, &ctx.renamed_schemes))
        .collect();
    for alt in &old {
        if seen.iter().any(|n| enough(alt, n)) {
            continue;
        }
        // Same schemes, more scopes: say which scopes.
        let wider = seen.iter().find(|n| n.keys().eq(alt.keys()));
        if let Some(n) = wider {
            let added: Vec<String> = n
                .iter()
                .flat_map(|(k, s)| s.difference(&alt[k]).map(move |x| format!("{k}:{x}")))
                .collect();
            ctx.push(
                "openapi-security-scope-added",
                format!(
                    "{name}: now needs the scopes {}; tokens without them are refused",
                    added.join(", ")
                ),
                name,
                Some(format!("security {}", show(alt))),
                Some(show(alt)),
                Some(show(n)),
            );
            continue;
        }
        let now = new.iter().map(show).collect::<Vec<_>>().join(" | ");
        ctx.push(
            "openapi-security-alternative-removed",
            format!("{name}: {} is no longer accepted (now: {now})", show(alt)),
            name,
            Some(format!("security {}", show(alt))),
            Some(show(alt)),
            Some(now),
        );
    }
    for (alt, as_old) in new.iter().zip(&seen).filter(|(_, a)| !old.contains(a)) {
        if old.iter().any(|o| enough(o, as_old)) {
            ctx.push(
                "openapi-security-alternative-added",
                format!("{name}: {} is now accepted too", show(alt)),
                name,
                Some(format!("security {}", show(alt))),
                None,
                Some(show(alt)),
            );
        }
    }
}

/// Compares the security schemes of two descriptions.
pub fn schemes(
    ctx: &mut Ctx<'_>,
    old: &BTreeMap<String, SecurityScheme>,
    new: &BTreeMap<String, SecurityScheme>,
) {
    for (key, os) in old {
        let name = format!("security scheme {key}");
        let Some(ns) = new.get(key) else {
            ctx.here = scheme_at(Which::Old, key);
            ctx.push(
                "openapi-security-scheme-removed",
                format!("{name} removed"),
                &name,
                None,
                Some(os.kind.clone()),
                None,
            );
            continue;
        };
        ctx.here = scheme_at(Which::New, key);
        let describe = |s: &SecurityScheme| {
            let mut parts = vec![s.kind.clone()];
            parts.extend(s.fields.iter().map(|(k, v)| format!("{k}={v}")));
            parts.join(" ")
        };
        if os.kind != ns.kind || os.fields != ns.fields {
            ctx.push(
                "openapi-security-scheme-changed",
                format!(
                    "{name} changed from {} to {}; clients send the old credentials",
                    describe(os),
                    describe(ns)
                ),
                &name,
                None,
                Some(describe(os)),
                Some(describe(ns)),
            );
        }
        for (flow, of) in &os.flows {
            let Some(nf) = ns.flows.get(flow) else {
                ctx.push(
                    "openapi-security-scheme-changed",
                    format!("{name}: OAuth flow {flow} removed"),
                    &name,
                    Some(format!("flow {flow}")),
                    Some(flow.clone()),
                    None,
                );
                continue;
            };
            for (k, url) in &of.urls {
                if nf.urls.get(k) != Some(url) {
                    let to = nf.urls.get(k).cloned().unwrap_or_else(|| "nothing".into());
                    ctx.push(
                        "openapi-security-scheme-changed",
                        format!("{name}: flow {flow} {k} changed from {url} to {to}"),
                        &name,
                        Some(format!("flow {flow} {k}")),
                        Some(url.clone()),
                        Some(to),
                    );
                }
            }
            for scope in of.scopes.difference(&nf.scopes) {
                ctx.push(
                    "openapi-security-scheme-scope-removed",
                    format!("{name}: flow {flow} no longer offers scope {scope}"),
                    &name,
                    Some(format!("flow {flow} scope {scope}")),
                    Some(scope.clone()),
                    None,
                );
            }
        }
    }
    for (key, ns) in new {
        if !old.contains_key(key) {
            let name = format!("security scheme {key}");
            ctx.here = scheme_at(Which::New, key);
            ctx.push(
                "openapi-security-scheme-added",
                format!("{name} added"),
                &name,
                None,
                None,
                Some(ns.kind.clone()),
            );
        }
    }
}
