using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Kafka;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Modes;

/// <summary>
/// 一件事: BN-001 企业开办 at 长沙市芙蓉区's hall, on a hub whose departments do not answer, so that the test plays each of
/// the six department lines itself: one application fans out stage by stage, in whichever mode it came, under the
/// bundle's own deadline of one working day; a rejected task fails the whole and the others hear of it.
/// </summary>
public sealed class BundleTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private const string Furong = "demo-changsha-furong";
    private static readonly string[] Departments = ["market-regulation", "tax", "public-security", "human-resources", "medical-insurance", "housing"];
    private static readonly Matter Business = MatterCatalogue.LoadDefault().All.Single(m => m.Code == "BN-001");

    [Fact]
    public async Task AFullyOnlineBusinessStartUp_FansOutToAllSixDepartments_StageByStage_OneDispatchEach()
    {
        var window = hub.Window(Furong);
        var created = await Submit(window, "FullyOnline");
        var caseId = created["caseId"]!.GetValue<string>();

        Assert.Equal("FullyOnline", created["mode"]!.GetValue<string>());
        Assert.Equal(
            ["market-regulation/1/Dispatched", "tax/2/Waiting", "public-security/2/Waiting", "human-resources/3/Waiting", "medical-insurance/3/Waiting", "housing/3/Waiting"],
            Tasks(created));
        var received = DateOnly.FromDateTime(created["submittedAt"]!.GetValue<DateTimeOffset>().ToOffset(TimeSpan.FromHours(8)).DateTime);
        Assert.Equal(CaseSamples.ShippedCalendar.Add(received, 1).Date.ToString("yyyy-MM-dd"), created["deadlines"]!["committed"]!.GetValue<string>());

        var bootstrap = await hub.BootstrapServersAsync();
        using var line = new DepartmentLine(bootstrap, "");
        var id = CaseId.Parse(caseId);
        await line.PublishAsync([(id, Approval("market-regulation"))]);
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => Tasks(c!)[1] == "tax/2/Dispatched", what: "stage 2 dispatched");
        await line.PublishAsync([(id, Approval("tax")), (id, Approval("public-security"))]);
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => Tasks(c!)[5] == "housing/3/Dispatched", what: "stage 3 dispatched");
        await line.PublishAsync([(id, Approval("human-resources")), (id, Approval("medical-insurance")), (id, Approval("housing"))]);
        var done = await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => c!["status"]!.GetValue<string>() == "Delivered", what: "the bundle approved and delivered");

        Assert.All(done!["tasks"]!.AsArray(), t => Assert.Equal("Approved", t!["status"]!.GetValue<string>()));
        foreach (var department in Departments)
        {
            using var topic = new TopicReader(bootstrap, HubTopics.Dispatch(department));
            var dispatches = (await topic.ReadUntilQuietAsync(r => r.Message.Key == caseId && TopicReader.TypeOf(r) == HubMessageTypes.DispatchTask))
                .Select(r => ProtoCodec.Decode<Wire.DispatchTask>(r.Message.Value)).ToArray();
            var task = Assert.Single(dispatches);
            Assert.Equal((department, Wire.HandlingMode.FullyOnline, "430102000000"), (task.Department, task.Mode, task.HandlingNode));
            Assert.Equal(Business.Stages.Select((s, i) => (s, i)).Single(x => x.s.Contains(department)).i + 1, task.Stage);
        }
    }

    [Fact]
    public async Task ARejectedTask_FailsTheBundle_NamingTheTask_AndEveryOtherDispatchedDepartmentIsTold()
    {
        var window = hub.Window(Furong);
        var caseId = (await Submit(window, mode: null))["caseId"]!.GetValue<string>();
        var bootstrap = await hub.BootstrapServersAsync();
        using var line = new DepartmentLine(bootstrap, "");
        var id = CaseId.Parse(caseId);
        await line.PublishAsync([(id, Approval("market-regulation"))]);
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => Tasks(c!)[1] == "tax/2/Dispatched", what: "stage 2 dispatched");

        await line.PublishAsync([(id, CaseSamples.Event("tax", DepartmentEventKind.TaskRejected) with { Reason = "住所使用证明与登记地址不符" })]);

        var rejected = (await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => c!["status"]!.GetValue<string>() == "Rejected", what: "the bundle rejected"))!;
        Assert.Equal(
            ["market-regulation/1/Approved", "tax/2/Rejected", "public-security/2/Cancelled", "human-resources/3/Cancelled", "medical-insurance/3/Cancelled", "housing/3/Cancelled"],
            Tasks(rejected));
        var decision = rejected["timeline"]!.AsArray().Last(e => e!["action"]!.GetValue<string>() == "rejected")!["detail"]!.GetValue<string>();
        Assert.Equal("task tax (stage 2) rejected: 住所使用证明与登记地址不符", decision);
        var told = rejected["timeline"]!.AsArray().Single(e => e!["action"]!.GetValue<string>() == "departments-told")!["detail"]!.GetValue<string>();
        Assert.Contains("market-regulation", told);
        Assert.Contains("public-security", told);

        var stops = new Dictionary<string, Wire.CaseStopped[]>();
        foreach (var department in Departments)
        {
            using var topic = new TopicReader(bootstrap, HubTopics.Dispatch(department));
            stops[department] = [.. (await topic.ReadUntilQuietAsync(r => r.Message.Key == caseId && TopicReader.TypeOf(r) == HubMessageTypes.CaseStopped))
                .Select(r => ProtoCodec.Decode<Wire.CaseStopped>(r.Message.Value))];
        }

        var cancelled = Assert.Single(stops["public-security"]);
        Assert.Equal((Wire.CaseStopCause.TaskRejected, "tax", true, 2), (cancelled.Cause, cancelled.FailedDepartment, cancelled.TaskCancelled, cancelled.Stage));
        Assert.Contains("住所使用证明与登记地址不符", cancelled.Reason);
        var decided = Assert.Single(stops["market-regulation"]);
        Assert.Equal((Wire.CaseStopCause.TaskRejected, "tax", false), (decided.Cause, decided.FailedDepartment, decided.TaskCancelled));
        Assert.Empty(stops["tax"]);
        Assert.All(new[] { "human-resources", "medical-insurance", "housing" }, d => Assert.Empty(stops[d]));
    }

    [Fact]
    public async Task AWithdrawnCase_TellsItsDepartmentToStop()
    {
        var window = hub.Window(Furong);
        var caseId = (await Submit(window, mode: null))["caseId"]!.GetValue<string>();

        var withdrawn = await window.PostAsJsonAsync($"/api/cases/{caseId}/withdrawal", new { reason = "申请人改为下月办理" });

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        using var topic = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Dispatch("market-regulation"));
        var stop = Assert.Single((await topic.ReadUntilQuietAsync(r => r.Message.Key == caseId && TopicReader.TypeOf(r) == HubMessageTypes.CaseStopped, atLeast: 1))
            .Select(r => ProtoCodec.Decode<Wire.CaseStopped>(r.Message.Value)));
        Assert.Equal((Wire.CaseStopCause.Withdrawn, true, ""), (stop.Cause, stop.TaskCancelled, stop.FailedDepartment ?? ""));
        Assert.Contains("申请人改为下月办理", stop.Reason);
    }

    // Collected at the window, so that a decision stays on the case until the handover.
    private static async Task<JsonObject> Submit(HttpClient window, string? mode)
    {
        var response = await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = "BN-001",
            mode,
            delivery = mode == "FullyOnline" ? null : "Window",
            applicant = new { id = CaseSamples.UniqueChangshaCitizenId(), name = "陈静" },
            materials = Business.Materials.Where(m => m.Required).Select(m => new { code = m.Code, reference = $"scan://{m.Code}" }),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static DepartmentEvent Approval(string department) => CaseSamples.Event(department, DepartmentEventKind.TaskApproved);

    private static string[] Tasks(JsonObject c) =>
        [.. c["tasks"]!.AsArray().Select(t => $"{t!["department"]!.GetValue<string>()}/{t["stage"]!.GetValue<int>()}/{t["status"]!.GetValue<string>()}")];
}
