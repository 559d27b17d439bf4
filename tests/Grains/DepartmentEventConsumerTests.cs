using System.Text;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
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
    public async Task SameEventDeliveredThreeTimes_IsAppliedOnce_AndItsCopiesAreNotDeadLettered()
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

        // A copy the case did not know for a repeat would have been refused by the state machine, and dead-lettered.
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value]));
        Assert.Equal(
            [CaseStatus.Received, CaseStatus.Forwarded, CaseStatus.Accepted, CaseStatus.Approved, CaseStatus.Delivered],
            await Statuses(submission, 5));
    }

    [Fact]
    public async Task SupplementRequestDeliveredAgainAfterTheSupplement_ChangesNothing()
    {
        var submission = await Submitted();
        var request = Event("public-security", DepartmentEventKind.SupplementRequested, "supplement-once", "household-register");
        using var line = new DepartmentLine(fixture.BootstrapServers, fixture.TopicPrefix);
        await line.PublishAsync([(submission.CaseId, request)]);
        await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.SupplementRequested, what: "the supplement request");
        await fixture.Case(submission).Supplement(VillageWindow, [new Material("household-register", "scan://3")]);

        // The task is dispatched anew, so the state machine would take the same request again: only its event id says it is a repeat.
        await line.PublishAsync([(submission.CaseId, request)]);
        await Send("public-security", submission.CaseId.Value, []);

        // The empty message behind the repeat is dead-lettered whatever the case: once it is, the repeat was consumed.
        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], atLeast: 1));
        Assert.StartsWith($"{DeadLetterCodes.Empty}:", Header(letter, HubHeaders.DeadLetterReason));
        var view = await fixture.Case(submission).GetView();
        Assert.Equal(CaseStatus.Forwarded, view.Status);
        Assert.Single(view.Timeline, t => t.Action == "supplement-requested");
        Assert.Equal([CaseStatus.Received, CaseStatus.Forwarded, CaseStatus.SupplementRequested, CaseStatus.Forwarded], await Statuses(submission, 4));
    }

    [Fact]
    public async Task AnExtensionOverTheLimit_IsDeadLetteredInWords_AndTheExtensionsAroundItAreApplied()
    {
        var submission = await Submitted();
        DepartmentEvent Extension(int days) =>
            Event("public-security", DepartmentEventKind.DeadlineExtended) with { Reason = "expert review (专家评审)", ExtensionDays = days };
        var before = (await fixture.Case(submission).GetView()).StatutoryDeadline;
        using var line = new DepartmentLine(fixture.BootstrapServers, fixture.TopicPrefix);

        await line.PublishAsync([(submission.CaseId, Extension(6)), (submission.CaseId, Extension(5)), (submission.CaseId, Extension(4))]);

        var view = await Eventually.Until(
            () => fixture.Case(submission).GetView(), v => v.Timeline.Count(t => t.Action == "deadline-extended") == 2, what: "the two extensions that fit");
        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], atLeast: 1));
        Assert.StartsWith($"{CaseRuleCodes.InvalidInput}: A statutory limit may be extended by at most 10 working days in all", Header(letter, HubHeaders.DeadLetterReason));
        Assert.Equal(Cases.CaseSamples.ShippedCalendar.Add(before, 10).Date, view.StatutoryDeadline);
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
        Assert.StartsWith($"{DeadLetterCodes.Undecodable}: the payload is not a DepartmentEvent protobuf message: ", Header(letter, HubHeaders.DeadLetterReason));
        await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Accepted, what: "the event behind the poison message");
    }

    [Fact]
    public async Task EventForACaseThatDoesNotExist_IsDeadLetteredWithItsReason()
    {
        var ghost = Submission();

        await Send("public-security", ghost.CaseId.Value, Encode(ghost, "public-security", Guid.NewGuid().ToString("N"), accepted: true));

        var letter = await DeadLetterFor(ghost.CaseId.Value);
        Assert.StartsWith($"{CaseRuleCodes.NotFound}:", Header(letter, HubHeaders.DeadLetterReason));
    }

    [Fact]
    public async Task EventFromADepartmentTheCaseWasNotDispatchedTo_IsDeadLettered_AndChangesNothing()
    {
        var submission = await Submitted();

        await Send("tax", submission.CaseId.Value, Encode(submission, "tax", Guid.NewGuid().ToString("N"), accepted: false));

        var letter = await DeadLetterFor(submission.CaseId.Value);
        Assert.StartsWith($"{CaseRuleCodes.NotDispatched}:", Header(letter, HubHeaders.DeadLetterReason));
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

    private async Task<ConsumeResult<string?, byte[]?>> DeadLetterFor(string key) =>
        Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [key], atLeast: 1));

    private async Task<CaseStatus[]> Statuses(CaseSubmission submission, int expected) =>
        [.. (await HubFeeds.StatusChangesAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], expected))[submission.CaseId.Value].Select(c => c.Status)];

    private static string? Header(ConsumeResult<string?, byte[]?> record, string key) =>
        record.Message.Headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
