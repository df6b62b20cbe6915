using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace RowBench.Data;

/// <summary>
/// Generates a reproducible stand-in for the Malimg data set: rows of byte values whose histogram resembles that of
/// grayscale malware images, the same bytes on every machine for the same seed.
/// </summary>
/// <remarks>
/// <para>The model, per row (one image):</para>
/// <list type="number">
/// <item>its share of zero bytes (padding and empty sections) is drawn from Beta(2, 3): 40% on average, varying
/// widely from image to image, as in Malimg;</item>
/// <item>every other byte comes from a fixed mixture: with probability 0.12 the value 255 (0xFF fill), otherwise
/// 1 + ⌊X⌋ with X ~ Gamma(shape 1.3, rate 1/45) capped at 254, so small values (opcodes, ASCII, small integers)
/// are common and the tail reaches 254.</item>
/// </list>
/// <para>Each row draws from its own Xoshiro256** stream, seeded from (seed, row), so rows can be generated in
/// parallel and any row can be reproduced alone. Per pixel, one 32-bit draw decides: its low 16 bits against the
/// row's zero share, its high 16 bits through a 65,536-entry inverse-CDF table of the mixture. Only integer
/// arithmetic runs per pixel, so the bytes do not depend on the machine's floating-point library beyond the
/// table and the per-row zero share, which are rounded to 16 bits.</para>
/// </remarks>
public static class SyntheticImageGenerator
{
    /// <summary>The Malimg data set's number of images.</summary>
    public const int DefaultRows = 9_339;

    /// <summary>64 × 64 grayscale pixels per image.</summary>
    public const int DefaultColumns = 4_096;

    /// <summary>The default seed; any fixed value gives a reproducible data set.</summary>
    public const int DefaultSeed = 20_190_101;

    private const int QuantileBits = 16;
    private const int QuantileCount = 1 << QuantileBits;
    private const double FillProbability = 0.12;
    private const double GammaShape = 1.3;
    private const double GammaRate = 1.0 / 45;
    private const double ZeroShareAlpha = 2;
    private const double ZeroShareBeta = 3;

    private static readonly Lazy<byte[]> NonZeroQuantiles = new(BuildNonZeroQuantiles);

    /// <summary>Generates <paramref name="rows"/> rows of <paramref name="columns"/> byte values.</summary>
    /// <param name="rows">The number of rows. The default is 9,339, as in Malimg.</param>
    /// <param name="columns">The values per row. The default is 4,096 (64 × 64 pixels).</param>
    /// <param name="seed">The seed. The same seed gives the same bytes on every machine.</param>
    /// <param name="cancellationToken">Stops the generation between rows.</param>
    public static ByteRowDataSet Generate(int rows = DefaultRows, int columns = DefaultColumns, int seed = DefaultSeed, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        long size = (long)rows * columns;
        if (size > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rows), $"{rows} rows × {columns} columns is more than one array can hold ({Array.MaxLength:N0} values).");
        }

        var values = new byte[size];
        byte[] quantiles = NonZeroQuantiles.Value;
        Parallel.For(
            0,
            rows,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new byte[columns * 4],
            (row, _, randomBits) =>
            {
                FillRow(values.AsSpan(row * columns, columns), RowSeed(seed, row), quantiles, randomBits);
                return randomBits;
            },
            _ => { });
        return new ByteRowDataSet(values, rows, columns);
    }

    /// <summary>Generates row <paramref name="row"/> alone: the same bytes as that row of <see cref="Generate"/>.</summary>
    public static void GenerateRow(int seed, int row, Span<byte> destination) =>
        GenerateRow(seed, row, destination, new byte[destination.Length * 4]);

    /// <summary>As <see cref="GenerateRow(int, int, Span{byte})"/>, drawing into <paramref name="randomBits"/>
    /// (four bytes per value), so that a caller writing row after row allocates it once.</summary>
    internal static void GenerateRow(int seed, int row, Span<byte> destination, byte[] randomBits) =>
        FillRow(destination, RowSeed(seed, row), NonZeroQuantiles.Value, randomBits);

    private static void FillRow(Span<byte> pixels, int rowSeed, byte[] quantiles, byte[] randomBits)
    {
        var random = new Xoshiro256StarStar(rowSeed, threadSafe: false);
        double zeroShare = Beta.Sample(random, ZeroShareAlpha, ZeroShareBeta);
        uint zeroThreshold = (uint)Math.Round(zeroShare * QuantileCount);

        random.NextBytes(randomBits);
        for (int pixel = 0; pixel < pixels.Length; pixel++)
        {
            uint bits = BitConverter.ToUInt32(randomBits, pixel * 4);
            pixels[pixel] = (bits & 0xFFFF) < zeroThreshold ? (byte)0 : quantiles[bits >> 16];
        }
    }

    private static int RowSeed(int seed, int row) =>
        unchecked((int)((uint)seed * 0x9E3779B1u) ^ (row * 0x5BD1E995) ^ 0x1B873593);

    private static byte[] BuildNonZeroQuantiles()
    {
        // Probability of each value 1..255 under the mixture.
        var weights = new double[256];
        for (int value = 1; value <= 254; value++)
        {
            double upper = value == 254 ? 1.0 : Gamma.CDF(GammaShape, GammaRate, value);
            weights[value] = (1 - FillProbability) * (upper - Gamma.CDF(GammaShape, GammaRate, value - 1));
        }

        weights[255] = FillProbability;
        var mixture = new Categorical(weights);

        var quantiles = new byte[QuantileCount];
        for (int slot = 0; slot < QuantileCount; slot++)
        {
            quantiles[slot] = (byte)mixture.InverseCumulativeDistribution((slot + 0.5) / QuantileCount);
        }

        return quantiles;
    }
}
