using System.Net;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Hub.Hosting;

/// <summary>Fails start-up on a bad <c>Hub</c> setting, naming the key and the fix; cluster mode needs more of them.</summary>
public sealed class HubOptionsValidator : IValidateOptions<HubOptions>
{
    private const string ConnectionExample = "Host=db.example;Port=5432;Database=hub;Username=hub;Password=…";

    public ValidateOptionsResult Validate(string? name, HubOptions options)
    {
        var errors = new List<string>();
        Port(errors, "Hub:SiloPort", options.SiloPort, 11111);
        Port(errors, "Hub:GatewayPort", options.GatewayPort, 30000);
        if (string.IsNullOrWhiteSpace(options.ClusterId))
        {
            errors.Add("Hub:ClusterId must not be empty; the default is 'hub'.");
        }

        if (options.Mode == HubMode.Cluster)
        {
            var cluster = new List<string>();
            CheckConnectionString(options.Database.ConnectionString, cluster);
            if (options.Database.MaxPoolSize is < 1 or > 1000)
            {
                cluster.Add($"{DatabaseOptions.MaxPoolSizeKey} must be between 1 and 1000 connections (was {options.Database.MaxPoolSize}); the default is {DatabaseOptions.DefaultMaxPoolSize}.");
            }
            if (options.AdvertisedIP is { } ip && !IPAddress.TryParse(ip, out _))
            {
                cluster.Add($"Hub:AdvertisedIP must be an IP address other silos can reach this one at (was '{ip}'); leave it unset to use the host name's address.");
            }

            if (options.Membership.ProbeTimeout is { } probe && probe <= TimeSpan.Zero)
            {
                cluster.Add($"{MembershipOptions.ProbeTimeoutKey} must be a positive time span like 00:00:05 (was {probe}); leave it unset for Orleans' default of 5 seconds.");
            }

            if (options.Membership.MissedProbesLimit is < 1 and var missed)
            {
                cluster.Add($"{MembershipOptions.MissedProbesLimitKey} must be at least 1 (was {missed}); leave it unset for Orleans' default of 3.");
            }

            errors.AddRange(cluster.Select(e => $"Hub:Mode is Cluster, but {e}"));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Port(List<string> errors, string key, int port, int fallback)
    {
        if (port is < 1 or > 65535)
        {
            errors.Add($"{key} must be a TCP port between 1 and 65535 (was {port}); the default is {fallback}.");
        }
    }

    private static void CheckConnectionString(string? value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{DatabaseOptions.ConnectionStringKey} is not set. Set it (for example as the environment variable "
                + $"Hub__Database__ConnectionString) to the Npgsql connection string of the hub's PostgreSQL database, like "
                + $"\"{ConnectionExample}\", and install the tables once with `dotnet run --project silo -- db init --connection \"…\"`.");
            return;
        }

        try
        {
            if (string.IsNullOrWhiteSpace(new NpgsqlConnectionStringBuilder(value).Host))
            {
                errors.Add($"{DatabaseOptions.ConnectionStringKey} names no Host; set it like \"{ConnectionExample}\".");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            // The message names the offending keyword, never the password.
            errors.Add($"{DatabaseOptions.ConnectionStringKey} is not a valid Npgsql connection string ({ex.Message}); set it like \"{ConnectionExample}\".");
        }
    }
}
