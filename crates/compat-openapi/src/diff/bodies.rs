//! Request bodies: added as required, removed, required or optional, media
//! types removed and added, and each kept media type's schema compared (a
//! media type the new body covers with a range is kept: [`media`]).

use super::{media, schemas, Ctx};
use crate::engine::Sender;
use crate::locate::Which;
use crate::model::RequestBody;

/// Compares two request bodies of `name`; `dir` is [`Sender::Client`]
/// unless the server sends the request (a webhook or a callback).
pub fn request(
    ctx: &mut Ctx<'_>,
    name: &str,
    old: Option<&RequestBody<'_>>,
    new: Option<&RequestBody<'_>>,
    dir: Sender,
) {
    let parent = ctx.here.clone();
    compare(ctx, name, old, new, dir);
    ctx.here = parent;
}

fn compare(
    ctx: &mut Ctx<'_>,
    name: &str,
    old: Option<&RequestBody<'_>>,
    new: Option<&RequestBody<'_>>,
    dir: Sender,
) {
    let (old, new) = match (old, new) {
        (None, Some(n)) if n.required && dir == Sender::Client => {
            ctx.at(Which::New, n.at);
            ctx.push(
                "openapi-request-body-added-required",
                format!("{name}: a required request body was added; old clients send none"),
                name,
                Some("request body".into()),
                None,
                None,
            );
            return;
        }
        (Some(o), None) => {
            ctx.at(Which::Old, o.at);
            let why = match dir {
                Sender::Client => "old clients that send one are refused or have it ignored",
                Sender::Server => "receivers that read it get none",
            };
            ctx.push(
                "openapi-request-body-removed",
                format!("{name}: the request body was removed; {why}"),
                name,
                Some("request body".into()),
                Some(if o.required { "required" } else { "optional" }.into()),
                None,
            );
            return;
        }
        (Some(o), Some(n)) => (o, n),
        _ => return,
    };
    let parent = ctx.here.clone();
    ctx.at(Which::New, new.at);
    if dir == Sender::Client {
        if !old.required && new.required {
            ctx.push(
                "openapi-request-body-became-required",
                format!(
                    "{name}: the request body became required; clients that send none are refused"
                ),
                name,
                Some("request body".into()),
                Some("optional".into()),
                Some("required".into()),
            );
        } else if old.required && !new.required {
            ctx.push(
                "openapi-request-body-became-optional",
                format!("{name}: the request body became optional"),
                name,
                Some("request body".into()),
                Some("required".into()),
                Some("optional".into()),
            );
        }
    }
    for (media, old_schema) in &old.content {
        let member = format!("request body {media}");
        let kept = new
            .content
            .get(media)
            .or_else(|| media::covering(new.content.keys(), media).map(|k| &new.content[k]));
        match kept {
            None => {
                ctx.here.clone_from(&parent);
                ctx.at(Which::Old, old.at);
                ctx.push(
                    "openapi-request-media-type-removed",
                    format!("{name}: request body media type {media} removed; clients that send it are refused"),
                    name,
                    Some(member),
                    Some(media.clone()),
                    None,
                );
            }
            Some(new_schema) => {
                ctx.here.clone_from(&parent);
                ctx.at(Which::New, new.at);
                schemas::compare(
                    ctx,
                    name,
                    &member,
                    old_schema.as_ref(),
                    new_schema.as_ref(),
                    dir,
                );
            }
        }
    }
    ctx.here = parent;
    ctx.at(Which::New, new.at);
    for media in new.content.keys().filter(|m| !old.content.contains_key(*m)) {
        ctx.push(
            "openapi-request-media-type-added",
            format!("{name}: request body media type {media} added"),
            name,
            Some(format!("request body {media}")),
            None,
            Some(media.clone()),
        );
    }
}
