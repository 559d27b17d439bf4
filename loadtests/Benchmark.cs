using System.Diagnostics;
using System.Threading.Channels;
using Hub.LoadTests.BaselineRuns;
using Hub.LoadTests.Certificates;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Live;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Regions;
using Hub.LoadTests.Reporting;
using Hub.LoadTests.Results;
using Hub.Simulator;

namespace Hub.LoadTests;

/// <summary>
/// One benchmark run: start (or reach) the hub, plan what its windows submit, measure the baselines, ramp the arrival
/// rate, hold the sustained rate, measure memory per active case, drain, account for every case, and write the report.
/// </summary>
internal sealed class Benchmark(BenchmarkSettings settings, ProgressView view)
{
    public async Task<int> RunAsync()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(settings.Output);
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 256,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
            UseProxy = false,
        }) { Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(20261201);
        var sample = DivisionSample.Load(Path.Combine(AppContext.BaseDirectory, "data", "divisions"), 3000, random);

        view.Phase("hub", settings.TargetUrl ?? (settings.Cluster ? $"starting a cluster of {settings.Silos} silo(s) on PostgreSQL" : "starting the embedded hub (dotnet Hub.Silo.dll)"));
        await using var target = settings switch
        {
            { TargetUrl: not null } => await RunningHub.OpenAsync(settings, http),
            { Cluster: true } => await ClusterHub.StartAsync(WindowNodes(sample, settings.Windows, random), settings.Output, http, settings.Database!, settings.Silos),
            _ => await EmbeddedHub.StartAsync(WindowNodes(sample, settings.Windows, random), settings.Output, http),
        };
        var ops = new OpsClient(http, target.OpsKey);
        var plan = await CasePlan.BuildAsync(target, sample, http, random, homesPerWindow: 4);
        view.Note($"{target.Description}; Kafka at {target.KafkaBootstrap}");
        view.Note($"{target.Windows.Count} windows, {plan.Offers.Count:N0} offers over {plan.Offers.Select(o => o.MatterCode).Distinct().Count()} matters and {plan.Offers.Select(o => o.Department).Distinct().Count()} department lines");

        var counters = new Counters();
        var actions = Channel.CreateUnbounded<WindowAction>();
        var reuse = new CertificateReuse(plan, settings.IssuePercent, settings.ReusePercent);
        var ledger = new CaseLedger(counters, actions.Writer, reuse);
        var windows = new WindowDriver(http, target.ApiUrls, ledger, counters, reuse);
        using var feed = new StatusFeed(target.KafkaBootstrap, ledger, reuse);
        var certificateTypes = new CertificateTypeChoice(
            CertificateTypesFile.Read(Path.Combine(AppContext.BaseDirectory, "data", "certificate-types.json")), plan.MaterialTypes.Select(l => (l.Matter, l.Type)));
        using var departments = new DepartmentPlayer(
            target.KafkaBootstrap, ledger, new DepartmentBehaviour(CertificatePercent: settings.IssuePercent), new ApprovalCertificates(certificateTypes, TimeProvider.System));
        await using var followUps = new FollowUps(actions.Reader, windows);
        await using var sampler = new Sampler(counters, windows, view,
            () => $"kafka: {departments.Dispatches:N0} dispatches read, {departments.Published:N0} department events, {feed.Read:N0} status changes; certificates: {reuse.Issued:N0} issued, {reuse.Reused:N0} reused");
        feed.Start();
        departments.Start();
        followUps.Start();
        sampler.Start();
        var loop = new OpenLoop(windows, plan, counters, reuse);
        var run = new RunPhases(settings, view, sampler, loop, counters, ledger, windows, departments, followUps, reuse, ops, target.ApiUrls, () => feed.ReceivedRead,
            () => (departments.Published, departments.Dispatches + feed.Read + feed.CertificatesRead));

        view.Phase("warm-up", "200 cases/s for 5 s, then every case completed");
        sampler.Phase = "warm-up";
        await loop.RunAsync(200, TimeSpan.FromSeconds(5));
        await run.DrainAsync(TimeSpan.FromSeconds(30));

        view.Phase("baselines", "empty grain calls, empty activations, raw Kafka" + (target.DatabaseConnection is null ? "" : ", raw PostgreSQL upserts"));
        sampler.Phase = "baselines";
        var (calls, cpuPerCall, bytesPerActivation) = await GrainCallBaseline.RunAsync(target, ops, settings.Baseline, settings.Activations);
        view.Note($"empty grain calls {calls.PerSecond:N0}/s (p99 {calls.Latency?.P99Ms:F2} ms), {cpuPerCall * 1000:F1} µs silo CPU a call, {bytesPerActivation:N0} bytes an activation");
        var (produce, consume, brokerPerProduced, brokerPerFetched) = await KafkaBaseline.RunAsync(
            target.KafkaBootstrap, settings.Baseline, async () => (await ops.RuntimeAsync(target.ApiUrls)).CpuMilliseconds);
        view.Note($"Kafka produce {produce.PerSecond:N0}/s, consume {consume.PerSecond:N0}/s; silo CPU {brokerPerProduced * 1000:F1} µs a message produced, {brokerPerFetched * 1000:F1} µs fetched");
        var upserts = target.DatabaseConnection is { } database ? await PostgresBaseline.RunAsync(database, settings.Baseline) : null;
        if (upserts is not null)
        {
            view.Note($"PostgreSQL upserts {upserts.PerSecond:N0}/s (p99 {upserts.Latency?.P99Ms:F2} ms)");
        }

        var baselines = new Baselines(calls, cpuPerCall, bytesPerActivation, produce, consume, upserts);
        var floor = await run.FloorAsync();
        var ramp = await run.RampAsync();
        var sustained = await run.SustainAsync(ramp);
        var memory = await run.MemoryAsync(Math.Min(sustained.OfferedPerSecond, 2000));

        view.Phase("drain", "until every accepted case is delivered");
        sampler.Phase = "drain";
        await run.DrainFullyAsync(TimeSpan.FromSeconds(30));

        view.Phase("parts", "each part of a lifecycle alone on the idle silo: HTTP request, grain call, state write, Kafka in and out");
        sampler.Phase = "parts";
        var parts = await new PartsPhase(target, ops, http, view).RunAsync(sustained, brokerPerProduced, brokerPerFetched);

        // After the drain, so no case traffic competes with the verifications or changes the heap under the reading.
        view.Phase("verification", $"{settings.Certificates:N0} certificates issued, then verified at the windows: closed loop, then open loop");
        sampler.Phase = "verification";
        var verification = await new VerificationPhase(target, ops, http).RunAsync(settings.Certificates, settings.Baseline, random);
        view.Note($"{verification.Certificates:N0} certificates: {verification.BytesPerActiveCertificate:N0} bytes each on the silo's heap; "
            + $"{verification.ClosedLoop.PerSecond:N0} verifications/s closed loop, {verification.OpenLoop.CompletedPerSecond:N0}/s of {verification.OpenLoop.OfferedPerSecond:N0}/s offered "
            + $"(p50 {verification.OpenLoop.Latency.P50Ms:F2} ms, {(verification.OpenLoop.KeptUp ? "kept up" : "not kept up")})");
        // Also after the drain: the halls' traffic alone on the hub, against the same empty grain calls.
        view.Phase("hall's morning", "bookings, check-ins, calls and services at every window's hall: closed loop, then open loop");
        sampler.Phase = "hall's morning";
        var hallMorning = await new Halls.HallMorningPhase(target, http).RunAsync(plan, settings.Baseline);
        view.Note($"hall's morning at {hallMorning.Halls} halls: {hallMorning.ClosedLoop.PerSecond:N0} visits/s closed loop ({hallMorning.ClosedLoopRequestsPerSecond:N0} requests/s), "
            + $"{hallMorning.OpenLoop.CompletedPerSecond:N0}/s of {hallMorning.OpenLoop.OfferedPerSecond:N0}/s offered ({(hallMorning.OpenLoop.KeptUp ? "kept up" : "not kept up")}); "
            + $"{hallMorning.NumbersIssued:N0} numbers, {hallMorning.CalledTwice} called twice, {hallMorning.NeverCalled} never");
        foreach (var error in hallMorning.ErrorSample)
        {
            view.Note($"hall error: {error}");
        }

        // Last, on a silo of its own whose clock it moves: nothing of the run's own hub is measured or disturbed by it.
        view.Phase("timers", $"{settings.Timers:N0} open cases, HubDue timers and Orleans reminders on a silo of the phase's own, on a movable clock");
        sampler.Phase = "timers";
        var timers = await new Timers.TimersPhase(view, http, plan, target.Windows, target.DatabaseConnection, settings.Output).RunAsync(settings.Timers, settings.Baseline);
        view.Note($"timers: chose {timers.Choice}");
        var accounting = ledger.Account();
        var certificateLoad = reuse.Figures();
        view.Note($"certificates in the case load: {certificateLoad.Issued:N0} issued, {certificateLoad.Reused:N0} submissions reused one "
            + $"({certificateLoad.ReuseRefused:N0} refused, {certificateLoad.NoneReady:N0} drawn before any was ready)");
        foreach (var error in windows.ErrorSample)
        {
            view.Note($"error: {error}");
        }

        // Kafka failures on the benchmark's own side would pass for the hub's: they fail the run too.
        var kafkaFailures = feed.Unreadable + departments.PublishFailures;
        if (kafkaFailures > 0)
        {
            view.Note($"error: {feed.Unreadable} unreadable status changes, {departments.PublishFailures} department answers the broker refused");
        }

        var machine = new MachineInfo(Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, target.ApiUrls.Count, target.KafkaBootstrap);
        var result = new BenchmarkResult(
            settings.TargetUrl is not null ? "running hub" : settings.Cluster ? "cluster" : "embedded", settings.Profile, startedAt, clock.Elapsed.TotalSeconds, machine,
            baselines, ramp, sustained, memory, verification, certificateLoad, accounting,
            [.. Figures.Ratios(baselines, ramp, sustained, memory, verification, certificateLoad, feed.Read + departments.Dispatches + departments.Published, counters.Lifecycles, parts),
                .. Timers.TimerRatios.Of(timers, baselines), .. Halls.HallRatios.Of(hallMorning, baselines)],
            Figures.Targets(baselines, ramp, sustained, memory, floor, parts, target.DatabaseConnection is not null),
            timers,
            floor,
            parts,
            hallMorning);
        var files = await ReportWriter.WriteAsync(result, settings.Output, CancellationToken.None);
        Summary.Print(view, result, files);
        return accounting.Ok && kafkaFailures == 0 && hallMorning.Ok ? 0 : 1;
    }

    // A quarter counties, a third towns, the rest villages: the three levels of 一网通办 windows.
    private static IReadOnlyList<Division> WindowNodes(DivisionSample sample, int count, Random random)
    {
        var counties = count / 4;
        var towns = count / 3;
        return [.. Pick(sample.Counties, counties, random), .. Pick(sample.Towns, towns, random), .. Pick(sample.Villages, count - counties - towns, random)];
    }

    private static IEnumerable<Division> Pick(IReadOnlyList<Division> from, int count, Random random) =>
        from.OrderBy(_ => random.Next()).Take(count);
}
