using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hub.Tests.Cluster;

/// <summary>Silos forming one cluster through the PostgreSQL membership table, and coming and going.</summary>
[Collection(PostgresCollection.Name)]
public sealed class MembershipTests(PostgresFixture fixture)
{
    private const int Active = 3;
    private const int Dead = 6;

    [PostgresFact]
    public async Task TwoSilos_FormOneCluster_AndACaseSubmittedThroughOneCompletes()
    {
        var clusterId = $"form-{Guid.NewGuid():N}";
        await using var a = await ClusterSilo.StartAsync(fixture, clusterId, "--Hub:Simulator:Enabled=true");
        await using var b = await ClusterSilo.StartAsync(fixture, clusterId);

        await Eventually.Until(() => ActiveSilos(a), n => n == 2, within: TimeSpan.FromSeconds(60), what: "both silos active in silo A's view");
        Assert.Equal([Active, Active], await StatusesAsync(clusterId));
        var ops = await b.Window(ClusterSilo.OpsKey).GetFromJsonAsync<JsonObject>("/ops/cluster");
        Assert.Equal(
            new[] { $"127.0.0.1:{a.SiloPort}", $"127.0.0.1:{b.SiloPort}" }.Order(),
            ops!["silos"]!.AsArray().Where(s => s!["status"]!.GetValue<string>() == "Active")
                .Select(s => s!["address"]!.GetValue<string>()).Order());

        var caseId = await SubmitAsync(b);
        var final = await Eventually.Until(
            () => b.Window(fixture.WindowKey).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!,
            c => c!["status"]!.GetValue<string>() == "Delivered",
            what: $"case {caseId} to be approved and delivered");
        Assert.Contains("approved", final!["timeline"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()));
        Assert.NotEmpty(await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT Version FROM OrleansStorage WHERE ServiceId = @service AND GrainIdExtensionString = @id", ("service", clusterId), ("id", caseId)));
    }

    [PostgresFact]
    public async Task SilosComingAndGoing_LeaveDeadRows_AndTheCasesStayServed()
    {
        var clusterId = $"churn-{Guid.NewGuid():N}";
        await using var a = await ClusterSilo.StartAsync(fixture, clusterId);
        string caseId;
        await using (var b = await ClusterSilo.StartAsync(fixture, clusterId))
        {
            await Eventually.Until(() => ActiveSilos(b), n => n == 2, within: TimeSpan.FromSeconds(60), what: "both silos active");
            caseId = await SubmitAsync(b);
            await b.StopAsync();
        }

        Assert.Equal([Active, Dead], await StatusesAsync(clusterId));
        await using var c = await ClusterSilo.StartAsync(fixture, clusterId);
        await Eventually.Until(() => ActiveSilos(c), n => n == 2, within: TimeSpan.FromSeconds(60), what: "the new silo to join the old one");

        Assert.Equal([Active, Active, Dead], await StatusesAsync(clusterId));
        foreach (var silo in new[] { a, c })
        {
            var view = await silo.Window(fixture.WindowKey).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
            Assert.Equal("Forwarded", view!["status"]!.GetValue<string>());
        }
    }

    [PostgresFact]
    public async Task DefunctSiloCleanup_RemovesLongDeadRows_AndKeepsTheLiving()
    {
        var clusterId = $"cleanup-{Guid.NewGuid():N}";
        await using var a = await ClusterSilo.StartAsync(fixture, clusterId);
        var longAgo = DateTimeOffset.UtcNow.AddDays(-10);
        var voter = SiloAddress.New(IPAddress.Parse("10.0.0.9"), 11111, 1);
        await InsertRowAsync(clusterId, "10.0.0.1", Dead, longAgo, suspicions: null);
        await InsertRowAsync(clusterId, "10.0.0.2", Dead, longAgo, suspicions: $"{voter.ToParsableString()},{LogFormatter.PrintDate(longAgo.UtcDateTime)}");
        await InsertRowAsync(clusterId, "10.0.0.3", Dead, DateTimeOffset.UtcNow, suspicions: null);

        await a.Services.GetRequiredService<IMembershipTable>().CleanupDefunctSiloEntriesAsync(DateTimeOffset.UtcNow.AddDays(-7));

        Assert.Equal(["10.0.0.3", "127.0.0.1"], await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT Address FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Address", ("cluster", clusterId)));
    }

    [PostgresFact]
    public async Task CleanupQueryForAWholeCluster_DeletesOnlySilosDeadSinceBeforeTheCutoff()
    {
        var clusterId = $"bulk-{Guid.NewGuid():N}";
        var longAgo = DateTimeOffset.UtcNow.AddDays(-10);
        await PostgresServer.QueryAsync(fixture.ConnectionString,
            "INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@cluster) RETURNING DeploymentId", ("cluster", clusterId));
        await InsertRowAsync(clusterId, "10.0.0.1", Dead, longAgo, suspicions: null);
        await InsertRowAsync(clusterId, "10.0.0.2", Active, longAgo, suspicions: null);
        await InsertRowAsync(clusterId, "10.0.0.3", Dead, DateTimeOffset.UtcNow, suspicions: null);
        var query = (await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'CleanupDefunctSiloEntriesKey'")).Single()!;

        // As Orleans runs it when the per-row query is absent: the cluster and the cut-off, nothing else.
        await PostgresServer.QueryAsync(fixture.ConnectionString, query + " SELECT 1;",
            ("DeploymentId", clusterId), ("IAmAliveTime", DateTimeOffset.UtcNow.AddDays(-7).UtcDateTime));

        Assert.Equal(["10.0.0.2", "10.0.0.3"], await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT Address FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Address", ("cluster", clusterId)));
    }

    private static async Task<int> ActiveSilos(ClusterSilo silo) =>
        (await silo.Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)).Count;

    private async Task<List<int>> StatusesAsync(string clusterId) =>
        (await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Status", ("cluster", clusterId)))
        .Select(s => int.Parse(s!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private async Task<string> SubmitAsync(ClusterSilo silo)
    {
        var response = await silo.Window(fixture.WindowKey).PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { kind = "person", id = Cases.CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            materials = new[] { new { code = "id-card", reference = "scan://id-card" }, new { code = "application-form", reference = "scan://form" } },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }

    private Task InsertRowAsync(string clusterId, string address, int status, DateTimeOffset at, string? suspicions) =>
        PostgresServer.QueryAsync(fixture.ConnectionString, """
            INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime)
            VALUES (@cluster, @address, 11111, 1, 'gone', 'gone', @status, 30000, @suspicions, @at, @at) RETURNING Address
            """,
            ("cluster", clusterId), ("address", address), ("status", status), ("suspicions", (object?)suspicions ?? DBNull.Value), ("at", at.UtcDateTime));
}
