using Hub.Cases;
using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using static Hub.Tests.Certificates.CertificateSamples;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

/// <summary>The checks of the certificates an approval carries that need no broker: how each is read, and what is refused.</summary>
public class ApprovedCertificatesDecodingTests
{
    private static readonly CaseId CaseId = Samples.NewCaseId();

    [Fact]
    public void ApprovalWithCertificates_IsReadBack_EachIssuedForTheCase_UnderAnEventIdDerivedFromTheApprovals()
    {
        var (first, second) = (CertificateId.Parse(NewId()), CertificateId.Parse(NewId()));

        Assert.True(TryMap(Approval(first, second), out var evt, out var reason), reason);

        var issued = evt.IssuedCertificates!;
        Assert.Equal([first, second], issued.Select(c => c.Id));
        Assert.Equal(["approval-7/certificates/0", "approval-7/certificates/1"], issued.Select(c => c.Issue.Issued.EventId));
        Assert.All(issued, c => Assert.Equal((CaseId, Department, CertificateOperation.Issue), (c.Issue.IssuingCase!.Value, c.Issue.Issued.Department, c.Issue.Issued.Operation)));
        Assert.Equal(Metadata(), issued[0].Issue.Metadata);
    }

    [Fact]
    public void CertificateListedTwice_IsRefused()
    {
        var id = CertificateId.Parse(NewId());

        Assert.False(TryMap(Approval(id, id), out _, out var reason));

        Assert.Equal($"{DeadLetterCodes.InvalidBody}: approved.certificates[1] ({id}) is listed twice; an approval issues each certificate once", reason);
    }

    [Fact]
    public void CertificateThatReplacesAnother_IsRefused_ForItsOwnEvent()
    {
        var wire = Approval(CertificateId.Parse(NewId()));
        wire.Approved!.Certificates[0].Replaces = NewId();
        wire.Approved.Certificates[0].ReplacedHow = Wire.CertificateReplacement.Renew;

        Assert.False(TryMap(wire, out _, out var reason));

        Assert.EndsWith("names a certificate it replaces; send a renewal or change as its own certificate_issued event", reason);
    }

    [Fact]
    public void SomethingThatIsNoCertificateId_IsNotRepeatedInFull()
    {
        var wire = Approval(CertificateId.Parse(NewId()));
        var citizen = Cases.CaseSamples.ChangshaCitizenId();
        wire.Approved!.Certificates[0].CertificateId = citizen;

        Assert.False(TryMap(wire, out _, out var reason));

        Assert.StartsWith($"{DeadLetterCodes.InvalidCertificateId}: approved.certificates[0].certificate_id {PersonalData.Mask(citizen)} ", reason);
        Assert.DoesNotContain(citizen, reason);
    }

    private static Wire.DepartmentEvent Approval(params CertificateId[] ids)
    {
        var wire = new Wire.DepartmentEvent
        {
            EventId = "approval-7", OccurredAt = 1795509600000, CaseId = CaseId.Value, Department = Department, Officer = "officer-3",
            Approved = new Wire.TaskApproved { Remark = "准予登记" },
        };
        wire.Approved.Certificates.AddRange(ids.Select(id => CertificateIssuedMapper.ToWire(id, Issue())));
        return wire;
    }

    private static bool TryMap(Wire.DepartmentEvent wire, out DepartmentEvent evt, out string reason)
    {
        var mapped = DepartmentEventMapper.TryMap(ProtoCodec.Decode<Wire.DepartmentEvent>(ProtoCodec.Encode(wire)), Department, out _, out var e, out var r);
        (evt, reason) = (e!, r!);
        return mapped;
    }
}
