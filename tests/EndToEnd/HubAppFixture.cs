using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Hosting;
using Hub.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// The whole hub as `dotnet run --project silo` starts it — embedded silo, embedded Kafka broker, department
/// simulator, demo windows — on free loopback ports, reached through real HTTP.
/// </summary>
public class HubAppFixture : IAsyncLifetime
{
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app!.Services;

    /// <summary>More command-line settings for a variant of the hub.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    /// <summary>More services for a variant of the hub, before it is built.</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    public async Task InitializeAsync()
    {
        _app = HubHost.Build(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Hub:SiloPort={FreePort.Next()}",
            $"--Hub:GatewayPort={FreePort.Next()}",
            $"--Hub:ClusterId=e2e-{Guid.NewGuid():N}",
            "--Hub:Simulator:MinDelayMs=20",
            "--Hub:Simulator:MaxDelayMs=100",
            // Every first submission is decided, so a journey ends within the test's wait; the supplement path has its own fixture.
            "--Hub:Simulator:ApprovePercent=90",
            "--Hub:Simulator:RejectPercent=10",
            "--Hub:Simulator:SupplementPercent=0",
            .. ExtraArguments,
        ], Configure);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>An HTTP client acting as the demo window with <paramref name="key"/> (null: no credential).</summary>
    public HttpClient Window(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>The embedded broker's address, as an outside Kafka client learns it from <c>/ops/kafka</c>.</summary>
    public async Task<string> BootstrapServersAsync() =>
        (await Window("demo-ops").GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("/ops/kafka"))!["bootstrapServers"]!.GetValue<string>();

    public virtual async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
