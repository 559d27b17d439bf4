using Hub.Database;
using Hub.Kafka;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>
/// One database with the hub's tables and one embedded Kafka broker for the cluster tests; each test runs its silos
/// under its own cluster id (which is also the service id), so their membership, state, reminders and topics are its own.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private string? _database;
    private EmbeddedKafkaBroker? _broker;
    private Task<(ClusterSilo, ClusterSilo)>? _pair;
    private string? _windowKey;

    /// <summary>The installed database's connection string.</summary>
    public string ConnectionString => _database ?? throw new InvalidOperationException(
        $"{PostgresServer.Variable} is not set: the cluster tests need the PostgreSQL server `bash test.sh` starts.");

    /// <summary>
    /// The key of the window provisioned on the database with `windows add`, as an operator does: the village window of
    /// 城关村, Lan'gao county (610925100201).
    /// </summary>
    public string WindowKey => _windowKey ?? throw new InvalidOperationException($"{PostgresServer.Variable} is not set: no window was provisioned.");

    /// <summary>The broker the silos share, standing in for the external Kafka cluster.</summary>
    public string BootstrapServers => (_broker ??= new EmbeddedKafkaBroker()).BootstrapServers;

    /// <summary>Two silos of one cluster, started on first use and shared by the tests that only read and write through them.</summary>
    public Task<(ClusterSilo A, ClusterSilo B)> PairAsync() => _pair ??= StartPairAsync();

    private async Task<(ClusterSilo, ClusterSilo)> StartPairAsync()
    {
        var clusterId = $"pair-{Guid.NewGuid():N}";
        var a = await ClusterSilo.StartAsync(this, clusterId);
        return (a, await ClusterSilo.StartAsync(this, clusterId));
    }

    public async Task InitializeAsync()
    {
        // Without a server the tests themselves report it (skipped locally, failed under CI).
        if (PostgresServer.ConnectionString is not null)
        {
            _database = await PostgresServer.CreateDatabaseAsync();
            await DatabaseInstaller.InstallAsync(_database);
            _windowKey = await AddWindowAsync(_database, "610925100201", "岚皋县城关镇城关村便民服务站");
        }
    }

    /// <summary>Runs `windows add` on <paramref name="database"/> in a process of its own and returns the key it printed.</summary>
    public static async Task<string> AddWindowAsync(string database, string node, string name, string? id = null)
    {
        await using var add = HubProcess.Start(
            ["windows", "add", "--node", node, "--name", name, .. id is null ? Array.Empty<string>() : ["--id", id], "--connection", database]);
        var key = await add.WaitForAsync(@"^\s+Key: (\S+)$");
        Assert.Equal(0, await add.WaitForExitAsync());
        return key;
    }

    public async Task DisposeAsync()
    {
        if (_pair is { IsCompletedSuccessfully: true })
        {
            var (a, b) = _pair.Result;
            await b.DisposeAsync();
            await a.DisposeAsync();
        }

        _broker?.Dispose();
        if (_database is not null)
        {
            await PostgresServer.DropDatabaseAsync(_database);
        }
    }
}

/// <summary>
/// The cluster tests run one after another and apart from every other collection: each starts silos (a node registry,
/// an Orleans runtime, HTTP), which would crowd two cores and skew the memory the registry tests measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
