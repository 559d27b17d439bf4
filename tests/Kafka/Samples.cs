using Hub.Cases;
using Hub.Identifiers;
using Hub.Messages;

namespace Hub.Tests.Kafka;

/// <summary>Well-formed messages to publish and compare.</summary>
internal static class Samples
{
    private static long sequence;

    public static CaseId NewCaseId() =>
        CaseId.Create(DivisionCode.Parse("430102"), new DateOnly(2026, 11, 22), (ulong)Interlocked.Increment(ref sequence) + (ulong)Random.Shared.NextInt64(1L << 40));

    public static DispatchOrder Dispatch(string department, bool isResubmission = false) => new(
        Guid.NewGuid().ToString(),
        DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_123),
        NewCaseId(),
        department,
        1,
        "430102-tax-0007",
        "个人所得税完税证明开具",
        DivisionCode.Parse("150627101000"),
        DivisionCode.Parse("430102000000"),
        new Applicant(ApplicantKind.Person, "43010219900307123X", "李四", "13800000000"),
        [new Material("id-card", "file://materials/1"), new Material("contract", "post://SF1234567890")],
        new DateOnly(2026, 11, 29),
        new DateOnly(2026, 12, 12),
        isResubmission);

    public static CaseStatusChanged StatusChanged(CaseId caseId) => new(
        Guid.NewGuid().ToString(),
        DateTimeOffset.FromUnixTimeMilliseconds(1_795_000_000_456),
        caseId,
        2,
        CaseStatus.Forwarded,
        "430102-tax-0007",
        DivisionCode.Parse("150627101000"),
        DivisionCode.Parse("430102000000"),
        "hub",
        "dispatched to tax");
}
