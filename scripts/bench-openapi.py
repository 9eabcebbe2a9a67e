#!/usr/bin/env python3
"""bench-openapi.py: `compat openapi diff` beside Atlassian's openapi-diff
(npm, the OpenAPI differ that runs here; oasdiff has no package) on the same
pairs, in one run: wall time (median of --runs), peak RSS, exit status and
what each reports. Prints a Markdown table for the README.

Pairs: the README's example (tests/openapi/old.json -> new.json), GitHub
Enterprise Server 3.14 -> 3.15 and api.github.com 21.0.0 -> 23.0.2 (npm
@octokit/openapi, about 11-12 MB each; scripts/fetch-openapi-corpus.sh).

openapi-diff runs once per pair with node's default heap, and, when that runs
out of memory, once more with --max-old-space-size=--peer-heap-mb (0: not);
each peer run stops after --peer-timeout seconds.

compat's longest thread: each thread's CPU time (sum_exec_runtime from
/proc/PID/task/TID/schedstat, nanoseconds) polled every 2 ms while it runs,
the caller's thread read once more after the exit (waitid without reaping);
a thread that ends between two polls loses at most that interval. On an idle
machine the wall time can be no shorter than this thread's CPU time.

Usage: scripts/fetch-openapi-corpus.sh --peers
       cargo build --release -p compat
       scripts/bench-openapi.py [--compat target/release/compat] [--runs 5]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def thread_cpu(pid, seen):
    """Each thread's CPU nanoseconds so far, into seen (tid -> the most read)."""
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                ns = int(f.read().split()[0])
        except (OSError, ValueError, IndexError):
            continue
        seen[int(tid)] = max(seen.get(int(tid), 0), ns)


def run_rss(cmd, timeout, env=None, threads=None):
    """Runs cmd; returns (exit status, wall seconds, peak RSS MB, stdout, CPU seconds)
    from this child's own rusage (fork + wait4): CPU time is the figure that
    holds on a loaded machine. With threads (a dict), fills it with each of the
    child's longest thread's CPU seconds ("longest"), the caller's ("caller")
    and how many threads ran ("count"), polled every 2 ms (see the module's doc)."""
    start = time.monotonic()
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        os.dup2(w, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            os.execvpe(cmd[0], cmd, env or os.environ)
        finally:
            os._exit(127)
    os.close(w)
    chunks = []
    deadline = start + timeout
    import select
    status = None
    seen = {}
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            os.kill(pid, 9)
            _, st, ru = os.wait4(pid, 0)
            os.close(r)
            return "timeout", time.monotonic() - start, ru.ru_maxrss / 1024, b"".join(chunks), ru.ru_utime + ru.ru_stime
        if threads is not None:
            thread_cpu(pid, seen)
        ready, _, _ = select.select([r], [], [], min(left, 0.002 if threads is not None else 1.0))
        if ready:
            data = os.read(r, 1 << 20)
            if data:
                chunks.append(data)
                continue
            break
    if threads is not None:
        # Exited but not reaped: the caller's thread's figure is final.
        os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
        thread_cpu(pid, seen)
        threads.update(caller=seen.get(pid, 0) / 1e9, longest=max(seen.values(), default=0) / 1e9,
                       count=len(seen))
    _, st, ru = os.wait4(pid, 0)
    os.close(r)
    wall = time.monotonic() - start
    if os.WIFSIGNALED(st):
        status = f"signal {os.WTERMSIG(st)}"
    else:
        status = os.WEXITSTATUS(st)
    return status, wall, ru.ru_maxrss / 1024, b"".join(chunks), ru.ru_utime + ru.ru_stime


def compat_counts(out):
    report = json.loads(out)
    s = report["summary"]
    removed = sum(1 for f in report["findings"] if f["rule"].startswith("openapi-operation-removed"))
    def count(n, noun):
        return f"{n} {noun}" if n == 1 else f"{n} {noun}s"

    return f"{s['breaking']} breaking, {count(s['warning'], 'warning')} ({count(removed, 'operation')} removed)"


def peer_counts(out):
    text = out.decode("utf-8", "replace")
    start = text.find("{")
    if start < 0:
        return text.strip().splitlines()[0][:80] if text.strip() else "no output"
    doc, _ = json.JSONDecoder().raw_decode(text[start:])
    b = len(doc.get("breakingDifferences", []))
    n = len(doc.get("nonBreakingDifferences", []))
    u = len(doc.get("unclassifiedDifferences", []))
    removed = sum(1 for d in doc.get("breakingDifferences", []) if d.get("code") in ("method.remove", "path.remove"))
    return f"{b} breaking, {u} unclassified, {n} non-breaking ({removed} path/method removals)"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--compat", default=os.path.join(ROOT, "target/release/compat"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-timeout", type=int, default=900)
    ap.add_argument("--peer-heap-mb", type=int, default=12288)
    ap.add_argument("--skip-peer", action="store_true")
    args = ap.parse_args()
    env_lines = subprocess.run([os.path.join(ROOT, "scripts/fetch-openapi-corpus.sh"), "--peers"],
                               check=True, capture_output=True, text=True).stdout
    env = dict(l.split("=", 1) for l in env_lines.split())
    pets = os.path.join(ROOT, "crates/compat/tests/openapi")
    pairs = [
        ("README example", f"{pets}/old.json", f"{pets}/new.json"),
        ("GHES 3.14 -> 3.15", f"{env['OCTOKIT_21']}/ghes-3.14.json", f"{env['OCTOKIT_21']}/ghes-3.15.json"),
        ("api.github.com 21.0.0 -> 23.0.2", f"{env['OCTOKIT_21']}/api.github.com.json",
         f"{env['OCTOKIT_23']}/api.github.com.json"),
    ]
    rows = []
    for name, old, new in pairs:
        cmd = [args.compat, "openapi", "diff", old, new, "-f", "json", "--now", "2026-12-04"]
        times, cpus, rss, longest, out, code = [], [], [], [], b"", None
        for _ in range(args.runs):
            threads = {}
            code, wall, mb, out, cpu = run_rss(cmd, 600, threads=threads)
            times.append(wall)
            cpus.append(cpu)
            rss.append(mb)
            longest.append(threads.get("longest", 0))
            print(f"{name}: compat run: {wall:.2f} s wall, {cpu:.2f} s CPU, longest thread "
                  f"{threads.get('longest', 0):.3f} s (the caller's {threads.get('caller', 0):.3f} s) "
                  f"of {threads.get('count', 0)} threads", file=sys.stderr)
        rows.append((name, "compat openapi diff", f"{statistics.median(times):.2f} s",
                     f"{statistics.median(cpus):.2f} s", f"{statistics.median(longest):.2f} s",
                     f"{max(rss):.0f} MB", code, compat_counts(out)))
        print(f"{name}: compat {statistics.median(times):.2f} s", file=sys.stderr)
        if args.skip_peer:
            continue
        peer = [env["OPENAPI_DIFF"], old, new]
        code, wall, mb, out, cpu = run_rss(peer, args.peer_timeout)
        oom = code not in (0, 1)
        rows.append((name, "openapi-diff 0.24.1", f"{wall:.2f} s", f"{cpu:.2f} s", "", f"{mb:.0f} MB", code,
                     "ran out of memory (default heap)" if oom and code != "timeout" else
                     ("timed out" if code == "timeout" else peer_counts(out))))
        print(f"{name}: openapi-diff {wall:.2f} s {code}", file=sys.stderr)
        if oom and args.peer_heap_mb:
            env2 = dict(os.environ, NODE_OPTIONS=f"--max-old-space-size={args.peer_heap_mb}")
            code, wall, mb, out, cpu = run_rss(peer, args.peer_timeout, env2)
            done = code in (0, 1)
            rows.append((name, f"openapi-diff, {args.peer_heap_mb // 1024} GB heap", f"{wall:.2f} s",
                         f"{cpu:.2f} s", "", f"{mb:.0f} MB", code,
                         peer_counts(out) if done else ("timed out" if code == "timeout" else "failed")))
            print(f"{name}: openapi-diff (big heap) {wall:.2f} s {code}", file=sys.stderr)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", file=sys.stderr)
    print("| pair | tool | wall | CPU (user+sys) | longest thread (CPU) | peak RSS | exit | reports |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print("| " + " | ".join(str(c) for c in r) + " |")


if __name__ == "__main__":
    main()
