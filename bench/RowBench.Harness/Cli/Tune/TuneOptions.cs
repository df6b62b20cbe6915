using RowBench.Analysis.Comparison;
using RowBench.Harness.Suite;

namespace RowBench.Harness.Cli.Tune;

/// <summary>What <c>tune</c> was asked to do, as parsed from the command line.</summary>
/// <param name="Launches">Processes that each sweep the whole grid once: each is one sample of every point.</param>
/// <param name="LaunchOnly">This process is one of those launches: sweep once in process, write BenchmarkDotNet's reports only.</param>
/// <param name="Input">A CSV file swept instead of the synthetic images; <see cref="Rows"/> is then its row count.</param>
/// <param name="TransformAssemblies">The full paths of the assemblies of a user's transforms, which each launch loads too.</param>
internal sealed record TuneOptions(
    BenchmarkPreset Preset,
    IReadOnlyList<string> Strategies,
    IReadOnlyList<string> Transforms,
    int DegreeOfParallelism,
    int Rows,
    string Out,
    string? Check,
    ChangeThreshold Tolerance,
    int Launches = TuneOptions.DefaultLaunches,
    bool LaunchOnly = false,
    string? Input = null,
    IReadOnlyList<string>? TransformAssemblies = null,
    string? Summary = null)
{
    /// <summary>Five launches: the fewest whose exact rank test can pass Holm's correction over six curves at α = 0.05.</summary>
    public const int DefaultLaunches = 5;

    /// <summary>The arguments that make a child process one launch of this sweep.</summary>
    public IReadOnlyList<string> LaunchArguments(string folder)
    {
        List<string> arguments = ["tune", "--launch", "--out", folder, "--degree", DegreeOfParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        arguments.AddRange(Input is null ? ["--rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture)] : ["--input", Path.GetFullPath(Input)]);
        foreach (string assembly in TransformAssemblies ?? [])
        {
            arguments.AddRange(["--transform-assembly", assembly]);
        }

        if (Preset == BenchmarkPreset.Quick)
        {
            arguments.Add("--quick");
        }

        if (Strategies.Count == 1)
        {
            arguments.AddRange(["--strategy", Strategies[0]]);
        }

        if (Transforms.Count == 1)
        {
            arguments.AddRange(["--transform", Transforms[0]]);
        }

        if (Check is not null)
        {
            arguments.AddRange(["--check", Path.GetFullPath(Check)]);
        }

        return arguments;
    }
}
