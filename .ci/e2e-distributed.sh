#!/usr/bin/env bash
# The distributed strategy end to end through run-benchmarks.sh: features on a dataset file with 2 worker processes,
# both data paths and both transforms, equal to sequential; workers started by hand and reached with --gateways;
# the harness's own workers surviving the death of the first, then of the second; workers that keep their membership
# in Redis (any of them may die, the first included); the call benchmarks out of process; and no worker process left
# behind by any of it.
set -euo pipefail
cd "$(dirname "$0")/.."
ci_name=e2e-distributed
# shellcheck source=lib.sh
source .ci/lib.sh
work=$(mktemp -d)
manual=()
redis_port=21379
cleanup() {
  for pid in "${manual[@]}"; do kill "$pid" 2> /dev/null || true; done
  redis-cli -p "$redis_port" shutdown nosave > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
workers_left() { pgrep -f "RowBench.Harness.dll worker" | wc -l; }
harness=bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll
start_worker() { # start_worker LOG ARGS...: a hand-started worker, waited for until it says ready
  local log=$1; shift
  dotnet "$harness" worker --advertise 127.0.0.1 --data-root "$work" "$@" < /dev/null > "$log" 2>&1 &
  manual+=($!)
  for _ in $(seq 100); do grep -q ready "$log" && return; sleep 0.2; done
  cat "$log"; fail "a hand-started worker did not start ($*)"
}

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

# The workers the harness starts keep their membership in a file of the run's, not in the first worker: killing the
# first mid-run, or the second, costs time, not the run.
job=(features --synthetic --rows 1500 --cols 4096 --transform faithful --chunk-size 25)
./run-benchmarks.sh "${job[@]}" --strategy sequential --output "$work/sequential-synthetic.csv"
for victim in first second; do
  ./run-benchmarks.sh "${job[@]}" --strategy distributed --workers 2 --output "$work/killed.csv" 2> "$work/err.log" &
  run=$!
  for _ in $(seq 300); do compgen -G "$work/.killed.csv.*.tmp" > /dev/null && break; sleep 0.05; done
  kill -0 "$run" 2> /dev/null || fail "the run ended before its $victim worker could be killed: make the job longer"
  if [[ $victim == first ]]; then pid=$(pgrep -o -f "RowBench.Harness.dll worker"); else pid=$(pgrep -n -f "RowBench.Harness.dll worker"); fi
  kill -9 "$pid"
  wait "$run" || { cat "$work/err.log"; fail "a harness-started cluster with its $victim worker killed mid-run failed"; }
  cmp -s "$work/sequential-synthetic.csv" "$work/killed.csv" || fail "a harness-started cluster with its $victim worker killed mid-run differs from sequential"
  rm -f "$work/killed.csv"
done
[[ $(workers_left) == 0 ]] || fail "worker processes were left running after the killed runs"
echo "e2e-distributed: the harness's own cluster survives its first worker's death, and its second's"

# Two runs at once on one machine, 5 times: each starts its own workers on ports it finds free, and a port another run
# takes in between (or a worker that dies while it starts) costs an attempt, not the run.
dotnet "$harness" features --input "$work/data.csv" --transform fast --strategy sequential --output "$work/twin-expected.csv"
for try in 1 2 3 4 5; do
  dotnet "$harness" features --input "$work/data.csv" --transform fast --strategy distributed --output "$work/twin-a.csv" 2> "$work/twin-a.log" & twin_a=$!
  dotnet "$harness" features --input "$work/data.csv" --transform fast --strategy distributed --output "$work/twin-b.csv" 2> "$work/twin-b.log" & twin_b=$!
  wait "$twin_a" || { cat "$work/twin-a.log"; fail "two distributed runs at once: the first failed (try $try)"; }
  wait "$twin_b" || { cat "$work/twin-b.log"; fail "two distributed runs at once: the second failed (try $try)"; }
  cmp -s "$work/twin-a.csv" "$work/twin-expected.csv" && cmp -s "$work/twin-b.csv" "$work/twin-expected.csv" || fail "two distributed runs at once differ from sequential (try $try)"
done
echo "e2e-distributed: two runs at once succeeded 5 times of 5"

# Workers started by hand (as on other machines, here on loopback addresses), then reached with --gateways.
start_worker "$work/w1.log" --silo-port 21111 --gateway-port 21112 --cluster-id ci
start_worker "$work/w2.log" --silo-port 21113 --gateway-port 21114 --primary 127.0.0.1:21111 --cluster-id ci
./run-benchmarks.sh features --input "$work/data.csv" --transform fast --strategy distributed --gateways 127.0.0.1:21112 127.0.0.1:21114 \
  --cluster-id ci --data-path file --output "$work/remote.csv"
./run-benchmarks.sh features --input "$work/data.csv" --transform fast --strategy sequential --output "$work/sequential.csv"
cmp -s "$work/sequential.csv" "$work/remote.csv" || fail "--gateways differs from sequential"
# Advertised on 127.0.0.1, a worker listens there only: nothing of it on 0.0.0.0 or [::], where the network reaches.
if ! command -v ss > /dev/null; then
  as_root apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq iproute2 > /dev/null
fi
listening=$(ss -ltnH)
for port in 21111 21112 21113 21114; do
  grep -q "127.0.0.1:$port " <<< "$listening" || fail "the worker's port $port is not listening on 127.0.0.1"
  ! grep -Eq "(0\.0\.0\.0|\[::\]|\*):$port " <<< "$listening" || fail "a worker advertised on 127.0.0.1 listens on every interface (port $port)"
done
# A file outside the workers' --data-root: refused by the worker, exit 2, no output.
outside=$(mktemp -d); cp "$work/data.csv" "$outside/data.csv"
expect_exit 2 -- ./run-benchmarks.sh features --input "$outside/data.csv" --transform fast --strategy distributed --gateways 127.0.0.1:21112 127.0.0.1:21114 \
  --cluster-id ci --data-path file --output "$work/outside.csv" 2> "$work/err.log"
grep -q "refused to read it: the file is not under this worker's --data-root" "$work/err.log" || { cat "$work/err.log"; fail "a slice outside --data-root was not refused"; }
[[ ! -e $work/outside.csv ]] || fail "a refused run wrote output"
rm -rf "$outside"
kill "${manual[@]}"; wait "${manual[@]}" 2> /dev/null || true; manual=()
echo "e2e-distributed: --gateways to hand-started workers equal to sequential; a file outside --data-root refused"

# Mutual TLS pinned to the cluster's certificate: a caller with it gets in; one without it, or with another
# certificate, is refused with one line (exit 1), and the worker says so too. No secret is on any command line.
if ! command -v openssl > /dev/null; then
  as_root apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq openssl > /dev/null
fi
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key.pem" -out "$work/cert.pem" -days 2 -subj "/CN=ci-cluster" 2> /dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/key2.pem" -out "$work/cert2.pem" -days 2 -subj "/CN=ci-cluster" 2> /dev/null
cat "$work/cert.pem" "$work/key.pem" > "$work/cluster.pem"; cat "$work/cert2.pem" "$work/key2.pem" > "$work/stranger.pem"
start_worker "$work/tls.log" --silo-port 21131 --gateway-port 21132 --cluster-id ci-tls --tls-certificate "$work/cluster.pem"
tls=(--input "$work/data.csv" --transform fast --strategy distributed --gateways 127.0.0.1:21132 --cluster-id ci-tls)
./run-benchmarks.sh features "${tls[@]}" --tls-certificate "$work/cluster.pem" --output "$work/tls.csv" 2> "$work/err.log" || { cat "$work/err.log"; fail "features with the cluster's certificate failed"; }
cmp -s "$work/sequential.csv" "$work/tls.csv" || fail "features over TLS differs from sequential"
for who in none stranger; do
  certificate=(); [[ $who == stranger ]] && certificate=(--tls-certificate "$work/stranger.pem")
  expect_exit 1 -- ./run-benchmarks.sh features "${tls[@]}" "${certificate[@]}" --output "$work/refused.csv" 2> "$work/err.log"
  [[ $(wc -l < "$work/err.log") == 1 && ! -e $work/refused.csv ]] || { cat "$work/err.log"; fail "a caller without the cluster's certificate ($who) was not refused in one line"; }
done
grep -q "worker: refused a connection" "$work/tls.log" || { cat "$work/tls.log"; fail "the worker did not say it refused a caller"; }
! ps -eo args | grep -E "RowBench.Harness.dll (worker|features)" | grep -Eiq "password|BEGIN" || fail "a secret is on a command line"
kill "${manual[@]}"; wait "${manual[@]}" 2> /dev/null || true; manual=()
echo "e2e-distributed: mutual TLS: the cluster's certificate gets in, none and a stranger's are refused"

# The membership in Redis (Debian's redis-server): no worker is special, so the first one may die mid-run.
if ! command -v redis-server > /dev/null; then
  as_root apt-get update -qq > /dev/null
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq redis-server > /dev/null
fi
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes --logfile "$work/redis.log"
for _ in $(seq 50); do redis-cli -p "$redis_port" ping > /dev/null 2>&1 && break; sleep 0.1; done
start_worker "$work/r1.log" --silo-port 21121 --gateway-port 21122 --redis "127.0.0.1:$redis_port" --cluster-id ci-redis
start_worker "$work/r2.log" --silo-port 21123 --gateway-port 21124 --redis "127.0.0.1:$redis_port" --cluster-id ci-redis
redis=(--strategy distributed --redis "127.0.0.1:$redis_port" --cluster-id ci-redis)
for path in rows file; do
  ./run-benchmarks.sh features --input "$work/data.csv" --transform fast "${redis[@]}" --data-path "$path" --output "$work/redis.csv"
  cmp -s "$work/sequential.csv" "$work/redis.csv" || fail "--redis, --data-path $path differs from sequential"
done
./run-benchmarks.sh "${job[@]}" "${redis[@]}" --output "$work/redis-killed.csv" 2> "$work/err.log" &
run=$!
# Killed once the output is being written (the run is under way), and checked to be still running then.
for _ in $(seq 300); do compgen -G "$work/.redis-killed.csv.*.tmp" > /dev/null && break; sleep 0.05; done
kill -0 "$run" 2> /dev/null || fail "the run ended before its worker could be killed: make the job longer"
kill -9 "${manual[0]}"; wait "${manual[0]}" 2> /dev/null || true
wait "$run" || { cat "$work/err.log"; fail "--redis with its first worker killed mid-run failed"; }
cmp -s "$work/sequential-synthetic.csv" "$work/redis-killed.csv" || fail "--redis with its first worker killed mid-run differs from sequential"
kill -9 "${manual[1]}"; wait "${manual[1]}" 2> /dev/null || true; manual=()
set +e; ./run-benchmarks.sh "${job[@]}" "${redis[@]}" --output "$work/none.csv" 2> "$work/err.log" > /dev/null; code=$?; set -e
[[ $code == 1 && $(wc -l < "$work/err.log") == 1 && ! -e $work/none.csv ]] || { cat "$work/err.log"; fail "--redis with every worker dead exited $code"; }
echo "e2e-distributed: --redis equal to sequential on both data paths, and with its first worker killed mid-run"

# Nobody listening: one line, exit 1.
set +e; ./run-benchmarks.sh features --synthetic --rows 10 --strategy distributed --gateways 127.0.0.1:21199 2> "$work/err.log" > /dev/null; code=$?; set -e
[[ $code == 1 && $(wc -l < "$work/err.log") == 1 ]] || { cat "$work/err.log"; fail "--gateways to nothing exited $code"; }

# The call benchmarks, out of process: the cluster starts in the global setup and ends in the global cleanup.
rm -rf results/ci-distributed
./run-benchmarks.sh --workers 2 --filter '*DistributedCallBenchmarks*' --label ci-distributed > "$work/bench.log" 2>&1 || { tail -40 "$work/bench.log"; fail "the distributed benchmarks failed"; }
grep -q "CallsWithDegreeInFlight" results/ci-distributed/RowBench.Harness.Benchmarks.DistributedCallBenchmarks-report-github.md || fail "no call benchmark in the report"
[[ $(workers_left) == 0 ]] || fail "the benchmarks left worker processes running"
echo "e2e-distributed: passed"
