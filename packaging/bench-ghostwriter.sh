#!/usr/bin/env bash
# Measures ArcKit MLOps Studio and its peer, ghostwriter 2.1.6 (Debian 12's
# Qt 5 Markdown editor with a WebEngine preview), in one run on this machine,
# by one outside method (packaging/xwatch.cpp, see its header): each starts
# under its own Xvfb on a copy of the same long MLOps document, in a 1500x950
# window with the preview beside the editor, with fresh settings; the runs
# alternate between the two applications after one warm-up run each.
#
# Prints "name value unit" lines: the median over the runs of
#   <app>_window_shown_ms, <app>_preview_drawn_ms, <app>_pss_total_mb,
#   <app>_uss_total_mb, <app>_rss_total_mb, <app>_keystroke_to_preview_median_ms
# for app = arckit and ghostwriter (each also as _range: lowest-highest run),
# then arckit-mlops-bench --gui's own
# figures prefixed arckit_bench_ (skip them with --no-bench).
#
# Usage: packaging/bench-ghostwriter.sh [--runs N] [--keys N] [--no-bench] [--build DIR] [--document FILE]
# Installs ghostwriter and the X11 headers xwatch needs when missing (as root).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
runs=5
keys=12
bench=1
build="$top/build"
document="$top/tests/data/validator/long-mlops.md"
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs=$2; shift 2 ;;
        --keys) keys=$2; shift 2 ;;
        --no-bench) bench=0; shift ;;
        --build) build=$(cd "$2" && pwd); shift 2 ;;
        --document) document=$(cd "$(dirname "$2")" && pwd)/$(basename "$2"); shift 2 ;;
        *) echo "usage: $0 [--runs N] [--keys N] [--no-bench] [--build DIR] [--document FILE]" >&2; exit 2 ;;
    esac
done

app="$build/app/arckit-mlops"
[ -x "$app" ] || { echo "bench-ghostwriter: build the app first ($app is missing)" >&2; exit 2; }
[ -f "$document" ] || { echo "bench-ghostwriter: no document $document" >&2; exit 2; }

missing=()
command -v ghostwriter >/dev/null || missing+=(ghostwriter)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v c++ >/dev/null || missing+=(g++)
for header in X11/Xlib.h X11/extensions/XShm.h X11/extensions/XTest.h; do
    [ -f "/usr/include/$header" ] || missing+=(libx11-dev libxext-dev libxtst-dev)
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "bench-ghostwriter: please install: ${missing[*]}" >&2
        exit 2
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
fi

# The watcher, rebuilt when its source changes.
xwatch="$top/.cache/xwatch/xwatch"
if [ ! -x "$xwatch" ] || [ "$here/xwatch.cpp" -nt "$xwatch" ]; then
    mkdir -p "$(dirname "$xwatch")"
    c++ -O2 -std=c++17 -o "$xwatch" "$here/xwatch.cpp" -lX11 -lXext -lXtst
fi

work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# Our own X server: no window manager, black root (xwatch needs both).
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -br -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.05; done
export DISPLAY=":$(cat "$work/display")"
# As root, Chromium's sandbox cannot start (both applications embed it).
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
unset QT_QUICK_BACKEND QTWEBENGINE_CHROMIUM_FLAGS

echo "load_average_before $(cut -d' ' -f1 /proc/loadavg) load"
# PSS shares library pages among every process mapping them: another Qt
# WebEngine program running meanwhile lowers the figures (USS is immune).
others() { pgrep -c -f 'QtWebEngineProcess' || true; }
echo "other_webengine_processes_before $(others) count"

# One run of one application: fresh settings, a copy of the document (both
# editors save automatically or keep recovery copies: never the original).
run_once() { # name
    local name=$1 dir
    dir=$(mktemp -d "$work/run.XXXX")
    cp "$document" "$dir/document.md"
    local -a region click command
    if [ "$name" = arckit ]; then
        # Default layout on a first start: the preview right of the editor.
        region=(--region 0.64,0.07,0.98,0.68)
        click=(--click 0.38,0.075)
        command=("$app" "$dir/document.md")
    else
        region=(--region 0.56,0.05,0.975,0.80)
        click=(--click 0.23,0.078)
        command=(ghostwriter -qwindowgeometry 1500x950+0+0 "$dir/document.md")
    fi
    HOME="$dir" XDG_CONFIG_HOME="$dir/config" XDG_DATA_HOME="$dir/data" XDG_CACHE_HOME="$dir/cache" \
        "$xwatch" "${region[@]}" "${click[@]}" --keys "$keys" -- "${command[@]}" 2>/dev/null |
        sed "s/^/${name}_/" >>"$work/$name.txt"
    rm -rf "$dir"
}

run_once arckit >/dev/null; run_once ghostwriter >/dev/null # warm-up (page cache), discarded
: >"$work/arckit.txt"; : >"$work/ghostwriter.txt"
for i in $(seq "$runs"); do
    run_once arckit
    run_once ghostwriter
    echo "bench-ghostwriter: run $i of $runs done" >&2
done

median() { # file name -> median of the values named so
    awk -v n="$2" '$1 == n && $2 ~ /^[0-9.]+$/ {print $2}' "$1" | sort -n |
        awk '{v[NR] = $1} END {if (NR) print v[int((NR + 1) / 2)]; else print "timeout"}'
}
range() {
    awk -v n="$2" '$1 == n && $2 ~ /^[0-9.]+$/ {print $2}' "$1" | sort -n |
        awk 'NR == 1 {lo = $1} {hi = $1} END {if (NR) printf "%s-%s", lo, hi}'
}
for name in arckit ghostwriter; do
    for figure in window_shown_ms preview_drawn_ms keystroke_to_preview_median_ms pss_total_mb uss_total_mb rss_total_mb processes; do
        unit=ms
        case $figure in *_mb) unit=MB ;; processes) unit=count ;; esac
        echo "${name}_${figure} $(median "$work/$name.txt" "${name}_${figure}") $unit"
        echo "${name}_${figure}_range $(range "$work/$name.txt" "${name}_${figure}") $unit"
    done
done

if [ "$bench" -eq 1 ] && [ -x "$build/app/arckit-mlops-bench" ]; then
    # A failing benchmark leaves its figures out, not the lines above.
    { "$build/app/arckit-mlops-bench" --gui 2>"$work/bench.err" || echo "arckit-mlops-bench failed: $(tail -1 "$work/bench.err")" >&2; } |
        sed 's/^/arckit_bench_/'
fi
echo "other_webengine_processes_after $(others) count"
echo "load_average_after $(cut -d' ' -f1 /proc/loadavg) load"
