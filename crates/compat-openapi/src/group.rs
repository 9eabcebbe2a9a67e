//! One change of one schema, met through many operations, is one root
//! cause: the findings that report the same change (the same rule, the
//! same schema nodes on both sides as compat-schema names them, the same
//! old and new values) share a group, so text and Markdown print the first
//! in full and one line for each other place that reaches it. A component
//! that a hundred responses return makes one entry with a hundred places,
//! not a hundred entries. A change met at one place only gets no group.

use std::collections::HashMap;

use compat_report::Finding;

use crate::locate::Anchor;

/// What identifies one change: rule, schema places (new side first), old
/// and new values.
type Key = (String, Vec<String>, Option<String>, Option<String>);

/// Sets the group of every finding whose change (see the module doc) is
/// reported at more than one place; `anchors[i]` are `findings[i]`'s.
pub fn group(findings: &mut [Finding], anchors: &[Vec<Anchor>]) {
    let keys: Vec<Option<Key>> = findings
        .iter()
        .zip(anchors)
        .map(|(f, list)| {
            let places: Vec<String> = list
                .iter()
                .filter_map(|a| match a {
                    Anchor::Schema(_, place) => Some(place.clone()),
                    _ => None,
                })
                .collect();
            (!places.is_empty()).then(|| {
                (
                    f.rule.clone(),
                    places,
                    f.subject.old_value.clone(),
                    f.subject.new_value.clone(),
                )
            })
        })
        .collect();
    let mut count: HashMap<&Key, usize> = HashMap::new();
    for k in keys.iter().flatten() {
        *count.entry(k).or_default() += 1;
    }
    // Names in the order changes are first met; two changes whose names
    // would be the same are told apart by a number.
    let mut names: HashMap<&Key, String> = HashMap::new();
    let mut taken: HashMap<String, usize> = HashMap::new();
    for (f, key) in findings.iter_mut().zip(&keys) {
        let Some(key) = key.as_ref().filter(|k| count[k] > 1) else {
            continue;
        };
        let name = names.entry(key).or_insert_with(|| {
            let base = format!("{} at {}", key.0, short_place(&key.1[0]));
            let n = taken.entry(base.clone()).or_default();
            *n += 1;
            if *n == 1 {
                base
            } else {
                format!("{base} ({n})")
            }
        });
        f.group = Some(name.clone());
    }
}

/// `openapi.json#/components/schemas/Pet/properties/status` for a place
/// compat-schema names with the file's whole path.
fn short_place(place: &str) -> &str {
    match place.split_once('#') {
        Some((file, _)) => {
            let cut = file.rfind('/').map_or(0, |i| i + 1);
            &place[cut..]
        }
        None => place,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locate::Which;
    use compat_report::Subject;

    fn widened(op: &str, new: &str, place: &str) -> (Finding, Vec<Anchor>) {
        let f = Finding::new(
            "openapi-response-enum-widened",
            format!("{op}: response 200 application/json property status: ..."),
            Subject {
                symbol: Some(op.into()),
                old_value: Some("[\"a\"]".into()),
                new_value: Some(new.into()),
                ..Subject::default()
            },
        );
        (f, vec![Anchor::Schema(Which::New, place.into())])
    }

    #[test]
    fn one_change_reached_from_several_operations_is_one_group() {
        let pet = "/srv/api/openapi.json#/components/schemas/Pet/properties/status";
        let owner = "/srv/api/openapi.json#/components/schemas/Owner/properties/status";
        let (mut findings, anchors): (Vec<Finding>, Vec<Vec<Anchor>>) = [
            widened("GET /pets", "[\"b\"]", pet),
            widened("GET /pets/{id}", "[\"b\"]", pet),
            widened("GET /pets", "[\"c\"]", pet),
            widened("GET /owners", "[\"b\"]", owner),
            widened("GET /pets/{id}", "[\"c\"]", pet),
        ]
        .into_iter()
        .unzip();
        group(&mut findings, &anchors);
        let groups: Vec<Option<&str>> = findings.iter().map(|f| f.group.as_deref()).collect();
        let first = "openapi-response-enum-widened at openapi.json#/components/schemas/Pet/properties/status";
        let second = format!("{first} (2)");
        assert_eq!(
            groups,
            [
                Some(first),
                Some(first),
                Some(second.as_str()),
                None,
                Some(second.as_str())
            ]
        );
    }
}
