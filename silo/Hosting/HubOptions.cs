namespace Hub.Hosting;

/// <summary>How the silo runs, bound from <c>Hub</c>.</summary>
public sealed class HubOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub";

    /// <summary>
    /// <c>Embedded</c> (default): one silo, in-memory storage and reminders, embedded Kafka broker and department simulator.
    /// <c>Cluster</c>: silos sharing PostgreSQL (membership, grain state, reminders) and an external Kafka cluster.
    /// </summary>
    public HubMode Mode { get; set; } = HubMode.Embedded;

    /// <summary>The silo-to-silo port (default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The client gateway port (default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The Orleans cluster id, also its service id, which names the stored state and reminders (default <c>hub</c>).</summary>
    public string ClusterId { get; set; } = "hub";

    /// <summary>
    /// Cluster mode: the address other silos reach this one at. Default null: the first address of this host's name.
    /// </summary>
    public string? AdvertisedIP { get; set; }

    /// <summary>Cluster mode: the shared PostgreSQL database.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Cluster mode: how soon a silo that died without notice is declared dead.</summary>
    public MembershipOptions Membership { get; set; } = new();
}
