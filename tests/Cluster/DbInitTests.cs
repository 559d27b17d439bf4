using Hub.Cases;
using Hub.Commands;
using Hub.Database;
using Hub.Tests.Support;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Cluster;

/// <summary>`dotnet run --project silo -- db init`: installs the project's scripts, and may run again.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DbInitTests(PostgresFixture fixture)
{
    [PostgresFact]
    public async Task DbInit_RunTwice_KeepsTheDataAndLeavesTheDatabaseWorking()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var (first, firstOutput, _) = await DbInit("--connection", database);
            Assert.Equal(0, first);
            Assert.Contains($"{Hub.Database.DatabaseScripts.QueryKeys.Count} Orleans queries", firstOutput);
            await PostgresServer.QueryAsync(database,
                "INSERT INTO OrleansMembershipVersionTable (DeploymentId, Version) VALUES ('kept', 7) RETURNING DeploymentId");

            var (second, secondOutput, error) = await DbInit("--connection", database);

            Assert.Equal((0, ""), (second, error));
            Assert.Contains("ready for cluster mode", secondOutput);
            Assert.Equal(["7"], await PostgresServer.QueryAsync(database, "SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = 'kept'"));
            Assert.Equal(
                DatabaseScripts.QueryKeys.Order(StringComparer.Ordinal),
                await PostgresServer.QueryAsync(database, "SELECT QueryKey FROM OrleansQuery ORDER BY QueryKey COLLATE \"C\""));

            // Working: a silo on the twice-installed database joins, stores a case and reads it back.
            await using var silo = await ClusterSilo.StartAsync(database, fixture.BootstrapServers, $"init-{Guid.NewGuid():N}");
            var submission = Submission();
            var stored = await silo.Grains.GetGrain<ICaseGrain>(submission.CaseId.Value).Submit(submission);
            Assert.Equal(CaseStatus.Forwarded, stored.Status);
            Assert.Equal(["1"], await PostgresServer.QueryAsync(database,
                "SELECT Version FROM OrleansStorage WHERE GrainIdExtensionString = @id", ("id", submission.CaseId.Value)));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task DbInit_RunByTwoOperatorsAtOnce_BothSucceed()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var results = await Task.WhenAll(DbInit("--connection", database), DbInit("--connection", database));

            Assert.All(results, r => Assert.Equal((0, ""), (r.Code, r.Error)));
            Assert.Equal([$"{Hub.Database.DatabaseScripts.QueryKeys.Count}"], await PostgresServer.QueryAsync(database, "SELECT count(*) FROM OrleansQuery"));
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task DbInit_WithoutADatabase_SaysHowToNameOne()
    {
        var (code, output, error) = await DbInit();

        Assert.Equal((2, ""), (code, output));
        Assert.Contains("--connection", error);
        Assert.Contains("Hub__Database__ConnectionString", error);
    }

    [Fact]
    public async Task DbInit_OnAnUnreachableServer_FailsWithTheReason()
    {
        var (code, _, error) = await DbInit("--connection", $"Host=127.0.0.1;Port={FreePort.Next()};Username=hub;Timeout=3");

        Assert.Equal(1, code);
        Assert.StartsWith("db init failed:", error);
    }

    private static async Task<(int Code, string Output, string Error)> DbInit(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await DbInitCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
