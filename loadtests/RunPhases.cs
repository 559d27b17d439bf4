using System.Diagnostics;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Live;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;

namespace Hub.LoadTests;

/// <summary>The measured phases of a run, each on the same hub, windows, departments and status feed.</summary>
internal sealed class RunPhases(
    BenchmarkSettings settings,
    ProgressView view,
    Sampler sampler,
    OpenLoop loop,
    Counters counters,
    CaseLedger ledger,
    WindowDriver windows,
    DepartmentPlayer departments,
    FollowUps followUps,
    CertificateReuse reuse,
    OpsClient ops,
    IReadOnlyList<Uri> apis,
    Func<long> feedReceived,
    Func<(long Produced, long Fetched)> outsideKafka)
{
    /// <summary>
    /// Steps the arrival rate up until the hub no longer keeps pace (its backlog grows), whatever the latency; each
    /// step starts with the previous one drained. The steady half of each step is the second: by then the cases of
    /// its first have had time to complete, so a hub that keeps pace completes as many as arrive. When even the first
    /// step falls behind, one more step runs at nine tenths of what that step completed in its steady half, so that the
    /// sustained phase runs at a rate the hub can hold rather than at one it already failed.
    /// </summary>
    public async Task<IReadOnlyList<RampStep>> RampAsync()
    {
        var steps = new List<RampStep>();
        var rates = new Queue<double>(settings.RampRates.Select(r => (double)r));
        while (rates.TryDequeue(out var rate))
        {
            view.Phase("ramp", $"{rate:N0} cases/s for {settings.RampStep.TotalSeconds:N0} s");
            sampler.Phase = $"ramp {rate:N0}";
            windows.Submits.Reset();
            var (submitted, lifecycles, shed, errors) = (counters.Submitted, counters.Lifecycles, counters.Shed, counters.Errors);
            var started = Stopwatch.GetTimestamp();
            var running = loop.RunAsync(rate, settings.RampStep);
            await Task.Delay(settings.RampStep / 2);
            var (middle, lifecyclesAtMiddle, inFlightAtMiddle) = (Stopwatch.GetTimestamp(), counters.Lifecycles, InFlight());
            await running;
            var (lifecyclesAtEnd, inFlightAtEnd) = (counters.Lifecycles, InFlight());
            var steady = Stopwatch.GetElapsedTime(middle).TotalSeconds;
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var ended = Stopwatch.GetTimestamp();
            await DrainAsync(TimeSpan.FromSeconds(10));
            var step = new RampStep(
                rate, seconds, (counters.Submitted - submitted) / seconds, (lifecyclesAtEnd - lifecycles) / seconds,
                windows.Submits.Summarize(), counters.Shed - shed, counters.Errors - errors, Stopwatch.GetElapsedTime(ended).TotalSeconds,
                (lifecyclesAtEnd - lifecyclesAtMiddle) / steady, inFlightAtMiddle, inFlightAtEnd, steady);
            steps.Add(step);
            view.Note($"submitted {step.SubmittedPerSecond:N0}/s, p99 {step.Submit.P99Ms:F1} ms; steady half {step.SteadyLifecyclesPerSecond:N0} lifecycles/s, "
                + $"in flight {step.InFlightAtMiddle:N0} → {step.InFlightAtEnd:N0}; drained in {step.DrainSeconds:F1} s: "
                + $"{(step.KeepsUp ? "p99 under 50 ms" : "p99 over 50 ms")}, {(step.KeepsPace ? "keeps pace" : "falls behind")}");
            if (!step.KeepsPace)
            {
                if (steps.Count == 1 && Math.Floor(step.SteadyLifecyclesPerSecond * 0.9) is var lower and >= 1 && lower < rate)
                {
                    rates = new Queue<double>([lower]);
                    continue;
                }

                // Past the capacity: the sustained phase runs at the highest step that kept pace.
                break;
            }
        }

        return steps;
    }

    /// <summary>The highest offered rate of <paramref name="ramp"/> that kept pace (the capacity), or null when none did.</summary>
    public static double? Capacity(IReadOnlyList<RampStep> ramp) =>
        ramp.Where(s => s.KeepsPace).Select(s => (double?)s.OfferedPerSecond).Max();

    // Cases accepted and not yet delivered.
    private long InFlight() => ledger.Accepted - ledger.Delivered;

    /// <summary>
    /// The latency floor: <see cref="FloorRate"/> cases a second for <see cref="FloorSeconds"/> seconds, each alone in
    /// the hub, then drained.
    /// </summary>
    public async Task<LatencyFloor> FloorAsync()
    {
        view.Phase("floor", $"{FloorRate} cases/s for {FloorSeconds} s: the latency of an idle hub");
        sampler.Phase = "floor";
        windows.Submits.Reset();
        ledger.DecisionToStatus.Reset();
        await loop.RunAsync(FloorRate, TimeSpan.FromSeconds(FloorSeconds));
        await DrainAsync(TimeSpan.FromSeconds(30));
        var floor = new LatencyFloor(FloorRate, FloorSeconds, windows.Submits.Summarize(), ledger.DecisionToStatus.Summarize());
        view.Note($"idle: submit p50 {floor.Submit.P50Ms:F1} ms, decision-to-status p50 {floor.DecisionToStatus.P50Ms:F1} ms (p99 {floor.DecisionToStatus.P99Ms:F1} ms)");
        return floor;
    }

    /// <summary>The trickle of the latency floor, cases a second: few enough that no two meet in the hub.</summary>
    public const int FloorRate = 20;

    /// <summary>How long the latency floor's trickle runs, seconds.</summary>
    public const int FloorSeconds = 10;

    /// <summary>Holds one arrival rate (the set one, or the highest the ramp kept submitting at) and measures it all.</summary>
    public async Task<SustainedRun> SustainAsync(IReadOnlyList<RampStep> ramp)
    {
        var rate = settings.SustainRate ?? Capacity(ramp) ?? ramp[0].OfferedPerSecond;
        view.Phase("sustained", $"{rate:N0} cases/s for {settings.Sustain.TotalSeconds:N0} s");
        sampler.Phase = "sustained";
        windows.Submits.Reset();
        windows.Reads.Reset();
        ledger.DecisionToStatus.Reset();
        ledger.Lifecycle.Reset();
        var (submitted, lifecycles) = (counters.Submitted, counters.Lifecycles);
        await using var lag = new ProjectionLag(ops, apis[0], feedReceived);
        await lag.StartAsync();
        var siloBefore = await ops.RuntimeAsync(apis);
        var outsideBefore = outsideKafka();
        var ownBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        await loop.RunAsync(rate, settings.Sustain);
        lag.LoadEnded();
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var completed = counters.Lifecycles - lifecycles;
        var timeline = sampler.PointsOf("sustained");
        var (submits, decisions, lifecycleLatency) = (windows.Submits.Summarize(), ledger.DecisionToStatus.Summarize(), ledger.Lifecycle.Summarize());

        // CPU per lifecycle counts until the phase's cases are all delivered: work queued in the phase is the phase's.
        sampler.Phase = "sustained drain";
        await DrainAsync(settings.Sustain);
        var drained = counters.Lifecycles - lifecycles;
        var siloAfter = await ops.RuntimeAsync(apis);
        var outsideAfter = outsideKafka();
        var own = (Process.GetCurrentProcess().TotalProcessorTime - ownBefore).TotalMilliseconds;
        var projection = await lag.FinishAsync(settings.Sustain);
        var run = new SustainedRun(
            rate, seconds, counters.Submitted - submitted, completed, completed / seconds,
            submits, decisions, lifecycleLatency, windows.Reads.Summarize(),
            drained > 0 ? (siloAfter.CpuMilliseconds - siloBefore.CpuMilliseconds) / drained : 0,
            drained > 0 ? own / drained : 0,
            timeline,
            projection,
            drained > 0 ? PerLifecycle(siloBefore, siloAfter, outsideAfter.Produced - outsideBefore.Produced, outsideAfter.Fetched - outsideBefore.Fetched, drained) : null,
            drained > 0 ? ByThread(siloBefore, siloAfter, drained) : null);
        view.Note($"{run.LifecyclesPerSecond:N0} lifecycles/s; submit p99 {run.Submit.P99Ms:F1} ms; decision-to-status p99 {run.DecisionToStatus.P99Ms:F1} ms; silo CPU {run.SiloCpuMsPerLifecycle:F2} ms a lifecycle");
        view.Note($"statistics: {projection.P50Seconds:F1} s behind the status feed (p99 {projection.P99Seconds:F1} s, at most {projection.MaxCasesBehind:N0} cases), "
            + (projection.CatchUpSeconds is { } catchUp ? $"caught up {catchUp:F1} s after the load stopped" : "not caught up"));
        return run;
    }

    // Silo CPU per lifecycle by kind of thread; what threads that ended meanwhile used is the rest of the total.
    private static IReadOnlyDictionary<string, double>? ByThread(RuntimeReading before, RuntimeReading after, long lifecycles)
    {
        if (after.CpuMillisecondsByThread is not { Count: > 0 } now)
        {
            return null;
        }

        var then = before.CpuMillisecondsByThread ?? new Dictionary<string, double>();
        var kinds = now.ToDictionary(k => k.Key, k => Math.Max(0, k.Value - then.GetValueOrDefault(k.Key)) / lifecycles);
        kinds["threads that ended"] = Math.Max(0, (after.CpuMilliseconds - before.CpuMilliseconds) / lifecycles - kinds.Values.Sum());
        return kinds;
    }

    private static WorkPerLifecycle PerLifecycle(RuntimeReading siloBefore, RuntimeReading siloAfter, long outsideProduced, long outsideFetched, long lifecycles)
    {
        var (before, after) = (siloBefore.Work, siloAfter.Work);
        var (signedBefore, signedAfter) = (siloBefore.Signing ?? new(0, 0, 0), siloAfter.Signing ?? new(0, 0, 0));
        double Each(long count) => (double)count / lifecycles;
        return new WorkPerLifecycle(
            Each(after.HttpRequests - before.HttpRequests),
            Each(after.GrainCalls - before.GrainCalls),
            Each(after.KafkaProduced - before.KafkaProduced),
            Each(after.KafkaConsumed - before.KafkaConsumed),
            Each(after.StateWrites - before.StateWrites),
            Each(outsideProduced),
            Each(outsideFetched),
            Each(signedAfter.Heads - signedBefore.Heads),
            Each(signedAfter.Signatures - signedBefore.Signatures),
            (signedAfter.Milliseconds - signedBefore.Milliseconds) / lifecycles);
    }

    /// <summary>
    /// Memory per active case: with the departments holding every dispatch, submits a batch and compares the silo's
    /// heap (after full collections) before and after; then lets the departments answer them all. The batch reuses no
    /// certificate: a use would grow the certificate's and its holder's state, which is no open case's.
    /// </summary>
    public async Task<MemoryFigures> MemoryAsync(double rate)
    {
        view.Phase("memory", $"{settings.MemoryCases:N0} cases held open by the departments");
        sampler.Phase = "memory";
        departments.Hold();
        reuse.Paused = true;
        var before = await ops.RuntimeAsync(apis, collect: true);
        var (accepted, dispatches) = (ledger.Accepted, departments.Dispatches);
        await loop.RunAsync(rate, TimeSpan.FromSeconds(settings.MemoryCases / rate));
        await WaitAsync(() => windows.Outstanding == 0, TimeSpan.FromSeconds(30));
        var batch = ledger.Accepted - accepted;
        await WaitAsync(() => departments.Dispatches - dispatches >= batch, TimeSpan.FromSeconds(60));
        var after = await ops.RuntimeAsync(apis, collect: true);
        departments.Release();
        reuse.Paused = false;
        var memory = new MemoryFigures(batch, before.ManagedHeapBytes, after.ManagedHeapBytes, after.WorkingSetBytes);
        view.Note($"{memory.ActiveCases:N0} open cases: {memory.BytesPerActiveCase:N0} bytes each on the silo's heap");
        return memory;
    }

    /// <summary>
    /// Waits until every accepted case is delivered and the windows have nothing left to do, or until
    /// <paramref name="within"/> passes; the final drain instead waits as long as cases keep being delivered.
    /// </summary>
    public Task DrainAsync(TimeSpan within) => WaitAsync(Drained, within);

    /// <summary>Waits until everything is delivered, giving up only when nothing was delivered for <paramref name="stall"/>.</summary>
    public async Task DrainFullyAsync(TimeSpan stall)
    {
        var delivered = -1L;
        while (!Drained() && ledger.Delivered != delivered)
        {
            delivered = ledger.Delivered;
            await WaitAsync(() => Drained() || ledger.Delivered != delivered, stall);
        }
    }

    private bool Drained() =>
        windows.Outstanding == 0 && followUps.Pending == 0 && departments.Held == 0 && ledger.Delivered >= ledger.Accepted;

    private static async Task WaitAsync(Func<bool> done, TimeSpan within)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(within.TotalSeconds * Stopwatch.Frequency);
        while (!done() && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(50);
        }
    }
}
