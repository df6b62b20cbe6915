using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RowBench.Analysis;

/// <summary>
/// A fixed workload timed in every run, so that two runs can tell whether they came from machines of the same speed:
/// host names and processor names do not (two "AMD EPYC, 2 cores" runners differed by 1.9× in round one). It mixes
/// integer work with random reads and writes over a 64 KB table, single-threaded; the table stays in the caches, since a
/// table in main memory made the figure depend on whether the process got huge pages (8 or 12 ms, process to process).
/// </summary>
public static class MachineCalibration
{
    /// <summary>
    /// How far apart two runs' calibrations may be and still count as one machine: 25%. Eight processes on one 2-core
    /// machine here gave 8.7 to 10.0 ms (up to 14% apart: code placement and the neighbours of a shared machine).
    /// </summary>
    public const double DefaultMargin = 0.25;

    private const int TableLength = 1 << 14;
    private const int Steps = 5_000_000;
    private const int Repetitions = 7;

    /// <summary>The workload's time in nanoseconds: the fastest of seven repetitions, after one to warm up.</summary>
    public static double Measure()
    {
        int[] table = new int[TableLength];
        Run(table);
        double best = double.MaxValue;
        for (int repetition = 0; repetition < Repetitions; repetition++)
        {
            long started = Stopwatch.GetTimestamp();
            Run(table);
            best = Math.Min(best, Stopwatch.GetElapsedTime(started).TotalNanoseconds);
        }

        return best;
    }

    /// <summary>The factor between two calibrations, at least 1: 1.9 when one machine is 1.9 times slower.</summary>
    public static double Factor(double first, double second) => Math.Max(first, second) / Math.Min(first, second);

    /// <summary>Whether two calibrations are within <paramref name="margin"/> of each other.</summary>
    public static bool SameMachine(double first, double second, double margin = DefaultMargin) => Factor(first, second) <= 1 + margin;

    // Fully optimised from the first call, so that tiered compilation cannot make one run's figure differ from another's.
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static int Run(int[] table)
    {
        uint state = 2_463_534_242;
        int sum = 0;
        for (int step = 0; step < Steps; step++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            int index = (int)(state & (TableLength - 1));
            int value = table[index] + (int)(state >> 24);
            table[index] = value;
            sum += value & 0xFF;
        }

        return sum;
    }
}
