using System.Globalization;
using System.Text;
using Hub.LoadTests.Results;

namespace Hub.LoadTests.Reporting;

/// <summary>The report.md section on the cost of watching deadlines: case wake-ups, then HubDue against reminders.</summary>
internal static class MarkdownTimers
{
    public static void Append(StringBuilder text, TimerFigures timers)
    {
        var cases = timers.Cases;
        text.Append("## Timers: the cost of watching deadlines\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"On a silo of the phase's own in this process ({timers.Mode} mode, the hub's own composition with a clock the benchmark moves), ")
            .Append(CultureInfo.InvariantCulture, $"{Formats.Count(timers.Timers)} of each. Due sweeper: check every {timers.CheckIntervalSeconds:0.#} s ")
            .Append(CultureInfo.InvariantCulture, $"(the hub's default is 15 s), at most {Formats.Count(timers.Limit)} a check, {timers.Parallelism} at once; ")
            .Append(CultureInfo.InvariantCulture, $"so at most {Formats.Rate(timers.SettingsCeilingPerSecond)} wake-ups/s by its settings. ")
            .Append(CultureInfo.InvariantCulture, $"Empty grain calls from inside that silo, {Formats.Rate(timers.InSiloEmptyCalls.PerSecond)}/s, are the baseline.\n\n");

        text.Append("### Open cases on one simulated day\n\n");
        Line(text, "Open cases", $"{Formats.Count(cases.Cases)} with a timer, submitted at the windows ({Formats.Rate(cases.Submitted.PerSecond)}/s, {Formats.Count(cases.SubmitErrors)} failed) and left unanswered");
        Line(text, "Their timers", cases.FirstDue is { } first
            ? $"due from {Instant(first)} to {Instant(cases.LastDue!.Value)}; {Formats.Count(cases.DueOnThatDay)} fall on {cases.DueDay:yyyy-MM-dd}, the day most do; "
                + $"the silo's clock moved to {Instant(cases.ClockMovedTo!.Value)}, just past that day's last, so those come due with any due before (none after)"
            : "none indexed");
        Line(text, "Woken", $"{Formats.Count(cases.Firing.Fired)} of {Formats.Count(cases.Firing.Expected)} `WakeDue` calls due by then completed, the first {cases.Firing.SecondsToFirst:F2} s and the last {cases.Firing.SecondsToLast:F2} s after the clock moved: "
            + $"**{Formats.Rate(cases.Firing.PerSecond)} wake-ups/s**");
        if (cases.Storage is { } storage)
        {
            Line(text, "Storage per open case's timer", StorageText(storage));
        }

        text.Append('\n');
        text.Append("### HubDue against Orleans reminders, the same one-shot timer\n\n");
        var table = new MarkdownTable("", ">HubDue", ">Reminders");
        var (due, reminder) = (timers.HubDue, timers.Reminders);
        table.Row("Kept in", due.Store, reminder.Store);
        table.Row("Arms/s", Formats.Rate(due.Arm.PerSecond), Formats.Rate(reminder.Arm.PerSecond));
        table.Row("Arm p50 / p99 ms", $"{Formats.Ms(due.Arm.Latency?.P50Ms ?? 0)} / {Formats.Ms(due.Arm.Latency?.P99Ms ?? 0)}", $"{Formats.Ms(reminder.Arm.Latency?.P50Ms ?? 0)} / {Formats.Ms(reminder.Arm.Latency?.P99Ms ?? 0)}");
        table.Row("Same write without a timer, writes/s, p50 ms", due.WriteWithoutTimer is { } w ? $"{Formats.Rate(w.PerSecond)}, {Formats.Ms(w.Latency?.P50Ms ?? 0)}" : "—", "—");
        table.Row("PostgreSQL transactions per arm", Statements(due.StatementsPerArm) + (due.StatementsPerWriteWithoutTimer is { } s ? $" (without a timer {s:F2})" : ""), Statements(reminder.StatementsPerArm));
        table.Row("Arm failures", Formats.Count(due.ArmErrors), Formats.Count(reminder.ArmErrors));
        table.Row("Silo heap per armed timer, bytes", Formats.Count((long)Math.Round(due.BytesPerArmedTimer)), Formats.Count((long)Math.Round(reminder.BytesPerArmedTimer)));
        table.Row("Storage per timer", due.Storage is { } ds ? StorageText(ds) : "—", reminder.Storage is { } rs ? StorageText(rs) : "—");
        table.Row("Fired", $"{Formats.Count(due.Firing.Fired)} of {Formats.Count(due.Firing.Expected)}", $"{Formats.Count(reminder.Firing.Fired)} of {Formats.Count(reminder.Firing.Expected)}");
        table.Row("First / last firing after the due instant, s", $"{due.Firing.SecondsToFirst:F2} / {due.Firing.SecondsToLast:F2}", $"{reminder.Firing.SecondsToFirst:F2} / {reminder.Firing.SecondsToLast:F2}");
        table.Row("Firings/s", Formats.Rate(due.Firing.PerSecond), Formats.Rate(reminder.Firing.PerSecond));
        table.AppendTo(text);
        text.Append("A HubDue probe arms by writing its state with a due time (one statement also upserts its HubDue row) and, woken by the sweeper, ")
            .Append("writes it again with none (the row goes). A reminder probe registers a reminder and, on its tick, unregisters it. ")
            .Append("Both kinds come due at one real instant after the last is armed; heap is this process's after full collections, ")
            .Append("with the probes already active before arming. Transactions are the database's count over the arming, background included.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**Choice:** {timers.Choice}\n\n");
    }

    private static string StorageText(TimerStorage storage) => string.Create(CultureInfo.InvariantCulture,
        $"{storage.TotalBytesPerRow:F0} bytes a row in all ({storage.TableBytesPerRow:F0} table, {storage.IndexBytesPerRow:F0} indexes), {Formats.Count(storage.Rows)} rows of {storage.Table}");

    private static string Statements(double? perArm) => perArm is { } n ? n.ToString("F2", CultureInfo.InvariantCulture) : "— (no database)";

    private static string Instant(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss 'CST'", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string name, string value) =>
        text.Append("- ").Append(name).Append(": ").Append(value).Append('\n');
}
