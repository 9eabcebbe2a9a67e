#!/usr/bin/env python3
"""check-openapi-corpus.py: the hand checks behind a row of
crates/compat/tests/openapi/corpus.tsv, for one pair of descriptions and
compat's report on it (`compat openapi diff OLD NEW --now 2026-12-04
--changelog -f json > REPORT`).

1. Operations: method + path template (parameter names blanked) counted on
   both sides: removed without and after deprecation, added; compared with
   the report's openapi-operation-* findings.
2. Counterexamples: each breaking or warning finding's counterexample is
   validated with Python's jsonschema against both sides' schema at the
   finding's place (a response body, a request body or a parameter): it must
   be valid under the sending side's (the new description for responses, the
   old for requests and parameters; a webhook's request is the server's)
   and refused by the other. Swagger 2.0 and
   OpenAPI 3.0 are read as Draft 4 with `x-nullable`/`nullable` mapped to a
   "null" type; 3.1 as 2020-12. Formats are not asserted.

Prints one line per mismatch and a summary; exits 1 on any mismatch or a
finding whose place was not found.

Usage: scripts/check-openapi-corpus.py OLD NEW REPORT.json
(needs PyYAML and jsonschema, as in the CI tools' venv)
"""
import collections
import json
import re
import sys

import yaml
from jsonschema import Draft4Validator, Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4, DRAFT202012

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
# A Swagger 2.0 non-body parameter's schema keywords.
PARAM_KEYS = {"type", "format", "items", "enum", "maximum", "minimum", "exclusiveMaximum",
              "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems", "minItems",
              "uniqueItems", "multipleOf"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f) if path.endswith(".json") else yaml.safe_load(f)


def blank(template):
    return re.sub(r"\{[^}]*\}", "{}", template)


def escape(token):
    return token.replace("~", "~0").replace("/", "~1")


def add_null(node, key):
    """`key: true` (nullable, x-nullable) as a "null" type, everywhere."""
    if isinstance(node, dict):
        for v in node.values():
            add_null(v, key)
        if node.get(key) is True:
            if isinstance(node.get("type"), str):
                node["type"] = [node["type"], "null"]
            if "enum" in node and None not in node["enum"]:
                node["enum"] = node["enum"] + [None]
    elif isinstance(node, list):
        for v in node:
            add_null(v, key)


class Description:
    def __init__(self, path):
        self.doc = load(path)
        self.swagger = "swagger" in self.doc
        v31 = str(self.doc.get("openapi", "")).startswith("3.1")
        if not v31:
            add_null(self.doc, "x-nullable" if self.swagger else "nullable")
        self.params = []  # Swagger 2.0 parameters as schemas
        self.doc["x-check-params"] = self.params
        spec = DRAFT202012 if v31 else DRAFT4
        self.registry = Registry().with_resource("urn:doc", spec.create_resource(self.doc))
        self.validator = Draft202012Validator if v31 else Draft4Validator

    def at(self, pointer):
        node = self.doc
        for part in pointer.split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            node = node[int(part)] if isinstance(node, list) else node[part]
        return node

    def follow(self, pointer):
        """`pointer`, past local $refs of non-schema objects."""
        node = self.at(pointer)
        while isinstance(node, dict) and str(node.get("$ref", "")).startswith("#"):
            pointer = node["$ref"][1:]
            node = self.at(pointer)
        return pointer, node

    def operations(self):
        out = {}
        for template, item in (self.doc.get("paths") or {}).items():
            for method, op in item.items():
                if method in METHODS:
                    out[(method, blank(template))] = op
        return out

    def operation(self, method, path):
        if method == "webhook":  # "webhook POST name": a webhook's operation
            method, name = path.split(" ", 1)
            for key in ("webhooks", "x-webhooks"):
                if method.lower() in (self.doc.get(key) or {}).get(name, {}):
                    return "/" + key + "/" + escape(name) + "/" + method.lower()
            return None
        for template, item in (self.doc.get("paths") or {}).items():
            if blank(template) == blank(path) and method.lower() in item:
                return "/paths/" + escape(template) + "/" + method.lower()
        return None

    def schema_at(self, symbol, member):
        """The pointer of the schema a finding's `member` names, or None."""
        method, path = symbol.split(" ", 1)
        op = self.operation(method, path)
        if op is None:
            return None
        words = member.split(" ")
        if words[0] == "response" and len(words) >= 2:
            response, _ = self.follow(op + "/responses/" + escape(words[1]))
            if self.swagger:
                return response + "/schema"
            media, _ = self.follow(response + "/content/" + escape(words[2]))
            return media + "/schema"
        if words[:2] == ["request", "body"]:
            if self.swagger:
                return self.parameter(op, "body", None)
            body, _ = self.follow(op + "/requestBody")
            media, _ = self.follow(body + "/content/" + escape(words[2]))
            return media + "/schema"
        if len(words) >= 3 and words[1] == "parameter":
            return self.parameter(op, words[0], " ".join(words[2:]))
        return None

    def parameter(self, op, where, name):
        found = None
        for base in (op.rsplit("/", 1)[0], op):  # the operation's own override the path's
            for i in range(len(self.at(base).get("parameters", []))):
                pointer, p = self.follow(base + "/parameters/" + str(i))
                same = name is None or p.get("name") == name or (
                    where == "header" and str(p.get("name", "")).lower() == name.lower())
                if p.get("in") == where and same:
                    found = pointer
        if found is None:
            return None
        if not self.swagger:
            return found + "/schema"
        if where == "body":
            return found + "/schema"
        self.params.append({k: v for k, v in self.at(found).items() if k in PARAM_KEYS})
        return "/x-check-params/" + str(len(self.params) - 1)

    def accepts(self, pointer, document):
        schema = {"$ref": "urn:doc#" + pointer}
        return self.validator(schema, registry=self.registry).is_valid(document)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[-2])
    old, new = Description(sys.argv[1]), Description(sys.argv[2])
    with open(sys.argv[3], encoding="utf-8") as f:
        report = json.load(f)
    bad = 0

    before, after = old.operations(), new.operations()
    gone = [k for k in before if k not in after]
    counted = {
        "openapi-operation-removed": sum(1 for k in gone if not before[k].get("deprecated")),
        "openapi-operation-removed-deprecated": sum(1 for k in gone if before[k].get("deprecated")),
        "openapi-operation-added": sum(1 for k in after if k not in before),
    }
    rules = collections.Counter(f["rule"] for f in report["findings"])
    for rule, want in counted.items():
        if rules[rule] != want:
            print(f"COUNT {rule}: report {rules[rule]}, counted {want}")
            bad += 1
    print(f"operations {len(before)} -> {len(after)}: " +
          ", ".join(f"{r.removeprefix('openapi-operation-')} {n}" for r, n in counted.items()))

    checked = 0
    for f in report["findings"]:
        if "counterexample" not in f or f["severity"] not in ("breaking", "warning"):
            continue
        symbol, member = f["subject"]["symbol"], f["subject"].get("member", "")
        at_old, at_new = old.schema_at(symbol, member), new.schema_at(symbol, member)
        if at_old is None or at_new is None:
            print(f"NOT FOUND {f['rule']} {symbol}: {member[:120]}")
            bad += 1
            continue
        document = f["counterexample"]
        in_old, in_new = old.accepts(at_old, document), new.accepts(at_new, document)
        # A response, or a webhook's request (the server sends both), comes from the new side.
        sent_by_new = member.startswith("response") or symbol.startswith("webhook ")
        if (in_new and not in_old) if sent_by_new else (in_old and not in_new):
            checked += 1
            continue
        bad += 1
        print(f"MISMATCH {f['severity']} {f['rule']} {symbol}: {member[:160]} "
              f"(old accepts: {in_old}, new accepts: {in_new})\n    {json.dumps(document)[:300]}")
    print(f"counterexamples checked: {checked}, mismatches and unplaced findings: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
