using System.Globalization;
using RowBench.Analysis;

namespace RowBench.History;

/// <summary>
/// The machine a run in the history was made on: what its reports name (processor, processor count, operating system)
/// and its <see cref="MachineCalibration"/> figure, which tells apart machines that share a name.
/// </summary>
/// <param name="Processor">The processor's name, as BenchmarkDotNet reports it.</param>
/// <param name="ProcessorCount">The logical processors the run saw.</param>
/// <param name="OperatingSystem">The operating system.</param>
/// <param name="CalibrationNanoseconds">The calibration workload's time, or null for a run made before runs recorded it.</param>
public sealed record HistoryMachine(string Processor, int ProcessorCount, string OperatingSystem, double? CalibrationNanoseconds)
{
    /// <summary>
    /// Whether a run made on <paramref name="other"/> may share a chart line with one made here: the same processor,
    /// processor count and operating system, and calibrations within <see cref="MachineCalibration.DefaultMargin"/>
    /// (or both unknown).
    /// </summary>
    public bool IsSameAs(HistoryMachine other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Processor != other.Processor || ProcessorCount != other.ProcessorCount || OperatingSystem != other.OperatingSystem)
        {
            return false;
        }

        return (CalibrationNanoseconds, other.CalibrationNanoseconds) switch
        {
            (null, null) => true,
            ({ } mine, { } theirs) => MachineCalibration.SameMachine(mine, theirs),
            _ => false,
        };
    }

    /// <summary>The file the runs of machines of this name are kept in: one per processor name and count.</summary>
    public string FileName
    {
        get
        {
            string slug = new([.. Processor.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : '-')]);
            while (slug.Contains("--", StringComparison.Ordinal))
            {
                slug = slug.Replace("--", "-", StringComparison.Ordinal);
            }

            return string.Create(CultureInfo.InvariantCulture, $"{slug.Trim('-')}-{ProcessorCount}cpu.jsonl");
        }
    }

    /// <summary>One line for reports: "AMD EPYC 7B13, 2 processors, calibration 9.12 ms".</summary>
    public override string ToString()
    {
        string calibration = CalibrationNanoseconds is { } nanoseconds
            ? string.Create(CultureInfo.InvariantCulture, $"calibration {nanoseconds / 1e6:F2} ms")
            : "no calibration recorded";
        return string.Create(CultureInfo.InvariantCulture, $"{Processor}, {ProcessorCount} processors, {OperatingSystem}, {calibration}");
    }
}
