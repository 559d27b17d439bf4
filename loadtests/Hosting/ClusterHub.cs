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
            var windows = await AddWindowsAsync(SiloEnvironment.Windows(windowNodes), database, folder);
            var apis = new List<Uri>();
            var gateways = new List<IPEndPoint>();
            var ops = new OpsClient(http, opsKey);
            for (var i = 0; i < silos; i++)
            {
                var (httpPort, gatewayPort) = (SiloProcess.FreePort(), SiloProcess.FreePort());
                // Cluster silos find their windows in the database: none go in their configuration.
                var environment = SiloEnvironment.For(httpPort, SiloProcess.FreePort(), gatewayPort, opsKey, []);
                environment["Hub__Mode"] = "Cluster";
                environment["Hub__ClusterId"] = clusterId;
                environment["Hub__AdvertisedIP"] = "127.0.0.1";
                environment["Hub__Database__ConnectionString"] = database;
                environment["Hub__Kafka__BootstrapServers"] = bootstrap;
                environment["Hub__Kafka__Consumer__fetch.wait.max.ms"] = Hub.Kafka.MockBroker.FetchWaitMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>
    /// Provisions the windows as an operator does, with <c>windows add --from</c> (one process for all of them), and returns
    /// them with the keys it printed. Its log, which holds the keys, is removed once they are read.
    /// </summary>
    private static async Task<IReadOnlyList<WindowCredential>> AddWindowsAsync(IReadOnlyList<WindowCredential> windows, string database, string folder)
    {
        var file = Path.Combine(folder, "windows.tsv");
        var log = Path.Combine(folder, "windows-add.log");
        await File.WriteAllLinesAsync(file, windows.Select(w => $"{w.Node}\t{w.Name}\t{w.Id}"));
        await using (var add = SiloProcess.Start(["windows", "add", "--from", file, "--connection", database], new Dictionary<string, string>(), log))
        {
            if (await add.WaitForExitAsync(TimeSpan.FromMinutes(2)) != 0)
            {
                throw new InvalidOperationException($"windows add failed; see {log}.");
            }
        }

        var keys = new Dictionary<string, string>();
        string? id = null;
        foreach (var line in await File.ReadAllLinesAsync(log))
        {
            if (System.Text.RegularExpressions.Regex.Match(line, @"^Window (\S+) added") is { Success: true } added)
            {
                id = added.Groups[1].Value;
            }
            else if (id is not null && System.Text.RegularExpressions.Regex.Match(line, @"^\s+Key: (\S+)$") is { Success: true } key)
            {
                keys[id] = key.Groups[1].Value;
            }
        }

        File.Delete(log);
        return [.. windows.Select(w => w with { Key = keys.TryGetValue(w.Id, out var key) ? key : throw new InvalidOperationException($"windows add printed no key for {w.Id}.") })];
    }
}
