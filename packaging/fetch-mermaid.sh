#!/usr/bin/env bash
# Fetches mermaid from the npm registry into .cache/mermaid/ (git ignores it),
# once. The preview bundles this file into the app's resources at build time.
# Mermaid 12 hangs in QtWebEngine's isolated script world: stay on 11.x.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dest="$top/.cache/mermaid"
version=${MERMAID_VERSION:-11.4.1}
[ -f "$dest/mermaid.min.js" ] && [ "$(cat "$dest/VERSION" 2>/dev/null)" = "$version" ] && exit 0
command -v npm >/dev/null || { echo "fetch-mermaid: npm is needed (apt-get install npm)" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "mermaid@$version" >/dev/null)
tar -xzf "$tmp"/mermaid-*.tgz -C "$tmp" package/dist/mermaid.min.js package/LICENSE
mkdir -p "$dest"
cp "$tmp/package/dist/mermaid.min.js" "$dest/mermaid.min.js"
cp "$tmp/package/LICENSE" "$dest/LICENSE"
echo "$version" > "$dest/VERSION"
echo "fetch-mermaid: mermaid $version in $dest"
