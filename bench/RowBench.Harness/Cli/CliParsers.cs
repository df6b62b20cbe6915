using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using RowBench.Analysis.Comparison;

namespace RowBench.Harness.Cli;

/// <summary>
/// Options whose values are parsed once, by System.CommandLine's custom parsers, into the types the commands use: a
/// comma list of integers, a list of names, a threshold. A bad value is a parse error (exit 2, one line) and the
/// action never sees text to parse again.
/// </summary>
internal static class CliParsers
{
    /// <summary>A comma-separated list of integers from <paramref name="minimum"/> to <paramref name="maximum"/>, sorted, without repeats; null when not given.</summary>
    public static Option<IReadOnlyList<int>?> IntList(string name, string description, int minimum, int maximum = int.MaxValue) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = Text(result);
            var values = new List<int>();
            foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < minimum || value > maximum)
                {
                    values.Clear();
                    break;
                }

                values.Add(value);
            }

            if (values.Count == 0)
            {
                result.AddError(maximum == int.MaxValue
                    ? $"{name}: '{text}' is not a comma-separated list of integers of at least {minimum}."
                    : $"{name}: '{text}' is not a comma-separated list of integers from {minimum} to {maximum}.");
                return null;
            }

            return [.. values.Distinct().Order()];
        },
    };

    /// <summary>
    /// A comma-separated list of names from <paramref name="names"/> (any case; lower case in the result), with the
    /// names offered for tab completion; null when not given.
    /// </summary>
    public static Option<IReadOnlyList<string>?> NameList(string name, string description, IReadOnlyList<string> names, Func<string, string> describeUnknown)
    {
        var option = new Option<IReadOnlyList<string>?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                List<string> parts = [.. Text(result).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
                foreach (string unknown in parts.Where(part => !names.Contains(part, StringComparer.OrdinalIgnoreCase)))
                {
                    result.AddError($"{name}: {describeUnknown(unknown)}");
                }

                return parts.Count == 0 ? null : [.. parts.Select(part => part.ToLowerInvariant()).Distinct()];
            },
        };
        option.CompletionSources.Add([.. names]);
        return option;
    }

    /// <summary>A threshold: a percentage such as 5% or a time such as 1us; <paramref name="relativeOnly"/> refuses a time.</summary>
    public static Option<ChangeThreshold> Threshold(string name, string description, string defaultValue, bool relativeOnly = false) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => ChangeThreshold.Parse(defaultValue),
        CustomParser = result =>
        {
            string text = Text(result);
            if (ChangeThreshold.TryParse(text, out ChangeThreshold? threshold) && (!relativeOnly || (threshold.IsRelative && threshold.Value > 0)))
            {
                return threshold;
            }

            result.AddError(relativeOnly
                ? $"{name}: '{text}' is not a positive percentage such as 5%."
                : $"{name}: '{text}' is not a threshold; use a percentage such as 5% or a time such as 1us, 250ns or 2ms.");
            return null;
        },
    };

    /// <summary>
    /// A time budget: minutes (10m), seconds (90s), hours (1h) or a combination (1m30s); "none" or 0 for no budget
    /// (TimeSpan.Zero). Null when not given.
    /// </summary>
    public static Option<TimeSpan?> Budget(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            string text = Text(result);
            if (TryParseDuration(text, out TimeSpan duration))
            {
                return duration;
            }

            result.AddError($"{name}: '{text}' is not a duration; use minutes (10m), seconds (90s), hours (1h), a mix (1m30s) or none.");
            return null;
        },
    };

    /// <summary>Parses 10m, 90s, 1h, 1m30s, "none" or "0" (zero: no budget).</summary>
    public static bool TryParseDuration(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        string trimmed = text.Trim().ToLowerInvariant();
        if (trimmed is "none" or "0")
        {
            return true;
        }

        var match = System.Text.RegularExpressions.Regex.Match(trimmed, @"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$");
        if (trimmed.Length == 0 || !match.Success)
        {
            return false;
        }

        int Part(int group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;
        duration = new TimeSpan(Part(1), Part(2), Part(3));
        return duration > TimeSpan.Zero;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
}
