"""Checks counterexamples with Python's jsonschema: each instance must be
valid under "valid" and invalid under "invalid" (either may be null: not
checked; the draft from $schema, 2020-12 when absent). Prints one line per
failure; exits 1 on any."""
import json
import sys

import jsonschema


def validator(schema):
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    return cls(schema)


def main(path):
    with open(path) as f:
        checks = json.load(f)
    bad = 0
    for c in checks:
        ok = c["valid"] is None or validator(c["valid"]).is_valid(c["instance"])
        rejected = c["invalid"] is None or not validator(c["invalid"]).is_valid(c["instance"])
        if not (ok and rejected):
            bad += 1
            print(f"{c['name']}: {json.dumps(c['instance'])}: valid under its side: {ok}, rejected by the other: {rejected}")
    print(f"{len(checks) - bad} passed, {bad} failed")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1])
