namespace Hub.LoadTests.Results;

/// <summary>A target of the benchmark's brief, the figure measured against it, and whether it was met.</summary>
public sealed record TargetCheck(string Name, double Required, double Measured, string Unit)
{
    public bool Met => Measured >= Required;
}
