//! Two models compared: what changed for clients, as findings of the
//! `openapi-*` rules. One module per part of a description; [`Ctx`] carries
//! the schema comparer, the options and the findings made so far.

mod bodies;
mod deprecation;
mod media;
mod operations;
mod parameters;
mod responses;
mod schemas;
mod security;
mod servers;

use std::collections::BTreeMap;

use compat_report::render::count;
use compat_report::{Finding, Subject};

use crate::date::Day;
use crate::docs::Docs;
use crate::engine::{Engine, Side};
use crate::locate::{Anchor, Which};
use crate::model::{At, Spec};

/// How a comparison judges deprecations.
#[derive(Debug, Clone)]
pub struct Options {
    /// The day removals and sunsets are judged on.
    pub now: Day,
    /// The least days between deprecating an operation and removing it, by
    /// `x-stability-level` (`stable`, `beta`, ...).
    pub windows: BTreeMap<String, u32>,
    /// The window of an operation whose level has none in [`Options::windows`].
    pub default_window: u32,
}

impl Options {
    /// The window of an operation at `level`.
    pub fn window(&self, level: Option<&str>) -> u32 {
        level
            .and_then(|l| self.windows.get(l))
            .copied()
            .unwrap_or(self.default_window)
    }
}

/// What a comparison has in hand.
pub(crate) struct Ctx<'a> {
    /// The schema engine (`None` when a side's schemas could not be loaded).
    pub engine: Option<Engine<'a>>,
    pub opts: &'a Options,
    pub findings: Vec<Finding>,
    /// Where each finding's element is, tried in order (one entry per finding).
    pub anchors: Vec<Vec<Anchor>>,
    /// Where the element being compared is: what [`Ctx::push`] records.
    pub here: Vec<Anchor>,
    /// The `x-stability-level` of the operation being compared.
    pub level: Option<String>,
    /// The old description's files (a removed property's deprecation is read there).
    pub old_docs: &'a Docs,
    /// The new description's files.
    pub new_docs: &'a Docs,
    /// Whether both descriptions spell `x-sunset` (found out when first asked).
    pub sunsets: Option<bool>,
    /// Whether the new description spells `deprecated` (found out when first asked).
    pub deprecations: Option<bool>,
    /// Whether this walk only plans the engine's comparisons (its findings
    /// are dropped).
    pub planning: bool,
    /// The new schemas' marked properties, each schema walked once.
    pub new_marks: deprecation::MarksCache,
    pub old_file: String,
    pub new_file: String,
    /// Security schemes renamed: a new scheme's name, for a scheme only the new
    /// description names, to the name of the one scheme only the old names
    /// that asks for the same credentials ([`security::renamed`]).
    pub renamed_schemes: BTreeMap<String, String>,
    /// The places whose schemas were not compared, the description's
    /// comparisons having spent their work ([`crate::engine::MAX_LANE_WORK`]),
    /// in the order met, each with whether it is the breaking direction
    /// that was not compared.
    pub over_budget: Vec<(String, bool)>,
    /// The work each sender and direction's comparisons may take.
    pub lane_work: usize,
}

impl Ctx<'_> {
    /// Records a finding about `symbol` (an operation, a scheme, a server)
    /// and, within it, `member`.
    pub fn push(
        &mut self,
        rule: &str,
        message: String,
        symbol: &str,
        member: Option<String>,
        old: Option<String>,
        new: Option<String>,
    ) -> &mut Finding {
        let subject = Subject {
            symbol: Some(symbol.to_owned()),
            member,
            old_value: old,
            new_value: new,
            old_file: Some(self.old_file.clone()),
            new_file: Some(self.new_file.clone()),
            ..Subject::default()
        };
        self.findings.push(Finding::new(rule, message, subject));
        self.anchors.push(self.here.clone());
        self.findings.last_mut().expect("just pushed")
    }

    /// The element compared from now on is `at` in `which` description
    /// (unchanged when the model does not know where it is written).
    pub fn at(&mut self, which: Which, at: Option<At>) {
        if let Some(at) = at {
            self.here = vec![Anchor::Value(which, at)];
        }
    }

    /// Whether both descriptions spell `x-sunset` somewhere: schemas are
    /// walked for their properties' sunsets only then.
    pub fn sunsets_written(&mut self) -> bool {
        let (old, new) = (self.old_docs, self.new_docs);
        *self.sunsets.get_or_insert_with(|| {
            deprecation::written(old, b"x-sunset") && deprecation::written(new, b"x-sunset")
        })
    }

    /// Whether the new description spells `deprecated` somewhere (in
    /// `x-deprecated` too): schemas are walked for newly deprecated
    /// properties only then.
    pub fn deprecations_written(&mut self) -> bool {
        let new = self.new_docs;
        *self
            .deprecations
            .get_or_insert_with(|| deprecation::written(new, b"deprecated"))
    }

    /// The last finding's element is first looked for at `anchor`.
    pub fn anchor_last(&mut self, anchor: Anchor) {
        if let Some(list) = self.anchors.last_mut() {
            list.insert(0, anchor);
        }
    }
}

/// The findings of `old` against `new`, every severity, each with where
/// its element is (tried in order: [`crate::locate::locate`] turns them
/// into lines, for the findings a report lists). Unless `free`, the schema
/// engine's structures are forgotten, not freed (for a process that exits
/// right after: see [`crate::diff_files_then_exit`]). The schema
/// comparisons of each sender and direction take at most `lane_work`
/// (see [`crate::engine::MAX_LANE_WORK`]); those left are said in one
/// warning.
pub fn diff(
    old_docs: &Docs,
    new_docs: &Docs,
    old: &Spec<'_>,
    new: &Spec<'_>,
    opts: &Options,
    free: bool,
    lane_work: usize,
) -> (Vec<Finding>, Vec<Vec<Anchor>>) {
    let (old_side, new_side) = std::thread::scope(|s| {
        let o = s.spawn(|| Side::new(old_docs, old));
        let n = Side::new(new_docs, new);
        (o.join().expect("loading schemas does not panic"), n)
    });
    let mut findings = Vec::new();
    for (side, docs) in [(&old_side, old_docs), (&new_side, new_docs)] {
        if let Err(e) = side {
            let file = docs.main().label.clone();
            let subject = Subject {
                symbol: Some(file.clone()),
                old_file: Some(old_docs.main().label.clone()),
                new_file: Some(new_docs.main().label.clone()),
                ..Subject::default()
            };
            findings.push(Finding::new(
                "openapi-schema-not-compared",
                format!("{file}: schemas not compared: {e}"),
                subject,
            ));
        }
    }
    // The engine's thread for what the server sends lives in this scope.
    let found = std::thread::scope(|scope| {
        let engine = match (&old_side, &new_side) {
            (Ok(o), Ok(n)) => Some(Engine::new(o, n, free, lane_work, scope)),
            _ => None,
        };
        let mut ctx = Ctx {
            engine,
            opts,
            findings: findings.clone(),
            anchors: vec![Vec::new(); findings.len()],
            here: Vec::new(),
            level: None,
            old_docs,
            new_docs,
            sunsets: None,
            deprecations: None,
            planning: false,
            new_marks: Default::default(),
            old_file: old_docs.main().label.clone(),
            new_file: new_docs.main().label.clone(),
            renamed_schemes: security::renamed(&old.security_schemes, &new.security_schemes),
            over_budget: Vec::new(),
            lane_work,
        };
        // The first walk plans the schema comparisons (its findings are
        // dropped), the engine makes them, the second walk reports.
        if ctx.engine.is_some() {
            ctx.planning = true;
            walk(&mut ctx, old, new);
            ctx.planning = false;
            ctx.anchors = vec![Vec::new(); findings.len()];
            ctx.findings = findings;
            if let Some(engine) = ctx.engine.as_mut() {
                engine.run();
            }
        }
        walk(&mut ctx, old, new);
        over_budget(&mut ctx);
        let found = (
            std::mem::take(&mut ctx.findings),
            std::mem::take(&mut ctx.anchors),
        );
        if !free {
            std::mem::forget(ctx);
        }
        found
    });
    if !free {
        std::mem::forget((old_side, new_side));
    }
    found
}

/// The places whose schemas were not compared (see [`Ctx::over_budget`]),
/// said in one warning: how many, which direction, the first few. Not a
/// silent pass: a change there would have been found.
fn over_budget(ctx: &mut Ctx<'_>) {
    let mut places: Vec<(String, bool)> = Vec::new();
    for (place, breaking) in std::mem::take(&mut ctx.over_budget) {
        match places.iter_mut().find(|(p, _)| *p == place) {
            Some((_, b)) => *b |= breaking,
            None => places.push((place, breaking)),
        }
    }
    if places.is_empty() {
        return;
    }
    let breaking: Vec<&str> = places
        .iter()
        .filter(|(_, b)| *b)
        .map(|(p, _)| p.as_str())
        .collect();
    let only_compatible = places.len() - breaking.len();
    let mut message = format!(
        "{}: schemas not compared: the description's schema comparisons took their bound \
         of {} of work per sender and direction (`compat openapi diff --max-work` sets it)",
        ctx.new_file,
        steps(ctx.lane_work)
    );
    if !breaking.is_empty() {
        message.push_str(&format!(
            "; {} not compared for what breaks: ",
            count(breaking.len(), "schema", "schemas")
        ));
        message.push_str(&breaking[..breaking.len().min(PLACES_SAID)].join(", "));
        if breaking.len() > PLACES_SAID {
            message.push_str(&format!(", and {} more", breaking.len() - PLACES_SAID));
        }
    }
    if only_compatible > 0 {
        message.push_str(&format!(
            "; {} compared only for what breaks (their compatible changes are not listed)",
            count(only_compatible, "schema", "schemas")
        ));
    }
    let symbol = ctx.new_file.clone();
    ctx.here = Vec::new();
    let f = ctx.push(
        "openapi-schema-not-compared",
        message,
        &symbol,
        None,
        None,
        None,
    );
    if breaking.is_empty() {
        f.set_severity(compat_report::Severity::Info);
    }
}

/// `100,000,000 steps`, `1 step`.
fn steps(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    format!("{out} {}", if n == 1 { "step" } else { "steps" })
}

/// How many of the places [`over_budget`] says are named.
const PLACES_SAID: usize = 5;

/// Every part of two models compared.
fn walk(ctx: &mut Ctx<'_>, old: &Spec<'_>, new: &Spec<'_>) {
    ctx.here = Vec::new();
    operations::paths(ctx, &old.paths, &new.paths, operations::Kind::Path);
    operations::paths(ctx, &old.webhooks, &new.webhooks, operations::Kind::Webhook);
    servers::servers(ctx, &old.servers, &new.servers);
    security::schemes(ctx, &old.security_schemes, &new.security_schemes);
}

#[cfg(test)]
mod tests {
    use super::steps;

    #[test]
    fn a_bound_is_said_with_its_thousands_apart() {
        assert_eq!(steps(100_000_000), "100,000,000 steps");
        assert_eq!(steps(1_234), "1,234 steps");
        assert_eq!(steps(999), "999 steps");
        assert_eq!(steps(1), "1 step");
        assert_eq!(steps(0), "0 steps");
    }
}
