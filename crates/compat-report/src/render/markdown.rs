//! GitHub-flavoured Markdown: a summary line and one table row per root cause.

use std::fmt::Write;

use crate::report::Report;

fn esc(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(out, "## compat {}\n", report.command);
    let _ = write!(
        out,
        "**{} breaking**, {} warning(s), {} info, {} error(s)",
        s.breaking, s.warning, s.info, s.errors
    );
    if let Some(v) = report.verdict {
        let _ = write!(out, "; smallest version bump: **{}**", v.as_str());
        if let Some(p) = report.verdict_if_public {
            let _ = write!(
                out,
                " (**{}** if the types the warnings leave undecided are public)",
                p.as_str()
            );
        }
    }
    out.push_str("\n\n");
    let groups = crate::render::groups(report);
    if !groups.is_empty() {
        out.push_str("| Severity | Rule | Where | Message |\n|---|---|---|---|\n");
        for (head, folded) in groups {
            let f = &report.findings[head];
            let sub = &f.subject;
            let place = sub
                .file
                .clone()
                .or_else(|| sub.new_file.clone())
                .unwrap_or_default();
            let mut msg = esc(&f.message);
            if sub.chain.len() > 1 {
                let _ = write!(msg, "<br>chain: `{}`", esc(&sub.chain.join(" -> ")));
            }
            if !sub.symbols.is_empty() {
                let _ = write!(
                    msg,
                    "<br>{} symbol(s): `{}`",
                    sub.symbols.len(),
                    esc(&sub.symbols.join("`, `"))
                );
            }
            if !folded.is_empty() {
                let labels: Vec<String> = folded
                    .iter()
                    .map(|&i| esc(&crate::render::short_label(&report.findings[i])))
                    .collect();
                let _ = write!(
                    msg,
                    "<br>{} more with the same cause: {}",
                    folded.len(),
                    labels.join(", ")
                );
            }
            let place = if place.is_empty() {
                String::new()
            } else {
                format!("`{}`", esc(&place))
            };
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} |",
                f.severity.as_str(),
                f.rule,
                place,
                msg
            );
        }
        out.push('\n');
    }
    for n in &report.notes {
        let _ = writeln!(out, "> {}\n", esc(n));
    }
    if !report.errors.is_empty() {
        out.push_str("### Errors\n\n");
        for e in &report.errors {
            let _ = writeln!(out, "- `{}`: {}", esc(&e.file), esc(&e.message));
        }
        out.push('\n');
    }
    out
}
