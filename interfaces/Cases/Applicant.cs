namespace Hub.Cases;

/// <summary>The applicant of a case. <see cref="Identifier"/> is already checked (GB 11643 or GB 32100).</summary>
[GenerateSerializer, Immutable, Alias("hub.Applicant")]
public sealed record Applicant(
    [property: Id(0)] ApplicantKind Kind,
    [property: Id(1)] string Identifier,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Phone);
