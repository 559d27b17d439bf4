using System.Net;
using Hub.LoadTests.Regions;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Hub.LoadTests.Hosting;

/// <summary>
/// Starts the hub in cluster mode as an operator would on one machine: the embedded broker in a process of its own
/// (<c>broker</c>), the database installed (<c>db init</c>), then silos sharing PostgreSQL membership, state and
/// reminders, under a fresh cluster id so that no earlier run's rows take part.
/// </summary>
internal static class ClusterHub
{
    public static async Task<HubTarget> StartAsync(IReadOnlyList<Division> windowNodes, string folder, HttpClient http, string database, int silos)
    {
        var owned = new List<IAsyncDisposable>();
        try
        {
            var broker = SiloProcess.Start(["broker"], new Dictionary<string, string>(), Path.Combine(folder, "broker.log"));
            owned.Add(broker);
            var bootstrap = await broker.WaitForLineAsync(@"Bootstrap servers : (\S+)", TimeSpan.FromSeconds(60));

            await using (var init = SiloProcess.Start(["db", "init", "--connection", database], new Dictionary<string, string>(), Path.Combine(folder, "db-init.log")))
            {
                if (await init.WaitForExitAsync(TimeSpan.FromMinutes(2)) != 0)
                {
                    throw new InvalidOperationException($"db init failed; see {Path.Combine(folder, "db-init.log")}.");
                }
            }

            var clusterId = $"bench-{Guid.NewGuid():N}"[..14];
            var opsKey = $"bench-ops-{Guid.NewGuid():N}";
            var windows = SiloEnvironment.Windows(windowNodes);
            var apis = new List<Uri>();
            var gateways = new List<IPEndPoint>();
            var ops = new OpsClient(http, opsKey);
            for (var i = 0; i < silos; i++)
            {
                var (httpPort, gatewayPort) = (SiloProcess.FreePort(), SiloProcess.FreePort());
                var environment = SiloEnvironment.For(httpPort, SiloProcess.FreePort(), gatewayPort, opsKey, windows);
                environment["Hub__Mode"] = "Cluster";
                environment["Hub__ClusterId"] = clusterId;
                environment["Hub__AdvertisedIP"] = "127.0.0.1";
                environment["Hub__Database__ConnectionString"] = database;
                environment["Hub__Kafka__BootstrapServers"] = bootstrap;
                var silo = SiloProcess.Start([], environment, Path.Combine(folder, $"silo-{i}.log"));
                owned.Add(silo);
                var api = new Uri($"http://127.0.0.1:{httpPort}");
                await ops.WaitHealthyAsync(api, TimeSpan.FromSeconds(120), () => silo.HasExited);
                apis.Add(api);
                gateways.Add(new IPEndPoint(IPAddress.Loopback, gatewayPort));
            }

            return new HubTarget(
                $"{silos} cluster silo(s) on PostgreSQL, cluster id {clusterId}", apis, opsKey, windows, bootstrap,
                client => client.UseStaticClustering([.. gateways]).Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId)),
                database,
                owned);
        }
        catch
        {
            foreach (var process in Enumerable.Reverse(owned))
            {
                await process.DisposeAsync();
            }

            throw;
        }
    }
}
