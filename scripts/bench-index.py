#!/usr/bin/env python3
"""bench-index.py — `compat index build` and `compat impact` against `ldd -r` (issue 13).

On this machine's /usr (or the PATHs given), in one run:
  * `compat index build PATHS` into a fresh index: wall time, CPU time (user+sys
    of the process), ELF files, bindings, with the page cache as found (the
    first run; cold only if nothing read the files lately); then into another
    fresh index (warm: every file read moments ago, as for `ldd -r`, which
    runs after it), and again with `--standalone` (no host pass: each file on
    its own, as `ldd -r`); then the same build again (incremental: nothing
    changed, nothing re-read);
  * the same files as `ldd -r` gets (below), listed for
    `compat index build --files-from` into fresh indexes (warm), with the
    host pass and with `--standalone`: no walk, the same work as `ldd -r`;
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
    (one SQL aggregate over `ref` and `provider`, Python's sqlite3);
  * the same for a synthetic fleet of FLEET ELF files (scripts/make-fleet.py,
    generated into a temporary directory; FLEET=0 skips it): index build,
    the GLIBC_2.34 question, the matrix, and `ldd -r` on FLEET_LDD files of
    it (every tenth replica's), its CPU time scaled to the whole fleet.
Prints a Markdown table.

Usage: scripts/bench-index.py [PATH...]   (default /usr; COMPAT=path/to/compat,
       default target/release/compat; RUNS=7; JOBS=1; FLEET=50000; FLEET_LDD=2000)
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
FLEET = int(os.environ.get("FLEET", "50000"))
FLEET_LDD = int(os.environ.get("FLEET_LDD", "2000"))
MATRIX_SQL = ("SELECT p.soname, r.file_id, count(*) FROM ref r JOIN provider p ON p.id = r.provider_id "
              "GROUP BY p.soname, r.file_id")


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


def build(paths, db, extra=()):
    """`compat index build`: wall, CPU, and the build summary of its JSON report."""
    c0, t0 = cpu(), time.perf_counter()
    p = subprocess.run([COMPAT, "index", "build", *paths, "--index", db, "-f", "json", *extra],
                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    wall, cpu_s = time.perf_counter() - t0, cpu() - c0
    summary = json.loads(p.stdout)["index"]["build"]
    return wall, cpu_s, summary


def phases(summary):
    return ", ".join(f"{name} {c / 1000:.2f}" for name, _, c in summary["timings"])


def glibc_234(db, label, rows):
    times = []
    out = None
    for _ in range(RUNS):
        t, c, p = run([COMPAT, "impact", "--provider", "libc.so.6", "--drop-version",
                       "GLIBC_2.34", "--index", db, "-f", "json"], quiet=False)
        times.append((t, c))
        out = p.stdout
    report = json.loads(out)
    broken = sum(1 for r in report["impact"]["rows"] if r["cell"] == "breaking")
    rows.append((f"{label}: who breaks if libc loses GLIBC_2.34",
                 f"{broken:,} consumers breaking (median of {RUNS}, whole process)",
                 statistics.median(t for t, _ in times), statistics.median(c for _, c in times)))


def matrix(con, label, rows):
    t0, c0 = time.perf_counter(), time.process_time()
    cells = con.execute(MATRIX_SQL).fetchall()
    mt, mc = time.perf_counter() - t0, time.process_time() - c0
    providers = len({r[0] for r in cells})
    rows.append((f"{label}: full provider x consumer matrix (SQL)",
                 f"{providers:,} providers, {len(cells):,} cells", mt, mc))


def fleet(rows):
    tmp = tempfile.mkdtemp(prefix="bench-fleet-")
    root = os.path.join(tmp, "fleet")
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make-fleet.py"), root,
                    str(FLEET)], check=True)
    db = os.path.join(tmp, "fleet.db")
    wall, cpu_s, s = build([root], db)
    con = sqlite3.connect(db)
    binds = con.execute("SELECT count(*) FROM ref").fetchone()[0]
    rows.append((f"fleet: `compat index build` ({FLEET:,} files)",
                 f"{s['files']:,} ELF files, {binds:,} bindings, index "
                 f"{os.path.getsize(db) / 1e6:.0f} MB; CPU by phase: {phases(s)}", wall, cpu_s))
    files = [r[0] for r in con.execute(
        "SELECT path FROM elf_file WHERE kind IN ('program', 'library') ORDER BY path")]
    sample = [f for f in files if "/r" in f and int(f.split("/r")[-1][:5]) % 10 == 0][:FLEET_LDD]
    lwall, lcpu = ldd_all(sample)
    scale = len(files) / max(len(sample), 1)
    rows.append((f"fleet: `ldd -r` on {len(sample):,} of its files, scaled to {len(files):,}",
                 f"measured {lwall:.1f} s wall, {lcpu:.1f} s CPU", lwall * scale, lcpu * scale))
    glibc_234(db, "fleet", rows)
    matrix(con, "fleet", rows)
    subprocess.run(["rm", "-rf", tmp])
    return cpu_s, lcpu * scale


def main():
    paths = sys.argv[1:] or ["/usr"]
    if not os.access(COMPAT, os.X_OK):
        sys.exit(f"{COMPAT}: not built; run cargo build --release -p compat (or set COMPAT)")
    tmp = tempfile.mkdtemp(prefix="bench-index-")
    db = os.path.join(tmp, "index.db")
    rows = []

    wall, cpu_s, s = build(paths, db)
    con = sqlite3.connect(db)
    files = [r[0] for r in con.execute(
        "SELECT path FROM elf_file WHERE kind IN ('program', 'library') ORDER BY path")]
    nfiles = con.execute("SELECT count(*) FROM elf_file").fetchone()[0]
    binds = con.execute("SELECT count(*) FROM ref").fetchone()[0]
    size = os.path.getsize(db)
    rows.append(("index build (first run, page cache as found)",
                 f"{nfiles:,} ELF files ({len(files):,} dynamic), "
                 f"{binds:,} bindings, index {size / 1e6:.0f} MB; CPU by phase: {phases(s)}",
                 wall, cpu_s))
    warm_db = os.path.join(tmp, "warm.db")
    wwall, wcpu, ws = build(paths, warm_db)
    rows.append(("index build (warm, into another fresh index)", f"CPU by phase: {phases(ws)}",
                 wwall, wcpu))
    alone_db = os.path.join(tmp, "standalone.db")
    awall, acpu, als = build(paths, alone_db, ["--standalone"])
    rows.append(("index build (warm, `--standalone`: no host pass, as ldd -r)",
                 f"CPU by phase: {phases(als)}", awall, acpu))
    wall2, cpu2, _ = build(paths, db)
    rows.append(("index build (again, nothing changed)", "same", wall2, cpu2))

    # The same files as `ldd -r` gets: the dynamic ones the walk found,
    # listed (`--files-from`: more than a command line holds on a fleet).
    listed = os.path.join(tmp, "files.txt")
    with open(listed, "w") as f:
        f.writelines(p + "\n" for p in files)
    same = {}
    for label, extra in (("", []), (", `--standalone`", ["--standalone"])):
        fdb = os.path.join(tmp, f"files{len(same)}.db")
        fwall, fcpu, fs = build([], fdb, ["--files-from", listed, *extra])
        same[label] = (fwall, fcpu)
        rows.append((f"index build of the {len(files):,} files `ldd -r` gets (warm, "
                     f"`--files-from`{label})", f"{fs['files']:,} files; CPU by phase: {phases(fs)}",
                     fwall, fcpu))

    lwall, lcpu = ldd_all(files)
    rows.append((f"`ldd -r` on each file ({JOBS} at a time)", f"{len(files):,} files", lwall, lcpu))

    t, c, _ = run([COMPAT, "--version"])
    rows.append(("process start-up alone (`compat --version`)", "", t, c))
    glibc_234(db, "/usr", rows)

    libc = con.execute("SELECT p.path FROM ref r JOIN provider p ON p.id = r.provider_id "
                       "WHERE p.soname = 'libc.so.6' GROUP BY p.path ORDER BY count(*) DESC "
                       "LIMIT 1").fetchone()
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
    matrix(con, "/usr", rows)
    fleet_ratio = fleet(rows) if FLEET else None

    print(f"paths: {' '.join(paths)}; compat: {COMPAT}; {os.cpu_count()} CPUs; "
          f"load average {os.getloadavg()[0]:.1f}\n")
    print("| what | size | wall | CPU (user+sys) |")
    print("|---|---|---|---|")
    for what, n, w, c in rows:
        print(f"| {what} | {n} | {w:.3f} s | {c:.3f} s |")
    print(f"\n/usr: index build vs ldd -r: first run {lwall / wall:.1f}x faster (wall), "
          f"{lcpu / cpu_s:.1f}x less CPU; warm {lwall / wwall:.1f}x faster (wall), "
          f"{lcpu / wcpu:.1f}x less CPU")
    print(f"/usr: warm, --standalone: {lcpu / acpu:.1f}x less CPU")
    # ldd -r is handed the dynamic files; compat finds them itself (the walk
    # opens every regular file under the paths). Both ways:
    walk = sum(c for name, _, c in ws["timings"] if name == "walk") / 1000
    print(f"/usr: warm, without compat's walk (finding the ELF files, {walk:.2f} s of CPU), "
          f"as ldd -r is given them: {lcpu / (wcpu - walk):.1f}x less CPU")
    for label, (fwall, fcpu) in same.items():
        print(f"/usr: the {len(files):,} files ldd -r gets, `--files-from`{label}: "
              f"{lwall / fwall:.1f}x faster (wall), {lcpu / fcpu:.1f}x less CPU")
    if fleet_ratio:
        print(f"fleet: index build vs ldd -r (scaled): {fleet_ratio[1] / fleet_ratio[0]:.1f}x less CPU")


if __name__ == "__main__":
    main()
