//! Renderers: one module per output format, all reading the same [`Report`].

mod json;
mod markdown;
mod sarif;
mod text;

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
}

/// Options shared by the renderers.
#[derive(Debug, Clone, Copy, Default)]
pub struct RenderOptions {
    /// Emit ANSI colour codes (text only). The caller decides (terminal, NO_COLOR).
    pub color: bool,
}

/// Renders `report` in `format`. The result always ends with a newline.
pub fn render(report: &Report, format: Format, opts: RenderOptions) -> String {
    match format {
        Format::Text => text::render(report, opts),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Markdown => markdown::render(report),
    }
}

/// Writes `report` in `format` to `w`, the same bytes as [`render`]. The
/// JSON report is streamed, so a large report is never held as one string.
pub fn write_to(
    report: &Report,
    format: Format,
    opts: RenderOptions,
    w: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => json::write(report, w),
        other => w.write_all(render(report, other, opts).as_bytes()),
    }
}

/// Splits findings into groups: each entry is the index of a group's first
/// finding and the indices of the findings folded under it, in report order.
pub(crate) fn groups(report: &Report) -> Vec<(usize, Vec<usize>)> {
    let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
    let mut heads: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, f) in report.findings.iter().enumerate() {
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

/// A short label for a folded finding: `symbol@version in object`.
pub(crate) fn short_label(f: &crate::Finding) -> String {
    let s = &f.subject;
    let mut out = s.symbol.clone().unwrap_or_else(|| f.message.clone());
    if let Some(v) = &s.version {
        out.push('@');
        out.push_str(v);
    }
    if let Some(o) = &s.object {
        out.push_str(" in ");
        out.push_str(o);
    }
    if let Some(n) = &s.new_value {
        out.push_str(" -> ");
        out.push_str(n);
    }
    format!("[{}] {out}", f.rule)
}
