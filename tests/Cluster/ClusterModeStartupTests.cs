using Hub.Hosting;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Hub.Tests.Cluster;

/// <summary>Cluster mode refuses to start on a missing or bad setting, saying which key to set.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterModeStartupTests(PostgresFixture fixture)
{
    private const string Kafka = "--Hub:Kafka:BootstrapServers=127.0.0.1:9092";
    private const string Database = "--Hub:Database:ConnectionString=Host=db;Database=hub";
    private const string Holders = "--Hub:Holders:Secret=0123456789abcdef0123456789abcdef";
    private static readonly string Signing = $"--Hub:Signing:KeyFile={SigningKeys.SharedFile}";

    [Fact]
    public void ClusterMode_WithoutAConnectionString_FailsNamingTheKey()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HubHost.Build(["--Hub:Mode=Cluster", Kafka]));

        Assert.Contains("Hub:Database:ConnectionString is not set", error.Message);
        Assert.Contains("db init", error.Message);
    }

    [Theory]
    [InlineData("Host=db;Password=s3cret;Colour=blue", "Colour")]
    [InlineData("Port=5432;Password=s3cret", "names no Host")]
    public void ClusterMode_WithABadConnectionString_FailsNamingTheKeyButNotThePassword(string connectionString, string reason)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            HubHost.Build(["--Hub:Mode=Cluster", Kafka, $"--Hub:Database:ConnectionString={connectionString}"]));

        Assert.Contains("Hub:Database:ConnectionString", error.Message);
        Assert.Contains(reason, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("s3cret", error.Message);
    }

    [Fact]
    public async Task ClusterMode_WithoutKafka_FailsAtStartNamingTheKey()
    {
        var error = await StartFailure("--Hub:Mode=Cluster", Database);

        Assert.Contains("Hub:Kafka:BootstrapServers is not set", error.Message);
        Assert.Contains("broker", error.Message);
    }

    [Fact]
    public async Task ClusterMode_WithADemoWindowInItsConfiguration_FailsAtStartNamingHubWindows()
    {
        var error = await StartFailure("--Hub:Mode=Cluster", Kafka, Database, Holders, Signing,
            "--Hub:Windows:0:Id=langao-chengguan-village-01", "--Hub:Windows:0:Node=610925100201", "--Hub:Windows:0:Key=demo-langao-village");

        Assert.Contains("Hub:Windows holds 1 window entry (langao-chengguan-village-01)", error.Message);
        Assert.Contains("windows add --node", error.Message);
    }

    [Fact]
    public async Task ClusterMode_WithoutAHolderSecret_FailsAtStartNamingHubHoldersSecret()
    {
        var error = await StartFailure("--Hub:Mode=Cluster", Kafka, Database, Signing);

        Assert.Contains("Hub:Holders:Secret must be set in cluster mode", error.Message);
        Assert.Contains("openssl rand", error.Message);
    }

    [Fact]
    public async Task ClusterMode_WithoutASigningKey_FailsAtStartNamingHubSigningKeyFile()
    {
        var error = await StartFailure("--Hub:Mode=Cluster", Kafka, Database, Holders);

        Assert.Contains("Hub:Signing:KeyFile must be set in cluster mode", error.Message);
        Assert.Contains("openssl genpkey", error.Message);
    }

    [Fact]
    public async Task ClusterMode_WithAPublicKeyToSignWith_FailsAtStartNamingTheFile()
    {
        var publicOnly = SigningKeys.PublicFile(SigningKeys.SharedFile);

        var error = await StartFailure("--Hub:Mode=Cluster", Kafka, Database, Holders, $"--Hub:Signing:KeyFile={publicOnly}");

        Assert.Contains($"{publicOnly}: holds a public key only", error.Message);
    }

    [Theory]
    [InlineData("demo-ops", "demo key")]
    [InlineData("short-but-not-a-demo-key", "only 24 characters")]
    public async Task ClusterMode_WithAWeakOpsKey_FailsAtStartNamingHubOpsKey(string key, string reason)
    {
        var error = await StartFailure("--Hub:Mode=Cluster", Kafka, Database, Holders, Signing, $"--Hub:Ops:Key={key}");

        Assert.Contains("Hub:Ops:Key", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains("long random", error.Message);
    }

    [Fact]
    public async Task EmbeddedMode_GetsTheDemoCredentials_ButClusterModeNone()
    {
        await using var embedded = HubHost.Build(["--Hub:SiloPort=1", "--Hub:GatewayPort=2"]);
        await using var cluster = HubHost.Build(["--Hub:Mode=Cluster", Kafka, Database]);

        Assert.Equal("demo-ops", embedded.Services.GetRequiredService<IOptions<Hub.Ops.OpsOptions>>().Value.Key);
        Assert.Equal(Hub.Hosting.EmbeddedDefaults.Windows.Count, embedded.Services.GetRequiredService<IOptions<Hub.Windows.WindowsOptions>>().Value.Entries.Count);
        Assert.Equal(8, Hub.Hosting.EmbeddedDefaults.Windows.Count);
        Assert.Null(cluster.Services.GetRequiredService<IOptions<Hub.Ops.OpsOptions>>().Value.Key);
        Assert.Empty(cluster.Services.GetRequiredService<IOptions<Hub.Windows.WindowsOptions>>().Value.Entries);
    }

    [Fact]
    public async Task ClusterMode_MembershipSettings_SetHowOrleansProbesTheOtherSilos()
    {
        await using var tuned = HubHost.Build(["--Hub:Mode=Cluster", Kafka, "--Hub:Database:ConnectionString=Host=db;Database=hub",
            "--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2"]);
        await using var untouched = HubHost.Build(["--Hub:Mode=Cluster", Kafka, "--Hub:Database:ConnectionString=Host=db;Database=hub"]);

        var probes = tuned.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        var defaults = untouched.Services.GetRequiredService<IOptions<ClusterMembershipOptions>>().Value;
        Assert.Equal((TimeSpan.FromSeconds(2), 2), (probes.ProbeTimeout, probes.NumMissedProbesLimit));
        Assert.Equal((TimeSpan.FromSeconds(5), 3), (defaults.ProbeTimeout, defaults.NumMissedProbesLimit));
    }

    [Fact]
    public void ClusterMode_WithBadMembershipSettings_FailsNamingTheKeys()
    {
        var error = Assert.Throws<OptionsValidationException>(() => HubHost.Build(["--Hub:Mode=Cluster", Kafka,
            "--Hub:Database:ConnectionString=Host=db;Database=hub", "--Hub:Membership:ProbeTimeout=00:00:00", "--Hub:Membership:MissedProbesLimit=0"]));

        Assert.Contains("Hub:Membership:ProbeTimeout must be a positive time span", error.Message);
        Assert.Contains("Hub:Membership:MissedProbesLimit must be at least 1", error.Message);
    }

    [Fact]
    public async Task ClusterMode_OnAnUnreachableDatabase_FailsAtStartNamingTheKey()
    {
        var database = $"Host=127.0.0.1;Port={FreePort.Next()};Database=hub;Username=hub;Timeout=3";

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ClusterSilo.StartAsync(database, "127.0.0.1:9092", "unreachable"));

        Assert.Contains("Cannot reach the database 'hub' on 127.0.0.1", error.Message);
        Assert.Contains("Hub:Database:ConnectionString", error.Message);
    }

    [PostgresFact]
    public async Task ClusterMode_OnADatabaseWithNoConnectionSlotLeft_FailsAtStartNamingTheLimitAndThePoolSetting()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        var role = $"hub_full_{Guid.NewGuid():N}";
        try
        {
            await Hub.Database.DatabaseInstaller.InstallAsync(database);

            // A role at its connection limit is refused as a full server is: too_many_connections (53300).
            await PostgresServer.QueryAsync(database, $"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0; SELECT 1");
            var full = new Npgsql.NpgsqlConnectionStringBuilder(database) { Username = role }.ConnectionString;

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                ClusterSilo.StartAsync(full, fixture.BootstrapServers, $"full-{Guid.NewGuid():N}"));

            Assert.Contains("no connection slots left", error.Message);
            Assert.Contains("Hub:Database:MaxPoolSize", error.Message);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
            await PostgresServer.QueryAsync(PostgresServer.ConnectionString!, $"DROP ROLE IF EXISTS {role}; SELECT 1");
        }
    }

    [PostgresFact]
    public async Task ClusterMode_OnADatabaseWithoutTheHubTables_FailsAtStartAskingForDbInit()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                ClusterSilo.StartAsync(database, fixture.BootstrapServers, $"empty-{Guid.NewGuid():N}"));

            Assert.Contains("has no hub tables yet", error.Message);
            Assert.Contains("db init --connection", error.Message);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    [PostgresFact]
    public async Task ClusterMode_OnADatabaseInstalledBeforeTheWindowTable_FailsAtStartAskingForDbInit()
    {
        var database = await PostgresServer.CreateDatabaseAsync();
        try
        {
            await Hub.Database.DatabaseInstaller.InstallAsync(database);
            await PostgresServer.QueryAsync(database, "DROP TABLE HubWindows; SELECT 1");

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                ClusterSilo.StartAsync(database, fixture.BootstrapServers, $"old-{Guid.NewGuid():N}"));

            Assert.Contains("lacks the tables hubwindows", error.Message);
            Assert.Contains("db init --connection", error.Message);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>Starts a hub that must not start, and returns why: options are checked before anything else starts.</summary>
    private static async Task<OptionsValidationException> StartFailure(params string[] args)
    {
        await using var app = HubHost.Build(args);
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());
    }
}
