using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Calendars;
using Hub.Database;
using Hub.Tests.Calendars;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>Cluster mode: a notice an operator loads at one silo reaches every silo through the database.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CalendarClusterTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task NoticeReloadedAtOneSilo_IsPickedUpByAnother_AndByASiloStartedLater()
    {
        // A database of its own: the notice this test loads must not reach the other tests' silos.
        var database = await PostgresServer.CreateDatabaseAsync();
        var folderA = CalendarFiles.ShippedFolderWith();
        var folderB = CalendarFiles.ShippedFolderWith();
        try
        {
            await DatabaseInstaller.InstallAsync(database);
            var key = await PostgresFixture.AddWindowAsync(database, "610925100201", "日历测试窗口");
            var clusterId = $"calendar-{Guid.NewGuid():N}";
            string[] often = ["--Hub:Calendar:RefreshInterval=00:00:01"];
            await using var a = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId, [$"--Hub:Calendar:Folder={folderA}", .. often]);
            await using var b = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId, [$"--Hub:Calendar:Folder={folderB}", .. often]);
            Assert.False(await NoticeLoaded(b, key, 2027));

            CalendarFiles.Write(folderA, new CalendarFile("cn-2027.json", CalendarFiles.Test2027));
            var reload = await a.Window(ClusterSilo.OpsKey).PostAsync("/ops/calendar/reload", null);

            Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
            Assert.True((await reload.Content.ReadFromJsonAsync<JsonObject>())!["sharedThroughDatabase"]!.GetValue<bool>());
            await Eventually.Until(() => NoticeLoaded(b, key, 2027), loaded => loaded, TimeSpan.FromSeconds(30), "silo B to pick up the 2027 notice");
            var add = await b.Window(key).GetFromJsonAsync<JsonObject>("/api/calendar/add?from=2027-09-30&workingDays=2");
            Assert.Equal(("2027-10-09", false), (add!["date"]!.GetValue<string>(), add["provisional"]!.GetValue<bool>()));

            // A silo started afterwards, its folder still without 2027, takes the database's notices at start-up.
            await using var c = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, clusterId, $"--Hub:Calendar:Folder={folderB}");
            Assert.True(await NoticeLoaded(c, key, 2027));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
            Directory.Delete(folderA, recursive: true);
            Directory.Delete(folderB, recursive: true);
        }
    }

    private static async Task<bool> NoticeLoaded(ClusterSilo silo, string key, int year) =>
        (await silo.Window(key).GetFromJsonAsync<JsonObject>($"/api/calendar/{year}"))!["noticeLoaded"]!.GetValue<bool>();
}
