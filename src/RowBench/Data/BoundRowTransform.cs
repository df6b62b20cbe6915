namespace RowBench.Data;

/// <summary>
/// A transform bound to a data set (<see cref="RowDataSet.Bind"/>): the feature of any of its rows, as a double. The
/// row type is matched once, when binding, so that a strategy pays one virtual call per row and no type test.
/// </summary>
public abstract class BoundRowTransform
{
    /// <summary>The number of rows of the data set.</summary>
    public abstract int RowCount { get; }

    /// <summary>The feature of row <paramref name="row"/> (0-based); an <c>int</c> feature is converted exactly.</summary>
    public abstract double Apply(int row);
}
