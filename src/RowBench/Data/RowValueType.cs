namespace RowBench.Data;

/// <summary>How a data set stores its values, and so which row type a transform is handed.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members name the .NET types the values are stored as.")]
public enum RowValueType
{
    /// <summary>One byte per value, 0 to 255, like the pixels of a grayscale image.</summary>
    Byte,

    /// <summary>Integers over the whole Int32 range.</summary>
    Int32,

    /// <summary>Double-precision floating-point values.</summary>
    Double,
}
