using Hub.LoadTests.Live;
using Hub.LoadTests.Results;

namespace Hub.LoadTests;

/// <summary>The few lines a run ends with: the headline figures, the accounting, and where the report is.</summary>
internal static class Summary
{
    public static void Print(ProgressView view, BenchmarkResult result, IReadOnlyList<string> files)
    {
        view.Phase("result", $"{result.Target}, {result.Profile}, {result.DurationSeconds:N0} s");
        foreach (var target in result.Targets)
        {
            view.Note($"{(target.Met ? "met    " : "missed ")} {target.Name}: {target.Measured:N3} (target {target.Required:N3} {target.Unit})");
        }

        var c = result.CertificateLoad;
        view.Note($"certificates: {c.Issued:N0} issued ({c.IssuePercent}% of approvals), {c.Reused:N0} submissions reused one ({c.ReusePercent}% drawn), {c.ReuseRefused:N0} reuses refused");
        var a = result.Accounting;
        view.Note($"accounting: {a.Accepted:N0} accepted, {a.Delivered:N0} delivered, {a.Missing} missing, {a.DecidedTwice} decided twice, {a.Refused} refused, {a.Failed} failed: {(a.Ok ? "OK" : "NOT OK")}");
        foreach (var id in a.MissingSample)
        {
            view.Note($"missing: {id}");
        }

        foreach (var file in files)
        {
            view.Note($"wrote {file}");
        }
    }
}
