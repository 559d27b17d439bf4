using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// A case as its windows see it: status, parties, deadlines (provisional while a year they are counted through has no
/// holiday notice loaded), tasks, timeline and supervision cards. Personal identifiers are masked.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CaseView")]
public sealed record CaseView(
    [property: Id(0)] CaseId CaseId,
    [property: Id(1)] CaseStatus Status,
    [property: Id(2)] string MatterCode,
    [property: Id(3)] string MatterName,
    [property: Id(4)] DivisionCode ReceivingNode,
    [property: Id(5)] DivisionCode HandlingNode,
    [property: Id(6)] HandlingMode Mode,
    [property: Id(7)] DeliveryMethod Delivery,
    [property: Id(8)] string ApplicantMasked,
    [property: Id(9)] string ApplicantName,
    [property: Id(10)] DateTimeOffset SubmittedAt,
    [property: Id(11)] DateOnly CommittedDeadline,
    [property: Id(12)] DateOnly StatutoryDeadline,
    [property: Id(13)] IReadOnlyList<CaseTaskView> Tasks,
    [property: Id(14)] IReadOnlyList<TimelineEntry> Timeline,
    [property: Id(15)] IReadOnlyList<string> Certificates,
    [property: Id(16)] int? Rating,
    [property: Id(17)] long Version,
    [property: Id(20)] IReadOnlyList<SupervisionCardView>? Cards = null,
    [property: Id(21)] RectificationView? Rectification = null,
    [property: Id(18)] bool DeadlinesProvisional = false,
    [property: Id(22)] IReadOnlyList<ShipmentView>? Shipments = null,
    [property: Id(23)] bool AwaitsOriginals = false,
    [property: Id(24)] IReadOnlyList<string>? OriginalsToPost = null,
    [property: Id(25)] Agent? Agent = null,
    [property: Id(26)] int MatterVersion = 1);
