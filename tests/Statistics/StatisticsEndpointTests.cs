using Microsoft.Extensions.DependencyInjection;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Calendars;
using Hub.Catalogue;
using Hub.Identifiers;
using Hub.Tests.EndToEnd;
using Hub.Tests.Support;

namespace Hub.Tests.Statistics;

/// <summary>
/// The statistics as windows and operators read them over HTTP, on a hub of this class's own, against a recount
/// from the cases. Cases come from the Lan'gao village window for applicants of Changsha's Furong (rated well) and
/// Tianxin (rated badly) districts, which handle them.
/// </summary>
public sealed class StatisticsEndpointTests(HubAppFixture hub) : IClassFixture<HubAppFixture>
{
    private const string LangaoVillage = "demo-langao-village";
    private const string ChangshaFurong = "demo-changsha-furong";
    private const string Ops = "demo-ops";
    private static readonly DivisionCode Furong = DivisionCode.Parse("430102");
    private static readonly DivisionCode Tianxin = DivisionCode.Parse("430103");
    private static readonly ConcurrentBag<string> Cases = [];
    private static int applicants;

    private static Matter CountyMatter => MatterCatalogue.LoadDefault().All.First(m => m.CompetentLevel == DivisionLevel.County
        && m.Scope == MatterScope.National && m.ReceivableAt.Contains(DivisionLevel.Village)
        && m.Modes.Contains(Hub.Cases.HandlingMode.ProxyReceipt) && m.Stages is not { Count: > 1 });

    private static string Month => WorkingDays.ChinaDate(DateTimeOffset.UtcNow).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task NodeAndNationStatistics_EqualARecountFromTheCases()
    {
        await SubmitRatedAsync();
        var views = await ViewsAsync();
        var village = hub.Window(LangaoVillage);

        var nation = await Eventually.Until(
            () => FiguresAsync(hub.Window(Ops), $"/ops/statistics?{StatisticsRecount.Ahead}"),
            f => f.Counts == StatisticsRecount.Of(views),
            what: "the nation's statistics to equal the recount");
        var furong = StatisticsRecount.FromFigures((await hub.Window(ChangshaFurong).GetFromJsonAsync<JsonObject>($"/api/nodes/430102/statistics?{StatisticsRecount.Ahead}"))!["all"]!);
        var own = StatisticsRecount.FromFigures((await village.GetFromJsonAsync<JsonObject>($"/api/nodes/610925100201/statistics?{StatisticsRecount.Ahead}"))!["all"]!);

        Assert.Equal(StatisticsRecount.Of(views, Furong), furong);
        Assert.Equal(StatisticsRecount.Of(views, DivisionCode.Parse("610925100201")), own);
        Assert.Equal((long)views.Count, own.Received);
        Assert.True(furong.Decided > 0 && nation.Counts.Decided > furong.Decided, $"{furong.Decided} of {nation.Counts.Decided} decided at Furong");
        Assert.True(nation.Counts.RectificationsDue > nation.Counts.RectifiedOnTime && nation.Counts.RectifiedOnTime > 0, $"{nation.Counts.RectifiedOnTime} of {nation.Counts.RectificationsDue} rectified on time");
        Assert.Equal(HttpStatusCode.NotFound, (await village.GetAsync("/api/nodes/610925/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(ChangshaFurong).GetAsync("/api/nodes/430102001/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await village.GetAsync("/ops/statistics")).StatusCode);
    }

    [Fact]
    public async Task Rankings_PutACitysCountiesInOrderOfOnTimeRate_ThenSatisfaction()
    {
        await SubmitRatedAsync();
        var views = await ViewsAsync();
        await Eventually.Until(() => FiguresAsync(hub.Window(Ops), $"/ops/statistics?{StatisticsRecount.Ahead}"), f => f.Counts == StatisticsRecount.Of(views), what: "the statistics to settle");

        var ranking = (await hub.Window(Ops).GetFromJsonAsync<JsonObject>($"/ops/rankings?city=430100&month={Month}"))!;

        var counties = ranking["counties"]!.AsArray();
        Assert.Equal(("430102000000", 1), (counties[0]!["county"]!["code"]!.GetValue<string>(), counties[0]!["rank"]!.GetValue<int>()));
        Assert.Equal(("430103000000", 2), (counties[1]!["county"]!["code"]!.GetValue<string>(), counties[1]!["rank"]!.GetValue<int>()));
        Assert.Equal((1.0, 1.0), (counties[0]!["onTimeRate"]!.GetValue<double>(), counties[0]!["satisfaction"]!.GetValue<double>()));
        Assert.Equal((1.0, 0.0), (counties[1]!["onTimeRate"]!.GetValue<double>(), counties[1]!["satisfaction"]!.GetValue<double>()));
        Assert.Null(counties[2]!["onTimeRate"]);
        var month = DateOnly.ParseExact(Month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(StatisticsRecount.Of(views, Tianxin, month, month.AddMonths(1).AddDays(-1)), StatisticsRecount.FromFigures(counties[1]!["figures"]!));
    }

    [Fact]
    public async Task Rebuild_ReadsTheFeedAgain_AndGivesTheSameFigures()
    {
        await SubmitRatedAsync();
        var views = await ViewsAsync();
        var ops = hub.Window(Ops);
        var live = await Eventually.Until(() => FiguresAsync(ops, $"/ops/statistics?{StatisticsRecount.Ahead}"), f => f.Counts == StatisticsRecount.Of(views), what: "the statistics to settle");

        var response = await ops.PostAsync("/ops/statistics/rebuild", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((live.Generation, live.Generation + 1), (started["previous"]!.GetValue<int>(), started["generation"]!.GetValue<int>()));
        var rebuilt = await Eventually.Until(
            () => FiguresAsync(ops, $"/ops/statistics?{StatisticsRecount.Ahead}"),
            f => f.Generation == live.Generation + 1 && f.Counts == live.Counts,
            what: "the rebuilt statistics to equal the live ones");
        Assert.NotEqual(Hub.Statistics.StatisticsCounts.Zero, rebuilt.Counts);
    }

    [Theory]
    [InlineData(LangaoVillage, "/api/nodes/610925100201/statistics?from=2026-13-01", "from")]
    [InlineData(LangaoVillage, "/api/nodes/610925100201/statistics?from=2026-11-10&to=2026-11-01", "to")]
    [InlineData(LangaoVillage, "/api/nodes/610925100201/statistics?from=2025-01-01&to=2026-11-01", "from")]
    [InlineData(LangaoVillage, "/api/nodes/6109251002/statistics", "code")]
    [InlineData(Ops, "/ops/statistics?department=police", "department")]
    [InlineData(Ops, "/ops/statistics?level=district", "level")]
    [InlineData(Ops, "/ops/statistics?level=village", "within")]
    [InlineData(Ops, "/ops/statistics?level=province&within=430102", "level")]
    [InlineData(Ops, "/ops/rankings?city=430102&month=2026-11", "city")]
    [InlineData(Ops, "/ops/rankings?city=430100&month=November", "month")]
    public async Task BadParameters_AreProblemsNamingTheFieldAndTheFix(string key, string url, string field)
    {
        var response = await hub.Window(key).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotEmpty(problem["errors"]![field]!.AsArray()[0]!.GetValue<string>());
        Assert.StartsWith($"{field}:", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task OpsStatistics_ByLevel_ListsTheNodesWithFigures_ForTheLineAsked()
    {
        await SubmitRatedAsync();
        var views = await ViewsAsync();
        await Eventually.Until(() => FiguresAsync(hub.Window(Ops), $"/ops/statistics?{StatisticsRecount.Ahead}"), f => f.Counts == StatisticsRecount.Of(views), what: "the statistics to settle");
        var department = CountyMatter.Department;

        var counties = (await hub.Window(Ops).GetFromJsonAsync<JsonObject>($"/ops/statistics?level=county&within=430100&department={department}&{StatisticsRecount.Ahead}"))!;
        var other = (await hub.Window(Ops).GetFromJsonAsync<JsonObject>("/ops/statistics?level=county&within=430100&department=" + (department == "tax" ? "housing" : "tax")))!;

        var rows = counties["rows"]!.AsArray();
        Assert.Equal(["430102000000", "430103000000"], rows.Select(r => r!["node"]!["code"]!.GetValue<string>()));
        Assert.Equal(StatisticsRecount.Of(views, Furong), StatisticsRecount.FromFigures(rows[0]!["figures"]!));
        Assert.Empty(other["rows"]!.AsArray());
    }

    // Two cases of each district, decided by the simulator and rated: Furong's 5 and 4, Tianxin's 2 and 1.
    private async Task SubmitRatedAsync()
    {
        var window = hub.Window(LangaoVillage);
        var submitted = new List<(string Id, int Level)>();
        foreach (var (district, level) in new[] { ("430102", 5), ("430102", 4), ("430103", 2), ("430103", 1) })
        {
            var first17 = $"{district}1990{(Interlocked.Increment(ref applicants) % 12) + 1:D2}15{Random.Shared.Next(100, 999)}";
            var body = new
            {
                matterCode = CountyMatter.Code,
                applicant = new { kind = "person", id = first17 + CitizenId.CheckCharacterFor(first17), name = "刘芳" },
                materials = CountyMatter.Materials.Where(m => m.Required).Select(m => new { code = m.Code, reference = $"scan://{m.Code}" }),
            };
            var response = await window.PostAsJsonAsync("/api/cases", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
            Cases.Add(id);
            submitted.Add((id, level));
        }

        foreach (var (id, level) in submitted)
        {
            await Eventually.Until(() => window.GetFromJsonAsync<JsonObject>($"/api/cases/{id}")!, c => c!["status"]!.GetValue<string>() == "Delivered", what: $"case {id} delivered");
            Assert.Equal(HttpStatusCode.OK, (await window.PostAsJsonAsync($"/api/cases/{id}/rating", new { level })).StatusCode);
        }

        // Tianxin, which both bad ratings blame, follows up and rectifies the first in time; the second stays owed.
        var tianxin = hub.Services.GetRequiredService<IGrainFactory>().GetGrain<Hub.Cases.ICaseGrain>(submitted[2].Id);
        var hall = Hub.Cases.CaseCaller.Window("tianxin-district-hall-01", Tianxin);
        await tianxin.FollowUp(hall, "回访：申请人反映窗口未一次性告知");
        await tianxin.Rectify(hall, "一次性告知单上墙");
    }

    private async Task<List<JsonNode>> ViewsAsync()
    {
        var window = hub.Window(LangaoVillage);
        return [.. await Task.WhenAll(Cases.Select(async id => (JsonNode)(await window.GetFromJsonAsync<JsonObject>($"/api/cases/{id}"))!))];
    }

    private static async Task<(int Generation, Hub.Statistics.StatisticsCounts Counts)> FiguresAsync(HttpClient ops, string url)
    {
        var body = (await ops.GetFromJsonAsync<JsonObject>(url))!;
        return (body["generation"]!.GetValue<int>(), StatisticsRecount.FromFigures(body["rows"]!.AsArray().Single()!["figures"]!));
    }
}
