#!/usr/bin/env python3
"""bench-hostile.py — compat and the peer tools on inputs built to amplify (issue 9).

Builds each hostile input at benchmark scale (the shapes of
scripts/fuzz-hostile-seeds.py, larger), then runs compat and the tool a user
would otherwise reach for on the same file, one after the other, each under
`prlimit --as` (8 GiB) and `timeout` (120 s), measuring wall time and peak
resident memory with GNU time. Prints a Markdown table for the README.

Usage: scripts/bench-hostile.py
Environment:
  COMPAT           the compat binary (default target/release/compat)
  COMPAT_BASELINE  an older compat binary to measure too (a column "before")
Needs gcc, objcopy, readelf, nm, abidiff, ldconfig, gofmt (Go 1.19) and
/usr/bin/time.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
COMPAT = os.environ.get("COMPAT", os.path.join(ROOT, "target/release/compat"))
BASELINE = os.environ.get("COMPAT_BASELINE")
AS_LIMIT = 8 << 30
TIMEOUT = 120

spec = importlib.util.spec_from_file_location(
    "seeds", os.path.join(ROOT, "scripts/fuzz-hostile-seeds.py"))
seeds = importlib.util.module_from_spec(spec)
spec.loader.exec_module(seeds)


def gofmt():
    for g in ("/usr/lib/go-1.19/bin/gofmt", shutil.which("gofmt")):
        if g and os.path.exists(g):
            return g
    sys.exit("bench-hostile: gofmt is not installed")


def measure(cmd):
    """(seconds, MiB, outcome) of one run; stdout is discarded."""
    full = ["/usr/bin/time", "-f", "%e %M", "timeout", str(TIMEOUT),
            "prlimit", f"--as={AS_LIMIT}"] + cmd
    p = subprocess.run(full, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                       errors="replace")
    last = p.stderr.strip().splitlines()[-1] if p.stderr.strip() else "0 0"
    try:
        secs, kb = last.split()
        secs, mib = float(secs), int(kb) / 1024
    except ValueError:
        secs, mib = float("nan"), float("nan")
    rc = p.returncode
    if rc == 124:
        outcome = f"timeout ({TIMEOUT} s)"
    elif rc > 128 or rc < 0 or "Command terminated by signal" in p.stderr:
        outcome = "killed (out of memory)" if "memory" in p.stderr.lower() or rc in (134, 137) else f"killed ({rc})"
    elif rc == 2 and cmd[0] in (COMPAT, BASELINE):
        outcome = "exit 2: " + first_error(p.stderr)
    else:
        outcome = f"exit {rc}"
    return secs, mib, outcome


def first_error(stderr):
    for line in stderr.splitlines():
        if line.startswith("compat: error:"):
            msg = line.split(": ", 3)[-1]
            return (msg[:90] + "...") if len(msg) > 90 else msg
    return "error"


def cell(m):
    secs, mib, outcome = m
    return f"{secs:.2f} s, {mib:.0f} MiB, {outcome}"


def main():
    for tool in ("gcc", "objcopy", "readelf", "nm", "abidiff", "ldconfig"):
        if not shutil.which(tool) and not os.path.exists(f"/sbin/{tool}"):
            sys.exit(f"bench-hostile: {tool} is not installed")
    if not os.path.exists("/usr/bin/time"):
        sys.exit("bench-hostile: GNU time (/usr/bin/time) is not installed")
    if not os.access(COMPAT, os.X_OK):
        sys.exit(f"bench-hostile: {COMPAT} is not built (cargo build --release)")
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        def file(name, data):
            p = os.path.join(tmp, name)
            with open(p, "wb") as f:
                f.write(data)
            return p

        cases = []
        lib = file("libshared.so", seeds.shared_name_symbols(tmp, 20000, 256 << 10))
        cases.append(("20,000 symbols naming one 256 KiB string", lib,
                      ["abi", "diff", "--no-types", lib, lib], "readelf -W --dyn-syms",
                      ["readelf", "-W", "--dyn-syms", lib]))
        lib = file("libneeded.so", seeds.repeated_needed(tmp, 400, 60000))
        cases.append(("200 DT_NEEDED and 200 DT_RPATH naming one 60 kB string", lib,
                      ["abi", "check", lib], "readelf -d", ["readelf", "-d", lib]))
        lib = file("libzeros.so", seeds.compressed_zeros(tmp, 64))
        cases.append(("`.debug_str` of 64 MiB of zeros, zlib-compressed", lib,
                      ["abi", "dump", lib], "abidiff (self)", ["abidiff", lib, lib]))
        lib = file("libwide.so", seeds.wide_params(tmp, 100, 100, 40000))
        cases.append(("10,000 parameters of one type named in 40 kB", lib,
                      ["abi", "diff", lib, lib], "abidiff (self)", ["abidiff", lib, lib]))
        name = seeds.doubling_name(30)
        src = os.path.join(tmp, "d.s")
        with open(src, "w") as f:
            f.write(f".text\n.globl {name}\n.type {name},@function\n{name}: ret\n")
        lib = os.path.join(tmp, "libdouble.so")
        seeds.gcc(["-shared", "-nostdlib", "-o", lib, src])
        cases.append(("a C++ name whose demangled form doubles 30 times", lib,
                      ["abi", "dump", "--no-types", lib], "nm -DC", ["nm", "-DC", lib]))
        root = os.path.join(tmp, "root")
        os.makedirs(os.path.join(root, "etc"))
        os.makedirs(os.path.join(root, "usr/bin"))
        cache = os.path.join(root, "etc/ld.so.cache")
        with open(cache, "wb") as f:
            f.write(seeds.ld_cache_shared_path(400000))
        prog = os.path.join(root, "usr/bin/true")
        shutil.copy("/bin/true", prog)
        cases.append(("an ld.so.cache of 400,000 entries sharing one path", cache,
                      ["abi", "check", "--sysroot", root, prog], "ldconfig -p -C",
                      [ldconfig, "-p", "-C", cache]))
        go = file("plus.go", ("".join(f"// +build linux t{i}\n" for i in range(20000))
                              + "\npackage p\n").encode())
        cases.append(("20,000 `// +build` lines", go, ["go", "buildtags", go],
                      "gofmt -l", [gofmt(), "-l", go]))
        plus = "".join(f"// +build t{i} \n" for i in range(10000))
        go = file("diff.go", f"//go:build a\n//go:build b\n{plus}\npackage p\n".encode())
        cases.append(("`--diff` of 10,000 changed lines", go, ["go", "buildtags", "--diff", go],
                      "gofmt -d", [gofmt(), "-d", go]))

        for title, path, args, peer, peer_cmd in cases:
            size = os.path.getsize(path)
            ours = measure([COMPAT] + args)
            before = measure([BASELINE] + args) if BASELINE else None
            theirs = measure(peer_cmd)
            rows.append((title, size, ours, before, peer, theirs))
            print(f"bench-hostile: {title}: done", file=sys.stderr)

    head = "| input | size | compat |" + (" compat before issue 9 |" if BASELINE else "") + " peer | peer's result |"
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    for title, size, ours, before, peer, theirs in rows:
        line = f"| {title} | {size / 1024:.0f} KiB | {cell(ours)} |"
        if BASELINE:
            line += f" {cell(before)} |"
        line += f" `{peer}` | {cell(theirs)} |"
        print(line)


if __name__ == "__main__":
    main()
