using System.Net;
using Npgsql;

namespace Hub.Hosting;

/// <summary>The settings cluster mode cannot run without, checked when the host is built.</summary>
public sealed record ClusterSettings(string ConnectionString, IPAddress? AdvertisedIP)
{
    private const string ConnectionExample = "Host=db.example;Port=5432;Database=hub;Username=hub;Password=…";

    /// <summary>Reads and checks the settings; a bad or missing one fails with every problem, each naming its key and the fix.</summary>
    public static ClusterSettings Read(HubOptions options, IConfiguration configuration)
    {
        var errors = new List<string>();
        var connectionString = CheckConnectionString(options.Database.ConnectionString, errors);
        if (string.IsNullOrWhiteSpace(configuration["Hub:Kafka:BootstrapServers"]))
        {
            errors.Add("Hub:Kafka:BootstrapServers is not set: cluster silos share one external Kafka cluster. Set it to the "
                + "cluster's host:port list, or to the address printed by `dotnet run --project silo -- broker`.");
        }

        IPAddress? advertised = null;
        if (options.AdvertisedIP is { } ip && !IPAddress.TryParse(ip, out advertised))
        {
            errors.Add($"Hub:AdvertisedIP must be an IP address other silos can reach this one at (was '{ip}'); leave it unset to use the host name's address.");
        }

        if (options.Membership.ProbeTimeout is { } probe && probe <= TimeSpan.Zero)
        {
            errors.Add($"{MembershipOptions.ProbeTimeoutKey} must be a positive time span like 00:00:05 (was {probe}); leave it unset for Orleans' default of 5 seconds.");
        }

        if (options.Membership.MissedProbesLimit is < 1 and var missed)
        {
            errors.Add($"{MembershipOptions.MissedProbesLimitKey} must be at least 1 (was {missed}); leave it unset for Orleans' default of 3.");
        }

        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                "Hub:Mode is Cluster, but its settings are incomplete:" + string.Concat(errors.Select(e => Environment.NewLine + "  - " + e)));
        }

        return new ClusterSettings(connectionString!, advertised);
    }

    private static string? CheckConnectionString(string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{DatabaseOptions.ConnectionStringKey} is not set. Set it (for example as the environment variable "
                + $"Hub__Database__ConnectionString) to the Npgsql connection string of the hub's PostgreSQL database, like "
                + $"\"{ConnectionExample}\", and install the tables once with `dotnet run --project silo -- db init --connection \"…\"`.");
            return null;
        }

        try
        {
            var parsed = new NpgsqlConnectionStringBuilder(value);
            if (string.IsNullOrWhiteSpace(parsed.Host))
            {
                errors.Add($"{DatabaseOptions.ConnectionStringKey} names no Host; set it like \"{ConnectionExample}\".");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // The message names the offending keyword, never the password.
            errors.Add($"{DatabaseOptions.ConnectionStringKey} is not a valid Npgsql connection string ({ex.Message}); set it like \"{ConnectionExample}\".");
        }

        return value;
    }
}
