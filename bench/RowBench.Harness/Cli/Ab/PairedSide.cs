using System.Reflection;

namespace RowBench.Harness.Cli.Ab;

/// <summary>One side, reached through its harness's <c>PairedCases</c> by reflection: framework types only.</summary>
internal sealed class PairedSide(MethodInfo keys, MethodInfo open)
{
    private const string ContractType = "RowBench.Harness.Suite.PairedCases";

    /// <summary>Loads both sides; null with the reason when either lacks the paired contract or cannot be loaded.</summary>
    public static (PairedSide Base, PairedSide New)? TryLoadBoth(string baseHarness, string newHarness, out string? reason)
    {
        try
        {
            PairedSide? baseSide = Load("base", baseHarness, out reason);
            PairedSide? newSide = baseSide is null ? null : Load("new", newHarness, out reason);
            return baseSide is not null && newSide is not null ? (baseSide, newSide) : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or TargetInvocationException or TypeLoadException)
        {
            reason = $"a side cannot be loaded beside the other ({ex.GetType().Name}: {ex.Message.Split('\n')[0]})";
            return null;
        }
    }

    public static PairedSide? Load(string name, string harness, out string? reason)
    {
        if (!File.Exists(harness))
        {
            reason = $"the {name} harness is not built ({harness})";
            return null;
        }

        var context = new SideLoadContext(name, harness);
        Type? contract = context.Harness.GetType(ContractType);
        MethodInfo? keys = contract?.GetMethod("Keys", [typeof(int), typeof(int[]), typeof(string)]);
        MethodInfo? open = contract?.GetMethod("Open", [typeof(string)]);
        object? version = contract?.GetField("ContractVersion")?.GetRawConstantValue();
        reason = contract is null ? $"the {name} revision predates paired launches (no {ContractType})"
            : keys is null || open is null || version is not 1 ? $"the {name} revision's paired contract is of another version ({version})"
            : null;
        return reason is null ? new PairedSide(keys!, open!) : null;
    }

    public string[] Keys(int rows, int[] degrees, string filter) => (string[])keys.Invoke(null, [rows, degrees, filter])!;

    public (Func<object?> Run, Action Close) Open(string key)
    {
        var delegates = (Delegate[])open.Invoke(null, [key])!;
        return ((Func<object?>)delegates[0], (Action)delegates[1]);
    }
}
