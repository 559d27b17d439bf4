namespace Hub.Hosting;

/// <summary>The run modes of DESIGN §5.</summary>
public enum HubMode
{
    /// <summary>One self-contained silo: localhost clustering, in-memory storage and reminders, embedded broker, simulator.</summary>
    Embedded = 0,

    /// <summary>Silos sharing PostgreSQL and an external Kafka cluster.</summary>
    Cluster = 1,
}
