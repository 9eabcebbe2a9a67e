//! The two exposition formats Prometheus scrapes: the text format 0.0.4
//! and OpenMetrics 1.0. Both write `# HELP` and `# TYPE` before a family's
//! samples and escape label values the same way (`\\`, `\"`, `\n`); they
//! differ in HELP escaping (OpenMetrics also escapes `"`), in how a counter
//! is named (OpenMetrics: `# TYPE x counter` with samples `x_total`; 0.0.4:
//! `# TYPE x_total counter`), in `# UNIT` lines (OpenMetrics only) and in
//! the closing `# EOF` (OpenMetrics only).

use std::collections::BTreeSet;
use std::fmt::Write as _;

/// `Content-Type` of the text format 0.0.4.
pub const TEXT_CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

/// `Content-Type` of OpenMetrics 1.0.
pub const OPENMETRICS_CONTENT_TYPE: &str =
    "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// The most characters of a label value; longer ones are cut (the series
/// stays unique: a cut value that collides with another is left out).
pub const MAX_LABEL_CHARS: usize = 200;

/// Which exposition format to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// The Prometheus text format 0.0.4 (what Prometheus asks for by default).
    #[default]
    Text,
    /// OpenMetrics 1.0 (`Accept: application/openmetrics-text`).
    OpenMetrics,
}

impl Format {
    /// The `Content-Type` of an exposition in this format.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Text => TEXT_CONTENT_TYPE,
            Format::OpenMetrics => OPENMETRICS_CONTENT_TYPE,
        }
    }

    /// The format an HTTP `Accept` header asks for: OpenMetrics when it
    /// names `application/openmetrics-text` with a non-zero quality at
    /// least that of the text format, the text format otherwise.
    pub fn negotiate(accept: Option<&str>) -> Format {
        let Some(accept) = accept else {
            return Format::Text;
        };
        let mut om = None::<f32>;
        let mut text = None::<f32>;
        for range in accept.split(',') {
            let mut parts = range.split(';').map(str::trim);
            let media = parts.next().unwrap_or_default().to_ascii_lowercase();
            let mut q = 1.0f32;
            for p in parts {
                if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                    q = v.trim().parse().unwrap_or(0.0);
                }
            }
            let slot = match media.as_str() {
                "application/openmetrics-text" => &mut om,
                "text/plain" | "text/*" | "*/*" => &mut text,
                _ => continue,
            };
            *slot = Some(slot.map_or(q, |old: f32| old.max(q)));
        }
        match om {
            Some(q) if q > 0.0 && q >= text.unwrap_or(0.0) => Format::OpenMetrics,
            _ => Format::Text,
        }
    }
}

/// A metric type (compat writes gauges and counters only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A value that goes up and down.
    Gauge,
    /// A count that only goes up (its name ends in `_total`).
    Counter,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::Gauge => "gauge",
            Kind::Counter => "counter",
        }
    }
}

/// One sample: its label values (in the family's label order) and value.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    /// `(label name, value)` pairs; an empty value is written (Prometheus
    /// treats it as the label being absent).
    pub labels: Vec<(&'static str, String)>,
    /// The value.
    pub value: f64,
}

impl Sample {
    /// A sample with `labels` and `value`.
    pub fn new(labels: Vec<(&'static str, String)>, value: f64) -> Sample {
        Sample { labels, value }
    }
}

/// One metric family: its name (with `_total` for counters), type, help and samples.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// The sample name (`compat_runs_total` for a counter).
    pub name: &'static str,
    /// Gauge or counter.
    pub kind: Kind,
    /// One line.
    pub help: &'static str,
    /// The samples, in the order written.
    pub samples: Vec<Sample>,
}

impl Family {
    /// The family's name in OpenMetrics metadata (a counter's without `_total`).
    fn om_name(&self) -> &'static str {
        match self.kind {
            Kind::Counter => self.name.strip_suffix("_total").unwrap_or(self.name),
            Kind::Gauge => self.name,
        }
    }

    /// The unit OpenMetrics states for this family (`seconds` for `*_seconds`).
    fn unit(&self) -> Option<&'static str> {
        self.om_name().ends_with("_seconds").then_some("seconds")
    }
}

/// A label value escaped for both formats: `\` `"` and newline.
pub fn escape_label(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// HELP text escaped: `\` and newline, and for OpenMetrics `"` too.
pub fn escape_help(text: &str, format: Format) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '"' if format == Format::OpenMetrics => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out
}

/// A value as both formats write it: integers without a fraction, `NaN`, `+Inf`, `-Inf`.
pub fn format_value(v: f64) -> String {
    if v.is_nan() {
        "NaN".into()
    } else if v.is_infinite() {
        if v > 0.0 { "+Inf" } else { "-Inf" }.into()
    } else if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// A label value cut to [`MAX_LABEL_CHARS`] characters.
fn cut(value: &str) -> &str {
    match value.char_indices().nth(MAX_LABEL_CHARS) {
        Some((i, _)) => &value[..i],
        None => value,
    }
}

/// The `{a="x",b="y"}` part of a sample (empty without labels).
fn label_set(labels: &[(&'static str, String)]) -> String {
    if labels.is_empty() {
        return String::new();
    }
    let parts: Vec<String> = labels
        .iter()
        .map(|(k, v)| format!("{k}=\"{}\"", escape_label(cut(v))))
        .collect();
    format!("{{{}}}", parts.join(","))
}

/// The exposition of `families` in `format`. Families without samples are
/// left out; a sample whose labels repeat an earlier one of its family (two
/// long values cut alike) is left out too, so no series appears twice.
pub fn render(families: &[Family], format: Format) -> String {
    let mut out = String::new();
    for f in families.iter().filter(|f| !f.samples.is_empty()) {
        let meta = match format {
            Format::Text => f.name,
            Format::OpenMetrics => f.om_name(),
        };
        let _ = writeln!(out, "# HELP {meta} {}", escape_help(f.help, format));
        let _ = writeln!(out, "# TYPE {meta} {}", f.kind.as_str());
        if format == Format::OpenMetrics {
            if let Some(unit) = f.unit() {
                let _ = writeln!(out, "# UNIT {meta} {unit}");
            }
        }
        let mut seen = BTreeSet::new();
        for s in &f.samples {
            let labels = label_set(&s.labels);
            if !seen.insert(labels.clone()) {
                continue;
            }
            let _ = writeln!(out, "{}{labels} {}", f.name, format_value(s.value));
        }
    }
    if format == Format::OpenMetrics {
        out.push_str("# EOF\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family(kind: Kind, name: &'static str, samples: Vec<Sample>) -> Family {
        Family {
            name,
            kind,
            help: "Help with a \\ backslash, a \"quote\"\nand a newline.",
            samples,
        }
    }

    #[test]
    fn label_values_escape_backslash_quote_and_newline() {
        assert_eq!(escape_label(r#"a\b"c"#), r#"a\\b\"c"#);
        assert_eq!(escape_label("two\nlines"), "two\\nlines");
        assert_eq!(escape_label("tab\tand ünïcode"), "tab\tand ünïcode");
    }

    #[test]
    fn help_escapes_quotes_only_in_openmetrics() {
        let h = "a \\ \"b\"\nc";
        assert_eq!(escape_help(h, Format::Text), "a \\\\ \"b\"\\nc");
        assert_eq!(escape_help(h, Format::OpenMetrics), "a \\\\ \\\"b\\\"\\nc");
    }

    #[test]
    fn values_are_integers_when_they_can_be() {
        assert_eq!(format_value(1.0), "1");
        assert_eq!(format_value(0.0), "0");
        assert_eq!(format_value(1_798_761_600.0), "1798761600");
        assert_eq!(format_value(0.25), "0.25");
        assert_eq!(format_value(f64::NAN), "NaN");
        assert_eq!(format_value(f64::INFINITY), "+Inf");
        assert_eq!(format_value(f64::NEG_INFINITY), "-Inf");
    }

    #[test]
    fn the_text_format_names_counters_with_total_and_has_no_eof() {
        let fams = [
            family(
                Kind::Counter,
                "compat_runs_total",
                vec![Sample::new(vec![("project", "a\"b".into())], 3.0)],
            ),
            family(
                Kind::Gauge,
                "compat_x_timestamp_seconds",
                vec![Sample::new(vec![], 5.0)],
            ),
            family(Kind::Gauge, "compat_empty", vec![]),
        ];
        let text = render(&fams, Format::Text);
        assert_eq!(
            text,
            "# HELP compat_runs_total Help with a \\\\ backslash, a \"quote\"\\nand a newline.\n\
             # TYPE compat_runs_total counter\n\
             compat_runs_total{project=\"a\\\"b\"} 3\n\
             # HELP compat_x_timestamp_seconds Help with a \\\\ backslash, a \"quote\"\\nand a newline.\n\
             # TYPE compat_x_timestamp_seconds gauge\n\
             compat_x_timestamp_seconds 5\n"
        );
    }

    #[test]
    fn openmetrics_names_the_counter_family_without_total_states_units_and_ends_with_eof() {
        let fams = [
            family(
                Kind::Counter,
                "compat_runs_total",
                vec![Sample::new(vec![("project", "p".into())], 3.0)],
            ),
            family(
                Kind::Gauge,
                "compat_x_timestamp_seconds",
                vec![Sample::new(vec![], 5.0)],
            ),
        ];
        let text = render(&fams, Format::OpenMetrics);
        assert_eq!(
            text,
            "# HELP compat_runs Help with a \\\\ backslash, a \\\"quote\\\"\\nand a newline.\n\
             # TYPE compat_runs counter\n\
             compat_runs_total{project=\"p\"} 3\n\
             # HELP compat_x_timestamp_seconds Help with a \\\\ backslash, a \\\"quote\\\"\\nand a newline.\n\
             # TYPE compat_x_timestamp_seconds gauge\n\
             # UNIT compat_x_timestamp_seconds seconds\n\
             compat_x_timestamp_seconds 5\n\
             # EOF\n"
        );
    }

    #[test]
    fn long_label_values_are_cut_and_a_repeated_series_is_written_once() {
        let long_a = format!("{}a", "x".repeat(MAX_LABEL_CHARS));
        let long_b = format!("{}b", "x".repeat(MAX_LABEL_CHARS));
        let fams = [family(
            Kind::Gauge,
            "compat_g",
            vec![
                Sample::new(vec![("c", long_a)], 1.0),
                Sample::new(vec![("c", long_b)], 2.0),
            ],
        )];
        let text = render(&fams, Format::Text);
        let samples: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(
            samples,
            [format!(
                "compat_g{{c=\"{}\"}} 1",
                "x".repeat(MAX_LABEL_CHARS)
            )]
        );
    }

    #[test]
    fn accept_headers_choose_the_format() {
        assert_eq!(Format::negotiate(None), Format::Text);
        assert_eq!(Format::negotiate(Some("*/*")), Format::Text);
        assert_eq!(Format::negotiate(Some("text/plain")), Format::Text);
        // What Prometheus 2.x sends.
        assert_eq!(
            Format::negotiate(Some(
                "application/openmetrics-text;version=1.0.0,application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"
            )),
            Format::OpenMetrics
        );
        assert_eq!(
            Format::negotiate(Some(
                "application/openmetrics-text; version=1.0.0; charset=utf-8"
            )),
            Format::OpenMetrics
        );
        assert_eq!(
            Format::negotiate(Some("application/openmetrics-text;q=0, text/plain")),
            Format::Text
        );
        assert_eq!(
            Format::negotiate(Some("text/plain;q=0.9, application/openmetrics-text;q=0.5")),
            Format::Text
        );
    }
}
