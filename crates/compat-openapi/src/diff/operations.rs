//! Paths, webhooks and callbacks: operations removed, added and compared.
//! A webhook's or callback's request is sent by the server, so its body is
//! compared as a response is (new must send only what old subscribers
//! accept).

use std::collections::BTreeMap;

use super::{bodies, deprecation, parameters, responses, security, Ctx};
use crate::engine::Sender;
use crate::locate::Which;
use crate::model::{Operation, PathItem};

/// What a map of path items is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `paths`.
    Path,
    /// `webhooks` (or `x-webhooks`).
    Webhook,
}

/// Compares two maps of path items.
pub fn paths(
    ctx: &mut Ctx<'_>,
    old: &BTreeMap<String, PathItem<'_>>,
    new: &BTreeMap<String, PathItem<'_>>,
    kind: Kind,
) {
    for (key, old_item) in old {
        let new_item = new.get(key);
        for (method, op) in &old_item.operations {
            ctx.here.clear();
            match new_item.and_then(|i| i.operations.get(method)) {
                None => {
                    ctx.at(Which::Old, op.at);
                    removed(ctx, op, kind, new_item.is_none());
                }
                Some(new_op) => {
                    ctx.at(Which::New, new_op.at);
                    compare(ctx, op, new_op, kind);
                }
            }
        }
        if let Some(new_item) = new_item {
            for (method, op) in &new_item.operations {
                if !old_item.operations.contains_key(method) {
                    ctx.here.clear();
                    ctx.at(Which::New, op.at);
                    added(ctx, op, kind);
                }
            }
        }
    }
    for (key, item) in new {
        if !old.contains_key(key) {
            for op in item.operations.values() {
                ctx.here.clear();
                ctx.at(Which::New, op.at);
                added(ctx, op, kind);
            }
        }
    }
}

fn symbol(op: &Operation<'_>, kind: Kind) -> String {
    match kind {
        Kind::Path => op.name.clone(),
        Kind::Webhook => format!("webhook {}", op.name),
    }
}

fn removed(ctx: &mut Ctx<'_>, op: &Operation<'_>, kind: Kind, whole_path: bool) {
    let name = symbol(op, kind);
    match kind {
        Kind::Path => deprecation::removed(ctx, op, &name, whole_path),
        Kind::Webhook => {
            ctx.push(
                "openapi-webhook-removed",
                format!("{name}: removed; subscribers no longer receive it"),
                &name,
                None,
                None,
                None,
            );
        }
    }
}

fn added(ctx: &mut Ctx<'_>, op: &Operation<'_>, kind: Kind) {
    let name = symbol(op, kind);
    let rule = match kind {
        Kind::Path => "openapi-operation-added",
        Kind::Webhook => "openapi-webhook-added",
    };
    ctx.push(rule, format!("{name}: added"), &name, None, None, None);
}

fn compare(ctx: &mut Ctx<'_>, old: &Operation<'_>, new: &Operation<'_>, kind: Kind) {
    let name = symbol(old, kind);
    if kind == Kind::Webhook {
        bodies::request(
            ctx,
            &name,
            old.request_body.as_ref(),
            new.request_body.as_ref(),
            Sender::Server,
        );
        return;
    }
    ctx.level.clone_from(if new.stability.is_some() {
        &new.stability
    } else {
        &old.stability
    });
    deprecation::changed(ctx, &name, old, new);
    if let (Some(o), Some(n)) = (&old.operation_id, &new.operation_id) {
        if o != n {
            ctx.push(
                "openapi-operation-id-changed",
                format!("{name}: operationId changed from {o} to {n}; generated clients rename the method"),
                &name,
                Some("operationId".into()),
                Some(o.clone()),
                Some(n.clone()),
            );
        }
    }
    parameters::compare(ctx, &name, old, new);
    bodies::request(
        ctx,
        &name,
        old.request_body.as_ref(),
        new.request_body.as_ref(),
        Sender::Client,
    );
    responses::compare(ctx, &name, &old.responses, &new.responses);
    security::operation(ctx, &name, old.security.as_deref(), new.security.as_deref());
    callbacks(ctx, &name, old, new);
}

/// Callbacks: a callback (or one of its operations) removed, added, and the
/// request bodies of the ones kept, compared as the server's output.
fn callbacks(ctx: &mut Ctx<'_>, name: &str, old: &Operation<'_>, new: &Operation<'_>) {
    let parent = ctx.here.clone();
    for (cb, old_exprs) in &old.callbacks {
        let new_exprs = new.callbacks.get(cb);
        for (expr, old_item) in old_exprs {
            for (method, op) in &old_item.operations {
                let member = format!("callback {cb} {} {expr}", method.to_ascii_uppercase());
                ctx.here.clone_from(&parent);
                match new_exprs
                    .and_then(|e| e.get(expr))
                    .and_then(|i| i.operations.get(method))
                {
                    None => {
                        ctx.at(Which::Old, op.at);
                        ctx.push(
                            "openapi-callback-removed",
                            format!("{name}: {member} removed; clients no longer receive it"),
                            name,
                            Some(member),
                            None,
                            None,
                        );
                    }
                    Some(new_op) => {
                        ctx.at(Which::New, new_op.at);
                        let symbol = format!("{name} {member}");
                        bodies::request(
                            ctx,
                            &symbol,
                            op.request_body.as_ref(),
                            new_op.request_body.as_ref(),
                            Sender::Server,
                        );
                    }
                }
            }
        }
    }
    for (cb, new_exprs) in &new.callbacks {
        for (expr, item) in new_exprs {
            for (method, op) in &item.operations {
                let known = old
                    .callbacks
                    .get(cb)
                    .and_then(|e| e.get(expr))
                    .is_some_and(|i| i.operations.contains_key(method));
                if !known {
                    ctx.here.clone_from(&parent);
                    ctx.at(Which::New, op.at);
                    let member = format!("callback {cb} {} {expr}", method.to_ascii_uppercase());
                    ctx.push(
                        "openapi-callback-added",
                        format!("{name}: {member} added"),
                        name,
                        Some(member),
                        None,
                        None,
                    );
                }
            }
        }
    }
    ctx.here = parent;
}
