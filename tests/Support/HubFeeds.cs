using Confluent.Kafka;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Kafka;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Support;

/// <summary>
/// What the hub's users see on its output topics, read until the topic is quiet (<see cref="TopicReader.ReadUntilQuietAsync"/>),
/// so that a test expecting something once, or never, also sees a second copy.
/// </summary>
internal static class HubFeeds
{
    /// <summary>The dead letters whose key is one of <paramref name="keys"/>, in the order written.</summary>
    public static async Task<List<ConsumeResult<string?, byte[]?>>> DeadLettersAsync(string bootstrapServers, string prefix, IReadOnlyCollection<string> keys, int atLeast = 0)
    {
        using var reader = new TopicReader(bootstrapServers, HubTopics.DeadLetters(prefix));
        return await reader.ReadUntilQuietAsync(r => r.Message.Key is { } key && keys.Contains(key), atLeast);
    }

    /// <summary>
    /// The status changes of <paramref name="caseIds"/> on <c>hub.case-events</c>, by case in sequence order. The feed is
    /// at least once: a repeat, which carries the same event id, is dropped, as a reader of the feed does.
    /// </summary>
    public static async Task<Dictionary<string, CaseStatusChanged[]>> StatusChangesAsync(string bootstrapServers, string prefix, IReadOnlyCollection<string> caseIds, int atLeast)
    {
        using var reader = new TopicReader(bootstrapServers, HubTopics.CaseEvents(prefix));
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key is { } key && caseIds.Contains(key), atLeast);
        return records
            .Select(r => CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(r.Message.Value)))
            .DistinctBy(c => c.EventId)
            .GroupBy(c => c.CaseId.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Sequence).ToArray());
    }

    /// <summary>
    /// The messages on <c>hub.certificate-events</c> keyed by one of <paramref name="keys"/>, in the order written: each
    /// decoded as its type header says (<see cref="Wire.CertificateStatusChanged"/> or <see cref="Wire.CertificateUsed"/>).
    /// Every copy is kept, so that a test can see a repeat.
    /// </summary>
    public static async Task<List<object>> CertificateFeedAsync(string bootstrapServers, string prefix, IReadOnlyCollection<string> keys, int atLeast)
    {
        using var reader = new TopicReader(bootstrapServers, HubTopics.CertificateEvents(prefix));
        var records = await reader.ReadUntilQuietAsync(r => r.Message.Key is { } key && keys.Contains(key), atLeast);
        return records.Select(r => System.Text.Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes(HubHeaders.Type)) switch
        {
            HubMessageTypes.CertificateStatusChanged => (object)ProtoCodec.Decode<Wire.CertificateStatusChanged>(r.Message.Value),
            HubMessageTypes.CertificateUsed => ProtoCodec.Decode<Wire.CertificateUsed>(r.Message.Value),
            var other => throw new Xunit.Sdk.XunitException($"hub.certificate-events carries a message of type '{other}'."),
        }).ToList();
    }

    /// <summary>The supervision notices of <paramref name="caseIds"/> on <paramref name="topic"/>, in the order written, every copy kept.</summary>
    public static async Task<List<Wire.SupervisionNotice>> SupervisionAsync(string bootstrapServers, string topic, IReadOnlyCollection<string> caseIds, int atLeast)
    {
        using var reader = new TopicReader(bootstrapServers, topic);
        var records = await reader.ReadUntilQuietAsync(
            r => r.Message.Key is { } key && caseIds.Contains(key)
                && System.Text.Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes(HubHeaders.Type)) == HubMessageTypes.SupervisionNotice,
            atLeast);
        return records.ConvertAll(r => ProtoCodec.Decode<Wire.SupervisionNotice>(r.Message.Value));
    }
}
