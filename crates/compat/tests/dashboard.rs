//! `compat dashboard build` and `compat serve` over the 21-component
//! fixture store (tests/dashboard/fixture.rs: real `compat check --record`
//! runs). The oracle of every row is the last run's own JSON report; the
//! DOM checks are the acceptance tests of GOVERNANCE.md 6.11 item 13:
//! header totals equal the row sums, the component whose expired waiver
//! still matches shows breaking, nothing on a page refers outside the
//! dashboard, and there is no script at all.

mod common;
#[path = "dashboard/dom.rs"]
mod dom;
#[path = "dashboard/fixture.rs"]
mod fixture;

use std::collections::BTreeMap;
use std::path::Path;

use common::serve::{http, Served};
use fixture::{
    compat_in, fixture, ACTIVE_CREATED, ACTIVE_TICKET, BAR_SONAME, DAYS, EXPIRED, SONAME_RUN,
};
use serde_json::Value;

/// Checks the overview HTML against the last report; returns the rows.
fn check_overview(html: &str, report: &Value) -> Vec<BTreeMap<String, String>> {
    let rows = dom::rows(html, "data-component");
    assert_eq!(rows.len(), 21, "one row per component");
    let totals = dom::rows(html, "data-components");
    assert_eq!(totals.len(), 1, "one totals row");
    let totals = &totals[0];
    for key in [
        "data-breaking",
        "data-warning",
        "data-info",
        "data-waived",
        "data-waivers-active",
        "data-waivers-expiring",
        "data-waivers-expired",
    ] {
        let sum: i64 = rows.iter().map(|r| r[key].parse::<i64>().unwrap()).sum();
        assert_eq!(
            totals[key].parse::<i64>().unwrap(),
            sum,
            "{key}: header = row sum"
        );
    }
    assert_eq!(totals["data-components"], "21");
    let breaking = rows
        .iter()
        .filter(|r| r["data-state"] == "breaking")
        .count();
    assert_eq!(totals["data-breaking-components"], breaking.to_string());
    // Each row is the component's result in the last run.
    for c in report["components"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        let row = rows
            .iter()
            .find(|r| r["data-component"] == name)
            .unwrap_or_else(|| panic!("no row for {name}"));
        assert_eq!(row["data-state"], c["state"].as_str().unwrap(), "{name}");
        for key in ["breaking", "warning", "info", "waived"] {
            assert_eq!(
                row[&format!("data-{key}")],
                c["summary"][key].to_string(),
                "{name} {key}"
            );
        }
    }
    // The expired waiver that still matches: its component is breaking.
    let expired = rows
        .iter()
        .find(|r| r["data-component"] == EXPIRED)
        .unwrap();
    assert_eq!(expired["data-state"], "breaking");
    assert_eq!(expired["data-waivers-expired"], "1");
    let w = |c: &str, k: &str| rows.iter().find(|r| r["data-component"] == c).unwrap()[k].clone();
    assert_eq!(w("svc-03", "data-waivers-active"), "1");
    assert_eq!(w("svc-04", "data-waivers-expiring"), "1");
    rows
}

#[test]
fn static_build_writes_every_page_self_contained() {
    let Some(fx) = fixture() else { return };
    let site = fx.dir.join("site");
    let store = format!("sqlite:{}", fx.store.display());
    let r = compat_in(
        &fx.dir,
        &[
            "dashboard",
            "build",
            "--store",
            &store,
            "-o",
            "site",
            "--now",
            DAYS[3],
            "--index",
            "index.db",
        ],
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    let last = fx.reports.last().unwrap();
    check_overview(&index, last);

    // Every page: no script, the CSP, no address outside the site.
    let mut pages = 0;
    for path in dom::files(&site, "html") {
        let html = std::fs::read_to_string(&path).unwrap();
        dom::self_contained(&html, &path.display().to_string(), None);
        pages += 1;
        // Each relative link of a page names a file of the site.
        for href in dom::attr_values(&html, "href") {
            let target = path.parent().unwrap().join(dom::decode(&href));
            assert!(target.is_file(), "{}: broken link {href}", path.display());
        }
    }
    assert!(pages > 30, "{pages} pages");

    // The JSON twins carry the same tables.
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("api/overview.json")).unwrap())
            .unwrap();
    assert_eq!(json["components"].as_array().unwrap().len(), 21);
    let waivers: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("api/waivers.json")).unwrap())
            .unwrap();
    let by_id: BTreeMap<&str, &Value> = waivers["waivers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["id"].as_str().unwrap(), w))
        .collect();
    assert_eq!(by_id["W-EXPIRED"]["state"], "expired");
    assert_eq!(by_id["W-EXPIRED"]["days_left"], -2);
    assert_eq!(by_id["W-EXPIRING"]["days_left"], 8);
    assert_eq!(by_id["W-EXPIRING"]["owner"], "@team-svc-04");
    assert_eq!(by_id["W-UNUSED"]["state"], "unused");
    // Ticket and creation day as written in compat.toml; days active from
    // the created day to --now (2026-12-20 to 2027-01-12).
    assert_eq!(by_id["W-ACTIVE"]["ticket"], ACTIVE_TICKET);
    assert_eq!(by_id["W-ACTIVE"]["created"], ACTIVE_CREATED);
    assert_eq!(by_id["W-ACTIVE"]["days_active"], 23);
    assert_eq!(by_id["W-EXPIRING"]["ticket"], Value::Null);
    assert_eq!(by_id["W-EXPIRING"]["days_active"], Value::Null);
    let waivers_html = std::fs::read_to_string(site.join("waivers.html")).unwrap();
    let rows = dom::rows(&waivers_html, "data-waiver");
    let active = rows
        .iter()
        .find(|r| r["data-waiver"] == "W-ACTIVE")
        .unwrap();
    assert_eq!(active["data-ticket"], ACTIVE_TICKET);
    assert_eq!(active["data-created"], ACTIVE_CREATED);
    assert_eq!(active["data-days-active"], "23");
    assert!(waivers_html.contains(&format!("<code>{ACTIVE_TICKET}</code>")));
    let expiring = rows
        .iter()
        .find(|r| r["data-waiver"] == "W-EXPIRING")
        .unwrap();
    assert_eq!(expiring["data-ticket"], "");
    assert_eq!(expiring["data-days-active"], "");
    // The component page: the timeline has one row per run, the findings link to their rule.
    let comp = std::fs::read_to_string(site.join(format!("c/{EXPIRED}.html"))).unwrap();
    assert!(dom::rows(&comp, "data-rule").len() >= 2, "{comp}");
    assert!(comp.contains("href=\"../rules/policy-waiver-expired.html\""));
    let timeline: Value = serde_json::from_str(
        &std::fs::read_to_string(site.join(format!("api/c/{EXPIRED}.json"))).unwrap(),
    )
    .unwrap();
    assert_eq!(timeline["timeline"].as_array().unwrap().len(), DAYS.len());

    // The impact matrix: the latest change of libfoo (foo_b removed) joined
    // to what each consumer of the index binds.
    let impact: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("api/impact.json")).unwrap())
            .unwrap();
    check_impact(&impact);
    let html = std::fs::read_to_string(site.join("impact.html")).unwrap();
    assert_eq!(dom::rows(&html, "data-consumer").len(), 4, "{html}");
    assert!(
        html.contains("data-cell=\"breaking\" data-waivers=\"W-FOO-B\""),
        "{html}"
    );
    assert!(html.contains("accepted for the provider by W-FOO-B (the consumer still breaks)"));
    assert!(
        html.contains("data-cell=\"waived\" data-waivers=\"W-PLUG\" title=\"binds 2 symbols; abi-symbol-removed; waived by W-PLUG\""),
        "{html}"
    );
    let libfoo = std::fs::read_to_string(site.join("c/libfoo.html")).unwrap();
    assert!(
        libfoo.contains("<h2>Consumers (4 in index.db)</h2>"),
        "{libfoo}"
    );

    // Deprecated symbols and the consumers that still bind them.
    let deps: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("api/deprecations.json")).unwrap())
            .unwrap();
    let binding = |id: &str| -> Vec<String> {
        let d = deps["deprecations"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["id"] == id)
            .unwrap();
        d["consumers_binding"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_str().unwrap().rsplit('/').next().unwrap().to_owned())
            .collect()
    };
    assert_eq!(binding("D-1"), ["libplug.so"]);
    assert_eq!(binding("D-2"), ["app-c"]);

    // Built again: the same files (the footer's time aside).
    let again = compat_in(
        &fx.dir,
        &[
            "dashboard",
            "build",
            "--store",
            &store,
            "-o",
            "site",
            "--now",
            DAYS[3],
        ],
    );
    assert_eq!(again.code, 0, "{}", again.stderr);
}

/// The component page's timeline (GOVERNANCE.md 6.7): for a library, each
/// recorded check's compatible ratio, symbols added and removed, and
/// SONAMEs. Oracles: libfoo's committed baseline dump (its functions and
/// variables) and the last run's own findings (what was removed), and the
/// SONAME the fixture gave libbar in each run.
#[test]
fn the_component_timeline_shows_the_interface_change_and_the_soname() {
    let Some(fx) = fixture() else { return };
    let store = format!("sqlite:{}", fx.store.display());
    let r = compat_in(
        &fx.dir,
        &[
            "dashboard",
            "build",
            "--store",
            &store,
            "-o",
            "site-timeline",
            "--now",
            DAYS[3],
        ],
    );
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let site = fx.dir.join("site-timeline");

    // The baseline's interface, from the dump compat baseline update wrote.
    let dump: Value = serde_json::from_str(
        &std::fs::read_to_string(fx.dir.join("compat/libfoo.abi.json")).unwrap(),
    )
    .unwrap();
    let old: Vec<&str> = dump["symbols"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            matches!(
                s["kind"].as_str(),
                Some("func" | "ifunc" | "object" | "common" | "tls")
            ) && matches!(s["visibility"].as_str(), Some("default" | "protected"))
                && s["binding"] != "local"
        })
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert_eq!(old.len(), 4, "foo_a, foo_b, foo_old, foo_new: {old:?}");
    // What the last run's diff removed, and that no other breaking finding
    // names one of them.
    let last = fx.reports.last().unwrap();
    let libfoo: Vec<&Value> = last["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["subject"]["component"] == "libfoo")
        .collect();
    let removed: Vec<&str> = libfoo
        .iter()
        .filter(|f| f["rule"] == "abi-symbol-removed")
        .map(|f| f["subject"]["symbol"].as_str().unwrap())
        .collect();
    assert_eq!(removed, ["foo_b"]);
    for f in &libfoo {
        if f["severity"] == "breaking" && f["rule"] != "abi-symbol-removed" {
            let sym = f["subject"]["symbol"].as_str().unwrap_or("");
            assert!(!old.contains(&sym) || sym == "foo_b", "{f}");
        }
    }
    let expected = (old.len() - removed.len()) as f64 / old.len() as f64;

    let html = std::fs::read_to_string(site.join("c/libfoo.html")).unwrap();
    let rows = dom::rows(&html, "data-run");
    assert_eq!(rows.len(), DAYS.len(), "{html}");
    // Newest first: the last run lost foo_b, the earlier ones nothing.
    assert_eq!(rows[0]["data-old"], old.len().to_string());
    assert_eq!(rows[0]["data-removed"], "1");
    assert_eq!(rows[0]["data-added"], "0");
    assert_eq!(rows[0]["data-compatible"], "3");
    assert_eq!(rows[0]["data-ratio"], format!("{expected:.4}"));
    assert!(html.contains(">75.0%</span>"), "{html}");
    for row in &rows[1..] {
        assert_eq!(row["data-ratio"], "1.0000", "{row:?}");
        assert_eq!(row["data-removed"], "0", "{row:?}");
    }
    assert!(rows.iter().all(|r| r["data-soname-changed"] == "false"));
    let json: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join("api/c/libfoo.json")).unwrap())
            .unwrap();
    let t0 = &json["timeline"][0];
    assert!((t0["compatible_ratio"].as_f64().unwrap() - expected).abs() < 1e-9);
    assert_eq!(t0["interface"]["removed"], 1);
    assert_eq!(t0["soname_to"], "libfoo.so.1");
    // The report carries the same facts.
    let result = last["components"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "libfoo")
        .unwrap();
    assert_eq!(result["interface"], t0["interface"]);

    // libbar: its SONAME changed in one run only, and the timeline says so.
    let html = std::fs::read_to_string(site.join("c/libbar.html")).unwrap();
    let rows = dom::rows(&html, "data-run");
    assert_eq!(rows.len(), DAYS.len());
    for (i, row) in rows.iter().enumerate() {
        let run = DAYS.len() - 1 - i;
        let changed = run == SONAME_RUN;
        assert_eq!(row["data-soname-changed"], changed.to_string(), "{row:?}");
        assert_eq!(row["data-soname-from"], "libbar.so.1");
        let to = if changed { BAR_SONAME } else { "libbar.so.1" };
        assert_eq!(row["data-soname-to"], to, "{row:?}");
        assert_eq!(row["data-ratio"], "1.0000", "{row:?}");
    }
    assert!(
        html.contains(&format!("libbar.so.1 → {BAR_SONAME}")),
        "{html}"
    );

    // A schema has no ELF interface: no ratio, no SONAME.
    let html = std::fs::read_to_string(site.join("c/svc-01.html")).unwrap();
    let rows = dom::rows(&html, "data-run");
    assert!(rows.iter().all(|r| !r.contains_key("data-ratio")));
    assert!(rows.iter().all(|r| !r.contains_key("data-soname-to")));
}

/// The cells of the fixture's impact matrix (JSON), by provider and consumer file name.
fn check_impact(impact: &Value) {
    let cells: BTreeMap<(String, String), (String, Value)> = impact["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let consumer = c["consumer"].as_str().unwrap();
            let file = consumer.rsplit('/').next().unwrap().to_owned();
            (
                (c["provider"].as_str().unwrap().to_owned(), file),
                (c["cell"].as_str().unwrap().to_owned(), c["rules"].clone()),
            )
        })
        .collect();
    let cell = |p: &str, c: &str| {
        cells
            .get(&(p.to_owned(), c.to_owned()))
            .map(|x| x.0.as_str())
            .unwrap_or("-")
    };
    assert_eq!(cell("libfoo.so.1", "app-a"), "breaking", "{impact}");
    assert_eq!(
        cells[&("libfoo.so.1".into(), "app-a".into())].1,
        serde_json::json!(["abi-symbol-removed"])
    );
    // libfoo's own waiver of the removal does not hide its consumers; the
    // cell names it.
    let waivers = |p: &str, c: &str| {
        impact["cells"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["provider"] == p && x["consumer"].as_str().unwrap().ends_with(c))
            .map(|x| x["waivers"].clone())
            .unwrap()
    };
    assert_eq!(
        waivers("libfoo.so.1", "/app-a"),
        serde_json::json!(["W-FOO-B"])
    );
    assert_eq!(waivers("libfoo.so.1", "/app-b"), Value::Null);
    // libplug.so binds foo_b too; W-PLUG, scoped to it, waives its cell.
    assert_eq!(cell("libfoo.so.1", "libplug.so"), "waived");
    assert_eq!(
        waivers("libfoo.so.1", "/libplug.so"),
        serde_json::json!(["W-PLUG"])
    );
    assert_eq!(cell("libfoo.so.1", "app-b"), "ok");
    assert_eq!(cell("libfoo.so.1", "app-c"), "none");
    assert_eq!(cell("libbar.so.1", "app-a"), "ok");
    assert_eq!(cell("libbar.so.1", "app-c"), "ok");
    assert_eq!(cell("libbar.so.1", "app-b"), "-");
}

/// Starts `compat serve --listen 127.0.0.1:0` on the fixture.
pub fn serve(dir: &Path, extra: &[&str]) -> Served {
    let mut cmd = common::compat_cmd();
    cmd.current_dir(dir)
        .env_remove("COMPAT_STORE")
        .env_remove("COMPAT_NOW")
        .args(["serve", "--listen", "127.0.0.1:0", "--now", DAYS[3]])
        .args(extra);
    common::serve::start(cmd)
}

fn get(addr: &str, path: &str) -> (u16, String, String) {
    http(
        addr,
        &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n"),
    )
}

#[test]
fn serve_answers_get_and_head_read_only() {
    let Some(fx) = fixture() else { return };
    let before = std::fs::read(&fx.store).unwrap();
    let srv = serve(&fx.dir, &["--index", "index.db"]);
    let (code, head, body) = get(&srv.addr, "/");
    assert_eq!(code, 200, "{head}");
    assert!(head.contains(
        "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:"
    ));
    check_overview(&body, fx.reports.last().unwrap());
    dom::self_contained(&body, "/", Some(&srv.addr));

    for path in [
        "/waivers",
        "/deprecations",
        "/impact",
        "/runs",
        "/rules",
        "/rules/abi-symbol-removed",
        "/c/libfoo",
    ] {
        let (code, _, body) = get(&srv.addr, path);
        assert_eq!(code, 200, "{path}");
        dom::self_contained(&body, path, Some(&srv.addr));
    }
    // Every table as JSON, two ways.
    let (code, head, body) = get(&srv.addr, "/api/overview.json");
    assert_eq!(code, 200);
    assert!(head.contains("application/json"));
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["components"].as_array().unwrap().len(), 21);
    let (_, _, body) = get(&srv.addr, "/waivers?format=json");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["waivers"].as_array().unwrap().len(), 6);
    let (_, _, body) = get(&srv.addr, "/impact?format=json");
    check_impact(&serde_json::from_str(&body).unwrap());
    // /metrics carries the libraries' compatible ratio: libfoo lost one of
    // its four functions in the last run, libbar nothing.
    let (code, _, body) = get(&srv.addr, "/metrics");
    assert_eq!(code, 200);
    assert!(
        body.contains(
            "compat_component_compatible_ratio{project=\"fleet\",component=\"libfoo\"} 0.75\n"
        ),
        "{body}"
    );
    assert!(body
        .contains("compat_component_compatible_ratio{project=\"fleet\",component=\"libbar\"} 1\n"));
    // The impact cells by state, the waived one apart.
    for (state, n) in [("breaking", 1), ("waived", 1), ("ok", 1), ("none", 1)] {
        assert!(
            body.contains(&format!(
                "compat_impact_consumers{{provider=\"libfoo.so.1\",state=\"{state}\"}} {n}\n"
            )),
            "{state}: {body}"
        );
    }
    assert!(
        !body.contains("compat_component_compatible_ratio{project=\"fleet\",component=\"svc-01\"}")
    );
    let (_, _, body) = get(&srv.addr, "/api/runs.json");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["runs"].as_array().unwrap().len(), DAYS.len());

    // HEAD: the head alone; other methods, unknown pages, bodies, huge heads: refused.
    let (code, head, body) = http(&srv.addr, "HEAD /waivers HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(code, 200);
    assert!(
        head.contains("Content-Length: ") && body.is_empty(),
        "{head}"
    );
    let (code, head, _) = http(
        &srv.addr,
        "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    );
    assert_eq!(code, 405);
    assert!(head.contains("Allow: GET, HEAD"));
    assert_eq!(get(&srv.addr, "/c/no-such-component").0, 404);
    assert_eq!(get(&srv.addr, "/etc/passwd").0, 404);
    assert_eq!(get(&srv.addr, "/c/..%2F..%2Fetc").0, 404);
    let big = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(20_000));
    assert_eq!(http(&srv.addr, &big).0, 431);
    assert_eq!(
        http(
            &srv.addr,
            "GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        .0,
        413
    );
    drop(srv);
    assert_eq!(
        std::fs::read(&fx.store).unwrap(),
        before,
        "the store is not written"
    );
}

#[test]
fn serve_refuses_a_non_loopback_address_and_a_missing_store() {
    let Some(fx) = fixture() else { return };
    let store = format!("sqlite:{}", fx.store.display());
    let r = compat_in(
        &fx.dir,
        &["serve", "--store", &store, "--listen", "0.0.0.0:0"],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("not a loopback address"), "{}", r.stderr);
    let r = compat_in(
        &fx.dir,
        &[
            "serve",
            "--store",
            "sqlite:nothing.db",
            "--listen",
            "127.0.0.1:0",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no history store"), "{}", r.stderr);
    let r = compat_in(
        &fx.dir,
        &[
            "dashboard",
            "build",
            "--store",
            &store,
            "-o",
            "x",
            "--project",
            "nope",
        ],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("--project \"nope\"") && r.stderr.contains("(it has: fleet)"),
        "{}",
        r.stderr
    );
    assert!(!fx.dir.join("nothing.db").exists());
}

/// The headless browser: `COMPAT_CHROMIUM`, else Debian's `chromium` (or
/// `chromium-headless-shell`) on PATH.
fn chromium() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("COMPAT_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(p.into());
    }
    let path = std::env::var_os("PATH")?;
    for name in ["chromium", "chromium-headless-shell", "chromium-browser"] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Where screenshots go: `COMPAT_ARTIFACTS`, else `target/ci-artifacts`.
fn artifacts() -> std::path::PathBuf {
    let dir = match std::env::var_os("COMPAT_ARTIFACTS").filter(|p| !p.is_empty()) {
        Some(p) => std::path::PathBuf::from(p),
        None => Path::new(env!("CARGO_TARGET_TMPDIR")).join("../ci-artifacts"),
    };
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs the browser headless on `url` with `args`. JavaScript cannot run on
/// these pages: they carry no script and their Content-Security-Policy
/// (`default-src 'none'`) forbids every script. (Turning scripts off in
/// the browser instead, `--blink-settings=scriptEnabled=false`, also
/// stops headless Chromium's own `--screenshot` and `--dump-dom`.)
fn browse(browser: &Path, profile: &Path, args: &[&str], url: &str) -> std::process::Output {
    let mut cmd = std::process::Command::new(browser);
    cmd.args([
        "--headless",
        "--disable-gpu",
        "--no-sandbox",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--window-size=1280,900",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(args)
    .arg(url)
    .env("HOME", profile);
    let (out, _) = common::wait_bounded(cmd, std::time::Duration::from_secs(120));
    assert!(
        out.status.success(),
        "{browser:?} {args:?} {url}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// GOVERNANCE.md 6.11 item 13 in a real browser: Debian's Chromium,
/// headless, on pages where no script may run, screenshots of the overview, waivers and
/// impact pages (kept as CI artifacts), and the DOM it built checked like
/// the server's HTML; the server's log shows every request the browser made.
#[test]
fn chromium_renders_the_pages_without_javascript() {
    let Some(fx) = fixture() else { return };
    let Some(browser) = chromium() else {
        common::skip::<()>("chromium is not installed (Debian package chromium)");
        return;
    };
    let srv = serve(&fx.dir, &["--index", "index.db"]);
    let profile = tempfile::tempdir().unwrap();
    let out = artifacts().canonicalize().unwrap();
    let pages = [
        ("overview", "/"),
        ("waivers", "/waivers"),
        ("impact", "/impact"),
    ];
    for (name, path) in pages {
        let png = out.join(format!("dashboard-{name}.png"));
        let _ = std::fs::remove_file(&png);
        let url = format!("http://{}{path}", srv.addr);
        browse(
            &browser,
            profile.path(),
            &[&format!("--screenshot={}", png.display())],
            &url,
        );
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "{}", png.display());
        assert!(
            bytes.len() > 10_000,
            "{}: {} bytes",
            png.display(),
            bytes.len()
        );
    }
    // The DOM Chromium built.
    let url = format!("http://{}/", srv.addr);
    let dom = browse(&browser, profile.path(), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    check_overview(&dom, fx.reports.last().unwrap());
    dom::self_contained(&dom, "/ (chromium)", Some(&srv.addr));
    let url = format!("http://{}/waivers", srv.addr);
    let dom = browse(&browser, profile.path(), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    let waivers = dom::rows(&dom, "data-waiver");
    assert_eq!(waivers.len(), 6, "{dom}");
    let expired = waivers
        .iter()
        .find(|w| w["data-waiver"] == "W-EXPIRED")
        .unwrap();
    assert_eq!(expired["data-state"], "expired");
    let url = format!("http://{}/impact", srv.addr);
    let dom = browse(&browser, profile.path(), &["--dump-dom"], &url);
    let dom = String::from_utf8_lossy(&dom.stdout).into_owned();
    assert_eq!(dom::rows(&dom, "data-consumer").len(), 4, "{dom}");
    assert!(
        dom.contains("data-cell=\"waived\" data-waivers=\"W-PLUG\""),
        "{dom}"
    );

    // Every request the browser made reached this server, for a page asked
    // for (or the favicon a browser asks for by itself): nothing else loads.
    std::thread::sleep(std::time::Duration::from_millis(200));
    let log = srv.log.lock().unwrap().clone();
    let asked: Vec<&str> = log
        .lines()
        .filter_map(|l| l.strip_prefix("compat: note: 127.0.0.1:"))
        .filter_map(|l| l.split(' ').nth(2))
        .collect();
    assert!(asked.len() >= 6, "{log}");
    for path in &asked {
        assert!(
            ["/", "/waivers", "/impact", "/favicon.ico"].contains(path),
            "unexpected request {path}: {log}"
        );
    }
}

/// Writes the fixture's reports, each changed by `edit`, under `dir`; returns their paths.
fn reports_in(fx: &fixture::Fixture, dir: &Path, edit: impl Fn(&mut Value)) -> Vec<String> {
    std::fs::create_dir_all(dir).unwrap();
    fx.reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut r = r.clone();
            edit(&mut r);
            let p = dir.join(format!("report-{i}.json"));
            std::fs::write(&p, serde_json::to_vec(&r).unwrap()).unwrap();
            p.display().to_string()
        })
        .collect()
}

/// The JSON twin `rel` of a static build, without what names the store or the time.
fn api(site: &Path, rel: &str) -> Value {
    let mut v: Value =
        serde_json::from_str(&std::fs::read_to_string(site.join(rel)).unwrap()).unwrap();
    if let Some(o) = v.as_object_mut() {
        o.remove("source");
    }
    v
}

/// The same history in PostgreSQL (`compat history import` of the fixture's
/// reports) gives the same pages as the SQLite store `--record` wrote.
#[test]
fn dashboard_over_postgres_equals_sqlite() {
    let Some(url) = std::env::var("COMPAT_TEST_POSTGRES")
        .ok()
        .filter(|u| !u.is_empty())
        .or_else(|| {
            common::skip("COMPAT_TEST_POSTGRES is not set (.ci/run starts PostgreSQL and sets it)")
        })
    else {
        return;
    };
    let Some(fx) = fixture() else { return };
    let db = format!("compat_t_dash_{}", std::process::id());
    let psql = |sql: &str| {
        let out = std::process::Command::new("psql")
            .args([url.as_str(), "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
            .output()
            .expect("psql (Debian's postgresql-client)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    psql(&format!("DROP DATABASE IF EXISTS {db}"));
    psql(&format!("CREATE DATABASE {db}"));
    let store = format!("{}/{db}", &url[..url.rfind('/').unwrap()]);
    let reports = reports_in(fx, &fx.dir.join("pg-reports"), |_| {});
    let mut args = vec!["history", "import", "--store", &store];
    args.extend(reports.iter().map(String::as_str));
    let r = compat_in(&fx.dir, &args);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let sqlite = format!("sqlite:{}", fx.store.display());
    for (s, out) in [(sqlite.as_str(), "site-lite"), (store.as_str(), "site-pg")] {
        let r = compat_in(
            &fx.dir,
            &[
                "dashboard",
                "build",
                "--store",
                s,
                "-o",
                out,
                "--now",
                DAYS[3],
                "--index",
                "index.db",
            ],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let (lite, pg) = (fx.dir.join("site-lite"), fx.dir.join("site-pg"));
    for rel in [
        "api/overview.json",
        "api/waivers.json",
        "api/deprecations.json",
        "api/impact.json",
        "api/c/libfoo.json",
        "api/c/libbar.json",
        "api/c/svc-05.json",
    ] {
        assert_eq!(api(&lite, rel), api(&pg, rel), "{rel}");
    }
    let pg_index = std::fs::read_to_string(pg.join("index.html")).unwrap();
    check_overview(&pg_index, fx.reports.last().unwrap());
    psql(&format!("DROP DATABASE IF EXISTS {db}"));
}

/// A report imported from elsewhere can say anything: names, messages and
/// reasons that are HTML, or addresses, are shown as text.
#[test]
fn hostile_strings_in_an_imported_report_are_text() {
    let Some(fx) = fixture() else { return };
    const EVIL: &str = "x\"><script>alert(1)</script><img src=https://evil.example/a.png>";
    let reports = reports_in(fx, &fx.dir.join("hostile-reports"), |r| {
        r["run"]["project"] = "hostile".into();
        for c in r["components"].as_array_mut().unwrap() {
            if c["name"] == "svc-01" {
                c["name"] = EVIL.into();
                c["owner"] = EVIL.into();
            }
        }
        for f in r["findings"].as_array_mut().unwrap() {
            if f["subject"]["component"] == "svc-01" {
                f["subject"]["component"] = EVIL.into();
            }
            f["message"] = format!("{EVIL} <a href=\"https://evil.example\">x</a>").into();
        }
        for w in r["waivers"].as_array_mut().unwrap() {
            w["reason"] = EVIL.into();
            w["owner"] = "<style>body{background:url(https://evil.example)}</style>".into();
        }
    });
    let mut args = vec!["history", "import", "--store", "sqlite:hostile.db"];
    args.extend(reports.iter().map(String::as_str));
    let r = compat_in(&fx.dir, &args);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let r = compat_in(
        &fx.dir,
        &[
            "dashboard",
            "build",
            "--store",
            "sqlite:hostile.db",
            "-o",
            "site-hostile",
            "--now",
            DAYS[3],
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let site = fx.dir.join("site-hostile");
    let mut pages = 0;
    for path in dom::files(&site, "html") {
        let html = std::fs::read_to_string(&path).unwrap();
        dom::self_contained(&html, &path.display().to_string(), None);
        let lower = html.to_ascii_lowercase();
        assert!(
            !lower.contains("<img") && !lower.contains("<a href=\"https://"),
            "{}",
            path.display()
        );
        assert_eq!(lower.matches("<style>").count(), 1, "{}", path.display());
        pages += 1;
    }
    assert!(pages > 30);
    let index = std::fs::read_to_string(site.join("index.html")).unwrap();
    assert!(
        index.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{index}"
    );
    let rows = dom::rows(&index, "data-component");
    assert!(rows.iter().any(|r| r["data-component"] == EVIL));
    // The hostile component has its own page, reached by its encoded name.
    let hrefs = dom::attr_values(&index, "href");
    let href = hrefs.iter().find(|h| h.contains("script")).unwrap();
    assert!(site.join(dom::decode(href)).is_file(), "{href}");
    // Served, the same component by its encoded name (a `/` in it is `%2F`).
    let srv = serve(
        &fx.dir,
        &["--store", "sqlite:hostile.db", "--project", "hostile"],
    );
    let (_, _, body) = get(&srv.addr, "/");
    dom::self_contained(&body, "/ (hostile)", Some(&srv.addr));
    let link = dom::attr_values(&body, "href")
        .into_iter()
        .find(|h| h.contains("script"))
        .unwrap();
    let (code, _, page) = get(&srv.addr, &link);
    assert_eq!(code, 200, "{link}");
    dom::self_contained(&page, &link, Some(&srv.addr));
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
}
