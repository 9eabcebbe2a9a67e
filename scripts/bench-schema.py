#!/usr/bin/env python3
"""bench-schema.py: `compat schema diff --mode backward` beside getsentry's
json-schema-diff (crates.io, `cargo install json-schema-diff --features
build-binary`) on the same real schema pairs, in one run: CPU and wall time
(median of --runs), peak RSS, exit status and how many changes each calls
breaking. Prints a Markdown table for the README.

Pairs: Renovate's configuration schema (npm `renovate`, file
renovate-schema.json) at releases given with --renovate (default 36.82.0 and
39.99.0), fetched with `npm pack` into --cache (the registry is the only
network this needs). Atlassian's json-schema-diff (npm) is not timed: it stops
on this schema's circular $ref ("Circular $ref pointer found").

Usage: cargo build --release -p compat
       scripts/bench-schema.py [--compat target/release/compat]
                               [--peer ~/.cargo/bin/json-schema-diff] [--runs 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def fetch(version, cache):
    """renovate-schema.json of renovate@version, from the npm registry once."""
    out = os.path.join(cache, f"renovate-{version}.schema.json")
    if os.path.exists(out):
        return out
    os.makedirs(cache, exist_ok=True)
    subprocess.run(["npm", "pack", f"renovate@{version}", "--silent"], cwd=cache,
                   check=True, stdout=subprocess.DEVNULL)
    tgz = os.path.join(cache, f"renovate-{version}.tgz")
    with tarfile.open(tgz) as t:
        data = t.extractfile("package/renovate-schema.json").read()
    with open(out + ".tmp", "wb") as f:
        f.write(data)
    os.replace(out + ".tmp", out)
    os.remove(tgz)
    return out


def run(cmd):
    """(exit status, wall s, CPU s, peak RSS MB, stdout) of one run, from wait4."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    return (p.returncode, time.monotonic() - start, ru.ru_utime + ru.ru_stime,
            ru.ru_maxrss / 1024, out)


def measure(cmd, runs):
    results = [run(cmd) for _ in range(runs)]
    code, _, _, _, out = results[-1]
    return {
        "code": code,
        "wall": statistics.median(r[1] for r in results),
        "cpu": statistics.median(r[2] for r in results),
        "rss": max(r[3] for r in results),
        "out": out,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compat", default=os.path.join(ROOT, "target/release/compat"))
    ap.add_argument("--peer", default=os.path.expanduser("~/.cargo/bin/json-schema-diff"))
    ap.add_argument("--renovate", nargs=2, default=["36.82.0", "39.99.0"])
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/compat-corpus/schema"))
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    old, new = (fetch(v, a.cache) for v in a.renovate)
    c = measure([a.compat, "schema", "diff", old, new, "--mode", "backward", "-f", "json"], a.runs)
    report = json.loads(c["out"])
    c_breaking = sum(1 for f in report["findings"] if f["severity"] == "breaking")
    c_warning = sum(1 for f in report["findings"] if f["severity"] == "warning")
    p = measure([a.peer, old, new], a.runs)
    changes = [json.loads(l) for l in p["out"].decode().splitlines() if l.strip()]
    p_breaking = sum(1 for ch in changes if ch.get("is_breaking"))
    pair = f"renovate-schema.json {a.renovate[0]} -> {a.renovate[1]}"
    print(f"| pair | tool | CPU (median of {a.runs}) | wall | peak RSS | exit | result |")
    print("|---|---|---|---|---|---|---|")
    print(f"| {pair} | compat schema diff --mode backward | {c['cpu']:.2f} s | {c['wall']:.2f} s | "
          f"{c['rss']:.0f} MB | {c['code']} | {c_breaking} breaking, {c_warning} warnings |")
    print(f"| {pair} | json-schema-diff 0.1.8 (getsentry) | {p['cpu']:.2f} s | {p['wall']:.2f} s | "
          f"{p['rss']:.0f} MB | {p['code']} | {len(changes)} changes, {p_breaking} marked breaking |")
    print(f"\nratio (CPU): compat {p['cpu'] / max(c['cpu'], 1e-9):.1f}x the peer's speed", file=sys.stderr)


if __name__ == "__main__":
    main()
