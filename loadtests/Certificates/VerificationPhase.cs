using Hub.Certificates;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Results;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.LoadTests.Certificates;

/// <summary>
/// Issues a batch of certificates straight to the grains through the silo's gateway (as a department line's adapter
/// would), measuring the heap they take; then has the windows verify them over HTTP, closed loop and open loop.
/// </summary>
internal sealed class VerificationPhase(HubTarget target, OpsClient ops, HttpClient http)
{
    /// <summary>Requests in flight in the closed loop: a few per window of a busy service hall.</summary>
    public const int InFlight = 64;

    /// <summary>The open loop's rate, as a share of what the closed loop completed.</summary>
    public const double OpenLoopShare = 0.8;

    private const int IssueBatch = 500;

    public async Task<VerificationFigures> RunAsync(int count, TimeSpan duration, Random random)
    {
        var batch = CertificateBatch.Build(count, random, DateTimeOffset.UtcNow);
        var (issued, issueErrors, before, after) = await IssueAsync(batch);
        if (issued.Count == 0)
        {
            var none = new LatencySummary(0, 0, 0, 0, 0, 0, 0, []);
            return new VerificationFigures(0, issueErrors, before, after, InFlight, new Throughput(0, 0, none), 0, new VerificationRun(0, 0, 0, 0, 0, 0, 0, none));
        }

        var verifier = new CertificateVerifications(http, target.ApiUrls, target.Windows, issued);
        var (closed, closedErrors) = await verifier.ClosedLoopAsync(InFlight, duration);
        var open = await verifier.OpenLoopAsync(Math.Max(1, Math.Floor(closed.PerSecond * OpenLoopShare)), duration);
        return new VerificationFigures(issued.Count, issueErrors, before, after, InFlight, closed, closedErrors, open);
    }

    private async Task<(IReadOnlyList<string> Issued, long Errors, long HeapBefore, long HeapAfter)> IssueAsync(IReadOnlyList<CertificateToIssue> batch)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(target.ConfigureClient);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IClusterClient>();
            var before = await ops.RuntimeAsync(target.ApiUrls, collect: true);
            var issued = new List<string>(batch.Count);
            long errors = 0;
            foreach (var chunk in batch.Chunk(IssueBatch))
            {
                var results = await Task.WhenAll(chunk.Select(async c =>
                {
                    try
                    {
                        await grains.GetGrain<ICertificateGrain>(c.Id).Issue(c.Issue);
                        return c.Id;
                    }
                    catch (Exception ex) when (ex is CertificateRuleException or TimeoutException or OrleansException)
                    {
                        Interlocked.Increment(ref errors);
                        return null;
                    }
                }));
                issued.AddRange(results.OfType<string>());
            }

            var after = await ops.RuntimeAsync(target.ApiUrls, collect: true);
            return (issued, errors, before.ManagedHeapBytes, after.ManagedHeapBytes);
        }
        finally
        {
            await host.StopAsync();
        }
    }
}
