namespace Hub.Cases;

/// <summary>One hop of a case: who did what, when, and the status it left the case in.</summary>
[GenerateSerializer, Immutable, Alias("hub.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] string? Detail);
