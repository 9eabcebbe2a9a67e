//! `compat baseline update`, `compat waivers prune|renew` and
//! `compat explain-fingerprint`: the project's decisions written back to its
//! files (atomically, through `compat_fs`), planned by `compat_check` and
//! `compat_config::edit`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use compat_check::update::{plan, UpdateOptions};
use compat_config::{edit, Date};
use compat_report::render::count;

use crate::cli::ProjectArgs;
use crate::commands::check::{config_failed, options};
use crate::output;

/// Prints one line on standard output.
#[allow(clippy::print_stdout)]
fn say(line: &str) {
    println!("{}", compat_report::escape::text(line));
}

/// `compat baseline update`.
#[allow(clippy::too_many_arguments)]
pub fn baseline_update(
    components: &[String],
    project: &ProjectArgs,
    check: bool,
    reason: Option<&str>,
    owner: Option<&str>,
    findings: bool,
    grow: bool,
    version: Option<&str>,
) -> anyhow::Result<u8> {
    let opts = options(project, components, version)?;
    let u = UpdateOptions {
        accept_breaking: reason.map(str::to_owned),
        owner: owner.map(str::to_owned),
        findings,
        grow,
    };
    let plan = match plan(&opts, &u) {
        Ok(p) => p,
        Err(e) => return config_failed(e),
    };
    for e in &plan.errors {
        output::error_line(e);
    }
    for r in &plan.refused {
        output::error_line(&format!("refused: {r}"));
    }
    let mut changed = 0;
    for w in &plan.writes {
        if !w.changed {
            say(&format!("{}: {} unchanged", w.what, shown(&w.path)));
            continue;
        }
        changed += 1;
        if w.refused && !check {
            say(&format!(
                "{}: {} not written (refused)",
                w.what,
                shown(&w.path)
            ));
        } else if check {
            let how = if w.remove {
                "would be removed"
            } else {
                "would change"
            };
            say(&format!("{}: {} {how}", w.what, shown(&w.path)));
        } else if w.remove {
            // A copy whose original is gone.
            std::fs::remove_file(&w.path)
                .map_err(|e| anyhow::anyhow!("{}: cannot remove: {e}", w.path.display()))?;
            say(&format!("{}: {} removed", w.what, shown(&w.path)));
        } else {
            // A first baseline may live in a directory not made yet.
            if let Some(parent) = w.path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent)
                    .map_err(|e| anyhow::anyhow!("{}: cannot create: {e}", parent.display()))?;
            }
            compat_fs::write_atomic(&w.path, &w.bytes)?;
            say(&format!("{}: {} written", w.what, shown(&w.path)));
        }
    }
    for f in &plan.accepted {
        say(&format!("accepted: [{}] {}", f.rule, f.message));
    }
    Ok(if !plan.errors.is_empty() {
        2
    } else if !plan.refused.is_empty() || (check && changed > 0) {
        1
    } else {
        0
    })
}

/// `compat waivers prune`: removes the waivers the check finds unused or expired.
pub fn waivers_prune(project: &ProjectArgs, dry_run: bool) -> anyhow::Result<u8> {
    let opts = options(project, &[], None)?;
    let outcome = match compat_check::run(&opts) {
        Ok(o) => o,
        Err(e) => return config_failed(e),
    };
    if !outcome.report.errors.is_empty() {
        for e in &outcome.report.errors {
            output::error_line(&format!("{}: {}", e.file, e.message));
        }
        output::error_line(
            "not pruning: some components could not be checked, so their waivers' use is unknown",
        );
        return Ok(2);
    }
    let stale: Vec<&str> = outcome
        .report
        .waivers
        .iter()
        .filter(|w| w.state == "unused" || w.state == "expired")
        .map(|w| w.id.as_str())
        .collect();
    if stale.is_empty() {
        say("no unused or expired waivers");
        return Ok(0);
    }
    // Waivers live in compat.toml or the waiver files it names.
    let mut by_file: BTreeMap<PathBuf, Vec<&str>> = BTreeMap::new();
    for w in &outcome.config.waivers {
        if stale.contains(&w.id.as_str()) {
            by_file.entry(w.at.file.clone()).or_default().push(&w.id);
        }
    }
    for (file, ids) in &by_file {
        let text = read_text(file)?;
        let next = edit::remove_waivers(&text, ids)?;
        if dry_run {
            say(&format!(
                "{}: would remove {}",
                file.display(),
                ids.join(", ")
            ));
        } else {
            compat_fs::write_atomic(file, next.as_bytes())?;
            say(&format!("{}: removed {}", file.display(), ids.join(", ")));
        }
    }
    Ok(0)
}

/// `compat waivers renew ID --until DATE --reason TEXT`.
pub fn waivers_renew(
    id: &str,
    until: &str,
    reason: &str,
    project: &ProjectArgs,
) -> anyhow::Result<u8> {
    let opts = options(project, &[], None)?;
    let config = match compat_check::load_config(&opts) {
        Ok(c) => c,
        Err(e) => return config_failed(e),
    };
    let Some(w) = config.waiver(id) else {
        anyhow::bail!("{}: no waiver with id {id:?}", config.path.display());
    };
    let until = Date::parse(until).map_err(|e| anyhow::anyhow!("--until {until:?}: {e}"))?;
    let now = opts.now.unwrap_or_else(Date::today_utc);
    let policy = match &w.component {
        Some(c) => config.effective(c),
        None => config.effective_project(),
    };
    let max = policy.max_waiver_days.value;
    let days = now.days_until(until);
    if days > i64::from(max) {
        anyhow::bail!(
            "--until {until} is {days} days from {now}; waivers may last at most {max} days (max_waiver_days)"
        );
    }
    if days < 0 {
        anyhow::bail!("--until {until} is in the past ({now})");
    }
    if reason.trim().is_empty() {
        anyhow::bail!("--reason must say why the waiver is still needed");
    }
    let text = read_text(&w.at.file)?;
    let next = edit::renew_waiver(&text, id, until, Some(reason))?;
    compat_fs::write_atomic(&w.at.file, next.as_bytes())?;
    say(&format!(
        "{}: waiver {id} renewed until {until} (was {})",
        w.at.file.display(),
        w.expires
    ));
    Ok(0)
}

/// `compat explain-fingerprint FP`: runs the check and prints the finding
/// the fingerprint stands for (its rule, component and subject fields, ready
/// to copy into a waiver's `subject`).
pub fn explain_fingerprint(fingerprint: &str, project: &ProjectArgs) -> anyhow::Result<u8> {
    if !compat_report::fingerprint::is_fingerprint(fingerprint) {
        anyhow::bail!("{fingerprint:?} is not a fingerprint (compat:v1: and 32 hex digits)");
    }
    let opts = options(project, &[], None)?;
    let outcome = match compat_check::run(&opts) {
        Ok(o) => o,
        Err(e) => return config_failed(e),
    };
    let found: Vec<_> = outcome
        .report
        .findings
        .iter()
        .filter(|f| f.fingerprint == fingerprint)
        .collect();
    let Some(f) = found.first() else {
        output::error_line(&format!(
            "no finding of this check has fingerprint {fingerprint} (it may be fixed, or belong to another revision)"
        ));
        return Ok(1);
    };
    say(&format!("rule = \"{}\"", f.rule));
    if let Some(c) = &f.subject.component {
        say(&format!("component = \"{c}\""));
    }
    let s = serde_json::to_value(&f.subject)?;
    let mut fields = Vec::new();
    for key in compat_config::SUBJECT_KEYS {
        if let Some(v) = s.get(*key).and_then(|v| v.as_str()) {
            fields.push(format!("{key} = {v:?}"));
        }
    }
    if !fields.is_empty() {
        say(&format!("subject = {{ {} }}", fields.join(", ")));
    }
    say(&format!(
        "# {}: {}",
        count(found.len(), "finding", "findings"),
        f.message
    ));
    Ok(0)
}

/// `path` relative to the working directory when it is under it.
fn shown(path: &std::path::Path) -> String {
    compat_config::display_path(path).display().to_string()
}

/// A project file's text.
fn read_text(path: &std::path::Path) -> anyhow::Result<String> {
    let bytes = compat_fs::read(path, compat_fs::Limit::Config)?;
    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{}: not UTF-8", path.display()))
}
