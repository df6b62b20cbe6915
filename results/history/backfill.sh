#!/usr/bin/env bash
# How results/history was made: a quick run of the overhead benchmarks (each strategy on a near-free transform: the
# cost per task) at each of round one's commits, from the suite's first commit to the end of the round, oldest first,
# with the machine's calibration measured beside each run (round one's run.json did not record one). a18dc70 changed
# the Dataflow strategy (post from the calling thread, gather inside each task; it had stalled waiting for pool
# threads on 2 cores): the real change the history should find. Run it on an otherwise idle machine: about 16 minutes.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
history="${1:-$root/results/history/runs}"
scratch="$(mktemp -d /tmp/rowbench-history-XXXXXX)"
commits=(2cc4ed7 7d5f88b 08ad8a7 26004aa 0c3201f 6011b1c 0647fe4 b281906 d62e896 a18dc70 7a3b997 14bae30 35189e2 93afd74 04b95b1 5f65739)
started=$SECONDS
index=0
for commit in "${commits[@]}"; do
  index=$((index + 1))
  commit_started=$SECONDS
  checkout="$scratch/checkout-$commit"
  git -C "$root" worktree add --quiet --detach "$checkout" "$commit"
  (cd "$checkout" && ./run-benchmarks.sh run --quick --label run --results "$scratch/$commit" --filter '*OverheadBenchmarks*' >"$scratch/$commit.log" 2>&1)
  calibration="$("$root/run-benchmarks.sh" calibrate)"
  "$root/run-benchmarks.sh" history add "$scratch/$commit/run" --commit "$commit" --calibration "$calibration" --history "$history"
  git -C "$root" worktree remove --force "$checkout"
  # Progress, one plain line a commit: the end estimated from the mean time of the commits done so far.
  elapsed=$((SECONDS - started)); left=$((elapsed * (${#commits[@]} - index) / index))
  echo "backfill: commit $index of ${#commits[@]} ($commit) in $((SECONDS - commit_started)) s; $((elapsed / 60)) min elapsed, about $((left / 60)) min left (ends ~$(date -d "+$left seconds" +%H:%M))"
done
"$root/run-benchmarks.sh" history report --history "$history" --out "$root/results/history" || true
rm -rf "$scratch"
