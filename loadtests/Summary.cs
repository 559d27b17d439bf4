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
            var measured = target.Measured is { } m ? m.ToString("N3", System.Globalization.CultureInfo.InvariantCulture) : "not measured";
            view.Note($"{(target.Met ? "met    " : "missed ")} {target.Name}: {measured} (target {(target.AtMost ? "at most" : "at least")} {target.Required:N3} {target.Unit})");
        }

        if (result.Parts is { } parts)
        {
            view.Note($"parts: silo CPU {parts.SiloCpuMsPerLifecycle:F2} ms a lifecycle, its parts {parts.PartsMsPerLifecycle:F2} ms: {parts.Ratio:F2}×");
        }

        var c = result.CertificateLoad;
        view.Note($"certificates: {c.Issued:N0} issued ({c.IssuePercent}% of approvals), {c.Reused:N0} submissions reused one ({c.ReusePercent}% drawn), {c.ReuseRefused:N0} reuses refused");
        var t = result.Timers;
        view.Note($"timers ({t.Timers:N0} each): cases woken {t.Cases.Firing.PerSecond:N0}/s; HubDue arm {t.HubDue.Arm.PerSecond:N0}/s, {t.HubDue.BytesPerArmedTimer:N0} B heap, fire {t.HubDue.Firing.PerSecond:N0}/s; "
            + $"reminders arm {t.Reminders.Arm.PerSecond:N0}/s, {t.Reminders.BytesPerArmedTimer:N0} B heap, fire {t.Reminders.Firing.PerSecond:N0}/s");
        if (result.HallMorning is { } h)
        {
            view.Note($"hall's morning: {h.OpenLoop.CompletedPerSecond:N0} visits/s {(h.OpenLoop.KeptUp ? "sustained" : "not sustained")}, "
                + $"{h.OpenLoop.CompletedPerSecond / Results.HallMorningFigures.GuangzhouVisitsPerSecond:N0}× Guangzhou's halls; numbers {(h.Ok ? "each called once" : "NOT each called once")}");
        }

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
