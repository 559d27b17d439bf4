using System.Globalization;
using Hub.LoadTests.Regions;
using Orleans.Configuration;
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
        var httpPort = SiloProcess.FreePort();
        var siloPort = SiloProcess.FreePort();
        var gatewayPort = SiloProcess.FreePort();
        var opsKey = $"bench-ops-{Guid.NewGuid():N}";
        var windows = windowNodes.Select((node, i) => new WindowCredential(
            $"bench-window-{i:D3}", node.Code, $"bench-{i:D3}-{Guid.NewGuid():N}", $"{node.Name}综合受理窗口")).ToArray();

        var environment = new Dictionary<string, string>
        {
            ["Urls"] = $"http://127.0.0.1:{httpPort}",
            ["Hub__SiloPort"] = siloPort.ToString(CultureInfo.InvariantCulture),
            ["Hub__GatewayPort"] = gatewayPort.ToString(CultureInfo.InvariantCulture),
            ["Hub__Simulator__Enabled"] = "false",
            ["Hub__Ops__Key"] = opsKey,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        for (var i = 0; i < windows.Length; i++)
        {
            var prefix = $"Hub__Windows__{i}__";
            environment[prefix + "Id"] = windows[i].Id;
            environment[prefix + "Node"] = windows[i].Node;
            environment[prefix + "Key"] = windows[i].Key;
            environment[prefix + "Name"] = windows[i].Name;
        }

        var silo = SiloProcess.Start([], environment, Path.Combine(folder, "silo.log"));
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
