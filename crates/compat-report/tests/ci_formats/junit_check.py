"""JUnit XML as its consumers read it, for crates/compat-report/tests/ci_formats.rs.

Usage: junit_check.py SCHEMA.xsd REPORT.xml

Validates REPORT.xml against SCHEMA.xsd with xmlschema (exit 1 with the
reason when it is not valid), then parses it with junitparser, the parser
GitLab-like consumers and many CI scripts use, and prints what it read as
JSON: per suite its name, the counts of its attributes and, per test case,
its class name, name and outcome (passed, failure, error, skipped) with the
outcome's message.
"""

import json
import sys

import xmlschema
from junitparser import Error, Failure, JUnitXml, Skipped


def outcome(case):
    for r in case.result:
        if isinstance(r, Failure):
            return "failure", r.message
        if isinstance(r, Error):
            return "error", r.message
        if isinstance(r, Skipped):
            return "skipped", r.message
    return "passed", None


def main():
    schema_path, report_path = sys.argv[1], sys.argv[2]
    schema = xmlschema.XMLSchema(schema_path)
    errors = list(schema.iter_errors(report_path))
    if errors:
        for e in errors[:5]:
            print(f"invalid: {e}", file=sys.stderr)
        sys.exit(1)
    xml = JUnitXml.fromfile(report_path)
    suites = []
    for suite in xml:
        cases = []
        for case in suite:
            kind, message = outcome(case)
            cases.append(
                {"classname": case.classname, "name": case.name, "outcome": kind, "message": message}
            )
        suites.append(
            {
                "name": suite.name,
                "tests": suite.tests,
                "failures": suite.failures,
                "errors": suite.errors,
                "skipped": suite.skipped,
                "cases": cases,
            }
        )
    totals = {k: getattr(xml, k) for k in ("tests", "failures", "errors", "skipped")}
    json.dump({"totals": totals, "suites": suites}, sys.stdout)


if __name__ == "__main__":
    main()
