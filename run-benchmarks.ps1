#!/usr/bin/env pwsh
# The front door of RowBench on PowerShell: the same commands and options as run-benchmarks.sh.
#   ./run-benchmarks.ps1 [run] [--quick | --full] [--label NAME] [--filter GLOB] [-- BenchmarkDotNet arguments]
#   ./run-benchmarks.ps1 features | compare | tune | dataset ...      (see ./run-benchmarks.ps1 --help)
# It builds the harness in Release on first use, and again only when a source file changed; build messages go to
# standard error, so that standard output carries only what the command writes.
$ErrorActionPreference = 'Stop'

$root = $PSScriptRoot
$project = Join-Path $root 'bench/RowBench.Harness/RowBench.Harness.csproj'
$harness = Join-Path $root 'bench/RowBench.Harness/bin/Release/net10.0/RowBench.Harness.dll'

function Test-NeedsBuild {
    if (-not (Test-Path $harness)) { return $true }
    $builtAt = (Get-Item $harness).LastWriteTimeUtc
    $sources = @(Get-ChildItem -Path (Join-Path $root 'src'), (Join-Path $root 'bench') -Recurse -File -Include '*.cs', '*.csproj', '*.props' |
        Where-Object { $_.FullName -notmatch '[\\/](bin|obj)[\\/]' })
    $sources += Get-Item (Join-Path $root 'Directory.Build.props'), (Join-Path $root 'Directory.Packages.props')
    return [bool]($sources | Where-Object { $_.LastWriteTimeUtc -gt $builtAt } | Select-Object -First 1)
}

if (Test-NeedsBuild) {
    [Console]::Error.WriteLine('run-benchmarks: building the harness (Release)...')
    $log = & dotnet build $project -c Release --nologo -v quiet 2>&1
    if ($LASTEXITCODE -ne 0) {
        $log | ForEach-Object { [Console]::Error.WriteLine($_) }
        [Console]::Error.WriteLine('run-benchmarks: the build failed')
        exit 1
    }
    # An incremental build leaves the harness's own file untouched when only the library changed: mark the build, or
    # every later command would build again.
    (Get-Item $harness).LastWriteTimeUtc = [DateTime]::UtcNow
}

# The harness writes results/ and finds the repository (ab, history) here, whatever the current folder.
$env:ROWBENCH_ROOT = $root

if ($args.Count -gt 0 -and $args[0] -eq 'features') {
    # features is one pass over the data, often a second or two: tiered compilation's instrumented (PGO) code and its
    # 100 ms wait before optimising are costs such a run never earns back. Benchmarks keep the runtime's defaults.
    if (-not $env:DOTNET_TieredPGO) { $env:DOTNET_TieredPGO = '0' }
    if (-not $env:DOTNET_TC_CallCountingDelayMs) { $env:DOTNET_TC_CallCountingDelayMs = '0' }
}

& dotnet $harness @args
exit $LASTEXITCODE
