//! Responses: status codes removed and added, media types, headers, and each
//! kept schema compared as the server's output (a range the server narrowed
//! to named media types within it is compared with each of them: [`media`]).

use super::{media, schemas, Ctx};
use crate::engine::Sender;
use crate::locate::Which;
use crate::model::{Response, SortedMap};

fn success(code: &str) -> bool {
    code.starts_with('2')
}

/// Compares the responses of two versions of one operation.
pub fn compare(
    ctx: &mut Ctx<'_>,
    name: &str,
    old: &SortedMap<String, Response<'_>>,
    new: &SortedMap<String, Response<'_>>,
) {
    let parent = ctx.here.clone();
    for (code, or) in old {
        let member = format!("response {code}");
        ctx.here.clone_from(&parent);
        let Some(nr) = new.get(code) else {
            ctx.at(Which::Old, or.at);
            let (rule, why) = if success(code) {
                (
                    "openapi-response-success-removed",
                    "; clients that expect it fail",
                )
            } else {
                ("openapi-response-status-removed", "")
            };
            ctx.push(
                rule,
                format!("{name}: {member} removed{why}"),
                name,
                Some(member),
                Some(code.clone()),
                None,
            );
            continue;
        };
        headers(ctx, name, code, or, nr);
        for (media, os) in &or.content {
            let m = format!("{member} {media}");
            ctx.here.clone_from(&parent);
            match nr.content.get(media) {
                Some(ns) => {
                    ctx.at(Which::New, nr.at);
                    schemas::compare(ctx, name, &m, os.as_ref(), ns.as_ref(), Sender::Server)
                }
                None => {
                    // A range the server narrowed to named types within it:
                    // each named type's schema against the range's.
                    let narrowed: Vec<_> = nr
                        .content
                        .iter()
                        .filter(|(k, _)| !or.content.contains_key(*k) && media::covers(media, k))
                        .collect();
                    if narrowed.is_empty() {
                        ctx.at(Which::Old, or.at);
                        ctx.push(
                            "openapi-response-media-type-removed",
                            format!("{name}: {m} removed; clients that accept only {media} fail"),
                            name,
                            Some(m),
                            Some(media.clone()),
                            None,
                        );
                        continue;
                    }
                    ctx.at(Which::New, nr.at);
                    for (k, ns) in narrowed {
                        let m = format!("{member} {k}");
                        schemas::compare(ctx, name, &m, os.as_ref(), ns.as_ref(), Sender::Server);
                    }
                }
            }
        }
        ctx.here.clone_from(&parent);
        ctx.at(Which::New, nr.at);
        for media in nr.content.keys().filter(|m| !or.content.contains_key(*m)) {
            ctx.push(
                "openapi-response-media-type-added",
                format!("{name}: {member} {media} added"),
                name,
                Some(format!("{member} {media}")),
                None,
                Some(media.clone()),
            );
        }
    }
    for (code, nr) in new.iter().filter(|(c, _)| !old.contains_key(*c)) {
        let member = format!("response {code}");
        ctx.here.clone_from(&parent);
        ctx.at(Which::New, nr.at);
        ctx.push(
            "openapi-response-status-added",
            format!("{name}: {member} added"),
            name,
            Some(member),
            None,
            Some(code.clone()),
        );
    }
    ctx.here = parent;
}

fn headers(ctx: &mut Ctx<'_>, name: &str, code: &str, old: &Response<'_>, new: &Response<'_>) {
    let parent = ctx.here.clone();
    for (key, oh) in &old.headers {
        let member = format!("response {code} header {}", oh.name);
        ctx.here.clone_from(&parent);
        let Some(nh) = new.headers.get(key) else {
            ctx.at(Which::Old, old.at);
            ctx.at(Which::Old, oh.at);
            let f = ctx.push(
                "openapi-response-header-removed",
                format!("{name}: {member} removed"),
                name,
                Some(member),
                None,
                None,
            );
            if !oh.required {
                f.set_severity(compat_report::Severity::Warning);
            }
            continue;
        };
        ctx.at(Which::New, new.at);
        ctx.at(Which::New, nh.at);
        if oh.required && !nh.required {
            ctx.push(
                "openapi-response-header-became-optional",
                format!("{name}: {member} is no longer always sent (became optional)"),
                name,
                Some(member.clone()),
                Some("required".into()),
                Some("optional".into()),
            );
        }
        schemas::compare(
            ctx,
            name,
            &member,
            oh.schema.as_ref(),
            nh.schema.as_ref(),
            Sender::Server,
        );
    }
    for (key, nh) in &new.headers {
        if !old.headers.contains_key(key) {
            let member = format!("response {code} header {}", nh.name);
            ctx.here.clone_from(&parent);
            ctx.at(Which::New, new.at);
            ctx.at(Which::New, nh.at);
            ctx.push(
                "openapi-response-header-added",
                format!("{name}: {member} added"),
                name,
                Some(member),
                None,
                None,
            );
        }
    }
    ctx.here = parent;
}
