using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Progress;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;

namespace Hub.Tests.Progress;

/// <summary>Wrong queries on the progress page, from one address, on a hub of their own (the limit is per address).</summary>
public sealed class ProgressGuardTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    [Fact]
    public async Task AfterTooManyWrongCodes_TheAddressIsRefused_EvenTheRightCode_WithWhenToComeBack()
    {
        var window = hub.Window("demo-langao-village");
        var created = await (await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
        })).Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["caseId"]!.GetValue<string>();
        var code = created["queryCode"]!.GetValue<string>();
        var anonymous = new HttpClient { BaseAddress = hub.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/progress/{caseId}?code={code}")).StatusCode);

        var wrong = Enumerable.Range(0, ProgressGuard.Allowed).Select(i => ((int.Parse(code) + 1 + i) % 100_000_000).ToString("D8"));
        foreach (var guess in wrong)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/api/progress/{caseId}?code={guess}")).StatusCode);
        }

        var refused = await anonymous.GetAsync($"/api/progress/{caseId}?code={code}");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(wait, 1, (int)ProgressGuard.Window.TotalSeconds);
        Assert.Contains("try again in", (await refused.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }
}
