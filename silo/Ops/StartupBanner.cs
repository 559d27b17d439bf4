using Hub.Hosting;
using Hub.Kafka;
using Hub.Registry;
using Hub.Windows;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Hub.Ops;

/// <summary>
/// Prints, once the hub is serving, where to reach it: its URLs and the Kafka broker; in embedded mode also the operator
/// key and the window credentials, which in cluster mode are secrets and never printed.
/// </summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, KafkaEndpoint kafka, NodeRegistry registry,
    IOptions<HubOptions> hub, IOptions<OpsOptions> ops, IOptions<WindowsOptions> windows) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var urls = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var o = Console.Out;
        o.WriteLine();
        o.WriteLine("Hub is serving.");
        foreach (var url in urls)
        {
            o.WriteLine($"  Window API : {url}/api   (OpenAPI: {url}/openapi/v1.json)");
            o.WriteLine($"  Ops        : {url}/ops/health, {url}/ops/kafka, {url}/ops/cluster, {url}/ops/runtime, {url}/ops/dead-letters");
        }

        var embedded = hub.Value.Mode == HubMode.Embedded;
        o.WriteLine($"  Ops key    : {(string.IsNullOrEmpty(ops.Value.Key) ? $"(not set: {OpsOptions.KeyKey}; /ops is closed)" : embedded ? ops.Value.Key : $"(set: {OpsOptions.KeyKey})")}");
        o.WriteLine($"  Kafka      : {kafka.BootstrapServers}{(kafka.IsEmbedded ? " (embedded broker)" : "")}");
        o.WriteLine($"  Nodes      : {registry.Count:N0} service nodes loaded");
        o.WriteLine("  Windows    : send 'Authorization: Bearer <key>'"
            + (embedded ? "" : "; windows live in the database: `dotnet run --project silo -- windows add|list|revoke`"));
        foreach (var c in embedded ? windows.Value.Entries : [])
        {
            o.WriteLine($"    {c.Key,-24} {c.Id,-28} node {c.Node,-12} {c.Name}");
        }

        o.WriteLine();
    }
}
