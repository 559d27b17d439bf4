using Hub.Hosting;
using Hub.Tests.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Tests.Support;

/// <summary>
/// The hub's Kafka adapter with its department-event consumer, as the silo runs it but in a host of its own so that a
/// test can stop and replace it: on the fixture's broker, with the topics of <c>prefix</c> and the group
/// <see cref="Group"/>, reaching the fixture cluster's grains.
/// </summary>
internal static class HubConsumerHost
{
    public static string Group(string prefix) => $"hub-{prefix}";

    /// <summary>A host to start; <paramref name="settings"/> are keys under <c>Hub:Kafka</c>.</summary>
    public static IHost Build(ClusterFixture fixture, string prefix, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Hub:Kafka:BootstrapServers"] = fixture.BootstrapServers,
            ["Hub:Kafka:TopicPrefix"] = prefix,
            ["Hub:Kafka:ConsumerGroup"] = Group(prefix),
            ["Hub:Kafka:Consumer:session.timeout.ms"] = "6000",
        };
        foreach (var (key, value) in settings)
        {
            all[$"Hub:Kafka:{key}"] = value;
        }

        return KafkaTestHost.Build(all, (services, configuration) =>
        {
            services.AddSingleton<IGrainFactory>(fixture.Client);
            services.AddHubKafka(configuration);
        });
    }
}
