using Hub.Cases;
using Hub.Hosting;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hub.Tests.Kafka;

[Collection(KafkaCollection.Name)]
public class DepartmentSimulatorTests(KafkaFixture fixture)
{
    [Fact]
    public async Task Dispatch_IsAnsweredWithAcceptanceThenADecision()
    {
        var events = await RunAsync("health", Samples.Dispatch("health"), approve: 80, reject: 10, supplement: 10);

        Assert.Equal(2, events.Count);
        Assert.Equal(DepartmentEventKind.TaskAccepted, events[0].Kind);
        Assert.NotEqual(DepartmentEventKind.TaskAccepted, events[1].Kind);
        Assert.NotEqual(events[0].EventId, events[1].EventId);
        Assert.All(events, e => Assert.Equal("health", e.Department));
    }

    [Fact]
    public async Task Dispatch_WhenEverythingIsRejected_IsRejectedWithAReason()
    {
        var events = await RunAsync("transport", Samples.Dispatch("transport"), approve: 0, reject: 100, supplement: 0);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.TaskRejected], events.Select(e => e.Kind));
        Assert.False(string.IsNullOrWhiteSpace(events[1].Reason));
    }

    [Fact]
    public async Task Dispatch_WhenEverythingNeedsSupplements_AsksForOneOfItsMaterials()
    {
        var order = Samples.Dispatch("housing");

        var events = await RunAsync("housing", order, approve: 0, reject: 0, supplement: 100);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.SupplementRequested], events.Select(e => e.Kind));
        Assert.Contains(Assert.Single(events[1].RequestedMaterials), order.Materials.Select(m => m.Code));
    }

    [Fact]
    public async Task Resubmission_IsApprovedEvenWhenEverythingElseNeedsSupplements()
    {
        var events = await RunAsync("civil-affairs", Samples.Dispatch("civil-affairs", isResubmission: true), approve: 0, reject: 0, supplement: 100);

        Assert.Equal([DepartmentEventKind.TaskAccepted, DepartmentEventKind.TaskApproved], events.Select(e => e.Kind));
        Assert.NotEmpty(Assert.Single(events[1].CertificateIds));
    }

    private async Task<List<DepartmentEvent>> RunAsync(string department, DispatchOrder order, int approve, int reject, int supplement)
    {
        var prefix = KafkaFixture.NewPrefix();
        var settings = KafkaTestHost.Settings(fixture, prefix);
        settings["Hub:Simulator:Enabled"] = "true";
        settings["Hub:Simulator:ConsumerGroup"] = $"simulator-{prefix}";
        settings["Hub:Simulator:MinDelayMs"] = "0";
        settings["Hub:Simulator:MaxDelayMs"] = "50";
        settings["Hub:Simulator:ApprovePercent"] = $"{approve}";
        settings["Hub:Simulator:RejectPercent"] = $"{reject}";
        settings["Hub:Simulator:SupplementPercent"] = $"{supplement}";
        using var host = KafkaTestHost.Build(settings, (s, c) => s.AddHubKafka(c).AddDepartmentSimulator(c));
        await host.StartAsync();
        await host.Services.GetRequiredService<IHubPublisher>().PublishAsync([new OutboxMessage(order, null)], CancellationToken.None);

        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.DepartmentEvents(department, prefix));
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key == order.CaseId.Value, atLeast: 2);
        await host.StopAsync();

        return [.. records.Select(r =>
        {
            Assert.True(DepartmentEventMapper.TryDecode(r.Message.Value, HubMessageTypes.DepartmentEvent, department, out var caseId, out var evt, out var reason), reason);
            Assert.Equal(order.CaseId, caseId);
            return evt;
        })];
    }
}
