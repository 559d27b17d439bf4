using System.Net;
using System.Text.Json;
using Orleans.Configuration;
using Orleans.Hosting;

namespace Hub.LoadTests.Hosting;

/// <summary>A hub that is already running (a cluster, say): its addresses, operator key and windows come from the command line.</summary>
internal static class RunningHub
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<HubTarget> OpenAsync(BenchmarkSettings settings, HttpClient http)
    {
        var urls = settings.TargetUrl!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => new Uri(u)).ToArray();
        var ops = new OpsClient(http, settings.OpsKey!);
        await ops.WaitHealthyAsync(urls[0], TimeSpan.FromSeconds(10));
        var windows = settings.WindowsFile is { } file
            ? JsonSerializer.Deserialize<WindowCredential[]>(await File.ReadAllTextAsync(file), Json) ?? []
            : throw new ArgumentException("--url needs --windows-file: the windows (id, node, key, name) the running hub is configured with.");
        var gateways = (settings.Gateways ?? throw new ArgumentException("--url needs --gateway host:port[,host:port…]: the Orleans gateways, for the grain-call baseline."))
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(g => IPEndPoint.Parse(g.Replace("localhost", "127.0.0.1", StringComparison.Ordinal)))
            .ToArray();
        return new HubTarget(
            $"running hub at {string.Join(", ", urls.Select(u => u.ToString()))}", urls, settings.OpsKey!, windows,
            await ops.KafkaBootstrapAsync(urls[0]),
            client => client.UseStaticClustering(gateways).Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = ("hub", "hub")),
            settings.Database,
            owned: []);
    }
}
