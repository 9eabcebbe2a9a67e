//! Commands about compat itself: the rule catalog, rule docs, completions, man page.

use std::fmt::Write;

use clap::CommandFactory;
use compat_report::{rules, Format, RULES};

use crate::cli::{Cli, OutputArgs};
use crate::output;

pub fn rules(out: &OutputArgs) -> anyhow::Result<u8> {
    let text = match output::format(out, Format::Text) {
        fmt @ (Format::Junit | Format::Gitlab) => return Ok(output::not_a_report("rules", fmt)),
        Format::Json | Format::Sarif => {
            let list: Vec<serde_json::Value> = RULES
                .iter()
                .map(|r| {
                    let aliases: Vec<String> =
                        rules::aliases_of(r.id).map(|a| format!("{}:{}", a.tool, a.name)).collect();
                    serde_json::json!({"id": r.id, "command": r.command, "severity": r.severity, "bump": r.bump, "summary": r.summary, "aliases": aliases})
                })
                .collect();
            let mut s = serde_json::to_string_pretty(&serde_json::json!({ "rules": list }))?;
            s.push('\n');
            s
        }
        Format::Markdown => {
            let mut s = String::from(
                "| Rule | Command | Severity | Bump | Summary |\n|---|---|---|---|---|\n",
            );
            for r in RULES {
                let _ = writeln!(
                    s,
                    "| `{}` | {} | {} | {} | {} |",
                    r.id,
                    r.command,
                    r.severity.as_str(),
                    r.bump.as_str(),
                    r.summary
                );
            }
            s
        }
        Format::Text => {
            let mut s = String::new();
            for r in RULES {
                let _ = writeln!(
                    s,
                    "{:<34} {:<12} {:<8} {:<5} {}",
                    r.id,
                    r.command,
                    r.severity.as_str(),
                    r.bump.as_str(),
                    r.summary
                );
            }
            s
        }
    };
    output::emit(out, &text)?;
    Ok(0)
}

pub fn explain(id: &str, out: &OutputArgs) -> anyhow::Result<u8> {
    let Some(rule) = rules::lookup_name(id) else {
        output::error_line(&format!("no rule named {id:?}; `compat rules` lists them"));
        return Ok(2);
    };
    let text = match output::format(out, Format::Markdown) {
        fmt @ (Format::Junit | Format::Gitlab) => return Ok(output::not_a_report("explain", fmt)),
        Format::Json | Format::Sarif => {
            let mut s = serde_json::to_string_pretty(&serde_json::json!({
                "id": rule.id, "command": rule.command, "severity": rule.severity, "bump": rule.bump, "summary": rule.summary, "docs": rule.docs,
                "aliases": rules::aliases_of(rule.id).map(|a| format!("{}:{}", a.tool, a.name)).collect::<Vec<_>>(),
            }))?;
            s.push('\n');
            s
        }
        Format::Text | Format::Markdown => {
            let mut s = rule.docs.to_owned();
            // Only a change against a baseline calls for a version bump; a
            // state check's finding is fixed, not released.
            let bump = if matches!(rule.command, "abi diff" | "go exports") {
                format!(
                    "; at this severity it calls for a {} version bump",
                    rule.bump.as_str()
                )
            } else {
                String::new()
            };
            let _ = write!(
                s,
                "\nSeverity: {}{bump}. Reported by `compat {}`.\n",
                rule.severity.as_str(),
                rule.command
            );
            let aliases: Vec<String> = rules::aliases_of(rule.id)
                .map(|a| format!("`{}` ({})", a.name, a.tool))
                .collect();
            if !aliases.is_empty() {
                let _ = writeln!(s, "Also known as: {}.", aliases.join(", "));
            }
            s
        }
    };
    output::emit(out, &text)?;
    Ok(0)
}

pub fn completions(shell: clap_complete::Shell) -> anyhow::Result<u8> {
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "compat", &mut buf);
    output::emit(&OutputArgs::default(), &String::from_utf8_lossy(&buf))?;
    Ok(0)
}

pub fn man() -> anyhow::Result<u8> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    output::emit(&OutputArgs::default(), &String::from_utf8_lossy(&buf))?;
    Ok(0)
}
