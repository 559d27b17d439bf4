using Hub.Calendars;
using Hub.Cases;
using Hub.Tests.Calendars;
using Hub.Nodes;
using Hub.Tests.Support;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

[Collection(ClusterCollection.Name)]
public sealed class CaseGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Submit_StoresTheCaseForwarded_AndListsItInTheHandlingNodesInbox()
    {
        var submission = Submission();

        var view = await fixture.Case(submission).Submit(submission);

        Assert.Equal(CaseStatus.Forwarded, view.Status);
        var read = await fixture.Case(submission).GetView();
        Assert.Equal((view.Version, view.Timeline.Count), (read.Version, read.Timeline.Count));
        Assert.Equal("4301**********" + submission.Applicant.Identifier[^4..], view.ApplicantMasked);
        var inbox = await Eventually.Until(
            () => fixture.Client.GetGrain<IServiceNodeGrain>(submission.HandlingNode.ToString()).GetInbox(),
            entries => entries.Any(e => e.CaseId == submission.CaseId),
            what: "the case in the handling node's inbox");
        Assert.Equal(CaseStatus.Forwarded, inbox.Single(e => e.CaseId == submission.CaseId).Status);
    }

    [Fact]
    public async Task Submit_OnTheEveOfNationalDay_WithThreeCommittedDays_IsDueOnTheMakeUpSaturday()
    {
        var submission = Submission(at: new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.FromHours(8))) with { CommittedDays = 3 };

        var view = await fixture.Case(submission).Submit(submission);

        Assert.Equal((new DateOnly(2026, 10, 10), false), (view.CommittedDeadline, view.DeadlinesProvisional));
        var inbox = await Eventually.Until(
            () => fixture.Client.GetGrain<IServiceNodeGrain>(submission.HandlingNode.ToString()).GetInbox(),
            entries => entries.Any(e => e.CaseId == submission.CaseId),
            what: "the case in the handling node's inbox");
        Assert.Equal(new DateOnly(2026, 10, 10), inbox.Single(e => e.CaseId == submission.CaseId).CommittedDeadline);
    }

    [Fact]
    public async Task ProvisionalDeadlines_AreRecomputedByTheNextCall_OnceTheSilosCalendarHasTheNotice()
    {
        var submission = Submission(at: new DateTimeOffset(2026, 12, 21, 9, 0, 0, TimeSpan.FromHours(8)));
        var grain = fixture.Case(submission);
        var submitted = await grain.Submit(submission);
        Assert.Equal((new DateOnly(2027, 1, 18), true), (submitted.StatutoryDeadline, submitted.DeadlinesProvisional));
        var calendar = fixture.SiloService<HolidayCalendar>();
        var shipped = calendar.Replace(WorkingCalendar.From(
            [.. CalendarFile.ReadFolder(CalendarSettings.DefaultFolder), new CalendarFile("cn-2027.json", CalendarFiles.Test2027)]));
        try
        {
            var view = await grain.GetView();
            var again = await grain.GetView();

            Assert.Equal((new DateOnly(2027, 1, 19), false), (view.StatutoryDeadline, view.DeadlinesProvisional));
            Assert.Single(again.Timeline, t => t.Action == "deadlines-recomputed");
        }
        finally
        {
            calendar.Replace(shipped);
        }
    }

    [Fact]
    public async Task FullLifecycle_ThroughTheGrain_EndsClosedAndLeavesTheInbox()
    {
        var submission = Submission(delivery: DeliveryMethod.Window);
        var grain = fixture.Case(submission);
        await grain.Submit(submission);

        Assert.Equal(EventOutcome.Applied, await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskAccepted)));
        Assert.Equal(EventOutcome.Applied, await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskApproved)));
        Assert.Equal(CaseStatus.Approved, (await grain.GetView()).Status);
        Assert.Equal(CaseStatus.Delivered, (await grain.Handover(VillageWindow)).Status);
        var closed = await grain.Rate(VillageWindow, 5, null);

        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(
            [CaseStatus.Received, CaseStatus.Forwarded, CaseStatus.Accepted, CaseStatus.Approved, CaseStatus.Delivered, CaseStatus.Closed],
            closed.Timeline.Select(t => t.Status).Distinct());
        await Eventually.Until(
            () => fixture.Client.GetGrain<IServiceNodeGrain>(submission.HandlingNode.ToString()).GetInbox(),
            entries => entries.All(e => e.CaseId != submission.CaseId),
            what: "the case to leave the handling node's inbox");
    }

    [Fact]
    public async Task RepeatedEvent_IsAppliedOnce()
    {
        var submission = Submission();
        var grain = fixture.Case(submission);
        await grain.Submit(submission);
        var accepted = Event("public-security", DepartmentEventKind.TaskAccepted);

        Assert.Equal(EventOutcome.Applied, await grain.ApplyDepartmentEvent(accepted));
        var version = (await grain.GetView()).Version;
        Assert.Equal(EventOutcome.Duplicate, await grain.ApplyDepartmentEvent(accepted));
        Assert.Equal(EventOutcome.Duplicate, await grain.ApplyDepartmentEvent(accepted));

        Assert.Equal(version, (await grain.GetView()).Version);
    }

    [Fact]
    public async Task EventThatDoesNotFit_IsRefusedWithItsReason_AndTheCaseIsUnchanged()
    {
        var submission = Submission();
        var grain = fixture.Case(submission);
        await grain.Submit(submission);
        await grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskRejected));
        var before = await grain.GetView();

        var late = await Assert.ThrowsAsync<CaseRuleException>(() => grain.ApplyDepartmentEvent(Event("public-security", DepartmentEventKind.TaskApproved)));
        var stranger = await Assert.ThrowsAsync<CaseRuleException>(() => grain.ApplyDepartmentEvent(Event("tax", DepartmentEventKind.TaskAccepted)));
        var withdraw = await Assert.ThrowsAsync<CaseRuleException>(() => grain.Withdraw(VillageWindow, "too late"));

        Assert.Equal("invalid-transition", late.Code);
        Assert.Equal("not-dispatched", stranger.Code);
        Assert.Equal("invalid-transition", withdraw.Code);
        var after = await grain.GetView();
        Assert.Equal((before.Status, before.Version, before.Timeline.Count), (after.Status, after.Version, after.Timeline.Count));
    }

    [Fact]
    public async Task EventForACaseThatDoesNotExist_IsRefused()
    {
        var grain = fixture.Client.GetGrain<ICaseGrain>(Submission().CaseId.Value);

        var error = await Assert.ThrowsAsync<CaseRuleException>(() => grain.ApplyDepartmentEvent(Event("tax", DepartmentEventKind.TaskApproved)));

        Assert.Equal("case-not-found", error.Code);
    }
}
