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

/// <summary>An operator lists a dead letter, fixes its cause, and re-drives it; the case then applies it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DeadLetterRedriveTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ApprovalThatCameDuringASupplement_IsDeadLettered_ThenReDrivenAfterTheSupplement_AndApplied()
    {
        var submission = Submission();
        var grain = fixture.Case(submission);
        await grain.Submit(submission);
        await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.SupplementRequested, null, "household-register"));
        var store = fixture.SiloService<DeadLetterStore>();

        await Send(submission, "approve-early");
        var letter = await Eventually.Until(
            async () => (await store.ListAsync(1000, CancellationToken.None)).FirstOrDefault(l => l.Key == submission.CaseId.Value),
            l => l is not null, what: "the dead letter in the operator's list");

        Assert.StartsWith($"{CaseRuleCodes.InvalidTransition}:", letter!.Reason);
        Assert.Equal("public-security", letter.Department);
        Assert.Equal(HubTopics.DepartmentEvents("public-security", fixture.TopicPrefix), letter.OriginalTopic);
        Assert.Equal("approve-early", letter.EventId);
        var same = await store.GetAsync(letter.Partition, letter.Offset, CancellationToken.None);
        Assert.Equal(letter.PayloadBase64, same!.PayloadBase64);

        await grain.Supplement(VillageWindow, [new Material("household-register", "scan://3")]);
        var redriven = await store.RedriveAsync(letter.Partition, letter.Offset, CancellationToken.None);

        Assert.Equal(letter.OriginalTopic, redriven!.Topic);
        var view = await Eventually.Until(() => grain.GetView(), v => v.Status == CaseStatus.Delivered, what: "the re-driven approval to be applied");
        Assert.Contains(view.Timeline, t => t.Action == "task-approved");

        // Re-driving again is harmless: the case has applied that event id already.
        await store.RedriveAsync(letter.Partition, letter.Offset, CancellationToken.None);
        Assert.Null(await store.GetAsync(letter.Partition, 1_000_000, CancellationToken.None));
    }

    private async Task Send(CaseSubmission submission, string eventId)
    {
        var payload = ProtoCodec.Encode(new Contracts.DepartmentEvent
        {
            EventId = eventId,
            OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            CaseId = submission.CaseId.Value,
            Department = "public-security",
            Approved = new Contracts.TaskApproved { Remark = "准予办理" },
        });
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        await producer.ProduceAsync(
            HubTopics.DepartmentEvents("public-security", fixture.TopicPrefix),
            new Message<string, byte[]>
            {
                Key = submission.CaseId.Value,
                Value = payload,
                Headers = new Headers
                {
                    { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.DepartmentEvent) },
                    { HubHeaders.EventId, Encoding.UTF8.GetBytes(eventId) },
                },
            });
    }
}
