using Hub.Cases;
using Hub.Messages;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Statistics;

/// <summary>The figures each status change carries for the statistics, as the case computes them from its deadlines.</summary>
public sealed class StatusFiguresTests
{
    // Monday 16 November 2026, 09:00 in China: committed deadline (5 working days) Monday 23rd, statutory (20) Monday 14 December.
    private static readonly DateTimeOffset Monday = new(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8));

    private static DateTimeOffset Day(int november) => new(2026, 11, november, 10, 0, 0, TimeSpan.FromHours(8));

    private static CaseState Submitted(IReadOnlyList<CaseTaskPlan>? tasks = null, DeliveryMethod delivery = DeliveryMethod.Electronic)
    {
        var state = new CaseState { Calendar = ShippedCalendar };
        CaseMachine.Submit(state, Submission(tasks, delivery, Monday), ShippedCalendar, Monday);
        return state;
    }

    private static DepartmentEvent At(DepartmentEvent evt, DateTimeOffset at) => evt with { OccurredAt = at };

    private static CaseFigures Last(CaseState state, CaseStatus status) =>
        state.Outbox.Select(m => m.StatusChanged).Last(c => c?.Status == status)!.Figures!;

    [Fact]
    public void Submitted_CarriesTheReceivedDayTheDeadlinesAndTheLines_AndNoDecision()
    {
        var state = Submitted([new CaseTaskPlan("public-security", 1), new CaseTaskPlan("civil-affairs", 1), new CaseTaskPlan("public-security", 2)]);

        var figures = Last(state, CaseStatus.Forwarded);

        Assert.Equal(["public-security", "civil-affairs"], figures.Departments);
        Assert.Equal((new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 14)), (figures.ReceivedOn, figures.CommittedDeadline, figures.StatutoryDeadline));
        Assert.Equal((null, null, null, null, null), (figures.DecidedOn, figures.OnTimeCommitted, figures.OnTimeStatutory, figures.WorkingDaysToDecide, figures.Rating));
    }

    [Fact]
    public void ApprovedByTheCommittedDeadline_IsOnTimeAgainstBoth_WithTheWorkingDaysItTook()
    {
        var state = Submitted();
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskApproved), Day(19)));

        var figures = Last(state, CaseStatus.Approved);

        Assert.Equal((new DateOnly(2026, 11, 19), true, true, 3), (figures.DecidedOn, figures.OnTimeCommitted, figures.OnTimeStatutory, figures.WorkingDaysToDecide));
        Assert.Equal(figures, Last(state, CaseStatus.Delivered) with { Departments = figures.Departments });
    }

    [Fact]
    public void RejectedAfterTheCommittedDeadline_IsLateAgainstIt_AndOnTimeAgainstTheStatutoryOne()
    {
        var state = Submitted();
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskRejected), Day(25)));

        var figures = Last(state, CaseStatus.Rejected);

        Assert.Equal((new DateOnly(2026, 11, 25), false, true, 7), (figures.DecidedOn, figures.OnTimeCommitted, figures.OnTimeStatutory, figures.WorkingDaysToDecide));
    }

    [Fact]
    public void TheDaysASupplementWasAwaited_DoNotCountAsWorkingDaysToDecide()
    {
        var state = Submitted();
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.SupplementRequested, null, "photo"), Day(17)));
        CaseMachine.Supplement(state, VillageWindow, [new Material("photo", "scan://photo")], Day(19));
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskApproved), Day(24)));

        var figures = Last(state, CaseStatus.Approved);

        // Received Monday 16th, decided Tuesday 24th: 6 working days, of which the clock stood 2 (17th to 19th).
        Assert.Equal((new DateOnly(2026, 11, 25), 4, true), (figures.CommittedDeadline, figures.WorkingDaysToDecide, figures.OnTimeCommitted));
    }

    [Fact]
    public void Rated_CarriesTheLevelAndTheDay_WithTheDecisionStill()
    {
        var state = Submitted(delivery: DeliveryMethod.Window);
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskApproved), Day(18)));
        CaseMachine.Handover(state, VillageWindow, Day(20));
        CaseMachine.Rate(state, VillageWindow, 2, "slow", Day(23));

        var figures = Last(state, CaseStatus.Closed);

        Assert.Equal((2, new DateOnly(2026, 11, 23), new DateOnly(2026, 11, 18)), (figures.Rating, figures.RatedOn, figures.DecidedOn));
    }

    [Fact]
    public void OnlyTheChangesThatCountForSomethingNew_AreNotMarkedAsCountingAsBefore()
    {
        var state = Submitted(delivery: DeliveryMethod.Window);
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskAccepted), Day(17)));
        CaseMachine.Apply(state, At(Event("public-security", DepartmentEventKind.TaskApproved), Day(18)));
        CaseMachine.Handover(state, VillageWindow, Day(20));
        CaseMachine.Rate(state, VillageWindow, 2, "slow", Day(23));

        var changes = state.Outbox.Select(m => m.StatusChanged).OfType<CaseStatusChanged>().ToArray();

        // Received (the first change), decided and rated count for something new; acceptance and the steps to the
        // window only move the status.
        Assert.Equal(
            [(CaseStatus.Received, false), (CaseStatus.Forwarded, true), (CaseStatus.Accepted, true), (CaseStatus.Approved, false), (CaseStatus.Delivered, true), (CaseStatus.Closed, false)],
            changes.Select(c => (c.Status, c.CountsAsBefore)).ToArray());
    }
}
