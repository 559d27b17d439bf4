using System.Net;
using System.Net.Sockets;
using System.Text;
using Hub.Hosting;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

[Collection(KafkaCollection.Name)]
public class KafkaHubPublisherTests(KafkaFixture fixture)
{
    [Fact]
    public async Task Publish_Dispatch_IsReadByAPlainConsumerWithTheSameFields()
    {
        var prefix = KafkaFixture.NewPrefix();
        using var host = KafkaTestHost.Build(KafkaTestHost.Settings(fixture, prefix), (s, c) => s.AddHubKafka(c));
        await host.StartAsync();
        var order = Samples.Dispatch("market-regulation");

        await host.Services.GetRequiredService<IHubPublisher>().PublishAsync([new OutboxMessage(order, null)], CancellationToken.None);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.Dispatch("market-regulation", prefix));
        var record = Assert.Single(await reader.ReadUntilQuietAsync(_ => true, atLeast: 1));
        Assert.Equal(order.CaseId.Value, record.Message.Key);
        Assert.Equal(HubMessageTypes.DispatchTask, Header(record.Message.Headers, HubHeaders.Type));
        Assert.Equal(order.EventId, Header(record.Message.Headers, HubHeaders.EventId));
        var back = DispatchTaskMapper.ToOrder(ProtoCodec.Decode<Wire.DispatchTask>(record.Message.Value));
        Assert.Equal(order with { Applicant = order.Applicant with { Phone = null }, Materials = back.Materials }, back);
        Assert.Equal(order.Materials, back.Materials);
        await host.StopAsync();
    }

    [Fact]
    public async Task Publish_StatusChange_GoesToTheCaseEventsFeed()
    {
        var prefix = KafkaFixture.NewPrefix();
        using var host = KafkaTestHost.Build(KafkaTestHost.Settings(fixture, prefix), (s, c) => s.AddHubKafka(c));
        await host.StartAsync();
        var order = Samples.Dispatch("tax");
        var change = Samples.StatusChanged(order.CaseId);

        await host.Services.GetRequiredService<IHubPublisher>()
            .PublishAsync([new OutboxMessage(order, null), new OutboxMessage(null, change)], CancellationToken.None);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.CaseEvents(prefix));
        var record = Assert.Single(await reader.ReadUntilQuietAsync(_ => true, atLeast: 1));
        Assert.Equal(change.CaseId.Value, record.Message.Key);
        Assert.Equal(HubMessageTypes.CaseStatusChanged, Header(record.Message.Headers, HubHeaders.Type));
        Assert.Equal(change, CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(record.Message.Value)));
        await host.StopAsync();
    }

    [Fact]
    public async Task Publish_ToAnUnknownDepartment_ThrowsAndSendsNothing()
    {
        var prefix = KafkaFixture.NewPrefix();
        using var host = KafkaTestHost.Build(KafkaTestHost.Settings(fixture, prefix), (s, c) => s.AddHubKafka(c));
        var publisher = host.Services.GetRequiredService<IHubPublisher>();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => publisher.PublishAsync(
            [new OutboxMessage(Samples.Dispatch("tax"), null), new OutboxMessage(Samples.Dispatch("weather"), null)], CancellationToken.None));

        Assert.Contains("'weather'", ex.Message);
        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.Dispatch("tax", prefix));
        Assert.Empty(await reader.ReadUntilQuietAsync(_ => true));
    }

    [Fact]
    public async Task Publish_WhenTheBrokerIsUnreachable_ThrowsOnceTheMessagesTimeOut()
    {
        var settings = KafkaTestHost.Settings(fixture, KafkaFixture.NewPrefix());
        settings["Hub:Kafka:BootstrapServers"] = $"127.0.0.1:{ClosedLoopbackPort()}";
        settings["Hub:Kafka:Producer:message.timeout.ms"] = "3000";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c));
        var publisher = host.Services.GetRequiredService<IHubPublisher>();
        var change = Samples.StatusChanged(Samples.NewCaseId());

        var publishing = publisher.PublishAsync([new OutboxMessage(Samples.Dispatch("tax"), null), new OutboxMessage(null, change)], CancellationToken.None);

        var ex = await Assert.ThrowsAsync<KafkaPublishException>(() => publishing.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.Equal((2, 2), (ex.Failed, ex.Total));
    }

    [Fact]
    public async Task Publish_WhenTheBrokerTakesSomeMessagesAndNotOthers_NamesTheOnesThatAreOut()
    {
        // A producer that refuses messages over 1,000 bytes: the long dispatch fails, the status change beside it is sent.
        var settings = KafkaTestHost.Settings(fixture, KafkaFixture.NewPrefix());
        settings["Hub:Kafka:Producer:message.max.bytes"] = "1000";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c));
        await host.StartAsync();
        var tooLong = Samples.Dispatch("tax") with
        {
            Materials = [.. Enumerable.Range(0, 40).Select(i => new Hub.Cases.Material($"page-{i}", $"file://materials/long/{i:D4}"))],
        };
        var change = Samples.StatusChanged(tooLong.CaseId);

        var ex = await Assert.ThrowsAsync<KafkaPublishException>(() => host.Services.GetRequiredService<IHubPublisher>()
            .PublishAsync([new OutboxMessage(tooLong, null), new OutboxMessage(null, change)], CancellationToken.None));

        Assert.Equal((1, 2), (ex.Failed, ex.Total));
        Assert.Equal([change.EventId], ex.Acknowledged);
        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.CaseEvents(settings["Hub:Kafka:TopicPrefix"]!));
        Assert.Equal(change.CaseId.Value, Assert.Single(await reader.ReadUntilQuietAsync(_ => true, atLeast: 1)).Message.Key);
        await host.StopAsync();
    }

    [Fact]
    public async Task WithoutBootstrapServers_TheHostStartsAnEmbeddedBrokerAndPublishesToIt()
    {
        var settings = KafkaTestHost.Settings(fixture, KafkaFixture.NewPrefix());
        settings.Remove("Hub:Kafka:BootstrapServers");
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c));
        await host.StartAsync();
        var endpoint = host.Services.GetRequiredService<KafkaEndpoint>();
        var order = Samples.Dispatch("education");

        await host.Services.GetRequiredService<IHubPublisher>().PublishAsync([new OutboxMessage(order, null)], CancellationToken.None);

        Assert.True(endpoint.IsEmbedded);
        Assert.NotEqual(fixture.BootstrapServers, endpoint.BootstrapServers);
        using var reader = new TopicReader(endpoint.BootstrapServers, HubTopics.Dispatch("education", settings["Hub:Kafka:TopicPrefix"]!));
        Assert.Equal(order.CaseId.Value, Assert.Single(await reader.ReadUntilQuietAsync(_ => true, atLeast: 1)).Message.Key);
        await host.StopAsync();
    }

    private static string? Header(Confluent.Kafka.Headers headers, string key) =>
        headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

    private static int ClosedLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
