using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Cases;
using Hub.Tests.Kafka;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Halls;

/// <summary>
/// Appointments (预约) over HTTP as a window books them for the applicant before it: the booking and its pre-check, the
/// applicant's confirmation on <c>hub.notifications</c>, a full slot, a second booking by the same person, a
/// cancellation, and the days the State Council's notice makes holidays or make-up working days. Each test sets the
/// hub's clock to a day of the shipped 2026 notice.
/// </summary>
public sealed class AppointmentTests(HallFixture hub) : IClassFixture<HallFixture>
{
    private const string Phone = "13912345678";

    private static object Booking(string citizenId, string date, string slot, string matter = "PS-004", string[]? materials = null, string? phone = Phone) => new
    {
        node = HallFixture.Village,
        matter,
        date,
        slot,
        applicant = new { citizenId, name = "王小梅", phone },
        materials = materials ?? ["id-card", "application-form"],
    };

    [Fact]
    public async Task ABooking_Is201_WithItsPreCheck_SeenByTheHallNotByOthers_AndTheApplicantIsToldTheTimeOnce()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);

        var person = CaseSamples.UniqueChangshaCitizenId();
        var booked = await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-29", "09:00-10:00", materials: ["id-card"]));

        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var answer = (await booked.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = answer["id"]!.GetValue<string>();
        Assert.Matches(@"^610925100201-20260929-\d{3}-PS-004$", id);
        Assert.Equal(("Booked", "2026-09-29", "09:00-10:00"), (answer["status"]!.GetValue<string>(), answer["date"]!.GetValue<string>(), answer["slot"]!.GetValue<string>()));
        Assert.Equal("application-form", Assert.Single(answer["preCheck"]!["missing"]!.AsArray())!["code"]!.GetValue<string>());
        Assert.False(answer["preCheck"]!["complete"]!.GetValue<bool>());
        Assert.DoesNotContain(person[6..14], answer["citizenId"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(new Uri($"/api/appointments/{id}", UriKind.Relative), booked.Headers.Location);

        var read = await window.GetFromJsonAsync<JsonObject>($"/api/appointments/{id}");
        Assert.Equal(id, read!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await hub.Window(HallFixture.FurongWindow).GetAsync($"/api/appointments/{id}")).StatusCode);

        using var reader = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Notifications());
        var notices = (await reader.ReadUntilQuietAsync(r => r.Message.Key == id, atLeast: 1))
            .Select(r => ApplicantNotificationMapper.ToMessage(ProtoCodec.Decode<Wire.ApplicantNotification>(r.Message.Value))).ToArray();
        var notice = Assert.Single(notices);
        Assert.Equal((NotificationCodes.AppointmentBooked, "139****5678", id), (notice.Template, notice.MaskedPhone, notice.AppointmentId));
        Assert.Equal("2026年9月29日 09:00-10:00", notice.Parameters.Single(p => p.Name == "time").Value);
        Assert.Equal("户籍类证明开具", notice.Parameters.Single(p => p.Name == "matter").Value);
    }

    [Fact]
    public async Task AFullSlot_Is409_OfferingTheNextFreeSlots_AndTheSlotsListCountsItsPlaces()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            Assert.Equal(HttpStatusCode.Created, (await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-30", "16:00-17:00", "HR-001", ["id-card"]))).StatusCode);
        }

        var full = await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-30", "16:00-17:00", "HR-001", ["id-card"]));

        Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
        var problem = (await full.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("slot-full", problem["code"]!.GetValue<string>());
        // 16:00-17:00 is the day's last slot, and 1 to 7 October are the National Day holiday: the next free is the 8th.
        var next = problem["nextFree"]!.AsArray();
        Assert.Equal(5, next.Count);
        Assert.Equal(("2026-10-08", "09:00-10:00", 2), (next[0]!["date"]!.GetValue<string>(), next[0]!["slot"]!.GetValue<string>(), next[0]!["free"]!.GetValue<int>()));
        Assert.All(next, n => Assert.NotEqual("2026-09-30", n!["date"]!.GetValue<string>()));

        var slots = await window.GetFromJsonAsync<JsonObject>($"/api/nodes/{HallFixture.Village}/slots?matter=HR-001&from=2026-09-30&days=3");
        var days = slots!["days"]!.AsArray();
        Assert.Equal(["2026-09-30", "2026-10-08", "2026-10-09"], days.Select(d => d!["date"]!.GetValue<string>()).ToArray());
        var last = days[0]!["slots"]!.AsArray().Single(s => s!["slot"]!.GetValue<string>() == "16:00-17:00")!;
        Assert.Equal((2, 2, 0), (last["capacity"]!.GetValue<int>(), last["booked"]!.GetValue<int>(), last["free"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ASecondBookingBySamePerson_ForTheMatterHere_Is409NamingTheFirst_WhileAResendIsTheSameBooking()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        var person = CaseSamples.UniqueChangshaCitizenId();
        var first = (await (await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-29", "10:00-11:00"))).Content.ReadFromJsonAsync<JsonObject>())!;

        var resent = await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-29", "10:00-11:00"));
        var second = await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-30", "14:00-15:00"));
        var otherMatter = await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-30", "14:00-15:00", "CA-003", ["id-card"]));

        Assert.Equal(first["id"]!.GetValue<string>(), (await resent.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("already-booked", first["id"]!.GetValue<string>()), (problem["code"]!.GetValue<string>(), problem["appointmentId"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Created, otherMatter.StatusCode);
        var slots = await window.GetFromJsonAsync<JsonObject>($"/api/nodes/{HallFixture.Village}/slots?matter=PS-004&from=2026-09-29&days=1");
        Assert.Equal(1, slots!["days"]![0]!["slots"]!.AsArray().Single(s => s!["slot"]!.GetValue<string>() == "10:00-11:00")!["booked"]!.GetValue<int>());
    }

    [Fact]
    public async Task ACancellation_NeedsTheBookersId_FreesThePlaceOnce_TellsTheApplicant_AndLetsThemBookAgain()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        var person = CaseSamples.UniqueChangshaCitizenId();
        var id = (await (await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-29", "11:00-12:00", "CA-007", ["id-card", "photo"]))).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-29", "11:00-12:00", "CA-007", ["id-card"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-29", "11:00-12:00", "CA-007", ["id-card"]))).StatusCode);

        var stranger = await window.PostAsJsonAsync($"/api/appointments/{id}/cancellation", new { citizenId = CaseSamples.UniqueChangshaCitizenId() });
        var cancelled = await window.PostAsJsonAsync($"/api/appointments/{id}/cancellation", new { citizenId = person });
        var again = await window.PostAsJsonAsync($"/api/appointments/{id}/cancellation", new { citizenId = person });

        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal("Cancelled", (await cancelled.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var slots = await window.GetFromJsonAsync<JsonObject>($"/api/nodes/{HallFixture.Village}/slots?matter=CA-007&from=2026-09-29&days=1");
        Assert.Equal(1, slots!["days"]![0]!["slots"]!.AsArray().Single(s => s!["slot"]!.GetValue<string>() == "11:00-12:00")!["free"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Created, (await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-29", "11:00-12:00", "CA-007", ["id-card"]))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await window.PostAsJsonAsync("/api/appointments", Booking(person, "2026-09-30", "09:00-10:00", "CA-007", ["id-card"]))).StatusCode);

        using var reader = new TopicReader(await hub.BootstrapServersAsync(), HubTopics.Notifications());
        var notices = (await reader.ReadUntilQuietAsync(r => r.Message.Key == id, atLeast: 2))
            .Select(r => ApplicantNotificationMapper.ToMessage(ProtoCodec.Decode<Wire.ApplicantNotification>(r.Message.Value))).ToArray();
        Assert.Equal([NotificationCodes.AppointmentBooked, NotificationCodes.AppointmentCancelled], notices.Select(n => n.Template).ToArray());
    }

    [Fact]
    public async Task APublicHoliday_CannotBeBooked_NamingTheHoliday_WhileTheMakeUpSaturdayCan()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);

        var holiday = await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-10-01", "09:00-10:00"));
        var sunday = await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-10-11", "09:00-10:00"));
        var makeUp = await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-10-10", "09:00-10:00"));
        var past = await window.PostAsJsonAsync("/api/appointments", Booking(CaseSamples.UniqueChangshaCitizenId(), "2026-09-25", "09:00-10:00"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, holiday.StatusCode);
        var problem = (await holiday.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("not-bookable", problem["code"]!.GetValue<string>());
        Assert.Contains("国庆节", Assert.Single(problem["errors"]!["date"]!.AsArray())!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sunday.StatusCode);
        Assert.Equal(HttpStatusCode.Created, makeUp.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, past.StatusCode);
    }

    [Fact]
    public async Task BadFields_Are400NamingEach_AndBookNothing()
    {
        hub.At("2026-09-28", "08:00");
        var window = hub.Window(HallFixture.VillageWindow);
        var before = BookedAtNine(await window.GetFromJsonAsync<JsonObject>($"/api/nodes/{HallFixture.Village}/slots?matter=PS-004&from=2026-09-29&days=1"));
        var good = CaseSamples.UniqueChangshaCitizenId();
        var badCheck = good[..17] + (good[17] == '0' ? '1' : '0');

        var bad = await window.PostAsJsonAsync("/api/appointments", new
        {
            node = HallFixture.Village, matter = "PS-004", date = "2026/09/29", slot = "08:00-09:00",
            applicant = new { citizenId = badCheck, name = "", phone = "12345" }, materials = new[] { "id-card", "passport" },
        });
        var online = await window.PostAsJsonAsync("/api/appointments", new
        {
            node = "43", matter = "PS-004", date = "2026-09-29", slot = "09:00-10:00", applicant = new { citizenId = good, name = "王小梅" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["applicant.citizenId", "applicant.name", "applicant.phone", "date", "materials[1]", "slot"], errors);
        Assert.Equal(HttpStatusCode.BadRequest, online.StatusCode);
        Assert.Equal("node", Assert.Single((await online.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject()).Key);
        var slots = await window.GetFromJsonAsync<JsonObject>($"/api/nodes/{HallFixture.Village}/slots?matter=PS-004&from=2026-09-29&days=1");
        Assert.Equal(before, BookedAtNine(slots));
    }

    private static int BookedAtNine(JsonObject? slots) => slots!["days"]![0]!["slots"]!.AsArray().Single(s => s!["slot"]!.GetValue<string>() == "09:00-10:00")!["booked"]!.GetValue<int>();
}
