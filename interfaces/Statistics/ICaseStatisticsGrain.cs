using Hub.Messages;

namespace Hub.Statistics;

/// <summary>
/// What one case contributes to the statistics of one generation (key <c>{generation}/{case id}</c>): the feed's
/// messages of the case applied once each. Each call answers the counts the message adds, as entries to add
/// (negative ones take back what an earlier change counted); a message read again at the same partition and
/// offset gets the same answer, so that a batch lost before its counts were stored is counted when read again, and
/// a copy of a message published twice (another offset) or an older change gets none.
/// </summary>
[Alias("hub.ICaseStatisticsGrain")]
public interface ICaseStatisticsGrain : IGrainWithStringKey
{
    /// <summary>Applies a status change read at <paramref name="source"/> (<c>{partition}@{offset}</c>).</summary>
    [Alias("ApplyStatus")]
    Task<IReadOnlyList<StatisticsEntry>> ApplyStatus(CaseStatusChanged change, string source);

    /// <summary>Applies a supervision notice read at <paramref name="source"/>; only raised cards count.</summary>
    [Alias("ApplyNotice")]
    Task<IReadOnlyList<StatisticsEntry>> ApplyNotice(SupervisionNotice notice, string source);
}
