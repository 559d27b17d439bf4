using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Tests.Cases;

namespace Hub.Tests.Halls;

/// <summary>
/// Real-name queue numbers (实名排队叫号) over HTTP as the hall's ticket machine and windows work them: a check-in with the
/// citizen ID or the booking, calling in order (booked applicants whose slot has begun first), served and no-show, the
/// hall's overview with its estimated wait, and two windows calling one queue at once. Each test takes a day and a
/// matter of its own, so the tests' queues never meet.
/// </summary>
public sealed class QueueTests(HallFixture hub) : IClassFixture<HallFixture>
{
    private const string Queue = $"/api/nodes/{HallFixture.Village}/queue";

    [Fact]
    public async Task AWalkIn_GetsANumber_TheSameOneOnASecondCheckIn_AndTheNextPersonTheNext()
    {
        hub.At("2026-09-29", "08:30");
        var machine = hub.Window(HallFixture.VillageWindow);
        var person = CaseSamples.UniqueChangshaCitizenId();

        var first = await machine.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person, matter = "CA-003" });
        var again = await machine.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person, matter = "CA-003" });
        var next = await machine.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "CA-003" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var ticket = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("P001", "Waiting", 0), (ticket["number"]!.GetValue<string>(), ticket["status"]!.GetValue<string>(), ticket["ahead"]!.GetValue<int>()));
        Assert.DoesNotContain(person[6..14], ticket["citizenId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new Uri($"{Queue}/CA-003/tickets/P001", UriKind.Relative), first.Headers.Location);
        Assert.Equal("P001", (await again.Content.ReadFromJsonAsync<JsonObject>())!["number"]!.GetValue<string>());
        var second = (await next.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("P002", 1), (second["number"]!.GetValue<string>(), second["ahead"]!.GetValue<int>()));
        // Nobody has been served yet, so the wait is one default service (10 minutes) per person ahead, at one window.
        Assert.Equal(10, second["estimatedWaitMinutes"]!.GetValue<int>());
    }

    [Fact]
    public async Task ABookedApplicantWhoseSlotHasBegun_IsCalledBeforeWalkIns_OneWhoCameEarlyAfterThem_AndTheBookingShowsItsNumber()
    {
        hub.At("2026-09-30", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        var due = CaseSamples.UniqueChangshaCitizenId();
        var early = CaseSamples.UniqueChangshaCitizenId();
        var dueBooking = await Book(window, due, "2026-09-30", "09:00-10:00");
        var earlyBooking = await Book(window, early, "2026-09-30", "11:00-12:00");

        hub.At("2026-09-30", "09:05");
        var walkIn = await Number(await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "PS-004" }));
        var earlyNumber = await Number(await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = early, appointmentId = earlyBooking }));
        var stranger = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), appointmentId = dueBooking });
        var dueNumber = await Number(await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = due, appointmentId = dueBooking }));

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(("P001", "Y001", "Y002"), (walkIn, earlyNumber, dueNumber));
        var calls = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var call = await window.PostAsync($"{Queue}/PS-004/calls", null);
            calls.Add(call.StatusCode == HttpStatusCode.NoContent ? "none" : await Number(call));
        }

        Assert.Equal(["Y002", "P001", "Y001", "none"], calls);
        var booking = (await window.GetFromJsonAsync<JsonObject>($"/api/appointments/{dueBooking}"))!;
        Assert.Equal(("CheckedIn", "Y002"), (booking["status"]!.GetValue<string>(), booking["queueNumber"]!.GetValue<string>()));
    }

    [Fact]
    public async Task ServedAndNoShow_FollowACall_ARepeatChangesNothing_AndAStepThatDoesNotFitIs409()
    {
        hub.At("2026-10-08", "09:00");
        var window = hub.Window(HallFixture.VillageWindow);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "PS-004" });
        }

        var uncalled = await window.PostAsync($"{Queue}/PS-004/tickets/P001/served", null);
        Assert.Equal(HttpStatusCode.Conflict, uncalled.StatusCode);
        Assert.Equal("invalid-transition", (await uncalled.Content.ReadFromJsonAsync<JsonObject>())!["code"]!.GetValue<string>());

        Assert.Equal("P001", await Number(await window.PostAsync($"{Queue}/PS-004/calls", null)));
        hub.At("2026-10-08", "09:12");
        var served = await window.PostAsync($"{Queue}/PS-004/tickets/P001/served", null);
        var repeat = await window.PostAsync($"{Queue}/PS-004/tickets/P001/served", null);
        var noShowAfter = await window.PostAsync($"{Queue}/PS-004/tickets/P001/no-show", null);
        Assert.Equal("P002", await Number(await window.PostAsync($"{Queue}/PS-004/calls", null)));
        var noShow = await window.PostAsync($"{Queue}/PS-004/tickets/P002/no-show", null);
        var unknown = await window.GetAsync($"{Queue}/PS-004/tickets/P003");

        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("Served", (await served.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, noShowAfter.StatusCode);
        Assert.Equal("NoShow", (await noShow.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var p001 = (await window.GetFromJsonAsync<JsonObject>($"{Queue}/PS-004/tickets/P001"))!;
        Assert.Equal(("Served", "village-window-a"), (p001["status"]!.GetValue<string>(), p001["calledBy"]!.GetValue<string>()));
        var queue = Matter((await window.GetFromJsonAsync<JsonObject>(Queue))!, "PS-004");
        Assert.Equal((0, 0, 1, 1, 12), (queue["waiting"]!.GetValue<int>(), queue["atWindow"]!.GetValue<int>(), queue["served"]!.GetValue<int>(),
            queue["noShows"]!.GetValue<int>(), queue["averageServiceMinutes"]!.GetValue<int>()));
    }

    [Fact]
    public async Task TheHallsOverview_CountsWhoWaits_AndEstimatesTheWaitFromThePaceOfItsWindows_ForAnyWindowToRead_ButOnlyItsOwnWork()
    {
        hub.At("2026-10-09", "09:00");
        var first = hub.Window(HallFixture.VillageWindow);
        var second = hub.Window(HallFixture.SecondVillageWindow);
        var furong = hub.Window(HallFixture.FurongWindow);
        foreach (var _ in Enumerable.Range(0, 4))
        {
            await first.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "HR-001" });
        }

        await first.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "CA-003" });
        await first.PostAsync($"{Queue}/HR-001/calls", null);
        hub.At("2026-10-09", "09:20");
        await first.PostAsync($"{Queue}/HR-001/tickets/P001/served", null);
        await second.PostAsync($"{Queue}/HR-001/calls", null);

        var overview = (await furong.GetFromJsonAsync<JsonObject>(Queue))!;
        var lastInLine = (await first.GetFromJsonAsync<JsonObject>($"{Queue}/HR-001/tickets/P004"))!;
        var furongCalls = await furong.PostAsync($"{Queue}/HR-001/calls", null);
        var furongCheckIn = await furong.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "HR-001" });

        Assert.Equal(("2026-10-09", 3, 1, 1), (overview["date"]!.GetValue<string>(), overview["waiting"]!.GetValue<int>(),
            overview["atWindow"]!.GetValue<int>(), overview["served"]!.GetValue<int>()));
        Assert.Equal(["HR-001", "CA-003"], overview["queues"]!.AsArray().Select(q => q!["matter"]!.GetValue<string>()).ToArray());
        var hr = Matter(overview, "HR-001");
        // P003 and P004 wait; two windows called in the last hour; P001 took 20 minutes: 2 × 20 / 2 = 20.
        Assert.Equal((2, 1, 2, 20, 20), (hr["waiting"]!.GetValue<int>(), hr["atWindow"]!.GetValue<int>(), hr["windows"]!.GetValue<int>(),
            hr["averageServiceMinutes"]!.GetValue<int>(), hr["estimatedWaitMinutes"]!.GetValue<int>()));
        Assert.Equal((1, 10), (lastInLine["ahead"]!.GetValue<int>(), lastInLine["estimatedWaitMinutes"]!.GetValue<int>()));
        Assert.Equal(HttpStatusCode.Forbidden, furongCalls.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, furongCheckIn.StatusCode);
        Assert.Equal(2, Matter((await first.GetFromJsonAsync<JsonObject>(Queue))!, "HR-001")["waiting"]!.GetValue<int>());
    }

    [Fact]
    public async Task TwoWindowsCallingOneQueueAtOnce_NeverCallTheSameNumber_AndCallEveryoneOnce()
    {
        const int people = 30;
        hub.At("2026-10-12", "09:00");
        var windows = new[] { (Id: "village-window-a", Client: hub.Window(HallFixture.VillageWindow)), (Id: "village-window-b", Client: hub.Window(HallFixture.SecondVillageWindow)) };
        var issued = await Task.WhenAll(Enumerable.Range(0, people).Select(async i =>
            await Number(await windows[i % 2].Client.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = CaseSamples.UniqueChangshaCitizenId(), matter = "CA-007" }))));
        Assert.Equal(Enumerable.Range(1, people).Select(n => $"P{n:000}").ToArray(), issued.Order(StringComparer.Ordinal).ToArray());

        var called = new ConcurrentBag<(string Window, string Number)>();
        var none = 0;
        await Task.WhenAll(windows.Select(w => Task.Run(async () =>
        {
            await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
            {
                var call = await w.Client.PostAsync($"{Queue}/CA-007/calls", null);
                if (call.StatusCode == HttpStatusCode.NoContent)
                {
                    Interlocked.Increment(ref none);
                    return;
                }

                called.Add((w.Id, await Number(call)));
            }));
        })));

        Assert.Equal(issued.Order(StringComparer.Ordinal).ToArray(), called.Select(c => c.Number).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(40 - people, none);
        foreach (var (window, number) in called)
        {
            var ticket = (await windows[0].Client.GetFromJsonAsync<JsonObject>($"{Queue}/CA-007/tickets/{number}"))!;
            Assert.Equal(("Called", window), (ticket["status"]!.GetValue<string>(), ticket["calledBy"]!.GetValue<string>()));
        }

        Assert.Contains(called, c => c.Window == windows[1].Id);
        Assert.Equal(0, Matter((await windows[0].Client.GetFromJsonAsync<JsonObject>(Queue))!, "CA-007")["waiting"]!.GetValue<int>());
    }

    [Fact]
    public async Task BadCheckIns_Are400NamingTheField_OrRefusedWithTheReason_AndIssueNoNumber()
    {
        hub.At("2026-10-13", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        var person = CaseSamples.UniqueChangshaCitizenId();
        var tomorrow = await Book(window, person, "2026-10-14", "09:00-10:00");
        var badCheck = person[..17] + (person[17] == '0' ? '1' : '0');

        var badId = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = badCheck, matter = "CA-003" });
        var noMatter = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person });
        var unknownMatter = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person, matter = "XX-999" });
        var otherDay = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person, appointmentId = tomorrow });
        var badBooking = await window.PostAsJsonAsync($"{Queue}/checkins", new { citizenId = person, appointmentId = "tomorrow-morning" });

        Assert.Equal("citizenId", await OnlyField(badId));
        Assert.Equal("matter", await OnlyField(noMatter));
        Assert.Equal("matter", await OnlyField(unknownMatter));
        Assert.Equal("appointmentId", await OnlyField(badBooking));
        Assert.Equal(HttpStatusCode.Conflict, otherDay.StatusCode);
        Assert.Contains("2026-10-14", (await otherDay.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var overview = (await window.GetFromJsonAsync<JsonObject>(Queue))!;
        Assert.Equal(0, overview["waiting"]!.GetValue<int>());
        Assert.Empty(overview["queues"]!.AsArray());
    }

    private static async Task<string> Book(HttpClient window, string citizenId, string date, string slot)
    {
        var booked = await window.PostAsJsonAsync("/api/appointments", new
        {
            node = HallFixture.Village, matter = "PS-004", date, slot,
            applicant = new { citizenId, name = "李建国", phone = "13812345678" },
            materials = new[] { "id-card", "application-form" },
        });
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        return (await booked.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private static async Task<string> Number(HttpResponseMessage answer)
    {
        Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        return (await answer.Content.ReadFromJsonAsync<JsonObject>())!["number"]!.GetValue<string>();
    }

    private static async Task<string> OnlyField(HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        return Assert.Single((await answer.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key;
    }

    private static JsonObject Matter(JsonObject overview, string matter) =>
        overview["queues"]!.AsArray().Single(q => q!["matter"]!.GetValue<string>() == matter)!.AsObject();
}
