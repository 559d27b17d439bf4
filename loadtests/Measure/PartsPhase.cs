using System.Diagnostics;
using System.Net.Http.Headers;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Live;
using Hub.LoadTests.Results;
using Hub.Ops;

namespace Hub.LoadTests.Measure;

/// <summary>
/// The cost of the parts, on a silo with nothing else to do: an authenticated HTTP request to the hub's cheapest
/// window endpoint, an empty grain call, a state write in the configured storage, a Kafka message the hub produces and
/// one it consumes (inside the silo, <c>POST /ops/parts/{part}</c>), and the broker's side of the outside clients'
/// messages (from the Kafka baseline) — each priced in silo CPU, less what the idle silo spends in the same time,
/// and multiplied by how many of it a sustained lifecycle used.
/// </summary>
internal sealed class PartsPhase(HubTarget target, OpsClient ops, HttpClient http, ProgressView view)
{
    private const int HttpRequests = 20_000;
    private const int HttpInFlight = 64;
    private const int GrainCalls = 50_000;
    private const int KafkaMessages = 20_000;
    private static readonly TimeSpan IdleReading = TimeSpan.FromSeconds(3);

    public async Task<PartsFigures?> RunAsync(SustainedRun sustained, double brokerMsPerProduced, double brokerMsPerFetched)
    {
        if (sustained.Work is not { } work)
        {
            return null;
        }

        var api = target.ApiUrls[0];
        var idle = await IdleAsync(api);
        var request = await HttpAsync(api);
        var call = (await ops.PartAsync(api, "grain-call", GrainCalls))[0];
        var write = (await ops.PartAsync(api, "state-write", target.DatabaseConnection is null ? 20_000 : 5_000))[0];
        var kafka = await ops.PartAsync(api, "kafka", KafkaMessages);
        double Each(PartRun run) => run.Count > 0 ? Math.Max(0, run.CpuMilliseconds - idle * run.Seconds) * 1000 / run.Count : 0;

        var storage = target.DatabaseConnection is null ? "in the silo's memory" : "in PostgreSQL";
        var figures = new PartsFigures(
        [
            new("HTTP request", $"GET /api/windows/me with a window's key, {HttpInFlight} at once from the benchmark", Each(request), work.HttpRequests),
            new("Grain call", "an empty call to a grain of the silo, made inside it, 256 at once", Each(call), work.GrainCalls),
            new("State write", $"a grain writing a 1 KB state {storage}, 64 grains at once", Each(write), work.StateWrites),
            new("Kafka message produced by the hub", "the hub's producer (acks=all, idempotent), 1,000 in flight, broker side included when embedded", Each(kafka[0]), work.KafkaProduced),
            new("Kafka message consumed by the hub", "a consumer of the hub's settings reading them back, broker side included when embedded", Each(kafka[1]), work.KafkaConsumed),
            new("Broker side of a message an outside client produced", "the Kafka baseline's producer (the departments' answers)", brokerMsPerProduced * 1000, work.OutsideProduced),
            new("Broker side of a message an outside client fetched", "the Kafka baseline's consumer (the departments' dispatches, the status feed)", brokerMsPerFetched * 1000, work.OutsideFetched),
            new(PartsFigures.SigningPart, $"the signer's own time in the sustained run, a Merkle tree and one ECDSA P-256 signature over {(work.Signatures > 0 ? work.SealedHeads / work.Signatures : 0):F1} chain heads", work.Signatures > 0 ? work.SigningMs * 1000 / work.Signatures : 0, work.Signatures),
        ],
            sustained.SiloCpuMsPerLifecycle,
            idle,
            sustained.SiloCpuMsPerLifecycleByThread);
        view.Note($"parts: {figures.PartsMsPerLifecycle:F2} ms of silo CPU a lifecycle, against {figures.SiloCpuMsPerLifecycle:F2} ms measured: {figures.Ratio:F2}×");
        view.Note($"signing: {work.SealedHeads:F1} heads and {work.Signatures:F2} signatures a lifecycle, {work.SigningMs * 1000:F0} µs: {(figures.SiloCpuMsPerLifecycle > 0 ? work.SigningMs / figures.SiloCpuMsPerLifecycle : 0):P1} of the silo CPU a lifecycle measured in the same run");
        return figures;
    }

    // What the silo spends doing nothing, milliseconds of CPU a second: its sweeps, timers and idle polls.
    private async Task<double> IdleAsync(Uri api)
    {
        var before = await ops.RuntimeAsync(api);
        var started = Stopwatch.GetTimestamp();
        await Task.Delay(IdleReading);
        var after = await ops.RuntimeAsync(api);
        return (after.CpuMilliseconds - before.CpuMilliseconds) / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    private async Task<PartRun> HttpAsync(Uri api)
    {
        var window = target.Windows[0];
        var uri = new Uri(api, "/api/windows/me");
        var before = await ops.RuntimeAsync(api);
        var started = Stopwatch.GetTimestamp();
        var next = -1L;
        long ok = 0;
        await Task.WhenAll(Enumerable.Range(0, HttpInFlight).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) < HttpRequests)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, uri);
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", window.Key);
                using var response = await http.SendAsync(message);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref ok);
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var after = await ops.RuntimeAsync(api);
        if (ok < HttpRequests)
        {
            throw new InvalidOperationException($"{HttpRequests - ok} of {HttpRequests} requests to {uri} failed: the HTTP part cannot be priced.");
        }

        return new PartRun("http-request", ok, seconds, after.CpuMilliseconds - before.CpuMilliseconds);
    }
}
