using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Calendars;
using Hub.Cases;
using Hub.Tests.Support;
using Hub.Timers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Tests.EndToEnd;

/// <summary>
/// The supervision view over HTTP, as an operator and the windows use it: a case left undecided past its committed
/// deadline shows a yellow card on its handling node's board and on the case; decided, rated badly, it opens a
/// rectification that the handling node's window follows up and records, and the applicant rates once more.
/// </summary>
public sealed class SupervisionViewTests(SupervisionViewTests.Fixture hub) : IClassFixture<SupervisionViewTests.Fixture>
{
    private const string Village = "demo-langao-village";
    private const string Furong = "demo-changsha-furong";
    private const string Operator = "demo-ops";

    [Fact]
    public async Task AnOverdueCase_IsOnItsNodesBoard_ThenABadRatingsRectification_IsFollowedUp_Recorded_AndClosedByASecondRating()
    {
        var created = await (await hub.Window(Village).PostAsJsonAsync("/api/cases", Body())).Content.ReadFromJsonAsync<JsonObject>();
        var caseId = created!["caseId"]!.GetValue<string>();
        var handling = created["handlingNode"]!["code"]!.GetValue<string>();
        var committed = DateOnly.Parse(created["deadlines"]!["committed"]!.GetValue<string>());

        // The day after the committed deadline: the case's timer wakes it, and the yellow card is raised.
        hub.Clock.SetTo(Supervision.StartOf(committed.AddDays(1)).AddSeconds(1));
        await hub.Services.GetRequiredService<DueSweeper>().WakeAsync(CancellationToken.None);

        var board = await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/supervision?node={handling}&colour=yellow");
        var card = Assert.Single(board!["cards"]!.AsArray(), c => c!["caseId"]!.GetValue<string>() == caseId)!;
        Assert.Equal(("committed-deadline", "civil-affairs", committed.ToString("yyyy-MM-dd")), (card["reason"]!.GetValue<string>(), card["department"]!.GetValue<string>(), card["deadline"]!.GetValue<string>()));
        var today = WorkingDays.ChinaDate(hub.Clock.GetUtcNow());
        Assert.Equal(Cases.CaseSamples.ShippedCalendar.WorkingDaysBetween(committed, today), card["workingDaysOverdue"]!.GetValue<int>());
        Assert.DoesNotContain((await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/supervision?node={handling}&colour=red"))!["cards"]!.AsArray(), c => c!["caseId"]!.GetValue<string>() == caseId);
        var read = await hub.Window(Village).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        Assert.Equal("yellow", Assert.Single(read!["cards"]!.AsArray())!["colour"]!.GetValue<string>());

        // Decided (and delivered electronically): the card is cleared and leaves the board, and stays on the case.
        await hub.Services.GetRequiredService<IGrainFactory>().GetGrain<ICaseGrain>(caseId).ApplyDepartmentEvent(
            Cases.CaseSamples.Event("civil-affairs", DepartmentEventKind.TaskApproved) with { OccurredAt = hub.Clock.GetUtcNow() });
        board = await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/supervision?node={handling}");
        Assert.DoesNotContain(board!["cards"]!.AsArray(), c => c!["caseId"]!.GetValue<string>() == caseId);
        read = await hub.Window(Village).GetFromJsonAsync<JsonObject>($"/api/cases/{caseId}");
        Assert.NotNull(Assert.Single(read!["cards"]!.AsArray())!["clearedAt"]);

        var rated = await hub.Window(Village).PostAsJsonAsync($"/api/cases/{caseId}/rating", new { level = 1, comment = "材料来回跑了三次" });
        Assert.Equal(HttpStatusCode.OK, rated.StatusCode);
        var owed = await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/rectifications?node={handling}");
        Assert.Equal("open", Assert.Single(owed!["rectifications"]!.AsArray(), r => r!["caseId"]!.GetValue<string>() == caseId)!["rectification"]!["status"]!.GetValue<string>());

        var wrongNode = await hub.Window(Village).PostAsJsonAsync($"/api/cases/{caseId}/rectification/follow-up", new { note = "called" });
        Assert.Equal(HttpStatusCode.Forbidden, wrongNode.StatusCode);
        var missingNote = await hub.Window(Furong).PostAsJsonAsync($"/api/cases/{caseId}/rectification/follow-up", new { });
        Assert.Equal("note", Assert.Single((await missingNote.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key);
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(Furong).PostAsJsonAsync($"/api/cases/{caseId}/rectification/follow-up", new { note = "回访：申请人反映材料清单不清楚" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hub.Window(Village).PostAsJsonAsync($"/api/cases/{caseId}/rating", new { level = 4 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hub.Window(Furong).PostAsJsonAsync($"/api/cases/{caseId}/rectification", new { measures = "一次性告知清单上线" })).StatusCode);
        var again = await hub.Window(Village).PostAsJsonAsync($"/api/cases/{caseId}/rating", new { level = 4 });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var closed = await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/rectifications?node={handling}&status=closed");
        var rectification = Assert.Single(closed!["rectifications"]!.AsArray(), r => r!["caseId"]!.GetValue<string>() == caseId)!["rectification"]!;
        Assert.Equal((1, 4, "一次性告知清单上线"), (rectification["rating"]!.GetValue<int>(), rectification["secondRating"]!.GetValue<int>(), rectification["measures"]!.GetValue<string>()));
        Assert.DoesNotContain((await hub.Window(Operator).GetFromJsonAsync<JsonObject>($"/ops/rectifications?node={handling}"))!["rectifications"]!.AsArray(), r => r!["caseId"]!.GetValue<string>() == caseId);
    }

    [Fact]
    public async Task TheBoard_WithoutANodeOrWithABadColour_Is400NamingTheField()
    {
        var noNode = await hub.Window(Operator).GetAsync("/ops/supervision");
        var badColour = await hub.Window(Operator).GetAsync("/ops/supervision?node=430102000000&colour=green");
        var badStatus = await hub.Window(Operator).GetAsync("/ops/rectifications?node=430102000000&status=late");
        var asWindow = await hub.Window(Village).GetAsync("/ops/supervision?node=430102000000");

        Assert.Equal("node", Assert.Single((await noNode.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key);
        Assert.Equal("colour", Assert.Single((await badColour.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key);
        Assert.Equal("status", Assert.Single((await badStatus.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key);
        Assert.Equal(HttpStatusCode.Forbidden, asWindow.StatusCode);
    }

    private static object Body() => new
    {
        matterCode = "CA-004",
        applicant = new { kind = "person", id = Cases.CaseSamples.UniqueChangshaCitizenId(), name = "刘芳" },
        materials = new object[]
        {
            new { code = "id-card", reference = "scan://id-card" },
            new { code = "disability-card", reference = "scan://card" },
            new { code = "bank-account", reference = "scan://bank" },
        },
    };

    /// <summary>The hub without its simulator, on a clock the test sets, its own timer checks far apart.</summary>
    public sealed class Fixture : HubAppFixture
    {
        public MovableClock Clock { get; } = new();

        protected override IEnumerable<string> ExtraArguments => ["--Hub:Simulator:Enabled=false", "--Hub:Timers:CheckInterval=00:10:00", "--Hub:Timers:TakeOverAfter=00:10:00"];

        protected override void Configure(WebApplicationBuilder builder) => builder.Services.AddSingleton<HubClock>(Clock);
    }
}
