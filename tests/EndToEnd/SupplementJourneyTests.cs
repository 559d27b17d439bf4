using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Cases;
using Hub.Tests.Support;

namespace Hub.Tests.EndToEnd;

/// <summary>补正 and window delivery: a department asks for a material, the window supplies it, hands the result over, records the rating.</summary>
public sealed class SupplementJourneyTests(SupplementingHubFixture hub) : IClassFixture<SupplementingHubFixture>
{
    private const string LangaoVillage = "demo-langao-village";

    [Fact]
    public async Task SupplementRequested_Supplied_Approved_HandedOver_Rated_IsClosed()
    {
        var window = hub.Window(LangaoVillage);
        var created = await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            delivery = "Window",
            materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        var url = $"/api/cases/{caseId}";

        var waiting = await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>(url)!, c => c!["status"]!.GetValue<string>() == "SupplementRequested", what: "a supplement request");
        var requested = waiting!["tasks"]![0]!["requestedMaterials"]!.AsArray().Select(m => m!.GetValue<string>()).ToArray();
        Assert.NotEmpty(requested);

        var empty = await window.PostAsJsonAsync($"{url}/supplements", new { materials = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains(requested[0], await empty.Content.ReadAsStringAsync());

        var supplied = await window.PostAsJsonAsync($"{url}/supplements", new { materials = requested.Select(code => new { code, reference = "scan://again" }) });
        Assert.Equal(HttpStatusCode.OK, supplied.StatusCode);

        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>(url)!, c => c!["status"]!.GetValue<string>() == "Approved", what: "approval after the supplement");
        var early = await window.PostAsJsonAsync($"{url}/rating", new { level = 5 });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await window.PostAsync($"{url}/handover", null)).StatusCode);
        var rated = await window.PostAsJsonAsync($"{url}/rating", new { level = 5, comment = "办事快" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);

        var closed = await rated.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Closed", closed!["status"]!.GetValue<string>());
        Assert.Equal(5, closed["rating"]!.GetValue<int>());
        var actions = closed["timeline"]!.AsArray().Select(t => t!["action"]!.GetValue<string>()).ToArray();
        Assert.Equal(2, actions.Count(a => a == "dispatched"));
        Assert.Contains("supplement-requested", actions);
        Assert.Contains("supplemented", actions);
    }
}
