using Hub.Kafka;
using Microsoft.Extensions.Options;

namespace Hub.Commands;

/// <summary>Holds the embedded broker for the life of the <c>broker</c> command and prints where it is.</summary>
internal sealed class BrokerService(IOptions<KafkaOptions> options, ILogger<EmbeddedKafkaBroker> logger) : IHostedService
{
    private EmbeddedKafkaBroker? _broker;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var brokers = options.Value.EmbeddedBrokers;
        if (brokers is < 1 or > 9)
        {
            throw new InvalidOperationException($"--brokers must be between 1 and 9 (was {brokers}).");
        }

        _broker = new EmbeddedKafkaBroker(brokers, logger);
        var o = Console.Out;
        o.WriteLine($"Embedded Kafka broker is serving (librdkafka mock cluster, {_broker.Brokers} broker{(_broker.Brokers == 1 ? "" : "s")}, this machine only).");
        o.WriteLine($"  Bootstrap servers : {_broker.BootstrapServers}");
        o.WriteLine($"  Cluster-mode silos: --Hub:Kafka:BootstrapServers={_broker.BootstrapServers} {Hub.Kafka.MockBroker.SiloArgument}");
        o.WriteLine("Stop it with Ctrl+C; its topics and messages live only as long as this process.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _broker?.Dispose();
        return Task.CompletedTask;
    }
}
