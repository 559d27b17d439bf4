using Hub.Kafka.Internal;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

public class ContractMappingTests
{
    [Fact]
    public void DispatchOrder_RoundTripsThroughProtobuf_WithoutThePhone()
    {
        var order = Samples.Dispatch("tax", isResubmission: true);

        var bytes = ProtoCodec.Encode(DispatchTaskMapper.ToWire(order));
        var back = DispatchTaskMapper.ToOrder(ProtoCodec.Decode<Wire.DispatchTask>(bytes));

        Assert.Equal(order with { Applicant = order.Applicant with { Phone = null }, Materials = back.Materials }, back);
        Assert.Equal(order.Materials, back.Materials);
    }

    [Fact]
    public void DispatchTask_CarriesNodesAsTwelveDigitsAndDeadlinesAsIsoDates()
    {
        var wire = DispatchTaskMapper.ToWire(Samples.Dispatch("tax"));

        Assert.Equal("150627101000", wire.ReceivingNode);
        Assert.Equal("430102000000", wire.HandlingNode);
        Assert.Equal("2026-11-29", wire.CommittedDeadline);
        Assert.Equal("2026-12-12", wire.StatutoryDeadline);
        Assert.Equal(1_795_000_000_123, wire.OccurredAt);
        Assert.Equal(Wire.ApplicantKind.Person, wire.Applicant!.Kind);
    }

    [Fact]
    public void CaseStatusChanged_RoundTripsThroughProtobuf()
    {
        var change = Samples.StatusChanged(Samples.NewCaseId());

        var bytes = ProtoCodec.Encode(CaseStatusChangedMapper.ToWire(change));
        var back = CaseStatusChangedMapper.ToMessage(ProtoCodec.Decode<Wire.CaseStatusChanged>(bytes));

        Assert.Equal(change, back);
    }

    [Fact]
    public void EveryCaseStatus_MapsToTheWireStatusOfTheSameName()
    {
        foreach (var status in Enum.GetValues<Hub.Cases.CaseStatus>())
        {
            var wire = CaseStatusChangedMapper.ToWire(Samples.StatusChanged(Samples.NewCaseId()) with { Status = status });

            Assert.Equal(status.ToString(), wire.Status.ToString());
            Assert.Equal(status, CaseStatusChangedMapper.ToMessage(wire).Status);
        }
    }

    [Theory]
    [InlineData(Hub.Cases.DepartmentEventKind.TaskAccepted)]
    [InlineData(Hub.Cases.DepartmentEventKind.SupplementRequested)]
    [InlineData(Hub.Cases.DepartmentEventKind.TaskApproved)]
    [InlineData(Hub.Cases.DepartmentEventKind.TaskRejected)]
    public void DepartmentEvent_OfEachKind_RoundTripsThroughProtobuf(Hub.Cases.DepartmentEventKind kind)
    {
        var caseId = Samples.NewCaseId();
        var evt = new Hub.Cases.DepartmentEvent(
            "evt-1", "health", kind, DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_000), "officer-7",
            "a reason",
            kind == Hub.Cases.DepartmentEventKind.SupplementRequested ? ["id-card"] : [],
            kind == Hub.Cases.DepartmentEventKind.TaskApproved ? ["1.2.156.3005.2.x"] : []);

        var bytes = ProtoCodec.Encode(DepartmentEventMapper.ToWire(caseId, evt));
        var decoded = DepartmentEventMapper.TryDecode(bytes, "DepartmentEvent", "health", out var decodedCaseId, out var back, out var reason);

        Assert.True(decoded, reason);
        Assert.Equal(caseId, decodedCaseId);
        Assert.Equal(evt with { RequestedMaterials = back!.RequestedMaterials, CertificateIds = back.CertificateIds, Reason = back.Reason }, back);
        Assert.Equal(evt.RequestedMaterials, back.RequestedMaterials);
        Assert.Equal(evt.CertificateIds, back.CertificateIds);
        Assert.Equal(kind == Hub.Cases.DepartmentEventKind.TaskAccepted ? null : "a reason", back.Reason);
    }

    [Fact]
    public void DepartmentEvent_HandEncodedByFieldNumber_Decodes()
    {
        // Pins the published field numbers independently of the contract classes:
        // event_id = 1, occurred_at = 2, case_id = 3, department = 4, officer = 5, approved = 12 { certificate_ids = 1 }.
        var caseId = Samples.NewCaseId().Value;
        var bytes = new ProtoBytes()
            .String(1, "e-42").Varint(2, 1_795_000_000_000).String(3, caseId).String(4, "tax").String(5, "王五")
            .Message(12, new ProtoBytes().String(1, "cert-1"))
            .ToArray();

        Assert.True(DepartmentEventMapper.TryDecode(bytes, null, "tax", out var id, out var evt, out var reason), reason);
        Assert.Equal(caseId, id.Value);
        Assert.Equal(("e-42", "tax", "王五", Hub.Cases.DepartmentEventKind.TaskApproved), (evt.EventId, evt.Department, evt.Officer, evt.Kind));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_000), evt.OccurredAt);
        Assert.Equal(["cert-1"], evt.CertificateIds);
    }
}
