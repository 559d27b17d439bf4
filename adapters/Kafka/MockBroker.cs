namespace Hub.Kafka;

/// <summary>What a client of the embedded broker (librdkafka's mock cluster, in this process or the <c>broker</c> command's) needs to know.</summary>
public static class MockBroker
{
    /// <summary>
    /// The longest a consumer lets the mock broker hold an empty fetch, in milliseconds. The mock cluster does not
    /// answer a waiting fetch when a message arrives (a real broker does): it always waits out <c>fetch.wait.max.ms</c>,
    /// so this bounds the time a message sits on the broker before its reader sees it.
    /// </summary>
    public const int FetchWaitMs = 10;

    /// <summary>The setting a cluster-mode silo on the <c>broker</c> command's mock cluster takes, as a command-line argument.</summary>
    public static string SiloArgument => $"--Hub:Kafka:Consumer:fetch.wait.max.ms={FetchWaitMs}";
}
