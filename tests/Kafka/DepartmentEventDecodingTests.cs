using Hub.Kafka.DeadLetters;
using Hub.Kafka.Internal;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Tests.Kafka;

public class DepartmentEventDecodingTests
{
    private const string NotAnEvent = "the payload is not a DepartmentEvent protobuf message: ";

    [Fact]
    public void GarbageBytes_AreRefusedAsUndecodable_SayingWhatIsWrongInWords()
    {
        var reason = Refuse([0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);

        Assert.Equal($"{DeadLetterCodes.Undecodable}: {NotAnEvent}at byte 0 field 536870911 is marked with wire type 7, which protobuf does not have", reason);
    }

    [Fact]
    public void TruncatedEvent_IsRefusedAsEndingInsideItsLastField()
    {
        var bytes = new ProtoBytes().String(1, "e1").String(3, Samples.NewCaseId().Value).ToArray();

        var reason = Refuse(bytes[..^25]);

        Assert.Equal($"{DeadLetterCodes.Undecodable}: {NotAnEvent}it ends inside field 3 (case_id): the field says it holds 28 bytes, and 3 are left", reason);
    }

    [Fact]
    public void FieldOfTheWrongType_IsRefusedNamingTheFieldAndWhatItShouldHold()
    {
        var bytes = new ProtoBytes().Varint(1, 42).String(3, Samples.NewCaseId().Value).ToArray();

        var reason = Refuse(bytes);

        Assert.Equal($"{DeadLetterCodes.Undecodable}: {NotAnEvent}at byte 0 field 1 (event_id) should hold text but is written as a varint number", reason);
    }

    [Fact]
    public void BrokenBody_IsRefusedNamingTheBodyAndTheFieldWithin()
    {
        var bytes = new ProtoBytes().String(1, "e").Message(11, new ProtoBytes().Varint(2, 7)).ToArray();

        var reason = Refuse(bytes);

        Assert.Equal($"{DeadLetterCodes.Undecodable}: {NotAnEvent}inside field 11 (supplement_requested), at byte 5 field 2 (materials) should hold text but is written as a varint number", reason);
    }

    [Fact]
    public void EmptyValue_IsRefused()
    {
        Assert.StartsWith($"{DeadLetterCodes.Empty}:", Refuse([]));
    }

    [Fact]
    public void AnotherMessageType_IsRefusedByItsHeader()
    {
        Assert.StartsWith($"{DeadLetterCodes.UnexpectedType}:", Refuse(Encode(Valid()), type: "DispatchTask"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void MissingEventId_IsRefused(string? eventId)
    {
        var evt = Valid();
        evt.EventId = eventId;
        Assert.StartsWith($"{DeadLetterCodes.MissingEventId}:", Refuse(Encode(evt)));
    }

    [Fact]
    public void MissingCaseId_IsRefused()
    {
        var evt = Valid();
        evt.CaseId = null;
        Assert.StartsWith($"{DeadLetterCodes.MissingCaseId}:", Refuse(Encode(evt)));
    }

    [Fact]
    public void MalformedCaseId_IsRefused()
    {
        var evt = Valid();
        evt.CaseId = "not-a-case-id";
        Assert.StartsWith($"{DeadLetterCodes.InvalidCaseId}:", Refuse(Encode(evt)));
    }

    [Fact]
    public void PersonalIdInTheCaseIdField_IsRefusedWithoutRepeatingIt()
    {
        var evt = Valid();
        evt.CaseId = "43010219900307123X";
        var reason = Refuse(Encode(evt));
        Assert.StartsWith($"{DeadLetterCodes.InvalidCaseId}:", reason);
        Assert.DoesNotContain("43010219900307123X", reason);
        Assert.Contains("4301**********123X", reason);
    }

    [Fact]
    public void DepartmentOtherThanTheTopics_IsRefused()
    {
        var evt = Valid();
        evt.Department = "health";
        var reason = Refuse(Encode(evt));
        Assert.StartsWith($"{DeadLetterCodes.DepartmentMismatch}:", reason);
        Assert.Contains("'health'", reason);
        Assert.Contains("'tax'", reason);
    }

    [Fact]
    public void NoBody_IsRefusedAsUnknownBody()
    {
        var evt = Valid();
        evt.Accepted = null;
        Assert.StartsWith($"{DeadLetterCodes.UnknownBody}:", Refuse(Encode(evt)));
    }

    [Fact]
    public void UnknownFutureBody_IsRefusedAsUnknownBody()
    {
        var bytes = Encode(new Wire.DepartmentEvent { EventId = "e", OccurredAt = 1, CaseId = Samples.NewCaseId().Value, Department = "tax" })
            .Concat(new ProtoBytes().Message(40, new ProtoBytes().String(1, "future")).ToArray())
            .ToArray();
        Assert.StartsWith($"{DeadLetterCodes.UnknownBody}:", Refuse(bytes));
    }

    [Fact]
    public void TwoBodies_AreRefused()
    {
        var evt = Valid();
        evt.Rejected = new Wire.TaskRejected { Reason = "no" };
        var reason = Refuse(Encode(evt));
        Assert.StartsWith($"{DeadLetterCodes.MultipleBodies}: accepted and rejected are set", reason);
    }

    [Fact]
    public void SupplementWithoutMaterials_IsRefused()
    {
        var evt = Valid();
        evt.Accepted = null;
        evt.SupplementRequested = new Wire.SupplementRequested { Reason = "unclear" };
        Assert.StartsWith($"{DeadLetterCodes.InvalidBody}:", Refuse(Encode(evt)));
    }

    [Fact]
    public void RejectionWithoutReason_IsRefused()
    {
        var evt = Valid();
        evt.Accepted = null;
        evt.Rejected = new Wire.TaskRejected();
        Assert.StartsWith($"{DeadLetterCodes.InvalidBody}:", Refuse(Encode(evt)));
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
