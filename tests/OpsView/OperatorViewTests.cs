using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Cases;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;

namespace Hub.Tests.OpsView;

/// <summary>
/// What operators and Prometheus read over HTTP, on a hub of this class's own: <c>/metrics</c> in Prometheus' text
/// format, the Orleans Dashboard at <c>/ops/dashboard/</c>, both behind the operator key or a browser's operator session.
/// </summary>
public sealed class OperatorViewTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string Ops = "demo-ops";
    private const string LangaoVillage = "demo-langao-village";

    private static readonly string[] Names =
    [
        "hub_cases", "hub_case_lifecycles_total", "hub_kafka_consumer_lag", "hub_outbox_depth", "hub_dead_letters",
        "hub_supervision_cards_open", "hub_timers_due",
    ];

    [Fact]
    public async Task Metrics_AreInPrometheusTextFormat_WithEveryNamedFigure_BehindTheOperatorKey()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Window(LangaoVillage).GetAsync("/metrics")).StatusCode);

        var response = await hub.Window(Ops).GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var samples = await Eventually.Until(ScrapeAsync, s => Names.All(n => s.Keys.Any(k => k == n || k.StartsWith(n + "{", StringComparison.Ordinal)))
            && s.Keys.Any(k => k.StartsWith("hub_kafka_consumer_lag{", StringComparison.Ordinal)), what: "every named metric on /metrics");
        Assert.True(Series(samples, "hub_cases", "status=\"Forwarded\""));
        Assert.True(Series(samples, "hub_supervision_cards_open", "colour=\"red\""));
        Assert.True(Series(samples, "hub_kafka_consumer_lag", "group=\"hub\"", "topic=\"dept.public-security.events\""));
        var text = await (await hub.Window(Ops).GetAsync("/metrics")).Content.ReadAsStringAsync();
        Assert.Contains("# TYPE hub_case_lifecycles_total counter", text);
        Assert.Contains("# TYPE hub_cases gauge", text);
    }

    [Fact]
    public async Task ADeliveredCase_MovesCasesByStatusAndLifecycles()
    {
        var before = await ScrapeAsync();

        await DeliveredCaseAsync();

        var after = await Eventually.Until(ScrapeAsync,
            s => s.Value("hub_case_lifecycles_total") > before.Value("hub_case_lifecycles_total"), what: "the lifecycle to be counted");
        Assert.Equal(before.Value("hub_case_lifecycles_total") + 1, after.Value("hub_case_lifecycles_total"));
        Assert.Equal(before.Value("hub_cases", "status=\"Delivered\"") + 1, after.Value("hub_cases", "status=\"Delivered\""));
        Assert.Equal(before.Value("hub_cases", "status=\"Forwarded\""), after.Value("hub_cases", "status=\"Forwarded\""));
    }

    [Fact]
    public async Task AMessageNoCaseCanRead_IsCountedAsADeadLetter()
    {
        var before = await Eventually.Until(ScrapeAsync, s => s.Keys.Any(k => k.StartsWith("hub_dead_letters", StringComparison.Ordinal)), what: "the first count of dead letters");
        using var line = new DepartmentLine(await hub.BootstrapServersAsync(), "");

        await line.PublishAsync("public-security", "not-a-case", [[0xFF, 0x00, 0x13]]);

        await Eventually.Until(ScrapeAsync, s => s.Value("hub_dead_letters") == before.Value("hub_dead_letters") + 1, what: "the dead letter to be counted");
    }

    [Fact]
    public async Task TheDashboard_NeedsTheOperatorKey_OrASession_AndShowsNoGrainState()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).GetAsync("/ops/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Window(LangaoVillage).GetAsync("/ops/dashboard/")).StatusCode);

        var page = await hub.Window(Ops).GetAsync("/ops/dashboard/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Orleans", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(Ops).GetAsync("/ops/dashboard/ClusterStats")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Window(Ops).GetAsync("/ops/dashboard/GrainState?grainType=Hub.Cases.CaseGrain&grainId=x")).StatusCode);
    }

    [Fact]
    public async Task ASession_ReadsTheOperatorPages_ButChangesNothing()
    {
        using var browser = new HttpClient(new HttpClientHandler { UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = hub.BaseAddress };
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/ops/session", null)).StatusCode);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/ops/session") { Headers = { Authorization = new("Bearer", Ops) } };
        var signedIn = await browser.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.NoContent, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Ops, cookie);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ops/dashboard/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/ops/view/data")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.PostAsync("/ops/statistics/rebuild", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.DeleteAsync("/ops/session")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/ops/view/data")).StatusCode);
    }

    private static bool Series(IReadOnlyDictionary<string, double> samples, string name, params string[] labels) =>
        samples.Keys.Any(k => k.StartsWith(name + "{", StringComparison.Ordinal) && labels.All(l => k.Contains(l, StringComparison.Ordinal)));

    private async Task<IReadOnlyDictionary<string, double>> ScrapeAsync() =>
        PrometheusText.Parse(await hub.Window(Ops).GetStringAsync("/metrics"));

    private async Task DeliveredCaseAsync()
    {
        var window = hub.Window(LangaoVillage);
        var created = await window.PostAsJsonAsync("/api/cases", new
        {
            matterCode = "PS-004",
            applicant = new { id = CaseSamples.ChangshaCitizenId(), name = "刘芳" },
            materials = new[] { new { code = "id-card", reference = "scan://1" }, new { code = "application-form", reference = "scan://2" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var caseId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
        await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}")!, c => c!["status"]!.GetValue<string>() == "Delivered", what: $"case {caseId} to be delivered");
    }
}
