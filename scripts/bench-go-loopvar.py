#!/usr/bin/env python3
"""Compare compat's go1.22 loop-variable analysis with `go vet -loopclosure`
and the compiler's own loop log on the fixture programs of
crates/compat-go/tests/loopvar (or the Go files given).

For every loop variable of a loop that carries a `// want:` comment it prints:

  truth     what the want comment says (semantics-change / heap-alloc / none),
            and whether the program really prints differently when its
            go.mod line moves from `go 1.21` to `go 1.22` (go1.22.10)
  compat    compat's finding (rule and certainty)
  vet       whether go1.21.13's `go vet -loopclosure` (the pre-1.22
            analyzer, which only looks at the last statement of a loop body)
            reports the variable (go1.23.9's for the `// oracle: go1.23`
            fixtures, which range over functions)
  compiler  go1.22.10's `-gcflags=-d=loopvar=3` list: heap / stack (the
            variable became per-iteration and is heap- or stack-allocated),
            or - (not transformed)

then recall (real changes found) and false alarms (negatives reported as a
behaviour change) for compat and vet, and for compat on the held-out
fixtures (`// held-out: round N` ones, written before compat ran on them),
now and at their first run (the verdict their comment records). A real change is a variable whose want
comment says go-loopvar-semantics-change in a program whose output changes.

compat runs as
  --compat example (default): `cargo run --release -p compat-go --example loopvar -- FILES`
                   (JSON findings, one per line);
  --compat-cmd 'CMD {dir}':   any command printing a compat JSON report (an
                   object with "findings", or JSON lines of findings) for the
                   module directory {dir}, e.g.
                   --compat-cmd 'compat go upgrade {dir} --from 1.21 --to 1.22 --format json'
                   once `compat go upgrade` exists.

Toolchains come from ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go
(scripts/fetch-go-toolchains.sh). Go runs offline (GOPROXY=off,
GOTOOLCHAIN=local) with HOME/GOCACHE/GOPATH in a temporary directory.

Usage: scripts/bench-go-loopvar.py [--compat-cmd CMD] [--check] [FILES...]
  --check   exit 1 unless compat finds >= 9/10 of the real changes with
            <= 1/10 false alarms on the negatives.
"""

import argparse
import concurrent.futures
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "crates/compat-go/tests/loopvar"
RUN_GO = "1.22.10"
VET_GO = "1.21.13"
# Fixtures marked `// oracle: go1.23` range over functions: built, vetted
# and logged by this toolchain at `go 1.23` (older ones cannot build them).
RANGE_FUNC_GO = "1.23.9"
SEMANTICS = "go-loopvar-semantics-change"
HEAP = "go-loopvar-heap-alloc"


def toolchain(version):
    corpus = os.environ.get("COMPAT_CORPUS") or os.path.join(
        os.environ.get("HOME", ""), ".cache/compat-corpus"
    )
    go = Path(corpus) / "go" / version / "go/bin/go"
    if not go.is_file():
        sys.exit(f"bench-go-loopvar: no Go {version} at {go}: run scripts/fetch-go-toolchains.sh")
    return go


def want_comments(text):
    """{line: {var: (rule, certainty)}} and the declared variables of each
    loop line that has a want comment."""
    lines = text.splitlines()
    wants, loop_vars = {}, {}
    for i, l in enumerate(lines):
        at = l.find("// want:")
        if at < 0:
            continue
        spec = l[at + len("// want:"):].split(" -- ")[0]
        if l[:at].strip():
            line = i + 1
        else:
            line = next(
                j + 1
                for j in range(i + 1, len(lines))
                if lines[j].strip() and not lines[j].strip().startswith("//")
            )
        code = lines[line - 1]
        m = re.search(r"for\s+([\w\s,]+?)\s*:=", code)
        names = [n.strip() for n in m.group(1).split(",")] if m else []
        loop_vars[line] = [n for n in names if n and n != "_"]
        entries = wants.setdefault(line, {})
        for e in spec.split(";"):
            words = e.split()
            if not words or words == ["none"]:
                continue
            entries[words[1]] = (words[0], words[2] if len(words) > 2 else None)
    return wants, loop_vars


def go_env(home):
    env = dict(os.environ)
    for k in ("GOROOT", "GOOS", "GOARCH", "GOFLAGS"):
        env.pop(k, None)
    env.update(
        HOME=str(home),
        GOCACHE=str(home / "cache"),
        GOPATH=str(home / "gopath"),
        GOFLAGS="-mod=mod",
        GOPROXY="off",
        GOTOOLCHAIN="local",
        GOTELEMETRY="off",
        GOENV="off",
        CGO_ENABLED="0",
    )
    return env


def module(fixture, tmp):
    d = Path(tempfile.mkdtemp(dir=tmp))
    test = fixture.name.endswith("_test.go")
    shutil.copy(fixture, d / ("main_test.go" if test else "main.go"))
    return d, test


def set_go_line(d, version):
    (d / "go.mod").write_text(f"module fixture\n\ngo {version}\n")


def run_program(go, d, test, env):
    args = ["test", "-count=1", "-v", "."] if test else ["run", "."]
    p = subprocess.run([str(go), *args], cwd=d, env=env, capture_output=True, text=True)
    if p.returncode != 0:
        return None
    out = p.stdout
    if test:
        out = "\n".join(l for l in out.splitlines() if l.startswith("result"))
    return out


def vet(go, d, env):
    """{(line, var)} that go vet -loopclosure reports (the line of the use)."""
    p = subprocess.run(
        [str(go), "vet", "-json", "-loopclosure", "."], cwd=d, env=env, capture_output=True, text=True
    )
    out = set()
    text = p.stdout + p.stderr
    for m in re.finditer(r'"posn":\s*"[^"]*:(\d+):\d+",\s*"message":\s*"loop variable (\w+) captured', text):
        out.add((int(m.group(1)), m.group(2)))
    return out


def compiler_log(go, d, test, env):
    """{(line, col, var): 'heap'|'stack'}"""
    args = ["test", "-c", "-o", os.devnull] if test else ["build", "-o", os.devnull]
    p = subprocess.run(
        [str(go), *args, "-gcflags=-d=loopvar=3", "."], cwd=d, env=env, capture_output=True, text=True
    )
    out = {}
    for m in re.finditer(
        r":(\d+):(\d+): loop variable (\w+) now per-iteration, (heap|stack)-allocated", p.stderr
    ):
        out[(int(m.group(1)), int(m.group(2)), m.group(3))] = m.group(4)
    return out


def compat_example(files):
    subprocess.run(
        ["cargo", "build", "-q", "--release", "-p", "compat-go", "--example", "loopvar"],
        cwd=ROOT,
        check=True,
    )
    exe = ROOT / "target/release/examples/loopvar"
    p = subprocess.run([str(exe), *map(str, files)], capture_output=True, text=True, check=True)
    return [json.loads(l) for l in p.stdout.splitlines() if l.strip()]


def compat_command(template, fixture, d):
    cmd = template.replace("{dir}", shlex.quote(str(d)))
    p = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    text = p.stdout.strip()
    try:
        doc = json.loads(text) if text else []
        if isinstance(doc, dict):
            # A report, or a single finding printed as one JSON line.
            found = doc["findings"] if "findings" in doc else [doc] if "rule" in doc else []
        else:
            found = doc
    except json.JSONDecodeError:
        found = [json.loads(l) for l in text.splitlines() if l.strip().startswith("{")]
    for f in found:
        f.setdefault("subject", {})["file"] = str(fixture)
    return found


def certainty_of(message):
    m = re.search(r"outlives its iteration \((\w+)\)", message)
    return m.group(1) if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--compat-cmd", help="command printing compat's JSON findings for {dir}")
    ap.add_argument("--check", action="store_true", help="exit 1 unless the targets are met")
    a = ap.parse_args()
    files = sorted(a.files or FIXTURES.glob("*.go"))
    run_go, vet_go = toolchain(RUN_GO), toolchain(VET_GO)
    func_go = toolchain(RANGE_FUNC_GO)

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        home.mkdir()
        env = go_env(home)

        def observe(fixture):
            d, test = module(fixture, tmp)
            text = fixture.read_text()
            if "// oracle: go1.23" in text:
                set_go_line(d, "1.23")
                vetted = vet(func_go, d, env)
                log = compiler_log(func_go, d, test, env)
                found = compat_command(a.compat_cmd, fixture, d) if a.compat_cmd else None
                return fixture, None, vetted, log, found
            if "// oracle: go1.22-only" in text:
                outputs = None
            else:
                set_go_line(d, "1.21")
                old = run_program(run_go, d, test, env)
                vetted = vet(vet_go, d, env)
                set_go_line(d, "1.22")
                new = run_program(run_go, d, test, env)
                outputs = (old, new)
            if outputs is None:
                set_go_line(d, "1.21")
                vetted = vet(vet_go, d, env)
                set_go_line(d, "1.22")
            log = compiler_log(run_go, d, test, env)
            found = compat_command(a.compat_cmd, fixture, d) if a.compat_cmd else None
            return fixture, outputs, vetted, log, found

        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            observed = list(pool.map(observe, files))

    if not a.compat_cmd:
        by_file = {}
        for f in compat_example(files):
            by_file.setdefault(Path(f["subject"]["file"]).name, []).append(f)
    else:
        by_file = {fx.name: found for fx, _, _, _, found in observed}

    # tp, p, fp, n; "held-out": compat on the fixtures written before it ran
    # on them; "held-out, first run": its verdicts then (their comments).
    tally = {k: [0, 0, 0, 0] for k in ("compat", "vet", "compat held-out", "compat held-out, first run")}
    print(f"{'fixture':<30} {'line':>4} {'var':<6} {'truth':<28} {'compat':<18} {'vet':<4} compiler")
    for fixture, outputs, vetted, log, _ in observed:
        text = fixture.read_text()
        wants, loop_vars = want_comments(text)
        held = re.search(r"// held-out: round \d+.*first verdict: (right|missed|false alarm)", text)
        changed = None if outputs is None else (outputs[0] != outputs[1] if None not in outputs else None)
        findings = by_file.get(fixture.name, [])
        loop_lines = sorted(loop_vars)
        for line in loop_lines:
            for var in loop_vars[line]:
                rule, cert = wants.get(line, {}).get(var, ("none", None))
                truth_pos = rule == SEMANTICS
                truth = {SEMANTICS: "semantics-change", HEAP: "heap-alloc"}.get(rule, "none")
                truth += {None: " (not run)", True: " (prog. differs)", False: " (prog. same)"}[changed]
                f = next(
                    (f for f in findings if f["subject"].get("line") == line and f["subject"].get("symbol") == var),
                    None,
                )
                if f is None:
                    shown, compat_pos = "-", False
                elif f["rule"] == SEMANTICS:
                    shown, compat_pos = f"change ({certainty_of(f['message'])})", True
                else:
                    shown, compat_pos = "heap-alloc", False
                # vet reports the use inside the loop: any report of this
                # name between this loop's line and the next loop's.
                nxt = min([l for l in loop_lines if l > line] + [10**9])
                vet_pos = any(var == v and line <= l < nxt for l, v in vetted)
                comp = next((k for (l, _, v), k in log.items() if l == line and v == var), "-")
                print(
                    f"{fixture.name:<30} {line:>4} {var:<6} {truth:<28} {shown:<18} {'yes' if vet_pos else '-':<4} {comp}"
                )
                counted = [("compat", compat_pos), ("vet", vet_pos)]
                if held:
                    counted.append(("compat held-out", compat_pos))
                    first = held.group(1)
                    first_pos = truth_pos if first == "right" else (not truth_pos)
                    counted.append(("compat held-out, first run", first_pos))
                for tool, pos in counted:
                    t = tally[tool]
                    if truth_pos:
                        t[1] += 1
                        t[0] += pos
                    else:
                        t[3] += 1
                        t[2] += pos
        if changed is not None and changed != any(r == SEMANTICS for e in wants.values() for r, _ in e.values()):
            print(f"  !! {fixture.name}: output {'changes' if changed else 'does not change'}, unlike its want comments")
    print()
    ok = True
    for tool, (tp, p, fp, n) in tally.items():
        print(f"{tool:<27} recall {tp}/{p} ({100 * tp / max(p, 1):.0f}%)   false alarms {fp}/{n} ({100 * fp / max(n, 1):.0f}%)")
        if tool == "compat":
            ok = tp * 10 >= 9 * p and fp * 10 <= n
    if a.check and not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
