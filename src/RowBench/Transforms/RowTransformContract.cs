using RowBench.Data;

namespace RowBench.Transforms;

/// <summary>
/// What a transform takes and returns, read from the <see cref="IRowTransform{TValue, TResult}"/> interfaces it
/// implements: which row types it can be handed, and which of those a data set should be read or widened into.
/// </summary>
public static class RowTransformContract
{
    /// <summary>The row value types a transform may take, in the order of <see cref="RowValueType"/>.</summary>
    public static IReadOnlyList<Type> ValueTypes => ValueTypeOrder;

    private static readonly Type[] ValueTypeOrder = [typeof(byte), typeof(int), typeof(double)];

    /// <summary>The result types a transform may return.</summary>
    public static IReadOnlyList<Type> ResultTypes { get; } = [typeof(int), typeof(double)];

    /// <summary>The row types <paramref name="transform"/> takes, byte before Int32 before double.</summary>
    public static IReadOnlyList<RowValueType> RowTypesOf(IRowTransform transform)
    {
        ArgumentNullException.ThrowIfNull(transform);
        return RowTypesOf(transform.GetType());
    }

    /// <summary>The row types a transform class takes, byte before Int32 before double.</summary>
    public static IReadOnlyList<RowValueType> RowTypesOf(Type transformType)
    {
        ArgumentNullException.ThrowIfNull(transformType);
        return
        [
            .. ContractsOf(transformType)
                .Where(contract => ResultTypes.Contains(contract.Result))
                .Select(contract => Array.IndexOf(ValueTypeOrder, contract.Value))
                .Where(index => index >= 0)
                .Distinct()
                .Order()
                .Select(index => (RowValueType)index),
        ];
    }

    /// <summary>
    /// The <see cref="IRowTransform{TValue, TResult}"/> interfaces of <paramref name="transformType"/> whose type
    /// arguments are not among <see cref="ValueTypes"/> and <see cref="ResultTypes"/>, such as <c>&lt;float, int&gt;</c>.
    /// </summary>
    public static IReadOnlyList<string> UnsupportedContractsOf(Type transformType)
    {
        ArgumentNullException.ThrowIfNull(transformType);
        return
        [
            .. ContractsOf(transformType)
                .Where(contract => !ValueTypes.Contains(contract.Value) || !ResultTypes.Contains(contract.Result))
                .Select(contract => $"IRowTransform<{contract.Value.Name}, {contract.Result.Name}>"),
        ];
    }

    /// <summary>
    /// The row type to give <paramref name="transform"/> data that comes as <paramref name="dataType"/>: that type if
    /// the transform takes it, else the narrowest wider one it takes (byte → Int32 → double, which lose nothing), else
    /// null.
    /// </summary>
    public static RowValueType? RowTypeFor(IRowTransform transform, RowValueType dataType)
    {
        IReadOnlyList<RowValueType> taken = RowTypesOf(transform);
        return taken.Where(type => type >= dataType).Cast<RowValueType?>().FirstOrDefault();
    }

    /// <summary>
    /// The row type to read a CSV file in for <paramref name="transform"/>: Int32 if it takes it, else double, else
    /// byte (every cell then must be 0 to 255).
    /// </summary>
    public static RowValueType CsvRowTypeFor(IRowTransform transform)
    {
        IReadOnlyList<RowValueType> taken = RowTypesOf(transform);
        return taken.Contains(RowValueType.Int32) ? RowValueType.Int32
            : taken.Contains(RowValueType.Double) ? RowValueType.Double
            : taken.Count > 0 ? taken[0]
            : throw new ArgumentException($"The transform '{transform.Name}' implements no IRowTransform<TValue, TResult> of a supported row type.", nameof(transform));
    }

    /// <summary>The row types in words, such as "byte and Int32 rows".</summary>
    public static string Describe(IReadOnlyList<RowValueType> rowTypes)
    {
        ArgumentNullException.ThrowIfNull(rowTypes);
        string[] names = [.. rowTypes.Select(type => type.ToString())];
        return names.Length switch
        {
            0 => "no row type",
            1 => names[0] + " rows",
            _ => string.Join(", ", names[..^1]) + " and " + names[^1] + " rows",
        };
    }

    private static IEnumerable<(Type Value, Type Result)> ContractsOf(Type transformType) =>
        transformType.GetInterfaces()
            .Where(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IRowTransform<,>))
            .Select(candidate => (candidate.GenericTypeArguments[0], candidate.GenericTypeArguments[1]));
}
