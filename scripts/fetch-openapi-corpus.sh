#!/usr/bin/env bash
# fetch-openapi-corpus.sh — the OpenAPI descriptions of the compat test corpus
# (shared/CORPUS.md, "Contracts") and, with --peers, the peer that runs here.
#
# Everything goes into ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/openapi:
#   octokit-VERSION/   npm @octokit/openapi@VERSION unpacked (GitHub's REST
#                      description: api.github.com, ghec, ghes-3.x; each as
#                      .json with $refs and .deref.json without)
#   peers/             with --peers: npm openapi-diff (Atlassian), for
#                      scripts/bench-openapi.py
# Idempotent. Prints KEY=PATH lines (OCTOKIT_21, OCTOKIT_23, OPENAPI_DIFF).
#
# Usage: scripts/fetch-openapi-corpus.sh [--peers]
set -euo pipefail

CACHE="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/openapi"
VERSIONS=(21.0.0 23.0.2)
OPENAPI_DIFF_VERSION=0.24.1
mkdir -p "$CACHE"
log() { printf '[fetch-openapi-corpus] %s\n' "$*" >&2; }
command -v npm >/dev/null || { log "npm not found (Debian: apt-get install npm)"; exit 1; }

for v in "${VERSIONS[@]}"; do
    dir="$CACHE/octokit-$v"
    if [ -f "$dir/package/generated/api.github.com.json" ]; then
        log "@octokit/openapi@$v already in $dir"
        continue
    fi
    log "npm pack @octokit/openapi@$v"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "@octokit/openapi@$v" >/dev/null)
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    tar -xzf "$tmp"/octokit-openapi-"$v".tgz -C "$dir.partial"
    rm -rf "$tmp" "$dir" && mv "$dir.partial" "$dir"
done

if [ "${1:-}" = "--peers" ]; then
    if [ -x "$CACHE/peers/node_modules/.bin/openapi-diff" ]; then
        log "openapi-diff already in $CACHE/peers"
    else
        log "npm install openapi-diff@$OPENAPI_DIFF_VERSION"
        npm install --silent --no-audit --no-fund --prefix "$CACHE/peers" "openapi-diff@$OPENAPI_DIFF_VERSION" >/dev/null
    fi
    echo "OPENAPI_DIFF=$CACHE/peers/node_modules/.bin/openapi-diff"
fi
echo "OCTOKIT_21=$CACHE/octokit-21.0.0/package/generated"
echo "OCTOKIT_23=$CACHE/octokit-23.0.2/package/generated"
