//! Server URLs removed and added.

use std::collections::BTreeSet;

use super::Ctx;
use crate::locate::{Anchor, Which};

/// Where the servers are written (3.x `servers`, Swagger 2.0 `host`).
fn servers_at(which: Which) -> Vec<Anchor> {
    ["/servers", "/host", "/basePath"]
        .iter()
        .map(|p| Anchor::Pointer(which, (*p).to_owned()))
        .collect()
}

/// Compares the server URLs of two descriptions.
pub fn servers(ctx: &mut Ctx<'_>, old: &BTreeSet<String>, new: &BTreeSet<String>) {
    for url in old.difference(new) {
        ctx.here = servers_at(Which::Old);
        ctx.push(
            "openapi-server-removed",
            format!("server {url} removed; clients configured with it lose the API"),
            "servers",
            Some(url.clone()),
            Some(url.clone()),
            None,
        );
    }
    for url in new.difference(old) {
        ctx.here = servers_at(Which::New);
        ctx.push(
            "openapi-server-added",
            format!("server {url} added"),
            "servers",
            Some(url.clone()),
            None,
            Some(url.clone()),
        );
    }
}
