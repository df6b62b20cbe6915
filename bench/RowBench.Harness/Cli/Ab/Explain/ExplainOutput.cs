using RowBench.Reports;

namespace RowBench.Harness.Cli.Ab.Explain;

/// <summary>Writes what <c>--explain</c> found beside ab's report: <c>explain.json</c> and the traces under <c>traces/</c>.</summary>
internal static class ExplainOutput
{
    /// <summary>Writes into <paramref name="folder"/> (the report's staging folder).</summary>
    public static void Write(AbExplanation explanation, string folder)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        if (explanation.TraceFolder is not null && explanation.Benchmarks.Count > 0)
        {
            string traces = Path.Combine(folder, AbExplanation.TracesFolder);
            Directory.CreateDirectory(traces);
            foreach (string file in explanation.Benchmarks.SelectMany(benchmark => new[] { benchmark.BaseTrace, benchmark.NewTrace }))
            {
                File.Copy(Path.Combine(explanation.TraceFolder, Path.GetFileName(file)), Path.Combine(folder, file));
            }
        }

        File.WriteAllText(Path.Combine(folder, ExplainDocument.FileName), ExplainDocument.From(explanation.Benchmarks, explanation.Skipped, explanation.Seconds).ToJson());
    }
}
