using Hub.Kafka;
using Hub.Registry;
using Hub.Windows;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Hub.Ops;

/// <summary>Prints, once the hub is serving, where to reach it: its URLs, the Kafka broker and the demo window credentials.</summary>
public sealed class StartupBanner(
    IHostApplicationLifetime lifetime, IServer server, KafkaEndpoint kafka, WindowDirectory windows, NodeRegistry registry, IConfiguration configuration) : IHostedService
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

        o.WriteLine($"  Ops key    : {(string.IsNullOrEmpty(configuration["Hub:Ops:Key"]) ? "(not set: Hub:Ops:Key)" : configuration["Hub:Ops:Key"])}");
        o.WriteLine($"  Kafka      : {kafka.BootstrapServers}{(kafka.IsEmbedded ? " (embedded broker)" : "")}");
        o.WriteLine($"  Nodes      : {registry.Count:N0} service nodes loaded");
        o.WriteLine("  Windows    : send 'Authorization: Bearer <key>'");
        foreach (var c in windows.Credentials)
        {
            o.WriteLine($"    {c.Key,-24} {c.Id,-28} node {c.Node,-12} {c.Name}");
        }

        o.WriteLine();
    }
}
