#!/usr/bin/env python3
"""schema-unevaluated-differential.py: compat schema diff against Python's
jsonschema on small schemas where `unevaluatedProperties` or
`unevaluatedItems` reads what in-place subschemas evaluated (anyOf and oneOf
branches, if/then/else, dependentSchemas, additionalProperties and
patternProperties in a branch, an allOf member's own, prefixItems and a
2020-12 contains).

Every ordered pair of the schemas below is compared backward. The oracle
validates every document of a small domain (1,823 objects of up to three of
a, b, c and arrays of up to three items, values from nine) under both
sides: a break exists within the domain when one is valid under the old and
refused by the new. Each breaking finding's counterexample is validated too.
Prints a line per pair that is not a clean verdict and a summary:

  MISSED                a break in the domain, and compat found nothing
  FALSE BREAK           a counterexample jsonschema does not confirm
  undecided-but-breaks  a break in the domain, said only as schema-undecided
  noise-undecided       no break in the domain, and a schema-undecided warning
  break(outside domain) a confirmed break whose document is outside the domain

Usage: schema-unevaluated-differential.py [COMPAT] [SCHEMA...] (only pairs
with a named schema). Exits 1 on a MISSED pair or a FALSE BREAK.
"""
import itertools, json, subprocess, sys, os, tempfile
import jsonschema
D = "https://json-schema.org/draft/2020-12/schema"
S = lambda **k: dict({"type": "string"}, **k)
I = {"type": "integer"}
def P(**props): return {"properties": props}
U = {"unevaluatedProperties": False}
schemas = {
 "any2": {"type":"object","anyOf":[P(a=S()),P(b=I)],**U},
 "any1": {"type":"object","anyOf":[P(a=S())],**U},
 "any3": {"type":"object","anyOf":[P(a=S()),P(b=I),P(c=True)],**U},
 "any2max1": {"type":"object","anyOf":[P(a=S()),P(b=I)],**U,"maxProperties":1},
 "one2": {"type":"object","oneOf":[P(a=S()),P(b=I)],**U},
 "one2req": {"type":"object","oneOf":[{**P(a=S()),"required":["a"]},{**P(b=I),"required":["b"]}],**U},
 "any2req": {"type":"object","anyOf":[{**P(a=S()),"required":["a"]},{**P(b=I),"required":["b"]}],**U},
 "notab": {"type":"object","anyOf":[P(a=S()),P(b=I)],**U,"not":{"required":["a","b"]}},
 "closed_ab": {"type":"object","properties":{"a":S(),"b":I},"additionalProperties":False},
 "closed_a": {"type":"object","properties":{"a":S()},"additionalProperties":False},
 "ifthen": {"type":"object","if":{"required":["a"]},"then":P(a=S(),b=I),"else":P(c=True),**U},
 "ifonly": {"type":"object","if":P(a=S()),**U},
 "dep": {"type":"object","properties":{"a":S()},"dependentSchemas":{"a":P(b=I)},**U},
 "allof": {"type":"object","allOf":[P(a=S())],"properties":{"b":I},**U},
 "nested": {"type":"object","allOf":[{**P(a=S()),**U}],"properties":{"b":I}},
 "addl": {"type":"object","anyOf":[{"additionalProperties":I},P(a=S())],**U},
 "pat": {"type":"object","anyOf":[{"patternProperties":{"^[ab]$":I}},P(c=True)],**U},
 "open_ab": {"type":"object","properties":{"a":S(),"b":I}},
 "uschema": {"type":"object","anyOf":[P(a=S())],"unevaluatedProperties":I},
 "ifelse2": {"type":"object","if":{"required":["a"]},"then":P(a=S()),"else":P(a=I),**U},
 "dep_uint": {"type":"object","properties":{"a":S()},"dependentSchemas":{"a":P(b=S())},"unevaluatedProperties":I},
 "ifpat": {"type":"object","if":{"patternProperties":{"^b$":I}},**U},
 "then_addl": {"type":"object","if":{"required":["a"]},"then":{"additionalProperties":S()},**U},
 "arr_any": {"type":"array","anyOf":[{"prefixItems":[S()]},{"prefixItems":[True,I]}],"unevaluatedItems":False},
 "arr_pre1": {"type":"array","prefixItems":[S()],"items":False},
 "arr_max1": {"type":"array","anyOf":[{"prefixItems":[S()]},{"prefixItems":[True,I]}],"unevaluatedItems":False,"maxItems":1},
 "arr_one": {"type":"array","oneOf":[{"prefixItems":[S()]},{"prefixItems":[True,I]}],"unevaluatedItems":False},
 "arr_cont": {"type":"array","anyOf":[{"contains":S()}],"unevaluatedItems":False},
 "arr_open": {"type":"array","items":{"type":["string","integer","boolean"]}},
}
for s in schemas.values(): s["$schema"] = D
vals = ["", "x", 0, 7, 1.5, None, True, {}, []]
docs = [None, 1, "s"]
for n in range(0, 4):
    for keys in itertools.combinations("abc", n):
        for vs in itertools.product(vals, repeat=n):
            docs.append(dict(zip(keys, vs)))
for n in range(0, 4):
    for vs in itertools.product(vals, repeat=n):
        docs.append(list(vs))
valid = {k: [jsonschema.Draft202012Validator(s).is_valid(d) for d in docs] for k, s in schemas.items()}
tmp = tempfile.mkdtemp()
for k, s in schemas.items():
    with open(f"{tmp}/{k}.json", "w") as f:
        json.dump(s, f)
compat = sys.argv[1] if len(sys.argv) > 1 else "target/release/compat"
only = sys.argv[2:] 
stats = {}
bad = []
for o, n in itertools.product(schemas, repeat=2):
    if only and o not in only and n not in only: continue
    # backward: old docs must be valid under new
    oracle = next((d for d, vo, vn in zip(docs, valid[o], valid[n]) if vo and not vn), "NONE")
    r = subprocess.run([compat, "schema", "diff", f"{tmp}/{o}.json", f"{tmp}/{n}.json", "--mode", "backward", "--format", "json"], capture_output=True, text=True)
    rep = json.loads(r.stdout)
    br = [f for f in rep["findings"] if f["severity"] == "breaking"]
    und = [f for f in rep["findings"] if f["rule"] == "schema-undecided"]
    for f in br:
        ce = f.get("counterexample")
        ok = jsonschema.Draft202012Validator(schemas[o]).is_valid(ce) and not jsonschema.Draft202012Validator(schemas[n]).is_valid(ce)
        if not ok:
            bad.append(f"FALSE BREAK {o}->{n}: {f['rule']} {ce} {f['message']}")
    if br: kind = "break" if oracle != "NONE" else "break(outside domain)"
    elif oracle != "NONE": kind = "MISSED" if not und else "undecided-but-breaks"
    else: kind = "noise-undecided" if und else "ok"
    stats[kind] = stats.get(kind, 0) + 1
    if kind in ("MISSED", "undecided-but-breaks", "noise-undecided", "break(outside domain)"):
        bad.append(f"{kind} {o}->{n}: oracle {json.dumps(oracle)}; " + "; ".join(f["message"][:140] for f in und[:2]))
print("\n".join(sorted(bad)))
print(stats)
sys.exit(1 if stats.get("MISSED") or any(b.startswith("FALSE") for b in bad) else 0)
