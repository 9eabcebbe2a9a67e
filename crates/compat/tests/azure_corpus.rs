//! `compat cli diff` on real Azure CLI command metadata: six command modules
//! of azure-cli 2.60.0 and 2.67.0, exported by azdev's meta-export (the
//! Azure CLI's own pipeline; `scripts/fetch-azure-cli-meta.sh`), with every
//! breaking and warning finding and the number of info findings written down
//! in `tests/azure-corpus/expected.tsv` (where azure-cli-diff-tool differs,
//! the file says why). Each pair also runs backwards (2.67.0 to 2.60.0): the
//! flags 2.67.0 added are then removals, so that direction must break
//! wherever the forward one added a flag. Skips when the metadata is
//! missing, fails under CI (`.ci/run` fetches it).

mod common;

use std::collections::BTreeMap;

use serde_json::Value;

/// `compat cli diff` of two metadata files as JSON findings.
fn diff(old: &std::path::Path, new: &std::path::Path) -> (i32, Vec<Value>) {
    let run = common::compat(&[
        "cli",
        "diff",
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        "--input-format",
        "azure",
        "--today",
        "2026-12-05",
        "-f",
        "json",
    ]);
    let report = run.json();
    assert_eq!(
        report["errors"].as_array().map_or(0, Vec::len),
        0,
        "{}: {}",
        old.display(),
        run.stdout
    );
    (run.code, report["findings"].as_array().unwrap().clone())
}

/// A finding as the TSV writes it: severity, rule, command, member.
fn row(f: &Value) -> String {
    format!(
        "{}\t{}\t{}\t{}",
        f["severity"].as_str().unwrap(),
        f["rule"].as_str().unwrap(),
        f["subject"]["symbol"].as_str().unwrap_or("-"),
        f["subject"]["member"].as_str().unwrap_or("-"),
    )
}

#[test]
fn real_azure_cli_changes_are_as_written_down() {
    let Some(cache) = common::corpus_cache("run scripts/fetch-azure-cli-meta.sh") else {
        return;
    };
    let dir = cache.join("azure-cli");
    let mut expected: BTreeMap<&str, (Vec<String>, usize)> = BTreeMap::new();
    for c in common::rows(include_str!("azure-corpus/expected.tsv")) {
        let e = expected.entry(c[0]).or_default();
        if c[1] == "info" {
            e.1 = c[2].parse().unwrap();
        } else {
            e.0.push(format!("{}\t{}\t{}\t{}", c[1], c[2], c[3], c[4]));
        }
    }
    let mut bad = Vec::new();
    for (module, (want, infos)) in &expected {
        let file = format!("az_{module}_meta.json");
        let (old, new) = (
            dir.join("2.60.0").join(&file),
            dir.join("2.67.0").join(&file),
        );
        if !old.is_file() || !new.is_file() {
            common::skip::<()>(&format!(
                "{} is missing: run scripts/fetch-azure-cli-meta.sh",
                old.display()
            ));
            return;
        }
        let (code, findings) = diff(&old, &new);
        let mut got: Vec<String> = findings
            .iter()
            .filter(|f| f["severity"] != "info")
            .map(row)
            .collect();
        let mut want = want.clone();
        got.sort();
        want.sort();
        if got != want {
            bad.push(format!(
                "{module}: found\n  {}\nwritten down\n  {}",
                got.join("\n  "),
                want.join("\n  ")
            ));
        }
        let got_infos = findings.iter().filter(|f| f["severity"] == "info").count();
        if got_infos != *infos {
            bad.push(format!(
                "{module}: {got_infos} info findings, written down {infos}"
            ));
        }
        let breaking = want.iter().any(|w| w.starts_with("breaking"));
        if (code == 1) != breaking {
            bad.push(format!("{module}: exit status {code}"));
        }
        // Backwards, every flag and command added going forward is a removal.
        let added = findings
            .iter()
            .filter(|f| f["rule"] == "cli-flag-added" || f["rule"] == "cli-command-added")
            .count();
        let (back_code, back) = diff(&new, &old);
        let removed = back
            .iter()
            .filter(|f| {
                f["severity"] == "breaking"
                    && (f["rule"] == "cli-flag-removed" || f["rule"] == "cli-command-removed")
            })
            .count();
        if removed < added || (added > 0 && back_code != 1) {
            bad.push(format!(
                "{module} backwards: {removed} removals for {added} additions, exit {back_code}"
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
