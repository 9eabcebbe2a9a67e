#!/usr/bin/env python3
"""Record the ground truth of a held-out round of loop-variable programs
(crates/compat-go/tests/loopvar-roundN/*.go) before compat runs on them.

For every program, with go1.22.10 (offline, as scripts/bench-go-loopvar.py):
its output with go.mod at `go 1.21` and at `go 1.22` (a `_test.go` file:
the `result` lines of `go test -v`), and the compiler's loop log
(`-gcflags=-d=loopvar=3`, go.mod at go 1.22). A program marked
`// oracle: go1.22-only` (range over an int) is run as the equivalent
three-clause loop (`for i := 0; i < N; i++`). Prints the held-out-roundN.txt
format: `DIFF|same FILE want=[(rule, var)...] log=[(line, var, heap|stack)...]`
then both outputs.

Usage: scripts/record-go-loopvar-truth.py ROUND_DIR > ROUND_DIR/ground-truth.txt
"""

import importlib.util
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("bench", HERE / "bench-go-loopvar.py")
bench = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench)

RANGE_INT = re.compile(r"for (\w+) := range (\d+) \{")


def three_clause(text):
    return RANGE_INT.sub(lambda m: f"for {m[1]} := 0; {m[1]} < {m[2]}; {m[1]}++ {{", text)


def main():
    files = sorted(Path(sys.argv[1]).glob("*.go"))
    go = bench.toolchain(bench.RUN_GO)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        home = tmp / "home"
        home.mkdir()
        env = bench.go_env(home)
        for f in files:
            text = f.read_text()
            wants = []
            for spec in re.findall(r"// want: (.*?)(?: -- |$)", text, re.M):
                for entry in spec.split(";"):
                    words = entry.split()
                    wants.append((words[0], " " + words[1] if len(words) > 1 else ""))
            d, test = bench.module(f, tmp)
            bench.set_go_line(d, "1.22")
            log = bench.compiler_log(go, d, test, env)
            if "// oracle: go1.22-only" in text:
                (d / ("main_test.go" if test else "main.go")).write_text(three_clause(text))
            outs = []
            for v in ("1.21", "1.22"):
                bench.set_go_line(d, v)
                out = bench.run_program(go, d, test, env)
                outs.append(None if out is None else out.strip())
            logged = [(str(l), v, k) for (l, _, v), k in sorted(log.items())]
            tag = "DIFF" if outs[0] != outs[1] else "same"
            print(f"{tag} {f.name} want={wants} log={logged}")
            print(f"   1.21: {outs[0]!r}")
            print(f"   1.22: {outs[1]!r}")


if __name__ == "__main__":
    main()
