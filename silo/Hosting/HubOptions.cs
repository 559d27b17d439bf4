using Microsoft.Extensions.Options;

namespace Hub.Hosting;

/// <summary>How the silo runs, bound from <c>Hub</c> and checked by <see cref="HubOptionsValidator"/>.</summary>
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

    /// <summary>
    /// The options as the host will bind them, checked now: the mode and the database choose which providers the silo
    /// is composed of, so they are needed before the host is built. A bad setting throws, naming its key.
    /// </summary>
    public static HubOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<HubOptions>() ?? new HubOptions();
        var result = new HubOptionsValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(HubOptions), result.Failures) : options;
    }
}
