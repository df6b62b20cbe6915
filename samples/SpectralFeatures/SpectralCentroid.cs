using System.Numerics;
using MathNet.Numerics.IntegralTransforms;
using RowBench.Transforms;

namespace SpectralFeatures;

/// <summary>
/// The spectral centroid of a row: the amplitude-weighted mean frequency of its discrete Fourier transform, in
/// cycles per row. A row that is one cosine of k cycles has centroid k; a constant row has 0. A floating-point
/// feature of the kind signal and image pipelines compute per row, with MathNet.Numerics' FFT.
/// </summary>
/// <remarks>
/// Frequencies 1 to n/2 count (the mean, frequency 0, does not); a row's spectrum is symmetric, so the upper half
/// repeats the lower. Each call allocates its own buffer: the transform is stateless and safe on many threads.
/// </remarks>
public sealed class SpectralCentroid : IRowTransform<double, double>
{
    /// <inheritdoc />
    public string Name => "spectral-centroid";

    /// <inheritdoc />
    public double Apply(ReadOnlySpan<double> row)
    {
        if (row.Length < 2)
        {
            return 0;
        }

        var spectrum = new Complex[row.Length];
        for (int index = 0; index < row.Length; index++)
        {
            spectrum[index] = new Complex(row[index], 0);
        }

        Fourier.Forward(spectrum, FourierOptions.Matlab);
        double weighted = 0, total = 0;
        for (int frequency = 1; frequency <= row.Length / 2; frequency++)
        {
            double amplitude = spectrum[frequency].Magnitude;
            weighted += frequency * amplitude;
            total += amplitude;
        }

        // Below this the row is constant up to rounding: no frequency to speak of.
        return total <= 1e-9 * row.Length ? 0 : weighted / total;
    }
}
