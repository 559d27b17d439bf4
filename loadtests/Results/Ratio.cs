namespace Hub.LoadTests.Results;

/// <summary>A hub figure against the baseline it is bounded by, both from the same run.</summary>
public sealed record Ratio(string Name, double Figure, string FigureUnit, double Baseline, string BaselineUnit, string Meaning)
{
    public double Value => Baseline > 0 ? Figure / Baseline : 0;
}
