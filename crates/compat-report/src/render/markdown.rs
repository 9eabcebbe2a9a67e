//! GitHub-flavoured Markdown: a summary line, a table of the breaking and
//! warning root causes, and the info root causes in a table folded into a
//! `<details>` block. Every finding is there; long symbol lists are folded
//! into `<details>` in their cell, and a list equal to the one in the row
//! above is not repeated.
//!
//! Every string of the report goes through [`escape::markdown_text`] (plain
//! text: messages, notes, errors) or [`escape::markdown_code`] (code spans:
//! places, chains, symbols), so no input can break the table, inject markup
//! or HTML, or carry a control character; only the `<br>`, `<details>` and
//! table syntax around them are compat's own.

use std::fmt::Write;

use crate::escape::{markdown_code as code, markdown_text as text};
use crate::finding::Severity;
use crate::render::RootCause;
use crate::report::Report;

/// Symbol lists longer than this are folded into a `<details>` in their cell.
const INLINE_SYMBOLS: usize = 10;

const TABLE_HEAD: &str = "| Severity | Rule | Where | Message |\n|---|---|---|---|\n";

pub(crate) fn render(report: &Report) -> String {
    let mut out = String::new();
    let s = &report.summary;
    let _ = writeln!(out, "## compat {}\n", report.command);
    let _ = write!(
        out,
        "**{} breaking**, {} warning(s), {} info, {} error(s){}",
        s.breaking,
        s.warning,
        s.info,
        s.errors,
        crate::render::accepted_counts(report)
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
    if !report.components.is_empty() {
        out.push_str(
            "| Component | State | Changes | Version | Promises |\n|---|---|---|---|---|\n",
        );
        for c in &report.components {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                code(&c.name),
                c.state.as_str(),
                c.verdict.map_or("", |v| v.as_str()),
                text(&crate::render::versions(c)),
                text(&crate::render::promise_summary(c))
            );
        }
        out.push('\n');
    }
    let (main, info): (Vec<RootCause>, Vec<RootCause>) = crate::render::root_causes(report)
        .into_iter()
        .partition(|rc| rc.severity < Severity::Info);
    let mut previous_symbols: &[String] = &[];
    if !main.is_empty() {
        out.push_str(TABLE_HEAD);
        for rc in &main {
            row(&mut out, report, rc, &mut previous_symbols);
        }
        out.push('\n');
    } else if !info.is_empty() {
        out.push_str("Nothing breaking, no warnings.\n\n");
    }
    if !info.is_empty() {
        let findings = info.iter().map(|rc| 1 + rc.folded.len()).sum::<usize>();
        let _ = writeln!(
            out,
            "<details>\n<summary>{findings} info finding(s) ({} root cause(s))</summary>\n",
            info.len()
        );
        out.push_str(TABLE_HEAD);
        previous_symbols = &[];
        for rc in &info {
            row(&mut out, report, rc, &mut previous_symbols);
        }
        out.push_str("\n</details>\n\n");
    }
    let waived: Vec<&crate::Finding> = crate::render::waived(report).collect();
    if !waived.is_empty() {
        let _ = writeln!(
            out,
            "<details>\n<summary>{} waived finding(s)</summary>\n\n| Waiver | Severity | Rule | Message |\n|---|---|---|---|",
            waived.len()
        );
        for f in waived {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                code(f.waiver.as_deref().unwrap_or("?")),
                f.severity.as_str(),
                code(&f.rule),
                text(&f.message)
            );
        }
        out.push_str("\n</details>\n\n");
    }
    for n in &report.notes {
        let _ = writeln!(out, "> {}\n", text(n));
    }
    if !report.errors.is_empty() {
        out.push_str("### Errors\n\n");
        for e in &report.errors {
            let _ = writeln!(out, "- {}: {}", code(&e.file), text(&e.message));
        }
        out.push('\n');
    }
    out
}

/// One table row per root cause: the head's message, its chain and
/// symbols, and the findings folded under it.
fn row<'r>(
    out: &mut String,
    report: &'r Report,
    rc: &RootCause,
    previous_symbols: &mut &'r [String],
) {
    let f = &report.findings[rc.head];
    let sub = &f.subject;
    let place = sub
        .file
        .clone()
        .or_else(|| sub.new_file.clone())
        .unwrap_or_default();
    let mut msg = text(&f.message);
    if sub.chain.len() > 1 {
        let _ = write!(msg, "<br>chain: {}", code(&sub.chain.join(" -> ")));
    }
    if !sub.symbols.is_empty() {
        let n = sub.symbols.len();
        let list = sub
            .symbols
            .iter()
            .map(|s| code(s))
            .collect::<Vec<_>>()
            .join(", ");
        if sub.symbols.as_slice() == *previous_symbols {
            let _ = write!(msg, "<br>{n} symbol(s): the same as in the row above");
        } else if n > INLINE_SYMBOLS {
            let _ = write!(
                msg,
                "<br><details><summary>{n} symbol(s)</summary>{list}</details>"
            );
        } else {
            let _ = write!(msg, "<br>{n} symbol(s): {list}");
        }
        *previous_symbols = &sub.symbols;
    }
    if !rc.folded.is_empty() {
        let labels: Vec<String> = rc
            .folded
            .iter()
            .map(|&i| text(&crate::render::short_label(&report.findings[i], true)))
            .collect();
        let _ = write!(
            msg,
            "<br>{} more with the same cause: {}",
            rc.folded.len(),
            labels.join(", ")
        );
    }
    let place = if place.is_empty() {
        String::new()
    } else {
        code(&place)
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
