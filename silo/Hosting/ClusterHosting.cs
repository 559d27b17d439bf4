using System.Net;
using Orleans.Configuration;

namespace Hub.Hosting;

/// <summary>How the silo finds the others: alone on localhost (embedded), or through PostgreSQL's membership table (cluster).</summary>
public static class ClusterHosting
{
    /// <summary>
    /// Embedded mode: one silo on localhost. Cluster mode: joins the cluster <see cref="HubOptions.ClusterId"/> through the
    /// membership table of the database <c>Hub:Database:ConnectionString</c>, on endpoints the other silos can reach.
    /// </summary>
    public static ISiloBuilder UseHubClustering(this ISiloBuilder silo)
    {
        var options = HubOptions.From(silo.Configuration);
        if (options.Mode == HubMode.Embedded)
        {
            return silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ClusterId, clusterId: options.ClusterId);
        }

        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ClusterId;
        });
        if (options.AdvertisedIP is { } ip)
        {
            // On loopback (one machine, tests) listen where we advertise; otherwise on every interface.
            var advertised = IPAddress.Parse(ip);
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
        return silo.UseAdoNetClustering(clustering =>
        {
            clustering.Invariant = GrainStorageHosting.PostgresInvariant;
            clustering.ConnectionString = options.Database.ConnectionString;
        });
    }
}
