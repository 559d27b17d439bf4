using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Tests.Cases;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.EndToEnd;

/// <summary>A case's journey through the real HTTP API, the embedded broker and the department simulator.</summary>
public sealed class WindowJourneyTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private const string ChangshaFurong = "demo-changsha-furong";
    private const string WushenBanner = "demo-wushen-banner";
    private static readonly MatterCatalogue Catalogue = MatterCatalogue.LoadDefault();

    /// <summary>A national matter a village may receive, handled at county level or above, with the materials it requires.</summary>
    private static Matter NationalVillageMatter => Catalogue.All.First(m =>
        m.Scope == MatterScope.National && m.ReceivableAt.Contains(DivisionLevel.Village) && m.CompetentLevel <= DivisionLevel.County
        && m.Modes.Contains(Hub.Cases.HandlingMode.ProxyReceipt) && m.Stages is not { Count: > 1 });

    private static object Body(Matter matter, string? id = null, string? delivery = null, IEnumerable<string>? skipMaterials = null) => new
    {
        matterCode = matter.Code,
        applicant = new { kind = "person", id = id ?? CaseSamples.ChangshaCitizenId(), name = "刘芳", phone = "13800000000" },
        delivery,
        materials = matter.Materials.Where(m => m.Required && !(skipMaterials ?? []).Contains(m.Code))
            .Select(m => new { code = m.Code, reference = $"scan://{m.Code}" }),
    };

    [Fact]
    public async Task CrossProvinceCase_FromLangaoVillage_IsDecidedAndDeliveredThroughKafka()
    {
        var window = hub.Window(LangaoVillage);
        var matter = NationalVillageMatter;

        var response = await window.PostAsJsonAsync("/api/cases", Body(matter));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["caseId"]!.GetValue<string>();
        Assert.StartsWith("610925-", caseId);
        var handling = created["handlingNode"]!["code"]!.GetValue<string>();
        Assert.Equal(DivisionCode.Parse("430102").AncestorAt(matter.CompetentLevel).ToString(), handling);
        Assert.Equal(response.Headers.Location!.ToString(), $"/api/cases/{caseId}");
        Assert.NotNull(created["deadlines"]!["committed"]);

        var final = await Eventually.Until(
            () => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!,
            c => c!["status"]!.GetValue<string>() is "Delivered" or "Closed",
            what: $"case {caseId} to be decided and delivered");

        var actions = final!["timeline"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()).ToArray();
        Assert.Contains("submitted", actions);
        Assert.Contains("dispatched", actions);
        Assert.Contains("forwarded", actions);
        Assert.Contains("accepted", actions);
        Assert.True(actions.Contains("approved") || actions.Contains("rejected"), string.Join(",", actions));
        Assert.Contains("delivered", actions);
        var actors = final["timeline"]!.AsArray().Select(t => t!["actor"]!.GetValue<string>()).ToArray();
        Assert.Contains($"department:{matter.Department}", actors);
        Assert.DoesNotContain(CaseSamples.ChangshaCitizenId(), final.ToJsonString());
    }

    [Fact]
    public async Task HandlingNodeWindow_SeesTheCase_AnotherNodesWindowIsToldThereIsNoSuchCase()
    {
        var matter = Catalogue.All.First(m => m.CompetentLevel == DivisionLevel.County && m.Scope == MatterScope.National
            && m.ReceivableAt.Contains(DivisionLevel.Village) && m.Modes.Contains(Hub.Cases.HandlingMode.ProxyReceipt) && m.Stages is not { Count: > 1 });
        var created = await (await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(matter, delivery: "Window")))
            .Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["caseId"]!.GetValue<string>();
        Assert.Equal("430102000000", created["handlingNode"]!["code"]!.GetValue<string>());

        var stranger = hub.Window(WushenBanner);
        var read = await stranger.GetAsync($"/api/cases/{caseId}");
        var act = await stranger.PostAsJsonAsync($"/api/cases/{caseId}/withdrawal", new { reason = "not mine" });
        var unknown = await stranger.GetAsync($"/api/cases/{CaseSamples.Submission().CaseId}");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (read.StatusCode, act.StatusCode, unknown.StatusCode));
        var (readProblem, actProblem, unknownProblem) = (await AssertProblem(read), await AssertProblem(act), await AssertProblem(unknown));
        Assert.Equal(
            (unknownProblem["title"]!.GetValue<string>(), unknownProblem["detail"]!.GetValue<string>()),
            (readProblem["title"]!.GetValue<string>(), readProblem["detail"]!.GetValue<string>()));
        Assert.Equal(readProblem["detail"]!.GetValue<string>(), actProblem["detail"]!.GetValue<string>());
        foreach (var body in new[] { readProblem, actProblem })
        {
            Assert.DoesNotContain("610925100201", body.ToJsonString());
            Assert.DoesNotContain("430102", body.ToJsonString());
        }

        var handling = hub.Window(ChangshaFurong);
        Assert.Equal(HttpStatusCode.OK, (await handling.GetAsync($"/api/cases/{caseId}")).StatusCode);
        var handlingActs = await handling.PostAsJsonAsync($"/api/cases/{caseId}/withdrawal", new { reason = "not theirs to withdraw" });
        Assert.Equal(HttpStatusCode.Forbidden, handlingActs.StatusCode);
        Assert.DoesNotContain("610925100201", await handlingActs.Content.ReadAsStringAsync());

        var mine = await hub.Window(LangaoVillage).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        Assert.NotEqual("Withdrawn", mine!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutCredential_IsUnauthorized()
    {
        var response = await hub.Window(null).GetAsync("/api/matters?home=430102");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertProblem(response);
    }

    [Fact]
    public async Task WrongIdCheckCharacter_IsRefusedNamingTheField_AndNothingIsStored()
    {
        var good = CaseSamples.ChangshaCitizenId();
        var bad = good[..17] + (good[17] == '1' ? '2' : '1');

        var window = hub.Window(LangaoVillage);
        var before = await ReceivedAtLangaoVillage(window);

        var response = await window.PostAsJsonAsync("/api/cases", Body(NationalVillageMatter, id: bad));

        var problem = await AssertFieldProblem(response, HttpStatusCode.BadRequest, "applicant.id");
        Assert.DoesNotContain(bad, problem.ToJsonString());
        Assert.Equal(before, await ReceivedAtLangaoVillage(window));

        // The figure does move for an accepted case, so the equality above is not vacuous.
        Assert.Equal(HttpStatusCode.Created, (await window.PostAsJsonAsync("/api/cases", Body(NationalVillageMatter))).StatusCode);
        await Eventually.Until(() => ReceivedAtLangaoVillage(window), n => n == before + 1, what: "the village's received counter");
    }

    private static async Task<long> ReceivedAtLangaoVillage(HttpClient window) =>
        (await window.GetFromJsonAsync<JsonObject>("/api/nodes/610925100201"))!["thisMonth"]!["figures"]!["received"]!.GetValue<long>();

    [Fact]
    public async Task UnknownMatter_IsRefusedNamingTheField()
    {
        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", new
        {
            matterCode = "NO-SUCH-MATTER",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
        });

        await AssertFieldProblem(response, HttpStatusCode.UnprocessableEntity, "matterCode");
    }

    [Fact]
    public async Task MatterNotReceivableAtAVillage_IsRefusedNamingTheField()
    {
        var matter = Catalogue.All.First(m => !m.ReceivableAt.Contains(DivisionLevel.Village) && m.Scope == MatterScope.National);

        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(matter));

        await AssertFieldProblem(response, HttpStatusCode.UnprocessableEntity, "matterCode");
    }

    [Fact]
    public async Task NodesOutsideTheMattersScope_AreRefusedNamingTheField()
    {
        var matter = Catalogue.All.First(m => m.Scope == MatterScope.Province && m.ReceivableAt.Contains(DivisionLevel.Village));

        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(matter));

        var problem = await AssertFieldProblem(response, HttpStatusCode.UnprocessableEntity, "matterCode");
        Assert.Equal("out-of-scope", problem["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingRequiredMaterial_IsRefusedNamingTheMaterial()
    {
        var matter = NationalVillageMatter;
        var required = matter.Materials.First(m => m.Required);

        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(matter, skipMaterials: [required.Code]));

        var problem = await AssertFieldProblem(response, HttpStatusCode.UnprocessableEntity, "materials");
        Assert.Contains(required.Code, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmittingAsAnotherNode_IsForbidden()
    {
        var response = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", new
        {
            matterCode = NationalVillageMatter.Code,
            receivingNode = "150626",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
        });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertProblem(response);
    }

    [Fact]
    public async Task Matters_ForAVillageWindow_ListsOnlyWhatItMayTake()
    {
        var matters = await hub.Window(LangaoVillage).GetFromJsonAsync<JsonArray>("/api/matters?home=430102");

        var codes = matters!.Select(m => m!["code"]!.GetValue<string>()).ToHashSet();
        Assert.Contains(NationalVillageMatter.Code, codes);
        Assert.DoesNotContain(Catalogue.All.First(m => !m.ReceivableAt.Contains(DivisionLevel.Village)).Code, codes);
    }

    [Fact]
    public async Task MalformedJson_IsRefusedSayingWhereItBroke()
    {
        var response = await hub.Window(LangaoVillage).PostAsync(
            "/api/cases", new StringContent("{\"matterCode\": \"PS-004\",", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await AssertProblem(response);
        Assert.StartsWith("body:", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task StatusFeed_IsReadableByAnOutsideKafkaClient_AtTheAddressTheOpsEndpointServes()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).GetAsync("/ops/kafka")).StatusCode);
        var kafka = await hub.Window("demo-ops").GetFromJsonAsync<JsonObject>("/ops/kafka");
        var bootstrap = kafka!["bootstrapServers"]!.GetValue<string>();
        Assert.True(kafka["embedded"]!.GetValue<bool>());
        Assert.NotNull(await hub.Window("demo-ops").GetFromJsonAsync<JsonArray>("/ops/dead-letters?limit=10"));
        var created = await (await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(NationalVillageMatter)))
            .Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["caseId"]!.GetValue<string>();

        using var reader = new Hub.Tests.Kafka.TopicReader(bootstrap, Hub.Kafka.HubTopics.CaseEvents());
        var changes = await reader.ReadAsync(2, r => r.Message.Key == caseId);

        var statuses = changes.Select(c => Hub.Kafka.Internal.ProtoCodec.Decode<Hub.Kafka.Contracts.CaseStatusChanged>(c.Message.Value)).ToArray();
        Assert.Equal([1L, 2L], statuses.Select(s => s.Sequence));
        Assert.All(statuses, s => Assert.Equal(caseId, s.CaseId));
    }

    [Fact]
    public async Task OpsEndpoints_RefuseAWindowKeyAsForbidden_AndNoKeyAsUnauthorized()
    {
        var asWindow = await hub.Window(LangaoVillage).GetAsync("/ops/runtime");
        var anonymous = await hub.Window(null).GetAsync("/ops/runtime");
        var asOperatorOnTheWindowApi = await hub.Window("demo-ops").GetAsync("/api/matters?home=430102");

        Assert.Equal(HttpStatusCode.Forbidden, asWindow.StatusCode);
        Assert.Contains("Hub:Ops:Key", (await AssertProblem(asWindow))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Authorization: Bearer", (await AssertProblem(anonymous))["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, asOperatorOnTheWindowApi.StatusCode);
        await AssertProblem(asOperatorOnTheWindowApi);
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(null).GetAsync("/ops/health")).StatusCode);
    }

    [Fact]
    public async Task RuntimeFigures_NeedTheOpsKey_AndShowTheWorkAndTheCollections()
    {
        var ops = hub.Window("demo-ops");
        var before = await ops.GetFromJsonAsync<JsonObject>("/ops/runtime");
        await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(NationalVillageMatter));
        var after = await ops.GetFromJsonAsync<JsonObject>("/ops/runtime?collect=true");

        Assert.False(before!["collected"]!.GetValue<bool>());
        Assert.True(after!["collected"]!.GetValue<bool>());
        Assert.True(after["cpuMilliseconds"]!.GetValue<double>() > before["cpuMilliseconds"]!.GetValue<double>());
        Assert.True(after["gen2Collections"]!.GetValue<int>() > before["gen2Collections"]!.GetValue<int>());
        Assert.InRange(after["managedHeapBytes"]!.GetValue<long>(), 1, after["workingSetBytes"]!.GetValue<long>());

        // Linux's per-thread time: the .NET threads, and the embedded broker on librdkafka's mock-cluster thread.
        var threads = after["cpuMillisecondsByThread"]!.AsObject();
        Assert.True(threads["dotnet"]!.GetValue<double>() > 0, threads.ToJsonString());
        Assert.True(threads.ContainsKey("embedded broker"), threads.ToJsonString());
        Assert.True(threads.Sum(t => t.Value!.GetValue<double>()) <= after["cpuMilliseconds"]!.GetValue<double>() + 50, threads.ToJsonString());
    }

    [Fact]
    public async Task WindowsMe_NamesTheWindowAndItsNode_AndWantsAKey()
    {
        var me = await hub.Window(LangaoVillage).GetFromJsonAsync<JsonObject>("/api/windows/me");

        Assert.Equal("langao-chengguan-village-01", me!["window"]!.GetValue<string>());
        Assert.Equal("610925100201", me["node"]!.GetValue<string>());
        Assert.Contains("城关", me["nodeName"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).GetAsync("/api/windows/me")).StatusCode);
    }

    [Fact]
    public async Task RuntimeWork_CountsEachRequest_AndTheGrainCallsStateWritesAndKafkaMessagesOfASubmission()
    {
        var ops = hub.Window("demo-ops");
        var first = await Work(ops);
        await hub.Window(LangaoVillage).GetAsync("/api/windows/me");
        var second = await Work(ops);

        // The request between, and the second reading itself.
        Assert.Equal(2, second["httpRequests"]!.GetValue<long>() - first["httpRequests"]!.GetValue<long>());

        var created = await hub.Window(LangaoVillage).PostAsJsonAsync("/api/cases", Body(NationalVillageMatter));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        long Delta(JsonObject after, string part) => after[part]!.GetValue<long>() - second[part]!.GetValue<long>();

        // Its dispatch and two status changes produced; the status changes read back by the statistics.
        var third = await Eventually.Until(() => Work(ops), w => Delta(w, "kafkaProduced") >= 3 && Delta(w, "kafkaConsumed") >= 2, what: "the submission's messages counted");
        Assert.InRange(Delta(third, "stateWrites"), 1, 1000);
        Assert.InRange(Delta(third, "grainCalls"), 1, 10_000);
    }

    [Fact]
    public async Task Parts_RunInsideTheSilo_EachCountedAndPriced()
    {
        var ops = hub.Window("demo-ops");
        var before = await Work(ops);

        var calls = await Parts(ops, "grain-call", 2000);
        var writes = await Parts(ops, "state-write", 300);
        var kafka = await Parts(ops, "kafka", 500);

        var after = await Work(ops);
        Assert.Equal(("grain-call", 2000L), (calls[0]!["part"]!.GetValue<string>(), calls[0]!["count"]!.GetValue<long>()));
        Assert.Equal(("state-write", 300L), (writes[0]!["part"]!.GetValue<string>(), writes[0]!["count"]!.GetValue<long>()));
        Assert.Equal(["kafka-produce", "kafka-consume"], kafka.Select(k => k!["part"]!.GetValue<string>()));

        // Every message produced was read back, and the silo's own counters saw the calls and the writes.
        Assert.Equal([500L, 500L], kafka.Select(k => k!["count"]!.GetValue<long>()));
        Assert.True(after["grainCalls"]!.GetValue<long>() - before["grainCalls"]!.GetValue<long>() >= 2000);
        Assert.True(after["stateWrites"]!.GetValue<long>() - before["stateWrites"]!.GetValue<long>() >= 300);
        Assert.All([.. calls, .. writes, .. kafka], run => Assert.True(run!["cpuMilliseconds"]!.GetValue<double>() > 0, run.ToJsonString()));
    }

    [Fact]
    public async Task Parts_UnknownOrOutOfRange_AreProblemsNamingTheField()
    {
        var ops = hub.Window("demo-ops");

        var unknown = await ops.PostAsync("/ops/parts/disk-seek", null);
        var tooMany = await ops.PostAsync("/ops/parts/grain-call?count=0", null);
        var asWindow = await hub.Window(LangaoVillage).PostAsync("/ops/parts/grain-call", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var problem = await AssertProblem(unknown);
        Assert.Equal("part", problem["field"]!.GetValue<string>());
        Assert.Contains("grain-call, state-write, kafka", problem["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("count", (await AssertProblem(tooMany))["field"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, asWindow.StatusCode);
    }

    private static async Task<JsonObject> Work(HttpClient ops) =>
        (await ops.GetFromJsonAsync<JsonObject>("/ops/runtime"))!["work"]!.AsObject();

    private static async Task<JsonArray> Parts(HttpClient ops, string part, int count)
    {
        var response = await ops.PostAsync($"/ops/parts/{part}?count={count}", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonArray>())!;
    }

    [Fact]
    public async Task ProbeGrain_Answers_AndCountsAmongTheSilosActivations()
    {
        var grains = hub.Services.GetRequiredService<IGrainFactory>();

        await grains.GetGrain<Hub.Ops.IProbeGrain>(42).Ping();

        var cluster = await hub.Window("demo-ops").GetFromJsonAsync<JsonObject>("/ops/cluster");
        var activations = cluster!["silos"]![0]!["activations"]!.AsObject();
        Assert.True(activations["ProbeGrain"]!.GetValue<int>() >= 1, cluster.ToJsonString());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCaseApi()
    {
        var document = await hub.Window(null).GetFromJsonAsync<JsonObject>("/openapi/v1.json");

        Assert.NotNull(document!["paths"]!["/api/cases"]);
        Assert.NotNull(document["paths"]!["/api/cases/{id}"]);
    }

    private static async Task<JsonObject> AssertProblem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.False(string.IsNullOrWhiteSpace(problem!["title"]?.GetValue<string>()));
        return problem;
    }

    private static async Task<JsonObject> AssertFieldProblem(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var problem = await AssertProblem(response);
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"errors should name '{field}': {problem.ToJsonString(new JsonSerializerOptions { WriteIndented = false })}");
        Assert.StartsWith(field, problem["detail"]!.GetValue<string>());
        return problem;
    }
}
