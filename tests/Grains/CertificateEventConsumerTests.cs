using System.Text;
using Confluent.Kafka;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using Hub.Tests.Support;
using static Hub.Tests.Certificates.CertificateSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Grains;

/// <summary>Certificate events a department line publishes on Kafka reach the real certificate grains, or the dead-letter topic with their reason.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CertificateEventConsumerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task IssuedThenRevoked_OverKafka_ReadsRevokedWithTheReason()
    {
        var id = CertificateId.Parse(NewId());
        var issue = Issue();

        await Publish(Department, id.ToString(), Encode(id, issue), Encode(id, Change(CertificateOperation.Revoke, "obtained by fraud")));

        var view = await Until(id, v => v.Status == CertificateStatus.Revoked, "the revocation");
        Assert.Equal("obtained by fraud", view.History[^1].Reason);
        Assert.Equal("department:natural-resources/officer-3", view.History[^1].Actor);
        Assert.Equal(issue.Metadata, view.Metadata);
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id.ToString()]));
    }

    [Theory]
    [InlineData(CertificateOperation.Withdraw, CertificateStatus.Withdrawn)]
    [InlineData(CertificateOperation.TransferOut, CertificateStatus.TransferredOut)]
    public async Task IssuedThenWithdrawnOrTransferredOut_OverKafka_ReadsSoWithTheReason(CertificateOperation operation, CertificateStatus status)
    {
        var id = CertificateId.Parse(NewId());

        await Publish(Department, id.ToString(), Encode(id, Issue()), Encode(id, Change(operation, "licence conditions breached")));

        var view = await Until(id, v => v.History.Count == 2, "the second event");
        Assert.Equal(status, view.Status);
        Assert.Equal((operation, "licence conditions breached"), (view.History[^1].Operation, view.History[^1].Reason));
        Assert.Empty(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id.ToString()]));
    }

    [Fact]
    public async Task RedeliveredIssueAndRevoke_AreAppliedOnce_AndTheirCopiesAreNotDeadLettered()
    {
        var id = CertificateId.Parse(NewId());
        var issued = Encode(id, Issue());
        var revoked = Encode(id, Change(CertificateOperation.Revoke, "issued in error"));

        // The empty message behind the copies is dead-lettered whatever the certificate: once it is, the copies were consumed.
        await Publish(Department, id.ToString(), issued, issued, revoked, revoked, []);

        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [id.ToString()], atLeast: 1));
        Assert.StartsWith($"{DeadLetterCodes.Empty}:", Header(letter, HubHeaders.DeadLetterReason));
        var view = await fixture.Client.GetGrain<ICertificateGrain>(id.ToString()).GetView();
        Assert.Equal([CertificateOperation.Issue, CertificateOperation.Revoke], view.History.Select(h => h.Operation));
        Assert.Equal(CertificateStatus.Revoked, view.Status);
    }

    public static TheoryData<string> DeadLetterCases => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(DeadLetterCases))]
    public async Task BadCertificateEvent_IsDeadLetteredWithItsReason_AndTheEventBehindItIsApplied(string name)
    {
        var key = CertificateId.Parse(NewId());
        var scenario = Cases[name](key);

        await Publish(scenario.Department, key.ToString(), [.. scenario.Before.Select(e => Encode(scenario.Target, e)), scenario.Bad, .. scenario.After.Select(e => Encode(scenario.Target, e))]);

        var view = await Until(scenario.Target, v => v.History.Count == scenario.Before.Length + scenario.After.Length, "the events around the bad one");
        var letter = Assert.Single(await HubFeeds.DeadLettersAsync(fixture.BootstrapServers, fixture.TopicPrefix, [key.ToString()], atLeast: 1));
        var reason = Header(letter, HubHeaders.DeadLetterReason);
        Assert.StartsWith($"{scenario.Code}: ", reason);
        Assert.Contains(scenario.Words, reason);
        Assert.Equal(scenario.Bad, letter.Message.Value);
        Assert.Equal(HubTopics.DepartmentEvents(scenario.Department, fixture.TopicPrefix), Header(letter, HubHeaders.DeadLetterTopic));
        Assert.Equal(scenario.Final, view.Status);
    }

    /// <summary>
    /// On the topic of <see cref="Department"/> and one key (so in one partition, in this order): the events for
    /// <see cref="Target"/> before the bad message, the bad message, and those after it; what the bad one's dead letter
    /// says; and how <see cref="Target"/> reads at the end.
    /// </summary>
    private sealed record Scenario(
        string Department, CertificateId Target, object[] Before, byte[] Bad, object[] After, string Code, string Words, CertificateStatus Final);

    private const string UnknownType = "11100000HUB0000075009";
    private const string TaxType = "11100000HUB0000075001";
    private const string NotACreditCode = "11430000006122244X";

    private static readonly Dictionary<string, Func<CertificateId, Scenario>> Cases = new()
    {
        ["id check character wrong"] = id =>
            SpoiltIssue(id, w => w.CertificateIssued!.CertificateId = Mistyped(id), DeadLetterCodes.InvalidCertificateId, "The check character"),
        ["id issuer part wrong"] = id =>
            SpoiltIssue(id, w => w.CertificateIssued!.CertificateId = id.ToString().Replace(id.IssuerCode.Value, NotACreditCode, StringComparison.Ordinal), DeadLetterCodes.InvalidCertificateId, "The issuer code"),
        ["issuer code not a credit code"] = id =>
            SpoiltIssue(id, w => w.CertificateIssued!.IssuerCode = NotACreditCode, DeadLetterCodes.InvalidIssuerCode, $"issuer_code '{NotACreditCode}'"),
        ["unknown type"] = id =>
        {
            var other = CertificateId.Create(UnknownType, id.IssuerCode.Value, id.Serial, id.Version);
            var bad = Encode(other, Issue() with { Metadata = Metadata() with { TypeCode = UnknownType } });
            return new(Department, id, [], bad, [Issue()], CertificateRuleCodes.UnknownType, $"type {UnknownType} is not in the hub's catalogue", CertificateStatus.Valid);
        },
        ["type of another line"] = id =>
        {
            // Tax issuing natural-resources' type; behind it, on tax's topic, a certificate of tax's own type.
            var taxes = CertificateId.Create(TaxType, id.IssuerCode.Value, id.Serial, id.Version);
            var bad = Encode(id, Issue() with { Issued = Change(CertificateOperation.Issue, department: "tax") });
            var good = Issue() with { Metadata = Metadata() with { TypeCode = TaxType, TypeName = "税收完税证明" }, Issued = Change(CertificateOperation.Issue, department: "tax") };
            return new("tax", taxes, [], bad, [good], CertificateRuleCodes.TypeNotIssuedHere, "issued by department line 'natural-resources', not by 'tax'", CertificateStatus.Valid);
        },
        ["operation that does not fit the state"] = id => new(
            Department, id, [Issue()], Encode(id, Change(CertificateOperation.Restore)), [Change(CertificateOperation.Suspend, "under investigation")],
            CertificateRuleCodes.InvalidTransition, "is Valid; it cannot take Restore", CertificateStatus.Suspended),
        ["transfer-out of a suspended certificate"] = id => new(
            Department, id, [Issue(), Change(CertificateOperation.Suspend, "under investigation")], Encode(id, Change(CertificateOperation.TransferOut, "moved to Hunan")),
            [Change(CertificateOperation.Withdraw, "penalty")], CertificateRuleCodes.InvalidTransition, "is Suspended; it cannot take TransferOut", CertificateStatus.Withdrawn),
        ["withdrawal of a transferred-out certificate"] = id => new(
            Department, id, [Issue(), Change(CertificateOperation.TransferOut, "moved to Hunan")], Encode(id, Change(CertificateOperation.Withdraw, "penalty")),
            [], CertificateRuleCodes.InvalidTransition, "is TransferredOut; it cannot take Withdraw", CertificateStatus.TransferredOut),
        ["unknown certificate"] = id => new(
            Department, id, [], Encode(id, Change(CertificateOperation.Revoke, "obtained by fraud")), [Issue()],
            CertificateRuleCodes.NotFound, $"No certificate {id} was issued", CertificateStatus.Valid),
    };

    // An issue spoilt on the wire, then the good one.
    private static Scenario SpoiltIssue(CertificateId id, Action<Wire.DepartmentEvent> spoil, string code, string words)
    {
        var bad = CertificateEventMapper.ToWire(id, Issue());
        spoil(bad);
        return new(Department, id, [], ProtoCodec.Encode(bad), [Issue()], code, words, CertificateStatus.Valid);
    }

    private static string Mistyped(CertificateId id)
    {
        var text = id.ToString();
        return text[..^1] + (text[^1] == '0' ? '1' : '0');
    }

    private static byte[] Encode(CertificateId id, object evt) => ProtoCodec.Encode(evt switch
    {
        CertificateIssue issue => CertificateEventMapper.ToWire(id, issue),
        CertificateChange change => CertificateEventMapper.ToWire(id, change),
        _ => throw new ArgumentException("Not a certificate event.", nameof(evt)),
    });

    private async Task Publish(string department, string key, params byte[][] values)
    {
        using var line = new DepartmentLine(fixture.BootstrapServers, fixture.TopicPrefix);
        await line.PublishAsync(department, key, values);
    }

    private async Task<CertificateView> Until(CertificateId id, Func<CertificateView, bool> done, string what) =>
        (await Eventually.Until(() => Read(id), v => v is not null && done(v), what: what))!;

    private async Task<CertificateView?> Read(CertificateId id)
    {
        try
        {
            return await fixture.Client.GetGrain<ICertificateGrain>(id.ToString()).GetView();
        }
        catch (CertificateRuleException ex) when (ex.Code == CertificateRuleCodes.NotFound)
        {
            return null;
        }
    }

    private static string? Header(ConsumeResult<string?, byte[]?> record, string key) =>
        record.Message.Headers.TryGetLastBytes(key, out var bytes) ? Encoding.UTF8.GetString(bytes) : null;
}
