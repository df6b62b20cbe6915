namespace RowBench.Analysis.Sequential;

/// <summary>Where one benchmark stands at a look.</summary>
public enum LookState
{
    /// <summary>More samples could still decide it within the budget.</summary>
    Undecided,

    /// <summary>Significantly slower or faster beyond the threshold at this look's level.</summary>
    Changed,

    /// <summary>Within the threshold both ways at this look's level, or below the noise floor.</summary>
    Equivalent,

    /// <summary>Undecided, and the samples the budget still allows would not decide it at its current spread.</summary>
    OutOfReach,
}
