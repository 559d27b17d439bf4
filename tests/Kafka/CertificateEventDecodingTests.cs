using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using static Hub.Tests.Certificates.CertificateSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

/// <summary>The checks of a certificate event that need no broker: what is refused, with which code and words.</summary>
public class CertificateEventDecodingTests
{
    private static readonly CertificateId Id = CertificateId.Parse(NewId());

    [Fact]
    public void Renewal_IsReadBackAsTheIssueItWas()
    {
        var renewal = Issue(replaces: NewId(), how: CertificateOperation.Renew);
        var wholeMs = DateTimeOffset.FromUnixTimeMilliseconds(renewal.Issued.OccurredAt.ToUnixTimeMilliseconds());
        var issue = renewal with { IssuingCase = Samples.NewCaseId(), Issued = renewal.Issued with { OccurredAt = wholeMs } };

        Assert.True(CertificateEventMapper.TryMap(Decode(CertificateEventMapper.ToWire(Id, issue)), Department, out var evt, out var reason), reason);

        Assert.Equal(Id, evt.Id);
        Assert.Equal(issue, evt.Issue);
    }

    [Fact]
    public void HolderIdThatFailsItsCheck_IsRefused_WithoutRepeatingIt()
    {
        var wire = CertificateEventMapper.ToWire(Id, Issue());
        var holder = wire.CertificateIssued!.HolderId!;
        wire.CertificateIssued.HolderId = holder[..^1] + (holder[^1] == '0' ? '1' : '0');

        var reason = Refuse(wire);

        Assert.StartsWith($"{DeadLetterCodes.InvalidHolderId}: holder_id {PersonalData.Mask(wire.CertificateIssued.HolderId)} ", reason);
        Assert.DoesNotContain(wire.CertificateIssued.HolderId, reason);
    }

    [Fact]
    public void TypeCodeOtherThanTheIdsType_IsRefusedAsAMismatch()
    {
        var wire = CertificateEventMapper.ToWire(Id, Issue());
        wire.CertificateIssued!.TypeCode = "11100000MB03271699022";

        Assert.StartsWith($"{DeadLetterCodes.CertificateIdMismatch}: type_code is '11100000MB03271699022'", Refuse(wire));
    }

    [Fact]
    public void ReplacesWithoutHow_IsRefused()
    {
        var wire = CertificateEventMapper.ToWire(Id, Issue(replaces: NewId()));

        Assert.StartsWith($"{DeadLetterCodes.InvalidBody}: replaces and replaced_how go together", Refuse(wire));
    }

    [Fact]
    public void RevocationWithoutAReason_IsRefused()
    {
        var wire = CertificateEventMapper.ToWire(Id, Change(CertificateOperation.Revoke));

        Assert.Equal($"{DeadLetterCodes.InvalidBody}: certificate_revoked must give a reason", Refuse(wire));
    }

    [Theory]
    [InlineData(CertificateOperation.Withdraw)]
    [InlineData(CertificateOperation.TransferOut)]
    public void WithdrawalAndTransferOut_AreReadBackAsTheChangesTheyWere(CertificateOperation operation)
    {
        var change = Change(operation, "licence conditions breached");
        change = change with { OccurredAt = DateTimeOffset.FromUnixTimeMilliseconds(change.OccurredAt.ToUnixTimeMilliseconds()) };

        Assert.True(CertificateEventMapper.TryMap(Decode(CertificateEventMapper.ToWire(Id, change)), Department, out var evt, out var reason), reason);

        Assert.Equal((Id, null, change), (evt.Id, evt.Issue, evt.Change));
    }

    [Theory]
    [InlineData(CertificateOperation.Withdraw, "certificate_withdrawn")]
    [InlineData(CertificateOperation.TransferOut, "certificate_transferred_out")]
    public void WithdrawalOrTransferOutWithoutAReason_IsRefused(CertificateOperation operation, string body)
    {
        var wire = CertificateEventMapper.ToWire(Id, Change(operation));

        Assert.Equal($"{DeadLetterCodes.InvalidBody}: {body} must give a reason", Refuse(wire));
    }

    [Fact]
    public void CertificateBodyBesideACaseBody_IsRefusedAsMultipleBodies()
    {
        var wire = CertificateEventMapper.ToWire(Id, Change(CertificateOperation.Suspend, "under investigation"));
        wire.Accepted = new Wire.TaskAccepted();

        Assert.StartsWith($"{DeadLetterCodes.MultipleBodies}: accepted and certificate_suspended are set", Refuse(wire));
    }

    private static Wire.DepartmentEvent Decode(Wire.DepartmentEvent wire) => ProtoCodec.Decode<Wire.DepartmentEvent>(ProtoCodec.Encode(wire));

    private static string Refuse(Wire.DepartmentEvent wire)
    {
        Assert.False(CertificateEventMapper.TryMap(Decode(wire), Department, out _, out var reason));
        return reason;
    }
}
