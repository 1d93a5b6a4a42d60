#!/usr/bin/env bash
# The libFuzzer part of `make fuzz` (docs/testing.md): builds fuzz-project and fuzz-catalog with
# clang-16 -fsanitize=fuzzer,address,undefined in BUILD_DIR (model and solvers only, no GUI) and
# runs each for SECONDS on the samples, the bad files and the crash corpus. A crash leaves
# BUILD_DIR/libfuzzer/<target>/crash-<sha1>: copy it to tests/data/fuzz/ (docs/testing.md).
# Exit 0 when clang-16 or its compiler-rt is missing (nothing to run), 1 on a finding.
set -uo pipefail

build_dir=${1:-build-fuzz}
seconds=${2:-600}
jobs=${3:-$(nproc)}
src=$(cd "$(dirname "$0")/../.." && pwd)

if ! command -v clang++-16 >/dev/null || ! ls /usr/lib/llvm-16/lib/clang/16/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1; then
    echo "libfuzzer.sh: clang-16 with libclang-rt-16-dev is not installed: libFuzzer part skipped"
    echo "              (installer/deps-fuzz.sh installs it)"
    exit 0
fi

flags="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER=clang-16 -DCMAKE_CXX_COMPILER=clang++-16 \
        -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
        -DAIF_BUILD_GUI=OFF -DAIF_BUILD_3D=OFF -DAIF_BUILD_GPU_CALIBRATE=OFF -DAIF_LIBFUZZER=ON || exit 1
fi
cmake --build "$build_dir" --target fuzz-project fuzz-catalog --parallel "$jobs" || exit 1

export ASAN_OPTIONS=halt_on_error=1:detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for target in project catalog; do
    out="$build_dir/libfuzzer/$target"
    mkdir -p "$out/corpus"
    if [ "$target" = project ]; then
        seeds=("$src/tests/data/formats" "$src/tests/data/bad")
        cp "$src/projects/reference-1mw-h100-air.aifactory" "$out/corpus/" 2>/dev/null
        cp "$src"/tests/data/fuzz/*.aifactory "$out/corpus/" 2>/dev/null
    else
        seeds=("$src/resources/catalog")
        cp "$src"/tests/data/fuzz/*.json "$out/corpus/" 2>/dev/null
    fi
    echo "libfuzzer.sh: fuzz-$target for $seconds s"
    (cd "$out" && "$OLDPWD/$build_dir/bin/fuzz-$target" -max_total_time="$seconds" -max_len=262144 -timeout=30 \
        -rss_limit_mb=4096 -print_final_stats=1 -dict="$src/tests/fuzz/json.dict" corpus "${seeds[@]}") || status=1
done
exit $status
