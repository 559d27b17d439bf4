using Hub.Kafka.Internal;
using Hub.Messages;
using Hub.Tests.Kafka;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Statistics;

/// <summary>The case's figures on the wire of <c>hub.case-events</c>, as a reader of hub.proto gets them.</summary>
public sealed class CaseFiguresWireTests
{
    private static readonly CaseFigures Decided = new(
        ["tax", "housing"], new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 14),
        new DateOnly(2026, 11, 25), false, true, 7, 4, new DateOnly(2026, 11, 27));

    [Fact]
    public void Figures_AreWrittenAsTheirFields_AndReadBack()
    {
        var change = Samples.StatusChanged(Samples.NewCaseId()) with { Figures = Decided };

        var wire = ProtoCodec.Decode<Wire.CaseStatusChanged>(ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change)));
        var back = CaseStatusChangedMapper.ToMessage(wire).Figures!;

        Assert.Equal(["tax", "housing"], wire.Departments);
        Assert.Equal(("2026-11-16", "2026-11-23", "2026-12-14", "2026-11-25"), (wire.ReceivedOn, wire.CommittedDeadline, wire.StatutoryDeadline, wire.DecidedOn));
        Assert.Equal((false, true, 7, 4, "2026-11-27"), (wire.OnTimeCommitted, wire.OnTimeStatutory, wire.WorkingDaysToDecide, wire.Rating, wire.RatedOn));
        Assert.Equal(Decided with { Departments = back.Departments }, back);
        Assert.Equal(Decided.Departments, back.Departments);
    }

    [Fact]
    public void AnUndecidedUnratedCase_ReadsBackWithoutDecisionOrRating()
    {
        var open = Decided with { DecidedOn = null, OnTimeCommitted = null, OnTimeStatutory = null, WorkingDaysToDecide = null, Rating = null, RatedOn = null };
        var change = Samples.StatusChanged(Samples.NewCaseId()) with { Figures = open };

        var back = CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change)))).Figures!;

        Assert.Equal(open with { Departments = back.Departments }, back);
    }

    [Fact]
    public void AChangeWithoutFigures_AsSentBeforeThem_ReadsBackWithout()
    {
        var change = Samples.StatusChanged(Samples.NewCaseId());

        var back = CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change))));

        Assert.Null(back.Figures);
    }
}
