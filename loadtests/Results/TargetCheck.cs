namespace Hub.LoadTests.Results;

/// <summary>
/// A target of the benchmark's brief, the figure measured against it, and whether it was met: at least
/// <see cref="Required"/>, or with <see cref="AtMost"/> at most. A figure that could not be measured is not met.
/// </summary>
public sealed record TargetCheck(string Name, double Required, double? Measured, string Unit, bool AtMost = false)
{
    public bool Met => Measured is { } measured && (AtMost ? measured <= Required : measured >= Required);
}
