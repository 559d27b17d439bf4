using System.Diagnostics;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Measure;
using Hub.LoadTests.Results;
using Hub.Ops;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.LoadTests.BaselineRuns;

/// <summary>
/// The Orleans ceiling: empty grain calls (<see cref="IProbeGrain.Ping"/>) through the same silo's gateway from an
/// Orleans client, as many in flight as a busy front end keeps; and the memory one empty activation costs.
/// </summary>
internal static class GrainCallBaseline
{
    private const int InFlight = 256;
    private const int Keys = 1000;

    public static async Task<(Throughput Calls, double CpuMsPerCall, double BytesPerActivation)> RunAsync(
        HubTarget target, OpsClient ops, TimeSpan duration, int activations)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(target.ConfigureClient);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IClusterClient>();
            await Task.WhenAll(Enumerable.Range(0, Keys).Select(k => grains.GetGrain<IProbeGrain>(k).Ping()));

            var apis = target.ApiUrls;
            var before = await ops.RuntimeAsync(apis);
            var latency = new LatencyTrack();
            long calls = 0;
            var started = Stopwatch.GetTimestamp();
            var end = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(Enumerable.Range(0, InFlight).Select(async worker =>
            {
                var key = worker;
                while (Stopwatch.GetTimestamp() < end)
                {
                    var at = Stopwatch.GetTimestamp();
                    await grains.GetGrain<IProbeGrain>(key).Ping();
                    latency.Record(Stopwatch.GetElapsedTime(at));
                    Interlocked.Increment(ref calls);
                    key = (key + InFlight) % Keys;
                }
            }));
            var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var after = await ops.RuntimeAsync(apis);
            var throughput = new Throughput(calls, seconds, latency.Summarize());
            var cpuPerCall = calls > 0 ? (after.CpuMilliseconds - before.CpuMilliseconds) / calls : 0;
            return (throughput, cpuPerCall, await ActivationBytesAsync(grains, ops, apis, activations));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task<double> ActivationBytesAsync(IClusterClient grains, OpsClient ops, IReadOnlyList<Uri> apis, int count)
    {
        var before = await ops.RuntimeAsync(apis, collect: true);
        const long First = 1_000_000_000;
        for (var batch = 0; batch < count; batch += 1000)
        {
            await Task.WhenAll(Enumerable.Range(batch, Math.Min(1000, count - batch)).Select(i => grains.GetGrain<IProbeGrain>(First + i).Ping()));
        }

        var after = await ops.RuntimeAsync(apis, collect: true);
        return (double)(after.ManagedHeapBytes - before.ManagedHeapBytes) / count;
    }
}
