//! Server URLs removed and added.

use std::collections::BTreeSet;

use super::Ctx;

/// Compares the server URLs of two descriptions.
pub fn servers(ctx: &mut Ctx<'_>, old: &BTreeSet<String>, new: &BTreeSet<String>) {
    for url in old.difference(new) {
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
