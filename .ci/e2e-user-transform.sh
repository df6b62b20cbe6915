#!/usr/bin/env bash
# End-to-end check of "Benchmark your own transform" (README): a fresh project outside the repository references the
# packed RowBench library, and its transform runs through features --input, the quick suite (in process), one case of
# the default preset (out of process: BenchmarkDotNet builds a project and loads the user's assembly in a child), and
# tune --quick; then the repository's sample, tuned and used through features --tuning; and the bad-input exits.
set -euo pipefail
cd "$(dirname "$0")/.."
ci_name=e2e-user-transform
# shellcheck source=lib.sh
source .ci/lib.sh
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"; rm -rf "$root"/results/ci-user-*' EXIT

# A version of its own, so that a package of the same version cached by an earlier run is never used instead.
version="0.2.0-ci.$(date +%s)"
dotnet pack src/RowBench -c Release -o "$work/packages" -p:Version="$version" --nologo -v quiet > /dev/null

# The user's project, outside the repository (so none of its build settings apply), as the README writes it.
(
  cd "$work"
  dotnet new classlib -o MyTransforms --framework net10.0 > /dev/null
  rm MyTransforms/Class1.cs
  cd MyTransforms
  dotnet add package RowBench --version "$version" --source "$work/packages" > /dev/null
  cat > RowRms.cs <<'CS'
using RowBench.Transforms;

namespace MyTransforms;

/// <summary>The root mean square of a row of doubles.</summary>
public sealed class RowRms : IRowTransform<double, double>
{
    public string Name => "row-rms";

    public double Apply(ReadOnlySpan<double> row)
    {
        double sum = 0;
        foreach (double value in row)
        {
            sum += value * value;
        }

        return row.IsEmpty ? 0 : Math.Sqrt(sum / row.Length);
    }
}
CS
  dotnet build -c Release --nologo -v quiet > "$work/user-build.log" 2>&1 || { cat "$work/user-build.log"; exit 1; }
)
mine="$work/MyTransforms/bin/Release/net10.0/MyTransforms.dll"

# features --input: decimals, in memory and streamed, every strategy.
printf 'x,y\n3,4\n1,1\n0.5,-0.5\n' > "$work/decimals.csv"
for strategy in sequential parallel-for plinq dataflow; do
  for mode in "" --in-memory; do
    got=$(./run-benchmarks.sh features --transform-assembly "$mine" --transform row-rms --input "$work/decimals.csv" --strategy "$strategy" $mode | tr '\n' ' ')
    [[ $got == "row,feature 0,3.5355339059327378 1,1 2,0.5 " ]] || fail "features row-rms ($strategy $mode): $got"
  done
done

# The quick suite on the user's data, in process; then one case of the default preset, out of process.
./run-benchmarks.sh dataset --rows 600 --cols 64 --output "$work/data.csv" > /dev/null
./run-benchmarks.sh --quick --transform-assembly "$mine" --input "$work/data.csv" --filter '*StrategyBenchmarks*' --label ci-user-quick > "$work/quick.log" 2>&1 \
  || { tail -30 "$work/quick.log"; fail "the quick suite of row-rms failed"; }
grep -q '| row-rms | ' results/ci-user-quick/summary.md || fail "the quick summary has no row-rms headline"
grep -q 'input data.csv' results/ci-user-quick/summary.md || fail "the quick summary does not name the input"
./run-benchmarks.sh --transform-assembly "$mine" --input "$work/data.csv" --filter '*StrategyBenchmarks.ParallelFor*' --chunk-sizes 100 --degrees 2 --label ci-user-default > "$work/default.log" 2>&1 \
  || { tail -30 "$work/default.log"; fail "the default preset (out of process) of row-rms failed"; }
report=results/ci-user-default/RowBench.Harness.Benchmarks.StrategyBenchmarks-report-github.md
grep -q "Job=DefaultPreset" "$report" || fail "the out-of-process run's report has no DefaultPreset job"
grep -q "| ParallelFor | row-rms *| 600 " "$report" || fail "the out-of-process run did not measure row-rms on the 600 rows"

# tune --quick of the repository's sample on the same data, then features with the tuning it wrote.
dotnet build samples/SpectralFeatures -c Release --nologo -v quiet > "$work/sample-build.log" 2>&1 || { cat "$work/sample-build.log"; fail "the sample did not build"; }
sample=samples/SpectralFeatures/bin/Release/net10.0/SpectralFeatures.dll
./run-benchmarks.sh tune --quick --launches 2 --strategy parallel-for --transform-assembly "$sample" --input "$work/data.csv" --out results/ci-user-tune > "$work/tune.log" 2>&1 \
  || { tail -30 "$work/tune.log"; fail "tune --quick of the sample failed"; }
grep -q '| parallel-for | spectral-centroid | ' results/ci-user-tune/tuning.md || fail "the tuning has no spectral-centroid curve"
./run-benchmarks.sh features --transform-assembly "$sample" --transform spectral-centroid --input "$work/data.csv" --tuning results/ci-user-tune/tuning.json --output "$work/features.csv" 2> "$work/features.err"
grep -q "chunk size .* from results/ci-user-tune/tuning.json" "$work/features.err" || fail "features did not take the chunk size from the tuning: $(cat "$work/features.err")"
[[ $(wc -l < "$work/features.csv") == 601 ]] || fail "features of the sample wrote $(wc -l < "$work/features.csv") lines, expected 601"

# Bad input: exit 2, one line naming the assembly; an existing output stays as it was.
echo previous > "$work/out.csv"
for bad in "$work/decimals.csv" "$work/no-such.dll"; do
  set +e
  ./run-benchmarks.sh features --synthetic --transform-assembly "$bad" --output "$work/out.csv" 2> "$work/err.txt"
  code=$?
  set -e
  [[ $code == 2 && $(wc -l < "$work/err.txt") == 1 ]] || fail "--transform-assembly $bad: exit $code, stderr: $(cat "$work/err.txt")"
  grep -q -- "--transform-assembly $bad: " "$work/err.txt" || fail "the error does not name $bad: $(cat "$work/err.txt")"
done
[[ $(cat "$work/out.csv") == previous ]] || fail "a bad --transform-assembly changed the existing output"
echo "e2e-user-transform: passed"
