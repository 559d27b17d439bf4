using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using Contracts = Hub.Kafka.Contracts;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Interop;

/// <summary>
/// A department system written in another language against the committed hub.proto alone, with no code from the
/// C# side, reads its dispatch from Kafka and publishes a decision that the hub applies.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ProtoOnlyClientTests(ClusterFixture fixture)
{
    [Fact]
    public async Task NodeClient_ReadsTheDispatch_AndItsApprovalDeliversTheCase()
    {
        var submission = Submission();
        var caseId = submission.CaseId.Value;
        await fixture.Case(submission).Submit(submission);

        var run = await NodeDepartmentClient.RunAsync(fixture.BootstrapServers, fixture.TopicPrefix, "public-security", caseId);

        Assert.True(run.ExitCode == 0, $"The Node.js client exited with {run.ExitCode}. stderr: {run.Stderr}");
        using var printed = JsonDocument.Parse(run.Stdout);
        var dispatch = printed.RootElement.GetProperty("dispatch");
        Assert.Equal(caseId, dispatch.GetProperty("caseId").GetString());
        Assert.Equal("public-security", dispatch.GetProperty("department").GetString());
        Assert.Equal(submission.MatterCode, dispatch.GetProperty("matterCode").GetString());

        var view = await Eventually.Until(() => fixture.Case(submission).GetView(), v => v.Status == CaseStatus.Delivered, what: "the Node.js client's approval to be applied");
        Assert.Contains(view.Timeline, t => t.Actor == "department:public-security" && t.Action == "task-approved");
    }

    [Fact]
    public async Task NodeClient_SkipsACertificateNoticeForTheCase_AndAnswersTheTaskBehindIt()
    {
        var submission = Submission();
        var caseId = submission.CaseId.Value;

        // Ahead of the dispatch on the case's partition: a client that took it for a task would answer it instead.
        await PublishNotice(caseId, "public-security");
        await fixture.Case(submission).Submit(submission);
        var run = await NodeDepartmentClient.RunAsync(fixture.BootstrapServers, fixture.TopicPrefix, "public-security", caseId);

        Assert.True(run.ExitCode == 0, $"The Node.js client exited with {run.ExitCode}. stderr: {run.Stderr}");
        using var printed = JsonDocument.Parse(run.Stdout);
        var dispatch = printed.RootElement.GetProperty("dispatch");
        Assert.Equal((submission.MatterCode, submission.HandlingNode.ToString()), (dispatch.GetProperty("matterCode").GetString(), dispatch.GetProperty("handlingNode").GetString()));
        Assert.Equal(caseId + "/dispatch/public-security/1", dispatch.GetProperty("eventId").GetString());
    }

    private async Task PublishNotice(string caseId, string department)
    {
        var notice = new Contracts.CertificateNotice
        {
            EventId = $"{caseId}/notice/1", OccurredAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), CaseId = caseId, Department = department,
            CertificateId = Certificates.CertificateSamples.NewId(), Status = Contracts.CertificateStatus.Revoked, Reason = "obtained by fraud", MaterialCode = "id-card",
        };
        using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = fixture.BootstrapServers }).Build();
        await producer.ProduceAsync(HubTopics.Dispatch(department, fixture.TopicPrefix), new Message<string, byte[]>
        {
            Key = caseId,
            Value = ProtoCodec.Encode(notice),
            Headers = new Headers { { HubHeaders.Type, Encoding.UTF8.GetBytes(HubMessageTypes.CertificateNotice) } },
        });
    }
}
