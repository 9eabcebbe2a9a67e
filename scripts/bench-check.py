#!/usr/bin/env python3
"""bench-check.py — what `compat check` adds to the engines' own time (issue 10).

Two projects, each a git repository built in a temporary directory:
  * the example platform (examples/speech-platform, version 2 against the
    baseline of version 1: breaking findings, promises, a deprecation);
  * 21 elf-library components: the 21 largest shared libraries (up to 8 MB)
    of /usr/lib/x86_64-linux-gnu with their committed baselines, plus a
    waiver per component and the example's promises.
For each, `compat check` (everything in one process) is timed against the
same engine work run as separate commands (`compat abi diff BASELINE
ARTIFACT` and `compat abi check PROGRAM -L DIR` per component); the
difference, less the start-up of the extra processes (`compat rules`,
measured), is what configuration, policy, git and rendering add.
Median of RUNS runs (default 7), tools alternating. Prints a Markdown table.

Usage: scripts/bench-check.py     (COMPAT=path/to/compat, default target/release/compat)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
RUNS = int(os.environ.get("RUNS", "7"))
ENV = dict(os.environ, COMPAT_NOW="2026-12-03")


def sh(cmd, cwd, check=True):
    return subprocess.run(cmd, cwd=cwd, env=ENV, check=check,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def git(cwd, *args):
    sh(["git", "-c", "user.email=b@example.org", "-c", "user.name=bench", *args], cwd)


def timed(cmds, cwd):
    t = time.perf_counter()
    for c in cmds:
        subprocess.run(c, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t


def example(tmp):
    d = os.path.join(tmp, "example")
    shutil.copytree(os.path.join(ROOT, "examples/speech-platform"), d)
    shutil.rmtree(os.path.join(d, "build"), ignore_errors=True)
    git(d, "init", "-q", "-b", "main")
    sh(["sh", "build.sh", "v1"], d)
    sh([COMPAT, "baseline", "update"], d)
    git(d, "add", "-A")
    git(d, "commit", "-qm", "1.0.0")
    git(d, "tag", "v1.0.0")
    sh(["sh", "build.sh", "v2"], d)
    git(d, "commit", "-q", "--allow-empty", "-m", "1.0.1")
    git(d, "tag", "v1.0.1")
    engines = [
        [COMPAT, "abi", "diff", "compat/baselines/libtts.abi.json", "build/lib/libtts.so.1",
         "--public-headers", "libtts", "-f", "json"],
        [COMPAT, "abi", "check", "build/bin/tts-server", "-L", "build/lib", "-f", "json"],
    ]
    return d, engines, 2


def libraries(n=21, limit=8 << 20):
    base = "/usr/lib/x86_64-linux-gnu"
    libs = []
    for name in sorted(os.listdir(base)):
        p = os.path.join(base, name)
        if ".so." in name and os.path.isfile(p) and not os.path.islink(p):
            size = os.path.getsize(p)
            if size <= limit:
                with open(p, "rb") as f:
                    if f.read(4) == b"\x7fELF":
                        libs.append((size, name, p))
    libs.sort(reverse=True)
    return [(name, p) for _, name, p in libs[:n]]


def fleet(tmp):
    d = os.path.join(tmp, "fleet")
    os.makedirs(os.path.join(d, "lib"))
    libs = libraries()
    if len(libs) < 21:
        sys.exit(f"bench-check: only {len(libs)} libraries found")
    toml = ['version = 1', '[project]', 'name = "fleet"', '',
            '[promises.semver]', 'kind = "semver"', 'version_from = "git-tag:v*"', '',
            '[promises.abi-stable]', 'kind = "soname"', '']
    engines = []
    for i, (name, path) in enumerate(libs):
        comp = f"c{i:02d}"
        shutil.copy(path, os.path.join(d, "lib", name))
        toml += [f'[component.{comp}]', 'kind = "elf-library"', 'owner = "@team"',
                 f'artifact = "lib/{name}"', f'baseline.main = "compat/baselines/{comp}.abi.json"',
                 'promises = ["semver", "abi-stable"]', '',
                 '[[waiver]]', f'id = "W-{i}"', f'component = "{comp}"', 'rule = "abi-symbol-removed"',
                 'subject = { symbol = "no_such_symbol" }', 'reason = "bench"', 'owner = "@team"',
                 'expires = 2027-01-31', '']
        engines.append([COMPAT, "abi", "diff", f"compat/baselines/{comp}.abi.json", f"lib/{name}", "-f", "json"])
    with open(os.path.join(d, "compat.toml"), "w") as f:
        f.write("\n".join(toml))
    git(d, "init", "-q", "-b", "main")
    sh([COMPAT, "baseline", "update"], d)
    git(d, "add", "-A")
    git(d, "commit", "-qm", "1.0.0")
    git(d, "tag", "v1.0.0")
    return d, engines, len(engines)


def main():
    if not os.path.exists(COMPAT):
        sys.exit(f"bench-check: {COMPAT} not found (cargo build --release)")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, make in (("example platform (2 components)", example),
                            ("21 elf-library components", fleet)):
            d, engines, n = make(tmp)
            check = [[COMPAT, "check", "-f", "json"]]
            start = [[COMPAT, "rules", "-f", "json"]]
            t_check, t_eng, t_start = [], [], []
            for _ in range(RUNS):
                t_check.append(timed(check, d))
                t_eng.append(timed(engines, d))
                t_start.append(timed(start, d))
            c, e, s = (statistics.median(x) for x in (t_check, t_eng, t_start))
            # The engines ran as n processes, compat check as one.
            added = c - (e - (n - 1) * s)
            rows.append((label, c, e, s, added))
    print("| project | `compat check` | engines as separate commands | process start | added by check |")
    print("|---|---|---|---|---|")
    for label, c, e, s, added in rows:
        print(f"| {label} | {c*1000:.0f} ms | {e*1000:.0f} ms | {s*1000:.1f} ms | {added*1000:+.0f} ms |")


if __name__ == "__main__":
    main()
