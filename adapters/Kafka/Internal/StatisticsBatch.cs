using System.Text;
using Confluent.Kafka;
using Hub.Statistics;
using Microsoft.Extensions.Logging;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Applies one batch of <c>hub.case-events</c> and <c>hub.supervision</c> messages (a case's notices only: a work
/// order's, typed <c>WorkOrderNotice</c>, are passed by) to the statistics of a generation:
/// each message to its case's <see cref="ICaseStatisticsGrain"/> (the messages of one case in offset order, cases in
/// parallel), which answers what it adds — save a status change that counts as the one before it, which adds nothing; then the additions, rolled up to the node's ancestors and the nation and
/// kept in offset order per partition, go to each month's <see cref="IStatisticsBucketGrain"/> in one call per
/// bucket. When <see cref="ApplyAsync"/> returns, what the batch adds is stored; it throws when anything failed, and
/// then the whole batch may be applied again: neither grain counts a message twice.
/// </summary>
internal sealed partial class StatisticsBatch(IGrainFactory grains, int generation, string caseTopic, ILogger logger)
{
    public async Task ApplyAsync(IReadOnlyList<ConsumeResult<byte[]?, byte[]?>> batch)
    {
        var added = new Dictionary<TopicPartitionOffset, IReadOnlyList<StatisticsEntry>>();
        var byCase = batch.GroupBy(r => r.Message.Key is { } key ? Encoding.UTF8.GetString(key) : string.Empty);
        var answers = await Task.WhenAll(byCase.Select(ApplyCaseAsync));
        foreach (var (source, entries) in answers.SelectMany(a => a))
        {
            added[source] = entries;
        }

        var buckets = new Dictionary<string, List<StatisticsDelta>>(StringComparer.Ordinal);
        foreach (var result in batch)
        {
            var stream = $"{result.Topic}/{result.Partition.Value}";
            foreach (var entry in added.GetValueOrDefault(result.TopicPartitionOffset, []))
            {
                foreach (var scope in StatisticsKeys.Scopes(entry.Node))
                {
                    var key = StatisticsKeys.Bucket(generation, scope, entry.Day);
                    if (!buckets.TryGetValue(key, out var deltas))
                    {
                        buckets[key] = deltas = [];
                    }

                    deltas.Add(new StatisticsDelta(stream, result.Offset.Value, entry.Day, entry.Line, entry.Counts));
                }
            }
        }

        await Task.WhenAll(buckets.Select(b => grains.GetGrain<IStatisticsBucketGrain>(b.Key).Add(b.Value)));
    }

    private async Task<List<(TopicPartitionOffset Source, IReadOnlyList<StatisticsEntry> Added)>> ApplyCaseAsync(IEnumerable<ConsumeResult<byte[]?, byte[]?>> messages)
    {
        var answers = new List<(TopicPartitionOffset, IReadOnlyList<StatisticsEntry>)>();
        foreach (var result in messages)
        {
            answers.Add((result.TopicPartitionOffset, await ApplyAsync(result)));
        }

        return answers;
    }

    private async Task<IReadOnlyList<StatisticsEntry>> ApplyAsync(ConsumeResult<byte[]?, byte[]?> result)
    {
        var source = $"{result.Partition.Value}@{result.Offset.Value}";
        try
        {
            if (result.Topic == caseTopic)
            {
                var change = CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(result.Message.Value));
                if (change.CountsAsBefore)
                {
                    // It counts for what the change before it did, which is counted or still to come: if that one
                    // arrives later it is newer than anything counted and replaces it; if it came, this adds nothing.
                    return [];
                }

                return await grains.GetGrain<ICaseStatisticsGrain>(StatisticsKeys.Case(generation, change.CaseId.Value)).ApplyStatus(change, source);
            }

            if (!IsCaseNotice(result.Message))
            {
                // A work order's notice on supervision's feed: work orders are watched on their own board, not counted here.
                return [];
            }

            var notice = SupervisionNoticeMapper.ToMessage(ProtoCodec.Decode<Wire.SupervisionNotice>(result.Message.Value));
            return await grains.GetGrain<ICaseStatisticsGrain>(StatisticsKeys.Case(generation, notice.CaseId.Value)).ApplyNotice(notice, source);
        }
        catch (Exception ex) when (ex is FormatException or ProtoBuf.ProtoException or ArgumentException)
        {
            // The hub's own feed: a message it cannot read is a bug to see in the log, not a reason to stop counting.
            LogUnreadable(logger, ex, result.TopicPartitionOffset);
            return [];
        }
    }

    // Supervision's feed carries a case's notices and a work order's; one without a type is from before work orders.
    private static bool IsCaseNotice(Message<byte[]?, byte[]?> message) =>
        message.Headers?.TryGetLastBytes(HubHeaders.Type, out var type) != true || Encoding.UTF8.GetString(type) == HubMessageTypes.SupervisionNotice;

    [LoggerMessage(Level = LogLevel.Error, Message = "Skipped {Source}: it is not a message the statistics can read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception, TopicPartitionOffset source);
}
