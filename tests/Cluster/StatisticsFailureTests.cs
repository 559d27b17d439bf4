using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Statistics;
using Hub.Tests.Support;
using Xunit.Abstractions;

namespace Hub.Tests.Cluster;

/// <summary>
/// The statistics of a cluster of silo processes on PostgreSQL and one broker, one of them killed without warning
/// while cases flow: what they count must equal a recount from the cases, and a rebuild from the feed must give it again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StatisticsFailureTests(PostgresFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] QuickDetection = ["--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2"];

    [PostgresFact]
    public async Task SiloKilledUnderLoad_StatisticsEqualARecountFromTheCases_AndARebuildGivesTheSame()
    {
        var clusterId = $"stats-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(SiloProcesses.BootstrapLine);
        await using var a = Start(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        await using var b = Start(clusterId, bootstrap);
        await using var c = Start(clusterId, bootstrap);
        string[] urls = [await a.WaitForAsync(SiloProcesses.ApiLine), await b.WaitForAsync(SiloProcesses.ApiLine), await c.WaitForAsync(SiloProcesses.ApiLine)];

        var cases = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SiloProcesses.SubmitAsync(urls[i % 3], fixture.WindowKey));
        }

        await c.KillAsync();
        for (var i = 0; i < 30; i++)
        {
            cases.Add(await SiloProcesses.SubmitAsync(urls[i % 2], fixture.WindowKey));
        }

        await StatusFeed.DeliveredOnceAsync(bootstrap, $"{clusterId}.", cases);
        var window = SiloProcesses.Client(urls[0], fixture.WindowKey);
        foreach (var (id, i) in cases.Select((id, i) => (id, i)).Where(x => x.i % 3 == 0))
        {
            Assert.Equal(HttpStatusCode.OK, (await window.PostAsJsonAsync($"/api/cases/{id}/rating", new { level = 1 + (i % 5) })).StatusCode);
        }

        var views = (await Task.WhenAll(cases.Select(async id => (JsonNode)(await window.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!))).ToList();
        var recount = StatisticsRecount.Of(views);
        var ops = SiloProcesses.Client(urls[1], ClusterSilo.OpsKey);
        var live = await Eventually.Until(() => NationAsync(ops), n => n.Counts == recount, within: TimeSpan.FromMinutes(2), what: "the statistics to equal the recount from the cases");

        var rebuild = await ops.PostAsync("/ops/statistics/rebuild", null);
        Assert.Equal(HttpStatusCode.Accepted, rebuild.StatusCode);
        var rebuilt = await Eventually.Until(
            () => NationAsync(ops), n => n.Generation == live.Generation + 1 && n.Counts == recount,
            within: TimeSpan.FromMinutes(2), what: "the rebuilt statistics to equal the recount");

        output.WriteLine($"{cases.Count} cases (30 after the kill), {recount.Decided} decided, {views.Count(v => v["rating"] is not null)} rated: generation {live.Generation} and rebuilt {rebuilt.Generation} equal the recount");
        Assert.Equal(60, recount.Received);
    }

    private HubProcess Start(string clusterId, string bootstrap, params string[] extra) =>
        SiloProcesses.Start(fixture, clusterId, bootstrap, FreePort.Next(), [.. QuickDetection, .. extra]);

    private static async Task<(int Generation, Hub.Statistics.StatisticsCounts Counts)> NationAsync(HttpClient ops)
    {
        var body = (await ops.GetFromJsonAsync<JsonObject>($"/ops/statistics?{StatisticsRecount.Ahead}"))!;
        return (body["generation"]!.GetValue<int>(), StatisticsRecount.FromFigures(body["rows"]!.AsArray().Single()!["figures"]!));
    }
}
