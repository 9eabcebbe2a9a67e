#!/usr/bin/env python3
"""Writes amplification-aware seeds into fuzz/corpus/TARGET/ (issue 9).

Each seed is a small input built to make a careless reader spend memory or
time out of proportion to its size: shared strings referenced thousands of
times, names whose demangled form doubles per substitution, compressed
zeros, long build-constraint files. libFuzzer mutates from these, with
fuzz.sh's memory limits on, so a regression that expands them is found again.

Usage: scripts/fuzz-hostile-seeds.py CORPUS_DIR   (needs gcc and objcopy)
"""
import os
import struct
import subprocess
import sys
import tempfile


def sections_of(b, sh_type):
    shoff = struct.unpack_from("<Q", b, 0x28)[0]
    shentsize, shnum = struct.unpack_from("<HH", b, 0x3A)
    for i in range(shnum):
        sh = shoff + i * shentsize
        if struct.unpack_from("<I", b, sh + 4)[0] == sh_type:
            off, size = struct.unpack_from("<QQ", b, sh + 0x18)
            yield off, size


def gcc(args):
    subprocess.run(["gcc"] + args, check=True, stdout=subprocess.DEVNULL)


def shared_name_symbols(tmp, count=2000, length=4096):
    """`count` exported functions whose .dynsym entries all name one string of `length` bytes."""
    long = "n" * length
    asm = [".text", f".globl {long}", f".type {long},@function", f"{long}: ret"]
    for i in range(count):
        asm += [f".globl f{i}", f".type f{i},@function", f"f{i}: ret"]
    src, lib = os.path.join(tmp, "s.s"), os.path.join(tmp, "libs.so")
    open(src, "w").write("\n".join(asm) + "\n")
    gcc(["-shared", "-nostdlib", "-Wl,-s", "-o", lib, src])
    b = bytearray(open(lib, "rb").read())
    dynsym = list(sections_of(b, 11))[0]
    strtabs = sorted(sections_of(b, 3), key=lambda s: -s[1])
    dynstr_off = strtabs[0][0]
    off, size = dynsym
    target = None
    for e in range(off + 24, off + size, 24):
        n = struct.unpack_from("<I", b, e)[0]
        if b[dynstr_off + n:dynstr_off + n + length] == long.encode():
            target = n
    for e in range(off + 24, off + size, 24):
        struct.pack_into("<I", b, e, target)
    return bytes(b)


def repeated_needed(tmp, count=200, length=16384):
    """`count` DT_NEEDED and DT_RPATH entries naming one string of `length` bytes."""
    lib = os.path.join(tmp, "libn.so")
    args = ["-shared", "-nostdlib", "-o", lib, "-x", "c", "/dev/null", "-Wl,-f,/" + "d" * length]
    args += [f"-Wl,-f,a{i}" for i in range(count)]
    gcc(args)
    b = bytearray(open(lib, "rb").read())
    aux = []
    for off, size in sections_of(b, 6):
        for e in range(off, off + size, 16):
            tag, val = struct.unpack_from("<QQ", b, e)
            if tag == 0x7FFFFFFD:
                aux.append(e)
    target = struct.unpack_from("<Q", b, aux[0] + 8)[0]
    for n, e in enumerate(aux):
        struct.pack_into("<QQ", b, e, 1 if n % 2 == 0 else 15, target)
    return bytes(b)


def doubling_name(levels):
    """f(P<int,int>, P<S,S>, ...): the demangled form doubles per level."""
    def seq(i):
        if i == 0:
            return "S_"
        n, s = i - 1, ""
        while True:
            s = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"[n % 36] + s
            n //= 36
            if n == 0:
                return f"S{s}_"
    name = "_Z1f1PIiiE"
    for level in range(levels):
        name += f"S_I{seq(level + 1)}{seq(level + 1)}E"
    return name


def compressed_zeros(tmp, mib=16):
    """A -g library whose .debug_str is `mib` MiB of zeros, zlib-compressed."""
    c, lib = os.path.join(tmp, "z.c"), os.path.join(tmp, "libz0.so")
    open(c, "w").write("struct s { int a; }; int get(struct s *p) { return p->a; }\n")
    gcc(["-g", "-shared", "-fPIC", "-o", lib, c])
    zeros = os.path.join(tmp, "zeros")
    open(zeros, "wb").write(bytes(mib << 20))
    plain, bomb = os.path.join(tmp, "plain.so"), os.path.join(tmp, "bomb.so")
    subprocess.run(["objcopy", f"--update-section=.debug_str={zeros}", lib, plain], check=True)
    subprocess.run(["objcopy", "--compress-debug-sections=zlib", plain, bomb], check=True)
    return open(bomb, "rb").read()


def wide_params(tmp, functions=20, params=50, length=4096):
    """`functions` x `params` parameters of one type with a name of `length` bytes."""
    src = "#define L struct " + "t" * length + "\nL { int a; };\n"
    for f in range(functions):
        src += "int f%d(%s) { return 0; }\n" % (f, ", ".join("L *p%d" % i for i in range(params)))
    c, lib = os.path.join(tmp, "w.c"), os.path.join(tmp, "libw.so")
    open(c, "w").write(src)
    gcc(["-g", "-O0", "-shared", "-fPIC", "-o", lib, c])
    return open(lib, "rb").read()


def ld_cache_shared_path(n=5000):
    """glibc-ld.so.cache1.1 with n entries whose key and value share one string."""
    path = b"/usr/lib/x86_64-linux-gnu/" + b"l" * 1024 + b".so\0"
    strings_off = 48 + n * 24
    head = b"glibc-ld.so.cache1.1" + struct.pack("<II", n, len(path)) + bytes([2, 0, 0, 0])
    head += struct.pack("<IIII", 0, 0, 0, 0)
    entries = b"".join(struct.pack("<iIIIQ", 0x303, strings_off, strings_off, 0, 0) for _ in range(n))
    return head + entries + path


def main():
    corpus = sys.argv[1]

    def put(target, name, data):
        d = os.path.join(corpus, target)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "hostile-" + name), "wb").write(data)

    with tempfile.TemporaryDirectory() as tmp:
        put("elf_parse", "shared-name-symbols.so", shared_name_symbols(tmp))
        put("elf_parse", "repeated-needed-rpath.so", repeated_needed(tmp))
        put("dwarf_parse", "compressed-zeros.so", compressed_zeros(tmp))
        put("dwarf_parse", "wide-params.so", wide_params(tmp))
    name = doubling_name(40)
    dump = (
        '{"dump_format": 3, "file": "x.so", "class": "elf64", "endian": "little", '
        '"machine": "x86_64", "e_machine": 62, "os_abi": "SYSV", "file_type": "shared-object", '
        '"symbols": [' + ", ".join(
            '{"name": "%s", "kind": "func", "binding": "global", "visibility": "default", "size": 1}' % name
            for _ in range(50)) + '], "undefined": []}'
    )
    put("dump_parse", "doubling-demangle.json", dump.encode())
    put("ldcache_parse", "shared-path.cache", ld_cache_shared_path())
    put("go_scan", "many-plus-build.go", ("// +build linux\n" * 20000 + "\npackage p\n").encode())
    put("go_constraint", "1001-terms", ("//go:build " + " || ".join("t%d" % i for i in range(1001))).encode())


if __name__ == "__main__":
    main()
