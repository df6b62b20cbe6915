using RowBench.Analysis.Comparison;

namespace RowBench.Tuning;

/// <summary>
/// The time-vs-chunk-size curve of one strategy, transform, degree and row count, and what it recommends: the best
/// measured size, the model's optimum, the safe range within 5% of the best, and how the usual defaults fare.
/// </summary>
public sealed class ChunkSizeCurve
{
    /// <summary>The chunk sizes whose time is within this fraction of the best are safe to pick.</summary>
    public const double SafeMargin = 0.05;

    private static readonly ChangeThreshold SafeThreshold = new(SafeMargin, IsRelative: true);
    private readonly ISampleComparer _comparer;

    /// <summary>Builds the curve from its measured points; <paramref name="comparer"/> decides which are as good as the best.</summary>
    public ChunkSizeCurve(string strategy, string transform, int degree, int rows, int processorCount, IReadOnlyList<ChunkSizePoint> points, ISampleComparer? comparer = null)
    {
        _comparer = comparer ?? new MannWhitneyComparer();
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A curve needs measured points.", nameof(points));
        }

        Strategy = strategy;
        Transform = transform;
        Degree = degree;
        Rows = rows;
        ProcessorCount = processorCount;
        Points = [.. points.OrderBy(point => point.ChunkSize)];
        Best = Points.MinBy(point => point.MeanNanoseconds)!;
        Model = Points.Count >= 3 ? CostModel.Fit([.. Points.Select(point => (point.ChunkSize, point.MeanNanoseconds))]) : null;
        (SafeMinimum, SafeMaximum) = SafeRange();
        Recommended = Recommend();
    }

    /// <summary>The strategy's command-line name.</summary>
    public string Strategy { get; }

    /// <summary>The transform's name.</summary>
    public string Transform { get; }

    /// <summary>The degree of parallelism.</summary>
    public int Degree { get; }

    /// <summary>Rows in the data set.</summary>
    public int Rows { get; }

    /// <summary>The machine's processor count, which .NET's range partitioner divides by.</summary>
    public int ProcessorCount { get; }

    /// <summary>The measured points, by chunk size.</summary>
    public IReadOnlyList<ChunkSizePoint> Points { get; }

    /// <summary>The fastest measured point.</summary>
    public ChunkSizePoint Best { get; }

    /// <summary>The fitted cost model, or null with fewer than three points.</summary>
    public CostModel? Model { get; }

    /// <summary>The largest chunk size that still gives every worker a chunk: rows ÷ degree.</summary>
    public int LargestUsefulChunkSize => ChunkSizeGrid.OneChunkPerWorker(Rows, Degree);

    /// <summary>The model's optimum chunk size, or null without a model.</summary>
    public double? ModelOptimum => Model?.Optimum(LargestUsefulChunkSize);

    /// <summary>
    /// The smallest chunk size of the contiguous run of measured sizes around the best that are within 5% of it: by
    /// their means, or because the rank test cannot show them slower than the best by more than 5%. A noisy curve
    /// (the faithful transform's is, through the GC) so gets a range as wide as the noise, not a single point.
    /// </summary>
    public int SafeMinimum { get; }

    /// <summary>The largest chunk size of that run.</summary>
    public int SafeMaximum { get; }

    /// <summary>
    /// The chunk size to use: of the measured sizes in the safe range, the one nearest (on a log scale) to the
    /// model's optimum, so that it sits in the middle of the flat region rather than on a noisy minimum.
    /// </summary>
    public int Recommended { get; }

    /// <summary>The time of a measured chunk size, or null when it was not measured.</summary>
    public ChunkSizePoint? At(int chunkSize) => Points.FirstOrDefault(point => point.ChunkSize == chunkSize);

    /// <summary>The usual defaults and how much slower than the best they are, measured where the sweep has them.</summary>
    public IReadOnlyList<(string Name, int ChunkSize, double? SlowerThanBest)> Alternatives() =>
    [
        .. new (string Name, int ChunkSize)[]
        {
            (".NET range partitioner (rows ÷ 3 × processors)", ChunkSizeGrid.RangePartitionerChunkSize(Rows, ProcessorCount)),
            ("the notebook's 100", ChunkSizeGrid.NotebookChunkSize),
            ("one chunk per worker (rows ÷ degree)", ChunkSizeGrid.OneChunkPerWorker(Rows, Degree)),
        }.Select(alternative => (alternative.Name, alternative.ChunkSize, At(alternative.ChunkSize) is { } point ? (double?)((point.MeanNanoseconds / Best.MeanNanoseconds) - 1) : null)),
    ];

    /// <summary>How much slower than the best the measured <paramref name="chunkSize"/> is (0.2: 20%), or null when it was not measured.</summary>
    public double? SlowerThanBestAt(int chunkSize) => At(chunkSize) is { } point ? (point.MeanNanoseconds / Best.MeanNanoseconds) - 1 : null;

    private (int Minimum, int Maximum) SafeRange()
    {
        int bestIndex = Points.ToList().IndexOf(Best);
        int low = bestIndex, high = bestIndex;
        while (low > 0 && IsAsGoodAsBest(Points[low - 1]))
        {
            low--;
        }

        while (high < Points.Count - 1 && IsAsGoodAsBest(Points[high + 1]))
        {
            high++;
        }

        return (Points[low].ChunkSize, Points[high].ChunkSize);
    }

    private bool IsAsGoodAsBest(ChunkSizePoint point) =>
        point.MeanNanoseconds <= Best.MeanNanoseconds * (1 + SafeMargin)
        || _comparer.Test(Best.Samples, point.Samples, SafeThreshold).SlowerPValue >= _comparer.SignificanceLevel;

    private int Recommend()
    {
        if (ModelOptimum is not { } optimum)
        {
            return Best.ChunkSize;
        }

        return Points
            .Where(point => point.ChunkSize >= SafeMinimum && point.ChunkSize <= SafeMaximum)
            .MinBy(point => Math.Abs(Math.Log(point.ChunkSize) - Math.Log(optimum)))!
            .ChunkSize;
    }
}
