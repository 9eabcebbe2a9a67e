#!/usr/bin/env python3
"""compat cli diff beside azure-cli-diff-tool (PyPI, 0.1.1) on the same Azure CLI
command-metadata pairs: verdicts side by side and CPU time, user + system (median of 5).

Usage: scripts/bench-cli.py   (COMPAT=path/to/compat, default target/release/compat)

COMPAT_CLI_DIFF_EXAMPLE=path times the library's `examples/cli_diff` (a release build of
the same reading, diff and JSON rendering as `compat cli diff -f json`) instead of COMPAT,
when a release build of the whole binary is not at hand.

The peer is installed in a venv under ${COMPAT_CORPUS:-~/.cache/compat-corpus}/azdiff-venv.
It fetches an allow-list from Azure blob storage in every run (requests.get); this machine
has no such network, so the wrapper below answers that request with a 404 and the tool
falls back to its bundled list, as it does offline. Pairs:

- acr: the metadata of the tool's own test (`test_expand_deprecate_obj`: the acr module)
  with the changes of its test files applied by hand (a removed command, a removed
  option, a new required parameter, a default, a choice);
- cargo: the surface of this machine's cargo, read from `cargo --help` recursively
  by `compat cli surface -- cargo`, written as Azure metadata, and a v2 with one change
  of each kind (about 40 KiB);
- 4 KiB and 1 MiB: synthetic metadata (groups x commands x parameters) with the same
  kinds of change spread through it;
- az MODULE 2.60.0 -> 2.67.0: real Azure CLI metadata of two azure-cli releases, made by
  azdev's meta-export (scripts/fetch-azure-cli-meta.sh), one pair per module fetched.
"""
import copy
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
EXAMPLE = os.environ.get("COMPAT_CLI_DIFF_EXAMPLE")
CACHE = os.environ.get("COMPAT_CORPUS", os.path.expanduser("~/.cache/compat-corpus"))
VENV = os.path.join(CACHE, "azdiff-venv")
PEER = """
import json, sys, requests
class _Offline:
    status_code = 404
    text = ""
requests.get = lambda *a, **k: _Offline()
from azure_cli_diff_tool import meta_diff
out = meta_diff(sys.argv[1], sys.argv[2], output_type="dict")
json.dump(out, sys.stdout)
"""


def peer_python():
    py = os.path.join(VENV, "bin", "python")
    if not os.path.exists(py):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([py, "-m", "pip", "install", "-q", "azure-cli-diff-tool==0.1.1"], check=True)
    return py


def param(name, options, **kw):
    p = {"name": name, "options": options}
    p.update(kw)
    return p


def acr_pair():
    old = {"module_name": "acr", "name": "az", "commands": {}, "sub_groups": {"acr": {
        "name": "acr", "commands": {}, "sub_groups": {"acr helm": {"name": "acr helm", "commands": {
            "acr helm list": {"name": "acr helm list", "parameters": [
                param("resource_group_name", ["--resource-group", "-g"], id_part="resource_group"),
                param("password", ["--password", "-p"]),
                param("output", ["--output", "-o"], default="table", choices=["table", "json", "tsv"]),
            ]},
            "acr helm show": {"name": "acr helm show", "parameters": [param("name", ["--name", "-n"], required=True)]},
            "acr helm delete": {"name": "acr helm delete", "parameters": [param("yes", ["--yes", "-y"])]},
        }, "sub_groups": {}}}}}}
    new = copy.deepcopy(old)
    cmds = new["sub_groups"]["acr"]["sub_groups"]["acr helm"]["commands"]
    del cmds["acr helm delete"]                                     # command removed
    lst = cmds["acr helm list"]["parameters"]
    lst[1]["options"] = ["--password"]                              # short name removed
    lst[2]["default"] = "json"                                      # default changed
    lst[2]["choices"] = ["table", "json"]                           # choice removed
    cmds["acr helm show"]["parameters"].append(param("registry", ["--registry", "-r"], required=True))
    return old, new


def from_surface(surface):
    """compat's surface JSON as Azure metadata: every command with flags is a command,
    every command with subcommands a group."""
    def walk(cmd, prefix, group):
        for sub in cmd.get("commands", []):
            full = (prefix + " " + sub["name"]).strip()
            if sub.get("commands"):
                g = {"name": full, "commands": {}, "sub_groups": {}}
                group["sub_groups"][full] = g
                walk(sub, full, g)
            else:
                params = []
                for f in sub.get("flags", []):
                    p = param(f["names"][0].lstrip("-").replace("-", "_"), f["names"])
                    if f.get("default") is not None:
                        p["default"] = f["default"]
                    if f.get("choices"):
                        p["choices"] = f["choices"]
                    if f.get("required"):
                        p["required"] = True
                    if f.get("type") and f["type"] != "switch":
                        p["type"] = f["type"]
                    params.append(p)
                group["commands"][full] = {"name": full, "parameters": params}
    meta = {"module_name": surface["command"]["name"], "name": "az", "commands": {}, "sub_groups": {}}
    walk(surface["command"], "", meta)
    return meta


def mutate(meta, every=1):
    """One change of each kind per `every` commands: returns the new metadata."""
    new = copy.deepcopy(meta)
    n = 0

    def groups(g):
        yield g
        for s in g["sub_groups"].values():
            yield from groups(s)

    for g in list(groups(new)):
        for name in sorted(g["commands"]):
            n += 1
            if n % every:
                continue
            cmd = g["commands"][name]
            params = cmd["parameters"]
            kind = (n // every) % 5
            if kind == 0:
                del g["commands"][name]
            elif kind == 1 and params:
                params.pop()
            elif kind == 2:
                params.append(param("new_required", ["--new-required"], required=True))
            elif kind == 3 and params:
                params[0]["default"] = "changed"
            elif kind == 4:
                for p in params:
                    if p.get("choices"):
                        p["choices"] = p["choices"][:-1]
                        break
    return new


def synthetic(target_bytes):
    meta = {"module_name": "synthetic", "name": "az", "commands": {}, "sub_groups": {}}
    i = 0
    while len(json.dumps(meta)) < target_bytes:
        g = "grp%d" % i
        group = {"name": g, "commands": {}, "sub_groups": {}}
        for c in range(8):
            full = "%s cmd%d" % (g, c)
            group["commands"][full] = {"name": full, "parameters": [
                param("resource_group_name", ["--resource-group", "-g"], required=True),
                param("name", ["--name", "-n"], required=True),
                param("output_format", ["--output-format"], default="json", choices=["json", "table", "tsv"]),
                param("tags", ["--tags"], nargs="*"),
                param("no_wait", ["--no-wait"]),
            ]}
        meta["sub_groups"][g] = group
        i += 1
    return meta


def timed(cmd, runs=5):
    """Median CPU time (user + system) of `runs` runs: wall time on a 2-core machine
    shared with builds measures the neighbours, CPU time the program."""
    times, out = [], None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run(cmd, capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        out = p
    return statistics.median(times), out


def main():
    if not os.path.exists(COMPAT):
        sys.exit("no compat binary at %s (cargo build --release -p compat, or COMPAT=...)" % COMPAT)
    py = peer_python()
    work = tempfile.mkdtemp(prefix="bench-cli-")
    peer = os.path.join(work, "peer.py")
    open(peer, "w").write(PEER)
    pairs = [("acr (the tool's test module)",) + acr_pair()]
    cargo = subprocess.run([COMPAT, "cli", "surface", "--", "cargo"], capture_output=True, text=True)
    if cargo.returncode == 0:
        meta = from_surface(json.loads(cargo.stdout))
        pairs.append(("cargo (from its --help)", meta, mutate(meta, 3)))
    real = os.path.join(CACHE, "azure-cli")
    old_dir, new_dir = os.path.join(real, "2.60.0"), os.path.join(real, "2.67.0")
    if os.path.isdir(old_dir) and os.path.isdir(new_dir):
        for f in sorted(os.listdir(old_dir)):
            if f.endswith("_meta.json") and os.path.exists(os.path.join(new_dir, f)):
                module = f[len("az_"):-len("_meta.json")]
                pairs.append(("az %s 2.60.0 -> 2.67.0" % module,
                              json.load(open(os.path.join(old_dir, f))),
                              json.load(open(os.path.join(new_dir, f)))))
    else:
        print("no real Azure CLI metadata in %s (scripts/fetch-azure-cli-meta.sh)" % real, file=sys.stderr)
    for size, label in [(4 << 10, "synthetic 4 KiB"), (1 << 20, "synthetic 1 MiB")]:
        meta = synthetic(size)
        pairs.append((label, meta, mutate(meta, 4)))
    print("| pair | old side | compat: breaking / warning / info | azure-cli-diff-tool: break / warn / info | compat | azure-cli-diff-tool | ratio |")
    print("|---|---|---|---|---|---|---|")
    for label, old, new in pairs:
        a = os.path.join(work, "old.json")
        b = os.path.join(work, "new.json")
        json.dump(old, open(a, "w"))
        json.dump(new, open(b, "w"))
        if EXAMPLE:
            ct, cr = timed([EXAMPLE, a, b, "azure"])
        else:
            ct, cr = timed([COMPAT, "cli", "diff", a, b, "--input-format", "azure", "-f", "json"])
        pt, pr = timed([py, peer, a, b], runs=3 if os.path.getsize(a) > 100000 else 5)
        if cr.returncode not in (0, 1) or pr.returncode != 0 or json.loads(cr.stdout)["errors"]:
            sys.exit("%s: compat %d %s / peer %d %s" % (label, cr.returncode, cr.stderr[-300:], pr.returncode, pr.stderr[-300:]))
        cf = json.loads(cr.stdout)["findings"]
        # without a change the peer prints "No meta diffs from ..." and then null
        pf = json.loads(pr.stdout.strip().splitlines()[-1]) or []
        cb = sum(1 for f in cf if f["severity"] == "breaking")
        cw = sum(1 for f in cf if f["severity"] == "warning")
        pb = sum(1 for f in pf if f.get("is_break"))
        pw = sum(1 for f in pf if not f.get("is_break") and f.get("diff_level") == 2)
        print("| %s | %.0f KiB | %d / %d / %d | %d / %d / %d | %.1f ms | %.0f ms | %.0fx |" % (
            label, os.path.getsize(a) / 1024, cb, cw, len(cf) - cb - cw, pb, pw, len(pf) - pb - pw,
            ct * 1000, pt * 1000, pt / ct))
        if os.environ.get("BENCH_CLI_VERBOSE"):
            for f in cf:
                print("   compat", f["severity"], f["rule"], f["message"][:120])
            for f in pf:
                print("   peer  ", f.get("is_break"), f.get("rule_name"), f.get("rule_message", "")[:120])


if __name__ == "__main__":
    main()
