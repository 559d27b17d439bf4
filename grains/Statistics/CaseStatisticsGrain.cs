using Hub.Messages;

namespace Hub.Statistics;

/// <summary>
/// One case's part in one generation of the statistics (<see cref="ICaseStatisticsGrain"/>): a status change newer
/// than the one counted replaces its contribution (the answer takes the old one back and adds the new), an older one
/// or a copy read at another offset adds nothing, and a message read again where it was first read gets the answer
/// it got then. One write per message that counts.
/// </summary>
public sealed class CaseStatisticsGrain(
    [PersistentState("case-statistics", "statistics")] IPersistentState<CaseStatisticsState> state) : Grain, ICaseStatisticsGrain
{
    public async Task<IReadOnlyList<StatisticsEntry>> ApplyStatus(CaseStatusChanged change, string source)
    {
        var s = state.State;
        var key = $"status/{change.Sequence}";
        if (Known(key, source) is { } answer)
        {
            return answer;
        }

        if (change.Sequence <= s.Sequence)
        {
            return [];
        }

        var counts = CaseContribution.Of(change);
        var added = CaseContribution.Difference(s.Counted, counts);
        s.Sequence = change.Sequence;
        s.Counted = [.. counts];
        s.Applied[key] = new AppliedMessage(source, added);
        await state.WriteStateAsync();
        return added;
    }

    public async Task<IReadOnlyList<StatisticsEntry>> ApplyNotice(SupervisionNotice notice, string source)
    {
        var key = $"notice/{notice.EventId}";
        if (Known(key, source) is { } answer)
        {
            return answer;
        }

        var added = CaseContribution.Of(notice);
        if (added.Count == 0)
        {
            return [];
        }

        state.State.Applied[key] = new AppliedMessage(source, added);
        await state.WriteStateAsync();
        return added;
    }

    private IReadOnlyList<StatisticsEntry>? Known(string key, string source) =>
        state.State.Applied.TryGetValue(key, out var applied) ? applied.Source == source ? applied.Added : [] : null;
}
