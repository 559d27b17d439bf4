using System.Net.Http.Headers;
using Hub.Hosting;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.Cluster;

/// <summary>
/// One silo of the hub in cluster mode, built by <see cref="HubHost"/> as `dotnet run --project silo -- --Hub:Mode=Cluster`
/// builds it, on free loopback ports: its own HTTP API, PostgreSQL membership, storage and reminders, external Kafka.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private ClusterSilo(WebApplication app, Uri baseAddress, int siloPort)
    {
        _app = app;
        BaseAddress = baseAddress;
        SiloPort = siloPort;
    }

    public Uri BaseAddress { get; }

    public int SiloPort { get; }

    public IServiceProvider Services => _app.Services;

    public IGrainFactory Grains => Services.GetRequiredService<IGrainFactory>();

    /// <summary>The operator key every cluster silo of the test run gets: random, as cluster mode requires.</summary>
    public static string OpsKey { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The holder secret every cluster silo of the test run shares, as cluster mode requires.</summary>
    public static string HolderSecret { get; } = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The settings a silo of cluster <paramref name="clusterId"/> gets: its own topics and consumer groups.</summary>
    public static List<string> Arguments(string database, string bootstrapServers, string clusterId, int siloPort, int gatewayPort) =>
    [
        "--urls", "http://127.0.0.1:0",
        "--Hub:Mode=Cluster",
        $"--Hub:ClusterId={clusterId}",
        "--Hub:AdvertisedIP=127.0.0.1",
        $"--Hub:SiloPort={siloPort}",
        $"--Hub:GatewayPort={gatewayPort}",
        $"--Hub:Database:ConnectionString={database}",
        $"--Hub:Ops:Key={OpsKey}",
        $"--Hub:Holders:Secret={HolderSecret}",
        $"--Hub:Signing:KeyFile={SigningKeys.SharedFile}",
        $"--Hub:Kafka:BootstrapServers={bootstrapServers}",
        Hub.Kafka.MockBroker.SiloArgument,
        $"--Hub:Kafka:TopicPrefix={clusterId}.",
        $"--Hub:Kafka:ConsumerGroup=hub-{clusterId}",
        $"--Hub:Simulator:ConsumerGroup=simulator-{clusterId}",
        "--Hub:Simulator:MinDelayMs=20",
        "--Hub:Simulator:MaxDelayMs=100",
        "--Hub:Simulator:ApprovePercent=100",
        "--Hub:Simulator:RejectPercent=0",
        "--Hub:Simulator:SupplementPercent=0",
    ];

    /// <summary>Starts a silo of cluster <paramref name="clusterId"/> on the fixture's database and broker; <paramref name="extra"/> settings win.</summary>
    public static Task<ClusterSilo> StartAsync(PostgresFixture fixture, string clusterId, params string[] extra) =>
        StartAsync(fixture.ConnectionString, fixture.BootstrapServers, clusterId, extra);

    /// <summary>Starts a silo of cluster <paramref name="clusterId"/> on <paramref name="database"/>.</summary>
    public static Task<ClusterSilo> StartAsync(string database, string bootstrapServers, string clusterId, params string[] extra) =>
        StartAsync(database, bootstrapServers, clusterId, null, extra);

    /// <summary>Starts a silo of cluster <paramref name="clusterId"/> on <paramref name="database"/>, with services of a test's own.</summary>
    public static async Task<ClusterSilo> StartAsync(
        string database, string bootstrapServers, string clusterId, Action<WebApplicationBuilder>? configure, params string[] extra)
    {
        var siloPort = FreePort.Next();
        var app = HubHost.Build([.. Arguments(database, bootstrapServers, clusterId, siloPort, FreePort.Next()), .. extra], configure);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ClusterSilo(app, new Uri(address), siloPort);
    }

    /// <summary>An HTTP client sending <paramref name="key"/>: a window's, or <see cref="OpsKey"/>.</summary>
    public HttpClient Window(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>Shuts the silo down gracefully, as SIGTERM or Ctrl+C does.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }
}
