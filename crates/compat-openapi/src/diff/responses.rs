//! Responses: status codes removed and added, media types, headers, and each
//! kept schema compared as the server's output.

use std::collections::BTreeMap;

use super::{schemas, Ctx};
use crate::engine::Sender;
use crate::model::Response;

fn success(code: &str) -> bool {
    code.starts_with('2')
}

/// Compares the responses of two versions of one operation.
pub fn compare(
    ctx: &mut Ctx<'_>,
    name: &str,
    old: &BTreeMap<String, Response<'_>>,
    new: &BTreeMap<String, Response<'_>>,
) {
    for (code, or) in old {
        let member = format!("response {code}");
        let Some(nr) = new.get(code) else {
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
            match nr.content.get(media) {
                None => {
                    ctx.push(
                        "openapi-response-media-type-removed",
                        format!("{name}: {m} removed; clients that accept only {media} fail"),
                        name,
                        Some(m),
                        Some(media.clone()),
                        None,
                    );
                }
                Some(ns) => {
                    schemas::compare(ctx, name, &m, os.as_ref(), ns.as_ref(), Sender::Server)
                }
            }
        }
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
    for code in new.keys().filter(|c| !old.contains_key(*c)) {
        let member = format!("response {code}");
        ctx.push(
            "openapi-response-status-added",
            format!("{name}: {member} added"),
            name,
            Some(member),
            None,
            Some(code.clone()),
        );
    }
}

fn headers(ctx: &mut Ctx<'_>, name: &str, code: &str, old: &Response<'_>, new: &Response<'_>) {
    for (key, oh) in &old.headers {
        let member = format!("response {code} header {}", oh.name);
        let Some(nh) = new.headers.get(key) else {
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
}
