using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// A case as anyone with its id and query code may see it on the progress page (办件进度查询): its matter, nodes, status,
/// deadlines and steps, and the materials a supplement waits for — nothing about the applicant, no officer, no remark.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseProgress")]
public sealed record CaseProgress(
    [property: Id(0)] CaseId CaseId,
    [property: Id(1)] CaseStatus Status,
    [property: Id(2)] string MatterCode,
    [property: Id(3)] string MatterName,
    [property: Id(4)] DivisionCode ReceivingNode,
    [property: Id(5)] DivisionCode HandlingNode,
    [property: Id(6)] DateTimeOffset SubmittedAt,
    [property: Id(7)] DateOnly CommittedDeadline,
    [property: Id(8)] DateOnly StatutoryDeadline,
    [property: Id(9)] IReadOnlyList<ProgressStep> Steps,
    [property: Id(10)] IReadOnlyList<string> AwaitedMaterials,
    [property: Id(11)] DeliveryMethod Delivery);

/// <summary>One step of a case: when, what (a timeline action, e.g. <c>accepted</c>) and the status it left the case in.</summary>
[GenerateSerializer, Immutable, Alias("hub.ProgressStep")]
public sealed record ProgressStep([property: Id(0)] DateTimeOffset At, [property: Id(1)] string Action, [property: Id(2)] CaseStatus Status);
