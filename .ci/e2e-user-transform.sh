#!/usr/bin/env bash
# End-to-end check of "Benchmark your own transform" (README): a fresh project outside the repository references the
# packed RowBench library, and its transform runs through features --input and one case of the default preset (out of
# process: BenchmarkDotNet builds a project and loads the user's assembly in a child); then the packed .NET tool,
# installed into an empty folder with no clone in reach, runs the quick suite, features, tune --quick, compare, the
# default preset, features --tuning with the tool's own tuning, and ab --side-assembly there; and the bad-input exits.
# (The repository's sample is tested by samples/SpectralFeatures.Tests in the test command.)
set -euo pipefail
cd "$(dirname "$0")/.."
ci_name=e2e-user-transform
# shellcheck source=lib.sh
source .ci/lib.sh
root=$PWD
work=$(mktemp -d)
away=$(mktemp -d)
trap 'rm -rf "$work" "$away"; rm -rf "$root"/results/ci-user-*' EXIT

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

# One case of the default preset on the user's data, out of process (the quick suite runs from the tool, below).
./run-benchmarks.sh dataset --rows 600 --cols 64 --output "$work/data.csv" > /dev/null
./run-benchmarks.sh --transform-assembly "$mine" --input "$work/data.csv" --filter '*StrategyBenchmarks.ParallelFor*' --chunk-sizes 100 --degrees 2 --label ci-user-default > "$work/default.log" 2>&1 \
  || { tail -30 "$work/default.log"; fail "the default preset (out of process) of row-rms failed"; }
report=results/ci-user-default/RowBench.Harness.Benchmarks.StrategyBenchmarks-report-github.md
grep -q "Job=DefaultPreset" "$report" || fail "the out-of-process run's report has no DefaultPreset job"
grep -q "| ParallelFor | row-rms *| 600 " "$report" || fail "the out-of-process run did not measure row-rms on the 600 rows"

# The .NET tool: packed from this clone, installed with `dotnet tool install --tool-path` into an empty folder outside
# it, and run there on the user's assembly and CSV (README, "Install it as a .NET tool"). Nothing names the clone.
dotnet pack bench/RowBench.Harness -c Release -o "$work/packages" -p:Version="$version" --nologo -v quiet > /dev/null
(
  cd "$away"
  unset ROWBENCH_ROOT
  dotnet tool install RowBench.Tool --version "$version" --tool-path "$away/tools" --add-source "$work/packages" > "$work/tool-install.log" 2>&1 \
    || { cat "$work/tool-install.log"; fail "dotnet tool install of the packed RowBench.Tool failed"; }
  cp "$work/data.csv" "$work/decimals.csv" .
  got=$(tools/rowbench features --transform-assembly "$mine" --transform row-rms --input decimals.csv --strategy plinq | tr '\n' ' ')
  [[ $got == "row,feature 0,3.5355339059327378 1,1 2,0.5 " ]] || fail "rowbench features row-rms: $got"
  tools/rowbench --quick --transform-assembly "$mine" --input data.csv --filter '*StrategyBenchmarks*' --label tool-quick > "$work/tool-quick.log" 2>&1 \
    || { tail -30 "$work/tool-quick.log"; fail "rowbench --quick of row-rms failed"; }
  grep -q '| row-rms | ' results/tool-quick/summary.md || fail "the tool's quick summary has no row-rms headline"
  grep -q 'input data.csv' results/tool-quick/summary.md || fail "the tool's quick summary does not name the input"
  tools/rowbench tune --quick --launches 2 --strategy parallel-for --transform-assembly "$mine" --input data.csv --out results/tool-tune > "$work/tool-tune.log" 2>&1 \
    || { tail -30 "$work/tool-tune.log"; fail "rowbench tune --quick of row-rms failed"; }
  grep -q '| parallel-for | row-rms | ' results/tool-tune/tuning.md || fail "the tool's tuning has no row-rms curve"
  # features with the tuning it wrote: the chunk size comes from the file, and every row gets its feature.
  tools/rowbench features --transform-assembly "$mine" --transform row-rms --input data.csv --tuning results/tool-tune/tuning.json --out features.csv 2> features.err
  grep -q "chunk size .* from results/tool-tune/tuning.json" features.err || fail "rowbench features did not take the chunk size from the tuning: $(cat features.err)"
  [[ $(wc -l < features.csv) == 601 ]] || fail "rowbench features with the tuning wrote $(wc -l < features.csv) lines, expected 601"
  tools/rowbench compare results/tool-quick results/tool-quick --out results/tool-compare > /dev/null || fail "rowbench compare of a run with itself did not pass"
  [[ -s results/tool-compare/comparison.json ]] || fail "rowbench compare wrote no comparison.json"
  # The default preset from the tool: no project to build benchmark processes from, so in this process (and said).
  tools/rowbench --transform-assembly "$mine" --input data.csv --filter '*StrategyBenchmarks.ParallelFor*' --chunk-sizes 100 --degrees 2 --label tool-default > "$work/tool-default.log" 2>&1 \
    || { tail -30 "$work/tool-default.log"; fail "rowbench's default preset of row-rms failed"; }
  grep -q "every case runs in this process" "$work/tool-default.log" || fail "the tool's default preset did not say it runs in process"
  grep -q '"budget":' results/tool-default/run.json || fail "the tool's default preset recorded no budget in run.json"
  # ab from the tool: two revisions of the user's own repository, each built, its assembly named by --side-assembly.
  cp -r "$work/MyTransforms" repo && rm -rf repo/bin repo/obj
  git -C repo init -q && git -C repo add -A && git -C repo -c user.email=ci@example.invalid -c user.name=ci commit -qm base
  (cd repo && ../tools/rowbench ab HEAD . --side-assembly bin/Release/net10.0/MyTransforms.dll --input ../data.csv --launches 2 --filter '*StrategyBenchmarks.ParallelFor*' --out ../results/side-ab) > "$work/tool-ab.log" 2>&1 \
    || { tail -30 "$work/tool-ab.log"; fail "rowbench ab --side-assembly failed or found a regression"; }
  grep -q '"side": "new"' results/side-ab/launches.json || fail "rowbench ab lists no launch of the new side"
  for made in tool-quick tool-tune tool-compare tool-default side-ab; do
    [[ -e results/$made && ! -e $root/results/$made ]] || fail "the tool did not write results/$made where it ran, or wrote it into the clone"
  done
) || exit 1
echo "e2e-user-transform: the tool passed"

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
