#!/usr/bin/env bash
# Sets up (packages, KSyntaxHighlighting, build) and opens ArcKit MLOps Studio
# on REPO, or on the bundled example repository when none is given.
# Usage: packaging/run.sh [REPO]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/setup.sh" "$top/build"
repo=${1:-$top/resources/example-repository}
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display; running under Xvfb (use a desktop session to see the window)" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$top/build/app/arckit-mlops" "$repo"
fi
exec "$top/build/app/arckit-mlops" "$repo"
