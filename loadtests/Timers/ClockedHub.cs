using Hub.Hosting;
using Hub.LoadTests.Hosting;
using Hub.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.LoadTests.Timers;

/// <summary>
/// The timers phase's own hub silo, in the benchmark's process: the silo's composition (<see cref="HubHost.Build"/>)
/// in the run's mode, with the benchmark's <see cref="BenchmarkClock"/> as its HubClock, the phase's probe grains
/// and a counter of completed case wake-ups. Its Kafka is its own (a mock broker embedded, a broker process in
/// cluster mode), so the run's departments never see its cases; in cluster mode it is a cluster of its own (fresh
/// cluster id) on the run's database. The clock is no setting of the hub: it exists only in this host.
/// </summary>
internal sealed class ClockedHub : IAsyncDisposable
{
    /// <summary>How often its due sweeper checks: short, so that the sweeper's own speed, not the wait, is measured.</summary>
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly WebApplication _app;
    private readonly SiloProcess? _broker;

    private ClockedHub(WebApplication app, SiloProcess? broker, Uri api, BenchmarkClock clock, TimerTallies tallies, TimerOptions timers)
    {
        _app = app;
        _broker = broker;
        Api = api;
        Clock = clock;
        Tallies = tallies;
        Timers = timers;
    }

    public Uri Api { get; }

    public BenchmarkClock Clock { get; }

    public TimerTallies Tallies { get; }

    /// <summary>The due sweeper's settings as the silo bound them.</summary>
    public TimerOptions Timers { get; }

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's index of durable timers (HubDue in cluster mode, the memory index embedded).</summary>
    public IDueIndex Index => _app.Services.GetRequiredService<IDueIndex>();

    /// <summary>The cluster id, which is also the service id its stored rows carry.</summary>
    public required string ClusterId { get; init; }

    public static async Task<ClockedHub> StartAsync(IReadOnlyList<WindowCredential> windows, string? database, string folder)
    {
        SiloProcess? broker = null;
        var settings = SiloEnvironment.For(SiloProcess.FreePort(), SiloProcess.FreePort(), SiloProcess.FreePort(), $"bench-ops-{Guid.NewGuid():N}", database is null ? windows : [])
            .ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value);
        var clusterId = $"timers-{Guid.NewGuid():N}"[..15];
        settings["Hub:ClusterId"] = clusterId;
        settings["Hub:Timers:CheckInterval"] = CheckInterval.ToString();
        if (database is not null)
        {
            broker = SiloProcess.Start(["broker"], new Dictionary<string, string>(), Path.Combine(folder, "timers-broker.log"));
            settings["Hub:Mode"] = "Cluster";
            settings["Hub:AdvertisedIP"] = "127.0.0.1";
            settings["Hub:Database:ConnectionString"] = database;
            settings["Hub:Kafka:BootstrapServers"] = await broker.WaitForLineAsync(@"Bootstrap servers : (\S+)", TimeSpan.FromSeconds(60));
        }

        var clock = new BenchmarkClock();
        var tallies = new TimerTallies();
        try
        {
            var app = HubHost.Build([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                builder.Logging.ClearProviders();
                builder.Services.AddSingleton<HubClock>(clock);
                builder.Services.AddSingleton(tallies);
                builder.Services.AddSingleton<IIncomingGrainCallFilter, CaseWakeFilter>();
                builder.Services.AddSingleton(new DueOwner(DueProbeGrain.StateName, (grains, key) => grains.GetGrain<IDueProbeGrain>(key)));
            });
            await app.StartAsync();
            var timers = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TimerOptions>>().Value;
            return new ClockedHub(app, broker, new Uri(settings["Urls"]!), clock, tallies, timers) { ClusterId = clusterId };
        }
        catch
        {
            if (broker is not null)
            {
                await broker.DisposeAsync();
            }

            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }
}
