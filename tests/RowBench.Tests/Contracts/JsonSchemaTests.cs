using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Json.Schema;
using RowBench.Analysis;
using RowBench.Analysis.Comparison;
using RowBench.Harness.Cli.Ab;
using RowBench.History;
using RowBench.Reports;
using RowBench.Tests.TestDoubles;
using RowBench.Tuning;

namespace RowBench.Tests.Contracts;

/// <summary>
/// The JSON files RowBench writes for other tools, against their schemas under schemas/: the committed schemas are
/// what the types give (set ROWBENCH_WRITE_SCHEMAS=1 to write them after changing a type), and every committed and
/// freshly written file validates.
/// </summary>
public class JsonSchemaTests
{
    public static TheoryData<string> Contracts => ["run", "launches", "tuning", "history-run", "comparison", "explain"];

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Schema_Committed_IsWhatTheTypeGives(string contract)
    {
        string path = Repository.Path("schemas", contract + ".schema.json");
        string generated = Generate(contract);
        if (Environment.GetEnvironmentVariable("ROWBENCH_WRITE_SCHEMAS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the tests with ROWBENCH_WRITE_SCHEMAS=1");
        Assert.Equal(generated, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Validate_EveryCommittedFile_PassesItsSchema()
    {
        var files = new List<(string Contract, string Path, string Json)>();
        foreach (string path in Directory.EnumerateFiles(Repository.Path("results"), "*.json*", SearchOption.AllDirectories)
            // CI's own outputs (results/ci-*) are not committed; the path inside results/ only, as the clone may sit anywhere.
            .Where(path => !Path.GetRelativePath(Repository.Path("results"), path).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith("ci-", StringComparison.Ordinal))))
        {
            string? contract = Path.GetFileName(path) switch
            {
                RunInfo.FileName => "run",
                AbLaunchesDocument.FileName => "launches",
                TuningDocument.FileName => "tuning",
                ComparisonDocument.FileName => "comparison",
                ExplainDocument.FileName => "explain",
                _ when path.EndsWith(".jsonl", StringComparison.Ordinal) => "history-run",
                _ => null,
            };
            if (contract == "history-run")
            {
                files.AddRange(File.ReadLines(path).Where(line => line.StartsWith('{')).Select(line => (contract, path, line)));
            }
            else if (contract is not null)
            {
                files.Add((contract, path, File.ReadAllText(path)));
            }
        }

        Assert.Contains(files, file => file.Contract == "launches");
        Assert.Contains(files, file => file.Contract == "history-run");
        Assert.All(files, file => AssertValid(file.Contract, file.Json, file.Path));
    }

    [Fact]
    public void Validate_FreshlyWrittenFiles_PassTheirSchemas()
    {
        RunComparison comparison = RunComparison.Compare(
            Set("base", FakeResults.Samples(8, 1e6, seed: 1)), Set("new", FakeResults.Samples(8, 1.3e6, seed: 2)), ComparisonOptions.Default, new PairedRatioComparer());
        AssertValid("comparison", ComparisonDocument.From(comparison).ToJson(), "fresh comparison.json");
        var run = new RunInfo("label", "quick", "jobs", "workstation", 2, "linux", ".NET 10", DateTimeOffset.UnixEpoch, 9e6, "grid");
        AssertValid("run", JsonSerializer.Serialize(run, RunInfo.Options), "fresh run.json");
        TuningDocument tuning = TuningDocument.Read(Repository.Path("results", "tuning", "tuning.json"));
        AssertValid("tuning", tuning.ToJson(), "fresh tuning.json");
        var launches = new AbLaunchesDocument(new AbSideDescription("base", "main", "abc"), new AbSideDescription("new", "HEAD", "def"), 24, true, [], "paired", 10, [], []);
        AssertValid("launches", launches.ToJson(), "fresh launches.json");
        HistoryRun line = HistoryStore.Read(Repository.Path("results", "history", "runs")).Runs[0];
        AssertValid("history-run", line.ToJsonLine(), "fresh history line");
        Assert.Contains("\"schemaVersion\":1", line.ToJsonLine(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AFieldOfTheWrongType_Fails()
    {
        string json = ComparisonDocument.From(RunComparison.Compare(
            Set("base", FakeResults.Samples(8, 1e6, seed: 1)), Set("new", FakeResults.Samples(8, 1e6, seed: 2)), ComparisonOptions.Default, new PairedRatioComparer())).ToJson();

        Assert.False(Evaluate("comparison", json.Replace("\"familySize\": 1", "\"familySize\": \"one\"", StringComparison.Ordinal)));
    }

    private static void AssertValid(string contract, string json, string where) =>
        Assert.True(Evaluate(contract, json), $"{where} does not match schemas/{contract}.schema.json");

    // Built once each: JsonSchema.Net registers a schema by its $id, and refuses to register one twice.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    private static bool Evaluate(string contract, string json)
    {
        JsonSchema schema = Schemas.GetOrAdd(contract, name => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Repository.Path("schemas", name + ".schema.json"))))).Value;
        using JsonDocument document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement).IsValid;
    }

    private static string Generate(string contract)
    {
        (JsonSerializerOptions options, Type type) = contract switch
        {
            "run" => (RunInfo.Options, typeof(RunInfo)),
            "launches" => (AbLaunchesDocument.Options, typeof(AbLaunchesDocument)),
            "tuning" => (TuningDocument.Options, typeof(TuningDocument)),
            "history-run" => (HistoryRun.JsonOptions, typeof(HistoryRun)),
            "explain" => (ExplainDocument.Options, typeof(ExplainDocument)),
            _ => (ComparisonDocument.Options, typeof(ComparisonDocument)),
        };
        var withResolver = new JsonSerializerOptions(options) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        JsonNode schema = withResolver.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"https://rowbench.dev/schemas/{contract}.schema.json",
            ["title"] = $"RowBench {contract} (schemaVersion {RowBench.IO.SchemaVersions.Current})",
        };
        foreach ((string key, JsonNode? value) in schema.AsObject().ToList())
        {
            document[key] = value?.DeepClone();
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    private static BenchmarkResultSet Set(string source, double[] samples) => new(
        source,
        [new BenchmarkResult("Fake.Method()", "Fake", "Method", "Paired", new Dictionary<string, string>(), samples.Average(), BenchmarkResult.Median(samples), 0, samples, null, samples.Length)],
        host: null);
}
