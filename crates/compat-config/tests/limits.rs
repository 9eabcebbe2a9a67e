//! Large and hostile files cost time in proportion to their size: name
//! lookups are by set, "did you mean" suggestions stop after a budget of
//! comparisons, and edits find lines and headers by binary search. (Before
//! the budget, 20,000 components each naming 8 unknown components took
//! minutes: every error compared its name with every component.)

use std::fmt::Write;
use std::path::Path;
use std::time::{Duration, Instant};

/// Generous for a debug build on a busy machine; the quadratic versions
/// took many times this.
const BOUND: Duration = Duration::from_secs(60);

#[test]
fn many_unknown_references_are_linear() {
    let n = 20_000;
    let mut text =
        String::from("version = 1\n[project]\nname = \"x\"\n[policy]\nrequire_owner = false\n");
    for i in 0..n {
        let consumes: Vec<String> = (0..8).map(|j| format!("\"z{i}_{j}\"")).collect();
        let _ = write!(
            text,
            "[component.c{i}]\nkind = \"declared\"\nconsumes = [{}]\n",
            consumes.join(", ")
        );
    }
    assert!(text.len() < 4 << 20, "within Limit::Config");
    let start = Instant::now();
    let errors = compat_config::parse(&text, Path::new("compat.toml")).expect_err("invalid");
    assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    assert_eq!(errors.errors.len(), n * 8);
    assert_eq!(
        errors.errors[0].to_string(),
        "compat.toml:8:13: unknown component `z0_0` in [component.c0] (components are declared as [component.NAME])"
    );
}

#[test]
fn pruning_many_waivers_is_linear() {
    let n = 20_000;
    let mut text = String::from("version = 1\n[project]\nname = \"x\"\n");
    for i in 0..n {
        let _ = write!(
            text,
            "\n# waiver {i}\n[[waiver]]\nid = \"W-{i}\"\nrule = \"abi-symbol-removed\"\nsubject = {{ symbol = \"s{i}\" }}\nreason = \"\"\"\n# not a comment\n\"\"\"\nowner = \"@o\"\nexpires = 2027-01-01\n"
        );
    }
    let ids: Vec<String> = (0..n).step_by(2).map(|i| format!("W-{i}")).collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let start = Instant::now();
    let out = compat_config::edit::remove_waivers(&text, &ids).expect("pruned");
    assert!(start.elapsed() < BOUND, "{:?}", start.elapsed());
    let config = compat_config::parse(&out, Path::new("compat.toml")).expect("valid");
    assert_eq!(config.waivers.len(), n / 2);
    assert_eq!(config.waivers[0].id, "W-1");
}
