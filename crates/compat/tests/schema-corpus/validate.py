#!/usr/bin/env python3
"""validate.py: checks the counterexamples of compat schema diff with Python's
jsonschema (tests/schema_corpus.rs). Reads JSON lines
{"what": ..., "valid": SCHEMA, "invalid": SCHEMA, "doc": DOCUMENT, "at": "#/a/0"}
on stdin and prints one line per document that is not valid under "valid", or
not invalid under "invalid" at the place "at" names (an error there, above it
or below it: a document refused only for a change elsewhere proves nothing
about this one). The draft comes from each schema's $schema; a $ref to another
file resolves to the file of that name beside the schema (as compat does; no
network). Formats are not asserted (the default of jsonschema and compat).
"""
import json
import os
import sys

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import specification_with

_validators = {}


def validator(path):
    if path not in _validators:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
        base = os.path.dirname(path)
        spec = specification_with(cls.META_SCHEMA.get("$schema", ""))

        def retrieve(uri):
            name = uri.rsplit("/", 1)[-1]
            with open(os.path.join(base, name), encoding="utf-8") as f:
                return Resource.from_contents(json.load(f), default_specification=spec)

        _validators[path] = cls(schema, registry=Registry(retrieve=retrieve))
    return _validators[path]


def errors(v, doc):
    """Every error, the alternatives' (context) included."""
    stack = list(v.iter_errors(doc))
    while stack:
        e = stack.pop()
        yield e
        stack.extend(e.context or [])


def related(err_path, at):
    a = [str(x) for x in err_path]
    n = min(len(a), len(at))
    return a[:n] == at[:n]


def main():
    for line in sys.stdin:
        if not line.strip():
            continue
        c = json.loads(line)
        doc = c["doc"]
        if not validator(c["valid"]).is_valid(doc):
            err = next(validator(c["valid"]).iter_errors(doc))
            print(f"{c['what']}: counterexample {json.dumps(doc)[:200]} is invalid under "
                  f"{os.path.basename(c['valid'])}: {err.message[:200]}")
        elif validator(c["invalid"]).is_valid(doc):
            print(f"{c['what']}: counterexample {json.dumps(doc)[:200]} is valid under "
                  f"{os.path.basename(c['invalid'])}")
        else:
            at = [s.replace("~1", "/").replace("~0", "~") for s in c["at"].split("/")[1:]]
            errs = list(errors(validator(c["invalid"]), doc))
            if not any(related(e.absolute_path, at) for e in errs):
                where = sorted({"/" + "/".join(str(x) for x in e.absolute_path) for e in errs})
                print(f"{c['what']}: counterexample {json.dumps(doc)[:200]} is refused by "
                      f"{os.path.basename(c['invalid'])} only elsewhere: {', '.join(where)[:200]}")


if __name__ == "__main__":
    main()
