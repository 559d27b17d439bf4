using Hub.Kafka.Internal;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

public class DepartmentEventDecodingTests
{
    [Fact]
    public void GarbageBytes_AreRefusedAsUndecodable()
    {
        Assert.StartsWith("undecodable:", Refuse([0xFF, 0xFF, 0xFF, 0xFF, 0x0F]));
    }

    [Fact]
    public void EmptyValue_IsRefused()
    {
        Assert.StartsWith("empty:", Refuse([]));
    }

    [Fact]
    public void AnotherMessageType_IsRefusedByItsHeader()
    {
        Assert.StartsWith("unexpected-type:", Refuse(Encode(Valid()), type: "DispatchTask"));
    }

    [Theory]
    [InlineData(null, "missing-event-id:")]
    [InlineData("", "missing-event-id:")]
    public void MissingEventId_IsRefused(string? eventId, string expected)
    {
        var evt = Valid();
        evt.EventId = eventId;
        Assert.StartsWith(expected, Refuse(Encode(evt)));
    }

    [Fact]
    public void MissingCaseId_IsRefused()
    {
        var evt = Valid();
        evt.CaseId = null;
        Assert.StartsWith("missing-case-id:", Refuse(Encode(evt)));
    }

    [Fact]
    public void MalformedCaseId_IsRefused()
    {
        var evt = Valid();
        evt.CaseId = "not-a-case-id";
        Assert.StartsWith("invalid-case-id:", Refuse(Encode(evt)));
    }

    [Fact]
    public void PersonalIdInTheCaseIdField_IsRefusedWithoutRepeatingIt()
    {
        var evt = Valid();
        evt.CaseId = "43010219900307123X";
        var reason = Refuse(Encode(evt));
        Assert.StartsWith("invalid-case-id:", reason);
        Assert.DoesNotContain("43010219900307123X", reason);
        Assert.Contains("4301**********123X", reason);
    }

    [Fact]
    public void DepartmentOtherThanTheTopics_IsRefused()
    {
        var evt = Valid();
        evt.Department = "health";
        var reason = Refuse(Encode(evt));
        Assert.StartsWith("department-mismatch:", reason);
        Assert.Contains("'health'", reason);
        Assert.Contains("'tax'", reason);
    }

    [Fact]
    public void NoBody_IsRefusedAsUnknownBody()
    {
        var evt = Valid();
        evt.Accepted = null;
        Assert.StartsWith("unknown-body:", Refuse(Encode(evt)));
    }

    [Fact]
    public void UnknownFutureBody_IsRefusedAsUnknownBody()
    {
        var bytes = Encode(new Wire.DepartmentEvent { EventId = "e", OccurredAt = 1, CaseId = Samples.NewCaseId().Value, Department = "tax" })
            .Concat(new ProtoBytes().Message(14, new ProtoBytes().String(1, "cert")).ToArray())
            .ToArray();
        Assert.StartsWith("unknown-body:", Refuse(bytes));
    }

    [Fact]
    public void TwoBodies_AreRefused()
    {
        var evt = Valid();
        evt.Rejected = new Wire.TaskRejected { Reason = "no" };
        Assert.StartsWith("multiple-bodies:", Refuse(Encode(evt)));
    }

    [Fact]
    public void SupplementWithoutMaterials_IsRefused()
    {
        var evt = Valid();
        evt.Accepted = null;
        evt.SupplementRequested = new Wire.SupplementRequested { Reason = "unclear" };
        Assert.StartsWith("invalid-body:", Refuse(Encode(evt)));
    }

    [Fact]
    public void RejectionWithoutReason_IsRefused()
    {
        var evt = Valid();
        evt.Accepted = null;
        evt.Rejected = new Wire.TaskRejected();
        Assert.StartsWith("invalid-body:", Refuse(Encode(evt)));
    }

    [Fact]
    public void WellFormedEvent_IsAccepted()
    {
        Assert.True(DepartmentEventMapper.TryDecode(Encode(Valid()), "DepartmentEvent", "tax", out _, out var evt, out _));
        Assert.Equal(Hub.Cases.DepartmentEventKind.TaskAccepted, evt.Kind);
    }

    private static Wire.DepartmentEvent Valid() => new()
    {
        EventId = Guid.NewGuid().ToString(),
        OccurredAt = 1_795_000_000_000,
        CaseId = Samples.NewCaseId().Value,
        Department = "tax",
        Accepted = new Wire.TaskAccepted(),
    };

    private static byte[] Encode(Wire.DepartmentEvent evt) => ProtoCodec.Encode(evt);

    private static string Refuse(byte[] bytes, string? type = null)
    {
        Assert.False(DepartmentEventMapper.TryDecode(bytes, type, "tax", out _, out var evt, out var reason));
        Assert.Null(evt);
        return reason;
    }
}
