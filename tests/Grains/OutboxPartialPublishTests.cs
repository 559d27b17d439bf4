using System.Collections.Concurrent;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Hub.Tests.Cases.CaseSamples;

namespace Hub.Tests.Grains;

/// <summary>
/// A publish the broker took in part — the dispatch acknowledged, the status changes beside it not — is retried for
/// the rest only: each of the case's messages reaches its topic once.
/// </summary>
[Collection(PartialPublishCollection.Name)]
public sealed class OutboxPartialPublishTests(PartialPublishFixture fixture)
{
    [Fact]
    public async Task APublishTakenInPart_IsRetriedForTheRestOnly_AndEachMessageArrivesOnce()
    {
        var submissions = Enumerable.Range(0, 3).Select(_ => Submission()).ToArray();
        foreach (var submission in submissions)
        {
            await fixture.Case(submission).Submit(submission);
        }

        var ids = submissions.Select(s => s.CaseId.Value).ToArray();
        using var log = OutboxChecks.Log(fixture.BootstrapServers, fixture.TopicPrefix, ids);
        await log.ReadAsync(seen => seen.Count >= ids.Length * 3, OutboxChecks.Quiet);

        Assert.Equal(ids.Length, fixture.Publisher.Cut.Count);
        Assert.Equal(ids.SelectMany(OutboxChecks.Submitted).Order(), log.EventIds.Order());
    }
}

/// <summary>
/// The real Kafka publisher, except that the first batch of each case it is given of more than one message is cut:
/// the first message is published for real, and the publish then fails naming it as out, as the broker's partial
/// acknowledgement does (<see cref="Hub.Kafka.KafkaPublishException"/>).
/// </summary>
internal sealed class FirstBatchCutPublisher(KafkaHubPublisher inner) : IHubPublisher
{
    /// <summary>The cases whose first batch was cut.</summary>
    public ConcurrentDictionary<string, bool> Cut { get; } = new(StringComparer.Ordinal);

    public async Task PublishAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var caseId = messages.Count > 1 ? messages[0].EventId.Split('/')[0] : null;
        if (caseId is null || !Cut.TryAdd(caseId, true))
        {
            await inner.PublishAsync(messages, cancellationToken);
            return;
        }

        await inner.PublishAsync([messages[0]], cancellationToken);
        throw new PublishIncompleteException([messages[0].EventId], $"Kafka acknowledged 1 of {messages.Count} messages (cut by the test)", null);
    }
}

/// <summary>The cluster silo with <see cref="FirstBatchCutPublisher"/> and a quick outbox sweep.</summary>
public sealed class PartialPublishFixture : ClusterFixture
{
    internal FirstBatchCutPublisher Publisher => SiloService<FirstBatchCutPublisher>();

    protected override IReadOnlyDictionary<string, string?> MoreSettings => new Dictionary<string, string?>
    {
        ["Hub:Kafka:ConsumeDepartmentEvents"] = "false",
        ["Hub:Outbox:SweepInterval"] = "00:00:00.500",
        ["Hub:Outbox:SweepAfter"] = "00:00:01",
        ["Hub:Outbox:TakeOverAfter"] = "00:00:02",
    };

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<KafkaHubPublisher>();
        services.AddSingleton<FirstBatchCutPublisher>();
        services.Replace(ServiceDescriptor.Singleton<IHubPublisher>(sp => sp.GetRequiredService<FirstBatchCutPublisher>()));
    }
}

[CollectionDefinition(Name)]
public sealed class PartialPublishCollection : ICollectionFixture<PartialPublishFixture>
{
    public const string Name = "partial-publish";
}
