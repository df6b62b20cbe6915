#!/usr/bin/env bash
# The distributed strategy end to end through run-benchmarks.sh: features on a dataset file with 2 worker processes,
# both data paths and both transforms, equal to sequential; workers started by hand and reached with --gateways;
# the call benchmarks out of process; and no worker process left behind by any of it.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "e2e-distributed: $*" >&2; exit 1; }
work=$(mktemp -d)
manual=()
cleanup() { for pid in "${manual[@]}"; do kill "$pid" 2> /dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
workers_left() { pgrep -f "RowBench.Harness.dll worker" | wc -l; }

./run-benchmarks.sh dataset --rows 3000 --cols 256 --output "$work/data.csv" > /dev/null
for transform in fast faithful; do
  ./run-benchmarks.sh features --input "$work/data.csv" --transform "$transform" --strategy sequential --output "$work/sequential.csv"
  for path in rows file; do
    ./run-benchmarks.sh features --input "$work/data.csv" --transform "$transform" --strategy distributed --workers 2 \
      --data-path "$path" --chunk-size 250 --output "$work/distributed.csv" 2> "$work/err.log" || { cat "$work/err.log"; fail "$transform, $path failed"; }
    cmp -s "$work/sequential.csv" "$work/distributed.csv" || fail "$transform, --data-path $path differs from sequential"
  done
  echo "e2e-distributed: $transform equal to sequential on both data paths"
done
[[ $(workers_left) == 0 ]] || fail "worker processes were left running"

# Workers started by hand (as on other machines, here on loopback addresses), then reached with --gateways.
dotnet bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll worker --advertise 127.0.0.1 --silo-port 21111 --gateway-port 21112 --cluster-id ci < /dev/null > "$work/w1.log" 2>&1 &
manual+=($!)
for _ in $(seq 100); do grep -q ready "$work/w1.log" && break; sleep 0.2; done
dotnet bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll worker --advertise 127.0.0.1 --silo-port 21113 --gateway-port 21114 --primary 127.0.0.1:21111 --cluster-id ci < /dev/null > "$work/w2.log" 2>&1 &
manual+=($!)
for _ in $(seq 100); do grep -q ready "$work/w2.log" && break; sleep 0.2; done
grep -q ready "$work/w1.log" && grep -q ready "$work/w2.log" || { cat "$work"/w*.log; fail "the hand-started workers did not start"; }
./run-benchmarks.sh features --input "$work/data.csv" --transform fast --strategy distributed --gateways 127.0.0.1:21112 127.0.0.1:21114 \
  --cluster-id ci --data-path file --output "$work/remote.csv"
./run-benchmarks.sh features --input "$work/data.csv" --transform fast --strategy sequential --output "$work/sequential.csv"
cmp -s "$work/sequential.csv" "$work/remote.csv" || fail "--gateways differs from sequential"
kill "${manual[@]}"; wait "${manual[@]}" 2> /dev/null || true; manual=()
echo "e2e-distributed: --gateways to hand-started workers equal to sequential"

# Nobody listening: one line, exit 1.
set +e; ./run-benchmarks.sh features --synthetic --rows 10 --strategy distributed --gateways 127.0.0.1:21199 2> "$work/err.log" > /dev/null; code=$?; set -e
[[ $code == 1 && $(wc -l < "$work/err.log") == 1 ]] || { cat "$work/err.log"; fail "--gateways to nothing exited $code"; }

# The call benchmarks, out of process: the cluster starts in the global setup and ends in the global cleanup.
rm -rf results/ci-distributed
./run-benchmarks.sh --workers 2 --filter '*DistributedCallBenchmarks*' --label ci-distributed > "$work/bench.log" 2>&1 || { tail -40 "$work/bench.log"; fail "the distributed benchmarks failed"; }
grep -q "CallsWithDegreeInFlight" results/ci-distributed/RowBench.Harness.Benchmarks.DistributedCallBenchmarks-report-github.md || fail "no call benchmark in the report"
[[ $(workers_left) == 0 ]] || fail "the benchmarks left worker processes running"
echo "e2e-distributed: passed"
