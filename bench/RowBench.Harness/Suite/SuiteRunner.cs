using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace RowBench.Harness.Suite;

/// <summary>Runs benchmark classes through BenchmarkDotNet and tells what really happened, which its exit code does not.</summary>
internal static class SuiteRunner
{
    public static SuiteOutcome Run(Type[] benchmarkTypes, string[] benchmarkDotNetArguments, IConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        Summary[] summaries = [.. BenchmarkSwitcher.FromTypes(benchmarkTypes).Run(benchmarkDotNetArguments, config)];

        var failed = new List<string>();
        var validationErrors = new List<string>();
        int run = 0;
        foreach (Summary summary in summaries)
        {
            validationErrors.AddRange(summary.ValidationErrors.Where(error => error.IsCritical).Select(error => error.Message.ReplaceLineEndings(" ")));
            foreach (BenchmarkCase benchmarkCase in summary.BenchmarksCases)
            {
                run++;
                BenchmarkReport? report = summary[benchmarkCase];
                if (report is null || !report.Success || report.ResultStatistics is null)
                {
                    failed.Add(benchmarkCase.DisplayInfo);
                }
            }
        }

        string resultsDirectory = summaries.Select(summary => summary.ResultsDirectoryPath).FirstOrDefault(path => !string.IsNullOrEmpty(path))
            ?? Path.Combine(config.ArtifactsPath, "results");
        return new SuiteOutcome(run, failed, validationErrors, resultsDirectory);
    }
}
