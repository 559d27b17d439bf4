using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Database;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>Cluster mode: a catalogue change recorded at one silo is in force at the other, and at a silo started later.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CatalogueClusterTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task AMatterChangedThenMergedAtOneSilo_IsSoAtTheOther_WhileTheCasesSubmittedThereKeepTheirVersion()
    {
        // A database of its own: the changes this test records must not reach the other tests' silos.
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await DatabaseInstaller.InstallAsync(database);
            var key = await PostgresFixture.AddWindowAsync(database, "610925000000", "事项目录测试窗口");
            var clusterId = $"catalogue-{Guid.NewGuid():N}";
            await using var a = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId);
            await using var b = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId);
            var open = await WindowSubmissions.SubmittedAsync(b.Window(key), "PS-005");

            var changed = await a.Window(ClusterSilo.OpsKey).PostAsJsonAsync("/ops/catalogue/changes", new
            {
                reason = "签注时限调整（测试）",
                changes = new object[] { new { op = "change", code = "PS-005", matter = new { committedDays = 5 } } },
            });
            Assert.Equal(HttpStatusCode.Created, changed.StatusCode);
            await Eventually.Until(() => InForce(b, key, "PS-005"), version => version == 2, TimeSpan.FromSeconds(30), "silo B to put version 2 of PS-005 in force");
            var changedThere = await WindowSubmissions.SubmittedAsync(b.Window(key), "PS-005");
            Assert.Equal(2, changedThere["matter"]!["version"]!.GetValue<int>());

            var merged = await a.Window(ClusterSilo.OpsKey).PostAsJsonAsync("/ops/catalogue/changes", new
            {
                reason = "签注并入（测试）",
                changes = new object[] { new { op = "merge", code = "PS-005", into = "PS-004" } },
            });
            Assert.Equal(HttpStatusCode.Created, merged.StatusCode);
            await Eventually.Until(() => InForce(b, key, "PS-005"), version => version is null, TimeSpan.FromSeconds(30), "silo B to retire PS-005");
            var refused = await WindowSubmissions.SubmitAsync(b.Window(key), "PS-005");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("submit under PS-004 (户籍类证明开具) instead", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The case submitted at B before the change keeps version 1, whichever silo is asked.
            Assert.Equal(1, (await a.Window(key).GetFromJsonAsync<JsonObject>($"/api/cases/{open["caseId"]}"))!["matter"]!["version"]!.GetValue<int>());

            // A silo started afterwards takes the recorded changes from the database before long.
            await using var c = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId);
            await Eventually.Until(() => History(c, key, "PS-005"), h => h["retiredBy"] is not null, TimeSpan.FromSeconds(30), "silo C to know of the merge");
            Assert.Equal(["file", "change", "merge"], (await History(c, key, "PS-005"))["versions"]!.AsArray().Select(v => v!["kind"]!.GetValue<string>()));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    private static async Task<JsonObject> History(ClusterSilo silo, string key, string code) =>
        (await silo.Window(key).GetFromJsonAsync<JsonObject>($"/api/matters/{code}/history"))!;

    private static async Task<int?> InForce(ClusterSilo silo, string key, string code) =>
        (await History(silo, key, code))["inForce"]?.GetValue<int>();
}
