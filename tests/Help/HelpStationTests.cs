using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Catalogue;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;

namespace Hub.Tests.Help;

/// <summary>
/// 帮办代办 at a bank-branch help station: the Galutu credit union of 乌审旗 (a node of its own under the banner), whose
/// agent submits for an applicant, the principal, with the power of attorney, only the matters the catalogue lets an agent take there.
/// </summary>
public sealed class HelpStationTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string CreditUnion = "demo-wushen-credit-union";
    private static readonly MatterCatalogue Catalogue = MatterCatalogue.LoadDefault();
    private static readonly string AgentId = CaseSamples.ChangshaCitizenId(birth: "19850611", sequence: "452");

    private static object Body(string matter, object? agent, bool powerOfAttorney = true) => new
    {
        matterCode = matter,
        applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳", phone = "13812345678" },
        agent,
        materials = Catalogue.All.Single(m => m.Code == matter).Materials
            .Where(m => m.Required || (powerOfAttorney && m.Code == Matter.PowerOfAttorney))
            .Select(m => new { code = m.Code, reference = $"scan://{m.Code}" }),
    };

    [Fact]
    public async Task AnAgentAtABankBranch_SubmitsAnEligibleMatterForThePrincipal_AndTheCaseRecordsBoth()
    {
        var response = await hub.Window(CreditUnion).PostAsJsonAsync("/api/cases", Body("HR-001", new { id = AgentId, name = "王磊" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();
        var created = JsonNode.Parse(json)!;
        Assert.Equal(("王磊", "BankBranch"), (created["agent"]!["name"]!.GetValue<string>(), created["agent"]!["station"]!.GetValue<string>()));
        Assert.Equal("刘芳", created["applicant"]!["name"]!.GetValue<string>());
        Assert.Equal("150626902", created["receivingNode"]!["code"]!.GetValue<string>()[..9]);
        Assert.EndsWith("乌审旗农村信用合作联社嘎鲁图信用社", created["receivingNode"]!["name"]!.GetValue<string>());
        Assert.DoesNotContain(AgentId, json);
        Assert.StartsWith(AgentId[..4], created["agent"]!["identifier"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAgentAtABankBranch_IsRefusedAMatterItMayNotTake_WithTheReason()
    {
        var response = await hub.Window(CreditUnion).PostAsJsonAsync("/api/cases", Body("PS-004", new { id = AgentId, name = "王磊" }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("agent-not-eligible", problem["code"]!.GetValue<string>());
        var reason = Assert.Single(problem["errors"]!["matterCode"]!.AsArray())!.GetValue<string>();
        Assert.Contains("cannot be submitted by an agent at a BankBranch", reason);
        Assert.Contains("only at a VillageStation", reason);
    }

    [Fact]
    public async Task WithoutAnAgent_WithoutThePowerOfAttorney_OrAsAnAgentAtAHall_IsRefusedNamingTheField()
    {
        var noAgent = await hub.Window(CreditUnion).PostAsJsonAsync("/api/cases", Body("HR-001", agent: null));
        var noPower = await hub.Window(CreditUnion).PostAsJsonAsync("/api/cases", Body("HR-001", new { id = AgentId, name = "王磊" }, powerOfAttorney: false));
        var atHall = await hub.Window("demo-wushen-banner").PostAsJsonAsync("/api/cases", Body("HR-001", new { id = AgentId, name = "王磊" }));

        Assert.Equal((HttpStatusCode.BadRequest, "agent"), (noAgent.StatusCode, await Field(noAgent)));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "materials"), (noPower.StatusCode, await Field(noPower)));
        Assert.Contains(Matter.PowerOfAttorney, await noPower.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.BadRequest, "agent"), (atHall.StatusCode, await Field(atHall)));
    }

    private static async Task<string> Field(HttpResponseMessage response) =>
        Assert.Single((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key;
}
