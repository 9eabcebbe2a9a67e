//! `/metrics` of `compat serve` over the 21-component fixture store
//! (tests/common/fleet.rs), read by the real tools: the text format passes
//! `promtool check metrics`, `Accept: application/openmetrics-text` gets
//! OpenMetrics ending with `# EOF`, and a real Prometheus server (Debian
//! `prometheus`, on an ephemeral loopback port with its storage in a
//! temporary directory) scraping the loopback endpoint answers
//! `compat_component_state{state="breaking"} == 1` with exactly the
//! fixture's breaking components; after `compat history prune` has deleted
//! every run, the same server finds no reset of the counters
//! (`compat_runs_total`, `compat_checks_total` keep their values). The tools
//! skip locally when missing and fail under CI (`.ci/run` installs them).

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::serve::{http, Served};
use common::{compat_cmd, fleet, skip};
use serde_json::Value;

/// The day the server judges waivers on: after the fixture's run, before
/// c03's waiver expires.
const DAY: &str = "2020-03-05";

/// A child process of this test, killed on drop.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `compat serve --listen 127.0.0.1:0` on `store`.
fn serve(store: &Path) -> Served {
    let mut cmd = compat_cmd();
    cmd.env_remove("COMPAT_STORE")
        .env_remove("COMPAT_NOW")
        .args(["serve", "--listen", "127.0.0.1:0", "--now", DAY, "--store"])
        .arg(store);
    common::serve::start(cmd)
}

/// One HTTP/1.0 GET (no chunked answer): status, head, body.
fn get(addr: &str, target: &str, accept: Option<&str>) -> (u16, String, String) {
    let accept = accept.map_or(String::new(), |a| format!("Accept: {a}\r\n"));
    http(
        addr,
        &format!("GET {target} HTTP/1.0\r\nHost: {addr}\r\n{accept}\r\n"),
    )
}

fn have(tool: &str) -> Option<()> {
    if compat_testkit::have(tool) {
        Some(())
    } else {
        skip(&format!(
            "{tool} is not installed (Debian package prometheus; .ci/run installs it)"
        ))
    }
}

#[test]
fn metrics_route_passes_promtool_and_negotiates_openmetrics() {
    let f = fleet::build();
    let srv = serve(&f.store);
    let addr = srv.addr.clone();
    let (code, head, text) = get(&addr, "/metrics", None);
    assert_eq!(code, 200, "{head}\n{text}");
    assert!(
        head.contains("Content-Type: text/plain; version=0.0.4; charset=utf-8"),
        "{head}"
    );
    assert!(head.contains("Vary: Accept"), "{head}");
    assert!(!text.contains("# EOF"));
    let states: BTreeSet<(String, String)> = breaking(&text);
    assert_eq!(
        states.into_iter().collect::<Vec<_>>(),
        fleet::breaking_on(DAY)
    );

    let (code, head, om) = get(
        &addr,
        "/metrics",
        Some("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5,*/*;q=0.1"),
    );
    assert_eq!(code, 200, "{head}");
    assert!(
        head.contains("Content-Type: application/openmetrics-text; version=1.0.0; charset=utf-8"),
        "{head}"
    );
    assert!(om.ends_with("\n# EOF\n"), "{om}");
    assert!(om.contains("# TYPE compat_runs counter\n"));

    if have("promtool").is_none() {
        return;
    }
    let mut child = Command::new("promtool")
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
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success() && out.stdout.is_empty() && out.stderr.is_empty(),
        "promtool check metrics: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `(project, component)` of every `compat_component_state{state="breaking"} 1`.
fn breaking(text: &str) -> BTreeSet<(String, String)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("compat_component_state{"))
        .filter(|rest| rest.ends_with("state=\"breaking\"} 1"))
        .map(|rest| (label(rest, "project"), label(rest, "component")))
        .collect()
}

fn label(labels: &str, key: &str) -> String {
    let start = labels.find(&format!("{key}=\"")).unwrap() + key.len() + 2;
    labels[start..start + labels[start..].find('"').unwrap()].to_owned()
}

/// A free loopback port (bound, read, released).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `text` for a URL query value.
fn encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The result vector of an instant query, once Prometheus answers it with
/// at least one series (it needs a scrape first); `None` after `limit`.
fn query(prom: &str, q: &str, limit: Duration) -> Option<Vec<Value>> {
    let start = Instant::now();
    while start.elapsed() < limit {
        if TcpStream::connect(prom).is_ok() {
            let (code, _, body) = get(prom, &format!("/api/v1/query?query={}", encode(q)), None);
            if code == 200 {
                let v: Value = serde_json::from_str(&body).unwrap();
                assert_eq!(v["status"], "success", "{body}");
                let result = v["data"]["result"].as_array().cloned().unwrap_or_default();
                if !result.is_empty() {
                    return Some(result);
                }
            }
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    None
}

/// A Prometheus server scraping `addr` every second, on a free loopback
/// port with its storage under `tmp`: the child and its address.
fn prometheus(tmp: &Path, addr: &str) -> (Killed, String) {
    let config = tmp.join("prometheus.yml");
    std::fs::write(
        &config,
        format!(
            "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n\
             scrape_configs:\n  - job_name: compat\n    static_configs:\n      - targets: [\"{addr}\"]\n"
        ),
    )
    .unwrap();
    let prom = format!("127.0.0.1:{}", free_port());
    let log = std::fs::File::create(tmp.join("prometheus.log")).unwrap();
    let child = Killed(
        Command::new("prometheus")
            .arg(format!("--config.file={}", config.display()))
            .arg(format!(
                "--storage.tsdb.path={}",
                tmp.join("tsdb").display()
            ))
            .arg(format!("--web.listen-address={prom}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("prometheus"),
    );
    (child, prom)
}

#[test]
fn a_prometheus_server_scraping_the_loopback_endpoint_sees_the_breaking_components() {
    if have("prometheus").is_none() {
        return;
    }
    let f = fleet::build();
    let srv = serve(&f.store);
    let addr = srv.addr.clone();
    let tmp = f.dir.path();
    let (_prometheus, prom) = prometheus(tmp, &addr);
    let limit = Duration::from_secs(90);
    let log = || std::fs::read_to_string(tmp.join("prometheus.log")).unwrap_or_default();
    // The scrape worked (up is 1, not 0) ...
    let up = query(&prom, "up{job=\"compat\"} == 1", limit)
        .unwrap_or_else(|| panic!("no successful scrape within {limit:?}:\n{}", log()));
    assert_eq!(up.len(), 1);
    // ... and the breaking components are the fixture's, no more, no fewer.
    let result = query(
        &prom,
        "compat_component_state{state=\"breaking\"} == 1",
        limit,
    )
    .unwrap_or_else(|| panic!("no answer within {limit:?}:\n{}", log()));
    let mut got: Vec<(String, String)> = result
        .iter()
        .map(|r| {
            let m = &r["metric"];
            (
                m["project"].as_str().unwrap().to_owned(),
                m["component"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    got.sort();
    assert_eq!(got, fleet::breaking_on(DAY));
    // Counters arrive as counters, with their _total name.
    let runs = query(&prom, "compat_runs_total", limit).unwrap();
    assert_eq!(runs.len(), 2, "{runs:?}");
    let series = query(&prom, "scrape_samples_scraped{job=\"compat\"}", limit).unwrap();
    let n: f64 = series[0]["value"][1].as_str().unwrap().parse().unwrap();
    assert!(n > 0.0 && n <= compat_metrics_budget(), "{n} samples");
}

/// `(labels, value)` of every series of an instant query's result.
fn samples(result: &[Value]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = result
        .iter()
        .map(|r| {
            (
                r["metric"].to_string(),
                r["value"][1].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

#[test]
fn pruning_the_history_resets_no_counter_for_a_scraping_prometheus() {
    if have("prometheus").is_none() {
        return;
    }
    let f = fleet::build();
    let srv = serve(&f.store);
    let addr = srv.addr.clone();
    let tmp = f.dir.path();
    let (_prometheus, prom) = prometheus(tmp, &addr);
    let limit = Duration::from_secs(90);
    let log = || std::fs::read_to_string(tmp.join("prometheus.log")).unwrap_or_default();
    let runs = query(&prom, "compat_runs_total", limit)
        .unwrap_or_else(|| panic!("no scrape within {limit:?}:\n{}", log()));
    let checks = query(&prom, "compat_checks_total", limit).unwrap();
    // Every run of the fixture started before now: --keep-days 0 deletes them all.
    std::thread::sleep(Duration::from_millis(1100));
    let mut cmd = compat_cmd();
    cmd.env_remove("COMPAT_STORE")
        .args(["history", "prune", "--keep-days", "0", "--store"])
        .arg(&f.store);
    let out = cmd.output().unwrap();
    assert!(
        out.status.success() && String::from_utf8_lossy(&out.stdout).starts_with("pruned 3 runs"),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // A scrape after the prune: the components' last-check series are gone.
    query(
        &prom,
        "absent(compat_component_last_check_timestamp_seconds)",
        limit,
    )
    .unwrap_or_else(|| panic!("no scrape after the prune within {limit:?}:\n{}", log()));
    // ... and the counters are as they were, with no reset on the way.
    assert_eq!(
        samples(&query(&prom, "compat_runs_total", limit).unwrap()),
        samples(&runs)
    );
    assert_eq!(
        samples(&query(&prom, "compat_checks_total", limit).unwrap()),
        samples(&checks)
    );
    let resets = query(
        &prom,
        "sum(resets(compat_runs_total[10m])) + sum(resets(compat_checks_total[10m]))",
        limit,
    )
    .unwrap();
    assert_eq!(resets[0]["value"][1], "0", "{resets:?}");
}

/// The default series budget of compat metrics.
fn compat_metrics_budget() -> f64 {
    5_000.0
}
