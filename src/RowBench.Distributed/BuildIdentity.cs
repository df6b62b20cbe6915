using RowBench.Transforms;

namespace RowBench.Distributed;

/// <summary>
/// Which build computes a transform: the module version ids of the RowBench library and of the assembly that defines
/// the transform. Each chunk carries its caller's; a worker whose own differs refuses the chunk instead of computing
/// features with other code (a worker left running from yesterday's build, a transform assembly rebuilt since).
/// </summary>
public static class BuildIdentity
{
    private static string Short(string id) => id[..Math.Min(8, id.Length)];

    /// <summary>The identity of <paramref name="transform"/> as this process would compute it.</summary>
    public static string Of(IRowTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return $"{typeof(IRowTransform).Assembly.ManifestModule.ModuleVersionId:N}/{transform.GetType().Assembly.ManifestModule.ModuleVersionId:N}";
    }

    /// <summary>
    /// Null when a chunk of <paramref name="callerBuild"/> may run here on <paramref name="transform"/>; else why not,
    /// for the caller's one-line error. An empty <paramref name="callerBuild"/> (a caller from before the check) runs.
    /// </summary>
    public static string? Refusal(string callerBuild, IRowTransform transform)
    {
        ArgumentNullException.ThrowIfNull(callerBuild);
        string own = Of(transform);
        if (callerBuild.Length == 0 || callerBuild == own)
        {
            return null;
        }

        string[] ours = own.Split('/'), theirs = callerBuild.Split('/');
        int which = theirs.Length < 2 || theirs[0] != ours[0] ? 0 : 1;
        string part = which == 0 ? "RowBench library" : $"assembly of the transform '{transform.Name}'";
        return $"it runs another build ({part} {Short(ours[which])} here, {Short(theirs[which])} in the caller); start the workers from the caller's build";
    }
}
