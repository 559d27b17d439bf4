using Hub.Kafka;

namespace Hub.Commands;

/// <summary>
/// <c>broker [--brokers N]</c>: runs the embedded Kafka broker (librdkafka's mock cluster) in a process of its own,
/// so that cluster-mode silos on this machine can come and go while their topics, messages and consumer groups stay.
/// </summary>
public static class BrokerCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--brokers"] = "Hub:Kafka:EmbeddedBrokers" });
        builder.Services.AddOptions<KafkaOptions>().BindConfiguration(KafkaOptions.SectionName);
        builder.Services.AddHostedService<BrokerService>();
        await builder.Build().RunAsync();
        return 0;
    }
}
