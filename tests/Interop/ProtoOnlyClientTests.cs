using System.Text.Json;
using Hub.Cases;
using Hub.Tests.Support;
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
}
