#!/usr/bin/env python3
"""bench-go-upgrade.py — `compat go upgrade` against `go vet` on the same trees (issue 11).

Inputs: Go's own source tree (GOROOT/src of the newest toolchain in the corpus: the std and cmd
modules) and golang.org/x/sys (Debian's golang-golang-x-sys-dev, /usr/share/gocode/src).
  * compat: `compat go upgrade SRC XSYS --from 1.21 --to 1.22` (every file read, each one that
    crosses go1.22 parsed and its loops analysed, GODEBUG defaults at both go lines);
  * go vet: `go vet -loopclosure` over the same packages (std, cmd, x/sys/...), the peer's
    loop check, with a warm build cache (a first, untimed run fills it) and a cold one.
Median of RUNS runs (default 5; go vet cold: 1 run). Prints a Markdown table.

Usage: scripts/bench-go-upgrade.py   (COMPAT=path/to/compat, default target/release/compat)
"""
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
RUNS = int(os.environ.get("RUNS", "5"))
CORPUS = os.environ.get("COMPAT_CORPUS", os.path.expanduser("~/.cache/compat-corpus"))
XSYS = "/usr/share/gocode/src/golang.org/x/sys"


def newest_goroot():
    roots = sorted(glob.glob(os.path.join(CORPUS, "go/1.*/go")),
                   key=lambda p: [int(x) for x in p.split("/")[-2].split(".")])
    if not roots:
        sys.exit("no toolchain in the corpus: run scripts/fetch-go-toolchains.sh")
    return roots[-1]


def go_env(goroot, home):
    env = dict(os.environ, GOROOT=goroot, HOME=home, GOPATH=os.path.join(home, "gopath"),
               GOCACHE=os.path.join(home, "gocache"), GOPROXY="off", GOTOOLCHAIN="local",
               GOTELEMETRY="off", GOWORK="off", GOFLAGS="-mod=mod")
    env["PATH"] = os.path.join(goroot, "bin") + ":" + env.get("PATH", "")
    return env


def run(cmd, cwd, env=None):
    t = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t, p


def count_files(*dirs):
    n = 0
    for d in dirs:
        for base, subdirs, files in os.walk(d):
            subdirs[:] = [s for s in subdirs if s not in ("testdata", "vendor") and s[0] not in "._"]
            n += sum(1 for f in files if f.endswith(".go"))
    return n


def main():
    goroot = newest_goroot()
    version = goroot.split("/")[-2]
    src = os.path.join(goroot, "src")
    trees = [src] + ([XSYS] if os.path.isdir(XSYS) else [])
    files = count_files(*trees)
    home = tempfile.mkdtemp(prefix="bench-go-upgrade-")
    env = go_env(goroot, home)
    vet = [(["go", "vet", "-loopclosure", "std"], src), (["go", "vet", "-loopclosure", "cmd"], src)]
    if os.path.isdir(XSYS):
        vet.append((["go", "vet", "-loopclosure", "./..."], XSYS))

    def vet_all():
        total = 0.0
        for cmd, cwd in vet:
            t, _ = run(cmd, cwd, env)
            total += t
        return total

    cold = vet_all()
    compat_cmd = [COMPAT, "go", "upgrade", *trees, "--from", "1.21", "--to", "1.22",
                  "--format", "json"]
    _, p = run(compat_cmd, ROOT)
    if p.returncode == 2:
        sys.exit(f"compat failed: {p.stderr.decode()[:2000]}")
    c_times, v_times = [], []
    for _ in range(RUNS):
        c_times.append(run(compat_cmd, ROOT)[0])
        v_times.append(vet_all())
    c, v = statistics.median(c_times), statistics.median(v_times)
    print(f"Go {version} src (std + cmd) and x/sys: {files} .go files, {os.cpu_count()} cores, "
          f"median of {RUNS}\n")
    print("| tool | what | wall time | vs compat |")
    print("|---|---|---|---|")
    print(f"| compat go upgrade --from 1.21 --to 1.22 | toolchain, file versions, loops, GODEBUG | "
          f"{c:.2f} s | 1× |")
    print(f"| go vet -loopclosure (warm cache: results of the first run reused) | loops | {v:.2f} s | "
          f"{ratio(v, c)} |")
    print(f"| go vet -loopclosure (cold cache, 1 run) | loops | {cold:.2f} s | {ratio(cold, c)} |")


def ratio(peer, compat):
    """How the peer's time compares with compat's, as a reader says it."""
    if peer >= compat:
        return f"{peer / compat:.1f}× slower"
    return f"{compat / peer:.1f}× faster"


if __name__ == "__main__":
    main()
