using Hub.Cases;
using Orleans.Runtime;

namespace Hub.Nodes;

/// <summary>
/// A node's supervision board: one write per change. A case's newer entry replaces its older one, and one sent late
/// (older than what the board holds) is dropped, so the board shows each case, and each carded work order, as it last stood.
/// </summary>
public sealed class SupervisionBoardGrain(
    [PersistentState("supervision-board", "nodes")] IPersistentState<SupervisionBoardState> state) : Grain, ISupervisionBoardGrain
{
    /// <summary>How many closed rectifications a board keeps.</summary>
    public const int KeepClosed = 500;

    public async Task Track(SupervisionBoardEntry entry)
    {
        var s = state.State;
        if (s.Open.TryGetValue(entry.CaseId, out var held) && held.UpdatedAt > entry.UpdatedAt)
        {
            return;
        }

        if (entry.IsOpen)
        {
            s.Open[entry.CaseId] = entry;
        }
        else
        {
            var removed = s.Open.Remove(entry.CaseId);
            var closedRectification = entry.Rectification is { ClosedAt: not null } && !s.Closed.Exists(c => c.CaseId == entry.CaseId);
            if (!removed && !closedRectification)
            {
                return;
            }

            if (closedRectification)
            {
                s.Closed.Add(entry);
                if (s.Closed.Count > KeepClosed)
                {
                    s.Closed.RemoveRange(0, s.Closed.Count - KeepClosed);
                }
            }
        }

        await state.WriteStateAsync();
    }

    public async Task TrackWorkOrder(WorkOrderBoardEntry entry)
    {
        var orders = state.State.WorkOrders;
        var held = orders.GetValueOrDefault(entry.OrderId);
        if (held is not null && held.UpdatedAt > entry.UpdatedAt)
        {
            return;
        }

        if (entry.IsOpen)
        {
            orders[entry.OrderId] = entry;
        }
        else if (!orders.Remove(entry.OrderId))
        {
            return;
        }

        await state.WriteStateAsync();
    }

    public Task<SupervisionBoardView> Read() => Task.FromResult(new SupervisionBoardView(
        state.State.Open.Values.OrderBy(e => e.CaseId.Value, StringComparer.Ordinal).ToArray(),
        Enumerable.Reverse(state.State.Closed).ToArray(),
        state.State.WorkOrders.Values.OrderBy(e => e.OrderId, StringComparer.Ordinal).ToArray()));
}
