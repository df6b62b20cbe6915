using MathNet.Numerics.Distributions;
using RowBench.Analysis.Comparison;
using RowBench.Analysis.Sequential;

namespace RowBench.Tests.Analysis.Sequential;

public class AlphaSpendingTests
{
    [Fact]
    public void Spent_OverTheFraction_GrowsFromNothingToAlpha()
    {
        double[] spent = [.. new[] { 0.0, 1 / 3.0, 0.5, 2 / 3.0, 5 / 6.0, 1.0 }.Select(fraction => AlphaSpending.Spent(fraction, 0.05))];

        Assert.Equal(0, spent[0]);
        Assert.Equal(0.05, spent[^1], 12);
        Assert.True(spent.Zip(spent.Skip(1)).All(pair => pair.First < pair.Second), string.Join(", ", spent));
        // O'Brien–Fleming's shape: at half the samples a look may spend only about a tenth of α.
        Assert.InRange(spent[2], 0.004, 0.007);
    }

    [Fact]
    public void LevelAt_TheLastLook_GetsAllThatIsLeft()
    {
        var schedule = new LookSchedule(0.05, FirstLook: 8, Every: 4, Maximum: 24);

        double first = schedule.LevelAt(8, 0, isLast: false);
        double second = schedule.LevelAt(12, first, isLast: false);
        double last = schedule.LevelAt(13, first + second, isLast: true);

        Assert.Equal(0.05, first + second + last, 12);
        Assert.True(last > 0.04, $"{last}");
    }

    [Fact]
    public void IsLook_FixedSchedule_FromTheFirstLookEveryFourToTheMaximum()
    {
        var schedule = new LookSchedule(0.05, FirstLook: 8, Every: 4, Maximum: 22);

        int[] looks = [.. Enumerable.Range(1, 22).Where(schedule.IsLook)];

        Assert.Equal([8, 12, 16, 20, 22], looks);
        Assert.Equal("looks at 8, 12, 16, 20 and 22", schedule.Describe());
    }

    /// <summary>
    /// The promise of the spending: a benchmark whose true change sits exactly on the threshold (the worst case of the
    /// shifted null) is called slower at some look in at most α of runs, where testing every look at the full α would
    /// cry wolf about twice as often.
    /// </summary>
    [Fact]
    public void LevelAt_FiveLooksOnTheNull_KeepTheFalseVerdictRateAtAlpha()
    {
        var schedule = new LookSchedule(0.05, FirstLook: 8, Every: 4, Maximum: 24);
        var random = new Random(20261201);
        ChangeThreshold threshold = ChangeThreshold.Parse("5%");
        const int runs = 4000;
        int spentFalse = 0, naiveFalse = 0;
        for (int run = 0; run < runs; run++)
        {
            double[] logRatios = [.. Enumerable.Range(0, 24).Select(_ => Math.Log(1.05) + Normal.Sample(random, 0, 0.05))];
            double spent = 0;
            bool spentSlower = false, naiveSlower = false;
            foreach (int look in new[] { 8, 12, 16, 20, 24 })
            {
                double[] before = [.. Enumerable.Repeat(1e6, look)];
                double[] after = [.. logRatios.Take(look).Select(ratio => 1e6 * Math.Exp(ratio))];
                double level = schedule.LevelAt(look, spent, isLast: look == 24);
                spent += level;
                spentSlower |= new PairedRatioComparer(Math.Max(level, 1e-9)).Test(before, after, threshold).SlowerPValue < level;
                naiveSlower |= new PairedRatioComparer(0.05).Test(before, after, threshold).SlowerPValue < 0.05;
            }

            spentFalse += spentSlower ? 1 : 0;
            naiveFalse += naiveSlower ? 1 : 0;
        }

        Assert.True(spentFalse <= runs * 0.06, $"{spentFalse} of {runs}");
        Assert.True(naiveFalse > runs * 0.08, $"{naiveFalse} of {runs}");
    }
}
