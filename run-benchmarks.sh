#!/usr/bin/env bash
# The front door of RowBench: every command goes through here.
#   ./run-benchmarks.sh [run] [--quick | --full] [--label NAME] [--filter GLOB] [-- BenchmarkDotNet arguments]
#   ./run-benchmarks.sh features | compare | tune | dataset ...      (see ./run-benchmarks.sh --help)
# It builds the harness in Release on first use, and again only when a source file changed; build messages go to
# standard error, so that standard output carries only what the command writes (CSV, reports).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$root/bench/RowBench.Harness/RowBench.Harness.csproj"
harness="$root/bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll"

needs_build() {
  [[ ! -f $harness ]] && return 0
  [[ -n $(find "$root/src" "$root/bench" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
      \( -path '*/bin' -o -path '*/obj' \) -prune -o \
      \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' \) -newer "$harness" -print -quit) ]]
}

if needs_build; then
  echo "run-benchmarks: building the harness (Release)..." >&2
  if ! log=$(dotnet build "$project" -c Release --nologo -v quiet 2>&1); then
    printf '%s\n' "$log" >&2
    echo "run-benchmarks: the build failed" >&2
    exit 1
  fi
  # An incremental build leaves the harness's own file untouched when only the library changed: mark the build, or
  # every later command would build again.
  touch "$harness"
fi

export ROWBENCH_ROOT="$root"
if [[ ${1:-} == features ]]; then
  # features is one pass over the data, often a second or two: tiered compilation's instrumented (PGO) code and its
  # 100 ms wait before optimising are costs such a run never earns back (1.04 GB: 1.13-1.56 s with them, 0.94-1.03 s
  # without). Benchmarks keep the runtime's defaults. A value already set wins.
  export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"
  export DOTNET_TC_CallCountingDelayMs="${DOTNET_TC_CallCountingDelayMs:-0}"
fi
exec dotnet "$harness" "$@"
