using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Hub.Tests.Support;

namespace Hub.Tests.Cluster;

/// <summary>The commands an operator runs, each in its own process: the broker, and cluster-mode silos that come and go.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SeparateProcessTests(PostgresFixture fixture)
{
    private const string BootstrapLine = SiloProcesses.BootstrapLine;

    [Fact]
    public async Task Broker_PrintsItsAddress_AndServesKafkaClients()
    {
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);
        var topic = $"t{Guid.NewGuid():N}";

        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = bootstrap }).Build())
        {
            await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "through the standalone broker" });
        }

        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = bootstrap,
            GroupId = topic,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        consumer.Subscribe(topic);
        var read = consumer.Consume(TimeSpan.FromSeconds(30));
        consumer.Close();

        Assert.Matches(@"^127\.0\.0\.1:\d+$", bootstrap);
        Assert.Equal("through the standalone broker", read?.Message.Value);
    }

    [PostgresFact]
    public async Task SiloProcesses_ComeAndGoAroundOneBroker_AndACaseSubmittedThroughOneCompletesOnAnother()
    {
        var clusterId = $"procs-{Guid.NewGuid():N}";
        await using var broker = HubProcess.Start("broker");
        var bootstrap = await broker.WaitForAsync(BootstrapLine);

        await using var first = StartSilo(clusterId, bootstrap, "--Hub:Simulator:Enabled=true");
        var firstUrl = await first.WaitForAsync(@"Window API : (http://\S+)/api");
        Assert.Equal("(set: Hub:Ops:Key)", await first.WaitForAsync(@"Ops key    : (.+)$"));
        Assert.DoesNotContain(ClusterSilo.OpsKey, first.Output);
        string caseId;
        await using (var second = StartSilo(clusterId, bootstrap))
        {
            var secondUrl = await second.WaitForAsync(@"Window API : (http://\S+)/api");
            caseId = await SubmitAsync(secondUrl);
            await second.StopAsync();
        }

        var final = await Eventually.Until(
            () => Window(firstUrl).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!,
            c => c!["status"]!.GetValue<string>() == "Delivered",
            what: $"case {caseId}, submitted through the silo that left, to be delivered");
        Assert.Contains("approved", final!["timeline"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()));
        Assert.Equal(["3", "6"], await PostgresServer.QueryAsync(fixture.ConnectionString,
            "SELECT Status FROM OrleansMembershipTable WHERE DeploymentId = @cluster ORDER BY Status", ("cluster", clusterId)));
    }

    private HubProcess StartSilo(string clusterId, string bootstrap, params string[] extra) =>
        SiloProcesses.Start(fixture, clusterId, bootstrap, FreePort.Next(), extra);

    private HttpClient Window(string url) => SiloProcesses.Client(url, fixture.WindowKey);

    private Task<string> SubmitAsync(string url) => SiloProcesses.SubmitAsync(url, fixture.WindowKey);
}
