using System.Globalization;
using ScottPlot;

namespace RowBench.Reports.Charts;

/// <summary>What every chart shares: the size, a colour per strategy, the log-scale chunk axis and time units.</summary>
internal static class ChartStyle
{
    public const int Width = 760;
    public const int Height = 430;

    private static readonly Dictionary<string, Color> StrategyColors = new(StringComparer.Ordinal)
    {
        ["sequential"] = Color.FromHex("#6e7781"),
        ["parallel-for"] = Color.FromHex("#0969da"),
        ["plinq"] = Color.FromHex("#bf8700"),
        ["dataflow"] = Color.FromHex("#8250df"),
    };

    public static Color ColorOf(string strategy) => StrategyColors.GetValueOrDefault(strategy, Color.FromHex("#1a7f37"));

    public static string Render(Plot plot, int width = Width, int height = Height) => plot.GetSvgXml(width, height);

    /// <summary>The x position of a chunk size on a log axis; chunk size 0 ("default") sits half a decade left of the smallest.</summary>
    public static double ChunkPosition(int chunkSize, int smallest) =>
        chunkSize > 0 ? Math.Log10(chunkSize) : Math.Log10(Math.Max(1, smallest)) - 0.5;

    /// <summary>Ticks at the given chunk sizes, labelled with the sizes themselves ("default" for 0).</summary>
    public static void ChunkAxis(Plot plot, IEnumerable<int> chunkSizes, bool decadesOnly = false)
    {
        List<int> sizes = [.. chunkSizes.Distinct().Order()];
        int smallest = sizes.Where(size => size > 0).DefaultIfEmpty(1).Min();
        IEnumerable<int> labelled = decadesOnly
            ? [.. sizes.Where(size => size == 0), .. Enumerable.Range(0, 8).Select(power => (int)Math.Pow(10, power)).Where(size => size <= sizes.Max())]
            : sizes;
        double[] positions = [.. labelled.Select(size => ChunkPosition(size, smallest))];
        string[] labels = [.. labelled.Select(size => size == 0 ? "default" : size.ToString("N0", CultureInfo.InvariantCulture))];
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.XLabel("rows per chunk (log scale)");
    }

    /// <summary>A time unit that suits <paramref name="typicalNanoseconds"/>: its divisor from nanoseconds and its name.</summary>
    public static (double Divisor, string Unit) TimeUnit(double typicalNanoseconds) => typicalNanoseconds switch
    {
        >= 1e9 => (1e9, "s"),
        >= 1e6 => (1e6, "ms"),
        >= 1e3 => (1e3, "µs"),
        _ => (1, "ns"),
    };

    /// <summary>A file name fragment: lower case, letters, digits and dashes.</summary>
    public static string Slug(string text) =>
        new string([.. text.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : '-')]).Trim('-');
}
