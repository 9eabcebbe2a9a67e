//! Editing compat.toml (and waiver files) in place: removing waivers,
//! renewing one, appending one. Every byte not edited stays as it was.
//!
//! The text is parsed with `toml_edit` for the locations of tables and
//! values, then edited as text at those locations: a removed `[[waiver]]`
//! takes its header line, its body and its subtables, the comment lines
//! directly above each header (no blank line between), and the blank lines
//! after it; a renewal replaces the `expires` (and `reason`) value only, so
//! the comments after it stay. This keeps more than re-rendering a
//! `toml_edit::DocumentMut` would promise (whitespace inside untouched
//! tables, the order of dotted keys), and the result is parsed again to
//! check that exactly the intended change was made. `toml_edit` renders
//! the new values and the appended table, so strings are quoted and
//! escaped as TOML wants.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use toml_edit::{Document, Item, Table, Value};

use crate::date::Date;
use crate::error::EditError;

/// A waiver to append (`compat baseline update --accept-breaking`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewWaiver {
    /// `id`.
    pub id: String,
    /// `component`.
    pub component: Option<String>,
    /// `rule`.
    pub rule: String,
    /// `subject` (written as an inline table when not empty).
    pub subject: BTreeMap<String, String>,
    /// `fingerprint`.
    pub fingerprint: Option<String>,
    /// `reason`.
    pub reason: String,
    /// `owner`.
    pub owner: String,
    /// `ticket`.
    pub ticket: Option<String>,
    /// `created`.
    pub created: Option<Date>,
    /// `expires`.
    pub expires: Date,
    /// `until_version`.
    pub until_version: Option<String>,
    /// `max_matches`.
    pub max_matches: Option<u32>,
}

/// One parsed text with the facts editing needs.
struct Parsed<'t> {
    text: &'t str,
    doc: Document<&'t str>,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    /// Spans of every value of a table, sorted (they do not overlap): a
    /// line starting inside one is not a comment.
    values: Vec<Range<usize>>,
    /// Line of every table header, sorted.
    headers: Vec<usize>,
}

impl<'t> Parsed<'t> {
    fn new(text: &'t str) -> Result<Parsed<'t>, EditError> {
        let doc = Document::parse(text).map_err(|e| EditError::Syntax(e.message().to_owned()))?;
        let line_starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .filter(|&s| s < text.len())
            .collect();
        let mut parsed = Parsed {
            text,
            doc,
            line_starts,
            values: Vec::new(),
            headers: Vec::new(),
        };
        let (mut values, mut headers) = (Vec::new(), Vec::new());
        collect(parsed.doc.as_table(), &mut values, &mut headers);
        let mut header_lines: Vec<usize> = headers.iter().map(|&o| parsed.line_of(o)).collect();
        header_lines.sort_unstable();
        header_lines.dedup();
        values.sort_by_key(|r| r.start);
        parsed.values = values;
        parsed.headers = header_lines;
        Ok(parsed)
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    fn line(&self, n: usize) -> &'t str {
        let start = self.line_starts[n];
        let end = self
            .line_starts
            .get(n + 1)
            .copied()
            .unwrap_or(self.text.len());
        &self.text[start..end]
    }

    fn in_value(&self, offset: usize) -> bool {
        let i = self.values.partition_point(|r| r.start < offset);
        i > 0 && offset < self.values[i - 1].end
    }

    fn is_blank(&self, n: usize) -> bool {
        self.line(n).trim().is_empty() && !self.in_value(self.line_starts[n])
    }

    fn is_comment(&self, n: usize) -> bool {
        self.line(n).trim_start().starts_with('#') && !self.in_value(self.line_starts[n])
    }

    /// The first line of the comment block directly above header line `h`.
    fn attached_start(&self, h: usize) -> usize {
        let mut start = h;
        while start > 0 && self.is_comment(start - 1) {
            start -= 1;
        }
        start
    }

    /// Lines `[first, end)` of the block of header line `h`: its attached
    /// comments, itself, its body, up to the next header's comments.
    fn block(&self, h: usize) -> Range<usize> {
        let after = self.headers.partition_point(|&l| l <= h);
        let next = self
            .headers
            .get(after)
            .map_or(self.line_starts.len(), |&l| self.attached_start(l));
        self.attached_start(h)..next.max(h + 1)
    }

    /// The `[[waiver]]` tables with id `id`.
    fn waivers(&self, id: &str) -> Result<Vec<&Table>, EditError> {
        match self.doc.as_table().get("waiver") {
            Some(Item::ArrayOfTables(tables)) => Ok(tables
                .iter()
                .filter(|t| t.get("id").and_then(Item::as_str) == Some(id))
                .collect()),
            Some(Item::Value(Value::Array(a)))
                if a.iter().any(|v| {
                    v.as_inline_table()
                        .and_then(|t| t.get("id"))
                        .and_then(Value::as_str)
                        == Some(id)
                }) =>
            {
                Err(EditError::Unsupported {
                    id: id.into(),
                    reason: "it is in an inline `waiver = [...]` array, not a [[waiver]] table"
                        .into(),
                })
            }
            _ => Ok(Vec::new()),
        }
    }

    /// The one `[[waiver]]` table with id `id`.
    fn waiver(&self, id: &str) -> Result<&Table, EditError> {
        match self.waivers(id)?.as_slice() {
            [one] => Ok(one),
            [] => Err(EditError::NoSuchWaiver(id.into())),
            _ => Err(EditError::Unsupported {
                id: id.into(),
                reason: "several [[waiver]] tables have this id".into(),
            }),
        }
    }
}

/// Collects the spans of every value and the start of every table header
/// under `table`.
fn collect(table: &Table, values: &mut Vec<Range<usize>>, headers: &mut Vec<usize>) {
    for (_, item) in table.iter() {
        match item {
            Item::Value(v) => values.extend(v.span()),
            Item::Table(t) => {
                if !t.is_implicit() && !t.is_dotted() {
                    headers.extend(t.span().map(|s| s.start));
                }
                collect(t, values, headers);
            }
            Item::ArrayOfTables(a) => {
                for t in a.iter() {
                    headers.extend(t.span().map(|s| s.start));
                    collect(t, values, headers);
                }
            }
            Item::None => {}
        }
    }
}

/// The header lines of `table` and of the tables below it.
fn own_headers(parsed: &Parsed<'_>, table: &Table) -> Vec<usize> {
    let (mut values, mut headers) = (Vec::new(), Vec::new());
    headers.extend(table.span().map(|s| s.start));
    collect(table, &mut values, &mut headers);
    headers.into_iter().map(|o| parsed.line_of(o)).collect()
}

/// Removes the `[[waiver]]` tables with these ids (each must exist), with
/// the comment lines directly above them and the blank lines after them.
pub fn remove_waivers(text: &str, ids: &[&str]) -> Result<String, EditError> {
    let parsed = Parsed::new(text)?;
    let wanted: BTreeSet<&str> = ids.iter().copied().collect();
    let mut remove = vec![false; parsed.line_starts.len()];
    let mut found: BTreeSet<&str> = BTreeSet::new();
    if let Some(Item::ArrayOfTables(tables)) = parsed.doc.as_table().get("waiver") {
        for table in tables.iter() {
            let Some(id) = table.get("id").and_then(Item::as_str) else {
                continue;
            };
            let Some(id) = wanted.get(id) else {
                continue;
            };
            found.insert(id);
            for h in own_headers(&parsed, table) {
                for line in parsed.block(h) {
                    remove[line] = true;
                }
            }
        }
    }
    if let Some(missing) = ids.iter().find(|id| !found.contains(**id)) {
        // Say why: an inline array, or no such waiver at all.
        parsed.waivers(missing)?;
        return Err(EditError::NoSuchWaiver((*missing).into()));
    }
    // A removal that reaches the end of the file takes the blank lines
    // before it too, so the file does not end in blank lines.
    if remove.last() == Some(&true) {
        let mut first = remove.len();
        while first > 0 && remove[first - 1] {
            first -= 1;
        }
        while first > 0 && parsed.is_blank(first - 1) {
            first -= 1;
            remove[first] = true;
        }
    }
    let mut out = String::with_capacity(text.len());
    for (n, gone) in remove.iter().enumerate() {
        if !gone {
            out.push_str(parsed.line(n));
        }
    }
    // Check: the ids are gone, every other waiver is still there, in order.
    let before = waiver_ids(&parsed);
    let after = waiver_ids(&Parsed::new(&out)?);
    let expected: Vec<&String> = before
        .iter()
        .filter(|i| !wanted.contains(i.as_str()))
        .collect();
    if after.iter().collect::<Vec<_>>() != expected {
        return Err(EditError::Unsupported {
            id: ids.join(", "),
            reason: "removing these tables would change other parts of the file".into(),
        });
    }
    Ok(out)
}

fn waiver_ids(parsed: &Parsed<'_>) -> Vec<String> {
    match parsed.doc.as_table().get("waiver") {
        Some(Item::ArrayOfTables(tables)) => tables
            .iter()
            .map(|t| {
                t.get("id")
                    .and_then(Item::as_str)
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Sets the `expires` of waiver `id` (and its `reason`, when given),
/// changing nothing else.
pub fn renew_waiver(
    text: &str,
    id: &str,
    expires: Date,
    reason: Option<&str>,
) -> Result<String, EditError> {
    let parsed = Parsed::new(text)?;
    let table = parsed.waiver(id)?;
    let span_of = |key: &str| -> Result<Range<usize>, EditError> {
        table
            .get(key)
            .and_then(Item::as_value)
            .and_then(Value::span)
            .ok_or_else(|| EditError::Unsupported {
                id: id.into(),
                reason: format!("it has no `{key}` value to change"),
            })
    };
    let mut edits = vec![(span_of("expires")?, date_repr(expires))];
    if let Some(reason) = reason {
        edits.push((span_of("reason")?, Value::from(reason).to_string()));
    }
    edits.sort_by_key(|(span, _)| std::cmp::Reverse(span.start));
    let mut out = text.to_owned();
    for (span, new) in edits {
        out.replace_range(span, &new);
    }
    // Check: still TOML, the waiver still there, with the new values.
    let check = Parsed::new(&out)?;
    let renewed = check.waiver(id)?;
    let ok = renewed
        .get("expires")
        .and_then(Item::as_value)
        .map(ToString::to_string)
        == Some(date_repr(expires))
        && reason.is_none_or(|r| renewed.get("reason").and_then(Item::as_str) == Some(r));
    if !ok {
        return Err(EditError::Unsupported {
            id: id.into(),
            reason: "the edited file does not read back as intended".into(),
        });
    }
    Ok(out)
}

/// A date as a bare TOML local date.
fn date_repr(date: Date) -> String {
    match date.to_string().parse::<toml_edit::Datetime>() {
        Ok(dt) => Value::from(dt).to_string(),
        Err(_) => Value::from(date.to_string()).to_string(),
    }
}

/// Appends `waiver` as a `[[waiver]]` table at the end of `text`, after a
/// blank line. Keys are written in the order of GOVERNANCE.md's example;
/// absent optional keys are left out.
pub fn append_waiver(text: &str, waiver: &NewWaiver) -> String {
    let mut table = Table::new();
    let mut set = |key: &str, value: Value| {
        table.insert(key, Item::Value(value));
    };
    set("id", Value::from(waiver.id.as_str()));
    if let Some(c) = &waiver.component {
        set("component", Value::from(c.as_str()));
    }
    set("rule", Value::from(waiver.rule.as_str()));
    if !waiver.subject.is_empty() {
        let mut subject = toml_edit::InlineTable::new();
        for (k, v) in &waiver.subject {
            subject.insert(k, Value::from(v.as_str()));
        }
        set("subject", Value::InlineTable(subject));
    }
    if let Some(f) = &waiver.fingerprint {
        set("fingerprint", Value::from(f.as_str()));
    }
    set("reason", Value::from(waiver.reason.as_str()));
    set("owner", Value::from(waiver.owner.as_str()));
    if let Some(t) = &waiver.ticket {
        set("ticket", Value::from(t.as_str()));
    }
    for (key, date) in [
        ("created", waiver.created),
        ("expires", Some(waiver.expires)),
    ] {
        if let Some(d) = date {
            match d.to_string().parse::<toml_edit::Datetime>() {
                Ok(dt) => set(key, Value::from(dt)),
                Err(_) => set(key, Value::from(d.to_string())),
            }
        }
    }
    if let Some(v) = &waiver.until_version {
        set("until_version", Value::from(v.as_str()));
    }
    if let Some(n) = waiver.max_matches {
        set("max_matches", Value::from(i64::from(n)));
    }
    let mut array = toml_edit::ArrayOfTables::new();
    array.push(table);
    let mut doc = toml_edit::DocumentMut::new();
    doc.insert("waiver", Item::ArrayOfTables(array));
    let rendered = doc.to_string();

    let mut out = text.to_owned();
    if !out.is_empty() {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
    }
    out.push_str(&rendered);
    out
}
