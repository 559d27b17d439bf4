using System.Text.RegularExpressions;
using Confluent.Kafka;
using Microsoft.Extensions.Options;

namespace Hub.Kafka.Internal;

/// <summary>Fails start-up on a bad <c>Hub:Kafka</c> setting, naming the key and the fix.</summary>
internal sealed partial class KafkaOptionsValidator : IValidateOptions<KafkaOptions>
{
    private const string Section = KafkaOptions.SectionName;

    /// <summary>The longest topic name the hub builds from the prefix: <c>dept.medical-insurance.events</c>.</summary>
    private static readonly int LongestTopic = HubTopics.Departments.Max(d => HubTopics.DepartmentEvents(d).Length);

    public ValidateOptionsResult Validate(string? name, KafkaOptions options)
    {
        var errors = new List<string>();
        if (options.BootstrapServers is not null && !BootstrapList().IsMatch(options.BootstrapServers))
        {
            errors.Add($"{Section}:BootstrapServers must be a comma-separated list of host:port (was '{options.BootstrapServers}'); leave it unset to use the embedded broker.");
        }

        if (options.BootstrapServers is null && options.EmbeddedBrokers is < 1 or > 9)
        {
            errors.Add($"{Section}:EmbeddedBrokers must be between 1 and 9 (was {options.EmbeddedBrokers}).");
        }

        if (string.IsNullOrWhiteSpace(options.ConsumerGroup))
        {
            errors.Add($"{Section}:ConsumerGroup must not be empty; the default is 'hub'.");
        }

        if (!TopicChars().IsMatch(options.TopicPrefix) || options.TopicPrefix.Length + LongestTopic > 249)
        {
            errors.Add($"{Section}:TopicPrefix may hold only letters, digits, '.', '_' and '-' and at most {249 - LongestTopic} characters (was '{options.TopicPrefix}').");
        }

        if (options.MaxInFlightPerPartition < 1)
        {
            errors.Add($"{Section}:MaxInFlightPerPartition must be at least 1 (was {options.MaxInFlightPerPartition}); the default is 100.");
        }

        if (options.MaxInFlight < Math.Max(1, options.MaxInFlightPerPartition))
        {
            errors.Add($"{Section}:MaxInFlight must be at least 1 and at least MaxInFlightPerPartition ({options.MaxInFlightPerPartition}) (was {options.MaxInFlight}); the default is 1000.");
        }

        if (options.DrainTimeout < TimeSpan.Zero || options.DrainTimeout > TimeSpan.FromMinutes(5))
        {
            errors.Add($"{Section}:DrainTimeout must be between 00:00:00 and 00:05:00, below the consumer's max.poll.interval.ms (was {options.DrainTimeout}); the default is 00:00:10.");
        }

        Check(errors, "Producer", () => new ProducerBuilder<Null, Null>(options.Producer).SetLogHandler(Ignore).Build().Dispose());
        Check(errors, "Consumer", () =>
        {
            var config = new ConsumerConfig(options.Consumer.ToDictionary(p => p.Key, p => p.Value)) { GroupId = "validation" };
            new ConsumerBuilder<Null, Null>(config).SetLogHandler(Ignore).Build().Dispose();
        });
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // librdkafka checks the pass-through settings only when a client is built: build one now, without brokers.
    private static void Check(List<string> errors, string key, Action build)
    {
        try
        {
            build();
        }
        catch (Exception ex) when (ex is ArgumentException or KafkaException or InvalidOperationException)
        {
            errors.Add($"{Section}:{key} holds a setting librdkafka refuses: {ex.Message}");
        }
    }

    private static void Ignore<TClient>(TClient client, LogMessage message)
    {
    }

    [GeneratedRegex(@"^\s*(\[[0-9A-Fa-f:.]+\]|[^\s,:\[\]]+):\d{1,5}\s*(,\s*(\[[0-9A-Fa-f:.]+\]|[^\s,:\[\]]+):\d{1,5}\s*)*$")]
    private static partial Regex BootstrapList();

    [GeneratedRegex(@"^[A-Za-z0-9._-]*$")]
    private static partial Regex TopicChars();
}
