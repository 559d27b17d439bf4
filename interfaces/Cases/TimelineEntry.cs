namespace Hub.Cases;

/// <summary>
/// One hop of a case: who did what, when, and the status it left the case in; for a department's event, what proves it
/// (<see cref="Evidence"/>: the SHA-256 of the event's bytes as received, and the department's signature over them if it
/// sent one). Each entry is a link of the case's hand-off log.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] string? Detail,
    [property: Id(5)] string? Evidence = null);
