#!/usr/bin/env python3
"""bench-index.py — `compat index build` and `compat impact` against `ldd -r` (issue 13).

On this machine's /usr (or the PATHs given), in one run:
  * `compat index build PATHS` into a fresh index: wall time, CPU time (user+sys
    of the process), ELF files, bindings; then the same build again
    (incremental: nothing changed, nothing re-read);
  * `ldd -r` on every file the index recorded as a program or a library, one
    after the other (JOBS=N runs N at a time): wall and CPU time;
  * "who breaks if libc loses GLIBC_2.34":
    `compat impact --provider libc.so.6 --drop-version GLIBC_2.34` (median of
    RUNS runs, the whole process);
  * the libc row of the matrix with a candidate: `compat impact --provider
    libc.so.6=LIBC` (LIBC = the libc.so.6 the index binds to; every consumer
    of libc loaded again with it substituted), with `--no-dwarf` and with the
    DWARF join (`abi diff LIBC LIBC` with libc's debug information, when the
    machine has it);
  * the full provider x consumer matrix from the index: for every provider
    SONAME, the consumers that bind it and how many references each binds
    (one SQL aggregate over `bind`, Python's sqlite3).
Prints a Markdown table.

Usage: scripts/bench-index.py [PATH...]   (default /usr; COMPAT=path/to/compat,
       default target/release/compat; RUNS=7; JOBS=1)
"""
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
RUNS = int(os.environ.get("RUNS", "7"))
JOBS = int(os.environ.get("JOBS", "1"))


def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(cmd, quiet=True):
    """Runs cmd; returns (wall seconds, cpu seconds, completed process)."""
    c0, t0 = cpu(), time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE if not quiet else subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0, cpu() - c0, p


def ldd_all(files):
    def one(f):
        subprocess.run(["ldd", "-r", f], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    c0, t0 = cpu(), time.perf_counter()
    if JOBS == 1:
        for f in files:
            one(f)
    else:
        with ThreadPoolExecutor(JOBS) as ex:
            list(ex.map(one, files))
    return time.perf_counter() - t0, cpu() - c0


def main():
    paths = sys.argv[1:] or ["/usr"]
    if not os.access(COMPAT, os.X_OK):
        sys.exit(f"{COMPAT}: not built; run cargo build --release -p compat (or set COMPAT)")
    tmp = tempfile.mkdtemp(prefix="bench-index-")
    db = os.path.join(tmp, "index.db")
    rows = []

    wall, cpu_s, _ = run([COMPAT, "index", "build", *paths, "--index", db])
    con = sqlite3.connect(db)
    files = [r[0] for r in con.execute(
        "SELECT path FROM elf_file WHERE kind IN ('program', 'library') ORDER BY path")]
    nfiles = con.execute("SELECT count(*) FROM elf_file").fetchone()[0]
    binds = con.execute("SELECT count(*) FROM bind").fetchone()[0]
    size = os.path.getsize(db)
    rows.append(("index build (cold)", f"{nfiles:,} ELF files ({len(files):,} dynamic), "
                 f"{binds:,} bindings, index {size / 1e6:.0f} MB", wall, cpu_s))
    wall2, cpu2, _ = run([COMPAT, "index", "build", *paths, "--index", db])
    rows.append(("index build (again, nothing changed)", "same", wall2, cpu2))

    lwall, lcpu = ldd_all(files)
    rows.append((f"`ldd -r` on each file ({JOBS} at a time)", f"{len(files):,} files", lwall, lcpu))

    times = []
    out = None
    for _ in range(RUNS):
        t, c, p = run([COMPAT, "impact", "--provider", "libc.so.6", "--drop-version",
                       "GLIBC_2.34", "--index", db, "-f", "json"], quiet=False)
        times.append((t, c))
        out = p.stdout
    report = json.loads(out)
    broken = sum(1 for r in report["impact"]["rows"] if r["cell"] == "breaking")
    med = statistics.median(t for t, _ in times)
    medc = statistics.median(c for _, c in times)
    rows.append(("who breaks if libc loses GLIBC_2.34", f"{broken:,} consumers (median of {RUNS})",
                 med, medc))

    libc = con.execute("SELECT provider_path FROM bind WHERE provider_soname = 'libc.so.6' "
                       "GROUP BY provider_path ORDER BY count(*) DESC LIMIT 1").fetchone()
    if libc:
        for label, extra in (("loader check only, `--no-dwarf`", ["--no-dwarf"]),
                             ("loader check and the DWARF join", [])):
            t, c, p = run([COMPAT, "impact", "--provider", f"libc.so.6={libc[0]}", "--index", db,
                           "-f", "json", *extra], quiet=False)
            rep = json.loads(p.stdout)
            n = len(rep["impact"]["rows"])
            cells = {}
            for r in rep["impact"]["rows"]:
                cells[r["cell"]] = cells.get(r["cell"], 0) + 1
            shown = ", ".join(f"{v:,} {k}" for k, v in sorted(cells.items()))
            rows.append((f"libc row against a candidate (libc itself): {label}",
                         f"{n:,} consumers: {shown}", t, c))

    t0 = time.perf_counter()
    c0 = time.process_time()
    matrix = con.execute(
        "SELECT provider_soname, consumer_file, count(*) FROM bind "
        "WHERE provider_soname IS NOT NULL GROUP BY provider_soname, consumer_file").fetchall()
    mt, mc = time.perf_counter() - t0, time.process_time() - c0
    providers = len({r[0] for r in matrix})
    rows.append(("full provider x consumer matrix (SQL over `bind`)",
                 f"{providers:,} providers, {len(matrix):,} cells", mt, mc))

    print(f"paths: {' '.join(paths)}; compat: {COMPAT}; {os.cpu_count()} CPUs; "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| what | size | wall | CPU (user+sys) |")
    print("|---|---|---|---|")
    for what, n, w, c in rows:
        print(f"| {what} | {n} | {w:.3f} s | {c:.3f} s |")
    print(f"\nindex build vs ldd -r: {lwall / wall:.1f}x faster (wall), {lcpu / cpu_s:.1f}x less CPU")


if __name__ == "__main__":
    main()
