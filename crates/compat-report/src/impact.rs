//! The impact matrix of `compat impact`: one row per consumer of a provider,
//! its cell (the highest severity of its findings, `ok`, `none` or `error`;
//! `waived` when waivers cover the findings that would make it breaking or
//! a warning, [`ImpactMatrix::rejudge`]), carried in the report as the
//! command-specific key `impact` and drawn as a table by the text and
//! Markdown renderers.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::escape::text as safe;
use crate::render::count;
use crate::{Finding, Report, Severity, Status};

/// How many rows the text and Markdown tables list before "and N more".
pub const ROWS_SHOWN: usize = 200;

/// The matrix: one provider, its change, and a row per consumer.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpactMatrix {
    /// The provider's SONAME.
    pub provider: String,
    /// The change judged: `CANDIDATE` (a file) or `drop version V`.
    pub change: String,
    /// One row per file that loads or binds the provider, by path.
    pub rows: Vec<ImpactRow>,
}

/// One consumer's cell.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImpactRow {
    /// The consumer's path.
    pub consumer: String,
    /// `breaking`, `warning`, `info`, `ok` (binds the provider, nothing
    /// found), `none` (loads it but binds nothing of it), `error`, or
    /// `waived` (every breaking or warning finding covered by a waiver).
    pub cell: String,
    /// How many of its references bind to the provider.
    pub bound: usize,
    /// How many findings the cell carries.
    pub findings: usize,
    /// Their rule ids, sorted, each once.
    pub rules: Vec<String>,
    /// The waivers that cover some of its findings, sorted, each once.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub waivers: Vec<String>,
}

impl ImpactMatrix {
    /// The matrix a report carries, if any.
    pub fn of(report: &Report) -> Option<ImpactMatrix> {
        serde_json::from_value(report.extra.get("impact")?.clone()).ok()
    }

    /// Stores the matrix in `report` (the JSON key `impact`).
    pub fn store(&self, report: &mut Report) {
        if let Ok(v) = serde_json::to_value(self) {
            report.extra.insert("impact".into(), v);
        }
    }

    /// Judges each row again from `findings` (the report's, some of them
    /// waived): the cell is the highest severity of the consumer's findings
    /// no waiver covers when that is `breaking` or `warning`; else `waived`
    /// when a waiver covers one of them; else as before (`info`, `ok`,
    /// `none`). An `error` cell stays. A consumer's findings are those whose
    /// `subject.object` is its path.
    pub fn rejudge(&mut self, findings: &[Finding]) {
        for row in &mut self.rows {
            let mine: Vec<&Finding> = findings
                .iter()
                .filter(|f| f.subject.object.as_deref() == Some(row.consumer.as_str()))
                .collect();
            let mut waivers: Vec<String> = mine
                .iter()
                .filter(|f| f.status == Status::Waived)
                .filter_map(|f| f.waiver.clone())
                .collect();
            waivers.sort();
            waivers.dedup();
            row.waivers = waivers;
            if row.cell == "error" {
                continue;
            }
            let worst = mine
                .iter()
                .filter(|f| f.status == Status::New)
                .map(|f| f.severity)
                .min();
            row.cell = match worst {
                Some(s @ (Severity::Breaking | Severity::Warning)) => s.as_str().to_owned(),
                _ if !row.waivers.is_empty() => "waived".to_owned(),
                Some(s) => s.as_str().to_owned(),
                None if row.bound == 0 => "none".to_owned(),
                None => "ok".to_owned(),
            };
        }
    }

    /// Rows whose cell is not `ok` or `none`.
    pub fn affected(&self) -> impl Iterator<Item = &ImpactRow> {
        self.rows
            .iter()
            .filter(|r| r.cell != "ok" && r.cell != "none")
    }

    /// Counts per cell, most severe first, as `2 breaking, 5 ok`.
    pub fn counts(&self) -> String {
        let order = [
            "error", "breaking", "warning", "waived", "info", "ok", "none",
        ];
        let parts: Vec<String> = order
            .iter()
            .filter_map(|c| {
                let n = self.rows.iter().filter(|r| r.cell == *c).count();
                (n > 0).then(|| format!("{n} {c}"))
            })
            .collect();
        if parts.is_empty() {
            "no consumer".into()
        } else {
            parts.join(", ")
        }
    }
}

/// The text table: every affected row, then the counts.
pub(crate) fn text(out: &mut String, report: &Report) {
    let Some(m) = ImpactMatrix::of(report) else {
        return;
    };
    let _ = writeln!(
        out,
        "impact of {} ({}) on {}: {}",
        safe(&m.provider),
        safe(&m.change),
        count(m.rows.len(), "consumer", "consumers"),
        m.counts()
    );
    let affected: Vec<&ImpactRow> = m.affected().collect();
    for r in affected.iter().take(ROWS_SHOWN) {
        let _ = writeln!(
            out,
            "  {:<8} {:>5} bound  {}  {}{}",
            r.cell,
            r.bound,
            safe(&r.consumer),
            r.rules.join(", "),
            waived_by(r, &|s| safe(s).into_owned())
        );
    }
    if affected.len() > ROWS_SHOWN {
        let _ = writeln!(out, "  … and {} more", affected.len() - ROWS_SHOWN);
    }
}

/// The Markdown table: only the affected rows (a PR comment), then the counts.
pub(crate) fn markdown(out: &mut String, report: &Report) {
    let Some(m) = ImpactMatrix::of(report) else {
        return;
    };
    let md = crate::escape::markdown_text;
    let _ = writeln!(
        out,
        "**Impact of `{}`** ({}): {}, {}\n",
        md(&m.provider),
        md(&m.change),
        count(m.rows.len(), "consumer", "consumers"),
        m.counts()
    );
    let affected: Vec<&ImpactRow> = m.affected().collect();
    if affected.is_empty() {
        return;
    }
    out.push_str("| Consumer | Cell | Bound | Rules |\n|---|---|---|---|\n");
    for r in affected.iter().take(ROWS_SHOWN) {
        let _ = writeln!(
            out,
            "| `{}` | {} | {} | {}{} |",
            md(&r.consumer),
            r.cell,
            r.bound,
            r.rules.join(", "),
            waived_by(r, &|s| md(s))
        );
    }
    if affected.len() > ROWS_SHOWN {
        let _ = writeln!(out, "\n… and {} more", affected.len() - ROWS_SHOWN);
    }
    out.push('\n');
}

/// ` (waived by W-1, W-2)` when waivers cover some of the row's findings.
fn waived_by(r: &ImpactRow, esc: &dyn Fn(&str) -> String) -> String {
    if r.waivers.is_empty() {
        return String::new();
    }
    let ids: Vec<String> = r.waivers.iter().map(|w| esc(w)).collect();
    format!(" (waived by {})", ids.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Subject;

    fn finding(object: &str, severity: Severity, waiver: Option<&str>) -> Finding {
        let mut f = Finding::new(
            "impact-symbol-missing",
            "x",
            Subject {
                object: Some(object.into()),
                ..Subject::default()
            },
        );
        f.set_severity(severity);
        if let Some(w) = waiver {
            f.status = Status::Waived;
            f.waiver = Some(w.into());
        }
        f
    }

    fn row(consumer: &str, cell: &str) -> ImpactRow {
        ImpactRow {
            consumer: consumer.into(),
            cell: cell.into(),
            bound: 1,
            ..ImpactRow::default()
        }
    }

    #[test]
    fn a_cell_is_waived_only_when_every_breaking_and_warning_finding_is() {
        let mut m = ImpactMatrix {
            provider: "libx.so.1".into(),
            change: "new".into(),
            rows: vec![
                row("a", "breaking"),
                row("b", "breaking"),
                row("c", "error"),
                row("d", "ok"),
            ],
        };
        let findings = vec![
            finding("a", Severity::Breaking, Some("W-2")),
            finding("a", Severity::Breaking, Some("W-1")),
            finding("a", Severity::Info, None),
            finding("b", Severity::Breaking, Some("W-1")),
            finding("b", Severity::Warning, None),
            finding("c", Severity::Breaking, Some("W-1")),
        ];
        m.rejudge(&findings);
        let cells: Vec<(&str, &[String])> = m
            .rows
            .iter()
            .map(|r| (r.cell.as_str(), r.waivers.as_slice()))
            .collect();
        let w = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(cells[0], ("waived", w(&["W-1", "W-2"]).as_slice()));
        assert_eq!(cells[1], ("warning", w(&["W-1"]).as_slice()));
        assert_eq!(cells[2], ("error", w(&["W-1"]).as_slice()));
        assert_eq!(cells[3], ("ok", w(&[]).as_slice()));
        assert_eq!(m.counts(), "1 error, 1 warning, 1 waived, 1 ok");
    }

    #[test]
    fn the_tables_count_consumers_in_words() {
        for (rows, said, md) in [
            (
                vec![row("a", "ok")],
                "impact of libx.so.1 (new) on 1 consumer: 1 ok",
                "**Impact of `libx.so.1`** (new): 1 consumer, 1 ok",
            ),
            (
                vec![row("a", "ok"), row("b", "breaking")],
                "impact of libx.so.1 (new) on 2 consumers: 1 breaking, 1 ok",
                "**Impact of `libx.so.1`** (new): 2 consumers, 1 breaking, 1 ok",
            ),
        ] {
            let m = ImpactMatrix {
                provider: "libx.so.1".into(),
                change: "new".into(),
                rows,
            };
            let mut report = Report::new("impact", vec![]);
            m.store(&mut report);
            let (mut t, mut d) = (String::new(), String::new());
            text(&mut t, &report);
            markdown(&mut d, &report);
            assert_eq!(t.lines().next(), Some(said), "{t}");
            assert_eq!(d.lines().next(), Some(md), "{d}");
        }
    }
}
