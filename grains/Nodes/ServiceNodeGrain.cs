using Orleans.Runtime;
using Hub.Calendars;
using Hub.Cases;
using Hub.Identifiers;
using Microsoft.Extensions.Options;

namespace Hub.Nodes;

/// <summary>
/// One service node. Its inbox and counters are derived from the cases (which stay the source of truth),
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

    public Task Track(NodeRole role, InboxEntry entry)
    {
        var s = state.State;
        if (role == NodeRole.Receiving)
        {
            if (entry.IsNew)
            {
                s.Received++;
                MarkDirty();
            }

            return Task.CompletedTask;
        }

        var known = s.Inbox.TryGetValue(entry.CaseId, out var previous);
        if (known && previous!.UpdatedAt > entry.UpdatedAt)
        {
            return Task.CompletedTask;
        }

        if (IsOpen(entry.Status))
        {
            s.Inbox[entry.CaseId] = entry;
        }
        else if (s.Inbox.Remove(entry.CaseId) && entry.Status is CaseStatus.Approved or CaseStatus.Rejected or CaseStatus.Delivered)
        {
            s.Handled++;
            if (WorkingDays.ChinaDate(entry.UpdatedAt) <= entry.CommittedDeadline)
            {
                s.HandledOnTime++;
            }
        }

        MarkDirty();
        return Task.CompletedTask;
    }

    public async Task RecordRating(CaseId caseId, int level)
    {
        var s = state.State;
        s.Ratings++;
        if (level >= 4)
        {
            s.GoodRatings++;
        }
        else if (level <= 2)
        {
            s.BadRatings++;
        }

        await state.WriteStateAsync();
        _dirty = false;
    }

    public Task<IReadOnlyList<InboxEntry>> GetInbox() =>
        Task.FromResult<IReadOnlyList<InboxEntry>>(
            [.. state.State.Inbox.Values.OrderBy(e => e.CommittedDeadline).ThenBy(e => e.CaseId)]);

    public Task<NodeCounters> GetCounters()
    {
        var s = state.State;
        return Task.FromResult(new NodeCounters(s.Received, s.Handled, s.HandledOnTime, s.Ratings, s.GoodRatings, s.BadRatings, s.Inbox.Count));
    }

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
