#!/usr/bin/env bash
# The evidence of ab --explain (issue 23): three planted regressions in ParallelForStrategy, each through ab --quick
# with the default explaining, and three A/A runs with --explain forced (one on a busy machine: run it beside a CI).
# The plants are the commits of plant.py on top of BASE; run from the repository root with a built harness:
#   results/explain/run.sh plant-compute plant-alloc plant-lock aa-1 aa-2 aa-3-busy
set -euo pipefail
base=${BASE:-47eacde}
harness=${HARNESS:-bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll}
for name in "$@"; do
  case $name in
    aa-*) new=$base; extra=(--explain) ;;
    *) new=$name; extra=() ;;
  esac
  out=results/explain/$name
  rm -rf "$out"
  started=$SECONDS
  code=0
  dotnet "$harness" ab "$base" "$new" --quick "${extra[@]}" --out "$out" > "results/explain/$name.log" 2>&1 || code=$?
  echo "$name: exit $code in $((SECONDS - started)) s" | tee -a results/explain/runs.txt
done
