using System.Globalization;
using System.Text.RegularExpressions;

namespace RowBench.Analysis.Comparison;

/// <summary>
/// A change that matters: relative, such as <c>5%</c>, or absolute, such as <c>1us</c> (units ns, us or µs, ms, s).
/// </summary>
public sealed partial record ChangeThreshold(double Value, bool IsRelative)
{
    /// <summary>Parses "5%", "0.5%", "1us", "250ns", "2ms" or "1s".</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ChangeThreshold? threshold)
    {
        threshold = null;
        Match match = Pattern().Match(text?.Trim() ?? "");
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < 0)
        {
            return false;
        }

        string unit = match.Groups["unit"].Value.ToLowerInvariant();
        threshold = unit == "%"
            ? new ChangeThreshold(value / 100, IsRelative: true)
            : new ChangeThreshold(value * unit switch { "ns" => 1, "us" or "µs" or "μs" => 1e3, "ms" => 1e6, _ => 1e9 }, IsRelative: false);
        return true;
    }

    /// <summary>Parses, or throws <see cref="FormatException"/> with a one-line message.</summary>
    public static ChangeThreshold Parse(string text) => TryParse(text, out ChangeThreshold? threshold)
        ? threshold
        : throw new FormatException($"'{text}' is not a threshold; use a percentage such as 5% or a time such as 1us, 250ns or 2ms.");

    /// <summary>The threshold in nanoseconds for a time of <paramref name="baseNanoseconds"/>.</summary>
    public double NanosecondsFor(double baseNanoseconds) => IsRelative ? Value * baseNanoseconds : Value;

    /// <summary>As the user would write it: "5%", "1us", "250ns".</summary>
    public override string ToString() => IsRelative
        ? string.Create(CultureInfo.InvariantCulture, $"{Value * 100:0.###}%")
        : Value switch
        {
            >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{Value / 1e9:0.###}s"),
            >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{Value / 1e6:0.###}ms"),
            >= 1e3 => string.Create(CultureInfo.InvariantCulture, $"{Value / 1e3:0.###}us"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{Value:0.###}ns"),
        };

    [GeneratedRegex(@"^(?<value>\d+(\.\d+)?)\s*(?<unit>%|ns|us|µs|μs|ms|s)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
