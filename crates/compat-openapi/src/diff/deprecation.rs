//! Deprecation: `deprecated: true`, `x-sunset` and the `Sunset` (RFC 8594)
//! and `Deprecation` (RFC 9745) response headers, judged against the least
//! window of the operation's `x-stability-level`. An operation may go once
//! the later of its sunset and its deprecation date plus the window has
//! come; before that its removal is breaking and says the day it becomes
//! allowed. Moving a sunset earlier is breaking, later is info; a new
//! deprecation whose sunset is sooner than the window allows is a warning
//! ([`too_soon`]), and so is a sunset first given to an element deprecated
//! already ([`sunset_set`], counted from its deprecation date). A
//! deprecated parameter or property is judged the same
//! way by [`member_removed`] (its `x-sunset` and `x-deprecated-at`, its own
//! level else its operation's), its sunset by [`member_sunset`], its new
//! deprecation by [`member_deprecated`]; the marks of a schema's
//! properties are found by [`property_marks`].

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use compat_schema::lookup::get;
use serde_json::Value;

use super::Ctx;
use crate::date::Day;
use crate::docs::{DocId, Docs};
use crate::model::{At, Operation};

/// A schema's properties are looked for at most this deep.
const MAX_PROPERTY_DEPTH: usize = 64;

/// Levels that promise nothing: removing such an operation is not breaking.
const UNSTABLE: &[&str] = &["draft", "alpha", "experimental"];

/// An operation that is gone.
pub fn removed(ctx: &mut Ctx<'_>, op: &Operation<'_>, name: &str, whole_path: bool) {
    let what = if whole_path {
        "removed with its path"
    } else {
        "removed"
    };
    let level = op.stability.as_deref();
    if !op.deprecated {
        if let Some(level) = level.filter(|l| UNSTABLE.contains(l)) {
            ctx.push(
                "openapi-operation-removed",
                format!("{name}: {what}; its x-stability-level {level} promises no deprecation"),
                name,
                None,
                None,
                None,
            )
            .set_severity(compat_report::Severity::Info);
            return;
        }
        ctx.push(
            "openapi-operation-removed",
            format!("{name}: {what} without being deprecated first"),
            name,
            None,
            None,
            None,
        );
        return;
    }
    let (window, allowed) = allowed_from(
        ctx,
        op.sunset.as_deref(),
        op.deprecation_date.as_deref(),
        level,
    );
    match allowed {
        None if window > 0 => {
            ctx.push(
                "openapi-operation-removed-early",
                format!(
                    "{name}: {what} while deprecated without a date (x-sunset, a Sunset or Deprecation header) to count its {window}-day window from"
                ),
                name,
                None,
                None,
                None,
            );
        }
        None => {
            ctx.push(
                "openapi-operation-removed-deprecated",
                format!("{name}: {what} after being deprecated"),
                name,
                None,
                None,
                None,
            );
        }
        Some((day, why)) if ctx.opts.now < day => {
            ctx.push(
                "openapi-operation-removed-early",
                format!("{name}: {what} before its deprecation window ends; removal is allowed from {day} ({why})"),
                name,
                None,
                None,
                Some(day.to_string()),
            );
        }
        Some((day, _)) => {
            ctx.push(
                "openapi-operation-removed-deprecated",
                format!("{name}: {what} after its deprecation window ended on {day}"),
                name,
                None,
                Some(day.to_string()),
                None,
            );
        }
    }
}

/// The window of `level` and the day removal becomes allowed: the later of
/// the sunset and the deprecation date plus the window (`None`: no date).
fn allowed_from(
    ctx: &Ctx<'_>,
    sunset: Option<&str>,
    since: Option<&str>,
    level: Option<&str>,
) -> (u32, Option<(Day, String)>) {
    let window = ctx.opts.window(level);
    let mut allowed: Option<(Day, String)> = None;
    if let Some(sunset) = sunset.and_then(Day::parse) {
        allowed = Some((sunset, format!("its sunset is {sunset}")));
    }
    if let Some(since) = since.and_then(Day::parse) {
        let end = since.plus(i64::from(window));
        if allowed.as_ref().is_none_or(|(d, _)| end > *d) {
            allowed = Some((
                end,
                format!("deprecated on {since}, with a {window}-day window"),
            ));
        }
    }
    (window, allowed)
}

/// A deprecated parameter or property (`what`, of operation `name`) that
/// is gone: breaking before its window ends (a window and no date to count
/// from is early too), info after. `rules` are the early and the
/// after-the-window rule.
pub fn member_removed(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: &str,
    marks: Marks<'_>,
    rules: (&str, &str),
) {
    let (window, allowed) = allowed_from(ctx, marks.sunset, marks.since, marks.level);
    let (early, late) = rules;
    match allowed {
        None if window > 0 => {
            ctx.push(
                early,
                format!("{name}: {what} removed while deprecated without a date (x-sunset, x-deprecated-at) to count its {window}-day window from"),
                name,
                Some(what.to_owned()),
                None,
                None,
            );
        }
        None => {
            ctx.push(
                late,
                format!("{name}: {what} removed after being deprecated"),
                name,
                Some(what.to_owned()),
                None,
                None,
            );
        }
        Some((day, why)) if ctx.opts.now < day => {
            ctx.push(
                early,
                format!("{name}: {what} removed before its deprecation window ends; removal is allowed from {day} ({why})"),
                name,
                Some(what.to_owned()),
                None,
                Some(day.to_string()),
            );
        }
        Some((day, _)) => {
            ctx.push(
                late,
                format!("{name}: {what} removed after its deprecation window ended on {day}"),
                name,
                Some(what.to_owned()),
                Some(day.to_string()),
                None,
            );
        }
    }
}

/// The deprecation marks of a parameter or property.
#[derive(Debug, Clone, Copy, Default)]
pub struct Marks<'m> {
    /// `x-sunset`.
    pub sunset: Option<&'m str>,
    /// `x-deprecated-at`.
    pub since: Option<&'m str>,
    /// Its `x-stability-level` (else its operation's).
    pub level: Option<&'m str>,
}

/// A parameter's or property's sunset (`what`) moved earlier: breaking;
/// later: info. Whether a finding was made.
pub fn member_sunset(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> bool {
    let (Some(o), Some(n)) = (old.and_then(Day::parse), new.and_then(Day::parse)) else {
        return false;
    };
    if n < o {
        ctx.push(
            "openapi-sunset-earlier",
            format!("{name}: {what}: sunset moved earlier, from {o} to {n}; clients planned by the old date"),
            name,
            Some(format!("{what} sunset")),
            Some(o.to_string()),
            Some(n.to_string()),
        );
    } else if n > o {
        ctx.push(
            "openapi-sunset-later",
            format!("{name}: {what}: sunset moved later, from {o} to {n}"),
            name,
            Some(format!("{what} sunset")),
            Some(o.to_string()),
            Some(n.to_string()),
        );
    } else {
        return false;
    }
    true
}

/// The deprecation marks of a property a schema declares (on the property
/// or on the schema its `$ref` leads to).
#[derive(Debug, Clone)]
pub struct PropertyMarks {
    /// `deprecated: true`.
    pub deprecated: bool,
    /// `x-sunset` (as written).
    pub sunset: Option<String>,
    /// `x-deprecated-at` (as written).
    pub since: Option<String>,
    /// `x-stability-level` (lower case).
    pub level: Option<String>,
    /// Where the property is written.
    pub at: At,
}

/// The marks of the properties a schema declares, by instance path
/// (`/owner/login`; an array's items as `/0`): with `wanted`, those at the
/// paths it names, whatever their marks (no other part of the schema is
/// walked); else only the properties deprecated or with an `x-sunset`.
/// Walked through `$ref`, `properties`, `items`, `allOf`, `anyOf` and
/// `oneOf`, each schema once (a recursive schema ends), at most
/// [`MAX_PROPERTY_DEPTH`] properties deep; a property declared twice (in
/// two `allOf` branches) is deprecated if either says so, its other marks
/// the first found.
pub fn property_marks(
    docs: &Docs,
    doc: DocId,
    value: &Value,
    wanted: Option<&BTreeSet<String>>,
) -> BTreeMap<String, PropertyMarks> {
    walk_marks(docs, doc, value, wanted, &mut |_, _| true)
}

/// [`property_marks`], walking into a schema only if `worth(doc, schema)`.
fn walk_marks<'v>(
    docs: &'v Docs,
    doc: DocId,
    value: &'v Value,
    wanted: Option<&BTreeSet<String>>,
    worth: &mut dyn FnMut(DocId, &'v Value) -> bool,
) -> BTreeMap<String, PropertyMarks> {
    // Paths are written out only for what is recorded or, with `wanted`,
    // checked: each step knows the one before it.
    let mut steps: Vec<Step<'_>> = vec![Step::Root];
    // Whether the path of step `i` is, or leads to, a wanted one.
    let leads = |steps: &[Step<'_>], i: usize| match wanted {
        None => true,
        Some(w) => {
            let path = path_of(steps, i);
            w.range(path.clone()..)
                .take_while(|p| p.starts_with(&path))
                .any(|p| p.len() == path.len() || p.as_bytes()[path.len()] == b'/')
        }
    };
    let mut out: BTreeMap<String, PropertyMarks> = BTreeMap::new();
    let mut seen: foldhash::HashSet<(DocId, usize)> = foldhash::HashSet::default();
    let mut stack = vec![(doc, value, 0usize, 0usize)];
    while let Some((doc, v, step, depth)) = stack.pop() {
        let Ok((doc, v)) = docs.deref(doc, v) else {
            continue;
        };
        if depth > MAX_PROPERTY_DEPTH
            || !worth(doc, v)
            || !seen.insert((doc, v as *const Value as usize))
        {
            continue;
        }
        for kw in ["allOf", "anyOf", "oneOf"] {
            for branch in get(v, kw).and_then(Value::as_array).into_iter().flatten() {
                stack.push((doc, branch, step, depth));
            }
        }
        let items: Vec<(usize, &Value)> = match get(v, "items") {
            Some(Value::Array(list)) => list.iter().enumerate().collect(),
            Some(item) => vec![(0, item)],
            None => Vec::new(),
        };
        for (i, item) in items {
            steps.push(Step::Item(step, i));
            if leads(&steps, steps.len() - 1) {
                stack.push((doc, item, steps.len() - 1, depth + 1));
            }
        }
        for (key, property) in get(v, "properties")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            steps.push(Step::Key(step, key));
            let here = steps.len() - 1;
            if !leads(&steps, here) {
                continue;
            }
            let resolved = docs.deref(doc, property).map_or(property, |(_, r)| r);
            let mark = |key: &str| {
                get(property, key)
                    .or_else(|| get(resolved, key))
                    .map(crate::build::text_of)
            };
            let deprecated = is_deprecated(property, resolved);
            let sunset = mark("x-sunset");
            let path = (wanted.is_some() || deprecated || sunset.is_some())
                .then(|| path_of(&steps, here))
                .filter(|p| {
                    deprecated || sunset.is_some() || wanted.is_some_and(|w| w.contains(p))
                });
            if let Some(path) = path {
                let marks = PropertyMarks {
                    deprecated,
                    sunset,
                    since: mark("x-deprecated-at"),
                    level: mark("x-stability-level").map(|l| l.to_ascii_lowercase()),
                    at: At::of(doc, property),
                };
                match out.get_mut(&path) {
                    Some(known) => known.deprecated |= marks.deprecated,
                    None => {
                        out.insert(path, marks);
                    }
                }
            }
            stack.push((doc, property, here, depth + 1));
        }
    }
    out
}

/// One step of an instance path: a property's name or an array's item,
/// after the step at the index it holds.
enum Step<'v> {
    Root,
    Key(usize, &'v str),
    Item(usize, usize),
}

/// The instance path to step `i` (`/owner/login`, `/0/name`).
fn path_of(steps: &[Step<'_>], mut i: usize) -> String {
    let mut parts: Vec<std::borrow::Cow<'_, str>> = Vec::new();
    loop {
        match steps[i] {
            Step::Root => break,
            Step::Key(before, key) => {
                parts.push(if key.contains(['~', '/']) {
                    key.replace('~', "~0").replace('/', "~1").into()
                } else {
                    key.into()
                });
                i = before;
            }
            Step::Item(before, n) => {
                parts.push(n.to_string().into());
                i = before;
            }
        }
    }
    let mut path = String::new();
    for part in parts.iter().rev() {
        path.push('/');
        path.push_str(part);
    }
    path
}

/// Whether a property (as written, and the schema its `$ref` leads to) is
/// marked `deprecated: true`.
fn is_deprecated(property: &Value, resolved: &Value) -> bool {
    [property, resolved]
        .iter()
        .any(|p| get(p, "deprecated").and_then(Value::as_bool) == Some(true))
}

/// Whether a schema declares a property deprecated or with an `x-sunset`.
fn marks_here(docs: &Docs, doc: DocId, v: &Value) -> bool {
    get(v, "properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .any(|(_, p)| {
            let resolved = docs.deref(doc, p).map_or(p, |(_, r)| r);
            is_deprecated(p, resolved) || get(p, "x-sunset").or(get(resolved, "x-sunset")).is_some()
        })
}

/// The schemas a schema leads to: its `allOf`, `anyOf` and `oneOf`
/// branches, its items and its properties.
fn children(v: &Value) -> impl Iterator<Item = &Value> {
    let branches = ["allOf", "anyOf", "oneOf"]
        .into_iter()
        .flat_map(move |kw| get(v, kw).and_then(Value::as_array).into_iter().flatten());
    let items: Box<dyn Iterator<Item = &Value>> = match get(v, "items") {
        Some(Value::Array(list)) => Box::new(list.iter()),
        Some(item) => Box::new(std::iter::once(item)),
        None => Box::new(std::iter::empty()),
    };
    let properties = get(v, "properties")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|m| m.values());
    branches.chain(items).chain(properties)
}

/// At most this many schemas are looked at to tell whether one leads to a
/// marked property (past it, it is walked whole).
const REACH_BUDGET: usize = 100_000;

/// A schema: its file and its address there.
type Key = (DocId, usize);

/// The marks of a schema's properties, by instance path.
type Found = Rc<BTreeMap<String, PropertyMarks>>;

/// A schema being looked at by [`MarksCache::search`], and its children
/// still to look at.
type Frame<'v> = ((DocId, usize), Vec<(DocId, &'v Value)>);

/// Whether a schema leads to a marked property: known, or being found out.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reach {
    Yes,
    No,
    Looking,
}

/// [`property_marks`] of the new side's schemas, each walked once (by the
/// schema its `$ref`s lead to), and only into the schemas that lead to a
/// property deprecated or with an `x-sunset` (found out once per schema,
/// for all the schemas that use it: most lead to none).
#[derive(Default)]
pub struct MarksCache {
    walked: foldhash::HashMap<Key, Found>,
    /// The old side's marks at the places of the new side's, by the pair.
    old: foldhash::HashMap<(Key, Key), Found>,
    reach: foldhash::HashMap<(DocId, usize), Reach>,
}

impl MarksCache {
    /// [`property_marks`] of `value` in `doc`, the marked properties.
    pub fn get(
        &mut self,
        docs: &Docs,
        doc: DocId,
        value: &Value,
    ) -> Rc<BTreeMap<String, PropertyMarks>> {
        let (doc, value) = docs.deref(doc, value).unwrap_or((doc, value));
        let key = (doc, value as *const Value as usize);
        if let Some(known) = self.walked.get(&key) {
            return known.clone();
        }
        let found = if self.reaches(docs, doc, value) == Some(false) {
            BTreeMap::new()
        } else {
            let reach = &mut *self;
            walk_marks(docs, doc, value, None, &mut |d, v| {
                reach.reaches(docs, d, v) != Some(false)
            })
        };
        self.walked.entry(key).or_insert(Rc::new(found)).clone()
    }

    /// The marks of the properties of old schema `value` (in `doc` of
    /// `docs`) at the places where new schema `new` (in `new_doc` of
    /// `new_docs`) has marked ones ([`MarksCache::get`]), for each pair once.
    pub fn old_at(
        &mut self,
        docs: &Docs,
        doc: DocId,
        value: &Value,
        new_docs: &Docs,
        new_doc: DocId,
        new: &Value,
    ) -> Rc<BTreeMap<String, PropertyMarks>> {
        let (doc, value) = docs.deref(doc, value).unwrap_or((doc, value));
        let (new_doc, new) = new_docs.deref(new_doc, new).unwrap_or((new_doc, new));
        let key = (
            (doc, value as *const Value as usize),
            (new_doc, new as *const Value as usize),
        );
        if let Some(known) = self.old.get(&key) {
            return known.clone();
        }
        let wanted: BTreeSet<String> = self.get(new_docs, new_doc, new).keys().cloned().collect();
        let found = Rc::new(property_marks(docs, doc, value, Some(&wanted)));
        self.old.insert(key, found.clone());
        found
    }

    /// Whether `v` leads to a marked property (`None`: not found out
    /// within [`REACH_BUDGET`] schemas). When a search ends without finding
    /// one and without running out, nothing it looked at leads to one (in
    /// a cycle too), and that is remembered.
    fn reaches(&mut self, docs: &Docs, doc: DocId, v: &Value) -> Option<bool> {
        let Ok((doc, v)) = docs.deref(doc, v) else {
            return Some(false);
        };
        match self.reach.get(&(doc, v as *const Value as usize)) {
            Some(Reach::Yes) => return Some(true),
            Some(Reach::No) => return Some(false),
            _ => {}
        }
        let mut looked: Vec<(DocId, usize)> = Vec::new();
        let mut budget = REACH_BUDGET;
        let found = self.search(docs, doc, v, &mut looked, &mut budget);
        for key in looked {
            if found == Some(false) {
                self.reach.insert(key, Reach::No);
            } else if self.reach.get(&key) == Some(&Reach::Looking) {
                // Unsettled: a schema this search found the way to a
                // marked property through is `Yes`; the others may lead
                // there through one still being looked at.
                self.reach.remove(&key);
            }
        }
        found
    }

    /// The search of [`MarksCache::reaches`], depth first on its own stack:
    /// a schema found to lead to a marked property is remembered as such
    /// at once (with every schema on the way to it); the others it looked
    /// at (in `looked`) are left `Looking` for the caller to settle.
    fn search(
        &mut self,
        docs: &Docs,
        doc: DocId,
        v: &Value,
        looked: &mut Vec<(DocId, usize)>,
        budget: &mut usize,
    ) -> Option<bool> {
        let mut path: Vec<Frame<'_>> = Vec::new();
        let mut next = Some((doc, v));
        loop {
            if let Some((doc, v)) = next.take() {
                let key = (doc, v as *const Value as usize);
                let known = self.reach.get(&key).copied();
                let yes = match known {
                    Some(Reach::Yes) => true,
                    Some(Reach::No | Reach::Looking) => false,
                    None => {
                        if *budget == 0 {
                            return None;
                        }
                        *budget -= 1;
                        self.reach.insert(key, Reach::Looking);
                        looked.push(key);
                        if marks_here(docs, doc, v) {
                            true
                        } else {
                            let kids = children(v)
                                .filter_map(|c| docs.deref(doc, c).ok())
                                .collect::<Vec<_>>();
                            path.push((key, kids));
                            false
                        }
                    }
                };
                if yes {
                    self.reach.insert(key, Reach::Yes);
                    for (on_the_way, _) in &path {
                        self.reach.insert(*on_the_way, Reach::Yes);
                    }
                    return Some(true);
                }
            }
            let Some((_, kids)) = path.last_mut() else {
                return Some(false);
            };
            match kids.pop() {
                Some(kid) => next = Some(kid),
                None => {
                    path.pop();
                }
            }
        }
    }
}

/// Whether any file of `docs` spells `word` (a cheap test before walking
/// schemas for it).
pub fn written(docs: &Docs, word: &[u8]) -> bool {
    let finder = memchr::memmem::Finder::new(word);
    (0..docs.len()).any(|id| finder.find(&docs.doc(id).text).is_some())
}

/// An operation on both sides: newly deprecated, sunset moved or unreadable.
pub fn changed(ctx: &mut Ctx<'_>, name: &str, old: &Operation<'_>, new: &Operation<'_>) {
    let new_sunset = new.sunset.as_deref().map(|s| (s, Day::parse(s)));
    if let Some((text, None)) = new_sunset {
        if old.sunset.as_deref() != Some(text) {
            ctx.push(
                "openapi-sunset-invalid",
                format!(
                    "{name}: sunset {text:?} is not a date (YYYY-MM-DD, an HTTP date or @SECONDS)"
                ),
                name,
                Some("sunset".into()),
                None,
                Some(text.to_owned()),
            );
        }
    }
    let old_day = old.sunset.as_deref().and_then(Day::parse);
    let new_day = new_sunset.and_then(|(_, d)| d);
    if let (Some(o), Some(n)) = (old_day, new_day) {
        if n < o {
            ctx.push(
                "openapi-sunset-earlier",
                format!("{name}: sunset moved earlier, from {o} to {n}; clients planned by the old date"),
                name,
                Some("sunset".into()),
                Some(o.to_string()),
                Some(n.to_string()),
            );
        } else if n > o {
            ctx.push(
                "openapi-sunset-later",
                format!("{name}: sunset moved later, from {o} to {n}"),
                name,
                Some("sunset".into()),
                Some(o.to_string()),
                Some(n.to_string()),
            );
        }
    }
    if old.deprecated && new.deprecated && old.sunset.is_none() {
        if let Some(day) = new_day {
            sunset_set(
                ctx,
                name,
                None,
                day,
                new.deprecation_date.as_deref(),
                new.stability.as_deref(),
            );
        }
    }
    if !new.deprecated || old.deprecated {
        return;
    }
    let when = new_day.map_or(String::new(), |d| format!(", sunset {d}"));
    ctx.push(
        "openapi-operation-deprecated",
        format!("{name}: deprecated{when}"),
        name,
        None,
        None,
        new_day.map(|d| d.to_string()),
    );
    if let Some(day) = new_day {
        too_soon(
            ctx,
            name,
            None,
            day,
            new.deprecation_date.as_deref(),
            new.stability.as_deref(),
        );
    }
}

/// A new deprecation's sunset `day` sooner than its window allows (the
/// window of `level`, counted from its deprecation date `since` or the
/// judged day, whichever is later): a warning with the day the window
/// allows. `what` is the parameter or property (`None`: the operation).
pub fn too_soon(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: Option<&str>,
    day: Day,
    since: Option<&str>,
    level: Option<&str>,
) {
    let window = ctx.opts.window(level);
    let start = since
        .and_then(Day::parse)
        .map_or(ctx.opts.now, |d| d.max(ctx.opts.now));
    let floor = start.plus(i64::from(window));
    if day >= floor {
        return;
    }
    let subject = subject(name, what);
    push_too_soon(
        ctx,
        name,
        what,
        format!("{subject}: deprecated with sunset {day}, sooner than its {window}-day window allows ({floor} at the earliest)"),
        floor,
        day,
    );
}

/// A sunset `day` first given to an operation, parameter or property
/// (`what`) that the old description already marked deprecated: info (the
/// changelog), and [`too_soon`]'s warning when it is sooner than the window
/// of `level` allows, counted from the deprecation date `since` (the
/// deprecation began then, not now), else from the judged day (nothing
/// says when it began; `x-deprecated-at` settles it).
pub fn sunset_set(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: Option<&str>,
    day: Day,
    since: Option<&str>,
    level: Option<&str>,
) {
    let subject = subject(name, what);
    ctx.push(
        "openapi-sunset-set",
        format!("{subject}: deprecated before, sunset now set to {day}"),
        name,
        Some(sunset_member(what)),
        None,
        Some(day.to_string()),
    );
    let window = ctx.opts.window(level);
    let (start, from) = match since.and_then(Day::parse) {
        Some(since) => (since, format!("its deprecation on {since}")),
        None => (
            ctx.opts.now,
            format!(
                "{} (the day judged; no x-deprecated-at or Deprecation header says when it was deprecated)",
                ctx.opts.now
            ),
        ),
    };
    let floor = start.plus(i64::from(window));
    if day >= floor {
        return;
    }
    push_too_soon(
        ctx,
        name,
        what,
        format!("{subject}: sunset {day} set, sooner than its {window}-day window allows: {floor} at the earliest, counted from {from}"),
        floor,
        day,
    );
}

/// `GET /pets` or `GET /pets: query parameter tags`.
fn subject(name: &str, what: Option<&str>) -> String {
    match what {
        Some(w) => format!("{name}: {w}"),
        None => name.to_owned(),
    }
}

/// The member a sunset finding names: `sunset`, `query parameter tags sunset`.
fn sunset_member(what: Option<&str>) -> String {
    what.map_or_else(|| "sunset".to_owned(), |w| format!("{w} sunset"))
}

fn push_too_soon(
    ctx: &mut Ctx<'_>,
    name: &str,
    what: Option<&str>,
    message: String,
    floor: Day,
    day: Day,
) {
    ctx.push(
        "openapi-sunset-too-soon",
        message,
        name,
        Some(sunset_member(what)),
        Some(floor.to_string()),
        Some(day.to_string()),
    );
}

/// A parameter or property (`what`, of operation `name`) the old
/// description already marked deprecated, without a sunset, that the new
/// one gives a sunset: [`sunset_set`], or `openapi-sunset-invalid` when
/// it is not a date.
pub fn member_sunset_set(ctx: &mut Ctx<'_>, name: &str, what: &str, marks: Marks<'_>) {
    let Some(text) = marks.sunset else {
        return;
    };
    match Day::parse(text) {
        Some(day) => sunset_set(ctx, name, Some(what), day, marks.since, marks.level),
        None => invalid(ctx, name, what, text),
    }
}

fn invalid(ctx: &mut Ctx<'_>, name: &str, what: &str, text: &str) {
    ctx.push(
        "openapi-sunset-invalid",
        format!(
            "{name}: {what}: sunset {text:?} is not a date (YYYY-MM-DD, an HTTP date or @SECONDS)"
        ),
        name,
        Some(format!("{what} sunset")),
        None,
        Some(text.to_owned()),
    );
}

/// A parameter or property (`what`, of operation `name`) newly marked
/// deprecated: `rule` (info) with its sunset when it has one; a sunset
/// that is not a date is `openapi-sunset-invalid`, one sooner than the
/// window allows `openapi-sunset-too-soon` ([`too_soon`]).
pub fn member_deprecated(ctx: &mut Ctx<'_>, name: &str, what: &str, marks: Marks<'_>, rule: &str) {
    let day = marks.sunset.and_then(Day::parse);
    let when = day.map_or(String::new(), |d| format!(", sunset {d}"));
    ctx.push(
        rule,
        format!("{name}: {what} deprecated{when}"),
        name,
        Some(what.to_owned()),
        None,
        day.map(|d| d.to_string()),
    );
    match (marks.sunset, day) {
        (Some(text), None) => invalid(ctx, name, what, text),
        (_, Some(day)) => too_soon(ctx, name, Some(what), day, marks.since, marks.level),
        (None, None) => {}
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::json;

    use super::*;
    use crate::LoadError;

    /// One file, whatever its name.
    struct One(Vec<u8>);

    impl crate::Source for One {
        fn read(&self, _: &Path) -> Result<Vec<u8>, LoadError> {
            Ok(self.0.clone())
        }
    }

    /// The cache, which walks only into schemas that lead to a marked
    /// property, finds what the whole walk finds, cycles included: `B`
    /// is looked at (through `A`, whose mark is found later) before it is
    /// asked for, and must not be taken for unmarked.
    #[test]
    fn the_pruned_walk_finds_what_the_whole_walk_finds() {
        let r = |name: &str| json!({"$ref": format!("#/components/schemas/{name}")});
        let spec = json!({"openapi": "3.0.3", "components": {"schemas": {
            "A": {"type": "object", "properties": {"m": r("M"), "b": r("B")}},
            "B": {"type": "object", "properties": {"a": r("A"), "plain": {"type": "string"}}},
            "M": {"type": "object", "properties": {
                "old": {"type": "string", "deprecated": true},
                "going": {"type": "string", "x-sunset": "2027-01-01"}}},
            "C": {"type": "array", "items": r("D")},
            "D": {"type": "object", "properties": {"c": r("C"), "n": {"type": "integer"}}},
            "E": {"allOf": [r("D"), {"oneOf": [r("B")]}]}
        }}});
        let docs =
            crate::docs::Docs::load(&One(spec.to_string().into_bytes()), Path::new("a.json"))
                .unwrap();
        let root = &docs.doc(0).root;
        let mut cache = MarksCache::default();
        let mut found = Vec::new();
        for name in ["A", "B", "M", "C", "D", "E", "B"] {
            let schema = &root["components"]["schemas"][name];
            let pruned = cache.get(&docs, 0, schema);
            let whole = property_marks(&docs, 0, schema, None);
            let summary = |m: &BTreeMap<String, PropertyMarks>| {
                m.iter()
                    .map(|(k, v)| (k.clone(), v.deprecated, v.sunset.clone()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(summary(&pruned), summary(&whole), "{name}");
            found.push((name, pruned.keys().cloned().collect::<Vec<_>>()));
        }
        assert_eq!(found[0].1, ["/m/going", "/m/old"]);
        assert_eq!(found[1].1, ["/a/m/going", "/a/m/old"]);
        assert!(found[3].1.is_empty() && found[4].1.is_empty());
        assert_eq!(found[5].1, ["/a/m/going", "/a/m/old"]);
    }
}
