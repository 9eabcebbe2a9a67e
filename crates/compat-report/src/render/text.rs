//! Human-readable text: one block per root cause, folded symbol lists, a summary line.

use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::finding::Severity;
use crate::report::Report;

/// How many folded findings are listed under a group head before "and N more".
const FOLD_LIMIT: usize = 50;

fn style(sev: Severity) -> Style {
    match sev {
        Severity::Breaking => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default(),
    }
}

pub(crate) fn render(report: &Report, opts: crate::RenderOptions) -> String {
    let paint = |st: Style, text: &str| -> String {
        if opts.color {
            format!("{}{}{}", st.render(), text, st.render_reset())
        } else {
            text.to_owned()
        }
    };
    let dim = Style::new().dimmed();
    let mut out = String::new();
    for (head, folded) in crate::render::groups(report) {
        let f = &report.findings[head];
        let _ = writeln!(
            out,
            "{}: {}",
            paint(
                style(f.severity),
                &format!("{}[{}]", f.severity.as_str(), f.rule)
            ),
            f.message
        );
        let s = &f.subject;
        if let Some(file) = &s.file {
            let at = match (s.line, s.column) {
                (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
                (Some(l), None) => format!("{file}:{l}"),
                _ => file.clone(),
            };
            let _ = writeln!(out, "  {} {}", paint(dim, "-->"), at);
        }
        if s.old_file.is_some() || s.new_file.is_some() {
            let _ = writeln!(
                out,
                "  {} {} -> {}",
                paint(dim, "-->"),
                s.old_file.as_deref().unwrap_or("?"),
                s.new_file.as_deref().unwrap_or("?")
            );
        }
        if s.chain.len() > 1 {
            let _ = writeln!(
                out,
                "   {} chain: {}",
                paint(dim, "="),
                s.chain.join(" -> ")
            );
        }
        if !s.symbols.is_empty() && folded.is_empty() {
            let _ = writeln!(
                out,
                "   {} symbols ({}): {}",
                paint(dim, "="),
                s.symbols.len(),
                fold_list(&s.symbols)
            );
        }
        if !folded.is_empty() {
            let _ = writeln!(
                out,
                "   {} {} more finding(s) in this group:",
                paint(dim, "="),
                folded.len()
            );
            for &i in folded.iter().take(FOLD_LIMIT) {
                let g = &report.findings[i];
                let _ = writeln!(
                    out,
                    "     {} {}",
                    paint(style(g.severity), g.severity.as_str()),
                    crate::render::short_label(g)
                );
            }
            if folded.len() > FOLD_LIMIT {
                let _ = writeln!(
                    out,
                    "     ... and {} more (see --format json)",
                    folded.len() - FOLD_LIMIT
                );
            }
        }
    }
    for n in &report.notes {
        let _ = writeln!(out, "{} {}", paint(dim, "note:"), n);
    }
    for e in &report.errors {
        let _ = writeln!(
            out,
            "{}: {}: {}",
            paint(style(Severity::Breaking), "error"),
            e.file,
            e.message
        );
    }
    let s = &report.summary;
    let _ = write!(
        out,
        "{} breaking, {} warning(s), {} info, {} error(s)",
        s.breaking, s.warning, s.info, s.errors
    );
    if let Some(v) = report.verdict {
        let _ = write!(out, "; smallest version bump: {}", v.as_str());
        if let Some(p) = report.verdict_if_public {
            let _ = write!(
                out,
                " ({} if the types the warnings leave undecided are public)",
                p.as_str()
            );
        }
    }
    out.push('\n');
    out
}

fn fold_list(items: &[String]) -> String {
    if items.len() <= FOLD_LIMIT {
        items.join(", ")
    } else {
        format!(
            "{}, ... and {} more",
            items[..FOLD_LIMIT].join(", "),
            items.len() - FOLD_LIMIT
        )
    }
}
