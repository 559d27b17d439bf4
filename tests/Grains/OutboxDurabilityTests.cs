using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Support;
using Orleans.Core.Internal;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>
/// A case's outbox survives a broker outage and the loss of the activation that wrote it: cases are accepted while
/// the broker is down, and their messages arrive once it is back — each exactly once, with no call to the case.
/// </summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class OutboxDurabilityTests(BrokerOutageFixture fixture)
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task CasesSubmittedWhileTheBrokerIsDown_AreAccepted_AndTheirMessagesArriveOnceWhenItIsBack()
    {
        var submissions = Enumerable.Range(0, 4).Select(_ => Submission()).ToArray();

        fixture.Broker.TakeDown();
        try
        {
            AssertBrokerUnreachable();
            foreach (var submission in submissions)
            {
                Assert.Equal(CaseStatus.Forwarded, (await fixture.Case(submission).Submit(submission)).Status);
            }

            // Outlive the producer's own attempts: from here on only the sweep brings the messages out.
            await Task.Delay(BrokerOutageFixture.MessageTimeout * 3);
        }
        finally
        {
            fixture.Broker.BringUp();
        }

        await AssertPublishedOnce(submissions);
    }

    [Fact]
    public async Task CasesDeactivatedBeforeTheirOutboxIsOut_AreWokenByTheSweep_AndPublishItOnce()
    {
        var submissions = Enumerable.Range(0, 3).Select(_ => Submission()).ToArray();

        fixture.Broker.TakeDown();
        try
        {
            AssertBrokerUnreachable();
            foreach (var submission in submissions)
            {
                await fixture.Case(submission).Submit(submission);
                await fixture.Case(submission).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
            }

            await Task.Delay(BrokerOutageFixture.MessageTimeout * 3);
        }
        finally
        {
            fixture.Broker.BringUp();
        }

        await AssertPublishedOnce(submissions);
    }

    private void AssertBrokerUnreachable()
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = fixture.Broker.BootstrapServers })
            .SetLogHandler((_, _) => { })
            .Build();
        Assert.ThrowsAny<KafkaException>(() => admin.GetMetadata(TimeSpan.FromSeconds(2)));
    }

    // Each case's dispatch and its two status changes (Received, Forwarded), each once.
    private async Task AssertPublishedOnce(CaseSubmission[] submissions)
    {
        var ids = submissions.Select(s => s.CaseId.Value).ToArray();
        using var log = new TopicLog(
            fixture.Broker.BootstrapServers,
            [HubTopics.Dispatch("public-security", fixture.TopicPrefix), HubTopics.CaseEvents(fixture.TopicPrefix)],
            ids);
        await log.ReadAsync(seen => seen.Count >= ids.Length * 3, Quiet);

        var expected = ids.SelectMany(id => new[] { $"{id}/dispatch/public-security/1", $"{id}/status/1", $"{id}/status/2" }).Order();
        Assert.Equal(expected, log.EventIds.Order());
    }
}

/// <summary>A case whose outbox the broker acknowledged publishes nothing again when it is deactivated and read again.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OutboxReactivationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task CaseDeactivatedAndReactivated_PublishesNothingAgain()
    {
        var published = await OutboxChecks.PublishedAfterReactivationAsync(fixture.Client, fixture.BootstrapServers, fixture.TopicPrefix);

        Assert.Equal(OutboxChecks.Submitted(published[0].Split('/')[0]).Order(), published);
    }
}
