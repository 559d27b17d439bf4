using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// A case the window API has fully checked and routed: the matter exists and is receivable here,
/// the applicant's identifier passed its check, the handling node is resolved and in scope.
/// <see cref="IdempotencyKey"/> is the window's <c>Idempotency-Key</c>, if it sent one: the same submission sent
/// again with it finds the case it made instead of a conflict. <see cref="MatterVersion"/> is the version of the matter
/// the case was submitted under: its terms stay the case's whatever the catalogue later changes.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseSubmission")]
public sealed record CaseSubmission(
    [property: Id(0)] CaseId CaseId,
    [property: Id(1)] string MatterCode,
    [property: Id(2)] string MatterName,
    [property: Id(3)] DivisionCode ReceivingNode,
    [property: Id(4)] DivisionCode HandlingNode,
    [property: Id(5)] DivisionCode ApplicantHome,
    [property: Id(6)] Applicant Applicant,
    [property: Id(7)] HandlingMode Mode,
    [property: Id(8)] DeliveryMethod Delivery,
    [property: Id(9)] IReadOnlyList<Material> Materials,
    [property: Id(10)] IReadOnlyList<CaseTaskPlan> Tasks,
    [property: Id(11)] int CommittedDays,
    [property: Id(12)] int StatutoryDays,
    [property: Id(13)] IReadOnlyList<string> OriginalsToPost,
    [property: Id(14)] string Window,
    [property: Id(15)] DateTimeOffset SubmittedAt,
    [property: Id(16)] string? IdempotencyKey = null,
    [property: Id(17)] Agent? Agent = null,
    [property: Id(18)] int MatterVersion = 1);
