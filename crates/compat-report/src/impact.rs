//! The impact matrix of `compat impact`: one row per consumer of a provider,
//! its cell (the highest severity of its findings, `ok`, `none` or `error`),
//! carried in the report as the command-specific key `impact` and drawn as a
//! table by the text and Markdown renderers.

use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

use crate::escape::text as safe;
use crate::Report;

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
    /// found), `none` (loads it but binds nothing of it) or `error`.
    pub cell: String,
    /// How many of its references bind to the provider.
    pub bound: usize,
    /// How many findings the cell carries.
    pub findings: usize,
    /// Their rule ids, sorted, each once.
    pub rules: Vec<String>,
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

    /// Rows whose cell is not `ok` or `none`.
    pub fn affected(&self) -> impl Iterator<Item = &ImpactRow> {
        self.rows
            .iter()
            .filter(|r| r.cell != "ok" && r.cell != "none")
    }

    /// Counts per cell, most severe first, as `2 breaking, 5 ok`.
    pub fn counts(&self) -> String {
        let order = ["error", "breaking", "warning", "info", "ok", "none"];
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
        "impact of {} ({}) on {} consumer(s): {}",
        safe(&m.provider),
        safe(&m.change),
        m.rows.len(),
        m.counts()
    );
    let affected: Vec<&ImpactRow> = m.affected().collect();
    for r in affected.iter().take(ROWS_SHOWN) {
        let _ = writeln!(
            out,
            "  {:<8} {:>5} bound  {}  {}",
            r.cell,
            r.bound,
            safe(&r.consumer),
            r.rules.join(", ")
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
        "**Impact of `{}`** ({}): {} consumer(s), {}\n",
        md(&m.provider),
        md(&m.change),
        m.rows.len(),
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
            "| `{}` | {} | {} | {} |",
            md(&r.consumer),
            r.cell,
            r.bound,
            r.rules.join(", ")
        );
    }
    if affected.len() > ROWS_SHOWN {
        let _ = writeln!(out, "\n… and {} more", affected.len() - ROWS_SHOWN);
    }
    out.push('\n');
}
