using Confluent.Kafka;
using Microsoft.Extensions.Configuration;

namespace Hub.Kafka.Internal;

/// <summary>
/// Binds a configuration section straight into a Confluent client config: keys that name a property
/// (<c>LingerMs</c>) bind as properties, keys with a dot (<c>linger.ms</c>) pass through to librdkafka as they are.
/// </summary>
internal static class ClientConfigBinder
{
    public static void Bind(IConfigurationSection section, ClientConfig config)
    {
        section.Bind(config);
        foreach (var child in section.GetChildren())
        {
            if (child.Key.Contains('.', StringComparison.Ordinal) && child.Value is not null)
            {
                config.Set(child.Key, child.Value);
            }
        }
    }
}
