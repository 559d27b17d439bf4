using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// One status change of a case on <c>hub.case-events</c>, keyed by case id; <see cref="Sequence"/> counts per case from 1.
/// From <see cref="Departments"/> on, each change also carries the case's figures as they stand after it (what the
/// statistics are derived from), so that a reader needs no earlier change to know them. <see cref="CountsAsBefore"/>
/// says the change counts for exactly what the case's change before it counted for (the same lines, days, decision and
/// rating: only its status, a deadline or its detail moved), so that a reader that counts may pass it by.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseStatusChanged")]
public sealed record CaseStatusChanged(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] long Sequence,
    [property: Id(4)] CaseStatus Status,
    [property: Id(5)] string MatterCode,
    [property: Id(6)] DivisionCode ReceivingNode,
    [property: Id(7)] DivisionCode HandlingNode,
    [property: Id(8)] string Actor,
    [property: Id(9)] string? Detail,
    [property: Id(10)] CaseFigures? Figures = null,
    [property: Id(11)] bool CountsAsBefore = false);
