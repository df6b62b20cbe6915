#!/usr/bin/env bash
# End-to-end check of `features` through the front door: reference values for every strategy and both transforms,
# and exit code 2 with a one-line message for bad input, with an existing output left untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
ci_name=e2e-features
# shellcheck source=lib.sh
source .ci/lib.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT


printf 'value\n7\n1111111111\n' > "$work/single.csv"
printf '12,255,-3\n0,0,0\n' > "$work/triple.csv"
for strategy in sequential parallel-for plinq dataflow; do
  for transform in faithful fast; do
    got=$(./run-benchmarks.sh features --input "$work/single.csv" --strategy "$strategy" --transform "$transform" --chunk-size 1 | tr '\n' ' ')
    [[ $got == "row,feature 0,7 1,43 " ]] || fail "$strategy/$transform on [7], [1111111111]: $got"
    got=$(./run-benchmarks.sh features --input "$work/triple.csv" --strategy "$strategy" --transform "$transform" | tr '\n' ' ')
    [[ $got == "row,feature 0,27 1,23 " ]] || fail "$strategy/$transform on [12, 255, -3]: $got"
  done
done

printf '1,2\n3,x\n' > "$work/bad.csv"
echo "keep me" > "$work/out.csv"
set +e
./run-benchmarks.sh features --input "$work/bad.csv" --output "$work/out.csv" 2> "$work/err.txt"
code=$?
set -e
[[ $code == 2 ]] || fail "bad cell: exit $code, expected 2"
[[ $(wc -l < "$work/err.txt") == 1 ]] || fail "bad cell: expected one line on stderr, got: $(cat "$work/err.txt")"
grep -q "bad.csv:2:2: expected an integer, found 'x'" "$work/err.txt" || fail "bad cell: message does not name the line: $(cat "$work/err.txt")"
[[ $(cat "$work/out.csv") == "keep me" ]] || fail "bad cell: the existing output was changed"
[[ $(ls -A "$work" | wc -l) == 5 ]] || fail "bad cell: a temporary file was left behind: $(ls -A "$work")"
# One 4,096-value row, then 700,000 empty lines: streamed with the GC heap capped at 100 MB (it used to rent room for
# 700,001 rows); the same row again through a UTF-16 copy with lone-CR line ends gives the same feature.
{ printf '7,%.0s' $(seq 4095); echo 7; head -c 700000 /dev/zero | tr '\0' '\n'; } > "$work/blank.csv"
DOTNET_GCHeapHardLimit=0x6400000 ./run-benchmarks.sh features --input "$work/blank.csv" --transform faithful --output "$work/blank-out.csv" \
  || fail "700,000 blank lines did not stream within a 100 MB heap"
[[ $(wc -l < "$work/blank-out.csv") == 2 ]] || fail "700,000 blank lines: expected one row"
head -n 1 "$work/blank.csv" | tr '\n' '\r' | iconv -f UTF-8 -t UTF-16 > "$work/windows.csv"
cmp -s <(./run-benchmarks.sh features --input "$work/windows.csv" --transform faithful) "$work/blank-out.csv" || fail "a UTF-16 file with lone CRs gives other features"
echo "e2e-features: ok"
