#!/usr/bin/env bash
# Build and run one fuzz target with libFuzzer on the stable toolchain.
#
#   fuzz/run.sh TARGET [SECONDS] [extra libFuzzer flags...]
#
# Builds with the same coverage instrumentation cargo-fuzz uses (no address
# sanitizer: the library forbids unsafe code), starts from the committed seed
# corpus in fuzz/seeds/TARGET and keeps what it finds in fuzz/corpus/TARGET
# (not committed). With cargo-fuzz installed, `RUSTC_BOOTSTRAP=1 cargo fuzz
# run TARGET fuzz/seeds/TARGET -s none` is equivalent.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh TARGET [SECONDS] [libFuzzer flags]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : $# ))

export RUSTFLAGS="-Cpasses=sancov-module \
 -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters \
 -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares \
 --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps the instrumentation off build scripts and
# proc macros, which run on the host.
host=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --bin "$target" --target "$host" --target-dir target

mkdir -p "corpus/$target" "artifacts/$target"
exec "target/$host/release/$target" "corpus/$target" "seeds/$target" \
  -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="artifacts/$target/" -print_final_stats=1 "$@"
