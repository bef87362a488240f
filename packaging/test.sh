#!/usr/bin/env bash
# Sets up (packages, KSyntaxHighlighting, build) and runs every test with
# ctest, headless: widget tests on the offscreen platform, WebEngine tests
# under Xvfb.
# Usage: packaging/test.sh [extra ctest arguments]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/packaging/setup.sh" "$top/build"
cd "$top/build"
export QTWEBENGINE_DISABLE_SANDBOX=1
exec xvfb-run -a -s "-screen 0 1600x1000x24" ctest --output-on-failure --timeout 600 "$@"
