using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using Hub.Cases;
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
/// 多地联办: HR-003 企业职工基本养老保险关系转移接续 taken at 长沙市芙蓉区's hall for an applicant who moves their pension
/// from 岚皋县 (转出地) to 芙蓉区 (转入地). The case has a task at each node: 岚皋's human-resources department transfers
/// out, then 芙蓉区's takes in; each is dispatched with its own node, and both nodes' windows see the case.
/// </summary>
public sealed class JointHandlingTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private const string Furong = "430102000000";
    private const string Langao = "610925000000";

    [Fact]
    public async Task APensionTransfer_HasATaskAtEachNode_EachDispatchedToItsOwnNode_AndBothNodesWindowsSeeIt()
    {
        var furong = hub.Window("demo-changsha-furong");
        var response = await furong.PostAsJsonAsync("/api/cases", Body(formerHome: "610925100201"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = created["caseId"]!.GetValue<string>();

        Assert.Equal(("JointHandling", Furong), (created["mode"]!.GetValue<string>(), created["handlingNode"]!["code"]!.GetValue<string>()));
        Assert.Equal([$"1/{Langao}/Dispatched/转出", $"2/{Furong}/Waiting/转入"], Tasks(created));
        Assert.EndsWith("岚皋县", created["tasks"]![0]!["node"]!["name"]!.GetValue<string>());

        // Both nodes' windows read the case, and it is in both inboxes; a third node's window finds no such case.
        var langao = hub.Window("demo-langao-county");
        Assert.Equal(HttpStatusCode.OK, (await langao.GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Window("demo-wushen-banner").GetAsync($"/api/cases/{caseId}")).StatusCode);
        foreach (var (window, node) in new[] { (langao, "610925"), (furong, "430102") })
        {
            await Eventually.Until(
                () => window.GetFromJsonAsync<JsonArray>($"/api/nodes/{node}/inbox")!,
                inbox => inbox!.Any(e => e!["caseId"]!.GetValue<string>() == caseId), what: $"the case in {node}'s inbox");
        }

        // The home node's department cannot act before its stage: the event is dead-lettered, naming the node.
        var bootstrap = await hub.BootstrapServersAsync();
        using var line = new DepartmentLine(bootstrap, "");
        var id = CaseId.Parse(caseId);
        var early = Approval(Furong);
        await line.PublishAsync([(id, early)]);
        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(bootstrap, "", [caseId], atLeast: 1));
        Assert.StartsWith($"not-dispatched: Case {caseId} was not dispatched to department 'human-resources' at node {Furong}",
            Encoding.UTF8.GetString(letter.Message.Headers.GetLastBytes(HubHeaders.DeadLetterReason)));

        // 岚皋 transfers out; then 芙蓉区's task goes out, and its approval completes the case.
        await line.PublishAsync([(id, Approval(Langao))]);
        await Eventually.Until(() => furong.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => Tasks(c!)[1].Contains("/Dispatched/"), what: "the home node's task dispatched");
        await line.PublishAsync([(id, Approval(Furong))]);
        var done = (await Eventually.Until(() => langao.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => c!["status"]!.GetValue<string>() == "Delivered", what: "the transfer completed"))!;
        Assert.Equal([$"1/{Langao}/Approved/转出", $"2/{Furong}/Approved/转入"], Tasks(done));

        using var topic = new TopicReader(bootstrap, HubTopics.Dispatch("human-resources"));
        var dispatches = (await topic.ReadUntilQuietAsync(r => r.Message.Key == caseId && TopicReader.TypeOf(r) == HubMessageTypes.DispatchTask, atLeast: 2))
            .Select(r => ProtoCodec.Decode<Wire.DispatchTask>(r.Message.Value)).ToArray();
        Assert.Equal([(1, Langao, "转出"), (2, Furong, "转入")], dispatches.Select(d => (d.Stage, d.HandlingNode!, d.TaskName![..2])));
        Assert.All(dispatches, d => Assert.Equal(Wire.HandlingMode.JointHandling, d.Mode));
        Assert.Equal(2, dispatches.Select(d => d.EventId).Distinct().Count());
    }

    [Fact]
    public async Task TheMatterListing_SaysWhatEachMatterDoesWithItsTasks()
    {
        var matters = (await hub.Window("demo-changsha-furong").GetFromJsonAsync<JsonArray>("/api/matters?home=430102001001"))!;

        var pension = matters.Single(m => m!["code"]!.GetValue<string>() == "HR-003")!;
        Assert.Contains("JointHandling", pension["modes"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["Former/1/转出", "Home/2/转入"], pension["jointTasks"]!.AsArray().Select(t => $"{t!["at"]!.GetValue<string>()}/{t["stage"]}/{t["name"]!.GetValue<string>()[..2]}"));
        var bundle = matters.Single(m => m!["code"]!.GetValue<string>() == "BN-001")!;
        Assert.Equal(["market-regulation", "tax,public-security", "human-resources,medical-insurance,housing"],
            bundle["stages"]!.AsArray().Select(stage => string.Join(",", stage!.AsArray().Select(d => d!.GetValue<string>()))));
        Assert.Empty(bundle["jointTasks"]!.AsArray());
    }

    [Theory]
    [InlineData("JointHandling", null, "former-home-required")]
    [InlineData("ProxyReceipt", "610925100201", "former-home-not-joint")]
    [InlineData("JointHandling", "430102001002", "same-region")]
    [InlineData("JointHandling", "61092", "")]
    public async Task AJointRequestWithoutAUsableFormerHome_IsRefusedNamingIt(string mode, string? formerHome, string code)
    {
        var response = await hub.Window("demo-changsha-furong").PostAsJsonAsync("/api/cases", Body(formerHome, mode));

        Assert.Equal(code.Length == 0 ? HttpStatusCode.BadRequest : HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(["applicant.formerHome"], problem["errors"]!.AsObject().Select(e => e.Key).ToArray());
        if (code.Length > 0)
        {
            Assert.Equal(code, problem["code"]!.GetValue<string>());
        }
    }

    private static object Body(string? formerHome, string mode = "JointHandling") => new
    {
        matterCode = "HR-003",
        mode,
        applicant = new { id = CaseSamples.UniqueChangshaCitizenId(), name = "赵敏", formerHome },
        materials = new[] { "id-card", "transfer-certificate" }.Select(code => new { code, reference = $"scan://{code}" }),
    };

    private static DepartmentEvent Approval(string node) =>
        CaseSamples.Event("human-resources", DepartmentEventKind.TaskApproved) with { Node = DivisionCode.Parse(node), CertificateIds = [] };

    private static string[] Tasks(JsonObject c) =>
        [.. c["tasks"]!.AsArray().Select(t => $"{t!["stage"]!.GetValue<int>()}/{t["node"]!["code"]!.GetValue<string>()}/{t["status"]!.GetValue<string>()}/{t["name"]!.GetValue<string>()[..2]}")];
}
