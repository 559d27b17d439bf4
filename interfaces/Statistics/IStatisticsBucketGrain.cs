namespace Hub.Statistics;

/// <summary>
/// The counts of one node (and everything below it) for one month of one generation, key
/// <c>{generation}/{node or nation}/{yyyy-MM}</c>, by day and department line. Its senders are the silos'
/// projections, one stream per feed partition; each stream's deltas come in offset order, and a delta at an offset
/// the bucket has already added for that stream is skipped, so that a batch sent again, by the same silo or by the
/// next owner of the partition, adds nothing twice.
/// </summary>
[Alias("hub.IStatisticsBucketGrain")]
public interface IStatisticsBucketGrain : IGrainWithStringKey
{
    /// <summary>Adds, in one write, the deltas of each stream beyond the last offset added from that stream; each stream's in offset order.</summary>
    [Alias("Add")]
    Task Add(IReadOnlyList<StatisticsDelta> deltas);

    /// <summary>The month's counts by day and line; days and lines with nothing counted are left out.</summary>
    [Alias("Cells")]
    Task<IReadOnlyList<StatisticsCell>> Cells();
}
