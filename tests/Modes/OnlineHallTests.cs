using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;

namespace Hub.Tests.Modes;

/// <summary>
/// 全程网办 from an online channel: Hunan's online hall (湖南政务服务网), a credential bound to the province rather than to
/// a physical node. It takes FullyOnline cases of any matter that allows the mode, for applicants its province handles
/// (anyone's, for a matter of national scope), and nothing else.
/// </summary>
public sealed class OnlineHallTests(UnansweredHubFixture hub) : IClassFixture<UnansweredHubFixture>
{
    private const string OnlineHall = "demo-hunan-online";

    [Fact]
    public async Task TheOnlineHall_TakesAFullyOnlineCase_ReceivedAtTheProvince_AndForwardedToTheHandlingNode()
    {
        var response = await hub.Window(OnlineHall).PostAsJsonAsync("/api/cases", Body("MI-002", ["id-card", "residence-proof"]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("FullyOnline", created["mode"]!.GetValue<string>());
        Assert.Equal(("430000000000", "Province"), (created["receivingNode"]!["code"]!.GetValue<string>(), created["receivingNode"]!["level"]!.GetValue<string>()));
        Assert.Equal("430100000000", created["handlingNode"]!["code"]!.GetValue<string>());
        Assert.Empty(created["originals"]!["toPost"]!.AsArray());

        // The online hall, its receiving node, follows the case like any window.
        var caseId = created["caseId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(OnlineHall).GetAsync($"/api/cases/{caseId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Window(OnlineHall).GetAsync("/api/nodes/43/inbox")).StatusCode);
    }

    [Theory]
    [InlineData("PS-002", null, null, "matterCode", "not-online")]
    [InlineData("MI-002", "ProxyReceipt", null, "mode", "mode-not-allowed")]
    [InlineData("MI-002", null, "Window", "delivery", null)]
    public async Task TheOnlineHall_RefusesWhatCannotBeDoneOnline_NamingTheField(string matter, string? mode, string? delivery, string field, string? code)
    {
        var materials = matter == "MI-002" ? new[] { "id-card", "residence-proof" } : ["id-card", "household-register", "photo-receipt"];
        var response = await hub.Window(OnlineHall).PostAsJsonAsync("/api/cases", Body(matter, materials, mode, delivery));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}");
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal([field], problem["errors"]!.AsObject().Select(e => e.Key).ToArray());
        Assert.Equal(code, problem["code"]?.GetValue<string>());
    }

    [Fact]
    public async Task TheOnlineHall_ListsOnlyTheMattersItMayTake()
    {
        var matters = (await hub.Window(OnlineHall).GetFromJsonAsync<JsonArray>("/api/matters?node=43&home=430102001001"))!
            .Select(m => m!["code"]!.GetValue<string>()).ToArray();

        Assert.Contains("MI-002", matters);
        Assert.Contains("BN-001", matters);
        Assert.DoesNotContain("PS-002", matters);
    }

    private static object Body(string matter, string[] materials, string? mode = null, string? delivery = null) => new
    {
        matterCode = matter,
        mode,
        delivery,
        applicant = new { id = CaseSamples.UniqueChangshaCitizenId(), name = "李娜" },
        materials = materials.Select(code => new { code, reference = $"online://{code}" }),
    };
}
