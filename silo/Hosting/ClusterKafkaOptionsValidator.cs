using Hub.Kafka;
using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>Cluster mode: the silos share one external Kafka cluster, so <c>Hub:Kafka:BootstrapServers</c> must name it.</summary>
public sealed class ClusterKafkaOptionsValidator(IOptions<HubOptions> hub) : IValidateOptions<KafkaOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaOptions options) =>
        hub.Value.Mode == HubMode.Cluster && string.IsNullOrWhiteSpace(options.BootstrapServers)
            ? ValidateOptionsResult.Fail(
                "Hub:Mode is Cluster, but Hub:Kafka:BootstrapServers is not set: cluster silos share one external Kafka cluster. "
                + "Set it to the cluster's host:port list, or to the address printed by `dotnet run --project silo -- broker`.")
            : ValidateOptionsResult.Success;
}
