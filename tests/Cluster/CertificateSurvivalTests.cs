using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Certificates;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using static Hub.Tests.Certificates.CertificateSamples;

namespace Hub.Tests.Cluster;

/// <summary>An e-certificate in cluster mode outlives the silo that held it: it is stored in PostgreSQL, not in a silo, and its changes reach the feed.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CertificateSurvivalTests(PostgresFixture fixture)
{
    private static readonly string[] QuickDetection = ["--Hub:Membership:ProbeTimeout=00:00:02", "--Hub:Membership:MissedProbesLimit=2"];

    [PostgresFact]
    public async Task CertificateRevoked_ThenItsSiloKilled_IsReadRevokedAtTheOtherSilo()
    {
        var clusterId = $"cert-kill-{Guid.NewGuid():N}";
        var (portA, portB) = (FreePort.Next(), FreePort.Next());
        var (gatewayA, gatewayB) = (FreePort.Next(), FreePort.Next());
        await using var a = Start(clusterId, portA, gatewayA);
        await using var b = Start(clusterId, portB, gatewayB);
        string[] urls = [await a.WaitForAsync(SiloProcesses.ApiLine), await b.WaitForAsync(SiloProcesses.ApiLine)];

        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client => client
            .UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayA), new IPEndPoint(IPAddress.Loopback, gatewayB))
            .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (clusterId, clusterId)));
        using var client = builder.Build();
        await client.StartAsync();
        var grains = client.Services.GetRequiredService<IGrainFactory>();
        var id = NewId();
        await grains.GetGrain<ICertificateGrain>(id).Issue(Issue());
        await grains.GetGrain<ICertificateGrain>(id).Apply(Change(CertificateOperation.Revoke, "issued in error"));
        await client.StopAsync();

        var holding = await SiloProcesses.ActivationsAsync(urls[0], portA, "CertificateGrain") > 0 ? 0 : 1;
        Assert.Equal(1, await SiloProcesses.ActivationsAsync(urls[holding], holding == 0 ? portA : portB, "CertificateGrain"));
        await (holding == 0 ? a : b).KillAsync();

        var survivor = SiloProcesses.Client(urls[1 - holding], fixture.WindowKey);
        var read = await Eventually.Until(
            async () => await survivor.GetAsync($"/api/certificates/{id}"),
            response => response.StatusCode == HttpStatusCode.OK,
            within: TimeSpan.FromMinutes(2),
            what: "the certificate to be read at the silo left");
        var body = await read.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(("03", "issued in error"), (body!["state"]!["code"]!.GetValue<string>(), body["state"]!["reason"]!.GetValue<string>()));

        // Both changes reached the feed, each once (a republish after the kill carries the same event id).
        var feed = (await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, $"{clusterId}.", [id], atLeast: 2)).OfType<Hub.Kafka.Contracts.CertificateStatusChanged>().DistinctBy(f => f.EventId);
        Assert.Equal([Hub.Kafka.Contracts.CertificateStatus.Valid, Hub.Kafka.Contracts.CertificateStatus.Revoked], feed.OrderBy(f => f.Sequence).Select(f => f.Status));
    }

    private HubProcess Start(string clusterId, int siloPort, int gatewayPort)
    {
        var args = ClusterSilo.Arguments(fixture.ConnectionString, fixture.BootstrapServers, clusterId, siloPort, gatewayPort);
        args[1] = $"http://127.0.0.1:{FreePort.Next()}";
        return HubProcess.Start([.. args, .. QuickDetection]);
    }

}
