using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Tests.Kafka;

/// <summary>A bare generic host with in-memory configuration, as the silo would build it.</summary>
internal static class KafkaTestHost
{
    public static IHost Build(IDictionary<string, string?> settings, Action<IServiceCollection, IConfiguration> register)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        register(builder.Services, builder.Configuration);
        return builder.Build();
    }

    /// <summary>Settings for the hub on the fixture's broker with fresh topics and no department-event consumer.</summary>
    public static Dictionary<string, string?> Settings(KafkaFixture fixture, string prefix) => new()
    {
        ["Hub:Kafka:BootstrapServers"] = fixture.BootstrapServers,
        ["Hub:Kafka:TopicPrefix"] = prefix,
        ["Hub:Kafka:ConsumerGroup"] = $"hub-{prefix}",
        ["Hub:Kafka:ConsumeDepartmentEvents"] = "false",
    };
}
