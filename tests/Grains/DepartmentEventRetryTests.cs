using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>
/// A department event whose case does not answer (a silo going away, a call that timed out) is tried again until it
/// is applied, never dead-lettered for it; and a consumer that stops while it is still trying gives the event up
/// without committing it, so that the next one applies it.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class DepartmentEventRetryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EventWhoseCaseTimesOut_IsTriedAgainUntilApplied_AndNotDeadLettered()
    {
        var submission = await Submitted();
        FailingCaseCalls.FailNext(submission.CaseId.Value, 4);

        using var line = new DepartmentLine(fixture.BootstrapServers, fixture.TopicPrefix);
        await line.PublishAsync([(submission.CaseId, Event("public-security", DepartmentEventKind.TaskAccepted))]);

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Accepted, what: "the acceptance behind the timeouts");
        Assert.Equal(0, FailingCaseCalls.Remaining(submission.CaseId.Value));
        Assert.Single(view.Timeline, t => t.Action == "accepted");
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value]));
    }

    [Fact]
    public async Task ConsumerStoppedWhileAnEventIsStillFailing_DoesNotCommitIt_AndTheNextConsumerAppliesIt()
    {
        var prefix = KafkaFixture.NewPrefix();
        var topic = HubTopics.DepartmentEvents("public-security", prefix);
        var submission = await Submitted();
        FailingCaseCalls.FailNext(submission.CaseId.Value, int.MaxValue);
        using (var first = HubConsumerHost.Build(fixture, prefix, ("DrainTimeout", "00:00:01")))
        {
            await first.StartAsync();
            using var line = new DepartmentLine(fixture.BootstrapServers, prefix);
            await line.PublishAsync([(submission.CaseId, Event("public-security", DepartmentEventKind.TaskAccepted))]);
            await Eventually.Until(() => Task.FromResult(FailingCaseCalls.Remaining(submission.CaseId.Value)), n => n < int.MaxValue - 2, what: "the consumer to try the event a few times");
            await first.StopAsync();
        }

        Assert.Equal(1, GroupOffsets.Behind(fixture.BootstrapServers, HubConsumerHost.Group(prefix), topic));
        Assert.Equal(CaseStatus.Forwarded, (await fixture.Case(submission).GetView()).Status);

        FailingCaseCalls.FailNext(submission.CaseId.Value, 0);
        using var second = HubConsumerHost.Build(fixture, prefix);
        await second.StartAsync();
        await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Accepted, what: "the next consumer to apply the event");
        await second.StopAsync();
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, prefix, [submission.CaseId.Value]));
    }

    private async Task<CaseSubmission> Submitted()
    {
        var submission = Submission();
        await fixture.Case(submission).Submit(submission);
        return submission;
    }
}
