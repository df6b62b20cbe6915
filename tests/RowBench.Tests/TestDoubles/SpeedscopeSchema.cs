using System.Text.Json;
using Json.Schema;

namespace RowBench.Tests.TestDoubles;

/// <summary>
/// Validates a speedscope file against <c>speedscope.schema.json</c> beside the tests: the parts of speedscope's file
/// format (https://www.speedscope.app/file-format-schema.json, its file-format-spec) that RowBench writes — the file,
/// its shared frames, and sampled profiles — written down here from that format's specification.
/// </summary>
public static class SpeedscopeSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repository.Path("tests", "RowBench.Tests", "Contracts", "speedscope.schema.json"))));

    public static void AssertValid(string json, string where)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.True(Schema.Value.Evaluate(document.RootElement).IsValid, $"{where} is not a speedscope file of sampled profiles");
    }

    public static bool IsValid(string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }
}
