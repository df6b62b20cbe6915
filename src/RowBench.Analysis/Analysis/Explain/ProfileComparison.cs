namespace RowBench.Analysis.Explain;

/// <summary>
/// The methods whose time per operation grew most from base to new. Ranked by milliseconds per operation, not by share
/// of samples: a strategy that computes 10% more rows spends the same ~99% of its samples in the transform on both
/// sides — the share cannot move — while the transform's time per operation grows by the 10%. Both are reported.
/// </summary>
public static class ProfileComparison
{
    /// <summary>The <paramref name="count"/> methods of the benchmarked code with the largest growth of inclusive time.</summary>
    public static IReadOnlyList<MethodDelta> TopInclusive(MethodProfile baseSide, MethodProfile newSide, int count = 10) =>
        Top(baseSide, newSide, count, samples => samples.Inclusive, ownCodeOnly: true);

    /// <summary>
    /// The nearest cause among <paramref name="inclusive"/> (as <see cref="TopInclusive"/> gives them): of the methods
    /// that carry at least half the largest growth, those that call none of the others (on any stack of either side),
    /// and of these the most grown. The benchmark method and the strategy's loop carry all the growth; the transform
    /// they call, or the loop that waits on a lock, is the answer a reader wants. Not the least time, nor the deepest:
    /// a strategy's workers run the transform on threads the benchmark method is not on, so a callee can hold more
    /// samples than its caller, and the main thread's stack starts deeper than a worker's.
    /// </summary>
    public static MethodDelta? NearestCause(IReadOnlyList<MethodDelta> inclusive, MethodProfile baseSide, MethodProfile newSide)
    {
        ArgumentNullException.ThrowIfNull(inclusive);
        ArgumentNullException.ThrowIfNull(baseSide);
        ArgumentNullException.ThrowIfNull(newSide);
        if (inclusive.Count == 0)
        {
            return null;
        }

        double largest = inclusive.Max(delta => delta.Delta);
        List<MethodDelta> candidates = [.. inclusive.Where(delta => delta.Delta >= largest / 2)];
        HashSet<string> Callees(string method) =>
            [.. (baseSide.Methods.GetValueOrDefault(method)?.Callees ?? []).Concat(newSide.Methods.GetValueOrDefault(method)?.Callees ?? [])];
        List<MethodDelta> leaves = [.. candidates.Where(candidate =>
        {
            HashSet<string> callees = Callees(candidate.Method);
            return !candidates.Any(other => other.Method != candidate.Method && callees.Contains(other.Method));
        })];
        // Without call relations (a profile written before they were kept), the deepest on average.
        bool relationsKnown = baseSide.Methods.Values.Concat(newSide.Methods.Values).Any(samples => samples.Callees is not null);
        return relationsKnown && leaves.Count > 0 ? leaves.MaxBy(delta => delta.Delta) : candidates.MaxBy(delta => delta.Depth);
    }

    /// <summary>The <paramref name="count"/> methods, framework included, with the largest growth of exclusive (self) time.</summary>
    public static IReadOnlyList<MethodDelta> TopExclusive(MethodProfile baseSide, MethodProfile newSide, int count = 10) =>
        Top(baseSide, newSide, count, samples => samples.Exclusive, ownCodeOnly: false);

    private static List<MethodDelta> Top(MethodProfile baseSide, MethodProfile newSide, int count, Func<MethodSamples, int> pick, bool ownCodeOnly)
    {
        ArgumentNullException.ThrowIfNull(baseSide);
        ArgumentNullException.ThrowIfNull(newSide);
        var names = baseSide.Methods.Keys.Union(newSide.Methods.Keys, StringComparer.Ordinal);
        return [.. names
            .Select(name => (Name: name, Base: baseSide.Methods.GetValueOrDefault(name), New: newSide.Methods.GetValueOrDefault(name)))
            .Where(method => !ownCodeOnly || (method.Base ?? method.New)!.IsOwnCode)
            .Select(method =>
            {
                int before = method.Base is null ? 0 : pick(method.Base), after = method.New is null ? 0 : pick(method.New);
                double depth = ((method.Base?.MeanDepth ?? 0) * (method.Base?.Inclusive ?? 0) + (method.New?.MeanDepth ?? 0) * (method.New?.Inclusive ?? 0))
                    / Math.Max(1, (method.Base?.Inclusive ?? 0) + (method.New?.Inclusive ?? 0));
                return new MethodDelta(
                    method.Name, baseSide.MillisecondsPerOperation(before), newSide.MillisecondsPerOperation(after), baseSide.Share(before), newSide.Share(after), Math.Round(depth, 2));
            })
            .Where(delta => delta.Delta > 0)
            // Ties (every frame a plant's time passes through grows alike) go to the deeper: the nearer the cause.
            .OrderByDescending(delta => Math.Round(delta.Delta, 6))
            .ThenByDescending(delta => delta.Depth)
            .ThenBy(delta => delta.Method, StringComparer.Ordinal)
            .Take(count)];
    }
}
