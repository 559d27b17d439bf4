using Orleans.Runtime;
using Hub.Messages;
using Hub.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Cases;

/// <summary>
/// One case. Every command runs the <see cref="CaseMachine"/>, writes the state once (the outbox with it),
/// then publishes the outbox in the background (CaseGrain.Outbox.cs) and tells the receiving and handling nodes.
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState("case", "cases")] IPersistentState<CaseState> state,
    IHubPublisher publisher,
    IOptions<CaseOutboxOptions> outboxOptions,
    TimeProvider time,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain
{
    // Commands and the outbox both write the state; one write at a time keeps the storage's ETag in step.
    private readonly SemaphoreSlim _writes = new(1, 1);

    public async Task<CaseView> Submit(CaseSubmission submission)
    {
        if (submission.CaseId.Value != this.GetPrimaryKeyString())
        {
            throw new CaseRuleException(CaseRuleCodes.InvalidInput, $"Submission for {submission.CaseId} sent to case {this.GetPrimaryKeyString()}.");
        }

        CaseMachine.Submit(state.State, submission, time.GetUtcNow());
        await Commit(isNew: true);
        return CaseMachine.ToView(state.State);
    }

    public Task<CaseView> GetView() => Task.FromResult(CaseMachine.ToView(state.State));

    public async Task<EventOutcome> ApplyDepartmentEvent(DepartmentEvent evt)
    {
        var outcome = CaseMachine.Apply(state.State, evt);
        if (outcome == EventOutcome.Applied)
        {
            await Commit();
        }

        return outcome;
    }

    public Task<CaseView> Supplement(string window, IReadOnlyList<Material> materials) =>
        Run(s => CaseMachine.Supplement(s, window, materials, time.GetUtcNow()));

    public Task<CaseView> Withdraw(string window, string reason) =>
        Run(s => CaseMachine.Withdraw(s, window, reason, time.GetUtcNow()));

    public Task<CaseView> Handover(string window) =>
        Run(s => CaseMachine.Handover(s, window, time.GetUtcNow()));

    public async Task<CaseView> Rate(string window, int level, string? comment)
    {
        var view = await Run(s => CaseMachine.Rate(s, window, level, comment, time.GetUtcNow()));
        await Node(view.ReceivingNode).RecordRating(view.CaseId, level);
        return view;
    }

    private async Task<CaseView> Run(Action<CaseState> command)
    {
        command(state.State);
        await Commit();
        return CaseMachine.ToView(state.State);
    }

    private async Task Commit(bool isNew = false)
    {
        await _writes.WaitAsync();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The in-memory state ran ahead of what is stored: drop it so the next call starts from storage.
            await state.ReadStateAsync();
            throw;
        }
        finally
        {
            _writes.Release();
        }

        TrackAtNodes(isNew);
        StartFlush();
    }

    private void TrackAtNodes(bool isNew)
    {
        var s = state.State.Submission!;
        var entry = new InboxEntry(s.CaseId, s.MatterCode, state.State.Status, s.ReceivingNode, state.State.CommittedDeadline, time.GetUtcNow(), isNew);
        _ = Node(s.HandlingNode).Track(NodeRole.Handling, entry);
        if (isNew)
        {
            // The receiving node counts what it received; later changes are the handling node's business.
            _ = Node(s.ReceivingNode).Track(NodeRole.Receiving, entry);
        }
    }

    private IServiceNodeGrain Node(Identifiers.DivisionCode code) => GrainFactory.Node(code.ToString());
}
