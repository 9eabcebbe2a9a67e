//! GitHub-flavoured Markdown: a summary line, a table of the breaking and
//! warning root causes, and the info root causes in a table folded into a
//! `<details>` block. Every finding is there; long symbol lists are folded
//! into `<details>` in their cell, and a list equal to the one in the row
//! above is not repeated. A contract finding's counterexample is shown cut
//! as text cuts it, with the value where the difference is when cut.
//!
//! Every string of the report goes through [`escape::markdown_text`] (plain
//! text: messages, notes, errors) or [`escape::markdown_code`] (code spans:
//! places, chains, symbols), so no input can break the table, inject markup
//! or HTML, or carry a control character; only the `<br>`, `<details>` and
//! table syntax around them are compat's own.
//!
//! A page is at most [`MARKDOWN_BUDGET`] characters (GitHub's limit for a
//! pull-request comment). A longer one first counts its long symbol lists
//! instead of listing them and leaves out the counterexamples, keeping every
//! finding's text (a line under the tables says so). If it is still too long, it keeps its heading and summary line
//! and as many entries as fit, most important first: the breaking and
//! warning rows (most severe first), the input errors, the info rows, the
//! waived rows, the notes; a row longer than [`ROW_CHARS`] is shortened
//! (symbol lists and folded findings counted, the message cut). The page then
//! ends with a line saying how many entries were left out and where the full
//! report is.

use std::fmt::Write;

use crate::escape::{markdown_code as code, markdown_text as text};
use crate::finding::Severity;
use crate::render::{count, RenderOptions, RootCause};
use crate::report::Report;

/// Symbol lists longer than this are folded into a `<details>` in their cell.
const INLINE_SYMBOLS: usize = 10;

/// The most characters a Markdown page has: GitHub refuses a pull-request
/// comment longer than 65,536 characters.
pub const MARKDOWN_BUDGET: usize = 65_536;

/// How much of each row a page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Everything: symbol lists written out (long ones folded),
    /// counterexamples shown.
    Full,
    /// Long symbol lists (those a full page folds) counted, counterexamples
    /// left out; messages, short lists and folded findings whole.
    Counted,
    /// Rows longer than [`ROW_CHARS`] cut: lists and folded findings
    /// counted, the message cut.
    Short,
}

/// On a page cut to its budget, a row longer than this is shortened.
const ROW_CHARS: usize = 4_000;

/// On a shortened row, messages and names are cut after this many characters.
const CUT_CHARS: usize = 600;

const TABLE_HEAD: &str = "| Severity | Rule | Where | Message |\n|---|---|---|---|\n";

/// The page in pieces: the fixed parts and the entries that can be left
/// out, each a list in report order.
struct Page {
    head: String,
    main: Vec<String>,
    info: Vec<String>,
    info_summary: String,
    waived: Vec<String>,
    notes: Vec<String>,
    errors: Vec<String>,
    /// Whether the report has breaking or warning root causes.
    any_main: bool,
}

impl Page {
    fn len(&self) -> usize {
        self.main.len() + self.errors.len() + self.info.len() + self.waived.len() + self.notes.len()
    }

    /// The page with the first `keep` entries in the order they are kept
    /// (main rows, errors, info rows, waived rows, notes), and `footer` last.
    fn assemble(&self, keep: usize, footer: Option<&str>) -> String {
        let mut left = keep;
        let mut take = |list: &Vec<String>| -> usize {
            let n = list.len().min(left);
            left -= n;
            n
        };
        let main = take(&self.main);
        let errors = take(&self.errors);
        let info = take(&self.info);
        let waived = take(&self.waived);
        let notes = take(&self.notes);
        let mut out = self.head.clone();
        if main > 0 {
            out.push_str(TABLE_HEAD);
            self.main[..main].iter().for_each(|r| out.push_str(r));
            out.push('\n');
        } else if !self.any_main && !self.info.is_empty() {
            out.push_str("Nothing breaking, no warnings.\n\n");
        }
        if info > 0 {
            out.push_str(&self.info_summary);
            out.push_str(TABLE_HEAD);
            self.info[..info].iter().for_each(|r| out.push_str(r));
            out.push_str("\n</details>\n\n");
        }
        if waived > 0 {
            let _ = writeln!(
                out,
                "<details>\n<summary>{}, with the reasons</summary>\n\n| Waiver | Severity | Rule | Message | Reason (owner, until) |\n|---|---|---|---|---|",
                count(self.waived.len(), "accepted finding", "accepted findings")
            );
            self.waived[..waived].iter().for_each(|r| out.push_str(r));
            out.push_str("\n</details>\n\n");
        }
        self.notes[..notes].iter().for_each(|n| out.push_str(n));
        if errors > 0 {
            out.push_str("### Errors\n\n");
            self.errors[..errors].iter().for_each(|e| out.push_str(e));
            out.push('\n');
        }
        if let Some(footer) = footer {
            out.push_str(footer);
        }
        out
    }
}

pub(crate) fn render(report: &Report, opts: RenderOptions<'_>) -> String {
    let full = page(report, Shape::Full).assemble(usize::MAX, None);
    if full.chars().count() <= MARKDOWN_BUDGET {
        return full;
    }
    let place = || match opts.full_report {
        Some(p) => format!("in {}", code(p)),
        None => "in the JSON report (`--format json`)".to_owned(),
    };
    let (counted, every) = what_counted(report);
    let counted = page(report, Shape::Counted).assemble(
        usize::MAX,
        Some(&format!(
            "---\n\n{counted} to keep this page within {MARKDOWN_BUDGET} characters; every {every} is {}.\n",
            place()
        )),
    );
    if counted.chars().count() <= MARKDOWN_BUDGET {
        return counted;
    }
    let page = page(report, Shape::Short);
    let total = page.len();
    let footer = |keep: usize| {
        format!(
            "---\n\n**{} of {total} entries left out** (the least severe) to keep this page within {MARKDOWN_BUDGET} characters; every finding is {}.\n",
            total - keep,
            place()
        )
    };
    let fits =
        |keep: usize| page.assemble(keep, Some(&footer(keep))).chars().count() <= MARKDOWN_BUDGET;
    // The entries alone bound how many can fit; then the largest count
    // that fits, by bisection (the page grows with every entry).
    let lengths = page
        .main
        .iter()
        .chain(&page.errors)
        .chain(&page.info)
        .chain(&page.waived)
        .chain(&page.notes)
        .map(|e| e.chars().count());
    let mut hi = 0usize;
    let mut sum = 0usize;
    for n in lengths {
        sum += n;
        if sum > MARKDOWN_BUDGET {
            break;
        }
        hi += 1;
    }
    let mut lo = 0usize;
    while lo < hi {
        let mid = lo + (hi - lo).div_ceil(2);
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    page.assemble(lo, Some(&footer(lo)))
}

/// What a page of [`Shape::Counted`] leaves out, and what of it the full
/// report has: long symbol lists, counterexamples, or both.
fn what_counted(report: &Report) -> (&'static str, &'static str) {
    let shown = crate::render::root_causes(report);
    let heads = || shown.iter().map(|rc| &report.findings[rc.head]);
    let lists = heads().any(|f| f.subject.symbols.len() > INLINE_SYMBOLS);
    let examples = heads().any(|f| f.counterexample.is_some());
    match (lists, examples) {
        (false, true) => ("Counterexamples are left out", "counterexample"),
        (true, true) => (
            "Long symbol lists are counted, not listed, and counterexamples left out,",
            "symbol and counterexample",
        ),
        _ => ("Long symbol lists are counted, not listed,", "symbol"),
    }
}

/// The pieces of the page, each row in `shape` (a short page shortens
/// only rows longer than [`ROW_CHARS`]).
fn page(report: &Report, shape: Shape) -> Page {
    let short = shape == Shape::Short;
    let mut head = String::new();
    let s = &report.summary;
    let _ = writeln!(head, "## compat {}\n", report.command);
    let _ = write!(
        head,
        "**{} breaking**, {}, {} info, {}{}",
        s.breaking,
        count(s.warning, "warning", "warnings"),
        s.info,
        count(s.errors, "error", "errors"),
        crate::render::accepted_counts(report)
    );
    if let Some(v) = report.verdict {
        let _ = write!(head, "; smallest version bump: **{}**", v.as_str());
        if let Some(p) = report.verdict_if_public {
            let _ = write!(
                head,
                " (**{}** if the types the warnings leave undecided are public)",
                p.as_str()
            );
        }
    }
    head.push_str("\n\n");
    if !report.components.is_empty() {
        head.push_str(
            "| Component | State | Changes | Version | Promises |\n|---|---|---|---|---|\n",
        );
        for c in &report.components {
            let _ = writeln!(
                head,
                "| {} | {} | {} | {} | {} |",
                code(&c.name),
                c.state.as_str(),
                c.verdict.map_or("", |v| v.as_str()),
                text(&crate::render::versions(c)),
                text(&crate::render::promise_summary(c))
            );
        }
        head.push('\n');
    }
    crate::impact::markdown(&mut head, report);
    let (main, info): (Vec<RootCause>, Vec<RootCause>) = crate::render::root_causes(report)
        .into_iter()
        .partition(|rc| rc.severity < Severity::Info);
    let rows = |causes: &[RootCause]| -> Vec<String> {
        let mut previous: &[String] = &[];
        causes
            .iter()
            .map(|rc| {
                let mut r = String::new();
                let before = previous;
                let first = if short { Shape::Full } else { shape };
                row(
                    &mut r,
                    report,
                    rc,
                    &mut previous,
                    first,
                    shape == Shape::Full,
                );
                if short && r.chars().count() > ROW_CHARS {
                    r.clear();
                    previous = before;
                    row(&mut r, report, rc, &mut previous, Shape::Short, false);
                }
                r
            })
            .collect()
    };
    let cut = |s: &str| -> String {
        if short {
            cut(s)
        } else {
            s.to_owned()
        }
    };
    let findings = info.iter().map(|rc| 1 + rc.folded.len()).sum::<usize>();
    let info_summary = format!(
        "<details>\n<summary>{} ({})</summary>\n\n",
        count(findings, "info finding", "info findings"),
        count(info.len(), "root cause", "root causes")
    );
    // Accepted breaks with their justification (Revapi's point): the
    // waiver's reason, owner and end date, from compat check's waivers.
    let why = |id: Option<&str>| -> String {
        report
            .waivers
            .iter()
            .find(|w| Some(w.id.as_str()) == id)
            .map(|w| format!("{} ({}, until {})", w.reason, w.owner, w.expires))
            .unwrap_or_default()
    };
    let waived = crate::render::waived(report)
        .map(|f| {
            format!(
                "| {} | {} | {} | {} | {} |\n",
                code(&cut(f.waiver.as_deref().unwrap_or("?"))),
                f.severity.as_str(),
                code(&f.rule),
                text(&cut(&f.message)),
                text(&cut(&why(f.waiver.as_deref())))
            )
        })
        .collect();
    Page {
        head,
        any_main: !main.is_empty(),
        main: rows(&main),
        info: rows(&info),
        info_summary,
        waived,
        notes: report
            .notes
            .iter()
            .map(|n| format!("> {}\n\n", text(&cut(n))))
            .collect(),
        errors: report
            .errors
            .iter()
            .map(|e| format!("- {}: {}\n", code(&cut(&e.file)), text(&cut(&e.message))))
            .collect(),
    }
}

/// A contract finding's counterexample, as text shows it (cut after
/// [`super::EXAMPLE_WIDTH`] characters, with `…`), and when it is cut, the
/// value where the difference is ([`crate::Finding::counterexample_path`]).
fn example(msg: &mut String, f: &crate::Finding) {
    let Some(doc) = &f.counterexample else {
        return;
    };
    let shown = |v: &serde_json::Value| -> (String, bool) {
        let (json, cut) = super::compact_json(v, false);
        (
            format!("{}{}", code(&json), if cut { "…" } else { "" }),
            cut,
        )
    };
    let (json, cut) = shown(doc);
    let _ = write!(msg, "<br>for example: {json}");
    if let Some((at, value)) = super::value_there(f).filter(|_| cut) {
        let at = code(&format!("#{at}"));
        let _ = write!(msg, "<br>there: {at} is {}", shown(value).0);
    }
}

/// `s` cut after [`CUT_CHARS`] characters, with `…` when cut.
fn cut(s: &str) -> String {
    match s.char_indices().nth(CUT_CHARS) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

/// One table row per root cause: the head's message, its chain and
/// symbols, its counterexample (`examples`: on a page of [`Shape::Full`]),
/// and the findings folded under it. [`Shape::Counted`]: long symbol lists
/// counted; [`Shape::Short`]: the message and names cut, lists only
/// counted (and no later row refers to this one's symbols).
fn row<'r>(
    out: &mut String,
    report: &'r Report,
    rc: &RootCause,
    previous_symbols: &mut &'r [String],
    shape: Shape,
    examples: bool,
) {
    let f = &report.findings[rc.head];
    let sub = &f.subject;
    let line = super::source_line(report, f);
    // `compat check`'s own findings (a promise, a waiver, a deprecation)
    // name no file but their line in compat.toml, as text's `-->` does.
    let at = f
        .location
        .as_ref()
        .filter(|_| report.command == "check")
        .map(|l| match l.line {
            Some(n) => format!("{}:{n}", l.path),
            None => l.path.clone(),
        });
    let place = line
        .as_deref()
        .or(sub.file.as_deref())
        .or(sub.new_file.as_deref())
        .or(at.as_deref())
        .unwrap_or_default();
    if shape == Shape::Short {
        let mut msg = text(&cut(&f.message));
        if sub.chain.len() > 1 {
            let _ = write!(msg, "<br>chain of {} objects", sub.chain.len());
        }
        if !sub.symbols.is_empty() {
            let _ = write!(msg, "<br>{}", count(sub.symbols.len(), "symbol", "symbols"));
        }
        if !rc.folded.is_empty() {
            let _ = write!(msg, "<br>{} more with the same cause", rc.folded.len());
        }
        *previous_symbols = &[];
        let place = if place.is_empty() {
            String::new()
        } else {
            code(&cut(place))
        };
        let _ = writeln!(
            out,
            "| {} | `{}` | {} | {} |",
            f.severity.as_str(),
            f.rule,
            place,
            msg
        );
        return;
    }
    let mut msg = text(&f.message);
    if sub.chain.len() > 1 {
        let _ = write!(msg, "<br>chain: {}", code(&sub.chain.join(" -> ")));
    }
    if examples {
        example(&mut msg, f);
    }
    if !sub.symbols.is_empty() {
        let n = sub.symbols.len();
        let list = super::shown_symbols(report, &sub.symbols)
            .into_iter()
            .map(|(name, k)| match k {
                1 => code(name),
                _ => format!("{} ({})", code(name), count(k, "symbol", "symbols")),
            })
            .collect::<Vec<_>>()
            .join(", ");
        if shape == Shape::Counted && n > INLINE_SYMBOLS {
            let _ = write!(msg, "<br>{}", count(n, "symbol", "symbols"));
        } else if sub.symbols.as_slice() == *previous_symbols {
            let _ = write!(
                msg,
                "<br>{}: the same as in the row above",
                count(n, "symbol", "symbols")
            );
        } else if n > INLINE_SYMBOLS {
            let _ = write!(
                msg,
                "<br><details><summary>{}</summary>{list}</details>",
                count(n, "symbol", "symbols")
            );
        } else {
            let _ = write!(msg, "<br>{}: {list}", count(n, "symbol", "symbols"));
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
        code(place)
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
