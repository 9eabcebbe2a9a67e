//! The JSON report: the report struct serialized as-is, pretty-printed.
//!
//! Strings are exact: serde_json escapes C0 controls, `"` and `\`, and
//! [`Pretty`] also writes DEL, the C1 controls and the bidi controls as
//! `\uXXXX`, so that the document itself holds no character a terminal acts
//! on (`cat report.json` is safe) while every string parses back unchanged.

use std::io;

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use crate::escape::is_escaped;
use crate::report::Report;

pub(crate) fn render(report: &Report) -> String {
    let mut out = Vec::new();
    write(report, &mut out).expect("a report always serializes");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

pub(crate) fn write(report: &Report, w: &mut dyn io::Write) -> io::Result<()> {
    to_writer(report, &mut *w)?;
    w.write_all(b"\n")
}

/// Serializes `value` pretty-printed, with [`Pretty`]'s escapes.
pub(crate) fn to_writer<T: Serialize + ?Sized>(value: &T, w: impl io::Write) -> io::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(w, Pretty(PrettyFormatter::new()));
    value.serialize(&mut ser).map_err(io::Error::from)
}

/// serde_json's pretty printer, with DEL, C1 and bidi controls inside strings
/// written as `\uXXXX` (serde_json already escapes the C0 controls).
pub(crate) struct Pretty<'a>(PrettyFormatter<'a>);

impl Formatter for Pretty<'_> {
    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            // C0 controls and `"`/`\` never reach a fragment.
            if is_escaped(c) && c != '\\' {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_escaped_and_round_trip() {
        let name = "lib\x1b]0;t\x07\n\u{7f}\u{9b}\u{202e}é\\\"x";
        let mut out = Vec::new();
        to_writer(&serde_json::json!({ "name": name }), &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
        assert!(!s.contains('\u{202e}'), "{s:?}");
        assert!(
            s.contains("\\u001b]0;t\\u0007\\n\\u007f\\u009b\\u202eé\\\\\\\"x"),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["name"], name);
    }
}
