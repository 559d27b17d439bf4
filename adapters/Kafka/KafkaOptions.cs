using Confluent.Kafka;

namespace Hub.Kafka;

/// <summary>How the hub reaches Kafka; bound from the configuration section <c>Hub:Kafka</c>.</summary>
public sealed class KafkaOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Kafka";

    /// <summary>
    /// Comma-separated <c>host:port</c> list of an external Kafka cluster. Default <c>null</c>: start an embedded
    /// broker (librdkafka's mock cluster) in this process and use it.
    /// </summary>
    public string? BootstrapServers { get; set; }

    /// <summary>Number of brokers of the embedded cluster, used only when <see cref="BootstrapServers"/> is null. Default 1.</summary>
    public int EmbeddedBrokers { get; set; } = 1;

    /// <summary>Consumer group of the hub's department-event consumer. Default <c>hub</c>.</summary>
    public string ConsumerGroup { get; set; } = "hub";

    /// <summary>Prefixed to every topic name, so that tests can use fresh topics. Default empty.</summary>
    public string TopicPrefix { get; set; } = string.Empty;

    /// <summary>Whether this host consumes <c>dept.&lt;dept&gt;.events</c> and applies them to cases. Default true.</summary>
    public bool ConsumeDepartmentEvents { get; set; } = true;

    /// <summary>
    /// Whether this host projects <c>hub.case-events</c> and <c>hub.supervision</c> into the statistics, in the consumer
    /// group <c>{ConsumerGroup}.statistics.{generation}</c>. Default true.
    /// </summary>
    public bool ProjectStatistics { get; set; } = true;

    /// <summary>
    /// How many department messages of one partition the consumer holds at once: read, and not yet applied with every
    /// message before them. At this count it pauses the partition, and resumes it once half of them are done.
    /// Default 100.
    /// </summary>
    public int MaxInFlightPerPartition { get; set; } = 100;

    /// <summary>
    /// How many department messages the consumer holds at once over all its partitions; this also bounds how many
    /// case grains it calls in parallel. At this count it pauses every partition, and resumes them once half are done.
    /// Default 1000.
    /// </summary>
    public int MaxInFlight { get; set; } = 1000;

    /// <summary>
    /// How long the consumer, when it stops or a rebalance takes partitions away, waits for the messages it holds of
    /// them to be applied. It then commits what was applied and gives up the rest, which is not committed and so is
    /// read again by the partitions' next owner (cases ignore repeats). Default 10 seconds.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Client settings passed to every producer, bound from <c>Hub:Kafka:Producer</c> by property name
    /// (<c>LingerMs</c>) or librdkafka name (<c>linger.ms</c>). Default empty. The hub always sets
    /// <c>bootstrap.servers</c>, <c>enable.idempotence=true</c> and <c>acks=all</c>, and <c>linger.ms=5</c> unless given.
    /// </summary>
    public ProducerConfig Producer { get; set; } = new();

    /// <summary>
    /// Client settings passed to every consumer, bound from <c>Hub:Kafka:Consumer</c> like <see cref="Producer"/>.
    /// Default empty. The hub always sets <c>bootstrap.servers</c>, <c>group.id</c>, <c>enable.auto.offset.store=false</c>,
    /// <c>enable.auto.commit=true</c>, and unless given <c>auto.offset.reset=earliest</c>, <c>session.timeout.ms=10000</c> and
    /// <c>partition.assignment.strategy=roundrobin</c> (eager: the embedded broker cannot finish a cooperative rebalance;
    /// against a real Kafka cluster <c>cooperative-sticky</c> moves fewer partitions when silos come and go).
    /// </summary>
    public ConsumerConfig Consumer { get; set; } = new();
}
