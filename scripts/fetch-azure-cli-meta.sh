#!/usr/bin/env bash
# fetch-azure-cli-meta.sh — real Azure CLI command metadata of two azure-cli releases, for
# compat cli diff's corpus (crates/compat/tests/azure_corpus.rs) and scripts/bench-cli.py.
#
# The metadata is what azure-cli-diff-tool reads, made the way the Azure CLI's own pipeline
# makes it: azdev's `command-change meta-export` (azdev.operations.command_change.
# export_command_meta, called from Python: azdev's command-line entry fetches a file from
# GitHub when it starts). For each release, a venv under the cache gets:
#   - pip 26.3 (for --uploaded-prior-to), then azure-cli==VERSION with every dependency as
#     PyPI had it the day the release was uploaded (azure-cli pins most SDKs with ~=, and a
#     later azure-mgmt-rdbms beta breaks 2.60.0's mysql and rdbms modules);
#   - azdev 0.2.13 and azure-cli-diff-tool 0.1.1 (with the four libraries the export imports)
#     without their dependencies (azdev's pylint, sphinx and pytest pins are for its other
#     commands).
# azdev finds the command modules through its configuration (AZDEV_CLI_REPO_PATH): a
# directory laid out like the azure-cli repository whose src/azure-cli/azure is the venv's
# installed `azure` package. The selected modules' metadata goes to
#   ${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/azure-cli/VERSION/az_MODULE_meta.json
# and the venv (about 1.3 GB) is removed afterwards. Idempotent: a release whose files are
# there is skipped. Everything comes from PyPI; about 2 minutes per release from scratch
# (most of it pip), a few seconds when the files are there.
#
# Usage: scripts/fetch-azure-cli-meta.sh
set -euo pipefail

CACHE="${COMPAT_CORPUS:-$HOME/.cache/compat-corpus}/azure-cli"
# release, then the day after its wheel reached PyPI (dependencies are taken as of then)
RELEASES=(
  "2.60.0 2024-05-01T00:00:00Z"
  "2.67.0 2024-11-20T00:00:00Z"
)
# the command modules exported (all of azure-cli takes 5 minutes of CPU per release)
MODULES=(acr acs containerapp keyvault monitor role)
TOOLS=(
  "azdev==0.2.13" "azure-cli-diff-tool==0.1.1" "jsbeautifier==1.14.11" "EditorConfig==0.17.1"
  "deepdiff==8.6.2" "orderly-set==5.5.0" "GitPython==3.2.1" "gitdb==4.0.12" "smmap==5.0.3"
)
log() { printf '[fetch-azure-cli-meta] %s\n' "$*" >&2; }
command -v python3 >/dev/null || { log "python3 not found"; exit 1; }
mkdir -p "$CACHE"

for entry in "${RELEASES[@]}"; do
    read -r version cutoff <<<"$entry"
    out="$CACHE/$version"
    done_marker="$out/.complete"
    if [ -f "$done_marker" ] && [ "$(cat "$done_marker")" = "${MODULES[*]}" ]; then
        continue
    fi
    work="$CACHE/.work-$version"
    rm -rf "$work" "$out" "$out.partial"
    mkdir -p "$work/repo/src/azure-cli" "$work/ext" "$work/config"
    log "azure-cli $version: venv (PyPI as of $cutoff)"
    python3 -m venv "$work/venv" >&2
    py="$work/venv/bin/python"
    pip=("$py" -m pip install --quiet --disable-pip-version-check)
    "${pip[@]}" --only-binary=:all: "pip==26.3" >&2
    "${pip[@]}" --only-binary=:all: --uploaded-prior-to "$cutoff" "azure-cli==$version" "azure-cli-core==$version" >&2
    # jsbeautifier 1.14 (azdev wants ~=1.14.7) and EditorConfig are source distributions
    "${pip[@]}" --no-deps "${TOOLS[@]}" >&2
    site="$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    ln -s "$site/azure" "$work/repo/src/azure-cli/azure"
    log "azure-cli $version: azdev command-change meta-export ${MODULES[*]}"
    mkdir -p "$out.partial"
    (
        cd "$work"
        VIRTUAL_ENV="$work/venv" AZDEV_CLI_REPO_PATH="$work/repo" AZDEV_EXT_REPO_PATHS="$work/ext" \
        AZURE_CONFIG_DIR="$work/config" AZURE_CORE_COLLECT_TELEMETRY=false \
            "$py" - "$out.partial" "${MODULES[@]}" >&2 <<'EOF'
import sys
from azdev.operations.command_change import export_command_meta
export_command_meta(modules=sys.argv[2:], meta_output_path=sys.argv[1])
EOF
    )
    for m in "${MODULES[@]}"; do
        [ -s "$out.partial/az_${m}_meta.json" ] || { log "azdev wrote no metadata for $m"; exit 1; }
    done
    echo "${MODULES[*]}" >"$out.partial/.complete"
    mv "$out.partial" "$out"
    rm -rf "$work"
done
echo "AZURE_CLI_META=$CACHE"
