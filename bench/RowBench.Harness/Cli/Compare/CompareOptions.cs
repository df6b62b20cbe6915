using RowBench.Analysis.Comparison;

namespace RowBench.Harness.Cli.Compare;

/// <summary>What <c>compare</c> was asked to do, as parsed from the command line.</summary>
internal sealed record CompareOptions(string Base, string New, ChangeThreshold Threshold, ChangeThreshold Noise, double SignificanceLevel, string? Out, string Filter = "*", bool AllowOtherMachine = false, bool AllowMissing = false, string? Summary = null);
