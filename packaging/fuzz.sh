#!/usr/bin/env bash
# Fuzzes the engine's parsers with libFuzzer (clang, AddressSanitizer and
# UndefinedBehaviorSanitizer): packaging/fuzz.sh [SECONDS_PER_TARGET] (default 60).
# Installs clang and libFuzzer if missing, builds tests/fuzz into build-fuzz/,
# runs each target for the given time from its seeds (tests/fuzz/seeds/<target>/)
# plus the corpus kept in build-fuzz/corpus/<target>/, and prints its execs/s.
# Exits non-zero when a target crashed; the input that crashed it is kept in
# build-fuzz/crashes/<target>/ (replay: build-fuzz/fuzz_<target> FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
build="${ARCKIT_FUZZ_BUILD:-build-fuzz}"

if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null \
        || $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang >/dev/null
fi

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"

status=0
for binary in "$build"/fuzz_*; do
    [ -x "$binary" ] && [ -f "$binary" ] || continue
    target="${binary##*/fuzz_}"
    mkdir -p "$build/corpus/$target" "$build/crashes/$target"
    log="$build/fuzz-$target.log"
    # -timeout: an input taking longer than 30 s is a hang and fails like a crash.
    if "$binary" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$build/crashes/$target/" \
        "$build/corpus/$target" "tests/fuzz/seeds/$target" >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        echo "fuzz $target: ${execs:-?} execs/s, ${runs:-?} runs in ${seconds} s, no crash"
    else
        status=1
        echo "fuzz $target: FAILED (log: $log)"
        grep -E "^(==[0-9]+==ERROR|SUMMARY|.*runtime error)" "$log" | head -5 || true
        ls "$build/crashes/$target/" | sed "s|^|  kept: $build/crashes/$target/|"
    fi
done
exit $status
