using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Live;
using Hub.LoadTests.Load;
using Hub.LoadTests.Results;
using Hub.Ops;

namespace Hub.LoadTests.Timers;

/// <summary>
/// The cost of watching deadlines, on a silo of the phase's own (<see cref="ClockedHub"/>) in the run's mode: empty
/// grain calls from inside it (the sweeper's own path), then N HubDue probes armed, held and fired at one real instant;
/// N open cases submitted through the windows, the clock moved past the day their timers fall on, and the sweeper's
/// wake-ups of them counted until all are done; last N reminder probes armed and fired as the HubDue probes were.
/// </summary>
internal sealed class TimersPhase(ProgressView view, HttpClient http, CasePlan plan, IReadOnlyList<WindowCredential> windows, string? database, string folder)
{
    /// <summary>Calls in flight when arming and submitting: as many as the sweeper wakes at once by default.</summary>
    public const int InFlight = 64;

    private static readonly TimeSpan Stall = TimeSpan.FromSeconds(30);

    public async Task<TimerFigures> RunAsync(int count, TimeSpan baseline)
    {
        await using var hub = await ClockedHub.StartAsync(windows, database, folder);
        await using var tables = PostgresTimerTables.Open(database);
        var calls = await EmptyCallsAsync(hub.Grains, baseline);
        view.Note($"timers silo: empty grain calls from inside it {calls.PerSecond:N0}/s ({InFlight} in flight)");

        var hubDue = await HubDueAsync(hub, tables, count);
        view.Note($"HubDue: arm {hubDue.Arm.PerSecond:N0}/s (write without a timer {hubDue.WriteWithoutTimer?.PerSecond:N0}/s), "
            + $"{hubDue.BytesPerArmedTimer:N0} bytes of heap a timer, fired {hubDue.Firing.Fired:N0} at {hubDue.Firing.PerSecond:N0}/s");
        var cases = await CasesAsync(hub, tables, count);
        view.Note($"cases: {cases.Cases:N0} open, {cases.DueOnThatDay:N0} of them due on {cases.DueDay}; "
            + $"{cases.Firing.Fired:N0} woken at {cases.Firing.PerSecond:N0}/s");

        // Last: a million reminders due at once can keep the reminder service busy long after the phase stops
        // waiting for them, which would slow whatever ran after them on this silo.
        var reminders = await RemindersAsync(hub, tables, count);
        view.Note($"reminders: arm {reminders.Arm.PerSecond:N0}/s, {reminders.BytesPerArmedTimer:N0} bytes of heap a timer, "
            + $"fired {reminders.Firing.Fired:N0} at {reminders.Firing.PerSecond:N0}/s");

        return new TimerFigures(
            database is null ? "embedded" : "cluster", count, hub.Timers.CheckInterval.TotalSeconds, hub.Timers.Limit, hub.Timers.Parallelism,
            calls, cases, hubDue, reminders, TimerChoice.Of(hubDue, reminders));
    }

    private static async Task<Throughput> EmptyCallsAsync(IGrainFactory grains, TimeSpan duration)
    {
        const int Keys = 1000;
        await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => grains.GetGrain<IProbeGrain>(k).Ping()));
        var latency = new Measure.LatencyTrack();
        long calls = 0;
        var started = Stopwatch.GetTimestamp();
        var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async worker =>
        {
            for (var key = worker; Stopwatch.GetTimestamp() < end; key = (key + InFlight) % Keys)
            {
                var at = Stopwatch.GetTimestamp();
                await grains.GetGrain<IProbeGrain>(key).Ping();
                latency.Record(Stopwatch.GetElapsedTime(at));
                Interlocked.Increment(ref calls);
            }
        }));
        return new Throughput(calls, Stopwatch.GetElapsedTime(started).TotalSeconds, latency.Summarize());
    }

    private async Task<TimerMechanism> HubDueAsync(ClockedHub hub, PostgresTimerTables? tables, int count)
    {
        view.Phase("timers", $"{count:N0} HubDue timers: state written without a timer, then with one, then fired");
        var grains = hub.Grains;
        IDueProbeGrain Probe(int i) => grains.GetGrain<IDueProbeGrain>($"due-{i}");
        await Concurrently.RunAsync(count, InFlight, async i => { await Probe(i).Arm(null); return true; });
        var t0 = tables is null ? 0 : await tables.TransactionsAsync();
        var (without, _) = await Concurrently.RunAsync(count, InFlight, async i => { await Probe(i).Arm(null); return true; });
        var t1 = tables is null ? 0 : await tables.TransactionsAsync();
        var before = Concurrently.Heap();

        var dueAt = hub.Clock.GetUtcNow() + Lead(without);
        var (armed, errors) = await Concurrently.RunAsync(count, InFlight, async i => { await Probe(i).Arm(dueAt); return true; });
        var t2 = tables is null ? 0 : await tables.TransactionsAsync();
        var after = Concurrently.Heap();
        var storage = tables is null ? null : await tables.SizeAsync(PostgresTimerTables.HubDue);
        var firing = await Concurrently.FiringsAsync(hub.Tallies.DueProbes, armed.Operations, Timestamp(hub.Clock, dueAt), Stall);
        return new TimerMechanism(
            "HubDue (the hub's own index)", database is null ? "silo memory (MemoryOutboxIndex)" : "PostgreSQL HubDue, written with the state",
            without, armed, errors,
            tables is null ? null : (double)(t1 - t0) / count, tables is null ? null : (double)(t2 - t1) / count,
            before, after, storage, firing);
    }

    private async Task<TimerMechanism> RemindersAsync(ClockedHub hub, PostgresTimerTables? tables, int count)
    {
        view.Phase("timers", $"{count:N0} Orleans reminders: armed, then fired");
        var grains = hub.Grains;
        IReminderTimerGrain Probe(int i) => grains.GetGrain<IReminderTimerGrain>($"reminder-{i}");
        var (touched, _) = await Concurrently.RunAsync(count, InFlight, async i => { await Probe(i).Touch(); return true; });
        var before = Concurrently.Heap();
        var t0 = tables is null ? 0 : await tables.TransactionsAsync();

        // Reminders run on real timers: all come due at one real instant, after the last is armed.
        var dueAt = hub.Clock.GetUtcNow() + Lead(touched) * 4;
        var (armed, errors) = await Concurrently.RunAsync(count, InFlight, async i => { await Probe(i).Arm(dueAt - hub.Clock.GetUtcNow()); return true; });
        var t1 = tables is null ? 0 : await tables.TransactionsAsync();
        var after = Concurrently.Heap();
        var storage = tables is null ? null : await tables.SizeAsync(PostgresTimerTables.Reminders);
        var firing = await Concurrently.FiringsAsync(hub.Tallies.Reminders, armed.Operations, Timestamp(hub.Clock, dueAt), Stall);
        return new TimerMechanism(
            "Orleans reminders", database is null ? "in-memory reminder table (UseInMemoryReminderService)" : "PostgreSQL OrleansRemindersTable (Reminders.AdoNet)",
            null, armed, errors, null, tables is null ? null : (double)(t1 - t0) / count,
            before, after, storage, firing);
    }

    private async Task<CaseTimerFiring> CasesAsync(ClockedHub hub, PostgresTimerTables? tables, int count)
    {
        view.Phase("timers", $"{count:N0} open cases submitted at the windows, then the clock moved past the day their timers fall on");
        var random = new Random(20261202);
        var offers = Enumerable.Range(0, count).Select(_ => plan.Next(random)).ToArray();
        var (submitted, errors) = await Concurrently.RunAsync(count, InFlight, i => SubmitAsync(hub.Api, offers[i]));
        var due = await hub.Index.DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, 0, 1, int.MaxValue, CancellationToken.None);
        var caseDue = due.Where(t => t.StateName == Hub.Cases.CaseGrain.StateName).Select(t => t.DueAt).ToArray();
        var storage = tables is null ? null : await tables.SizeAsync(PostgresTimerTables.HubDue);
        if (caseDue.Length == 0)
        {
            return new CaseTimerFiring(submitted.Operations, submitted, errors, null, null, null, storage, new FiringRun(0, 0, 0, 0));
        }

        // One day's deadlines: the day (in China) most of these timers fall on; the clock moves just past its last one,
        // so those fall due together with any due earlier, and none due on a later day.
        var china = TimeSpan.FromHours(8);
        var day = caseDue.GroupBy(d => DateOnly.FromDateTime(d.ToOffset(china).DateTime)).OrderByDescending(g => g.Count()).First();
        var movedTo = day.Max() + TimeSpan.FromSeconds(1);
        var expected = caseDue.Count(d => d <= movedTo);
        hub.Tallies.Cases.Reset();
        var at = Stopwatch.GetTimestamp();
        hub.Clock.MoveTo(movedTo);
        var firing = await Concurrently.FiringsAsync(hub.Tallies.Cases, expected, at, Stall);
        return new CaseTimerFiring(caseDue.Length, submitted, errors, caseDue.Min(), caseDue.Max(), movedTo, storage, firing) { DueDay = day.Key, DueOnThatDay = day.Count() };
    }

    private async Task<bool> SubmitAsync(Uri api, CaseOffer offer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(api, "/api/cases"))
        {
            Content = new ByteArrayContent(SubmissionJson.Write(offer, Random.Shared)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", offer.Window.Key);
        using var response = await http.SendAsync(request);
        return response.StatusCode == HttpStatusCode.Created;
    }

    // Long enough that every timer is armed before the first comes due: the time the same calls just took, and more.
    private static TimeSpan Lead(Throughput like) => TimeSpan.FromSeconds(Math.Max(3, like.Seconds * 2));

    private static long Timestamp(TimeProvider clock, DateTimeOffset instant) =>
        Stopwatch.GetTimestamp() + (long)((instant - clock.GetUtcNow()).TotalSeconds * Stopwatch.Frequency);
}
