#!/usr/bin/env python3
"""bench-dashboard.py — how the dashboard holds up as the history grows (issue 13).

Takes the four reports of the dashboard test's 21-component fixture
(crates/compat/tests/dashboard.rs writes them to
target/tmp/dashboard-fixture/report-*.json; run that test first, or set
REPORTS=DIR) and imports them again and again, each copy a new run an hour
after the previous one, into a fresh SQLite store: RUNS runs (default 500,
so 10,500 component results). Then:
  * `compat history import` of all of them (one process), timed;
  * `compat serve` on 127.0.0.1: median and worst wall time of SAMPLES
    (default 20) GETs of each page, timed by this script's HTTP client;
  * `compat dashboard build -o DIR`, timed.
No other tool reads compat's store, so there is no peer to run beside it.
Prints a Markdown table.

Usage: scripts/bench-dashboard.py   (COMPAT=path/to/compat, default target/release/compat)
"""
import glob
import http.client
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
REPORTS = os.environ.get("REPORTS", os.path.join(ROOT, "target/tmp/dashboard-fixture"))
RUNS = int(os.environ.get("RUNS", "500"))
SAMPLES = int(os.environ.get("SAMPLES", "20"))
PAGES = ["/", "/c/libfoo", "/c/svc-05", "/waivers", "/deprecations", "/runs", "/rules", "/api/overview.json"]


def stamp(secs):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(secs))


def main():
    sources = sorted(glob.glob(os.path.join(REPORTS, "report-*.json")))
    if not sources or not os.access(COMPAT, os.X_OK):
        sys.exit(f"need {COMPAT} and {REPORTS}/report-*.json (cargo test -p compat --test dashboard)")
    reports = [json.load(open(p)) for p in sources]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        base = 1798761600  # 2027-01-01T00:00:00Z
        for i in range(RUNS):
            r = json.loads(json.dumps(reports[i % len(reports)]))
            r["run"]["started_at"] = stamp(base + 3600 * i)
            r["run"]["finished_at"] = stamp(base + 3600 * i + 30)
            p = os.path.join(tmp, f"r{i}.json")
            with open(p, "w") as f:
                json.dump(r, f)
            files.append(p)
        store = "sqlite:" + os.path.join(tmp, "history.db")
        t = time.monotonic()
        subprocess.run([COMPAT, "history", "import", "--store", store, *files],
                       check=True, stdout=subprocess.DEVNULL)
        import_s = time.monotonic() - t

        srv = subprocess.Popen([COMPAT, "serve", "--store", store, "--listen", "127.0.0.1:0",
                                "--now", "2027-01-12"], stderr=subprocess.PIPE, text=True)
        try:
            line = srv.stderr.readline()
            host, port = line.split("http://")[1].strip().rstrip("/").split(":")
            rows = []
            for page in PAGES:
                times, size = [], 0
                for _ in range(SAMPLES):
                    t = time.monotonic()
                    c = http.client.HTTPConnection(host, int(port), timeout=60)
                    c.request("GET", page)
                    resp = c.getresponse()
                    size = len(resp.read())
                    times.append(time.monotonic() - t)
                    assert resp.status == 200, (page, resp.status)
                    c.close()
                rows.append((page, size, statistics.median(times), max(times)))
        finally:
            srv.kill()
            srv.wait()

        t = time.monotonic()
        subprocess.run([COMPAT, "dashboard", "build", "--store", store, "-o", os.path.join(tmp, "site"),
                        "--now", "2027-01-12"], check=True, stderr=subprocess.DEVNULL)
        build_s = time.monotonic() - t
        nfiles = sum(len(f) for _, _, f in os.walk(os.path.join(tmp, "site")))

    print(f"{RUNS} runs x 21 components ({RUNS * 21} results); {os.path.basename(COMPAT)} = {COMPAT}\n")
    print("| step | size | median | worst |")
    print("|---|---:|---:|---:|")
    print(f"| `history import` of {RUNS} reports | | {import_s:.2f} s | |")
    for page, size, med, worst in rows:
        print(f"| GET `{page}` | {size:,} B | {med * 1000:.1f} ms | {worst * 1000:.1f} ms |")
    print(f"| `dashboard build` ({nfiles} files) | | {build_s:.2f} s | |")


if __name__ == "__main__":
    main()
