#!/usr/bin/env python3
"""compat go cgo next to `go vet -cgocall`, case by case.

Two case sets:

1. compat's fixtures (crates/compat-go/tests/cgo): each function with a
   `// want:` comment is a case; its truth is the rules the comments name
   (a violation) or none (a correct form). The cases were checked against the
   toolchains by crates/compat-go/tests/cgo_toolchain.rs (cgocheck panics,
   LeakSanitizer, c-shared symbols).
2. Go's own cgo pointer tests (src/cmd/cgo/internal/testerrors/ptr_test.go of
   the newest toolchain, read at run time, not copied): assembled into one
   package as the Go test assembles them (cgo1.go, and cgo2.go for the
   //export cases); truth is the case's `fail` field.

For each case: does compat report a finding in it, does vet? Then totals:
violations found by each, false alarms on correct cases.

Usage: scripts/bench-go-cgo.py [--compat PATH] [--go-version 1.27.3]
Needs the Go toolchain in the compat corpus (scripts/fetch-go-toolchains.sh)
and the compat binary (built with `cargo build -p compat` when absent).
"""

import argparse
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "crates/compat-go/tests/cgo"
WANT = re.compile(r"// want: (.*)$")
FUNC = re.compile(r"^func (?:\([^)]*\) )?([A-Za-z_][A-Za-z0-9_]*)")


def corpus_go(version):
    corpus = pathlib.Path(os.environ.get("COMPAT_CORPUS", pathlib.Path.home() / ".cache/compat-corpus"))
    root = corpus / "go" / version / "go"
    if not (root / "bin/go").is_file():
        sys.exit(f"no Go {version} at {root}; run scripts/fetch-go-toolchains.sh")
    return root


def go_env(tmp):
    env = {k: v for k, v in os.environ.items() if k not in ("GOOS", "GOARCH", "GOEXPERIMENT", "GODEBUG", "GOFLAGS")}
    env.update(
        HOME=str(tmp / "home"),
        GOCACHE=str(tmp / "gocache"),
        GOPATH=str(tmp / "gopath"),
        GOFLAGS="-mod=mod",
        GOPROXY="off",
        GOTOOLCHAIN="local",
        GOTELEMETRY="off",
        GOWORK="off",
        CGO_ENABLED="1",
    )
    return env


def functions(path):
    """(name, first line, last line) of the top-level functions of a gofmt'd file."""
    out = []
    lines = path.read_text().splitlines()
    i = 0
    while i < len(lines):
        m = FUNC.match(lines[i])
        if m:
            start = i + 1
            if lines[i].rstrip().endswith("}"):
                out.append((m.group(1), start, start))
            else:
                j = i + 1
                while j < len(lines) and lines[j] != "}":
                    j += 1
                out.append((m.group(1), start, j + 1))
                i = j
        i += 1
    return out


def case_of(funcs, line):
    """The function holding `line`, or the next one (a directive above it)."""
    for name, a, b in funcs:
        if a <= line <= b:
            return name
    after = [f for f in funcs if f[1] > line]
    return after[0][0] if after else None


def fixture_cases():
    """{(file, case): {"truth": set(rules), "funcs": ...}} from the want comments."""
    cases = {}
    for path in sorted(FIXTURES.rglob("*.go")):
        funcs = functions(path)
        lines = path.read_text().splitlines()
        for i, line in enumerate(lines):
            m = WANT.search(line)
            if not m:
                continue
            spec = m.group(1).split(" (")[0]
            rules = [r.strip() for r in spec.split(",") if r.strip() and r.strip() != "none"]
            target = i + 1
            if line.strip().startswith("// want:"):
                j = i + 1
                while j < len(lines) and lines[j].strip().startswith("// want:"):
                    j += 1
                target = j + 1
            name = case_of(funcs, target)
            key = (str(path.relative_to(FIXTURES)), name)
            c = cases.setdefault(key, {"truth": set(), "negative": set()})
            for r in rules:
                (c["negative"] if r.startswith("!") else c["truth"]).add(r.lstrip("!"))
    return cases


def compat_findings(compat, paths, extra=()):
    out = subprocess.run(
        [str(compat), "go", "cgo", "--format", "json", *extra, *map(str, paths)],
        capture_output=True,
        text=True,
    )
    if out.returncode == 2:
        sys.exit(f"compat failed:\n{out.stderr}")
    report = json.loads(out.stdout)
    return [(f["subject"]["file"], f["subject"]["line"], f["rule"]) for f in report["findings"]]


def vet_findings(go, cwd, env):
    out = subprocess.run(
        [str(go / "bin/go"), "vet", "-cgocall", "./..."], cwd=cwd, env=env, capture_output=True, text=True
    )
    found = []
    for line in out.stderr.splitlines():
        m = re.match(r"^(?:\./)?([^:#][^:]*\.go):(\d+):\d+: (.*)$", line)
        if m:
            found.append((str((pathlib.Path(cwd) / m.group(1)).resolve()), int(m.group(2)), m.group(3)))
    return found


def table(rows, header):
    widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
    fmt = "  ".join("{:<%d}" % w for w in widths)
    print(fmt.format(*header))
    for r in rows:
        print(fmt.format(*map(str, r)))


def totals(label, cases):
    bad = [c for c in cases if c["truth"]]
    ok = [c for c in cases if not c["truth"]]
    print(
        f"\n{label}: {len(bad)} violations, {len(ok)} correct forms\n"
        f"  compat: {sum(c['compat'] for c in bad)}/{len(bad)} violations found, "
        f"{sum(c['compat'] for c in ok)} false alarm(s)\n"
        f"  go vet -cgocall: {sum(c['vet'] for c in bad)}/{len(bad)} violations found, "
        f"{sum(c['vet'] for c in ok)} false alarm(s)"
    )
    rules = sorted({r for c in bad for r in c["truth"]})
    for r in rules:
        rb = [c for c in bad if r in c["truth"]]
        print(
            f"    {r}: compat {sum(c['compat'] for c in rb)}/{len(rb)}, vet {sum(c['vet'] for c in rb)}/{len(rb)}"
        )


def bench_fixtures(compat, go, env):
    cases = fixture_cases()
    funcs = {str(p.relative_to(FIXTURES)): functions(p) for p in FIXTURES.rglob("*.go")}
    hits_c = set()
    for file, line, _rule in compat_findings(compat, [FIXTURES], ["--takes-ownership", "take"]):
        rel = str(pathlib.Path(file).resolve().relative_to(FIXTURES.resolve()))
        hits_c.add((rel, case_of(funcs[rel], line)))
    hits_v = set()
    for file, line, _msg in vet_findings(go, FIXTURES, env):
        rel = str(pathlib.Path(file).relative_to(FIXTURES.resolve()))
        hits_v.add((rel, case_of(funcs[rel], line)))
    rows, out = [], []
    for key in sorted(cases):
        c = cases[key]
        c["compat"] = key in hits_c
        c["vet"] = key in hits_v
        truth = ",".join(sorted(c["truth"])) or "correct"
        rows.append((key[0], key[1], truth, "yes" if c["compat"] else "-", "yes" if c["vet"] else "-"))
        out.append(c)
    print("## compat's fixtures (crates/compat-go/tests/cgo)\n")
    table(rows, ("file", "case", "truth", "compat", "vet"))
    totals("fixtures", out)


def ptr_cases(goroot):
    """The ptrTests of ptr_test.go, read with a small scanner of its literal."""
    text = (goroot / "src/cmd/cgo/internal/testerrors/ptr_test.go").read_text()
    body = text[text.index("var ptrTests = []ptrTest{") :]
    body = body[: body.index("\n}\n")]
    cases = []
    for block in re.split(r"\n\t\{\n", body)[1:]:
        c = {"imports": [], "c": "", "c1": "", "support": "", "body": "", "fail": False}
        for key in ("name", "c", "c1", "support", "body"):
            m = re.search(r"\n\t\t%s:\s+(`[^`]*`|\"(?:[^\"\\\\]|\\\\.)*\")" % key, "\n" + block)
            if m:
                v = m.group(1)
                c[key] = v[1:-1] if v.startswith("`") else json.loads(v)
        m = re.search(r"\n\t\timports:\s+\[\]string\{([^}]*)\}", "\n" + block)
        if m:
            c["imports"] = json.loads("[" + m.group(1) + "]")
        c["fail"] = bool(re.search(r"\n\t\tfail:\s+true", "\n" + block))
        cases.append(c)
    return cases


def bench_ptr(compat, go, env, tmp):
    cases = ptr_cases(go)
    mod = tmp / "ptrtest"
    mod.mkdir()
    (mod / "go.mod").write_text("module ptrtest\ngo 1.21\n")
    files = {"cgo1.go": [], "cgo2.go": []}
    pre = {"cgo1.go": [], "cgo2.go": []}
    imps = {"cgo1.go": [], "cgo2.go": []}
    for c in cases:
        f = "cgo2.go" if "//export" in c["support"] else "cgo1.go"
        pre[f].append(c["c"])
        pre["cgo1.go"].append(c["c1"])
        for i in c["imports"]:
            if i not in imps[f]:
                imps[f].append(i)
    ranges = {}
    for f in files:
        head = "package main\n\n/*\n" + "\n".join(pre[f]) + "\n*/\nimport \"C\"\n\n"
        head += "".join(f"import {json.dumps(i)}\n" for i in imps[f])
        lines = head.splitlines()
        for c in cases:
            if ("cgo2.go" if "//export" in c["support"] else "cgo1.go") != f:
                continue
            start = len(lines) + 1
            lines += (c["support"] + f"\nfunc {c['name']}() {{\n{c['body']}\n}}").splitlines()
            ranges[c["name"]] = (f, start, len(lines))
        if f == "cgo1.go":
            lines += ["func main() {"] + [f"\t{c['name']}()" for c in cases if ranges.get(c["name"], ("",))[0] == f] + ["}"]
        (mod / f).write_text("\n".join(lines) + "\n")

    def which(file, line):
        name = pathlib.Path(file).name
        for n, (f, a, b) in ranges.items():
            if f == name and a <= line <= b:
                return n
        return None

    hits_c = {which(f, l) for f, l, _ in compat_findings(compat, [mod])}
    hits_v = {which(f, l) for f, l, _ in vet_findings(go, mod, env)}
    rows, out = [], []
    for c in cases:
        d = {"truth": {"fail"} if c["fail"] else set(), "compat": c["name"] in hits_c, "vet": c["name"] in hits_v}
        rows.append((c["name"], "fail" if c["fail"] else "ok", "yes" if d["compat"] else "-", "yes" if d["vet"] else "-"))
        out.append(d)
    print("\n## Go's cgo pointer tests (ptr_test.go)\n")
    table(rows, ("case", "truth", "compat", "vet"))
    totals("ptr_test.go", out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--compat", default=os.environ.get("COMPAT", str(ROOT / "target/debug/compat")))
    ap.add_argument("--go-version", default="1.27.3")
    args = ap.parse_args()
    compat = pathlib.Path(args.compat)
    if not compat.is_file():
        subprocess.run(["cargo", "build", "-p", "compat"], cwd=ROOT, check=True)
    go = corpus_go(args.go_version)
    with tempfile.TemporaryDirectory() as t:
        tmp = pathlib.Path(t)
        env = go_env(tmp)
        print(f"compat: {compat}\ngo vet: {go}/bin/go (go{args.go_version}), -cgocall only\n")
        bench_fixtures(compat, go, env)
        bench_ptr(compat, go, env, tmp)


if __name__ == "__main__":
    main()
