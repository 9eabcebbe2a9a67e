//! A `compat check` report written to the store in one transaction: the
//! run, each component's result (with its slice of the report,
//! gzip-compressed, its promises and, for libraries, its interface change and
//! SONAMEs), every finding by fingerprint, and the waivers and
//! deprecations with their state in this run. A report already recorded for
//! the project (same SHA-256) is left alone.

use std::io::Write;

use compat_report::check::{ComponentResult, InterfaceChange, PromiseStatus};
use compat_report::{time, Finding, Report};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::backend::Tx;
use crate::error::StoreError;
use crate::value::Value;

/// What [`crate::Store::record`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "lowercase")]
pub enum Recorded {
    /// A new run.
    Added {
        /// Its id.
        run: i64,
    },
    /// The same report was recorded before.
    Duplicate {
        /// The run recorded then.
        run: i64,
    },
}

impl Recorded {
    /// The run's id.
    pub fn run(self) -> i64 {
        match self {
            Recorded::Added { run } | Recorded::Duplicate { run } => run,
        }
    }
}

/// The SHA-256 a report is known by: of its compact JSON, so the report
/// `compat check --record` recorded and the same report read back from
/// `-o json=FILE` are one.
pub fn report_sha256(report: &Report) -> Result<String, StoreError> {
    let bytes = serde_json::to_vec(report)
        .map_err(|e| StoreError::Report(format!("cannot serialize the report: {e}")))?;
    Ok(hex(&Sha256::digest(&bytes)))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The run fields of a report, checked.
struct RunFields<'a> {
    project: &'a str,
    started_at: String,
    finished_at: Option<&'a str>,
    exit_code: i64,
}

fn run_fields(report: &Report) -> Result<RunFields<'_>, StoreError> {
    if report.command != "check" {
        return Err(StoreError::Report(format!(
            "a report of `compat {}`; only `compat check` reports are recorded",
            report.command
        )));
    }
    let run = report
        .run
        .as_ref()
        .ok_or_else(|| StoreError::Report("the report has no `run`".into()))?;
    let project = run.project.as_deref().filter(|p| !p.is_empty()).ok_or_else(|| {
        StoreError::Report(format!(
            "the report has no run.project (schema_version {}; compat check writes it since schema 6)",
            report.schema_version
        ))
    })?;
    let started_at = match &run.started_at {
        Some(t) => t.clone(),
        None => format!("{}T00:00:00Z", run.now),
    };
    for (key, value) in [
        ("run.started_at", Some(started_at.as_str())),
        ("run.finished_at", run.finished_at.as_deref()),
    ] {
        if let Some(v) = value {
            if !time::is_rfc3339_utc(v) {
                return Err(StoreError::Report(format!(
                    "{key} {v:?} is not RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ)"
                )));
            }
        }
    }
    Ok(RunFields {
        project,
        started_at,
        finished_at: run.finished_at.as_deref(),
        exit_code: i64::from(
            run.exit_code
                .unwrap_or_else(|| u8::try_from(report.exit_code()).unwrap_or(2)),
        ),
    })
}

/// A component's slice of the report.
#[derive(Serialize)]
struct Slice<'a> {
    component: &'a ComponentResult,
    findings: Vec<&'a Finding>,
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(bytes);
    enc.finish().unwrap_or_default()
}

/// One count of a result's interface change, or `NULL` when it has none.
fn interface(c: &ComponentResult, count: impl Fn(&InterfaceChange) -> u64) -> Value {
    c.interface.as_ref().map_or(Value::Null, |i| {
        Value::Int(i64::try_from(count(i)).unwrap_or(i64::MAX))
    })
}

/// A promise's status as stored (its JSON name).
fn promise_status(status: PromiseStatus) -> &'static str {
    match status {
        PromiseStatus::Kept => "kept",
        PromiseStatus::Violated => "violated",
        PromiseStatus::Unverified => "unverified",
        PromiseStatus::Declared => "declared",
    }
}

/// Records `report`; see [`crate::Store::record`].
pub(crate) fn record(tx: &mut dyn Tx, report: &Report) -> Result<Recorded, StoreError> {
    let run = run_fields(report)?;
    let info = report.run.as_ref().expect("checked by run_fields");
    let sha = report_sha256(report)?;
    let s = &report.summary;
    let inserted = tx.rows(
        "INSERT INTO run (project, started_at, finished_at, now_date, tool_version, schema_version, \
         config_sha256, baseline, git_commit, git_ref, ci_url, exit_code, breaking, warning, info, \
         waived, baselined, errors, findings, report_sha256, recorded_at) \
         VALUES (?, TS(?), TS(?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TS(?)) \
         ON CONFLICT (project, report_sha256) DO NOTHING RETURNING id",
        &[
            run.project.into(),
            run.started_at.clone().into(),
            Value::opt_text(run.finished_at),
            info.now.as_str().into(),
            report.tool.version.as_str().into(),
            Value::Int(i64::from(report.schema_version)),
            Value::opt_text(info.config_sha256.as_deref()),
            Value::opt_text(info.baseline.as_deref()),
            Value::opt_text(info.git_commit.as_deref()),
            Value::opt_text(info.git_ref.as_deref()),
            Value::opt_text(info.ci_url.as_deref()),
            Value::Int(run.exit_code),
            Value::count(s.breaking),
            Value::count(s.warning),
            Value::count(s.info),
            Value::count(s.waived),
            Value::count(s.baselined),
            Value::count(s.errors),
            Value::count(report.findings.len()),
            sha.as_str().into(),
            time::now_rfc3339().into(),
        ],
    )?;
    let Some(row) = inserted.first() else {
        let rows = tx.rows(
            "SELECT id FROM run WHERE project = ? AND report_sha256 = ?",
            &[run.project.into(), sha.as_str().into()],
        )?;
        let id = rows.first().map_or(Ok(0), |r| r.int(0)).map_err(|m| {
            StoreError::Report(format!("duplicate report, but its run cannot be read: {m}"))
        })?;
        return Ok(Recorded::Duplicate { run: id });
    };
    let run_id = row.int(0).map_err(StoreError::Report)?;
    let baseline_kind = info.baseline.as_deref().unwrap_or("main");

    let mut check_of = Vec::with_capacity(report.components.len());
    for c in &report.components {
        let component_id = tx
            .rows(
                "INSERT INTO component (project, name, kind, owner) VALUES (?, ?, ?, ?) \
                 ON CONFLICT (project, name) DO UPDATE SET kind = excluded.kind, owner = excluded.owner \
                 RETURNING id",
                &[
                    run.project.into(),
                    c.name.as_str().into(),
                    c.kind.as_str().into(),
                    Value::opt_text(c.owner.as_deref()),
                ],
            )?
            .first()
            .map(|r| r.int(0))
            .transpose()
            .map_err(StoreError::Report)?
            .ok_or_else(|| StoreError::Report(format!("component {} not stored", c.name)))?;
        let slice = Slice {
            component: c,
            findings: report
                .findings
                .iter()
                .filter(|f| f.subject.component.as_deref() == Some(c.name.as_str()))
                .collect(),
        };
        let json = serde_json::to_vec(&slice)
            .map_err(|e| StoreError::Report(format!("cannot serialize {}: {e}", c.name)))?;
        let cs = &c.summary;
        let check_id = tx
            .rows(
                "INSERT INTO check_result (run_id, component_id, baseline_kind, baseline_ref, \
                 version_from, version_to, bump, verdict, state, breaking, warning, info, waived, \
                 baselined, errors, report_gz, interface_old, interface_compatible, \
                 symbols_added, symbols_removed, compatible_ratio, soname_from, soname_to) \
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
                 RETURNING id",
                &[
                    Value::Int(run_id),
                    Value::Int(component_id),
                    baseline_kind.into(),
                    Value::opt_text(c.baseline.as_deref()),
                    Value::opt_text(c.version_from.as_deref()),
                    Value::opt_text(c.version_to.as_deref()),
                    Value::opt_text(c.bump.map(|v| v.as_str())),
                    Value::opt_text(c.verdict.map(|v| v.as_str())),
                    c.state.as_str().into(),
                    Value::count(cs.breaking),
                    Value::count(cs.warning),
                    Value::count(cs.info),
                    Value::count(cs.waived),
                    Value::count(cs.baselined),
                    Value::count(cs.errors),
                    Value::Blob(gzip(&json)),
                    interface(c, |i| i.old),
                    interface(c, |i| i.compatible),
                    interface(c, |i| i.added),
                    interface(c, |i| i.removed),
                    c.interface
                        .and_then(|i| i.ratio())
                        .map_or(Value::Null, Value::Real),
                    Value::opt_text(c.soname_from.as_deref()),
                    Value::opt_text(c.soname_to.as_deref()),
                ],
            )?
            .first()
            .map(|r| r.int(0))
            .transpose()
            .map_err(StoreError::Report)?
            .ok_or_else(|| StoreError::Report(format!("result of {} not stored", c.name)))?;
        for p in &c.promises {
            tx.exec(
                "INSERT INTO promise_result (run_id, check_id, name, kind, status) \
                 VALUES (?, ?, ?, ?, ?)",
                &[
                    Value::Int(run_id),
                    Value::Int(check_id),
                    p.name.as_str().into(),
                    p.kind.as_str().into(),
                    promise_status(p.status).into(),
                ],
            )?;
        }
        check_of.push((c.name.as_str(), check_id));
    }

    for f in &report.findings {
        let check = f
            .subject
            .component
            .as_deref()
            .and_then(|name| check_of.iter().find(|(n, _)| *n == name))
            .map_or(Value::Null, |(_, id)| Value::Int(*id));
        let subject = serde_json::to_string(&f.subject)
            .map_err(|e| StoreError::Report(format!("cannot serialize a subject: {e}")))?;
        tx.exec(
            "INSERT INTO finding (run_id, check_id, rule, severity, status, fingerprint, \
             subject_json, group_key, waiver_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            &[
                Value::Int(run_id),
                check,
                f.rule.as_str().into(),
                f.severity.as_str().into(),
                f.status.as_str().into(),
                f.fingerprint.as_str().into(),
                subject.into(),
                Value::opt_text(f.group.as_deref()),
                Value::opt_text(f.waiver.as_deref()),
            ],
        )?;
    }

    for w in &report.waivers {
        tx.exec(
            "INSERT INTO waiver (project, id, component, rule, owner, reason, expires, source, \
             ticket, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) \
             ON CONFLICT (project, id) DO UPDATE SET \
             component = excluded.component, rule = excluded.rule, owner = excluded.owner, \
             reason = excluded.reason, expires = excluded.expires, source = excluded.source, \
             ticket = excluded.ticket, created = excluded.created",
            &[
                run.project.into(),
                w.id.as_str().into(),
                Value::opt_text(w.component.as_deref()),
                w.rule.as_str().into(),
                w.owner.as_str().into(),
                w.reason.as_str().into(),
                w.expires.as_str().into(),
                w.at.as_str().into(),
                Value::opt_text(w.ticket.as_deref()),
                Value::opt_text(w.created.as_deref()),
            ],
        )?;
        tx.exec(
            "INSERT INTO waiver_event (run_id, project, waiver_id, event, matches, days_left, expires) \
             VALUES (?, ?, ?, ?, ?, ?, ?)",
            &[
                Value::Int(run_id),
                run.project.into(),
                w.id.as_str().into(),
                w.state.as_str().into(),
                Value::count(w.matches),
                Value::Int(w.days_left),
                w.expires.as_str().into(),
            ],
        )?;
    }

    for d in &report.deprecations {
        tx.exec(
            "INSERT INTO deprecation (project, id, component, item, remove_after, replacement) \
             VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (project, id) DO UPDATE SET \
             component = excluded.component, item = excluded.item, \
             remove_after = excluded.remove_after, replacement = excluded.replacement",
            &[
                run.project.into(),
                d.id.as_str().into(),
                d.component.as_str().into(),
                d.item.as_str().into(),
                d.remove_after.as_str().into(),
                Value::opt_text(d.replacement.as_deref()),
            ],
        )?;
        tx.exec(
            "INSERT INTO deprecation_event (run_id, project, deprecation_id, state, days_left) \
             VALUES (?, ?, ?, ?, ?)",
            &[
                Value::Int(run_id),
                run.project.into(),
                d.id.as_str().into(),
                d.state.as_str().into(),
                Value::Int(d.days_left),
            ],
        )?;
    }
    Ok(Recorded::Added { run: run_id })
}
