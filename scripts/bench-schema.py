#!/usr/bin/env python3
"""bench-schema.py: `compat schema diff` beside the JSON Schema peers that run
here, on the same pairs of released schemas, in one run: the corpus of
crates/compat/tests/schema-corpus (pairs.tsv; verdicts written down in
expected.tsv), fetched with `scripts/fetch-schema-corpus.sh --peers`, which
also installs the peers:

  getsentry's json-schema-diff 0.1.8 (crates.io): one direction per run, its
      `is_breaking` flag is the backward sense; forward is the run with the
      two schemas swapped.
  jsoncompat 0.3.1 (PyPI, the Rust crate's Python bindings): check_compat
      with role "deserializer" (backward) and "serializer" (forward).
  Atlassian's json-schema-diff 0.18.1 (npm): exit 1 when values were
      "removed" (backward); forward is the run with the schemas swapped.

For each pair and direction: each tool's verdict (breaking, compatible, or
error) against the written-down one, and CPU time (user + system of the
process, median of --runs, one run when it takes over 2 s; jsoncompat's
includes starting Python; --timeout per run, default 60 s). Prints a
Markdown table and the agreement per tool, for the README.

Usage: scripts/fetch-schema-corpus.sh --peers
       scripts/bench-schema.py [--compat target/debug/compat] [--runs 3]
                               [--pair NAME ...] [--direction backward|forward]
(--pair and --direction re-run some rows of the table: the agreement
counts are then of those rows only.)
"""
import argparse
import os
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "crates/compat/tests/schema-corpus")

JSONCOMPAT = r"""
import sys, jsoncompat
old, new, role = sys.argv[1:4]
try:
    ok = jsoncompat.check_compat(open(old).read(), open(new).read(), role)
except Exception as e:
    print(str(e)[:200], file=sys.stderr)
    sys.exit(2)
sys.exit(0 if ok else 1)
"""


def rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#") and l.strip()]
    return [l.split("\t") for l in lines[1:]]


def run(cmd, timeout):
    """(exit status or None on timeout, stdout, stderr) of one run."""
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return None, b"", b"timeout"
    return p.returncode, out, err


def measure(cmd, runs, timeout):
    """(exit status, median CPU seconds, stdout, stderr)."""
    results = []
    for _ in range(runs):
        before = os.times()
        code, out, err = run(cmd, timeout)
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        results.append((code, cpu, out, err))
        if code is None or cpu > 2.0:  # a slow run is not repeated
            break
    code, _, out, err = results[-1]
    return code, statistics.median(r[1] for r in results), out, err


def verdict_compat(code, out, err):
    return {0: "compatible", 1: "breaking"}.get(code, "error")


def verdict_sentry(code, out, err):
    if code != 0:
        return "error"
    import json
    try:
        changes = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    except ValueError:
        return "error"
    return "breaking" if any(c.get("is_breaking") for c in changes) else "compatible"


def verdict_exit01(code, out, err):
    return {0: "compatible", 1: "breaking"}.get(code, "error")


def verdict_atlassian(code, out, err):
    """Exit 1 is both "Breaking changes found" and an error (a draft it does not load)."""
    if code == 0:
        return "compatible"
    if code == 1 and b"Breaking changes found" in out + err:
        return "breaking"
    return "error"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--compat", default=os.path.join(ROOT, "target/debug/compat"))
    peers = os.environ.get("COMPAT_PEERS", os.path.expanduser("~/.cache/compat/peers"))
    ap.add_argument("--peers", default=peers)
    ap.add_argument("--corpus", default=os.path.join(
        os.environ.get("COMPAT_CORPUS", os.path.expanduser("~/.cache/compat-corpus")), "schema"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--pair", action="append", default=[],
                    help="only this pair of pairs.tsv (repeatable)")
    ap.add_argument("--direction", choices=["backward", "forward"],
                    help="only this direction")
    a = ap.parse_args()
    expected = {}
    for pair, mode, verdict, *_ in rows(os.path.join(TESTS, "expected.tsv")):
        expected[(pair, mode)] = verdict
    tools = [
        ("compat", verdict_compat,
         lambda o, n, d, opts: [a.compat, "schema", "diff", o, n, "--mode", d, "-f", "json", *opts]),
        ("json-schema-diff (getsentry)", verdict_sentry,
         lambda o, n, d, opts: [os.path.join(a.peers, "bin/json-schema-diff"),
                                *((o, n) if d == "backward" else (n, o))]),
        ("jsoncompat", verdict_exit01,
         lambda o, n, d, opts: [os.path.join(a.peers, "venv/bin/python3"), "-c", JSONCOMPAT, o, n,
                                "deserializer" if d == "backward" else "serializer"]),
        ("json-schema-diff (Atlassian)", verdict_atlassian,
         lambda o, n, d, opts: [os.path.join(a.peers, "node_modules/.bin/json-schema-diff"),
                                *((o, n) if d == "backward" else (n, o))]),
    ]
    agree = {t[0]: [0, 0, 0] for t in tools}  # right, wrong, error
    cpu_total = {t[0]: 0.0 for t in tools}
    errors = {}
    all_pairs = rows(os.path.join(TESTS, "pairs.tsv"))
    unknown = set(a.pair) - {r[0] for r in all_pairs}
    if unknown:
        sys.exit(f"bench-schema.py: no pair {', '.join(sorted(unknown))} in pairs.tsv")
    print("| pair | direction | written down | " + " | ".join(t[0] for t in tools) + " |")
    print("|---|---|---|" + "---|" * len(tools))
    for pair, old, new, _source, options in all_pairs:
        if a.pair and pair not in a.pair:
            continue
        opts = [] if options == "-" else options.replace("{dir}", a.corpus).split()
        o, n = os.path.join(a.corpus, old), os.path.join(a.corpus, new)
        for d in ("backward", "forward"):
            if a.direction and d != a.direction:
                continue
            want = expected.get((pair, d), "-")
            cells = []
            for name, judge, cmd in tools:
                code, cpu, out, err = measure(cmd(o, n, d, opts), a.runs, a.timeout)
                got = judge(code, out, err) if code is not None else "error"
                if got == "error":
                    agree[name][2] += 1
                    msg = [l for l in err.decode(errors="replace").splitlines() if l.strip()
                           and not l.startswith("    at ")]
                    errors.setdefault(name, set()).add((msg or ["?"])[0][:120])
                elif want != "-":
                    agree[name][0 if got == want else 1] += 1
                cpu_total[name] += cpu
                mark = "" if got == want or want == "-" or got == "error" else " **(differs)**"
                cells.append(f"{got}{mark}, {cpu:.2f} s")
            print(f"| {pair} | {d} | {want} | " + " | ".join(cells) + " |")
            sys.stdout.flush()
    print()
    print("| tool | verdicts as written down | differ | could not run | CPU, all pairs both ways |")
    print("|---|---|---|---|---|")
    for name, _, _ in tools:
        r, w, e = agree[name]
        print(f"| {name} | {r} | {w} | {e} | {cpu_total[name]:.1f} s |")
    for name, msgs in errors.items():
        print(f"\n{name} errors: " + "; ".join(sorted(msgs)[:4]), file=sys.stderr)


if __name__ == "__main__":
    main()
