using Hub.Cases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hub.Tests.Support;

/// <summary>
/// An in-process Orleans cluster of one silo with the hub's grains, in-memory storage and the real Kafka
/// publisher against an embedded broker (the department-event consumer is off: tests play the department).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The topic prefix of this fixture's broker, so its topics are its own.</summary>
    public string TopicPrefix { get; } = $"t{Guid.NewGuid():N}.";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Kafka:TopicPrefix"] = TopicPrefix,
                ["Hub:Kafka:ConsumeDepartmentEvents"] = "false",
            });
            host.Services.AddSingleton(TimeProvider.System);
            host.Services.AddHubKafka(host.Configuration);
        });
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage("cases")
            .AddMemoryGrainStorage("nodes")
            .UseInMemoryReminderService());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A service of the (first) silo.</summary>
    public T SiloService<T>() where T : notnull =>
        Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<T>();

    public ICaseGrain Case(CaseSubmission submission) => Client.GetGrain<ICaseGrain>(submission.CaseId.Value);

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
