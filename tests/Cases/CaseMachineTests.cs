using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Tests.Calendars;
using Hub.Tests.Support;
using Hub.Messages;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Cases;

public sealed class CaseMachineTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static CaseState Submitted(IReadOnlyList<CaseTaskPlan>? tasks = null, DeliveryMethod delivery = DeliveryMethod.Electronic)
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(tasks, delivery), ShippedCalendar, Now);
        return state;
    }

    [Fact]
    public void Submit_DispatchesTheTaskAndIsForwarded()
    {
        var state = Submitted();

        Assert.Equal(CaseStatus.Forwarded, state.Status);
        var dispatch = Assert.Single(state.Outbox, m => m.Dispatch is not null).Dispatch!;
        Assert.Equal("public-security", dispatch.Department);
        Assert.False(dispatch.IsResubmission);
        Assert.Equal([CaseStatus.Received, CaseStatus.Forwarded], state.Outbox.Where(m => m.StatusChanged is not null).Select(m => m.StatusChanged!.Status));
        Assert.Equal([1L, 2L], state.Outbox.Where(m => m.StatusChanged is not null).Select(m => m.StatusChanged!.Sequence));
    }

    [Fact]
    public void ApprovalWithACertificateOfAnotherHolder_IsRefused_BeforeIssuing_AndChangesNothing()
    {
        var state = Submitted();
        var approval = Event("public-security", DepartmentEventKind.TaskApproved) with { IssuedCertificates = [Certificate(UniqueChangshaCitizenId())] };
        var before = (state.Status, state.Timeline.Count, state.Outbox.Count);

        var asked = Assert.Throws<CaseRuleException>(() => CaseMachine.TakesApproval(state, approval));
        var applied = Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, approval));

        Assert.Equal([CaseRuleCodes.HolderMismatch, CaseRuleCodes.HolderMismatch], [asked.Code, applied.Code]);
        Assert.DoesNotContain(state.Submission!.Applicant.Identifier, applied.Message);
        Assert.Equal(before, (state.Status, state.Timeline.Count, state.Outbox.Count));
    }

    [Fact]
    public void ApprovalWithTheApplicantsCertificate_ShowsItOnTheCase_AndOnceAppliedIsNotTakenAgain()
    {
        var state = Submitted();
        var certificate = Certificate(state.Submission!.Applicant.Identifier);
        var approval = Event("public-security", DepartmentEventKind.TaskApproved) with { IssuedCertificates = [certificate] };

        Assert.True(CaseMachine.TakesApproval(state, approval));
        CaseMachine.Apply(state, approval);

        Assert.Contains(certificate.Id.ToString(), state.Certificates);
        Assert.Single(state.Timeline, t => t.Action == "certificate-issued" && t.Detail!.StartsWith(certificate.Id.ToString(), StringComparison.Ordinal));
        Assert.False(CaseMachine.TakesApproval(state, approval));
    }

    private static Hub.Certificates.CertificateToIssue Certificate(string holder)
    {
        var id = Hub.Identifiers.CertificateId.Parse(Certificates.CertificateSamples.NewId());
        var issue = Certificates.CertificateSamples.Issue() with { Metadata = Certificates.CertificateSamples.Metadata(holder: holder) };
        return new(id, issue);
    }

    [Fact]
    public void Submit_FridayMorning_DeadlinesSkipWeekends()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.FromHours(8))), ShippedCalendar, Now);

        // Received Friday 2026-11-20: 5 working days end Friday 27th, 20 end Friday 18 December.
        Assert.Equal(new DateOnly(2026, 11, 27), state.CommittedDeadline);
        Assert.Equal(new DateOnly(2026, 12, 18), state.StatutoryDeadline);
    }

    [Fact]
    public void Submit_OnTheEveOfNationalDay_IsDueOnTheMakeUpSaturday()
    {
        var state = new CaseState();

        CaseMachine.Submit(state, Submission(at: new DateTimeOffset(2026, 9, 30, 10, 0, 0, TimeSpan.FromHours(8))) with { CommittedDays = 3 }, ShippedCalendar, Now);

        // 10-01..10-07 off; 10-08, 10-09, then Saturday 10-10 is a make-up working day.
        Assert.Equal((new DateOnly(2026, 10, 10), false), (state.CommittedDeadline, state.DeadlinesProvisional));
        Assert.Equal(new DateOnly(2026, 10, 10), Assert.Single(state.Outbox, m => m.Dispatch is not null).Dispatch!.CommittedDeadline);
    }

    [Fact]
    public void Submit_CountedIntoAYearWithoutNotice_IsProvisional_AndRecomputedOnceWhenItsNoticeIsLoaded()
    {
        var state = new CaseState();
        CaseMachine.Submit(state, Submission(at: new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8))), ShippedCalendar, Now);

        // 20 working days from Monday 2026-12-21 end in 2027, which has no notice: weekends alone, and 01-01 counts.
        Assert.Equal((new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 18), true), (state.CommittedDeadline, state.StatutoryDeadline, state.DeadlinesProvisional));
        Assert.True(CaseMachine.ToView(state).DeadlinesProvisional);
        Assert.False(CaseMachine.RecomputeDeadlines(state, ShippedCalendar, Now));

        var with2027 = WorkingCalendar.From([.. CalendarFile.ReadFolder(CalendarSettings.DefaultFolder), new CalendarFile("cn-2027.json", CalendarFiles.Test2027)]);
        Assert.True(CaseMachine.RecomputeDeadlines(state, with2027, Now));

        Assert.Equal((new DateOnly(2026, 12, 28), new DateOnly(2027, 1, 19), false), (state.CommittedDeadline, state.StatutoryDeadline, state.DeadlinesProvisional));
        var note = Assert.Single(state.Timeline, t => t.Action == "deadlines-recomputed");
        Assert.Equal("committed 2026-12-28 (was 2026-12-28), statutory 2027-01-19 (was 2027-01-18)", note.Detail);
        Assert.False(CaseMachine.RecomputeDeadlines(state, with2027, Now));
        Assert.Single(state.Timeline, t => t.Action == "deadlines-recomputed");
    }

    [Fact]
    public void Submit_Twice_IsRefused()
    {
        var state = Submitted();

        var error = Assert.Throws<CaseRuleException>(() => CaseMachine.Submit(state, state.Submission!, ShippedCalendar, Now));
        Assert.Equal("duplicate-case", error.Code);
    }

    [Fact]
    public void AcceptThenApprove_Electronic_IsDeliveredWithEachHopInTheTimeline()
    {
        var state = Submitted();

        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskAccepted));
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved));

        Assert.Equal(CaseStatus.Delivered, state.Status);
        Assert.Equal(["cert-1"], state.Certificates);
        Assert.Equal(
            ["submitted", "dispatched", "forwarded", "accepted", "task-approved", "approved", "delivered"],
            state.Timeline.Select(t => t.Action));
    }

    [Fact]
    public void SameEventTwice_IsAppliedOnce()
    {
        var state = Submitted();
        var accepted = Event("public-security", DepartmentEventKind.TaskAccepted, "evt-1");

        Assert.Equal(EventOutcome.Applied, CaseMachine.Apply(state, accepted));
        var timeline = state.Timeline.Count;
        Assert.Equal(EventOutcome.Duplicate, CaseMachine.Apply(state, accepted));
        Assert.Equal(timeline, state.Timeline.Count);
    }

    [Fact]
    public void EventFromADepartmentNotDispatched_IsRefusedAndChangesNothing()
    {
        var state = Submitted();
        var before = state.Timeline.Count;

        var error = Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, Event("tax", DepartmentEventKind.TaskApproved)));

        Assert.Equal("not-dispatched", error.Code);
        Assert.Equal(before, state.Timeline.Count);
        Assert.Equal(CaseStatus.Forwarded, state.Status);
    }

    [Fact]
    public void ApprovalAfterRejection_IsRefused()
    {
        var state = Submitted();
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskRejected));

        var error = Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved)));

        Assert.Equal("invalid-transition", error.Code);
        Assert.Equal(CaseStatus.Delivered, state.Status);
    }

    [Fact]
    public void SupplementRequested_ThenSupplied_IsDispatchedAgainAsResubmission()
    {
        var state = Submitted();
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.SupplementRequested, null, "household-register"));
        Assert.Equal(CaseStatus.SupplementRequested, state.Status);

        var missing = Assert.Throws<CaseRuleException>(() => CaseMachine.Supplement(state, VillageWindow, [new Material("photo", "x")], Now));
        Assert.Contains("household-register", missing.Message);
        Assert.Equal(CaseStatus.SupplementRequested, state.Status);

        state.Outbox.Clear();
        CaseMachine.Supplement(state, VillageWindow, [new Material("household-register", "scan://2")], Now);

        Assert.Equal(CaseStatus.Forwarded, state.Status);
        var again = Assert.Single(state.Outbox, m => m.Dispatch is not null).Dispatch!;
        Assert.True(again.IsResubmission);
        Assert.Contains(again.Materials, m => m.Code == "household-register");
    }

    [Fact]
    public void Withdraw_BeforeDecision_WithdrawsOpenTasks_AfterDecision_IsRefused()
    {
        var open = Submitted();
        CaseMachine.Withdraw(open, VillageWindow, "changed mind", Now);
        Assert.Equal(CaseStatus.Withdrawn, open.Status);
        Assert.All(open.Tasks, t => Assert.Equal(CaseTaskStatus.Withdrawn, t.Status));

        var decided = Submitted(delivery: DeliveryMethod.Window);
        CaseMachine.Apply(decided, Event("public-security", DepartmentEventKind.TaskApproved));
        var error = Assert.Throws<CaseRuleException>(() => CaseMachine.Withdraw(decided, VillageWindow, "too late", Now));
        Assert.Equal("invalid-transition", error.Code);
        Assert.Equal(CaseStatus.Approved, decided.Status);
    }

    [Fact]
    public void WindowDelivery_WaitsForHandover_ThenRatingCloses()
    {
        var state = Submitted(delivery: DeliveryMethod.Window);
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved));
        Assert.Equal(CaseStatus.Approved, state.Status);
        Assert.Throws<CaseRuleException>(() => CaseMachine.Rate(state, VillageWindow, 5, null, Now));

        CaseMachine.Handover(state, VillageWindow, Now);
        Assert.Equal(CaseStatus.Delivered, state.Status);
        Assert.Throws<CaseRuleException>(() => CaseMachine.Rate(state, VillageWindow, 6, null, Now));

        CaseMachine.Rate(state, VillageWindow, 5, "很好", Now);
        Assert.Equal(CaseStatus.Closed, state.Status);
        Assert.Equal(5, state.Rating);
    }

    [Fact]
    public void JointHandling_SecondStageIsDispatchedOnlyWhenTheFirstIsApproved()
    {
        var state = Submitted([new("market-regulation", 1), new("tax", 2), new("public-security", 2)]);
        Assert.Single(state.Outbox, m => m.Dispatch is not null);
        Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, Event("tax", DepartmentEventKind.TaskAccepted)));

        CaseMachine.Apply(state, Event("market-regulation", DepartmentEventKind.TaskApproved));
        Assert.Equal(["market-regulation", "tax", "public-security"], state.Outbox.Where(m => m.Dispatch is not null).Select(m => m.Dispatch!.Department));
        Assert.Equal(CaseStatus.Forwarded, state.Status);

        CaseMachine.Apply(state, Event("tax", DepartmentEventKind.TaskApproved));
        Assert.NotEqual(CaseStatus.Approved, state.Status);
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved));
        Assert.Equal(CaseStatus.Delivered, state.Status);
    }

    [Fact]
    public void JointTasksOfOneDepartmentAtTwoNodes_TakeOnlyEventsThatNameTheirNode()
    {
        var former = DivisionCode.Parse("610925");
        var state = Submitted([new("human-resources", 1, former, "转出"), new("human-resources", 2, FurongDistrict, "转入")]);

        var unnamed = Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, Event("human-resources", DepartmentEventKind.TaskApproved)));
        Assert.Contains("set handling_node", unnamed.Message);
        CaseMachine.Apply(state, Event("human-resources", DepartmentEventKind.TaskApproved) with { Node = former });
        Assert.Equal([former, FurongDistrict], state.Outbox.Where(m => m.Dispatch is not null).Select(m => m.Dispatch!.HandlingNode));

        // A late event of the former node, without its node, does not land on the home node's task.
        Assert.Throws<CaseRuleException>(() => CaseMachine.Apply(state, Event("human-resources", DepartmentEventKind.TaskRejected)));
        CaseMachine.Apply(state, Event("human-resources", DepartmentEventKind.TaskApproved) with { Node = FurongDistrict });
        Assert.Equal(CaseStatus.Delivered, state.Status);
    }

    [Fact]
    public void AnOnlineHall_SeesTheCasesItReceived_NotTheProvinceLevelCasesOthersDid()
    {
        var province = DivisionCode.Parse("43");
        var hall = CaseCaller.Window("hunan-online-hall", province);

        Assert.True(hall.MaySee(province, FurongDistrict));
        Assert.False(hall.MaySee(LangaoVillage, province));
        Assert.True(CaseCaller.Window("furong-district-01", FurongDistrict).MaySee(LangaoVillage, FurongDistrict));
    }

    [Fact]
    public void StatusFeedSequence_CountsEveryStatusChangeFromOne()
    {
        var state = Submitted();
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskAccepted));
        CaseMachine.Apply(state, Event("public-security", DepartmentEventKind.TaskApproved));

        var sequences = state.Outbox.Select(m => m.StatusChanged).OfType<CaseStatusChanged>().Select(s => s.Sequence).ToArray();
        Assert.Equal(Enumerable.Range(1, sequences.Length).Select(i => (long)i), sequences);
        Assert.Equal(state.Sequence, sequences[^1]);
    }

    [Fact]
    public void WindowCommands_Resent_ChangeNothing_AndARatingIsGivenOnce()
    {
        var withdrawn = Submitted();
        Assert.True(CaseMachine.Withdraw(withdrawn, VillageWindow, "changed mind", Now));
        var sequence = withdrawn.Sequence;
        Assert.False(CaseMachine.Withdraw(withdrawn, VillageWindow, "changed mind", Now));
        Assert.Equal(sequence, withdrawn.Sequence);

        var supplemented = Submitted();
        CaseMachine.Apply(supplemented, Event("public-security", DepartmentEventKind.SupplementRequested, null, "household-register"));
        Material[] asked = [new Material("household-register", "scan://2")];
        Assert.True(CaseMachine.Supplement(supplemented, VillageWindow, asked, Now));
        sequence = supplemented.Sequence;
        Assert.False(CaseMachine.Supplement(supplemented, VillageWindow, asked, Now));
        Assert.Equal(sequence, supplemented.Sequence);
        Assert.Single(supplemented.Materials, m => m.Code == "household-register");

        var rated = Submitted(delivery: DeliveryMethod.Window);
        CaseMachine.Apply(rated, Event("public-security", DepartmentEventKind.TaskApproved));
        Assert.True(CaseMachine.Handover(rated, VillageWindow, Now));
        Assert.False(CaseMachine.Handover(rated, VillageWindow, Now));
        Assert.True(CaseMachine.Rate(rated, VillageWindow, 2, "慢", Now));
        sequence = rated.Sequence;
        Assert.False(CaseMachine.Rate(rated, VillageWindow, 2, "慢", Now));
        Assert.Equal(CaseRuleCodes.InvalidTransition, Assert.Throws<CaseRuleException>(() => CaseMachine.Rate(rated, VillageWindow, 5, null, Now)).Code);
        Assert.Equal((sequence, 2), (rated.Sequence, rated.Rating));
    }

    [Fact]
    public void ACaseAnotherNodeIsNotPartyTo_IsNoSuchCase_AndTheHandlingNodeOnlyReads()
    {
        var state = Submitted();

        var stranger = Assert.Throws<CaseRuleException>(() => CaseMachine.ToView(state, StrangerWindow));
        var missing = Assert.Throws<CaseRuleException>(() => CaseMachine.ToView(new CaseState(), StrangerWindow));
        Assert.Equal((missing.Code, missing.Message), (stranger.Code, stranger.Message));
        Assert.Equal(CaseRuleCodes.NotFound, Assert.Throws<CaseRuleException>(() => CaseMachine.Withdraw(state, StrangerWindow, "x", Now)).Code);

        Assert.Equal(state.Status, CaseMachine.ToView(state, HandlingWindow).Status);
        Assert.Equal(CaseRuleCodes.ReceivingNodeOnly, Assert.Throws<CaseRuleException>(() => CaseMachine.Withdraw(state, HandlingWindow, "x", Now)).Code);
        Assert.Equal(CaseStatus.Forwarded, state.Status);
    }
}
