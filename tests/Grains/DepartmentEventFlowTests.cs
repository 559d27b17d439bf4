using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Microsoft.Extensions.Hosting;
using Xunit.Abstractions;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>
/// The hub's department-event consumer, run as the silo runs it but in a host of its own so that a test can stop
/// and replace it, applying many cases' events to the real case grains in parallel: every event once, in order
/// per case, across a restart, and without holding more than its bound.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DepartmentEventFlowTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task ConsumerStoppedMidBatch_AndReplacedInTheSameGroup_AppliesEveryEventOnce()
    {
        var prefix = KafkaFixture.NewPrefix();
        var cases = await SubmitCases(120);

        using (var first = HubConsumer(prefix, ("DrainTimeout", "00:00:00"), ("MaxInFlightPerPartition", "4"), ("MaxInFlight", "8")))
        {
            await first.StartAsync();
            await Publish(prefix, cases);
            var done = await Eventually.Until(() => Delivered(cases), n => n > 0, Patience, "the first consumer to apply some events");

            // A drain timeout of zero gives up whatever is in flight, as a consumer that dies would.
            await first.StopAsync();
            output.WriteLine($"The first consumer was stopped with {done} of {cases.Length} cases done.");
        }

        using var second = HubConsumer(prefix);
        await second.StartAsync();
        var views = await Eventually.Until(() => Views(cases), v => v.All(c => c.Status == CaseStatus.Delivered), Patience, "every case to be decided");
        await second.StopAsync();

        foreach (var view in views)
        {
            Assert.Single(view.Timeline, t => t.Action == "accepted");
            Assert.Single(view.Timeline, t => t.Action == "task-approved");
        }

        // What the first consumer applied but did not commit is read again: the cases know it, so it is not dead-lettered.
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, prefix, Keys(cases)));
        await AssertEachStatusOnce(cases);
    }

    [Fact]
    public async Task EventsReadAgainAfterAConsumerDiedBeforeCommitting_ChangeNothing()
    {
        var prefix = KafkaFixture.NewPrefix();
        var cases = await SubmitCases(30);
        using (var first = HubConsumer(prefix))
        {
            await first.StartAsync();
            await Publish(prefix, cases);
            await Eventually.Until(() => Views(cases), v => v.All(c => c.Status == CaseStatus.Delivered), Patience, "every case to be decided");
            await first.StopAsync();
        }

        var before = await Views(cases);

        // As if the first consumer had died before any of its commits reached Kafka: its group reads every event again.
        var topic = HubTopics.DepartmentEvents("public-security", prefix);
        GroupOffsets.Rewind(fixture.BootstrapServers, Group(prefix), topic);
        using var second = HubConsumer(prefix);
        await second.StartAsync();
        await Eventually.Until(() => Task.FromResult(GroupOffsets.Behind(fixture.BootstrapServers, Group(prefix), topic)), n => n == 0, Patience, "every event to be read again and committed");
        await second.StopAsync();

        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, prefix, Keys(cases)));
        var after = await Views(cases);
        Assert.All(before.Zip(after), pair => Assert.Equal(pair.First.Timeline, pair.Second.Timeline));
        await AssertEachStatusOnce(cases);
    }

    [Fact]
    public async Task EventsArrivingFasterThanGrainsApplyThem_PausePartitions_AndNeverHoldMoreThanTheBound()
    {
        var prefix = KafkaFixture.NewPrefix();
        var cases = await SubmitCases(40);
        using var meter = new ConsumerMeter(Group(prefix));

        using var consumer = HubConsumer(prefix, ("MaxInFlightPerPartition", "2"), ("MaxInFlight", "3"));
        await consumer.StartAsync();
        await Publish(prefix, cases);
        var views = await Eventually.Until(() => Views(cases), v => v.All(c => c.Status == CaseStatus.Delivered), Patience, "every case to be decided");
        await consumer.StopAsync();

        Assert.All(views, v => Assert.Single(v.Timeline, t => t.Action == "accepted"));
        Assert.InRange(meter.MostHeld, 1, 3);
        Assert.True(meter.MostPaused > 0, "the consumer never paused a partition");
    }

    private static string Group(string prefix) => HubConsumerHost.Group(prefix);

    private static string[] Keys(CaseSubmission[] cases) => [.. cases.Select(c => c.CaseId.Value)];

    // Every case went received, forwarded, accepted, approved, delivered on hub.case-events: each once, nothing more.
    private async Task AssertEachStatusOnce(CaseSubmission[] cases)
    {
        CaseStatus[] journey = [CaseStatus.Received, CaseStatus.Forwarded, CaseStatus.Accepted, CaseStatus.Approved, CaseStatus.Delivered];
        var changes = await HubFeeds.StatusChangesAsync(fixture.BootstrapServers, fixture.TopicPrefix, Keys(cases), cases.Length * journey.Length);
        Assert.All(cases, c => Assert.Equal(journey, changes[c.CaseId.Value].Select(s => s.Status)));
    }

    private IHost HubConsumer(string prefix, params (string Key, string Value)[] settings) => HubConsumerHost.Build(fixture, prefix, settings);

    private async Task<CaseSubmission[]> SubmitCases(int count)
    {
        var cases = Enumerable.Range(0, count).Select(_ => Submission()).ToArray();
        await Task.WhenAll(cases.Select(c => fixture.Case(c).Submit(c)));
        return cases;
    }

    // Each case: accepted, then approved; across cases, interleaved.
    private async Task Publish(string prefix, CaseSubmission[] cases)
    {
        using var line = new DepartmentLine(fixture.BootstrapServers, prefix);
        await line.PublishAsync(cases.Select(c => (c.CaseId, Event("public-security", DepartmentEventKind.TaskAccepted)))
            .Concat(cases.Select(c => (c.CaseId, Event("public-security", DepartmentEventKind.TaskApproved)))));
    }

    private async Task<CaseView[]> Views(CaseSubmission[] cases) =>
        await Task.WhenAll(cases.Select(c => fixture.Case(c).GetView()));

    private async Task<int> Delivered(CaseSubmission[] cases) =>
        (await Views(cases)).Count(v => v.Status == CaseStatus.Delivered);
}
