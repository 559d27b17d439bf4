using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Calendars;
using Hub.Cases;
using Hub.Tests.Calendars;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.EndToEnd;

/// <summary>The calendar as windows and operators reach it, through real HTTP: working-day sums, a year's days off, reloads.</summary>
public sealed class CalendarApiTests(CalendarHubFixture hub) : IClassFixture<CalendarHubFixture>
{
    private const string VillageKey = "demo-langao-village";

    // The worked examples of data/calendar/README.md.
    [Theory]
    [InlineData("2026-09-30", 3, "2026-10-10")]
    [InlineData("2026-02-13", 1, "2026-02-14")]
    [InlineData("2026-02-14", 1, "2026-02-24")]
    [InlineData("2025-09-26", 1, "2025-09-28")]
    [InlineData("2025-09-29", 2, "2025-10-09")]
    public async Task Add_AnswersTheWorkedExamples(string from, int workingDays, string date)
    {
        var answer = await hub.Window(VillageKey).GetFromJsonAsync<JsonObject>($"/api/calendar/add?from={from}&workingDays={workingDays}");

        Assert.Equal((date, false), (answer!["date"]!.GetValue<string>(), answer["provisional"]!.GetValue<bool>()));
        Assert.Equal((from, workingDays), (answer["from"]!.GetValue<string>(), answer["workingDays"]!.GetValue<int>()));
        Assert.Empty(answer["yearsWithoutNotice"]!.AsArray());
    }

    [Fact]
    public async Task Add_IntoAYearWithoutNotice_IsProvisional_NamingTheYear()
    {
        var answer = await hub.Window(VillageKey).GetFromJsonAsync<JsonObject>("/api/calendar/add?from=2099-12-28&workingDays=5");

        Assert.True(answer!["provisional"]!.GetValue<bool>());
        Assert.Equal("2100-01-04", answer["date"]!.GetValue<string>()); // weekends alone
        Assert.Equal([2099, 2100], answer["yearsWithoutNotice"]!.AsArray().Select(y => y!.GetValue<int>()));
    }

    [Theory]
    [InlineData("from=2026-02-30&workingDays=3", "from", "'2026-02-30' is not a date")]
    [InlineData("from=30.09.2026&workingDays=3", "from", "write it as yyyy-MM-dd, such as from=2026-09-30")]
    [InlineData("workingDays=3", "from", "Required")]
    [InlineData("from=3000-01-01&workingDays=1", "from", "is not a date from 1900 to 2999")]
    [InlineData("from=2026-09-30&workingDays=1001", "workingDays", "from 0 to 1000")]
    [InlineData("from=2026-09-30&workingDays=-1", "workingDays", "from 0 to 1000")]
    [InlineData("from=2026-09-30&workingDays=three", "workingDays", "send one such as workingDays=3")]
    [InlineData("from=2026-09-30", "workingDays", "Required")]
    public async Task Add_WithBadInput_IsAProblemNamingTheFieldAndTheFix(string query, string field, string says)
    {
        var response = await hub.Window(VillageKey).GetAsync($"/api/calendar/add?{query}");

        var problem = await FieldProblem(response, field);
        Assert.Contains(says, problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Year_ListsTheDaysOffAndMakeUpDays_OfItsNotice()
    {
        var year = await hub.Window(VillageKey).GetFromJsonAsync<JsonObject>("/api/calendar/2026");

        Assert.True(year!["noticeLoaded"]!.GetValue<bool>());
        Assert.Equal("https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm", year["source"]!.GetValue<string>());
        var national = Assert.Single(year["daysOff"]!.AsArray(), h => h!["name"]!.GetValue<string>() == "国庆节")!;
        Assert.Equal(("2026-10-01", "2026-10-07", 7), (national["from"]!.GetValue<string>(), national["to"]!.GetValue<string>(), national["days"]!.GetValue<int>()));
        Assert.Equal(7, year["daysOff"]!.AsArray().Count);
        Assert.Equal(
            ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
            year["makeUpWorkingDays"]!.AsArray().Select(d => d!["date"]!.GetValue<string>()));
        Assert.Equal("国庆节", year["makeUpWorkingDays"]![5]!["for"]!.GetValue<string>());
    }

    [Fact]
    public async Task Year_WithoutNotice_SaysSo_AndListsNothing()
    {
        var year = await hub.Window(VillageKey).GetFromJsonAsync<JsonObject>("/api/calendar/2099");

        Assert.False(year!["noticeLoaded"]!.GetValue<bool>());
        Assert.Empty(year["daysOff"]!.AsArray());
        Assert.Empty(year["makeUpWorkingDays"]!.AsArray());
        Assert.Contains("provisional", year["note"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("20x6")]
    [InlineData("99999")]
    public async Task Year_ThatIsNoYear_IsAProblemNamingYear(string year) =>
        await FieldProblem(await hub.Window(VillageKey).GetAsync($"/api/calendar/{year}"), "year");

    [Fact]
    public async Task Calendar_WithoutAWindowKey_IsUnauthorized() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).GetAsync("/api/calendar/add?from=2026-09-30&workingDays=3")).StatusCode);

    [Fact]
    public async Task CaseWithDeadlinesIn2027_IsProvisional_UntilTheOperatorLoadsThe2027Notice()
    {
        // Received Monday 2026-12-21: its 20 statutory working days end in 2027, for which the folder has no notice.
        var submission = Submission(at: new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        await hub.Services.GetRequiredService<IGrainFactory>().GetGrain<ICaseGrain>(submission.CaseId.Value).Submit(submission);
        var window = hub.Window(VillageKey);
        var before = await window.GetFromJsonAsync<JsonObject>($"/api/cases/{submission.CaseId}");
        Assert.Equal(("2027-01-18", true), Deadline(before!));
        var file = Path.Combine(hub.CalendarFolder, "cn-2027.json");
        try
        {
            await File.WriteAllTextAsync(file, CalendarFiles.Test2027);
            var reload = await hub.Window("demo-ops").PostAsync("/ops/calendar/reload", null);
            Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
            var loaded = await reload.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal([2025, 2026, 2027], loaded!["notices"]!.AsArray().Select(n => n!["year"]!.GetValue<int>()));
            Assert.False(loaded["sharedThroughDatabase"]!.GetValue<bool>());

            // The test notice takes 2027-01-01 off, so the statutory deadline moves a day.
            var after = await window.GetFromJsonAsync<JsonObject>($"/api/cases/{submission.CaseId}");
            var again = await window.GetFromJsonAsync<JsonObject>($"/api/cases/{submission.CaseId}");

            Assert.Equal(("2027-01-19", false), Deadline(after!));
            Assert.Equal("2026-12-28", after!["deadlines"]!["committed"]!.GetValue<string>());
            var note = Assert.Single(again!["timeline"]!.AsArray(), t => t!["action"]!.GetValue<string>() == "deadlines-recomputed")!;
            Assert.Equal("committed 2026-12-28 (was 2026-12-28), statutory 2027-01-19 (was 2027-01-18)", note["detail"]!.GetValue<string>());
            Assert.True((await window.GetFromJsonAsync<JsonObject>("/api/calendar/2027"))!["noticeLoaded"]!.GetValue<bool>());
        }
        finally
        {
            File.Delete(file);
            await hub.Window("demo-ops").PostAsync("/ops/calendar/reload", null);
        }
    }

    [Fact]
    public async Task Reload_OfABadFile_IsRefusedNamingTheFileAndEntry_AndKeepsTheCalendarInForce()
    {
        var file = Path.Combine(hub.CalendarFolder, "cn-2028.json");
        const string bad = """
            { "year": 2028, "notice": "测试通知", "source": "https://example.test/notice-2028",
              "holidays": [ { "name": "国庆节", "from": "2028-10-01", "to": "2028-10-07" } ],
              "workdays": [ { "date": "2028-10-07", "for": "国庆节" } ] }
            """;
        var before = hub.Services.GetRequiredService<HolidayCalendar>().Current;
        try
        {
            await File.WriteAllTextAsync(file, bad);

            var reload = await hub.Window("demo-ops").PostAsync("/ops/calendar/reload", null);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, reload.StatusCode);
            var problem = await reload.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Equal(("cn-2028.json", "workday '2028-10-07'", "date"),
                (problem!["file"]!.GetValue<string>(), problem["entry"]!.GetValue<string>(), problem["field"]!.GetValue<string>()));
            Assert.StartsWith("cn-2028.json: workday '2028-10-07', field 'date': 2028-10-07 lies inside holiday '国庆节'", problem["detail"]!.GetValue<string>());
            Assert.Contains("unchanged", problem["title"]!.GetValue<string>());
            var window = hub.Window(VillageKey);
            Assert.False((await window.GetFromJsonAsync<JsonObject>("/api/calendar/2028"))!["noticeLoaded"]!.GetValue<bool>());
            Assert.True((await window.GetFromJsonAsync<JsonObject>("/api/calendar/2026"))!["noticeLoaded"]!.GetValue<bool>());
            Assert.Equal("2026-10-10", (await window.GetFromJsonAsync<JsonObject>("/api/calendar/add?from=2026-09-30&workingDays=3"))!["date"]!.GetValue<string>());
            Assert.Same(before, hub.Services.GetRequiredService<HolidayCalendar>().Current);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Reload_NeedsTheOperatorKey()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await hub.Window(VillageKey).PostAsync("/ops/calendar/reload", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await hub.Window(null).PostAsync("/ops/calendar/reload", null)).StatusCode);
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheCalendar()
    {
        var paths = (await hub.Window(null).GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!;

        Assert.NotNull(paths["/api/calendar/add"]?["get"]);
        Assert.NotNull(paths["/api/calendar/{year}"]?["get"]);
        Assert.NotNull(paths["/ops/calendar/reload"]?["post"]);
    }

    private static (string Statutory, bool Provisional) Deadline(JsonObject view) =>
        (view["deadlines"]!["statutory"]!.GetValue<string>(), view["deadlines"]!["provisional"]!.GetValue<bool>());

    private static async Task<JsonObject> FieldProblem(HttpResponseMessage response, string field)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
        Assert.StartsWith($"{field}: ", problem["detail"]!.GetValue<string>());
        return problem;
    }
}
