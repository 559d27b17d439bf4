using Hub.Cases;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Cases;

/// <summary>
/// Supervision's moments on the shipped holiday calendar, as plain functions with the time given: the worked example of
/// the National Day holiday, and a rectification after a bad rating.
/// </summary>
public sealed class SupervisionMachineTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private static DateTimeOffset At(int month, int day, int hour = 0, int minute = 0, int second = 1) => new(2026, month, day, hour, minute, second, China);

    [Fact]
    public void ACaseSubmitted30September_WithThreeCommittedDays_IsDue10October_RemindedThe9th_CardedAsThe10thAndTheStatutoryDayEnd()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: At(9, 30, 10)) with { CommittedDays = 3, StatutoryDays = 20 }, ShippedCalendar, At(9, 30, 10));

        // 1–7 October are days off; the 8th and 9th work, and Saturday the 10th is a make-up working day.
        Assert.Equal(new DateOnly(2026, 10, 10), state.CommittedDeadline);
        var steps = new (DateTimeOffset Now, string[] Acts)[]
        {
            (At(10, 8, 23, 59, 59), []),
            (At(10, 9), ["reminder"]),
            (At(10, 10, 23, 59, 59), []),
            (At(10, 11), ["yellow-card"]),
            (At(10, 13, 23, 59, 59), []),

            // Five working days after the dispatch (the 8th, 9th, 10th, 12th and 13th) the silent department has accepted.
            (At(10, 14), ["deemed-accepted"]),
            (SupervisionMachineTestsDates.DayAfter(state.StatutoryDeadline), ["red-card"]),
            (SupervisionMachineTestsDates.DayAfter(state.StatutoryDeadline).AddDays(3), []),
        };
        var seen = 0;
        foreach (var (now, acts) in steps)
        {
            Supervision.Run(state, ShippedCalendar, now);
            var hub = state.Timeline.Where(t => t.Actor == "hub" && t.Action is "reminder" or "deemed-accepted" or "yellow-card" or "red-card").ToArray();
            Assert.Equal(acts, hub.Skip(seen).Select(t => t.Action));
            seen = hub.Length;
        }

        // 20 working days from 30 September, past the holiday and with the make-up Saturday: 3 November.
        Assert.Equal(new DateOnly(2026, 11, 3), state.StatutoryDeadline);
        Assert.Null(Supervision.Next(state, ShippedCalendar));
    }

    [Fact]
    public void TheTimer_IsTheNextMoment_AndNoneOnceDecided()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: At(9, 30, 10)) with { CommittedDays = 3 }, ShippedCalendar, At(9, 30, 10));

        Assert.Equal(new DateTimeOffset(2026, 10, 9, 0, 0, 0, China), Supervision.Next(state, ShippedCalendar));
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved), ShippedCalendar);
        Supervision.Run(state, ShippedCalendar, At(10, 8, 12));
        Assert.Null(Supervision.Next(state, ShippedCalendar));
    }

    [Fact]
    public void ABadRating_OpensARectification_OverdueStepsAreCarded_ClearedWhenRecorded_AndASecondRatingClosesIt()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: At(11, 2, 9)), ShippedCalendar, At(11, 2, 9));
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved), ShippedCalendar);

        // Monday 16 November: rated 2 (不满意). Follow-up due the 17th, rectification 15 working days on: 7 December.
        Assert.True(CaseMachine.Rate(state, VillageWindow, 2, "等了很久", At(11, 16, 10), null, RatingFault.Handling, ShippedCalendar));
        var r = state.Rectification!;
        Assert.Equal((FurongDistrict, "public-security", new DateOnly(2026, 11, 17), new DateOnly(2026, 12, 7)), (r.Node, r.Department, r.FollowUpDue, r.RectifyDue));
        Assert.Equal(CaseRuleCodes.ResponsibleNodeOnly, Assert.Throws<CaseRuleException>(() => CaseMachine.FollowUp(state, VillageWindow, "called", At(11, 17, 9))).Code);
        Assert.Equal(CaseRuleCodes.InvalidTransition, Assert.Throws<CaseRuleException>(() => CaseMachine.Rate(state, VillageWindow, 4, null, At(11, 17, 9), null, RatingFault.Handling, ShippedCalendar)).Code);

        Supervision.Run(state, ShippedCalendar, At(11, 18));
        Assert.Equal([("yellow", SupervisionCard.FollowUp, false)], state.Cards.Select(c => (c.Colour, c.Reason, c.ClearedAt is not null)));

        Assert.True(CaseMachine.FollowUp(state, HandlingWindow, "回访：申请人反映等待时间长", At(11, 18, 9)));
        Assert.False(CaseMachine.FollowUp(state, HandlingWindow, "回访：申请人反映等待时间长", At(11, 18, 9, 5)));
        Supervision.Run(state, ShippedCalendar, At(11, 18, 9, 1));
        Assert.All(state.Cards, c => Assert.NotNull(c.ClearedAt));

        Supervision.Run(state, ShippedCalendar, At(12, 8));
        Assert.Equal([("yellow", SupervisionCard.FollowUp), ("red", SupervisionCard.Rectifying)], state.Cards.Select(c => (c.Colour, c.Reason)));
        Assert.True(CaseMachine.Rectify(state, HandlingWindow, "增设帮办窗口，材料当日流转", At(12, 8, 10)));
        Assert.True(CaseMachine.Rate(state, VillageWindow, 4, null, At(12, 9, 10), null, RatingFault.Handling, ShippedCalendar));
        Supervision.Run(state, ShippedCalendar, At(12, 9, 10, 1));

        Assert.Equal(("closed", 4), (state.Rectification!.Status, state.Rectification.SecondRating));
        Assert.All(state.Cards, c => Assert.NotNull(c.ClearedAt));
        Assert.Equal(CaseRuleCodes.InvalidTransition, Assert.Throws<CaseRuleException>(() => CaseMachine.Rate(state, VillageWindow, 5, null, At(12, 10, 10), null, RatingFault.Handling, ShippedCalendar)).Code);
        Assert.Null(Supervision.Next(state, ShippedCalendar));
    }

    [Fact]
    public void AGoodRating_OpensNoRectification()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: At(11, 2, 9)), ShippedCalendar, At(11, 2, 9));
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved), ShippedCalendar);

        CaseMachine.Rate(state, VillageWindow, 3, null, At(11, 16, 10), null, RatingFault.Handling, ShippedCalendar);

        Assert.Null(state.Rectification);
        Assert.Null(Supervision.Next(state, ShippedCalendar));
    }
}

/// <summary>Dates for the supervision tests.</summary>
internal static class SupervisionMachineTestsDates
{
    /// <summary>One second into the day after <paramref name="day"/>, in China: when a deadline on that day has passed.</summary>
    public static DateTimeOffset DayAfter(DateOnly day) => Supervision.StartOf(day.AddDays(1)).AddSeconds(1);
}
