//! Human-readable text, for reading at a glance: the breaking root causes
//! first, then the warnings, each with the findings folded under it and the
//! symbols it affects (shortened and counted) and, for a contract, a document
//! that shows the break (its counterexample; when cut, the value where the
//! difference is, [`crate::Finding::counterexample_path`]); then one line counting the
//! findings below [`RenderOptions::show`] by rule, and the root causes they
//! fall into, and saying how to show them;
//! notes, input errors (always) and the summary line.
//!
//! [`RenderOptions::verbose`] prints every list in full.

use std::collections::BTreeMap;
use std::fmt::Write;

use anstyle::{AnsiColor, Style};

use crate::finding::Severity;
use crate::render::{folded_label, place_counts, root_causes, short_label, RootCause};
use crate::report::Report;
use crate::RenderOptions;

/// Folded findings listed under a head before "... (+N more)" (unless verbose).
const FOLD_LIMIT: usize = 10;
/// Characters of symbol names on a symbols line before "... (+N more)" (unless verbose).
const SYMBOLS_WIDTH: usize = 90;
/// Rules named on the line that counts the hidden findings.
const HIDDEN_RULES: usize = 3;

fn style(sev: Severity) -> Style {
    match sev {
        Severity::Breaking => AnsiColor::Red.on_default().bold(),
        Severity::Warning => AnsiColor::Yellow.on_default().bold(),
        Severity::Info => AnsiColor::Cyan.on_default(),
    }
}

struct Paint(bool);

impl Paint {
    fn paint(&self, st: Style, text: &str) -> String {
        if self.0 {
            format!("{}{}{}", st.render(), text, st.render_reset())
        } else {
            text.to_owned()
        }
    }

    fn dim(&self, text: &str) -> String {
        self.paint(Style::new().dimmed(), text)
    }
}

pub(crate) fn render(report: &Report, opts: RenderOptions) -> String {
    let p = Paint(opts.color);
    let mut out = String::new();
    let (shown, hidden): (Vec<RootCause>, Vec<RootCause>) = root_causes(report)
        .into_iter()
        .partition(|rc| rc.severity <= opts.show);
    let mut previous_symbols: &[String] = &[];
    for rc in &shown {
        block(&mut out, report, rc, previous_symbols, opts, &p);
        let symbols = &report.findings[rc.head].subject.symbols;
        if !symbols.is_empty() {
            previous_symbols = symbols;
        }
    }
    if !hidden.is_empty() {
        hidden_line(&mut out, report, &hidden, shown.is_empty(), opts, &p);
    }
    for f in crate::render::waived(report) {
        let _ = writeln!(
            out,
            "{} {} (waiver {})",
            p.dim("waived:"),
            short_label(f, false),
            f.waiver.as_deref().unwrap_or("?")
        );
    }
    for n in &report.notes {
        let _ = writeln!(out, "{} {}", p.dim("note:"), n);
    }
    for e in &report.errors {
        let _ = writeln!(
            out,
            "{}: {}: {}",
            p.paint(style(Severity::Breaking), "error"),
            e.file,
            e.message
        );
    }
    components(&mut out, report, &p);
    crate::impact::text(&mut out, report);
    let s = &report.summary;
    let _ = write!(
        out,
        "{} breaking, {}, {} info, {}{}",
        s.breaking,
        crate::render::count(s.warning, "warning", "warnings"),
        s.info,
        crate::render::count(s.errors, "error", "errors"),
        crate::render::accepted_counts(report)
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

/// One root cause: the head in full, its subject, the symbols it affects
/// (unless verbose, "the same as above" when they are those of the last
/// list printed) and the findings folded under it.
fn block(
    out: &mut String,
    report: &Report,
    rc: &RootCause,
    previous_symbols: &[String],
    opts: RenderOptions,
    p: &Paint,
) {
    let f = &report.findings[rc.head];
    let _ = writeln!(
        out,
        "{}: {}",
        p.paint(
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
        let _ = writeln!(out, "  {} {}", p.dim("-->"), at);
    } else if let Some(at) = super::source_line(report, f) {
        // A diff's element in the file it compares (`openapi diff`).
        let _ = writeln!(out, "  {} {}", p.dim("-->"), at);
    } else if let Some(l) = f
        .location
        .as_ref()
        .filter(|_| s.old_file.is_none() && s.new_file.is_none())
    {
        // A finding about compat.toml itself (a waiver, a promise): its line.
        let at = match l.line {
            Some(line) => format!("{}:{line}", l.path),
            None => l.path.clone(),
        };
        let _ = writeln!(out, "  {} {}", p.dim("-->"), at);
    }
    // `abi diff`: every finding compares the two inputs; saying so under each
    // root cause adds nothing unless everything is asked for.
    let just_the_inputs = matches!(
        (&s.old_file, &s.new_file, report.inputs.as_slice()),
        (Some(o), Some(n), [io, inew]) if o == io && n == inew
    );
    if opts.verbose || !just_the_inputs {
        // Both sides, or the one there is (a file removed, or new).
        let sides = match (&s.old_file, &s.new_file) {
            (Some(o), Some(n)) => Some(format!("{o} -> {n}")),
            (Some(one), None) | (None, Some(one)) => Some(one.clone()),
            (None, None) => None,
        };
        if let Some(sides) = sides {
            let _ = writeln!(out, "  {} {sides}", p.dim("-->"));
        }
    }
    if s.chain.len() > 1 {
        let _ = writeln!(out, "   {} chain: {}", p.dim("="), s.chain.join(" -> "));
    }
    if let Some(doc) = &f.counterexample {
        let (shown, cut) = example(doc, opts.verbose);
        let _ = writeln!(out, "   {} for example: {}", p.dim("="), shown);
        // A cut document may hide the value that breaks: name it.
        if let Some((at, value)) = super::value_there(f).filter(|_| cut) {
            // The path names the document's own keys: escaped as names are.
            let _ = writeln!(
                out,
                "   {} there: #{} is {}",
                p.dim("="),
                crate::escape::text(at),
                example(value, false).0
            );
        }
    }
    // Folded findings that each name a symbol already are the symbol list.
    let folded_are_symbols = !rc.folded.is_empty()
        && rc
            .folded
            .iter()
            .all(|&i| report.findings[i].subject.symbol.is_some());
    if !s.symbols.is_empty() && !folded_are_symbols {
        let _ = writeln!(
            out,
            "   {} {}: {}",
            p.dim("="),
            crate::render::count(s.symbols.len(), "symbol", "symbols"),
            if !opts.verbose && s.symbols == previous_symbols {
                "the same as above".to_owned()
            } else {
                symbol_list(
                    &crate::render::shown_symbols(report, &s.symbols),
                    opts.verbose,
                )
            }
        );
    }
    if !rc.folded.is_empty() {
        let _ = writeln!(
            out,
            "   {} {} more {} in this group:",
            p.dim("="),
            rc.folded.len(),
            if rc.folded.len() == 1 {
                "finding"
            } else {
                "findings"
            }
        );
        let limit = if opts.verbose { usize::MAX } else { FOLD_LIMIT };
        let places =
            place_counts(std::iter::once(f).chain(rc.folded.iter().map(|&i| &report.findings[i])));
        for &i in rc.folded.iter().take(limit) {
            let g = &report.findings[i];
            let _ = writeln!(
                out,
                "     {} {}",
                p.paint(style(g.severity), g.severity.as_str()),
                folded_label(g, f, &places, opts.verbose)
            );
        }
        if rc.folded.len() > limit {
            let _ = writeln!(
                out,
                "     ... (+{} more; --verbose lists them all)",
                rc.folded.len() - limit
            );
        }
    }
}

/// A finding's counterexample document as one line of compact JSON: whole
/// when `verbose`, else cut after [`super::EXAMPLE_WIDTH`] characters; and
/// whether it was cut.
fn example(doc: &serde_json::Value, verbose: bool) -> (String, bool) {
    match super::compact_json(doc, verbose) {
        (json, true) => (format!("{json}... (--verbose shows it whole)"), true),
        whole => whole,
    }
}

/// `items` (each name with the number of symbols it stands for) joined, or
/// (unless `verbose`) as many as fit in [`SYMBOLS_WIDTH`] characters (at
/// least one) and how many more symbols there are.
fn symbol_list(items: &[(&str, usize)], verbose: bool) -> String {
    let shown = |&(name, n): &(&str, usize)| crate::render::shown_symbol(name, n);
    if verbose {
        return items.iter().map(shown).collect::<Vec<_>>().join(", ");
    }
    let mut out = String::new();
    let mut listed = 0;
    for item in items.iter().map(shown) {
        if listed > 0 && out.len() + 2 + item.len() > SYMBOLS_WIDTH {
            break;
        }
        if listed > 0 {
            out.push_str(", ");
        }
        out.push_str(&item);
        listed += 1;
    }
    let more: usize = items[listed..].iter().map(|&(_, n)| n).sum();
    if more > 0 {
        let _ = write!(out, ", ... (+{more} more)");
    }
    out
}

/// The one line that stands for every root cause below the `--show` level:
/// how many findings, of which rules, and how to show them. When nothing was
/// listed above it, it starts by saying so.
fn hidden_line(
    out: &mut String,
    report: &Report,
    hidden: &[RootCause],
    nothing_shown: bool,
    opts: RenderOptions,
    p: &Paint,
) {
    let mut warnings = 0;
    let mut infos = 0;
    let mut by_rule: BTreeMap<&str, usize> = BTreeMap::new();
    for rc in hidden {
        for i in std::iter::once(rc.head).chain(rc.folded.iter().copied()) {
            let f = &report.findings[i];
            match f.severity {
                Severity::Warning => warnings += 1,
                Severity::Info => infos += 1,
                Severity::Breaking => {}
            }
            *by_rule.entry(f.rule.as_str()).or_default() += 1;
        }
    }
    let total = warnings + infos;
    if nothing_shown {
        let none = match opts.show {
            Severity::Breaking => "nothing breaking; ",
            _ => "nothing breaking, no warnings; ",
        };
        out.push_str(none);
    }
    let mut counts = Vec::new();
    if warnings > 0 {
        counts.push(p.paint(
            style(Severity::Warning),
            &crate::render::count(warnings, "warning", "warnings"),
        ));
    }
    if infos > 0 {
        counts.push(p.paint(
            style(Severity::Info),
            &crate::render::count(infos, "info finding", "info findings"),
        ));
    }
    let mut rules: Vec<(&str, usize)> = by_rule.into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut why: Vec<String> = rules
        .iter()
        .take(HIDDEN_RULES)
        .map(|(rule, n)| format!("{n} {rule}"))
        .collect();
    if rules.len() > HIDDEN_RULES {
        why.push(format!(
            "+{}",
            crate::render::count(rules.len() - HIDDEN_RULES, "more rule", "more rules")
        ));
    }
    // The counts by rule are of findings, so the number of root causes
    // comes after them, not before as if it were what they divide.
    let mut why = why.join(", ");
    if hidden.len() != total {
        let _ = write!(
            why,
            "; {}",
            crate::render::count(hidden.len(), "root cause", "root causes")
        );
    }
    let level = if warnings > 0 {
        "--show warning (or info)"
    } else {
        "--show info"
    };
    let _ = writeln!(
        out,
        "{} not shown ({}); {level} lists {}, --verbose lists everything in full",
        counts.join(" and "),
        why,
        if total == 1 { "it" } else { "them" },
    );
}

/// `compat check`: one aligned line per component (state, verdict,
/// versions, promises).
fn components(out: &mut String, report: &Report, p: &Paint) {
    if report.components.is_empty() {
        return;
    }
    let width = report
        .components
        .iter()
        .map(|c| c.name.chars().count())
        .max()
        .unwrap_or(0);
    for c in &report.components {
        let state = format!("{:<8}", c.state.as_str());
        let state = match c.state {
            crate::check::State::Breaking | crate::check::State::Error => {
                p.paint(style(Severity::Breaking), &state)
            }
            crate::check::State::Warning => p.paint(style(Severity::Warning), &state),
            _ => state,
        };
        let mut line = format!("{:<width$}  {state}", c.name);
        if let Some(v) = c.verdict {
            let _ = write!(line, "  changes: {}", v.as_str());
        }
        let versions = crate::render::versions(c);
        if !versions.is_empty() {
            let _ = write!(line, "  version {versions}");
        }
        let promises = crate::render::promise_summary(c);
        if !promises.is_empty() {
            let _ = write!(line, "  promises {promises}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
}

#[cfg(test)]
mod tests {
    use crate::{render, Finding, Format, RenderOptions, Report, Subject};

    /// A finding of `rule` saying `message`, with the subject a contract
    /// diff gives (a schema place or command path as symbol, the place users
    /// know as member), in `group`.
    fn contract(rule: &str, message: &str, symbol: &str, member: &str, group: &str) -> Finding {
        Finding::new(
            rule,
            message,
            Subject {
                symbol: Some(symbol.into()),
                member: Some(member.into()),
                old_file: Some("old.json".into()),
                new_file: Some("new.json".into()),
                old_value: Some("not declared".into()),
                new_value: Some("declared".into()),
                ..Subject::default()
            },
        )
        .with_group(group)
    }

    fn text(report: &Report, verbose: bool) -> String {
        render(
            report,
            Format::Text,
            RenderOptions {
                verbose,
                ..RenderOptions::default()
            },
        )
    }

    #[test]
    fn folded_contract_findings_read_like_their_head() {
        let why = ": a document valid under the old schema is invalid under the new one (backward incompatible); breaking under the strict policy";
        let mut report = Report::new("schema diff", vec!["old.json".into(), "new.json".into()]);
        for name in ["agent", "flux_resource_path"] {
            report.findings.push(contract(
                "schema-property-added",
                &format!("#/**/kubernetes/{name}: property \"{name}\" changed from not declared (open content model) to declared{why}"),
                &format!("new.json#/definitions/k8s/properties/{name}"),
                &format!("#/**/kubernetes/{name}"),
                "schema-property-added|#/**/kubernetes",
            ));
        }
        report.finish();
        let out = text(&report, false);
        // The place and the change, as the head's line says them; the shared reason said once.
        assert!(
            out.contains("\n     breaking [schema-property-added] #/**/kubernetes/flux_resource_path: property \"flux_resource_path\" changed from not declared (open content model) to declared\n"),
            "{out}"
        );
        // Not the raw subject.
        assert!(!out.contains("new.json#/definitions"), "{out}");
        assert!(!out.contains(" member "), "{out}");
        // --verbose: the whole message.
        let out = text(&report, true);
        assert!(
            out.contains(&format!("\n     breaking [schema-property-added] #/**/kubernetes/flux_resource_path: property \"flux_resource_path\" changed from not declared (open content model) to declared{why}\n")),
            "{out}"
        );
    }

    /// Findings of a group said at one place (Vercel's seven properties of
    /// one response that became optional) each keep what tells them apart
    /// (the property); a place said once is the whole line.
    #[test]
    fn folded_findings_at_one_place_name_what_tells_them_apart() {
        let why = ": the server may now send documents old clients' schema refuses";
        let place = "PATCH /v1/checks/{checkId}";
        let member = "response 200 application/json";
        let mut report = Report::new("openapi diff", vec!["old.json".into(), "new.json".into()]);
        for name in ["id", "blocking", "createdAt"] {
            report.findings.push(contract(
                "openapi-response-property-optional",
                &format!(
                    "{place}: {member}: property \"{name}\" changed from required to optional{why}"
                ),
                place,
                member,
                "openapi-response-property-optional at new.json#/paths/checks",
            ));
        }
        // One more at a place of its own.
        report.findings.push(contract(
            "openapi-response-property-optional",
            &format!(
                "GET /v1/deployments/{{deploymentId}}/checks: {member}: property \"id\" changed from required to optional{why}"
            ),
            "GET /v1/deployments/{deploymentId}/checks",
            member,
            "openapi-response-property-optional at new.json#/paths/checks",
        ));
        report.finish();
        let out = text(&report, false);
        for name in ["blocking", "createdAt"] {
            assert!(
                out.contains(&format!("\n     breaking [openapi-response-property-optional] {place}: {member}: property \"{name}\" changed from required to optional\n")),
                "{out}"
            );
        }
        assert!(
            out.contains(&format!(
                "\n     breaking [openapi-response-property-optional] GET /v1/deployments/{{deploymentId}}/checks: {member}\n"
            )),
            "{out}"
        );
    }

    #[test]
    fn folded_abi_findings_keep_their_symbols() {
        let mut report = Report::new("abi diff", vec!["old.so".into(), "new.so".into()]);
        for sym in ["f", "g"] {
            report.findings.push(
                Finding::new(
                    "abi-symbol-removed",
                    format!("{sym} (func) was removed; programs that use it fail"),
                    Subject {
                        symbol: Some(sym.into()),
                        ..Subject::default()
                    },
                )
                .with_group("gone"),
            );
        }
        report.finish();
        let out = text(&report, false);
        assert!(
            out.contains("\n     breaking [abi-symbol-removed] g\n"),
            "{out}"
        );
    }
}
