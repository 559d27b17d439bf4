using Hub.Cases;
using Hub.Identifiers;
using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Statistics;

namespace Hub.Tests.Statistics;

/// <summary>
/// What supervision's rectification notices count for, read back from the wire as the projection reads them: a
/// rectification due at the node the rating blamed on the day it is due by, and on time only when recorded by then.
/// </summary>
public sealed class RectificationContributionTests
{
    private static readonly CaseId Case = CaseId.Parse("610925-20261122-0F4T8M0005K1");
    private static readonly DivisionCode Village = DivisionCode.Parse("610925100201");
    private static readonly DivisionCode Furong = DivisionCode.Parse("430102");
    private static readonly DateOnly Due = new(2026, 12, 7);

    [Fact]
    public void ARectificationOpened_IsDueOnItsDueDay_AtTheBlamedReceivingWindow_ForAllLinesOnly()
    {
        var opened = RoundTrip(Notice(SupervisionKind.RectificationOpened, new DateOnly(2026, 11, 16), department: "", responsible: Village));

        var entry = Assert.Single(CaseContribution.Of(opened));

        Assert.Equal((Village, Due, StatisticsEntry.AllLines, new StatisticsCounts(RectificationsDue: 1)), (entry.Node, entry.Day, entry.Line, entry.Counts));
    }

    [Theory]
    [InlineData(2026, 12, 7, 1)]
    [InlineData(2026, 12, 8, 0)]
    public void ARectificationRecorded_IsOnTime_OnlyByItsDueDay_ChinaTime(int year, int month, int day, long onTime)
    {
        var recorded = RoundTrip(Notice(SupervisionKind.Rectified, new DateOnly(year, month, day), department: "civil-affairs", responsible: Furong));

        var entries = CaseContribution.Of(recorded);

        Assert.Equal(onTime * 2, entries.Sum(e => e.Counts.RectifiedOnTime));
        Assert.All(entries, e => Assert.Equal((Furong, Due), (e.Node, e.Day)));
        Assert.Equal(onTime == 1 ? [StatisticsEntry.AllLines, "civil-affairs"] : [], entries.Select(e => e.Line));
    }

    [Fact]
    public void ACardForAnOverdueRectification_CountsAtTheNodeItWasRaisedAgainst_NotTheHandlingNode()
    {
        var card = RoundTrip(Notice(SupervisionKind.RedCard, new DateOnly(2026, 12, 8), department: "", responsible: Village) with { Reason = SupervisionCard.Rectifying });

        var entry = Assert.Single(CaseContribution.Of(card));

        Assert.Equal((Village, new DateOnly(2026, 12, 8), 1L), (entry.Node, entry.Day, entry.Counts.RedCards));
        Assert.Equal(SupervisionCard.Rectifying, card.Reason);
    }

    [Fact]
    public void ANoticeWithoutAResponsibleNode_FromAnEarlierPublisher_HoldsTheHandlingNodeResponsible()
    {
        var wire = SupervisionNoticeMapper.ToWire(Notice(SupervisionKind.YellowCard, new DateOnly(2026, 11, 24), "civil-affairs", Furong));
        wire.ResponsibleNode = null;

        var read = SupervisionNoticeMapper.ToMessage(ProtoCodec.Decode<Hub.Kafka.Contracts.SupervisionNotice>(ProtoCodec.Encode(wire)));

        Assert.Equal((Furong, (DivisionCode?)null), (read.Responsible, read.ResponsibleNode));
    }

    // Late in the evening, China time (15:30 UTC): the day that counts is China's.
    private static SupervisionNotice Notice(SupervisionKind kind, DateOnly on, string department, DivisionCode responsible) => new(
        $"{Case}/supervision/{kind}", new DateTimeOffset(on, new TimeOnly(23, 30), TimeSpan.FromHours(8)), Case, kind, "MZ-001", Village, Furong,
        department, Due, "detail", "", responsible);

    private static SupervisionNotice RoundTrip(SupervisionNotice notice) =>
        SupervisionNoticeMapper.ToMessage(ProtoCodec.Decode<Hub.Kafka.Contracts.SupervisionNotice>(ProtoCodec.Encode(SupervisionNoticeMapper.ToWire(notice))));
}
