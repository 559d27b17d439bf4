using Orleans.Runtime;
using Hub.Messages;
using Hub.Nodes;
using Microsoft.Extensions.Logging;

namespace Hub.Cases;

/// <summary>
/// One case. Every command runs the <see cref="CaseMachine"/>, writes the state once (the outbox with it),
/// then publishes the outbox in the background and tells the receiving and handling nodes.
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState("case", "cases")] IPersistentState<CaseState> state,
    IHubPublisher publisher,
    TimeProvider time,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(30);
    private Task? _flushing;
    private IGrainTimer? _retry;
    private TimeSpan _retryDelay = FirstRetry;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Outbox.Count > 0)
        {
            StartFlush();
        }

        return Task.CompletedTask;
    }

    public async Task<CaseView> Submit(CaseSubmission submission)
    {
        if (submission.CaseId.Value != this.GetPrimaryKeyString())
        {
            throw new CaseRuleException("invalid-input", $"Submission for {submission.CaseId} sent to case {this.GetPrimaryKeyString()}.");
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

        TrackAtNodes(isNew);
        StartFlush();
    }

    private void TrackAtNodes(bool isNew)
    {
        var s = state.State.Submission!;
        var entry = new InboxEntry(s.CaseId, s.MatterCode, state.State.Status, s.ReceivingNode, state.State.CommittedDeadline, time.GetUtcNow(), isNew);
        _ = Node(s.HandlingNode).Track(NodeRole.Handling, entry);
        _ = Node(s.ReceivingNode).Track(NodeRole.Receiving, entry);
    }

    private IServiceNodeGrain Node(Identifiers.DivisionCode code) => GrainFactory.GetGrain<IServiceNodeGrain>(code.ToString());

    private void StartFlush()
    {
        if (_flushing is null || _flushing.IsCompleted)
        {
            _flushing = Flush();
        }
    }

    private async Task Flush()
    {
        while (state.State.Outbox.Count > 0)
        {
            var batch = state.State.Outbox.ToArray();
            try
            {
                await publisher.PublishAsync(batch, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogPublishFailed(logger, ex, this.GetPrimaryKeyString(), batch.Length, _retryDelay);
                ScheduleRetry();
                return;
            }

            // Acknowledged: forget them. The removal is persisted with the next transition; if the silo dies
            // first, they are published again and readers drop them by event id.
            state.State.Outbox.RemoveRange(0, batch.Length);
            _retryDelay = FirstRetry;
        }
    }

    private void ScheduleRetry()
    {
        _retry?.Dispose();
        _retry = this.RegisterGrainTimer(
            static (grain, _) => { grain.StartFlush(); return Task.CompletedTask; },
            this,
            new GrainTimerCreationOptions(_retryDelay, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
        _retryDelay = TimeSpan.FromTicks(Math.Min(_retryDelay.Ticks * 2, LastRetry.Ticks));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Case {CaseId}: publishing {Count} outbox messages failed; retrying in {Delay}")]
    private static partial void LogPublishFailed(ILogger logger, Exception exception, string caseId, int count, TimeSpan delay);
}
