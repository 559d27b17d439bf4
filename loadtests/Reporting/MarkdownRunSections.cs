using System.Globalization;
using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md sections about the run itself: ramp, sustained phase, memory and accounting.</summary>
internal static class MarkdownRunSections
{
    private const int MissingSampleShown = 20;

    /// <summary>The latencies of the idle hub.</summary>
    public static void AppendFloor(StringBuilder text, LatencyFloor floor)
    {
        text.Append("## Latency floor\n\n");
        text.Append($"{Formats.Rate(floor.OfferedPerSecond)} cases/s for {Formats.Number(floor.Seconds)} s, each alone in the hub. Decision to status ")
            .Append("runs from the simulated department handing its decision to its producer to the status change read from hub.case-events: ")
            .Append("the hub's own part, with no department delay in it.\n\n");
        var table = new MarkdownTable("Latency (ms)", ">Count", ">Mean", ">p50", ">p90", ">p99", ">p99.9", ">Max");
        LatencyRow(table, "Submit", floor.Submit);
        LatencyRow(table, "Decision to status", floor.DecisionToStatus);
        table.AppendTo(text);
    }

    /// <summary>One row per ramp step, in the order they ran.</summary>
    public static void AppendRamp(StringBuilder text, IReadOnlyList<RampStep> ramp)
    {
        text.Append("## Ramp\n\n");
        if (ramp.Count == 0)
        {
            text.Append("The run had no ramp steps.\n\n");
            return;
        }

        var capacity = RunPhases.Capacity(ramp);
        var latencyBound = ramp.Where(s => s.KeepsUp).Select(s => (double?)s.OfferedPerSecond).Max();
        Line(text, "Capacity", capacity is { } c
            ? $"{Formats.Rate(c)} cases/s offered, the highest step that kept pace (its steady half completed {Formats.Rate(ramp.First(s => s.OfferedPerSecond == c).SteadyLifecyclesPerSecond)} lifecycles/s)"
            : "below the first step: none kept pace");
        Line(text, "Latency-bound rate", latencyBound is { } l ? $"{Formats.Rate(l)} cases/s offered, the highest step with p99 submit under 50 ms" : "none: every step's p99 submit was 50 ms or more");
        text.Append('\n');
        var table = new MarkdownTable(">Offered/s", ">Submitted/s", ">Lifecycles/s", ">Steady lifecycles/s", ">In flight", ">p50 ms", ">p99 ms", ">p99.9 ms",
            ">Shed", ">Errors", ">Drained in s", "p99 < 50 ms", "Keeps pace");
        foreach (var step in ramp)
        {
            table.Row(Formats.Rate(step.OfferedPerSecond), Formats.Rate(step.SubmittedPerSecond), Formats.Rate(step.LifecyclesPerSecond),
                Formats.Rate(step.SteadyLifecyclesPerSecond), $"{Formats.Count(step.InFlightAtMiddle)} → {Formats.Count(step.InFlightAtEnd)}",
                Formats.Ms(step.Submit.P50Ms), Formats.Ms(step.Submit.P99Ms), Formats.Ms(step.Submit.P999Ms),
                Formats.Count(step.Shed), Formats.Count(step.Errors), Formats.Number(step.DrainSeconds), step.KeepsUp ? "✅" : "❌", step.KeepsPace ? "✅" : "❌");
        }

        table.AppendTo(text);
        text.Append("Latency is submit latency, counted from the scheduled time. \"p99 < 50 ms\": its p99 is under 50 ms, ")
            .Append("nothing was shed or failed, and at least 95% of the offered rate was submitted. \"Keeps pace\": the same, whatever ")
            .Append($"the latency, and in the step's second half (its steady part) the lifecycles completed came to at least {RampStep.PaceShare:P0} ")
            .Append($"of the rate submitted while the cases in flight (accepted, not yet delivered) grew by less than {RampStep.GrowthShare:P0} of ")
            .Append("what it submitted: the backlog stayed bounded. The capacity is the highest rate that keeps pace; the sustained ")
            .Append("phase runs at it.\n\n");
    }

    /// <summary>The sustained phase's figures and its latency table.</summary>
    public static void AppendSustained(StringBuilder text, SustainedRun run)
    {
        text.Append("## Sustained\n\n");
        Line(text, "Offered", $"{Formats.Rate(run.OfferedPerSecond)}/s for {Formats.Number(run.Seconds)} s");
        Line(text, "Submitted", Formats.Count(run.Submitted));
        Line(text, "Lifecycles completed", $"{Formats.Count(run.LifecyclesCompleted)} ({Formats.Rate(run.LifecyclesPerSecond)}/s)");
        Line(text, "Silo CPU per lifecycle", $"{Formats.Number(run.SiloCpuMsPerLifecycle)} ms");
        Line(text, "Load generator CPU per lifecycle", $"{Formats.Number(run.LoadGeneratorCpuMsPerLifecycle)} ms");
        if (run.Projection is { } p)
        {
            Line(text, "Statistics behind the status feed", $"p50 {Formats.Number(p.P50Seconds)} s, p99 {Formats.Number(p.P99Seconds)} s, max {Formats.Number(p.MaxSeconds)} s; "
                + $"at most {Formats.Count(p.MaxCasesBehind)} cases ({p.Samples} samples while the load ran)");
            Line(text, "Statistics caught up", p.CatchUpSeconds is { } c ? $"{Formats.Number(c)} s after the load stopped" : "not within the drain");
        }

        text.Append('\n');

        var table = new MarkdownTable("Latency (ms)", ">Count", ">Mean", ">p50", ">p90", ">p99", ">p99.9", ">Max");
        LatencyRow(table, "Submit", run.Submit);
        LatencyRow(table, "Decision to status", run.DecisionToStatus);
        LatencyRow(table, "Lifecycle", run.Lifecycle);
        LatencyRow(table, "Status reads", run.StatusReads);
        table.AppendTo(text);
    }

    /// <summary>Heap growth per case that the departments hold open.</summary>
    public static void AppendMemory(StringBuilder text, MemoryFigures memory)
    {
        text.Append("## Memory\n\n");
        Line(text, "Active cases", Formats.Count(memory.ActiveCases));
        Line(text, "Silo heap before", $"{Formats.MiB(memory.HeapBeforeBytes)} MiB");
        Line(text, "Silo heap after", $"{Formats.MiB(memory.HeapAfterBytes)} MiB");
        Line(text, "Silo working set after", $"{Formats.MiB(memory.WorkingSetAfterBytes)} MiB");
        Line(text, "Per active case", memory.ActiveCases > 0
            ? $"{Formats.Count((long)Math.Round(memory.BytesPerActiveCase))} bytes"
            : "not measured (no active cases)");
        text.Append('\n');
    }

    /// <summary>Whether every accepted case reached a terminal status exactly once.</summary>
    public static void AppendAccounting(StringBuilder text, Accounting accounting)
    {
        text.Append("## Accounting\n\n");
        text.Append(accounting.Ok
            ? "**OK**: every accepted case was delivered exactly once.\n\n"
            : $"**NOT OK**: {string.Join("; ", Problems(accounting))}.\n\n");
        var table = new MarkdownTable("Count", ">Cases");
        table.Row("Accepted", Formats.Count(accounting.Accepted))
            .Row("Refused", Formats.Count(accounting.Refused))
            .Row("Failed", Formats.Count(accounting.Failed))
            .Row("Delivered", Formats.Count(accounting.Delivered))
            .Row("Missing", Formats.Count(accounting.Missing))
            .Row("Decided twice", Formats.Count(accounting.DecidedTwice))
            .Row("Feed repeats (at-least-once, not an error)", Formats.Count(accounting.FeedRepeats));
        table.AppendTo(text);

        if (accounting.MissingSample.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"Missing cases (sample of {accounting.MissingSample.Count}");
        text.Append(accounting.MissingSample.Count > MissingSampleShown ? $", first {MissingSampleShown} shown" : "").Append("):\n\n");
        foreach (var id in accounting.MissingSample.Take(MissingSampleShown))
        {
            text.Append("- `").Append(id).Append("`\n");
        }

        text.Append('\n');
    }

    private static IEnumerable<string> Problems(Accounting a) =>
        new (bool Found, string Text)[]
        {
            (a.Missing > 0, $"{Formats.Count(a.Missing)} accepted case(s) never reached a terminal status"),
            (a.DecidedTwice > 0, $"{Formats.Count(a.DecidedTwice)} case(s) decided twice"),
            (a.Failed > 0, $"{Formats.Count(a.Failed)} submission(s) failed"),
            (a.Refused > 0, $"{Formats.Count(a.Refused)} submission(s) refused"),
            (a.Delivered != a.Accepted, $"{Formats.Count(a.Delivered)} delivered against {Formats.Count(a.Accepted)} accepted"),
        }.Where(p => p.Found).Select(p => p.Text);

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');

    private static void LatencyRow(MarkdownTable table, string name, LatencySummary latency) =>
        table.Row(name, Formats.Count(latency.Count), Formats.Ms(latency.MeanMs), Formats.Ms(latency.P50Ms), Formats.Ms(latency.P90Ms),
            Formats.Ms(latency.P99Ms), Formats.Ms(latency.P999Ms), Formats.Ms(latency.MaxMs));
}
