using Hub.Calendars;
using Hub.Certificates;
using Hub.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Hub.Tests.Certificates.CertificateSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Grains;

/// <summary>
/// <c>hub.certificate-events</c> as its readers see it: every change of a certificate once, in sequence, with the holder
/// masked; each verification and use from the holder's log; and an expiry announced the day after the valid-to date.
/// </summary>
public sealed class CertificateFeedTests(CertificateFeedTests.Fixture fixture) : IClassFixture<CertificateFeedTests.Fixture>
{
    [Fact]
    public async Task EveryChange_IsOnTheFeedOnce_InSequence_WithTheHolderMaskedAndTheReason()
    {
        var id = NewId();
        var certificate = fixture.Client.GetGrain<ICertificateGrain>(id);
        var issue = Issue(validTo: new DateOnly(2040, 1, 1));
        var changes = new[]
        {
            Change(CertificateOperation.Suspend, "under investigation"),
            Change(CertificateOperation.Restore, "investigation closed"),
            Change(CertificateOperation.Revoke, "issued on forged materials"),
        };

        // Each event twice, as a department's retry sends it: the feed shows each change once.
        await certificate.Issue(issue);
        await certificate.Issue(issue);
        foreach (var change in changes)
        {
            await certificate.Apply(change);
            await certificate.Apply(change);
        }

        var feed = (await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id], atLeast: 4)).Cast<Wire.CertificateStatusChanged>().ToList();
        Assert.Equal([1L, 2L, 3L, 4L], feed.Select(f => f.Sequence));
        Assert.Equal(
            [Wire.CertificateStatus.Valid, Wire.CertificateStatus.Suspended, Wire.CertificateStatus.Valid, Wire.CertificateStatus.Revoked],
            feed.Select(f => f.Status));
        Assert.Equal(
            [Wire.CertificateOperation.Issue, Wire.CertificateOperation.Suspend, Wire.CertificateOperation.Restore, Wire.CertificateOperation.Revoke],
            feed.Select(f => f.Operation));
        Assert.Equal([issue.Issued.EventId, .. changes.Select(c => c.EventId)], feed.Select(f => f.SourceEventId));
        var revoked = feed[^1];
        Assert.Equal(("issued on forged materials", $"department:{Department}/officer-3", Hub.Tests.Certificates.CertificateSamples.TypeCode, "2040-01-01"), (revoked.Reason, revoked.Actor, revoked.TypeCode, revoked.ValidTo));
        Assert.All(feed, f => Assert.Equal(Hub.Identifiers.PersonalData.Mask(issue.Metadata.HolderId), f.HolderMasked));
        Assert.All(feed, f => Assert.NotEqual(issue.Metadata.HolderId, f.HolderMasked));
    }

    [Fact]
    public async Task Renewal_PutsTheOldCertificateOnTheFeedAsExpired_ReplacedByTheNewOne()
    {
        var (oldId, newId) = (NewId(), NewId());
        await fixture.Client.GetGrain<ICertificateGrain>(oldId).Issue(Issue());
        await fixture.Client.GetGrain<ICertificateGrain>(newId).Issue(Issue(replaces: oldId, how: CertificateOperation.Renew));

        var feed = (await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, fixture.TopicPrefix, [oldId, newId], atLeast: 3)).Cast<Wire.CertificateStatusChanged>().ToList();

        var old = feed.Where(f => f.CertificateId == oldId).ToList();
        Assert.Equal([Wire.CertificateOperation.Issue, Wire.CertificateOperation.Renew], old.Select(f => f.Operation));
        Assert.Equal((Wire.CertificateStatus.Expired, newId), (old[1].Status, old[1].ReplacedBy));
        Assert.Equal(oldId, Assert.Single(feed, f => f.CertificateId == newId).Replaces);
    }

    [Fact]
    public async Task AVerification_IsOnTheFeed_WithTheWindowAndItsNode_AndTheHolderOnlyByKey()
    {
        var id = NewId();
        var issue = Issue();
        await fixture.Client.GetGrain<ICertificateGrain>(id).Issue(issue);

        await fixture.Client.GetGrain<ICertificateGrain>(id).Verify(new CertificateVerifier("window:wushen-banner-hall-01", Hub.Identifiers.DivisionCode.Parse("150626000000")));

        var feed = await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id], atLeast: 2);
        var used = Assert.Single(feed.OfType<Wire.CertificateUsed>());
        Assert.Equal(
            (Wire.CertificateUseKind.Verification, "window:wushen-banner-hall-01", "150626000000", fixture.SiloService<HolderKeys>().For(HolderIdType.CitizenId, issue.Metadata.HolderId)),
            (used.Kind, used.Actor, used.Node, used.HolderKey));
        Assert.NotEqual(issue.Metadata.HolderId, used.HolderKey);
    }

    [Fact]
    public async Task Expiry_IsAnnouncedOnTheFeed_TheDayAfterValidTo_Once()
    {
        var announcer = fixture.SiloService<CertificateExpiryAnnouncer>();
        var today = WorkingDays.ChinaDate(fixture.Clock.GetUtcNow());
        var id = NewId();
        await fixture.Client.GetGrain<ICertificateGrain>(id).Issue(Issue(validTo: today) with
        {
            Metadata = Metadata(validTo: today) with { IssuedOn = today.AddYears(-1), ValidFrom = today.AddYears(-1) },
        });
        await announcer.AnnounceAsync(CancellationToken.None);
        var before = await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id], atLeast: 1);

        fixture.Clock.Advance(TimeSpan.FromDays(1));
        await announcer.AnnounceAsync(CancellationToken.None);
        await announcer.AnnounceAsync(CancellationToken.None);

        Assert.Equal([Wire.CertificateOperation.Issue], before.Cast<Wire.CertificateStatusChanged>().Select(f => f.Operation));
        var feed = (await HubFeeds.CertificateFeedAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id], atLeast: 2)).Cast<Wire.CertificateStatusChanged>().ToList();
        Assert.Equal([Wire.CertificateOperation.Issue, Wire.CertificateOperation.Expire], feed.Select(f => f.Operation));
        Assert.Equal((Wire.CertificateStatus.Expired, "hub", $"valid to {today:yyyy-MM-dd}"), (feed[1].Status, feed[1].Actor, feed[1].Reason));
        var view = await fixture.Client.GetGrain<ICertificateGrain>(id).GetView();
        Assert.Equal((CertificateStatus.Expired, CertificateOperation.Expire), (view.Status, view.History[^1].Operation));
    }

    /// <summary>The test cluster on a clock the tests move, its own expiry checks far apart so that only the test's run.</summary>
    public sealed class Fixture : ClusterFixture
    {
        public MovableClock Clock { get; } = new();

        protected override IReadOnlyDictionary<string, string?> MoreSettings { get; } = new Dictionary<string, string?>
        {
            ["Hub:Certificates:Expiry:CheckInterval"] = "01:00:00",
        };

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<HubClock>(Clock);
    }
}
