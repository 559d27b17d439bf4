using Orleans.Runtime;
using Hub.Cases;
using Hub.Identifiers;
using Microsoft.Extensions.Options;

namespace Hub.Nodes;

/// <summary>
/// One service node. Its inbox is derived from the cases (which stay the source of truth, and send their whole entry
/// again with each write, so a lost update is made good by the next),
/// so updates are applied in memory and written at most once per <see cref="ServiceNodeOptions.FlushInterval"/>:
/// a busy district costs one storage write per interval, not one per case.
/// </summary>
public sealed class ServiceNodeGrain(
    [PersistentState("node", "nodes")] IPersistentState<ServiceNodeState> state,
    IOptions<ServiceNodeOptions> options) : Grain, IServiceNodeGrain
{
    private readonly TimeSpan _flushInterval = options.Value.FlushInterval;
    private bool _dirty;
    private IGrainTimer? _flush;

    public Task Track(InboxEntry entry)
    {
        var s = state.State;
        if (s.Inbox.TryGetValue(entry.CaseId, out var previous) && previous.UpdatedAt > entry.UpdatedAt)
        {
            return Task.CompletedTask;
        }

        if (IsOpen(entry.Status))
        {
            s.Inbox[entry.CaseId] = entry;
        }
        else
        {
            s.Inbox.Remove(entry.CaseId);
        }

        MarkDirty();
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InboxEntry>> GetInbox() =>
        Task.FromResult<IReadOnlyList<InboxEntry>>(
            [.. state.State.Inbox.Values.OrderBy(e => e.CommittedDeadline).ThenBy(e => e.CaseId)]);

    public Task<int> OpenCount() => Task.FromResult(state.State.Inbox.Count);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private static bool IsOpen(CaseStatus status) =>
        status is CaseStatus.Received or CaseStatus.Forwarded or CaseStatus.Accepted or CaseStatus.SupplementRequested;

    private async Task FlushIfDirty(CancellationToken cancellationToken)
    {
        if (_dirty)
        {
            _dirty = false;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    private void MarkDirty()
    {
        _dirty = true;
        _flush ??= this.RegisterGrainTimer(
            static (grain, ct) => grain.FlushIfDirty(ct),
            this,
            new GrainTimerCreationOptions(_flushInterval, _flushInterval) { Interleave = false, KeepAlive = false });
    }
}
