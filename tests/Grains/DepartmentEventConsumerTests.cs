using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Contracts = Hub.Kafka.Contracts;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>Department events published on Kafka reach the real case grains, or the dead-letter topic with their reason.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DepartmentEventConsumerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task PublishedDecision_IsAppliedToTheCase()
    {
        var submission = await Submitted();

        await Send("public-security", submission.CaseId.Value, Encode(submission, "public-security", Guid.NewGuid().ToString("N"), accepted: true));
        await Send("public-security", submission.CaseId.Value, Encode(submission, "public-security", Guid.NewGuid().ToString("N"), accepted: false));

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Delivered, what: "the approval to be applied");
        Assert.Contains(view.Timeline, t => t.Actor == "department:public-security" && t.Action == "accepted");
    }

    [Fact]
    public async Task SameEventDeliveredThreeTimes_IsAppliedOnce()
    {
        var submission = await Submitted();
        var accepted = Encode(submission, "public-security", "accept-once", accepted: true);

        for (var i = 0; i < 3; i++)
        {
            await Send("public-security", submission.CaseId.Value, accepted);
        }

        // Same key, same partition: once the approval sent last is applied, the three copies were all consumed.
        await Send("public-security", submission.CaseId.Value, Encode(submission, "public-security", "approve", accepted: false));
        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Delivered, what: "the approval behind the copies");
        Assert.Single(view.Timeline, t => t.Action == "accepted");
    }

    [Fact]
    public async Task UndecodableMessage_IsDeadLettered_AndTheEventBehindItIsApplied()
    {
        var submission = await Submitted();
        byte[] garbage = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];

        await Send("public-security", submission.CaseId.Value, garbage);
        await Send("public-security", submission.CaseId.Value, Encode(submission, "public-security", Guid.NewGuid().ToString("N"), accepted: true));

        var letter = await DeadLetterFor(submission.CaseId.Value);
        Assert.Equal(garbage, letter.Message.Value);
        Assert.Equal(HubTopics.DepartmentEvents("public-security", fixture.TopicPrefix), Header(letter, HubHeaders.DeadLetterTopic));
        Assert.NotNull(Header(letter, HubHeaders.DeadLetterOffset));
        Assert.NotNull(Header(letter, HubHeaders.DeadLetterPartition));
        Assert.StartsWith("undecodable", Header(letter, HubHeaders.DeadLetterReason));
        await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Accepted, what: "the event behind the poison message");
    }

    [Fact]
    public async Task EventForACaseThatDoesNotExist_IsDeadLetteredWithItsReason()
    {
        var ghost = Submission();

        await Send("public-security", ghost.CaseId.Value, Encode(ghost, "public-security", Guid.NewGuid().ToString("N"), accepted: true));

        var letter = await DeadLetterFor(ghost.CaseId.Value);
        Assert.StartsWith("case-not-found", Header(letter, HubHeaders.DeadLetterReason));
    }

    [Fact]
    public async Task EventFromADepartmentTheCaseWasNotDispatchedTo_IsDeadLettered_AndChangesNothing()
    {
        var submission = await Submitted();

        await Send("tax", submission.CaseId.Value, Encode(submission, "tax", Guid.NewGuid().ToString("N"), accepted: false));

        var letter = await DeadLetterFor(submission.CaseId.Value);
        Assert.StartsWith("not-dispatched", Header(letter, HubHeaders.DeadLetterReason));
        Assert.Equal("tax", Header(letter, HubHeaders.DeadLetterDepartment));
        Assert.Equal(CaseStatus.Forwarded, (await fixture.Case(submission).GetView()).Status);
    }

    private async Task<CaseSubmission> Submitted()
    {
        var submission = Submission();
        await fixture.Case(submission).Submit(submission);
        return submission;
    }

    private static byte[] Encode(CaseSubmission submission, string department, string eventId, bool accepted) =>
        ProtoCodec.Encode(new Contracts.DepartmentEvent
        {
            EventId = eventId,
            OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            CaseId = submission.CaseId.Value,
            Department = department,
            Officer = "officer-12",
            Accepted = accepted ? new Contracts.TaskAccepted() : null,
            Approved = accepted ? null : new Contracts.TaskApproved { Remark = "符合条件" },
        });

    private async Task Send(string department, string key, byte[] value)
    {
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        var headers = new Headers { { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent) } };
        await producer.ProduceAsync(HubTopics.DepartmentEvents(department, fixture.TopicPrefix), new Message<string, byte[]> { Key = key, Value = value, Headers = headers });
    }

    private async Task<ConsumeResult<string?, byte[]?>> DeadLetterFor(string key)
    {
        using var reader = new TopicReader(fixture.BootstrapServers, HubTopics.DeadLetters(fixture.TopicPrefix));
        return Assert.Single(await reader.ReadAsync(1, r => r.Message.Key == key));
    }

    private static string? Header(ConsumeResult<string?, byte[]?> record, string key) =>
        record.Message.Headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
