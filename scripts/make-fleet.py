#!/usr/bin/env python3
"""make-fleet.py — a synthetic fleet of N ELF files for scripts/bench-index.py (issue 13).

Builds the templates of scripts/fleet/templates.tsv once with gcc (shared
libraries with version scripts, a copy relocation, a weak reference, threads
and dlopen from libc's GLIBC_2.34, a C++ program), then writes N files as
replicas of them: DIR/r00000/, DIR/r00001/, ... each holding one copy of
every template, with the placeholder QQQQQQ of every SONAME and DT_NEEDED
name replaced by the replica's number (r00001: same length, so the file is
rewritten in place, no relinking) and a build id of its own. Programs find
their replica's libraries through RUNPATH $ORIGIN, so `ldd -r` and
`compat index build` both load them.

Usage: scripts/make-fleet.py DIR [N]   (N files, default 50000)
"""
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fleet")
PLACEHOLDER = b"QQQQQQ"


def templates():
    """Rows of templates.tsv: (output, source, map, libs, extra)."""
    rows = []
    with open(os.path.join(HERE, "templates.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            out, src, vmap, libs, extra = line.rstrip("\n").split("\t")
            rows.append((out, src, None if vmap == "-" else vmap,
                         [] if libs == "-" else libs.split(","),
                         [] if extra == "-" else extra.split()))
    return rows


def file_name(out):
    return f"{out}-QQQQQQ.so.1" if out.startswith("lib") else out


def build_id_of(i):
    """The template's build id: 20 bytes that occur nowhere else in the file."""
    return bytes([0xB1, 0xD0, i]) + b"\x5a" * 17


def build(work):
    """Builds every template into `work`; returns [(name, bytes, build id)]."""
    built = []
    for i, (out, src, vmap, libs, extra) in enumerate(templates()):
        name = file_name(out)
        cc = "g++" if src.endswith(".cc") else "gcc"
        cmd = [cc, "-O2", "-s", "-o", os.path.join(work, name), os.path.join(HERE, src),
               "-Wl,-z,noseparate-code", "-Wl,--enable-new-dtags", "-Wl,-rpath,$ORIGIN",
               f"-Wl,--build-id=0x{build_id_of(i).hex()}", f"-L{work}"]
        if name.endswith(".so.1"):
            cmd += ["-shared", "-fPIC", f"-Wl,-soname,{name}"]
        else:
            cmd += ["-fPIE", "-pie"]
        if vmap:
            cmd.append(f"-Wl,--version-script={os.path.join(HERE, vmap)}")
        cmd += [f"-l:lib{lib}-QQQQQQ.so.1" for lib in libs] + extra
        subprocess.run(cmd, check=True)
        with open(os.path.join(work, name), "rb") as f:
            data = f.read()
        if data.count(build_id_of(i)) != 1:
            sys.exit(f"{name}: the build id is not where expected")
        built.append((name, data, build_id_of(i)))
    return built


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    root = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) == 3 else 50000
    t0 = time.perf_counter()
    os.makedirs(root, exist_ok=True)
    work = tempfile.mkdtemp(prefix="fleet-templates-")
    try:
        built = build(work)
    finally:
        shutil.rmtree(work)
    written = 0
    replica = 0
    while written < total:
        tag = b"r%05d" % replica
        d = os.path.join(root, tag.decode())
        os.makedirs(d, exist_ok=True)
        for name, data, bid in built:
            if written == total:
                break
            new_id = hashlib.sha1(tag + name.encode()).digest()
            data = data.replace(PLACEHOLDER, tag).replace(bid, new_id)
            path = os.path.join(d, name.replace("QQQQQQ", tag.decode()))
            with open(path, "wb") as f:
                f.write(data)
            if not name.endswith(".so.1"):
                os.chmod(path, 0o755)
            written += 1
        replica += 1
    print(f"{root}: {written} ELF files in {replica} replicas of {len(built)} templates "
          f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
