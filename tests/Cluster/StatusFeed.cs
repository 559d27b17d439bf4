using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Cluster;

/// <summary>
/// Cases followed on <c>hub.case-events</c> as a regional system follows them, never through the window API: a read
/// would activate a case and publish what its outbox holds, hiding an outbox nothing else would bring out.
/// </summary>
internal static class StatusFeed
{
    /// <summary>
    /// Waits until every case was delivered on the feed and no more arrives, then checks that each case's changes are
    /// its sequence 1, 2, 3 … with no gap and no sequence number carrying two different changes (a repeat carries the
    /// same event id): every step applied once. Returns each case's statuses in order.
    /// </summary>
    public static async Task<Dictionary<string, Wire.CaseStatus[]>> DeliveredOnceAsync(string bootstrapServers, string topicPrefix, IReadOnlyCollection<string> caseIds)
    {
        using var log = new TopicLog(bootstrapServers, [HubTopics.CaseEvents(topicPrefix)], caseIds);
        var changes = await log.ReadAsync(
            seen => Decode(seen).Where(c => c.Status == Wire.CaseStatus.Delivered).Select(c => c.CaseId).Distinct().Count() == caseIds.Count,
            OutboxChecks.Quiet,
            within: TimeSpan.FromMinutes(3));
        var byCase = new Dictionary<string, Wire.CaseStatus[]>();
        foreach (var group in Decode(changes).GroupBy(c => c.CaseId!))
        {
            var steps = group.DistinctBy(c => c.EventId).OrderBy(c => c.Sequence).ToArray();
            Assert.Equal(Enumerable.Range(1, steps.Length).Select(i => (long)i), steps.Select(c => c.Sequence));
            Assert.Equal(1, steps.Count(c => c.Status == Wire.CaseStatus.Delivered));
            byCase[group.Key] = [.. steps.Select(c => c.Status)];
        }

        return byCase;
    }

    private static IEnumerable<Wire.CaseStatusChanged> Decode(IEnumerable<Confluent.Kafka.ConsumeResult<string?, byte[]?>> records) =>
        records.Select(r => ProtoCodec.Decode<Wire.CaseStatusChanged>(r.Message.Value));
}
