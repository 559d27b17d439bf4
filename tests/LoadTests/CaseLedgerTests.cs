using System.Diagnostics;
using System.Threading.Channels;
using Hub.Kafka.Contracts;
using Hub.LoadTests.Hosting;
using Hub.LoadTests.Load;
using Hub.LoadTests.Measure;

namespace Hub.Tests.LoadTests;

/// <summary>The benchmark's own correctness check: it must catch a lost case and a case decided twice.</summary>
public sealed class CaseLedgerTests
{
    private static readonly CaseOffer Offer = new(
        new WindowCredential("w", "610925100201", "k", "window"), "430102001001", "PS-004", "public-security", "ProxyReceipt", "Electronic", false, ["id-card"]);

    private readonly Channel<WindowAction> _actions = Channel.CreateUnbounded<WindowAction>();
    private readonly Counters _counters = new();
    private readonly CaseLedger _ledger;

    public CaseLedgerTests() => _ledger = new CaseLedger(_counters, _actions.Writer);

    [Fact]
    public void EveryAcceptedCaseDeliveredOnce_IsOk_AndCountsTheLifecycles()
    {
        _ledger.Accept("c1", Offer, Stopwatch.GetTimestamp());
        _ledger.Accept("c2", Offer, Stopwatch.GetTimestamp());
        Deliver("c1");
        Deliver("c2");

        var accounting = _ledger.Account();

        Assert.True(accounting.Ok);
        Assert.Equal((2L, 2L, 0L), (accounting.Accepted, accounting.Delivered, accounting.Missing));
        Assert.Equal(2, _counters.Lifecycles);
        Assert.Equal(2, _ledger.Lifecycle.Summarize().Count);
    }

    [Fact]
    public void AcceptedCaseNeverDelivered_IsMissing_AndNotOk()
    {
        _ledger.Accept("c1", Offer, Stopwatch.GetTimestamp());
        _ledger.Accept("c2", Offer, Stopwatch.GetTimestamp());
        Deliver("c1");

        var accounting = _ledger.Account();

        Assert.False(accounting.Ok);
        Assert.Equal(1, accounting.Missing);
        Assert.Equal(["c2"], accounting.MissingSample);
    }

    [Fact]
    public void CaseDecidedAgainUnderANewSequence_IsCaught_ButARepeatedFeedMessageIsNot()
    {
        _ledger.Accept("c1", Offer, Stopwatch.GetTimestamp());
        Deliver("c1");
        _ledger.OnStatus("c1", 4, CaseStatus.Delivered);

        Assert.Equal((0L, 1L), (_ledger.Account().DecidedTwice, _ledger.Account().FeedRepeats));
        Assert.True(_ledger.Account().Ok);

        _ledger.OnStatus("c1", 6, CaseStatus.Approved);

        Assert.Equal(1, _ledger.Account().DecidedTwice);
        Assert.False(_ledger.Account().Ok);
    }

    [Fact]
    public void StatusFeedAheadOfTheSubmitsAnswer_StillCompletesTheCase()
    {
        Deliver("c1");
        _ledger.Accept("c1", Offer, Stopwatch.GetTimestamp());

        Assert.True(_ledger.Account().Ok);
        Assert.Equal(1, _ledger.Lifecycle.Summarize().Count);
    }

    [Fact]
    public void DecisionOnTheFeedBeforeTheSubmitsAnswer_IsHandedOverOnceTheAnswerComes()
    {
        var atTheWindow = Offer with { Delivery = "Window" };
        _ledger.OnStatus("c1", 1, CaseStatus.Received);
        _ledger.OnStatus("c1", 2, CaseStatus.Forwarded);
        _ledger.OnStatus("c1", 3, CaseStatus.Approved);
        Assert.False(_actions.Reader.TryRead(out _));

        _ledger.Accept("c1", atTheWindow, Stopwatch.GetTimestamp());

        Assert.True(_actions.Reader.TryRead(out var action));
        Assert.Equal((WindowActionKind.Handover, "c1"), (action.Kind, action.Case.CaseId));
        Assert.False(_actions.Reader.TryRead(out _));
    }

    [Fact]
    public void SupplementRequested_AsksTheWindowToSupplement_WithTheMaterialTheDepartmentNamed()
    {
        _ledger.Accept("c1", Offer, Stopwatch.GetTimestamp());
        _ledger.SupplementAsked("c1", "id-card");

        _ledger.OnStatus("c1", 4, CaseStatus.SupplementRequested);

        Assert.True(_actions.Reader.TryRead(out var action));
        Assert.Equal(WindowActionKind.Supplement, action.Kind);
        Assert.Equal("id-card", action.Case.RequestedMaterial);
    }

    private void Deliver(string caseId)
    {
        _ledger.OnStatus(caseId, 1, CaseStatus.Received);
        _ledger.OnStatus(caseId, 2, CaseStatus.Forwarded);
        _ledger.Decided(caseId);
        _ledger.OnStatus(caseId, 3, CaseStatus.Approved);
        _ledger.OnStatus(caseId, 4, CaseStatus.Delivered);
    }
}
