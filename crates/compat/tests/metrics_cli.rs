//! `compat metrics` on a 21-component store made by real `compat check
//! --record` runs and a `compat history import` (tests/common/fleet.rs):
//! the breaking components are exactly the fixture's, on the day of the
//! recorded run and after a waiver expired since; `promtool check metrics`
//! (Debian `prometheus`) accepts the text format; the OpenMetrics output
//! ends with `# EOF` and parses with `prometheus_client`'s OpenMetrics
//! parser (PyPI, in `$COMPAT_CI_TOOLS/venv`); `-o FILE` replaces the file
//! atomically; the series budget leaves whole families out and says so;
//! a missing store is one error line and exit status 2; the same reports
//! imported into PostgreSQL (when `COMPAT_TEST_POSTGRES` names a server)
//! give the same metrics, byte for byte. The tools skip
//! locally when missing and fail under CI.

mod common;

use std::collections::BTreeSet;
use std::io::Write as _;
use std::process::{Command, Stdio};

use common::{compat_cmd, finish, fleet, skip, Run};

fn metrics(store: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let mut cmd = compat_cmd();
    cmd.env_remove("COMPAT_NOW")
        .env_remove("COMPAT_STORE")
        .args(["metrics", "--store"])
        .arg(store)
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    finish(cmd.output().expect("run compat"))
}

/// `(project, component)` of every `compat_component_state{state="breaking"} 1`.
fn breaking(text: &str) -> Vec<(String, String)> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("compat_component_state{") else {
            continue;
        };
        if !rest.ends_with("state=\"breaking\"} 1") {
            continue;
        }
        let label = |k: &str| {
            let start = rest.find(&format!("{k}=\"")).unwrap() + k.len() + 2;
            rest[start..start + rest[start..].find('"').unwrap()].to_owned()
        };
        out.insert((label("project"), label("component")));
    }
    out.into_iter().collect()
}

fn value(text: &str, series: &str) -> Option<String> {
    text.lines()
        .find_map(|l| l.strip_prefix(series)?.strip_prefix(' ').map(str::to_owned))
}

#[test]
fn the_breaking_components_are_the_fixtures_and_an_expired_waiver_counts_at_once() {
    let f = fleet::build();
    let on_run = metrics(&f.store, &["--now", "2020-03-05"], &[]);
    assert_eq!(on_run.code, 0, "{}", on_run.stderr);
    assert_eq!(breaking(&on_run.stdout), fleet::breaking_on("2020-03-05"));
    // c03's waiver expired on 2020-03-10: breaking before its next check.
    let later = metrics(&f.store, &[], &[("COMPAT_NOW", "2020-03-11")]);
    assert_eq!(later.code, 0, "{}", later.stderr);
    let b = breaking(&later.stdout);
    assert_eq!(b, fleet::breaking_on("2020-03-11"));
    assert!(b.contains(&("fleet".into(), "c03".into())));
    let t = &later.stdout;
    assert_eq!(
        value(
            t,
            "compat_waivers{project=\"fleet\",component=\"c03\",state=\"expired\"}"
        )
        .as_deref(),
        Some("1")
    );
    assert_eq!(
        value(t, "compat_component_findings{project=\"fleet\",component=\"c03\",severity=\"breaking\",status=\"new\"}").as_deref(),
        Some("1")
    );
    // 21 components of fleet, one of edge: five state series each.
    let states = t
        .lines()
        .filter(|l| l.starts_with("compat_component_state{"))
        .count();
    assert_eq!(states, (fleet::COMPONENTS + 1) * 5);
    assert_eq!(
        value(
            t,
            "compat_component_state{project=\"fleet\",component=\"c05\",state=\"unknown\"}"
        )
        .as_deref(),
        Some("1")
    );
    assert_eq!(
        value(t, "compat_runs_total{project=\"fleet\"}").as_deref(),
        Some("2")
    );
    assert_eq!(
        value(t, "compat_runs_total{project=\"edge\"}").as_deref(),
        Some("1")
    );
    assert_eq!(
        value(
            t,
            "compat_checks_total{project=\"fleet\",component=\"c00\",state=\"breaking\"}"
        )
        .as_deref(),
        Some("2")
    );
    assert_eq!(
        value(
            t,
            "compat_waivers{project=\"fleet\",component=\"c01\",state=\"active\"}"
        )
        .as_deref(),
        Some("1")
    );
    assert_eq!(
        value(t, "compat_metrics_series_dropped").as_deref(),
        Some("0")
    );
    // The default day is today: long after 2020-03-10.
    let today = metrics(&f.store, &[], &[]);
    assert_eq!(breaking(&today.stdout), fleet::breaking_on("2099-01-01"));
}

/// `promtool`, or `None` (skip; a failure under CI).
fn promtool() -> Option<&'static str> {
    if compat_testkit::have("promtool") {
        Some("promtool")
    } else {
        skip("promtool is not installed (Debian package prometheus; .ci/run installs it)")
    }
}

#[test]
fn promtool_accepts_the_text_format() {
    let Some(promtool) = promtool() else { return };
    let f = fleet::build();
    let r = metrics(&f.store, &[], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut child = Command::new(promtool)
        .args(["check", "metrics"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(r.stdout.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success() && out.stdout.is_empty() && out.stderr.is_empty(),
        "promtool check metrics: {}{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
        r.stdout
    );
}

#[test]
fn openmetrics_ends_with_eof_and_parses_with_prometheus_client() {
    let f = fleet::build();
    let out = f.dir.path().join("metrics.om");
    let r = metrics(
        &f.store,
        &["--openmetrics", "-o", out.to_str().unwrap()],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.ends_with("\n# EOF\n"), "{text}");
    assert!(text.contains("# TYPE compat_runs counter\n"));
    assert!(text.contains("# UNIT compat_component_last_check_timestamp_seconds seconds\n"));
    let Some(py) = compat_testkit::ci_python("prometheus_client.openmetrics.parser") else {
        return;
    };
    let script = "import sys\n\
        from prometheus_client.openmetrics.parser import text_string_to_metric_families\n\
        fams = list(text_string_to_metric_families(open(sys.argv[1]).read()))\n\
        states = [s for f in fams if f.name == 'compat_component_state' for s in f.samples]\n\
        runs = [s for f in fams if f.name == 'compat_runs' for s in f.samples]\n\
        assert all(f.type in ('gauge', 'counter') for f in fams), [f.type for f in fams]\n\
        assert all(s.name == 'compat_runs_total' for s in runs), runs\n\
        print(len(fams), len(states), sum(s.value for s in states))\n";
    let o = Command::new(py)
        .args(["-c", script])
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let printed = String::from_utf8_lossy(&o.stdout);
    let nums: Vec<f64> = printed
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    // One state of five set per component.
    assert_eq!(nums[1], ((fleet::COMPONENTS + 1) * 5) as f64, "{printed}");
    assert_eq!(nums[2], (fleet::COMPONENTS + 1) as f64, "{printed}");
}

#[test]
fn output_files_are_replaced_atomically() {
    let f = fleet::build();
    let dir = f.dir.path().join("textfile");
    std::fs::create_dir(&dir).unwrap();
    let prom = dir.join("compat.prom");
    std::fs::write(&prom, "stale\n").unwrap();
    let r = metrics(&f.store, &["-o", prom.to_str().unwrap()], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let text = std::fs::read_to_string(&prom).unwrap();
    assert!(text.starts_with("# HELP compat_build_info "), "{text}");
    // Nothing but the file itself is left in the collector's directory.
    let names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["compat.prom"]);
}

#[test]
fn the_series_budget_leaves_families_out_and_says_so() {
    let f = fleet::build();
    let r = metrics(&f.store, &["--max-series", "160"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let series = r.stdout.lines().filter(|l| !l.starts_with('#')).count();
    assert!(series <= 160, "{series} series");
    assert!(
        r.stderr
            .contains("the series budget (160) is exceeded: compat_component_findings left out"),
        "{}",
        r.stderr
    );
    assert!(r
        .stdout
        .contains("compat_metrics_series_dropped{metric=\"compat_component_findings\"} "));
    // The states fit (22 x 5) and are all there.
    assert_eq!(
        r.stdout
            .lines()
            .filter(|l| l.starts_with("compat_component_state{"))
            .count(),
        110
    );
}

#[test]
fn a_missing_store_or_a_bad_date_is_one_error_line() {
    let dir = tempfile::tempdir().unwrap();
    let r = metrics(&dir.path().join("none.db"), &[], &[]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("none.db"), "{}", r.stderr);
    let r = metrics(&dir.path().join("none.db"), &["--now", "2020-02-30"], &[]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stderr_lines().len(), 1, "{}", r.stderr);
    assert!(r.stderr.contains("--now \"2020-02-30\""), "{}", r.stderr);
}

#[test]
fn postgresql_gives_the_same_metrics_as_sqlite() {
    let Some(url) = std::env::var("COMPAT_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(|| {
            skip("COMPAT_TEST_POSTGRES is not set (.ci/run starts PostgreSQL and sets it)")
        })
    else {
        return;
    };
    let f = fleet::build();
    let db = format!("compat_t_metrics_{}", std::process::id());
    for sql in [
        format!("DROP DATABASE IF EXISTS {db}"),
        format!("CREATE DATABASE {db}"),
    ] {
        let out = Command::new("psql")
            .args([url.as_str(), "-v", "ON_ERROR_STOP=1", "-qAtc", &sql])
            .output()
            .expect("psql (Debian's postgresql-client)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let pg = format!("{}/{db}", &url[..url.rfind('/').unwrap()]);
    let mut import = compat_cmd();
    import
        .env_remove("COMPAT_STORE")
        .args(["history", "import", "--store", &pg])
        .args(&f.reports);
    let r = finish(import.output().unwrap());
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let sqlite = metrics(&f.store, &["--now", "2020-03-11"], &[]);
    let postgres = metrics(std::path::Path::new(&pg), &["--now", "2020-03-11"], &[]);
    assert_eq!(postgres.code, 0, "{}", postgres.stderr);
    assert_eq!(postgres.stdout, sqlite.stdout);
    assert_eq!(breaking(&postgres.stdout), fleet::breaking_on("2020-03-11"));
}
