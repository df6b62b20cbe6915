using System.Globalization;

namespace RowBench.Reports;

/// <summary>Numbers as reports show them: times with a unit that keeps three significant digits, sizes, ratios.</summary>
public static class Units
{
    /// <summary>A time in nanoseconds as "412 ns", "3.21 µs", "45.6 ms" or "2.05 s".</summary>
    public static string Time(double nanoseconds)
    {
        double magnitude = Math.Abs(nanoseconds);
        (double value, string unit) = magnitude switch
        {
            < 1e3 => (nanoseconds, "ns"),
            < 1e6 => (nanoseconds / 1e3, "µs"),
            < 1e9 => (nanoseconds / 1e6, "ms"),
            _ => (nanoseconds / 1e9, "s"),
        };
        return $"{Significant(value)} {unit}";
    }

    /// <summary>A byte count as "512 B", "24.1 KB", "2.4 MB" (1 KB = 1,024 B, as BenchmarkDotNet shows it).</summary>
    public static string Bytes(double bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes:F0} B"),
        < 1024 * 1024 => $"{Significant(bytes / 1024)} KB",
        _ => $"{Significant(bytes / (1024 * 1024))} MB",
    };

    /// <summary>Bytes per second as "412 MB/s" or "10.4 GB/s" (decimal units).</summary>
    public static string Throughput(double bytesPerSecond) => bytesPerSecond >= 1e9
        ? $"{Significant(bytesPerSecond / 1e9)} GB/s"
        : $"{Significant(bytesPerSecond / 1e6)} MB/s";

    /// <summary>A ratio such as a speed-up, as "3.42×".</summary>
    public static string Ratio(double ratio) => $"{Significant(ratio)}×";

    /// <summary>A fraction as a percentage, "87%".</summary>
    public static string Percent(double fraction) => string.Create(CultureInfo.InvariantCulture, $"{fraction * 100:F0}%");

    /// <summary>Three significant digits, without exponent.</summary>
    public static string Significant(double value)
    {
        double magnitude = Math.Abs(value);
        string format = magnitude switch
        {
            0 => "F0",
            >= 100 => "F0",
            >= 10 => "F1",
            >= 1 => "F2",
            _ => "G3",
        };
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}
