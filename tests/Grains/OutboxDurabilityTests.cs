using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Orleans.Core.Internal;
using Orleans.Runtime;
using static Hub.Tests.Cases.CaseSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Grains;

/// <summary>
/// A case's outbox survives a broker outage and the loss of the activation that wrote it: cases are accepted while
/// the broker is down, and their dispatches arrive once it is back.
/// </summary>
[Collection(BrokerOutageCollection.Name)]
public sealed class OutboxDurabilityTests(BrokerOutageFixture fixture)
{
    [Fact]
    public async Task CasesSubmittedWhileTheBrokerIsDown_AreAccepted_AndTheirDispatchesArriveWhenItIsBack()
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

            await Eventually.Until(() => OutboxReminders(submissions), n => n == submissions.Length, what: "every waiting outbox to be guarded by a reminder");
        }
        finally
        {
            fixture.Broker.BringUp();
        }

        await AssertDispatchedOnce(submissions);
        await Eventually.Until(() => OutboxReminders(submissions), n => n == 0, what: "the reminders to go once the outboxes are out");
    }

    [Fact]
    public async Task CasesDeactivatedBeforeTheirOutboxIsOut_AreWokenByTheirReminder_AndPublishIt()
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

            await Eventually.Until(() => OutboxReminders(submissions), n => n == submissions.Length, what: "every waiting outbox to be guarded by a reminder");

            // Outlive every publish the deactivated activations left in the producer's queue: from here on, only
            // what the cases stored, woken by their reminders, can bring the dispatches out.
            await Task.Delay(BrokerOutageFixture.MessageTimeout * 3);
        }
        finally
        {
            fixture.Broker.BringUp();
        }

        await AssertDispatchedOnce(submissions);
        await Eventually.Until(() => OutboxReminders(submissions), n => n == 0, what: "the reminders to go once the outboxes are out");
    }

    private void AssertBrokerUnreachable()
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = fixture.Broker.BootstrapServers })
            .SetLogHandler((_, _) => { })
            .Build();
        Assert.ThrowsAny<KafkaException>(() => admin.GetMetadata(TimeSpan.FromSeconds(2)));
    }

    // Every case's dispatch arrives; a repeat would carry the same event id, which departments drop.
    private async Task AssertDispatchedOnce(CaseSubmission[] submissions)
    {
        var waiting = submissions.ToDictionary(s => s.CaseId.Value);
        using var reader = new TopicReader(fixture.Broker.BootstrapServers, HubTopics.Dispatch("public-security", fixture.TopicPrefix));
        var records = await reader.ReadAsync(submissions.Length, r => r.Message.Key is { } key && waiting.Remove(key));
        foreach (var record in records)
        {
            var task = ProtoCodec.Decode<Wire.DispatchTask>(record.Message.Value);
            Assert.Equal((record.Message.Key, "public-security", $"{record.Message.Key}/dispatch/public-security/1"), (task.CaseId, task.Department, task.EventId));
        }
    }

    private async Task<int> OutboxReminders(CaseSubmission[] submissions)
    {
        var table = fixture.SiloService<IReminderTable>();
        var count = 0;
        foreach (var submission in submissions)
        {
            var rows = await table.ReadRows(fixture.Case(submission).GetGrainId());
            count += rows.Reminders.Count(r => r.ReminderName == "outbox");
        }

        return count;
    }
}
