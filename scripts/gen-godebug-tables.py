#!/usr/bin/env python3
"""gen-godebug-tables.py — the GODEBUG data of every Go release compat knows.

Reads, from the toolchains scripts/fetch-go-toolchains.sh unpacks into
${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/go/<version>/go (the newest
patch of each minor present, 1.21 to 1.27, every minor required):

  * src/internal/godebugs/table.go: the `All` table (Name, Package, Changed,
    Old, Opaque, Immutable) and, from Go 1.26 on, the `Removed` table (Name,
    Removed, and the Old predicate: the values that are a build error);
  * the standard library's import graph for linux/amd64 with cgo on, as
    `go list -deps -f '{{.ImportPath}}: {{join .Imports " "}}' std` prints it.

and writes, under crates/compat-go/data/godebug/:

  * go1.<minor>.tsv, one per minor: the release's settings and removed
    settings (the format is in README.md beside them);
  * std-imports-go1.<newest>.txt: the newest release's graph in full;
  * std-imports-go1.<minor>.delta for each older minor: that release's graph
    as changes to the next newer one's.

Deterministic (sorted, no dates, no paths of this machine) and re-runnable:
the output depends only on the toolchains' sources and `go list`. Pass
--check to compare with the files in the tree instead of writing them
(exit 1 when they differ).

Usage: scripts/gen-godebug-tables.py [--check]
"""

import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "crates", "compat-go", "data", "godebug")
MINORS = range(21, 28)


def corpus_go():
    corpus = os.environ.get("COMPAT_CORPUS") or os.path.join(
        os.environ.get("HOME", ""), ".cache", "compat-corpus")
    return os.path.join(corpus, "go")


def goroots():
    """{minor: (version, GOROOT)} with the newest patch of each minor."""
    found = {}
    base = corpus_go()
    for name in os.listdir(base) if os.path.isdir(base) else []:
        m = re.fullmatch(r"1\.(\d+)(?:\.(\d+))?", name)
        goroot = os.path.join(base, name, "go")
        if not m or not os.path.isfile(os.path.join(goroot, "bin", "go")):
            continue
        minor, patch = int(m.group(1)), int(m.group(2) or 0)
        if minor not in found or found[minor][0] < patch:
            found[minor] = (patch, name, goroot)
    missing = [m for m in MINORS if m not in found]
    if missing:
        sys.exit("gen-godebug-tables: no toolchain for Go %s under %s; run "
                 "scripts/fetch-go-toolchains.sh" %
                 (", ".join("1.%d" % m for m in missing), base))
    return {m: (found[m][1], found[m][2]) for m in MINORS}


GO_STRING = r'"(?:[^"\\]|\\.)*"'
FIELD = re.compile(r"(\w+):\s*(%s|-?\d+|func\([^{]*\{[^}]*\}|true|false|[A-Za-z_]\w*)" % GO_STRING)


def go_string(lit):
    body = lit[1:-1]
    if "\\" in body:
        sys.exit("gen-godebug-tables: escaped string %s not handled" % lit)
    return body


def block(text, start):
    """The lines of the composite literal that starts with `start`."""
    i = text.find(start)
    if i < 0:
        return None
    j = text.index("\n}", i)
    return text[i + len(start):j].splitlines()


def predicates(text):
    """Top-level `func name(s string) bool { return ... }` -> accepted values."""
    out = {}
    for m in re.finditer(r"^func (\w+)\(s string\) bool\s*\{([^}]*)\}", text, re.M):
        out[m.group(1)] = values_of(m.group(2))
    return out


def values_of(body):
    vals = re.findall(r's\s*==\s*(%s)' % GO_STRING, body)
    rest = re.sub(r's\s*==\s*%s' % GO_STRING, "", body)
    rest = re.sub(r"return|\|\||\s", "", rest)
    if not vals or rest:
        sys.exit("gen-godebug-tables: cannot read the predicate %r" % body)
    return [go_string(v) for v in vals]


def read_table(goroot):
    path = os.path.join(goroot, "src", "internal", "godebugs", "table.go")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    settings = []
    for line in block(text, "var All = []Info{") or []:
        line = line.strip()
        if not line.startswith("{"):
            continue  # comments, commented-out entries
        fields = dict(FIELD.findall(line[:line.rindex("}") + 1]))
        name = go_string(fields["Name"])
        settings.append({
            "name": name,
            "package": go_string(fields["Package"]),
            "changed": int(fields.get("Changed", "0")),
            "old": go_string(fields["Old"]) if "Old" in fields else "",
            "opaque": fields.get("Opaque") == "true",
            "immutable": fields.get("Immutable") == "true",
        })
        unknown = set(fields) - {"Name", "Package", "Changed", "Old", "Opaque", "Immutable"}
        if unknown:
            sys.exit("gen-godebug-tables: %s: unknown fields %s" % (path, unknown))
    removed = []
    preds = predicates(text)
    for line in block(text, "var Removed = []RemovedInfo{") or []:
        line = line.strip()
        if not line.startswith("{"):
            continue
        code = line[:line.rindex("}") + 1]
        fields = dict(FIELD.findall(code))
        old = fields.get("Old")
        if old is None:
            values = ["*"]  # every value is an error (Go 1.26)
        elif old.startswith("func("):
            values = values_of(old[old.index("{") + 1:-1])
        elif old in preds:
            values = preds[old]
        else:
            sys.exit("gen-godebug-tables: %s: unknown Old predicate %s" % (path, old))
        removed.append({"name": go_string(fields["Name"]),
                        "release": int(fields["Removed"]), "old": values})
    names = [s["name"] for s in settings]
    if names != sorted(names):
        sys.exit("gen-godebug-tables: %s: All is not sorted by name" % path)
    return settings, removed


def table_file(minor, version, settings, removed):
    lines = [
        "# GODEBUG settings of Go 1.%d, from Go %s's src/internal/godebugs/table.go." % (minor, version),
        "# Generated by scripts/gen-godebug-tables.py; the columns are described in README.md.",
        "release\t%s" % version,
        "# setting\tname\tpackage\tchanged\told\tflags",
    ]
    for s in settings:
        flags = ",".join(f for f in ("opaque", "immutable") if s[f]) or "-"
        lines.append("setting\t%s\t%s\t%d\t%s\t%s" % (
            s["name"], s["package"], s["changed"], s["old"] or "-", flags))
    if removed:
        lines.append("# removed\tname\trelease\told values (* = every value)")
    for r in removed:
        lines.append("removed\t%s\t%d\t%s" % (r["name"], r["release"], " ".join(r["old"])))
    return "\n".join(lines) + "\n"


def std_imports(goroot):
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "GOCACHE": os.path.join(home, "cache"),
            "GOPATH": os.path.join(home, "gopath"),
            "GOROOT": goroot,
            "GOOS": "linux",
            "GOARCH": "amd64",
            "CGO_ENABLED": "1",
            "GOTOOLCHAIN": "local",
            "GOTELEMETRY": "off",
            "GOFLAGS": "",
            "GOENV": "off",
            "GOPROXY": "off",
        }
        out = subprocess.run(
            [os.path.join(goroot, "bin", "go"), "list", "-deps", "-f",
             '{{.ImportPath}}: {{join .Imports " "}}', "std"],
            env=env, cwd=home, check=True, capture_output=True, text=True).stdout
    graph = {}
    for line in out.splitlines():
        pkg, _, imports = line.partition(":")
        graph[pkg.strip()] = sorted(set(imports.split()))
    return graph


def full_file(minor, version, graph):
    lines = [
        "# Imports of every standard-library package of Go 1.%d (Go %s), linux/amd64, cgo on:" % (minor, version),
        "# `go list -deps -f '{{.ImportPath}}: {{join .Imports \" \"}}' std`, sorted.",
        "# Generated by scripts/gen-godebug-tables.py; the format is described in README.md.",
    ]
    for pkg in sorted(graph):
        lines.append(("%s: %s" % (pkg, " ".join(graph[pkg]))).rstrip())
    return "\n".join(lines) + "\n"


def delta_file(minor, version, graph, newer_minor, newer):
    lines = [
        "# Imports of the standard library of Go 1.%d (Go %s), linux/amd64, cgo on, as changes" % (minor, version),
        "# to Go 1.%d's. Generated by scripts/gen-godebug-tables.py; the format is in README.md." % newer_minor,
    ]
    for pkg in sorted(set(graph) | set(newer)):
        if pkg not in graph:
            lines.append("-%s" % pkg)
            continue
        old = set(newer.get(pkg, []))
        now = set(graph[pkg])
        if pkg in newer and old == now:
            continue
        changes = ["+" + p for p in sorted(now - old)] + ["-" + p for p in sorted(old - now)]
        lines.append(("%s: %s" % (pkg, " ".join(changes))).rstrip())
    return "\n".join(lines) + "\n"


def main():
    check = "--check" in sys.argv[1:]
    roots = goroots()
    files = {}
    graphs = {}
    for minor, (version, goroot) in roots.items():
        settings, removed = read_table(goroot)
        files["go1.%d.tsv" % minor] = table_file(minor, version, settings, removed)
        graphs[minor] = (version, std_imports(goroot))
    newest = max(roots)
    files["std-imports-go1.%d.txt" % newest] = full_file(newest, *graphs[newest])
    for minor in sorted(roots):
        if minor != newest:
            files["std-imports-go1.%d.delta" % minor] = delta_file(
                minor, graphs[minor][0], graphs[minor][1], minor + 1, graphs[minor + 1][1])
    status = 0
    for name, text in sorted(files.items()):
        path = os.path.join(OUT, name)
        if check:
            try:
                with open(path, encoding="utf-8") as f:
                    same = f.read() == text
            except FileNotFoundError:
                same = False
            if not same:
                print("gen-godebug-tables: %s is out of date" % os.path.relpath(path, ROOT))
                status = 1
            continue
        os.makedirs(OUT, exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print("%s: %d bytes" % (os.path.relpath(path, ROOT), len(text.encode())))
    return status


if __name__ == "__main__":
    sys.exit(main())
