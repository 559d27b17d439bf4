using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Support;
using Xunit.Abstractions;

namespace Hub.Tests.Cluster;

/// <summary>
/// Silo processes of one cluster on PostgreSQL and one broker, while cases flow: one killed without warning, one
/// added under load. The department simulator runs on a silo that stays.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloFailureTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private const string BootstrapLine = SiloProcesses.BootstrapLine;
    private const string ApiLine = SiloProcesses.ApiLine;

    // Found dead after two missed probes of two seconds, instead of Orleans' three of five.
    private static readonly string[] QuickDetection = ["--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2"];

    [PostgresFact]
    public async Task SiloKilledWhileCasesFlow_EveryCaseCompletesOnce_AndTheOthersTakeOverItsPartitions()
    {
        var clusterId = $"kill-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);
        await using var a = StartSilo(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        await using var b = StartSilo(clusterId, bootstrap);
        await using var c = StartSilo(clusterId, bootstrap);
        string[] urls = [await a.WaitForAsync(ApiLine), await b.WaitForAsync(ApiLine), await c.WaitForAsync(ApiLine)];
        var allPartitions = await Eventually.Until(
            async () => (await Task.WhenAll(urls.Select(PartitionsAsync))).ToArray(),
            held => held.All(p => p.Count > 0),
            what: "every silo's consumer to hold department-event partitions");
        var partitions = allPartitions.SelectMany(p => p).ToHashSet();

        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(urls[i % 3]));
        }

        await c.KillAsync();
        var killed = Stopwatch.StartNew();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(urls[i % 2]));
        }

        // Read off the status feed, never through the window API: a read would wake a case whose outbox nothing else does.
        var finals = await StatusFeed.DeliveredOnceAsync(bootstrap, $"{clusterId}.", cases);
        var recovered = killed.Elapsed;
        Assert.Equal(cases.Order(), finals.Keys.Order());
        foreach (var final in finals.Values)
        {
            Assert.Equal(1, final.Count(x => x == Hub.Kafka.Contracts.CaseStatus.Accepted));
            Assert.Equal(1, final.Count(x => x == Hub.Kafka.Contracts.CaseStatus.Approved));
        }

        var taken = await Eventually.Until(
            async () => (await PartitionsAsync(urls[0])).Concat(await PartitionsAsync(urls[1])).ToHashSet(),
            held => held.SetEquals(partitions),
            what: "the remaining silos to hold every department-event partition");
        var status = await Eventually.Until(
            () => PostgresServer.QueryAsync(fixture.ConnectionString,
                "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Status", ("cluster", clusterId)),
            rows => rows.SequenceEqual(["3", "3", "6"]),
            what: "the killed silo's row to be marked Dead");
        output.WriteLine($"60 cases (30 before the kill, 30 after) all delivered once on the status feed, {recovered.TotalSeconds:F1} s after the kill (with the feed's quiet wait); {taken.Count} partitions held by the two left");
        Assert.Equal(partitions.Count, taken.Count);
        Assert.Equal(["3", "3", "6"], status);
    }

    [PostgresFact]
    public async Task SiloAddedUnderLoad_Joins_AndTakesAShareOfGrainsAndPartitions()
    {
        var clusterId = $"grow-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);
        await using var a = StartSilo(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        var first = await a.WaitForAsync(ApiLine);
        using var load = new CancellationTokenSource();
        var submitted = new List<string>();
        var submitting = Task.Run(async () =>
        {
            while (!load.IsCancellationRequested)
            {
                submitted.Add(await SubmitAsync(first));
                await Task.Delay(50);
            }
        });

        var addedPort = FreePort.Next();
        await using var added = StartSilo(clusterId, bootstrap, addedPort);
        var second = await added.WaitForAsync(ApiLine);
        HashSet<string> partitions;
        try
        {
            partitions = await Eventually.Until(() => PartitionsAsync(second), held => held.Count > 0, what: "the added silo to take partitions");
        }
        catch (TimeoutException)
        {
            output.WriteLine("first silo:\n" + string.Join('\n', a.Output.Split('\n').Where(l => l.Contains("artition", StringComparison.Ordinal) || l.Contains("ebalanc", StringComparison.Ordinal))));
            output.WriteLine("added silo:\n" + string.Join('\n', added.Output.Split('\n').Where(l => l.Contains("artition", StringComparison.Ordinal) || l.Contains("ebalanc", StringComparison.Ordinal))));
            throw;
        }

        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SubmitAsync(second));
        }

        var activations = await Eventually.Until(
            () => SiloProcesses.ActivationsAsync(second, addedPort, "CaseGrain"),
            count => count > 0,
            what: "case grains activated on the added silo");
        await load.CancelAsync();
        await submitting;
        await StatusFeed.DeliveredOnceAsync(bootstrap, $"{clusterId}.", [.. cases.Concat(submitted)]);

        output.WriteLine($"added silo holds {partitions.Count} partitions and {activations} case activations; {submitted.Count + cases.Count} cases delivered");
        Assert.InRange(partitions.Count, 1, (await PartitionsAsync(first)).Count + partitions.Count - 1);
    }

    private HubProcess StartSilo(string clusterId, string bootstrap, params string[] extra) => StartSilo(clusterId, bootstrap, FreePort.Next(), extra);

    private HubProcess StartSilo(string clusterId, string bootstrap, int siloPort, params string[] extra) =>
        SiloProcesses.Start(fixture, clusterId, bootstrap, siloPort, [.. QuickDetection, .. extra]);

    private static async Task<HashSet<string>> PartitionsAsync(string url)
    {
        var kafka = await SiloProcesses.Client(url, ClusterSilo.OpsKey).GetFromJsonAsync<JsonObject>("/ops/kafka");
        return [.. kafka!["partitions"]!.AsArray().Select(p => $"{p!["topic"]}/{p["partition"]}")];
    }

    private Task<string> SubmitAsync(string url) => SiloProcesses.SubmitAsync(url, fixture.WindowKey);
}
