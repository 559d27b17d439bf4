using Hub.Cases;
using Hub.Kafka;
using Orleans.Core.Internal;

namespace Hub.Tests.Support;

/// <summary>What the broker holds of one case's outbox, as a department and a regional system read it.</summary>
internal static class OutboxChecks
{
    /// <summary>How long the topics must stay quiet before what was read counts as all there is.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(4);

    /// <summary>The case's dispatch and status topics, read from the beginning.</summary>
    public static TopicLog Log(string bootstrapServers, string topicPrefix, params string[] caseIds) => new(
        bootstrapServers,
        [HubTopics.Dispatch("public-security", topicPrefix), HubTopics.CaseEvents(topicPrefix)],
        caseIds);

    /// <summary>The event ids of a submitted case's first messages: its dispatch and its Received and Forwarded changes.</summary>
    public static string[] Submitted(string caseId) => [$"{caseId}/dispatch/public-security/1", $"{caseId}/status/1", $"{caseId}/status/2"];

    /// <summary>
    /// Submits a case, waits until its messages are on the broker and no more come, deactivates it, reactivates it
    /// with a read, and returns every event id the broker then holds for it.
    /// </summary>
    public static async Task<string[]> PublishedAfterReactivationAsync(IGrainFactory grains, string bootstrapServers, string topicPrefix)
    {
        var submission = Cases.CaseSamples.Submission();
        var id = submission.CaseId.Value;
        await grains.Case(id).Submit(submission);
        using var log = Log(bootstrapServers, topicPrefix, id);
        await log.ReadAsync(seen => seen.Count >= 3, Quiet);

        await grains.Case(id).AsReference<IGrainManagementExtension>().DeactivateOnIdle();
        await Eventually.Until(() => grains.Case(id).GetView(), v => v.Status == CaseStatus.Forwarded, what: "the case to be read again");
        await log.ReadAsync(_ => true, Quiet);
        return [.. log.EventIds.Order()];
    }
}
