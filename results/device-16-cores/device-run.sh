#!/bin/bash
# One prepared device check: calibration, tune --quick twice-checked at 16 cores, and Server vs Workstation GC.
set -u
tar -xJf .device/pub.tar.xz -C /tmp
H=/tmp/pub/RowBench.Harness
export ROWBENCH_ROOT=$PWD DOTNET_CLI_TELEMETRY_OPTOUT=1
W=/tmp/devout; mkdir -p $W
{ nproc; lscpu | grep -E "Model name|^CPU\(s\)"; } > $W/machine.txt
for i in 1 2 3 4 5; do $H calibrate; done > $W/calibrate.txt 2>&1
s=$SECONDS; $H tune --quick --out $W/tune1 > $W/tune1.log 2>&1; echo "rc=$? seconds=$((SECONDS-s))" >> $W/tune1.log
s=$SECONDS; $H tune --quick --check $W/tune1/tuning.json --out $W/check1 > $W/check1.log 2>&1; echo "rc=$? seconds=$((SECONDS-s))" >> $W/check1.log
s=$SECONDS; DOTNET_TC_CallCountingDelayMs=0 $H run --quick --launch --degrees 16 --rows 300 --label ws --results $W/runs > $W/ws.log 2>&1; echo "rc=$? seconds=$((SECONDS-s))" >> $W/ws.log
s=$SECONDS; DOTNET_gcServer=1 DOTNET_TC_CallCountingDelayMs=0 $H run --quick --launch --degrees 16 --rows 300 --transforms faithful --filter '*StrategyBenchmarks*' --label server --results $W/runs > $W/server.log 2>&1; echo "rc=$? seconds=$((SECONDS-s))" >> $W/server.log
find $W -name '*.log' -size +2M -delete
tar -C /tmp -czf $OUT/device.tar.gz devout
ls -la $OUT
