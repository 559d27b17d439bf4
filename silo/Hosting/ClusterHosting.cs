using System.Net;
using Orleans.Configuration;

namespace Hub.Hosting;

/// <summary>Orleans in cluster mode: membership, grain state and reminders in PostgreSQL, reachable endpoints.</summary>
public static class ClusterHosting
{
    /// <summary>
    /// Joins the cluster <see cref="HubOptions.ClusterId"/> through the membership table of the database in
    /// <paramref name="settings"/>, and keeps grain state and reminders there, so that any silo can take over any grain.
    /// </summary>
    public static ISiloBuilder UseHubCluster(this ISiloBuilder silo, HubOptions options, ClusterSettings settings)
    {
        var connectionString = settings.ConnectionString;
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ClusterId;
        });
        if (settings.AdvertisedIP is { } advertised)
        {
            // On loopback (one machine, tests) listen where we advertise; otherwise on every interface.
            silo.ConfigureEndpoints(advertised, options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
        }
        else
        {
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
        }

        silo.Configure<ClusterMembershipOptions>(membership =>
        {
            if (options.Membership.ProbeTimeout is { } probe)
            {
                membership.ProbeTimeout = probe;
            }

            if (options.Membership.MissedProbesLimit is { } missed)
            {
                membership.NumMissedProbesLimit = missed;
            }
        });
        silo.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = GrainStorageHosting.PostgresInvariant;
            clustering.ConnectionString = connectionString;
        });
        silo.UseAdoNetReminderService(reminders =>
        {
            reminders.Invariant = GrainStorageHosting.PostgresInvariant;
            reminders.ConnectionString = connectionString;
        });
        return silo.AddHubPostgresStorage(connectionString);
    }

    /// <summary>Embedded mode: one silo on localhost, state and reminders in memory.</summary>
    public static ISiloBuilder UseHubEmbedded(this ISiloBuilder silo, HubOptions options) => silo
        .UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ClusterId, clusterId: options.ClusterId)
        .UseInMemoryReminderService()
        .AddHubSiloMemoryStorage();
}
