using Hub.Cases;
using Hub.Kafka;
using Hub.Tests.Support;
using Hub.Timers;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Cases.CaseSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Grains;

/// <summary>
/// Electronic supervision through the real runtime on a moved clock: each case's one durable timer wakes it for its
/// reminder, its cards and deemed acceptance, each once, and the supervision feed and the department's topic say so.
/// Each test sets the clock forward to the next Monday after wherever it is (Orleans reads the same clock, so it only
/// moves forward): after the National Day holiday of 2026 the calendar has no public holiday or make-up day (2027 has
/// no notice yet), so a week is five working days and the dates are counted from that Monday.
/// </summary>
public sealed class SupervisionTests(SupervisionTests.Fixture fixture) : IClassFixture<SupervisionTests.Fixture>
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    // The test's Monday: 5 working days from it end the Monday after, 20 end four Mondays after.
    private DateOnly _monday;

    private DateOnly Day(int days) => _monday.AddDays(days);

    private DateTimeOffset At(int days, int hour, int minute = 0, int second = 0) =>
        new(Day(days).ToDateTime(new TimeOnly(hour, minute, second)), China);

    // Sets the clock to 09:00 on the next Monday and submits a case there: committed 5 working days, statutory 20.
    private async Task<(CaseSubmission Submission, ICaseGrain Grain)> SubmitOnAMondayAsync()
    {
        var today = Hub.Calendars.WorkingDays.ChinaDate(fixture.Clock.GetUtcNow());
        var ahead = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        _monday = today.AddDays(ahead == 0 ? 7 : ahead);
        fixture.Clock.SetTo(At(0, 9));
        var submission = Submission(at: fixture.Clock.GetUtcNow());
        var grain = fixture.Case(submission);
        await grain.Submit(submission);
        return (submission, grain);
    }

    [Fact]
    public async Task AnUnansweredCase_GetsItsReminder_IsDeemedAccepted_ThenYellowAndRedCards_EachOnce_ClearedWhenDecided()
    {
        var (submission, grain) = await SubmitOnAMondayAsync();

        // Reminder on Friday (the working day before the committed Monday); deemed acceptance and the yellow card as
        // that Monday ends, the red card as the statutory Monday four weeks on ends.
        var steps = new (DateTimeOffset At, string[] Actions)[]
        {
            (At(3, 23, 59), []),
            (At(4, 0, 0, 1), ["reminder"]),
            (At(7, 23, 59), []),
            (At(8, 0, 0, 1), ["deemed-accepted", "yellow-card"]),
            (At(28, 23, 59), []),
            (At(29, 0, 0, 1), ["red-card"]),
        };
        var seen = 0;
        foreach (var (at, actions) in steps)
        {
            fixture.Clock.SetTo(at);
            await WakeTwice();
            var view = await grain.GetView();
            var hubActs = view.Timeline.Where(t => t.Actor == "hub" && actions.Concat(["reminder", "deemed-accepted", "yellow-card", "red-card"]).Contains(t.Action)).ToArray();
            Assert.Equal(actions, hubActs.Skip(seen).Select(t => t.Action));
            seen = hubActs.Length;
        }

        await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskApproved) with { OccurredAt = fixture.Clock.GetUtcNow() });
        await WakeTwice();

        var decided = await grain.GetView();
        Assert.Equal([("yellow", Day(7)), ("red", Day(28))], decided.Cards!.Select(c => (c.Colour, c.Deadline)));
        Assert.All(decided.Cards!, c => Assert.NotNull(c.ClearedAt));
        Assert.All(decided.Cards!, c => Assert.Equal(("public-security", submission.HandlingNode), (c.Department, c.Node)));

        var expected = new[]
        {
            Wire.SupervisionKind.Reminder, Wire.SupervisionKind.DeemedAccepted, Wire.SupervisionKind.YellowCard,
            Wire.SupervisionKind.RedCard, Wire.SupervisionKind.CardCleared, Wire.SupervisionKind.CardCleared,
        };
        var feed = await HubFeeds.SupervisionAsync(fixture.BootstrapServers, HubTopics.Supervision(fixture.TopicPrefix), [submission.CaseId.Value], expected.Length);
        Assert.Equal(expected, feed.Select(n => n.Kind));
        Assert.Equal([$"{Day(7):yyyy-MM-dd}", $"{Day(28):yyyy-MM-dd}"], feed.Where(n => n.Kind is Wire.SupervisionKind.YellowCard or Wire.SupervisionKind.RedCard).Select(n => n.Deadline));
        var toDepartment = await HubFeeds.SupervisionAsync(fixture.BootstrapServers, HubTopics.Dispatch("public-security", fixture.TopicPrefix), [submission.CaseId.Value], expected.Length);
        Assert.Equal(expected, toDepartment.Select(n => n.Kind));
    }

    [Fact]
    public async Task ADepartmentSilentFor5WorkingDays_FindsItsTaskDeemedAccepted_OnTheTimelineAndTheStatusFeed()
    {
        var (submission, grain) = await SubmitOnAMondayAsync();

        fixture.Clock.SetTo(At(8, 0, 0, 1));
        await WakeTwice();

        var view = await grain.GetView();
        Assert.Equal(CaseStatus.Accepted, view.Status);
        var deemed = Assert.Single(view.Timeline, t => t.Action == "deemed-accepted");
        Assert.Equal("hub", deemed.Actor);
        Assert.Contains($"accepted as of {Day(0):yyyy-MM-dd}", deemed.Detail);
        Assert.Equal(CaseTaskStatus.Accepted, Assert.Single(view.Tasks).Status);
        var feed = await HubFeeds.StatusChangesAsync(fixture.BootstrapServers, fixture.TopicPrefix, [submission.CaseId.Value], atLeast: 3);
        var accepted = Assert.Single(feed[submission.CaseId.Value], c => c.Status == CaseStatus.Accepted);
        Assert.Equal("hub", accepted.Actor);
    }

    [Fact]
    public async Task ASupplementAwaitedFor4WorkingDays_MovesBothDeadlinesBy4_AndNoCardComesWhileTheClockStands()
    {
        var (_, grain) = await SubmitOnAMondayAsync();

        // Asked on Tuesday; supplied on the next Monday: Wednesday, Thursday, Friday and Monday stood.
        fixture.Clock.SetTo(At(1, 10));
        await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.SupplementRequested, materials: "household-register") with { OccurredAt = fixture.Clock.GetUtcNow() });
        fixture.Clock.SetTo(At(4, 0, 0, 1));
        await WakeTwice();
        fixture.Clock.SetTo(At(7, 15));
        var supplied = await grain.Supplement(VillageWindow, [new Material("household-register", "scan://3")]);

        Assert.Equal((Day(11), Day(32)), (supplied.CommittedDeadline, supplied.StatutoryDeadline));
        Assert.DoesNotContain(supplied.Timeline, t => t.Action == "reminder");
        Assert.Contains(supplied.Timeline, t => t.Action == "clock-resumed" && t.Detail!.Contains("4 working days"));

        // The reminder now comes on the working day before the moved deadline, not before the old one.
        fixture.Clock.SetTo(At(9, 12));
        await WakeTwice();
        Assert.DoesNotContain((await grain.GetView()).Timeline, t => t.Action == "reminder");
        fixture.Clock.SetTo(At(10, 0, 0, 1));
        await WakeTwice();
        Assert.Single((await grain.GetView()).Timeline, t => t.Action == "reminder");
    }

    [Fact]
    public async Task ABadRating_TellsTheFeedAndTheDepartment_ItsRectificationIsOpened_OverdueAndThenRecordedLate()
    {
        var (submission, grain) = await SubmitOnAMondayAsync();
        await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskApproved) with { OccurredAt = fixture.Clock.GetUtcNow() });
        await grain.Handover(VillageWindow);
        await grain.Rate(VillageWindow, 1, "跑了三趟");
        await grain.FollowUp(HandlingWindow, "回访：材料清单未一次性告知");

        // 15 working days from the Monday end on the Monday three weeks on; the day after, the rectification is overdue.
        fixture.Clock.SetTo(At(22, 0, 0, 1));
        await WakeTwice();
        await grain.Rectify(HandlingWindow, "一次性告知清单上墙");
        await WakeTwice();

        var expected = new[]
        {
            Wire.SupervisionKind.RectificationOpened, Wire.SupervisionKind.RedCard, Wire.SupervisionKind.Rectified, Wire.SupervisionKind.CardCleared,
        };
        foreach (var topic in new[] { HubTopics.Supervision(fixture.TopicPrefix), HubTopics.Dispatch("public-security", fixture.TopicPrefix) })
        {
            var notices = await HubFeeds.SupervisionAsync(fixture.BootstrapServers, topic, [submission.CaseId.Value], expected.Length);
            Assert.Equal(expected, notices.Select(n => n.Kind));
            Assert.All(notices, n => Assert.Equal((submission.HandlingNode.ToString(), $"{Day(21):yyyy-MM-dd}"), (n.ResponsibleNode, n.Deadline)));
            Assert.Equal("rectification", notices[1].Reason);
            Assert.Contains("late, due", notices[2].Detail);
        }
    }

    [Fact]
    public async Task ADepartmentExtends_TheStatutoryDeadlineMoves_UpToTheLimit_AndNoFurther()
    {
        var (_, grain) = await SubmitOnAMondayAsync();

        await grain.ApplyDepartmentEvent(Extension(6));
        var tooMuch = await Assert.ThrowsAsync<CaseRuleException>(() => grain.ApplyDepartmentEvent(Extension(5)));
        await grain.ApplyDepartmentEvent(Extension(4));

        Assert.Contains("at most 10 working days", tooMuch.Message);
        var view = await grain.GetView();
        Assert.Equal(Day(42), view.StatutoryDeadline);
        Assert.Equal(2, view.Timeline.Count(t => t.Action == "deadline-extended"));
    }

    private DepartmentEvent Extension(int days) =>
        Event("public-security", DepartmentEventKind.DeadlineExtended) with { Reason = "expert review (专家评审)", ExtensionDays = days, OccurredAt = fixture.Clock.GetUtcNow() };

    private async Task WakeTwice()
    {
        var sweeper = fixture.SiloService<DueSweeper>();
        await sweeper.WakeAsync(CancellationToken.None);
        await sweeper.WakeAsync(CancellationToken.None);
    }

    /// <summary>The test cluster on a clock the tests set, its own timer checks far apart so that only the tests' run.</summary>
    public sealed class Fixture : ClusterFixture
    {
        public MovableClock Clock { get; } = new();

        protected override IReadOnlyDictionary<string, string?> MoreSettings { get; } = new Dictionary<string, string?>
        {
            ["Hub:Timers:CheckInterval"] = "00:10:00",
            ["Hub:Timers:TakeOverAfter"] = "00:10:00",
            ["Hub:Certificates:Expiry:CheckInterval"] = "01:00:00",
        };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<HubClock>(Clock);
    }
}
