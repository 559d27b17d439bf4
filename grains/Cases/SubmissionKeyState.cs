using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>What a window's idempotency key was first used for.</summary>
[GenerateSerializer, Alias("hub.SubmissionKeyState")]
public sealed class SubmissionKeyState
{
    [Id(0)] public string? Fingerprint { get; set; }
    [Id(1)] public CaseId CaseId { get; set; }
    [Id(2)] public DateTimeOffset ClaimedAt { get; set; }
}
