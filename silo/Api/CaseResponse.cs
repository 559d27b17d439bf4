using Hub.Cases;
using Hub.Identifiers;
using Hub.Registry;

namespace Hub.Api;

/// <summary>
/// A case as a window reads it: with its supervision cards (open and cleared) and any rectification of a bad rating, and
/// the query code (查询码) the receipt prints, with which the applicant follows the case on <c>/progress</c>.
/// </summary>
public sealed record CaseResponse(
    string CaseId,
    CaseStatus Status,
    MatterRef Matter,
    NodeRef ReceivingNode,
    NodeRef HandlingNode,
    HandlingMode Mode,
    DeliveryMethod Delivery,
    ApplicantRef Applicant,
    DateTimeOffset SubmittedAt,
    Deadlines Deadlines,
    IReadOnlyList<CaseTaskResponse> Tasks,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<string> Certificates,
    int? Rating,
    long Version,
    IReadOnlyList<SupervisionCardView> Cards,
    RectificationView? Rectification,
    string QueryCode,
    OriginalsView Originals,
    IReadOnlyList<ShipmentView> Shipments,
    Agent? Agent)
{
    public static CaseResponse From(CaseView view, NodeRegistry registry, QueryCodes codes) => new(
        view.CaseId.Value, view.Status, new MatterRef(view.MatterCode, view.MatterName, view.MatterVersion),
        NodeRef.From(view.ReceivingNode, registry), NodeRef.From(view.HandlingNode, registry),
        view.Mode, view.Delivery, new ApplicantRef(view.ApplicantMasked, view.ApplicantName), view.SubmittedAt,
        new Deadlines(view.CommittedDeadline, view.StatutoryDeadline, view.DeadlinesProvisional),
        view.Tasks.Select(t => CaseTaskResponse.From(t, registry)).ToArray(), view.Timeline, view.Certificates,
        view.Rating, view.Version, view.Cards ?? [], view.Rectification, codes.For(view.CaseId),
        new OriginalsView(view.OriginalsToPost ?? [], view.AwaitsOriginals), view.Shipments ?? [], view.Agent);
}

/// <summary>
/// The originals the matter requires inspected (their material codes), to be posted to the handling node, and whether the
/// case still waits for them: not yet posted, or posted and not yet delivered by the courier.
/// </summary>
public sealed record OriginalsView(IReadOnlyList<string> ToPost, bool Awaited);

/// <summary>
/// One department task: its stage, where it stands, what was asked or decided, and the node whose department does it (the
/// case's handling node, or for 多地联办 the node of the region the task is at), with the task's name when the catalogue gives one.
/// </summary>
public sealed record CaseTaskResponse(
    string Department, int Stage, CaseTaskStatus Status, IReadOnlyList<string> RequestedMaterials, string? Decision, NodeRef Node, string? Name)
{
    public static CaseTaskResponse From(CaseTaskView task, NodeRegistry registry) =>
        new(task.Department, task.Stage, task.Status, task.RequestedMaterials, task.Decision, NodeRef.From(task.Node, registry), task.Name);
}

/// <summary>A matter by code and name.</summary>
public sealed record MatterRef(string Code, string Name, int Version);

/// <summary>A node by code and full name.</summary>
public sealed record NodeRef(string Code, string Name, DivisionLevel Level)
{
    public static NodeRef From(DivisionCode code, NodeRegistry registry) => new(code.ToString(), registry.FullNameOf(code), code.Level);
}

/// <summary>The applicant, with the identifier masked.</summary>
public sealed record ApplicantRef(string Id, string Name);

/// <summary>
/// The committed (承诺) and statutory (法定) deadlines; <see cref="Provisional"/> while a year they are counted through has
/// no holiday notice loaded (weekends alone were skipped there): the case recomputes them once the notice is loaded.
/// </summary>
public sealed record Deadlines(DateOnly Committed, DateOnly Statutory, bool Provisional);
