using Hub.Calendars;
using Hub.Messages;
using Hub.Outbox;

namespace Hub.Catalogue;

/// <summary>
/// The catalogue's change history (<see cref="ICatalogueGrain"/>): checks each change set against the file and every set
/// before it, stores it with one <see cref="CatalogueChanged"/> per revision in its outbox (so each reaches
/// <c>hub.catalogue-changes</c> at least once), and serves the sets to the silos that follow it.
/// </summary>
public sealed class CatalogueGrain(
    [PersistentState(CatalogueGrain.StateName, "nodes")] IPersistentState<CatalogueState> state,
    MatterCatalogue catalogue,
    HubClock time) : OutboxGrain<CatalogueState>, ICatalogueGrain
{
    /// <summary>The name the history is stored under.</summary>
    public const string StateName = "catalogue";

    protected override IPersistentState<CatalogueState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    public async Task<CatalogueChangeSet> Record(string by, string reason, IReadOnlyList<CatalogueChange> changes)
    {
        if (changes.Count == 0)
        {
            throw new CatalogueChangeException("changes", "Is empty; give at least one change.");
        }

        var now = time.GetUtcNow();
        var today = WorkingDays.ChinaDate(now);
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].EffectiveFrom < today)
            {
                throw new CatalogueChangeException($"changes[{i}].effectiveFrom", $"{changes[i].EffectiveFrom:yyyy-MM-dd} is in the past; a change is in force from today ({today:yyyy-MM-dd}) or a later day, and cases already submitted keep their version.");
            }
        }

        var set = new CatalogueChangeSet(state.State.Sets.Count + 1, now, by, reason, changes);
        var revisions = catalogue.Check(state.State.Sets, set);
        state.State.Sets.Add(set);
        state.State.Outbox.AddRange(revisions.Select(r => new OutboxMessage(null, null, CatalogueChanged: new CatalogueChanged(
            $"catalogue/{set.Seq}/{r.Code}/{r.Version}", set.Seq, now, r.Code, r.Version, r.Kind!.Value, r.EffectiveFrom, r.Matter.Name,
            r.Successor, by, reason, r.Entry))));
        await WriteAsync(); // a failed write reads back what storage holds
        return set;
    }

    public Task<IReadOnlyList<CatalogueChangeSet>> Since(int seq) =>
        Task.FromResult<IReadOnlyList<CatalogueChangeSet>>(state.State.Sets.Skip(Math.Max(0, seq)).ToArray());
}
