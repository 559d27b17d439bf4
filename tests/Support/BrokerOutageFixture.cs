namespace Hub.Tests.Support;

/// <summary>
/// The <see cref="ClusterFixture"/> silo on a broker the tests can take down (<see cref="MockKafkaCluster"/>), with
/// short producer timeouts and a quick outbox sweep so that an outage plays out in seconds. No department-event consumer.
/// </summary>
public sealed class BrokerOutageFixture : ClusterFixture
{
    /// <summary>How long the producer keeps a message before it reports the publish failed.</summary>
    public static readonly TimeSpan MessageTimeout = TimeSpan.FromSeconds(1);

    internal MockKafkaCluster Broker { get; } = new();

    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Hub:Kafka:BootstrapServers"] = Broker.BootstrapServers,
        ["Hub:Kafka:ConsumeDepartmentEvents"] = "false",
        ["Hub:Kafka:Producer:message.timeout.ms"] = ((int)MessageTimeout.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Hub:Kafka:Producer:reconnect.backoff.max.ms"] = "500",
        ["Hub:Outbox:SweepInterval"] = "00:00:00.500",
        ["Hub:Outbox:SweepAfter"] = "00:00:01",
        ["Hub:Outbox:TakeOverAfter"] = "00:00:02",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Broker.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrokerOutageCollection : ICollectionFixture<BrokerOutageFixture>
{
    public const string Name = "broker-outage";
}
