using Hub.Calendars;
using Orleans.Runtime;
using Hub.Messages;
using Hub.Nodes;
using Hub.Outbox;
using Microsoft.Extensions.Logging;

namespace Hub.Cases;

/// <summary>
/// One case. Every command checks its caller and runs the <see cref="CaseMachine"/>, writes the state once (the outbox
/// with it, and its next supervision moment as its one durable timer), then publishes the outbox in the background
/// (CaseGrain.Outbox.cs), tells the receiving and handling nodes and counts itself in its silo's <see cref="CaseTally"/>; the applicant's notifications go in the same
/// outbox (<see cref="ApplicantNotices"/>). A resent command that changes nothing writes
/// nothing. An approval that carries e-certificates issues them first (CaseGrain.Certificates.cs).
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState(CaseGrain.StateName, "cases")] IPersistentState<CaseState> state,
    Certificates.CertificateTypeCatalogue types,
    Catalogue.MatterCatalogue matters,
    QueryCodes queryCodes,
    HolidayCalendar calendar,
    HubClock time,
    Microsoft.Extensions.Options.IOptions<RectificationOptions> rectification,
    Signing.LogSigner signer,
    CaseTally tally,
    ILogger<CaseGrain> logger) : OutboxGrain<CaseState>, ICaseGrain
{
    // Where this activation's silo counts the case (CaseTally): as stored when it was activated, then after each write.
    private CaseStanding _counted = CaseStanding.None;

    protected override IPersistentState<CaseState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    /// <summary>The name the case state is stored under.</summary>
    public const string StateName = "case";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _counted = CaseStanding.Of(state.State);
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<CaseView> Submit(CaseSubmission submission)
    {
        if (submission.CaseId.Value != this.GetPrimaryKeyString())
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, $"Submission for {submission.CaseId} sent to case {this.GetPrimaryKeyString()}.");
        }

        if (CaseMachine.Submit(state.State, submission, calendar.Current, time.GetUtcNow()))
        {
            await Commit();
        }

        return CaseMachine.ToView(state.State);
    }

    public Task<CaseView> GetView(CaseCaller caller) => Task.FromResult(CaseMachine.ToView(state.State, caller));

    public Task<CaseLog> GetLog(CaseCaller caller)
    {
        var submission = CaseMachine.Visible(state.State, caller);
        return Task.FromResult(new CaseLog(submission.CaseId, state.State.Timeline.ToArray(), state.State.Seals.ToArray()));
    }

    public async Task<CaseView> RecordShipment(CaseCaller caller, ShipmentDirection direction, string carrier, string waybill)
    {
        if (CaseMachine.RecordShipment(state.State, caller, direction, carrier, waybill, time.GetUtcNow()))
        {
            await Commit();
        }

        return CaseMachine.ToView(state.State, caller);
    }

    public async Task<EventOutcome> ApplyLogisticsEvent(LogisticsEvent evt)
    {
        var outcome = CaseMachine.ApplyLogistics(state.State, evt);
        if (outcome == EventOutcome.Applied)
        {
            await Commit();
        }

        return outcome;
    }

    public async Task<EventOutcome> NoteWorkOrder(Hotline.HotlineOrder order, string categoryName)
    {
        var outcome = CaseMachine.NoteWorkOrder(state.State, order, categoryName);
        if (outcome == EventOutcome.Applied)
        {
            await Commit();
        }

        return outcome;
    }

    public Task<CaseProgress?> GetProgress()
    {
        if (state.State.Submission is null)
        {
            // An id nobody submitted: nothing to keep in memory for it.
            DeactivateOnIdle();
            return Task.FromResult<CaseProgress?>(null);
        }

        return Task.FromResult<CaseProgress?>(CaseMachine.ToProgress(state.State));
    }

    public async Task<EventOutcome> ApplyDepartmentEvent(DepartmentEvent evt)
    {
        if (evt.IssuedCertificates is { Count: > 0 } certificates && CaseMachine.TakesApproval(state.State, evt))
        {
            await IssueCertificates(certificates);
        }

        var outcome = CaseMachine.Apply(state.State, evt, calendar.Current);
        if (outcome == EventOutcome.Applied)
        {
            await Commit();
        }

        return outcome;
    }

    public Task<CaseView> Supplement(CaseCaller caller, IReadOnlyList<Material> materials) =>
        Run(s => CaseMachine.Supplement(s, caller, materials, time.GetUtcNow(), calendar.Current));

    public Task<CaseView> Withdraw(CaseCaller caller, string reason) =>
        Run(s => CaseMachine.Withdraw(s, caller, reason, time.GetUtcNow()));

    public Task<CaseView> Handover(CaseCaller caller) =>
        Run(s => CaseMachine.Handover(s, caller, time.GetUtcNow()));

    public async Task CertificateChanged(string certificateId, Certificates.CertificateStatus status, string? reason, string eventId)
    {
        if (CaseMachine.CertificateChanged(state.State, certificateId, status, reason, eventId, time.GetUtcNow()))
        {
            await Commit();
        }
    }

    public Task<CaseView> Rate(CaseCaller caller, int level, string? comment, RatingFault fault = RatingFault.Handling) =>
        Run(s => CaseMachine.Rate(s, caller, level, comment, time.GetUtcNow(), rectification.Value.Terms, fault, calendar.Current));

    public Task<CaseView> FollowUp(CaseCaller caller, string note) => Run(s => CaseMachine.FollowUp(s, caller, note, time.GetUtcNow()));

    public Task<CaseView> Rectify(CaseCaller caller, string measures) => Run(s => CaseMachine.Rectify(s, caller, measures, time.GetUtcNow()));

    private async Task<CaseView> Run(Func<CaseState, bool> command)
    {
        if (command(state.State))
        {
            await Commit();
        }

        return CaseMachine.ToView(state.State);
    }

    public async Task WakeDue()
    {
        if (state.State.Submission is null)
        {
            return;
        }

        // Acts on what has come; a call before anything is due (a clock behind the sweeper's) changes nothing.
        if (Supervision.Run(state.State, calendar.Current, time.GetUtcNow()) || state.State.DueAt != Supervision.Next(state.State, calendar.Current))
        {
            await Commit();
        }
    }

    private async Task Commit()
    {
        // Every write also acts on the supervision moments that have come, and stores the next one as the case's timer.
        Supervision.Run(state.State, calendar.Current, time.GetUtcNow());
        state.State.DueAt = Supervision.Next(state.State, calendar.Current);
        ApplicantNotices.Append(state.State, matters, queryCodes);
        try
        {
            await SealLog();
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            await Restore(ex);
            throw;
        }

        Stored();
        _counted = tally.Count(_counted, state.State);
        TrackAtNode();
        await PostOnBoards();
    }

    // The entries this write adds are chained to the log's head, and the new head sealed with the hub's key, in the
    // same write: the log stored is always sealed to its last entry.
    private async Task SealLog()
    {
        var s = state.State;
        var last = s.Seals.Count == 0 ? null : s.Seals[^1];
        var through = last?.Through ?? 0;
        if (s.Timeline.Count == through)
        {
            return;
        }

        var hashes = Signing.HandOffLog.Chain(s.Submission!.CaseId.Value, s.Timeline.Skip(through), through + 1, last?.Head ?? Signing.HandOffLog.Genesis);
        s.Seals.Add(await signer.SealAsync(s.Timeline.Count, hashes[^1]));
    }

    // The boards of the nodes a card or a rectification is against hear the case's entry after each write while it has
    // any; a failure here is made good by the case's next write, which sends its whole entry again.
    private async Task PostOnBoards()
    {
        var s = state.State;
        if (s.Cards.Count == 0 && s.Rectification is null)
        {
            return;
        }

        var nodes = s.Cards.Select(c => c.Node).Append(s.Submission!.HandlingNode);
        if (s.Rectification is { } r)
        {
            nodes = nodes.Append(r.Node);
        }

        try
        {
            foreach (var node in nodes.Distinct())
            {
                var entry = new SupervisionBoardEntry(
                    s.Submission.CaseId, s.Submission.MatterCode, s.Submission.MatterName, s.CommittedDeadline, s.StatutoryDeadline,
                    s.Cards.Where(c => c.ClearedAt is null && c.Node == node).Select(c => c.ToView()).ToArray(),
                    s.Rectification is { } owed && owed.Node == node ? owed.ToView() : null,
                    time.GetUtcNow());
                await GrainFactory.GetGrain<ISupervisionBoardGrain>(node.ToString()).Track(entry);
            }
        }
        catch (Exception ex)
        {
            LogBoardFailed(logger, ex, s.Submission.CaseId.Value);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: posting its cards on the supervision boards failed; its next write posts them again")]
    private static partial void LogBoardFailed(ILogger logger, Exception exception, string caseId);

    // The handling node's inbox holds the case, and so does that of every other node with a task of it (多地联办).
    private void TrackAtNode()
    {
        var s = state.State.Submission!;
        var entry = new InboxEntry(s.CaseId, s.MatterCode, state.State.Status, s.ReceivingNode, state.State.CommittedDeadline, time.GetUtcNow());
        _ = Node(s.HandlingNode).Track(entry);
        foreach (var node in state.State.Tasks.Select(t => t.Node).OfType<Identifiers.DivisionCode>().Where(n => n != s.HandlingNode).Distinct())
        {
            _ = Node(node).Track(entry);
        }
    }

    private IServiceNodeGrain Node(Identifiers.DivisionCode code) => GrainFactory.Node(code.ToString());
}
