namespace Hub.Hosting;

/// <summary>How the silo runs, bound from <c>Hub</c>.</summary>
public sealed class HubOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub";

    /// <summary><c>Embedded</c> (default): one silo, in-memory storage, embedded Kafka broker and department simulator.</summary>
    public HubMode Mode { get; set; } = HubMode.Embedded;

    /// <summary>The silo-to-silo port (default 11111).</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>The client gateway port (default 30000).</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The Orleans cluster id (default <c>hub</c>).</summary>
    public string ClusterId { get; set; } = "hub";
}
