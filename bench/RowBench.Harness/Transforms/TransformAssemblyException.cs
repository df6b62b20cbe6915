namespace RowBench.Harness.Transforms;

/// <summary>
/// A <c>--transform-assembly</c> cannot be used: missing, not a .NET assembly, no transform in it, a name taken twice,
/// a constructor that throws. The message is one line naming the assembly and, where there is one, the type.
/// </summary>
internal sealed class TransformAssemblyException : Exception
{
    public TransformAssemblyException(string message)
        : base(message)
    {
    }

    public TransformAssemblyException()
    {
    }

    public TransformAssemblyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
