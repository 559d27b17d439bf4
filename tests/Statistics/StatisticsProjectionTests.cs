using Confluent.Kafka;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Statistics;
using Hub.Tests.Support;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Statistics;

/// <summary>
/// The silo's statistics projection over its own feed: status changes and supervision notices, some published twice,
/// counted once and rolled up from the nodes to their ancestors and the nation.
/// </summary>
public sealed class StatisticsProjectionTests(StatisticsProjectionTests.Fixture fixture) : IClassFixture<StatisticsProjectionTests.Fixture>
{
    private static readonly DivisionCode Village = DivisionCode.Parse("610925100201");
    private static readonly DivisionCode Furong = DivisionCode.Parse("430102");
    private static readonly DateOnly November = new(2026, 11, 1);
    private static readonly DateOnly EndOfNovember = new(2026, 11, 30);

    private static readonly CaseFigures Open = new(
        ["public-security"], new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 14), null, null, null, null, null, null);

    // Decided Wednesday 25th, after the committed deadline and before the statutory one, in 7 working days.
    private static readonly CaseFigures Late = Open with { DecidedOn = new DateOnly(2026, 11, 25), OnTimeCommitted = false, OnTimeStatutory = true, WorkingDaysToDecide = 7 };

    [Fact]
    public async Task StatusChangesAndCardsPublishedTwice_CountOnce_AtTheirNodesAndEveryLevelAbove()
    {
        var id = Kafka.Samples.NewCaseId();
        var forwarded = Change(id, 2, CaseStatus.Forwarded, Open);
        var delivered = Change(id, 4, CaseStatus.Delivered, Late);
        var yellow = Notice(id, SupervisionKind.YellowCard, "yellow/public-security", 24);
        var generation = await fixture.Client.GetGrain<IStatisticsGenerationGrain>(0).Current();
        await fixture.CaughtUpAsync(generation);
        string[] receiving = [.. Scopes(Village)];
        string[] handling = [Furong.ToString(), Furong.AncestorAt(DivisionLevel.City).ToString(), Furong.AncestorAt(DivisionLevel.Province).ToString()];
        var before = new Dictionary<string, IReadOnlyDictionary<string, StatisticsCounts>>();
        foreach (var scope in receiving.Concat(handling).Append(StatisticsKeys.Nation).Append("later"))
        {
            before[scope] = scope == "later"
                ? await fixture.ReadAsync(generation, StatisticsKeys.Nation, from: new DateOnly(2026, 11, 17))
                : await fixture.ReadAsync(generation, scope);
        }

        await fixture.PublishAsync(
            [Change(id, 1, CaseStatus.Received, Open), forwarded, forwarded, Change(id, 3, CaseStatus.Approved, Late), delivered, delivered],
            [yellow, yellow, Notice(id, SupervisionKind.RedCard, "red/public-security", 25), Notice(id, SupervisionKind.CardCleared, "cleared/yellow/public-security", 25)]);
        await fixture.CaughtUpAsync(generation);

        // Each figure below is what this case added: the reads before it are taken away.
        var expected = new StatisticsCounts(Received: 1, Decided: 1, OnTimeCommitted: 0, OnTimeStatutory: 1, WorkingDaysToDecide: 7, YellowCards: 1, RedCards: 1);
        Assert.Equal(expected, await Added(StatisticsKeys.Nation, StatisticsEntry.AllLines));
        Assert.Equal(expected, await Added(StatisticsKeys.Nation, "public-security"));

        // Received counts where the window took the case; decided and cards where it is handled, each rolled up.
        foreach (var scope in receiving)
        {
            Assert.Equal(new StatisticsCounts(Received: 1), await Added(scope, StatisticsEntry.AllLines));
        }

        foreach (var scope in handling)
        {
            Assert.Equal(expected with { Received = 0 }, await Added(scope, StatisticsEntry.AllLines));
        }

        // A window from the 17th leaves out the day it was received.
        var later = await fixture.ReadAsync(generation, StatisticsKeys.Nation, from: new DateOnly(2026, 11, 17));
        Assert.Equal(expected with { Received = 0 }, later[StatisticsEntry.AllLines] - before["later"][StatisticsEntry.AllLines]);

        async Task<StatisticsCounts> Added(string scope, string line) =>
            (await fixture.ReadAsync(generation, scope)).GetValueOrDefault(line, StatisticsCounts.Zero)
            - before[scope].GetValueOrDefault(line, StatisticsCounts.Zero);
    }

    private static IEnumerable<string> Scopes(DivisionCode node) =>
        [node.ToString(), node.Parent.ToString(), node.AncestorAt(DivisionLevel.County).ToString(), node.AncestorAt(DivisionLevel.City).ToString(), node.AncestorAt(DivisionLevel.Province).ToString()];

    [Fact]
    public async Task ANewGeneration_ReadsTheFeedAgainFromTheStart_AndCountsTheSame()
    {
        var id = Kafka.Samples.NewCaseId();
        await fixture.PublishAsync([Change(id, 1, CaseStatus.Received, Open), Change(id, 3, CaseStatus.Rejected, Late)], []);
        var before = await fixture.Client.GetGrain<IStatisticsGenerationGrain>(0).Current();
        var live = await fixture.CaughtUpAsync(before);

        var generation = await fixture.Client.GetGrain<IStatisticsGenerationGrain>(0).Rebuild();
        var rebuilt = await fixture.CaughtUpAsync(generation);

        Assert.Equal(before + 1, generation);
        Assert.NotEqual(StatisticsCounts.Zero, rebuilt);
        Assert.Equal(live, rebuilt);
    }

    [Fact]
    public async Task AChangeMarkedAsCountingAsTheOneBefore_CountsNothingByItself_AndTheChangesItRepeatsCountWhenTheyComeLate()
    {
        var id = Kafka.Samples.NewCaseId();
        var generation = await fixture.Client.GetGrain<IStatisticsGenerationGrain>(0).Current();
        var before = await fixture.CaughtUpAsync(generation);

        // The delivery repeats what the approval counted; it is read first, as a republished outbox may have it.
        await fixture.PublishAsync([Change(id, 4, CaseStatus.Delivered, Late) with { CountsAsBefore = true }], []);
        var afterDelivery = await fixture.CaughtUpAsync(generation);
        await fixture.PublishAsync([Change(id, 1, CaseStatus.Received, Open), Change(id, 3, CaseStatus.Approved, Late)], []);
        var afterAll = await fixture.CaughtUpAsync(generation);

        Assert.Equal(StatisticsCounts.Zero, afterDelivery - before);
        Assert.Equal(new StatisticsCounts(Received: 1, Decided: 1, OnTimeStatutory: 1, WorkingDaysToDecide: 7), afterAll - before);
    }

    [Fact]
    public async Task AMessageReadAgainWhereItWasRead_GetsTheSameAnswer_ACopyElsewhereOrAnOlderChangeNone()
    {
        var id = Kafka.Samples.NewCaseId();
        var grain = fixture.Client.GetGrain<ICaseStatisticsGrain>(StatisticsKeys.Case(999, id.Value));
        await grain.ApplyStatus(Change(id, 1, CaseStatus.Received, Open), "0@10");

        var decided = await grain.ApplyStatus(Change(id, 3, CaseStatus.Approved, Late), "0@12");
        var readAgain = await grain.ApplyStatus(Change(id, 3, CaseStatus.Approved, Late), "0@12");
        var copy = await grain.ApplyStatus(Change(id, 3, CaseStatus.Approved, Late), "0@15");
        var older = await grain.ApplyStatus(Change(id, 2, CaseStatus.Forwarded, Open), "0@11");

        var counts = new StatisticsCounts(Decided: 1, OnTimeStatutory: 1, WorkingDaysToDecide: 7);
        Assert.Equal(
            [new(Furong, new DateOnly(2026, 11, 25), StatisticsEntry.AllLines, counts), new StatisticsEntry(Furong, new DateOnly(2026, 11, 25), "public-security", counts)],
            decided.OrderBy(e => e.Line == StatisticsEntry.AllLines ? 0 : 1));
        Assert.Equal(decided, readAgain);
        Assert.Empty(copy);
        Assert.Empty(older);
    }

    [Fact]
    public async Task ABatchSentAgain_AddsNothing_AndEachPartitionKeepsItsOwnPlace()
    {
        var bucket = fixture.Client.GetGrain<IStatisticsBucketGrain>(StatisticsKeys.Bucket(999, Guid.NewGuid().ToString("N"), November));
        var day = new DateOnly(2026, 11, 16);
        StatisticsDelta Received(string stream, long offset) => new(stream, offset, day, StatisticsEntry.AllLines, new StatisticsCounts(Received: 1));

        await bucket.Add([Received("case-events/0", 4), Received("case-events/0", 7)]);
        await bucket.Add([Received("case-events/0", 4), Received("case-events/0", 7), Received("case-events/0", 9), Received("case-events/1", 4)]);

        var cell = Assert.Single(await bucket.Cells());
        Assert.Equal((day, 4L), (cell.Day, cell.Counts.Received));
    }

    private static CaseStatusChanged Change(CaseId id, long sequence, CaseStatus status, CaseFigures figures) => new(
        $"{id}/status/{sequence}", new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.FromHours(8)), id, sequence, status,
        "PS-004", Village, Furong, "hub", null, figures);

    private static SupervisionNotice Notice(CaseId id, SupervisionKind kind, string what, int day) => new(
        $"{id}/supervision/{what}", new DateTimeOffset(2026, 11, day, 0, 0, 1, TimeSpan.FromHours(8)), id, kind, "PS-004", Village, Furong,
        "public-security", new DateOnly(2026, 11, 23), "card");

    /// <summary>A silo of its own, with its own feed: only this class's messages are counted.</summary>
    public sealed class Fixture : ClusterFixture
    {
        public async Task PublishAsync(IEnumerable<CaseStatusChanged> changes, IEnumerable<SupervisionNotice> notices)
        {
            using var producer = new ProducerBuilder<string, byte[]>(new ProducerConfig { BootstrapServers = BootstrapServers, EnableIdempotence = true }).Build();
            foreach (var change in changes)
            {
                await producer.ProduceAsync(HubTopics.CaseEvents(TopicPrefix), new Message<string, byte[]>
                {
                    Key = change.CaseId.Value, Value = ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change)),
                });
            }

            foreach (var notice in notices)
            {
                await producer.ProduceAsync(HubTopics.Supervision(TopicPrefix), new Message<string, byte[]>
                {
                    Key = notice.CaseId.Value, Value = ProtoCodec.Encode(SupervisionNoticeMapper.ToWire(notice)),
                });
            }
        }

        /// <summary>Waits until the generation's group has committed both feeds to their ends; answers the nation's November then.</summary>
        public async Task<StatisticsCounts> CaughtUpAsync(int generation)
        {
            var group = $"hub.statistics.{generation}";
            await Eventually.Until(
                () => Task.Run(() => GroupOffsets.Behind(BootstrapServers, group, HubTopics.CaseEvents(TopicPrefix)) + GroupOffsets.Behind(BootstrapServers, group, HubTopics.Supervision(TopicPrefix))),
                behind => behind == 0,
                within: TimeSpan.FromSeconds(60),
                what: $"statistics generation {generation} to commit both feeds");
            return (await ReadAsync(generation, StatisticsKeys.Nation))[StatisticsEntry.AllLines];
        }

        public Task<IReadOnlyDictionary<string, StatisticsCounts>> ReadAsync(int generation, string scope, DateOnly? from = null) =>
            new StatisticsReader(Client).ReadAsync(generation, scope, from ?? November, EndOfNovember);
    }
}
