using System.Runtime.InteropServices;

namespace Hub.Tests.Support;

/// <summary>
/// A librdkafka mock cluster of one broker, made through librdkafka's C API (rdkafka_mock.h) so that a test can take
/// the broker down and bring it back, which the hub's <c>EmbeddedKafkaBroker</c> does not offer. While down, the
/// broker drops its connections and refuses new ones; its port, topics and offsets stay, so clients carry on once
/// it is up. (A loopback proxy could not do this: the broker advertises its own address in metadata.)
/// </summary>
internal sealed class MockKafkaCluster : IDisposable
{
    private const string Librdkafka = "librdkafka";
    private const int BrokerId = 1;
    private readonly IntPtr client;
    private readonly IntPtr cluster;

    // librdkafka.redist ships variants (librdkafka.so needs libsasl2, centos8-librdkafka.so does not); take the first
    // that loads on this machine, as Confluent.Kafka does.
    static MockKafkaCluster() => NativeLibrary.SetDllImportResolver(typeof(MockKafkaCluster).Assembly, (name, assembly, path) =>
    {
        if (name != Librdkafka || !OperatingSystem.IsLinux())
        {
            return IntPtr.Zero;
        }

        var native = Path.Combine(AppContext.BaseDirectory, "runtimes", $"linux-{RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant()}", "native");
        foreach (var variant in new[] { "librdkafka.so", "centos8-librdkafka.so", "alpine-librdkafka.so" })
        {
            if (NativeLibrary.TryLoad(Path.Combine(native, variant), out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    });

    public MockKafkaCluster()
    {
        var conf = rd_kafka_conf_new();
        var error = new byte[512];
        _ = rd_kafka_conf_set(conf, "log_level\0"u8.ToArray(), "3\0"u8.ToArray(), error, (nuint)error.Length);
        client = rd_kafka_new(0 /* RD_KAFKA_PRODUCER */, conf, error, (nuint)error.Length);
        if (client == IntPtr.Zero)
        {
            throw new InvalidOperationException($"rd_kafka_new failed: {System.Text.Encoding.UTF8.GetString(error).TrimEnd('\0')}");
        }

        cluster = rd_kafka_mock_cluster_new(client, 1);
        if (cluster == IntPtr.Zero)
        {
            rd_kafka_destroy(client);
            throw new InvalidOperationException("rd_kafka_mock_cluster_new failed.");
        }

        BootstrapServers = Marshal.PtrToStringUTF8(rd_kafka_mock_cluster_bootstraps(cluster))!;
    }

    public string BootstrapServers { get; }

    /// <summary>Drops every connection to the broker and refuses new ones.</summary>
    public void TakeDown() => Check(rd_kafka_mock_broker_set_down(cluster, BrokerId), "set_down");

    /// <summary>Accepts connections again.</summary>
    public void BringUp() => Check(rd_kafka_mock_broker_set_up(cluster, BrokerId), "set_up");

    public void Dispose()
    {
        rd_kafka_mock_cluster_destroy(cluster);
        rd_kafka_destroy(client);
    }

    private static void Check(int error, string call)
    {
        if (error != 0)
        {
            throw new InvalidOperationException($"rd_kafka_mock_broker_{call} returned error {error}.");
        }
    }

    [DllImport(Librdkafka)]
    private static extern IntPtr rd_kafka_conf_new();

    [DllImport(Librdkafka)]
    private static extern int rd_kafka_conf_set(IntPtr conf, byte[] name, byte[] value, byte[] error, nuint errorSize);

    [DllImport(Librdkafka)]
    private static extern IntPtr rd_kafka_new(int type, IntPtr conf, byte[] error, nuint errorSize);

    [DllImport(Librdkafka)]
    private static extern void rd_kafka_destroy(IntPtr rk);

    [DllImport(Librdkafka)]
    private static extern IntPtr rd_kafka_mock_cluster_new(IntPtr rk, int brokers);

    [DllImport(Librdkafka)]
    private static extern IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr cluster);

    [DllImport(Librdkafka)]
    private static extern void rd_kafka_mock_cluster_destroy(IntPtr cluster);

    [DllImport(Librdkafka)]
    private static extern int rd_kafka_mock_broker_set_down(IntPtr cluster, int brokerId);

    [DllImport(Librdkafka)]
    private static extern int rd_kafka_mock_broker_set_up(IntPtr cluster, int brokerId);
}
