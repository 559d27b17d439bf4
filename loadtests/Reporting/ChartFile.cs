namespace Hub.LoadTests.Reporting;

/// <summary>One chart of the report: written to <see cref="FileName"/>, or skipped for <see cref="SkippedBecause"/>.</summary>
/// <param name="FileName">The PNG's file name, relative to the report's folder.</param>
/// <param name="Title">What the chart shows.</param>
/// <param name="SkippedBecause">Why the chart was not drawn, or null when it was written.</param>
public sealed record ChartFile(string FileName, string Title, string? SkippedBecause)
{
    /// <summary>Whether the PNG was written.</summary>
    public bool Written => SkippedBecause is null;
}
