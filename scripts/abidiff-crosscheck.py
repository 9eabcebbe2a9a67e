#!/usr/bin/env python3
"""abidiff-crosscheck.py ABIDIFF_REPORT COMPAT_JSON — is everything abidiff
reports also reported by compat?

Reads abidiff's text report and `compat abi diff -f json` on the same pair and
checks, entry by entry:
- removed ([D], functions, variables, symbols without debug information,
  matched with their version): compat has `abi-symbol-removed` or
  `abi-symbol-version-removed` for that name and version;
- added ([A]): compat has `abi-symbol-added` for the name, or
  `abi-symbol-type-changed` (a variable that came back as a function under a
  new version: abidiff lists it as removed and added);
- changed ([C] functions and variables): compat names the symbol in a finding,
  either as its subject or among the exported symbols a root cause reaches.

Prints one summary line (and the misses); exits 1 when something abidiff
reports is missing from compat's report, 2 on bad input.
"""

import json
import re
import sys


def abidiff_entries(text):
    """(kind, name, version) for each top-level [D]/[A]/[C] entry."""
    out = []
    for line in text.splitlines():
        m = re.match(r"^  \[([DAC])\] (.*)$", line)
        if not m:
            continue
        kind, rest = m.groups()
        sym = re.search(r"\{([^{}@]+)(?:@@?([^{}]+))?\}\s*$", rest)
        if sym:
            out.append((kind, sym.group(1), sym.group(2)))
            continue
        bare = re.match(r"^([A-Za-z_]\w*)(?:@@?(\S+))?$", rest.strip())
        if bare:
            out.append((kind, bare.group(1), bare.group(2)))
            continue
        # '[C] 'function int f(int)' at file:line has ...': the name before '('.
        decl = re.match(r"^'(?:function|variable) ([^']*)'", rest)
        if decl:
            names = re.findall(r"([A-Za-z_]\w*)\s*\(", decl.group(1))
            name = names[0] if names else decl.group(1).split()[-1]
            out.append((kind, name, None))
            continue
        raise ValueError(f"unrecognised abidiff entry: {line!r}")
    return out


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        return 2
    try:
        entries = abidiff_entries(open(argv[1], encoding="utf-8").read())
        report = json.load(open(argv[2], encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"abidiff-crosscheck: {e}", file=sys.stderr)
        return 2
    by_rule = {}
    reached = set()
    for f in report.get("findings", []):
        subj = f.get("subject", {})
        by_rule.setdefault(f["rule"], set()).add((subj.get("symbol"), subj.get("version")))
        if subj.get("symbol"):
            reached.add(subj["symbol"])
        reached.update(subj.get("symbols", []))
    names = lambda *rules: {n for r in rules for (n, _) in by_rule.get(r, set())}
    removed = by_rule.get("abi-symbol-removed", set()) | by_rule.get("abi-symbol-version-removed", set())
    added = names("abi-symbol-added")
    kind_changed = names("abi-symbol-type-changed")
    missing = {"D": [], "A": [], "C": []}
    counts = {"D": 0, "A": 0, "C": 0}
    for kind, name, version in entries:
        counts[kind] += 1
        if kind == "D":
            ok = (name, version) in removed or (version is None and name in {n for n, _ in removed})
        elif kind == "A":
            ok = name in added or name in kind_changed
        else:
            ok = name in reached
        if not ok:
            missing[kind].append(name if version is None else f"{name}@{version}")
    total_missing = sum(len(v) for v in missing.values())
    print(
        f"abidiff: {counts['D']} removed, {counts['A']} added, {counts['C']} changed; "
        f"reported by compat too: {counts['D'] - len(missing['D'])}, "
        f"{counts['A'] - len(missing['A'])}, {counts['C'] - len(missing['C'])}"
        + ("" if total_missing else " (all)")
    )
    for kind, label in (("D", "removed"), ("A", "added"), ("C", "changed")):
        if missing[kind]:
            shown = ", ".join(missing[kind][:20])
            more = len(missing[kind]) - 20
            print(f"  missing {label}: {shown}" + (f" and {more} more" if more > 0 else ""))
    return 1 if total_missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
