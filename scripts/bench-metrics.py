#!/usr/bin/env python3
"""bench-metrics.py — what a scrape of compat's metrics costs as the history grows (issue 13).

Makes a 21-component project (JSON Schema components, as in
crates/compat/tests/common/fleet.rs: some narrowed, some waived), runs
`compat check -o json=...` once, and imports that report again and again,
each copy a new run an hour after the previous one, into a fresh SQLite
store. At each size in SIZES (default 100 and 1000 runs, so up to 21,000
component results) it times, SAMPLES times each (median and worst):
  * `compat metrics --store` (a process per scrape: the textfile-collector way);
  * GET /metrics from `compat serve` on 127.0.0.1 (what Prometheus scrapes);
  * beside them, the peer a generic SQL exporter would be: Debian's `sqlite3`
    running the same queries (compat-store's `Store::current`), which gives
    rows, not an exposition: the floor the store itself sets.
Prints a Markdown table.

Usage: scripts/bench-metrics.py   (COMPAT=path/to/compat, default target/release/compat;
                                  SIZES=100,1000; SAMPLES=10)
"""
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
SIZES = [int(n) for n in os.environ.get("SIZES", "100,1000").split(",")]
SAMPLES = int(os.environ.get("SAMPLES", "10"))

OLD = '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"id":{"type":"string"},"n":{"type":["string","integer"]}}}'
NARROWED = '{"$schema":"https://json-schema.org/draft/2020-12/schema","type":"object","properties":{"id":{"type":"string"},"n":{"type":"integer"}}}'

LATEST = ("(SELECT r2.id FROM check_result r2 JOIN run u2 ON u2.id = r2.run_id "
          "WHERE r2.component_id = c.id ORDER BY u2.started_at DESC, u2.id DESC LIMIT 1)")
# The queries of compat-store's current.rs (SQLite dialect).
QUERIES = f"""
SELECT c.project, c.name, c.kind, c.owner, r.id, r.run_id, u.started_at, u.finished_at, u.now_date,
  r.state, r.baseline_kind, r.breaking, r.warning, r.info, r.waived, r.baselined, r.errors
  FROM component c LEFT JOIN check_result r ON r.id = {LATEST}
  LEFT JOIN run u ON u.id = r.run_id ORDER BY c.project, c.name;
SELECT f.check_id, f.rule, f.severity, f.status, f.waiver_id, COUNT(*) FROM finding f
  WHERE f.check_id IN (SELECT {LATEST} FROM component c)
  GROUP BY f.check_id, f.rule, f.severity, f.status, f.waiver_id;
SELECT p.check_id, p.name, p.kind, p.status FROM promise_result p
  WHERE p.check_id IN (SELECT {LATEST} FROM component c);
SELECT w.project, w.id, w.component, w.rule, w.owner, w.expires, e.run_id, e.event, e.matches
  FROM waiver w LEFT JOIN waiver_event e ON e.id = (SELECT e2.id FROM waiver_event e2
  JOIN run u ON u.id = e2.run_id WHERE e2.project = w.project AND e2.waiver_id = w.id
  ORDER BY u.started_at DESC, u.id DESC, e2.id DESC LIMIT 1);
SELECT d.project, d.id, d.component, d.item, d.remove_after, e.run_id, e.state
  FROM deprecation d LEFT JOIN deprecation_event e ON e.id = (SELECT e2.id FROM deprecation_event e2
  JOIN run u ON u.id = e2.run_id WHERE e2.project = d.project AND e2.deprecation_id = d.id
  ORDER BY u.started_at DESC, u.id DESC, e2.id DESC LIMIT 1);
SELECT project, COUNT(*) FROM run GROUP BY project;
SELECT c.project, c.name, r.state, COUNT(*) FROM check_result r JOIN component c ON c.id = r.component_id
  GROUP BY c.project, c.name, r.state;
"""


def stamp(secs):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(secs))


def project(dir):
    cfg = ['version = 1\n\n[project]\nname = "fleet"\n\n[policy]\nmax_waiver_days = 40000\n']
    os.makedirs(os.path.join(dir, "schemas"))
    os.makedirs(os.path.join(dir, "baselines"))
    for i in range(21):
        n = f"c{i:02}"
        cfg.append(f'\n[component.{n}]\nkind = "json-schema"\nowner = "@team-{i % 3}"\n'
                   f'artifact = "schemas/{n}.json"\nbaseline.main = "baselines/{n}.json"\n')
        open(os.path.join(dir, "baselines", f"{n}.json"), "w").write(OLD)
        open(os.path.join(dir, "schemas", f"{n}.json"), "w").write(NARROWED if i % 7 < 4 else OLD)
        if i % 7 in (1, 2, 3):
            expires = {1: "2099-12-31", 2: "2020-02-01", 3: "2020-03-10"}[i % 7]
            cfg.append(f'\n[[waiver]]\nid = "W-{n}"\ncomponent = "{n}"\nrule = "schema-type-narrowed"\n'
                       f'subject = {{ symbol = "schemas/{n}.json#/properties/n" }}\nowner = "@team"\n'
                       f'reason = "migrated"\nexpires = "{expires}"\n')
    open(os.path.join(dir, "compat.toml"), "w").write("".join(cfg))
    subprocess.run([COMPAT, "check", "--now", "2020-03-01", "-o", "json=report.json"], cwd=dir,
                   stdout=subprocess.DEVNULL)
    return json.load(open(os.path.join(dir, "report.json")))


def timed(fn, n):
    times = []
    out = None
    for _ in range(n):
        t = time.monotonic()
        out = fn()
        times.append(time.monotonic() - t)
    return statistics.median(times), max(times), out


def main():
    if not os.access(COMPAT, os.X_OK) or not shutil.which("sqlite3"):
        sys.exit(f"need {COMPAT} (cargo build --release -p compat) and sqlite3 (apt-get install sqlite3)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        report = project(os.path.join(tmp, "fleet"))
        db = os.path.join(tmp, "history.db")
        base = 1798761600  # 2027-01-01T00:00:00Z
        done = 0
        for size in SIZES:
            files = []
            for i in range(done, size):
                r = json.loads(json.dumps(report))
                r["run"]["started_at"] = stamp(base + 3600 * i)
                r["run"]["finished_at"] = stamp(base + 3600 * i + 30)
                p = os.path.join(tmp, f"r{i}.json")
                json.dump(r, open(p, "w"))
                files.append(p)
            for k in range(0, len(files), 500):
                subprocess.run([COMPAT, "history", "import", "--store", db, *files[k:k + 500]],
                               check=True, stdout=subprocess.DEVNULL)
            for p in files:
                os.remove(p)
            done = size
            med, worst, text = timed(lambda: subprocess.run(
                [COMPAT, "metrics", "--store", db], check=True, capture_output=True).stdout, SAMPLES)
            series = sum(1 for l in text.splitlines() if not l.startswith(b"#"))
            rows.append((size, "`compat metrics` (a process)", f"{len(text):,} B, {series} series", med, worst))
            srv = subprocess.Popen([COMPAT, "serve", "--store", db, "--listen", "127.0.0.1:0"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            try:
                line = srv.stderr.readline().decode()
                host, port = line.split("http://")[1].strip().rstrip("/").split(":")

                def scrape():
                    c = http.client.HTTPConnection(host, int(port), timeout=30)
                    c.request("GET", "/metrics", headers={"Accept": "application/openmetrics-text"})
                    body = c.getresponse().read()
                    c.close()
                    return body
                med, worst, body = timed(scrape, SAMPLES)
                rows.append((size, "GET `/metrics` of `compat serve` (OpenMetrics)", f"{len(body):,} B", med, worst))
            finally:
                srv.kill()
                srv.wait()
            med, worst, out = timed(lambda: subprocess.run(
                ["sqlite3", db], input=QUERIES.encode(), check=True, capture_output=True).stdout, SAMPLES)
            rows.append((size, "peer: `sqlite3` running the same queries (rows only)",
                         f"{len(out.splitlines())} rows", med, worst))
    print("| runs x 21 components | what | output | median | worst |")
    print("|---:|---|---|---:|---:|")
    for size, what, out, med, worst in rows:
        print(f"| {size:,} | {what} | {out} | {med * 1000:.1f} ms | {worst * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
