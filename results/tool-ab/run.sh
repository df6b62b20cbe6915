#!/usr/bin/env bash
# ab from the installed tool on a user's repository: A/A (HEAD against the unchanged working tree), then planted
# regressions in the working tree (3 and 1 rows in 10 computed twice), each a launch per side, --quick (8 a side).
set -uo pipefail
T=/tmp/demo/tools/rowbench
cd /tmp/demo/repo
run() { local name=$1; shift; local start=$SECONDS
  $T ab HEAD . --side-assembly MyTransforms/bin/Release/net10.0/MyTransforms.dll --input /tmp/demo/data.csv --quick --filter '*StrategyBenchmarks*' --out /tmp/demo/results/$name > /tmp/demo/$name.log 2>&1
  echo "$name: exit $? in $((SECONDS - start)) s"; }
git checkout -q -- . ; run aa-1
run aa-2
python3 /tmp/demo/plant.py 3; run ab30
git checkout -q -- . ; python3 /tmp/demo/plant.py 1; run ab10
git checkout -q -- .
