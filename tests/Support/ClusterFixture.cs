using Hub.Cases;
using Hub.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace Hub.Tests.Support;

/// <summary>
/// An in-process Orleans cluster of one silo registered as the embedded hub's silo is (<see cref="SiloHosting.AddHubServices"/>,
/// <see cref="SiloHosting.AddHubGrains"/>): the hub's grains, this silo's memory storage, in-memory reminders, and the real
/// Kafka publisher and department-event consumer against the silo's embedded broker. The simulator is off: tests
/// play the department, by calling the grain or by publishing to its topic, and can make a case's calls fail
/// (<see cref="FailingCaseCalls"/>), or a certificate's issue (<see cref="FailingCertificateIssues"/>).
/// </summary>
public class ClusterFixture : IAsyncLifetime
{
    /// <summary>The topic prefix of this fixture's broker, so its topics are its own.</summary>
    public string TopicPrefix { get; } = $"t{Guid.NewGuid():N}.";

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>Settings over the fixture's own, for a variant of the silo.</summary>
    protected virtual IReadOnlyDictionary<string, string?> MoreSettings { get; } = new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSiloHost((_, host) =>
        {
            host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Hub:Kafka:TopicPrefix"] = TopicPrefix,
                ["Hub:Kafka:ConsumeDepartmentEvents"] = "true",
                ["Hub:Simulator:Enabled"] = "false",
            });
            host.Configuration.AddInMemoryCollection(MoreSettings);
            host.AddHubServices();
            ConfigureServices(host.Services);
        });
        builder.ConfigureSilo((_, silo) => silo.AddHubGrains().AddIncomingGrainCallFilter<FailingCaseCalls>()
            .AddIncomingGrainCallFilter<FailingCertificateIssues>());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>A service of the (first) silo.</summary>
    public T SiloService<T>() where T : notnull =>
        Cluster.GetSiloServiceProvider(Cluster.Silos[0].SiloAddress).GetRequiredService<T>();

    /// <summary>The Kafka bootstrap address the silo uses (by default its embedded broker's).</summary>
    public string BootstrapServers => SiloService<Hub.Kafka.KafkaEndpoint>().BootstrapServers;

    public ICaseGrain Case(CaseSubmission submission) => Client.GetGrain<ICaseGrain>(submission.CaseId.Value);

    public virtual async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Services over the silo's own, for a variant.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
