//! Typed, located reading of TOML tables: each getter checks the value's
//! type and records a located error instead of failing, so one pass finds
//! every fault of a file.

use std::ops::Range;

use toml_edit::{Item, Key, TableLike, Value};

use crate::date::Date;
use crate::error::ConfigError;
use crate::loc::{LineIndex, Loc};
use crate::suggest;

/// How many candidate names the "did you mean" suggestions of one file may
/// compare: each suggestion compares the word with every candidate, so a
/// file of many misspellings against many names would otherwise cost their
/// product. Past the budget, errors come without suggestions.
const HINT_BUDGET: usize = 1 << 20;

/// Where the errors of one file go, with the file's line index.
pub(crate) struct Sink<'a> {
    index: LineIndex<'a>,
    errors: &'a mut Vec<ConfigError>,
    hints_left: usize,
}

impl<'a> Sink<'a> {
    pub(crate) fn new(index: LineIndex<'a>, errors: &'a mut Vec<ConfigError>) -> Sink<'a> {
        Sink {
            index,
            errors,
            hints_left: HINT_BUDGET,
        }
    }

    /// `"; did you mean `X`?"` for the closest candidate, while the file's
    /// budget of suggestions lasts; nothing after.
    pub(crate) fn hint<'c>(
        &mut self,
        word: &str,
        candidates: impl IntoIterator<Item = &'c str>,
    ) -> String {
        let candidates = candidates.into_iter();
        let (at_least, _) = candidates.size_hint();
        if at_least > self.hints_left {
            self.hints_left = 0;
            return String::new();
        }
        let mut counted = 0;
        let hint = suggest::hint(word, candidates.inspect(|_| counted += 1));
        self.hints_left = self.hints_left.saturating_sub(counted);
        hint
    }

    /// The location of the start of `span`.
    pub(crate) fn loc(&self, span: Option<Range<usize>>) -> Loc {
        self.index.span(span)
    }

    /// Records an error at the start of `span`.
    pub(crate) fn error(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        let loc = self.loc(span);
        self.error_at(loc, message);
    }

    /// Records an error at `loc`.
    pub(crate) fn error_at(&mut self, loc: Loc, message: impl Into<String>) {
        self.errors.push(ConfigError {
            loc,
            message: message.into(),
        });
    }
}

/// The span of an item: a value's, a table's header.
pub(crate) fn item_span(item: &Item) -> Option<Range<usize>> {
    match item {
        Item::Value(v) => v.span(),
        other => other.span(),
    }
}

/// "a string", "an integer", ... for type errors.
pub(crate) fn describe(item: &Item) -> &'static str {
    match item {
        Item::None => "nothing",
        Item::Value(v) => describe_value(v),
        Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
    }
}

fn describe_value(v: &Value) -> &'static str {
    match v {
        Value::String(_) => "a string",
        Value::Integer(_) => "an integer",
        Value::Float(_) => "a float",
        Value::Boolean(_) => "a boolean",
        Value::Datetime(_) => "a date-time",
        Value::Array(_) => "an array",
        Value::InlineTable(_) => "an inline table",
    }
}

/// A string value with where it is.
#[derive(Debug, Clone)]
pub(crate) struct Spanned<T> {
    pub(crate) value: T,
    pub(crate) span: Option<Range<usize>>,
}

/// A table (`[x]`, `[[x]]`, dotted `x.y = ...` or inline `{ ... }`) being
/// read, named for messages.
pub(crate) struct Section<'d> {
    table: &'d dyn TableLike,
    /// How messages name it: `[policy]`, `[[waiver]] "W-1"`.
    pub(crate) name: String,
    /// Where it is: its header, or the inline table.
    pub(crate) span: Option<Range<usize>>,
}

impl<'d> Section<'d> {
    pub(crate) fn new(
        table: &'d dyn TableLike,
        name: String,
        span: Option<Range<usize>>,
    ) -> Section<'d> {
        Section { table, name, span }
    }

    /// The section of `item` when it is any kind of table.
    pub(crate) fn of_item(item: &'d Item, name: String) -> Option<Section<'d>> {
        let table = item.as_table_like()?;
        Some(Section::new(table, name, item_span(item)))
    }

    /// The keys, in file order, with their items.
    pub(crate) fn entries(&self) -> Vec<(&'d Key, &'d Item)> {
        self.table
            .iter()
            .filter_map(|(k, _)| self.table.get_key_value(k))
            .collect()
    }

    /// The key and item named `key`.
    pub(crate) fn get(&self, key: &str) -> Option<(&'d Key, &'d Item)> {
        self.table.get_key_value(key).filter(|(_, i)| !i.is_none())
    }

    /// Whether `key` is present.
    pub(crate) fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Records every key not in `allowed` as unknown, with the closest
    /// allowed key as a suggestion.
    pub(crate) fn check_keys(&self, sink: &mut Sink<'_>, allowed: &[&str]) {
        for (key, _) in self.entries() {
            let name = key.get();
            if allowed.contains(&name) {
                continue;
            }
            let hint = sink.hint(name, allowed.iter().copied());
            let msg = if hint.is_empty() {
                format!(
                    "unknown key `{name}` in {}; expected one of: {}",
                    self.name,
                    allowed.join(", ")
                )
            } else {
                format!("unknown key `{name}` in {}{hint}", self.name)
            };
            sink.error(key.span(), msg);
        }
    }

    /// Records that `key` is missing (`why` says why it is required here).
    pub(crate) fn missing(&self, sink: &mut Sink<'_>, key: &str, why: &str) {
        sink.error(
            self.span.clone(),
            format!("missing required key `{key}` in {}{why}", self.name),
        );
    }

    fn wrong_type(&self, sink: &mut Sink<'_>, key: &str, item: &Item, want: &str) {
        sink.error(
            item_span(item),
            format!(
                "`{key}` in {} must be {want}, not {}",
                self.name,
                describe(item)
            ),
        );
    }

    /// A string value.
    pub(crate) fn string(&self, sink: &mut Sink<'_>, key: &str) -> Option<Spanned<String>> {
        let (_, item) = self.get(key)?;
        match item.as_str() {
            Some(s) => Some(Spanned {
                value: s.to_owned(),
                span: item_span(item),
            }),
            None => {
                self.wrong_type(sink, key, item, "a string");
                None
            }
        }
    }

    /// A string value that must be there and not be empty.
    pub(crate) fn required_string(
        &self,
        sink: &mut Sink<'_>,
        key: &str,
        why: &str,
    ) -> Option<Spanned<String>> {
        if !self.has(key) {
            self.missing(sink, key, why);
            return None;
        }
        let s = self.string(sink, key)?;
        if s.value.trim().is_empty() {
            sink.error(
                s.span.clone(),
                format!("`{key}` in {} must not be empty", self.name),
            );
            return None;
        }
        Some(s)
    }

    /// A non-negative integer that fits 32 bits.
    pub(crate) fn u32(&self, sink: &mut Sink<'_>, key: &str) -> Option<u32> {
        let (_, item) = self.get(key)?;
        let Some(n) = item.as_integer() else {
            self.wrong_type(sink, key, item, "an integer");
            return None;
        };
        match u32::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => {
                sink.error(
                    item_span(item),
                    format!(
                        "`{key}` in {} must be between 0 and {}, not {n}",
                        self.name,
                        u32::MAX
                    ),
                );
                None
            }
        }
    }

    /// A boolean.
    pub(crate) fn bool(&self, sink: &mut Sink<'_>, key: &str) -> Option<bool> {
        let (_, item) = self.get(key)?;
        let b = item.as_bool();
        if b.is_none() {
            self.wrong_type(sink, key, item, "true or false");
        }
        b
    }

    /// A date: a TOML local date (`2026-09-01`) or the same as a string.
    pub(crate) fn date(&self, sink: &mut Sink<'_>, key: &str) -> Option<Spanned<Date>> {
        let (_, item) = self.get(key)?;
        let span = item_span(item);
        let date = match item.as_value() {
            Some(Value::Datetime(dt)) => {
                let dt = dt.value();
                match (dt.date, dt.time, dt.offset) {
                    (Some(d), None, None) => Date::new(d.year, d.month, d.day),
                    _ => {
                        sink.error(
                            span,
                            format!(
                                "`{key}` in {} must be a date (YYYY-MM-DD), not a date-time",
                                self.name
                            ),
                        );
                        return None;
                    }
                }
            }
            Some(Value::String(s)) => Date::parse(s.value()).ok(),
            _ => {
                self.wrong_type(sink, key, item, "a date (YYYY-MM-DD)");
                return None;
            }
        };
        if date.is_none() {
            let shown = item
                .as_value()
                .map(|v| v.to_string().trim().to_owned())
                .unwrap_or_default();
            sink.error(
                span.clone(),
                format!(
                    "`{key}` in {} is not a date (YYYY-MM-DD): {shown}",
                    self.name
                ),
            );
        }
        date.map(|value| Spanned { value, span })
    }

    /// An array of strings (`one_or_many`: a single string is one element).
    pub(crate) fn strings(
        &self,
        sink: &mut Sink<'_>,
        key: &str,
        one_or_many: bool,
    ) -> Option<Vec<Spanned<String>>> {
        let (_, item) = self.get(key)?;
        let want = if one_or_many {
            "a string or an array of strings"
        } else {
            "an array of strings"
        };
        match item.as_value() {
            Some(Value::String(s)) if one_or_many => Some(vec![Spanned {
                value: s.value().clone(),
                span: s.span(),
            }]),
            Some(Value::Array(a)) => {
                let mut out = Vec::new();
                let mut ok = true;
                for v in a.iter() {
                    match v.as_str() {
                        Some(s) => out.push(Spanned {
                            value: s.to_owned(),
                            span: v.span(),
                        }),
                        None => {
                            ok = false;
                            sink.error(
                                v.span(),
                                format!(
                                    "`{key}` in {} must be {want}, but holds {}",
                                    self.name,
                                    describe_value(v)
                                ),
                            );
                        }
                    }
                }
                ok.then_some(out)
            }
            _ => {
                self.wrong_type(sink, key, item, want);
                None
            }
        }
    }

    /// A string that must be one of `names`, converted by `from_name`.
    pub(crate) fn keyword<T>(
        &self,
        sink: &mut Sink<'_>,
        key: &str,
        names: &[&str],
        from_name: fn(&str) -> Option<T>,
    ) -> Option<Spanned<T>> {
        let s = self.string(sink, key)?;
        match from_name(&s.value) {
            Some(value) => Some(Spanned {
                value,
                span: s.span,
            }),
            None => {
                let msg = invalid_keyword(sink, key, &s.value, names, &self.name);
                sink.error(s.span, msg);
                None
            }
        }
    }

    /// A sub-table (`[x.y]`, dotted `y.k = ...` or inline `y = { ... }`).
    pub(crate) fn table(
        &self,
        sink: &mut Sink<'_>,
        key: &str,
        name: String,
    ) -> Option<Section<'d>> {
        let (k, item) = self.get(key)?;
        match Section::of_item(item, name) {
            Some(mut s) => {
                if s.span.is_none() {
                    s.span = k.span();
                }
                Some(s)
            }
            None => {
                self.wrong_type(sink, key, item, "a table");
                None
            }
        }
    }
}

/// "invalid `fail_on` "warn" in [policy]: expected one of ...; did you mean ...?"
pub(crate) fn invalid_keyword(
    sink: &mut Sink<'_>,
    key: &str,
    value: &str,
    names: &[&str],
    section: &str,
) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    format!(
        "invalid `{key}` {value:?} in {section}: expected one of {}{}",
        quoted.join(", "),
        sink.hint(value, names.iter().copied())
    )
}
