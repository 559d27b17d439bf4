using Hub.LoadTests.Regions;
using Orleans.Hosting;

namespace Hub.LoadTests.Hosting;

/// <summary>
/// Starts the hub on its embedded default in a process of its own — one silo, in-memory state, the embedded Kafka
/// broker — with the department simulator off (the benchmark plays the departments) and one window per sampled node.
/// </summary>
internal static class EmbeddedHub
{
    public static async Task<HubTarget> StartAsync(IReadOnlyList<Division> windowNodes, string folder, HttpClient http)
    {
        var (httpPort, gatewayPort) = (SiloProcess.FreePort(), SiloProcess.FreePort());
        var opsKey = $"bench-ops-{Guid.NewGuid():N}";
        var windows = SiloEnvironment.Windows(windowNodes);
        var silo = SiloProcess.Start([], SiloEnvironment.For(httpPort, SiloProcess.FreePort(), gatewayPort, opsKey, windows), Path.Combine(folder, "silo.log"));
        var api = new Uri($"http://127.0.0.1:{httpPort}");
        var ops = new OpsClient(http, opsKey);
        try
        {
            await ops.WaitHealthyAsync(api, TimeSpan.FromSeconds(90), () => silo.HasExited);
            var bootstrap = await ops.KafkaBootstrapAsync(api);
            return new HubTarget(
                $"embedded silo (pid {silo.ProcessId})", [api], opsKey, windows, bootstrap,
                client => client.UseLocalhostClustering(gatewayPort, "hub", "hub"),
                databaseConnection: null,
                owned: [silo]);
        }
        catch
        {
            await silo.DisposeAsync();
            throw new InvalidOperationException($"The embedded hub did not start; see {Path.Combine(folder, "silo.log")}.");
        }
    }
}
