//! Renderers: one module per output format, all reading the same [`Report`].
//!
//! The formats CI systems ingest (SARIF, JUnit XML, GitLab Code Quality) need
//! a file for every finding; [`place`] is the one choice of it, and
//! [`RenderOptions::anchor`] the caller's fallback.

mod gitlab;
mod json;
mod junit;
mod markdown;
mod place;
mod sarif;
mod stdnames;
mod text;

pub use markdown::MARKDOWN_BUDGET;
pub use sarif::{SARIF_MAX_GZIP_BYTES, SARIF_MAX_RESULTS};

use crate::finding::{Location, Severity};
use crate::report::Report;

/// An output format of every command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Human-readable text, coloured on a terminal.
    Text,
    /// The JSON report (the versioned contract).
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub-flavoured Markdown, for pull-request comments.
    Markdown,
    /// JUnit XML (Ant/Jenkins style), for the test reports of CI systems.
    Junit,
    /// GitLab Code Quality (a JSON array of issues), for merge-request widgets.
    Gitlab,
}

/// Which findings accepted by the project a SARIF log carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SarifInclude {
    /// Only findings that count (status `new`): code scanning ignores SARIF
    /// suppressions, so an accepted finding would show as an open alert.
    #[default]
    None,
    /// Waived findings too, each with an external suppression naming its
    /// waiver (for consumers that honour suppressions).
    Waived,
}

/// Options shared by the renderers. Only text output is filtered or
/// shortened by severity: JSON, SARIF, JUnit, GitLab Code Quality and
/// Markdown carry every finding (Markdown and SARIF within their size
/// budgets, saying what they left out).
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions<'a> {
    /// Emit ANSI colour codes (text only). The caller decides (terminal, NO_COLOR).
    pub color: bool,
    /// Text only: the least severe root causes listed (default
    /// [`Severity::Warning`]: breaking and warnings). Root causes below it are
    /// counted on one line that says how to show them.
    pub show: Severity,
    /// Text only: print everything in full (every symbol, every folded
    /// finding, every subject line) instead of shortened, counted lists.
    pub verbose: bool,
    /// JUnit only: the least severe findings that are failures (default
    /// [`Severity::Breaking`], as the exit status); milder findings that
    /// count are passing test cases.
    pub fail_on: Severity,
    /// SARIF only: whether waived findings are carried (suppressed).
    pub sarif_include: SarifInclude,
    /// Where a finding that names no file inside the repository is shown
    /// (SARIF, GitLab Code Quality, JUnit): a path relative to the
    /// repository root, with a line when there is one (`compat check`: the
    /// component's entry in `compat.toml`). Without it, `compat.toml`.
    pub anchor: Option<&'a Location>,
    /// SARIF, GitLab Code Quality, JUnit: the repository's root as an
    /// absolute path (the command line passes its working directory), so
    /// that an input named by an absolute path under it is shown at its
    /// path inside the repository. Without it, an absolute path is never
    /// inside the repository.
    pub root: Option<&'a str>,
    /// Markdown only: where the complete report is (a path or URL of the JSON
    /// report), named when the page is cut to its budget.
    pub full_report: Option<&'a str>,
}

impl Default for RenderOptions<'_> {
    fn default() -> Self {
        RenderOptions {
            color: false,
            show: Severity::Warning,
            verbose: false,
            fail_on: Severity::Breaking,
            sarif_include: SarifInclude::None,
            anchor: None,
            root: None,
            full_report: None,
        }
    }
}

/// Renders `report` in `format`. The result always ends with a newline.
///
/// Text and Markdown escape every string that can come from an input (see
/// [`crate::escape`]): text renders an escaped copy of the report, Markdown
/// escapes each string for its place in the page, JUnit for XML. JSON, SARIF
/// and GitLab Code Quality carry the strings exactly, in JSON's own escapes.
///
/// Text and Markdown show the C++ standard library's instantiations as C++
/// programmers write them (`std::string`, `std::vector<int>`, `std::map<K,
/// V>`: [`stdnames`]); the other formats keep the exact spellings.
pub fn render(report: &Report, format: Format, opts: RenderOptions<'_>) -> String {
    match format {
        Format::Text => text::render(&crate::escape::report(&stdnames::abbreviated(report)), opts),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report, opts),
        Format::Markdown => markdown::render(&stdnames::abbreviated(report), opts),
        Format::Junit => junit::render(report, opts),
        Format::Gitlab => gitlab::render(report, opts),
    }
}

/// Writes `report` in `format` to `w`, the same bytes as [`render`]. The
/// JSON report is streamed, so a large report is never held as one string.
pub fn write_to(
    report: &Report,
    format: Format,
    opts: RenderOptions<'_>,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(report, w),
        other => w.write_all(render(report, other, opts).as_bytes()),
    }
}

/// Splits the findings that count (not waived or baselined) into groups:
/// each entry is the index of a group's first finding and the indices of the
/// findings folded under it, in report order.
pub(crate) fn groups(report: &Report) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut heads: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        if !f.counts() {
            continue;
        }
        match f.group.as_deref() {
            Some(g) => match heads.get(g) {
                Some(&slot) => out[slot].1.push(i),
                None => {
                    heads.insert(g, out.len());
                    out.push((i, Vec::new()));
                }
            },
            None => out.push((i, Vec::new())),
        }
    }
    out
}

/// One root cause: a group of findings (or a finding of its own) as the text
/// and Markdown renderers show it.
pub(crate) struct RootCause {
    /// The most severe severity in the group.
    pub severity: Severity,
    /// The finding printed in full: the group's first finding of
    /// `severity`; of a contract group, the one with the shortest message
    /// (the first of those).
    pub head: usize,
    /// The other findings of the group, in report order.
    pub folded: Vec<usize>,
}

/// The root causes of `report`, most severe first (breaking, warning, info),
/// in report order within a severity.
pub(crate) fn root_causes(report: &Report) -> Vec<RootCause> {
    let mut out: Vec<RootCause> = groups(report)
        .into_iter()
        .map(|(first, rest)| {
            let members = std::iter::once(first).chain(rest);
            let severity = members
                .clone()
                .map(|i| report.findings[i].severity)
                .min()
                .unwrap_or(Severity::Info);
            let of_severity = members
                .clone()
                .filter(|&i| report.findings[i].severity == severity);
            // A contract change reached from many places is shown at the
            // one said in the fewest words (Stripe: a widened enum in a
            // response, not 30 expandable fields deep in another).
            let head = if is_contract(&report.findings[first]) {
                of_severity.min_by_key(|&i| report.findings[i].message.len())
            } else {
                of_severity.min()
            }
            .unwrap_or(first);
            let folded = members.filter(|&i| i != head).collect();
            RootCause {
                severity,
                head,
                folded,
            }
        })
        .collect();
    // Stable: report order within one severity.
    out.sort_by_key(|rc| rc.severity);
    out
}

/// The findings a waiver accepted, in report order.
pub(crate) fn waived(report: &Report) -> impl Iterator<Item = &crate::Finding> {
    report
        .findings
        .iter()
        .filter(|f| f.status == crate::finding::Status::Waived)
}

/// `1 warning`, `2 warnings`: a count with its noun in the number it takes.
/// Every crate's messages count with it (never `warning(s)`).
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The names text and Markdown list for `symbols`: each name they show
/// ([`Report::shown_name`]) once, in the order of its first symbol, with how
/// many of `symbols` it stands for. A C++ constructor or destructor is
/// emitted as two or three symbols (the complete-object, base-object and
/// deleting variants, `_ZN5ShapeD0Ev`, `_ZN5ShapeD1Ev`, `_ZN5ShapeD2Ev`)
/// that all read `Shape::~Shape()`; the JSON keeps every symbol.
pub(crate) fn shown_symbols<'r>(
    report: &'r Report,
    symbols: &'r [String],
) -> Vec<(&'r str, usize)> {
    let mut out: Vec<(&str, usize)> = Vec::with_capacity(symbols.len());
    let mut at: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for s in symbols {
        let name = report.shown_name(s);
        match at.get(name) {
            Some(&i) => out[i].1 += 1,
            None => {
                at.insert(name, out.len());
                out.push((name, 1));
            }
        }
    }
    out
}

/// `name`, or `name (2 symbols)` when it stands for more than one
/// ([`shown_symbols`]).
pub(crate) fn shown_symbol(name: &str, n: usize) -> String {
    if n == 1 {
        name.to_owned()
    } else {
        format!("{name} ({})", count(n, "symbol", "symbols"))
    }
}

/// `, N waived, M baselined` for the summary line (empty when both are 0).
pub(crate) fn accepted_counts(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::new();
    if s.waived > 0 {
        out.push_str(&format!(", {} waived", s.waived));
    }
    if s.baselined > 0 {
        out.push_str(&format!(", {} baselined", s.baselined));
    }
    out
}

/// One line per promise of a component: `semver: violated`.
pub(crate) fn promise_summary(c: &crate::check::ComponentResult) -> String {
    c.promises
        .iter()
        .map(|p| {
            let status = match p.status {
                crate::check::PromiseStatus::Kept => "kept",
                crate::check::PromiseStatus::Violated => "VIOLATED",
                crate::check::PromiseStatus::Unverified => "unverified",
                crate::check::PromiseStatus::Declared => "declared",
            };
            format!("{}: {status}", p.name)
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `1.0.0 -> 1.0.1 (patch)`, or what is known of it.
pub(crate) fn versions(c: &crate::check::ComponentResult) -> String {
    match (&c.version_from, &c.version_to) {
        (Some(a), Some(b)) => match c.bump {
            Some(bump) => format!("{a} -> {b} ({})", bump.as_str()),
            None => format!("{a} -> {b}"),
        },
        (None, Some(b)) => format!("? -> {b}"),
        (Some(a), None) => format!("{a} -> ?"),
        (None, None) => String::new(),
    }
}

/// `message` up to its first `; ` outside parentheses.
fn first_clause(message: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in message.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth == 0 && message[i..].starts_with("; ") => return &message[..i],
            _ => {}
        }
    }
    message
}

/// Whether `f` is a contract finding (`schema diff`, `openapi diff`, `cli
/// diff`): its subject's symbol is a place in a schema, an operation or a
/// command path, and its message, which starts with the place users know
/// (`#/items/0/name: ...`, `GET /pets: ...`, ``flag `--x` of `tool` ...``),
/// is what names it.
fn is_contract(f: &crate::Finding) -> bool {
    matches!(
        f.catalog().map(|r| r.command),
        Some("schema diff" | "openapi diff" | "cli diff")
    )
}

/// A short label for a folded finding: `symbol@version in object: old value
/// -> new value` (a C++ symbol demangled), or, for a finding without a symbol
/// and for a contract finding, its message (unless `full`, only up to the
/// first `; ` outside parentheses: messages say what changed, then why it
/// matters).
pub(crate) fn short_label(f: &crate::Finding, full: bool) -> String {
    let s = &f.subject;
    let said = || {
        if full {
            f.message.clone()
        } else {
            first_clause(&f.message).to_owned()
        }
    };
    if is_contract(f) {
        return format!("[{}] {}", f.rule, said());
    }
    let mut out = s
        .demangled
        .clone()
        .or_else(|| s.symbol.clone())
        .unwrap_or_else(said);
    if let Some(v) = &s.version {
        out.push('@');
        out.push_str(v);
    }
    if let Some(o) = &s.object {
        out.push_str(" in ");
        out.push_str(o);
    }
    // Findings of one symbol differ by member (a struct's field, a schema's property): name it.
    if let Some(m) = s.member.as_ref().filter(|m| {
        s.symbol
            .as_ref()
            .is_some_and(|sym| !sym.contains(m.as_str()))
    }) {
        out.push_str(" member ");
        out.push_str(m);
    }
    // A message, whole or shortened, already says what the value became;
    // after a symbol's name, what it was and became (`Shape::area(): vtable
    // slot 2 -> vtable slot 3`), since a new value alone can be a bare number.
    if let Some(n) = s.new_value.as_ref().filter(|_| s.symbol.is_some()) {
        if let Some(o) = s.old_value.as_ref().filter(|_| s.symbol.is_some()) {
            out.push_str(": ");
            out.push_str(o);
        }
        out.push_str(" -> ");
        out.push_str(n);
    }
    format!("[{}] {out}", f.rule)
}

/// The line of `f` folded under `head` in text: its [`short_label`]; unless
/// `full`, a contract finding's message is cut to the place it starts with
/// when its subject names one ([`stated_place`]: `GET /pets: response 200
/// application/json property name`, whatever the rest says) and no other
/// finding of its group is said at that place ([`place_counts`]), else
/// before the reason it shares with the head's (`: scripts that use it
/// fail`, `: a document valid under the old schema is invalid under the
/// new one (backward incompatible)`), which the head's line has just said: Vercel's seven properties of one response that became
/// optional are seven lines that each name the property, not seven alike.
pub(crate) fn folded_label(
    f: &crate::Finding,
    head: &crate::Finding,
    places: &std::collections::HashMap<&str, usize>,
    full: bool,
) -> String {
    if full || !is_contract(f) {
        return short_label(f, full);
    }
    if let Some(place) = stated_place(f) {
        if places.get(place).copied().unwrap_or(0) < 2 {
            return format!("[{}] {place}", f.rule);
        }
    }
    let clause = first_clause(&f.message);
    let head_clause = first_clause(&head.message);
    let what = clause
        .match_indices(": ")
        .map(|(i, _)| i)
        .find(|&i| i > 0 && head_clause.ends_with(&clause[i..]))
        .map_or(clause, |i| &clause[..i]);
    format!("[{}] {what}", f.rule)
}

/// How many of `group` (a group's findings, its head among them) are said
/// at each place ([`stated_place`]), for [`folded_label`].
pub(crate) fn place_counts<'f>(
    group: impl Iterator<Item = &'f crate::Finding>,
) -> std::collections::HashMap<&'f str, usize> {
    let mut counts = std::collections::HashMap::new();
    for place in group.filter_map(stated_place) {
        *counts.entry(place).or_insert(0) += 1;
    }
    counts
}

/// The start of `f`'s message that names its place, `SYMBOL: MEMBER`, when
/// its subject has both and the message says them, in that order, before a
/// `: ` (`openapi diff`: the operation, then where in it); `None` otherwise.
fn stated_place(f: &crate::Finding) -> Option<&str> {
    let symbol = f.subject.symbol.as_deref().filter(|s| !s.is_empty())?;
    let member = f.subject.member.as_deref().filter(|m| !m.is_empty())?;
    let end = symbol.len() + 2 + member.len();
    let m = &f.message;
    (m.starts_with(symbol)
        && m[symbol.len()..].starts_with(": ")
        && m[symbol.len() + 2..].starts_with(member)
        && m[end..].starts_with(": "))
    .then(|| &m[..end])
}

/// `FILE:LINE:COLUMN` of a finding a diff located in the files it
/// compares (`openapi diff` sets [`crate::Finding::location`] itself); `None`
/// for `compat check`, whose every finding has a location (often only the
/// component's line in `compat.toml`), and for a location without a line.
pub(crate) fn source_line(report: &Report, f: &crate::Finding) -> Option<String> {
    if report.command == "check" {
        return None;
    }
    let l = f.location.as_ref()?;
    let line = l.line?;
    Some(match l.column {
        Some(c) => format!("{}:{line}:{c}", l.path),
        None => format!("{}:{line}", l.path),
    })
}

/// The fingerprint of `f`: its own, or (a report not yet finished) the one
/// [`Report::finish`] would give it.
pub(crate) fn fingerprint_of<'r>(
    report: &Report,
    f: &'r crate::Finding,
) -> std::borrow::Cow<'r, str> {
    if f.fingerprint.is_empty() {
        std::borrow::Cow::Owned(crate::fingerprint::fingerprint(
            &f.rule,
            "",
            &f.subject,
            &report.inputs,
        ))
    } else {
        std::borrow::Cow::Borrowed(&f.fingerprint)
    }
}

/// Characters of a counterexample document text and Markdown show
/// (unless verbose); the value where the difference is gets as many.
pub(crate) const EXAMPLE_WIDTH: usize = 100;

/// `doc` as one line of compact JSON, whole when `whole`, else its first
/// [`EXAMPLE_WIDTH`] characters; and whether it was cut. DEL, the C1
/// controls and the bidi controls, which serde_json leaves as they are, are
/// written as `\uXXXX` as the JSON report writes them (it stays the same
/// JSON): a counterexample is made of the schema's own names and values.
/// So are U+FFFE and U+FFFF, which XML cannot carry (JUnit).
pub(crate) fn compact_json(doc: &serde_json::Value, whole: bool) -> (String, bool) {
    use std::fmt::Write as _;
    let mut json = String::new();
    for c in doc.to_string().chars() {
        // serde_json escapes the C0 controls; a `\` is one of its escapes.
        if (crate::escape::is_escaped(c) && c != '\\') || matches!(c, '\u{fffe}' | '\u{ffff}') {
            let _ = write!(json, "\\u{:04x}", c as u32);
        } else {
            json.push(c);
        }
    }
    match json.char_indices().nth(EXAMPLE_WIDTH) {
        Some((cut, _)) if !whole => (json[..cut].to_owned(), true),
        _ => (json, false),
    }
}

/// A finding's counterexample as the formats CI systems show write it in
/// plain text (SARIF `message.text`, a JUnit failure, a GitLab Code Quality
/// `description`): cut as text and Markdown cut it.
pub(crate) struct ExampleText {
    /// The document as compact JSON ([`compact_json`]), cut after
    /// [`EXAMPLE_WIDTH`] characters with `…` when longer.
    pub doc: String,
    /// When the document is cut and its path names a value in it: the path
    /// as `#/a/b`, escaped as text escapes names ([`crate::escape::text`]),
    /// and the value as compact JSON, cut as the document is (written
    /// `#/a/b is VALUE`, [`ExampleText::there`]).
    pub at: Option<(String, String)>,
}

impl ExampleText {
    /// `#/a/b is VALUE`, when the document is cut and its path names a value.
    pub fn there(&self) -> Option<String> {
        self.at
            .as_ref()
            .map(|(path, value)| format!("{path} is {value}"))
    }
}

/// [`ExampleText`] of `f`, when it has a counterexample. Neither part holds
/// a control character: the JSON has its escapes, the path visible ones.
pub(crate) fn example_text(f: &crate::Finding) -> Option<ExampleText> {
    let doc = f.counterexample.as_ref()?;
    let cut = |v: &serde_json::Value| -> (String, bool) {
        let (mut json, cut) = compact_json(v, false);
        if cut {
            json.push('…');
        }
        (json, cut)
    };
    let (text, was_cut) = cut(doc);
    let at = value_there(f)
        .filter(|_| was_cut)
        .map(|(at, value)| (format!("#{}", crate::escape::text(at)), cut(value).0));
    Some(ExampleText { doc: text, at })
}

/// Where a finding's difference is in its counterexample
/// ([`crate::Finding::counterexample_path`]) and the value there, when
/// the path names a value other than the whole document.
pub(crate) fn value_there(f: &crate::Finding) -> Option<(&str, &serde_json::Value)> {
    let path = f.counterexample_path.as_deref().filter(|p| !p.is_empty())?;
    Some((path, f.counterexample.as_ref()?.pointer(path)?))
}
