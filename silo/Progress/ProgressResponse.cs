using Hub.Cases;
using Hub.Catalogue;
using Hub.Registry;

namespace Hub.Progress;

/// <summary>
/// A case on the public progress page (办件进度查询), in Chinese: its matter, the nodes that took and handle it, its
/// status, deadlines and the steps an applicant follows, and what a supplement waits for. Nothing about the applicant.
/// </summary>
public sealed record ProgressResponse(
    string CaseId,
    string Matter,
    string ReceivingNode,
    string HandlingNode,
    CaseStatus Status,
    string StatusText,
    DateTimeOffset SubmittedAt,
    DateOnly CommittedDeadline,
    DateOnly StatutoryDeadline,
    IReadOnlyList<ProgressStepResponse> Steps,
    IReadOnlyList<string> AwaitedMaterials)
{
    // The steps an applicant follows, in their words; the hub's own supervision (reminders, cards, rectification) and
    // bookkeeping are not theirs to see.
    private static readonly Dictionary<string, string> StepTexts = new(StringComparer.Ordinal)
    {
        ["submitted"] = "窗口已受理",
        ["forwarded"] = "已转办理地",
        ["dispatched"] = "已分送审批部门",
        ["accepted"] = "审批部门已受理",
        ["deemed-accepted"] = "视为已受理",
        ["supplement-requested"] = "需补正材料",
        ["supplemented"] = "已补正材料",
        ["originals-to-post"] = "原件待寄送",
        ["originals-posted"] = "原件已寄出",
        ["originals-picked-up"] = "原件已揽收",
        ["originals-arrived"] = "原件已送达办理地",
        ["result-picked-up"] = "结果已揽收",
        ["result-in-transit"] = "结果运输中",
        ["result-delivered"] = "结果已投递",
        ["result-signed-for"] = "结果已签收",
        ["deadline-extended"] = "办理时限依法延长",
        ["task-approved"] = "审批部门审批通过",
        ["certificate-issued"] = "电子证照已签发",
        ["approved"] = "审批通过",
        ["rejected"] = "未予批准",
        ["delivered"] = "办理结果已送达",
        ["rated"] = "已评价",
        ["re-rated"] = "已重新评价",
        ["withdrawn"] = "已撤回",
    };

    private static readonly Dictionary<CaseStatus, string> StatusTexts = new()
    {
        [CaseStatus.Received] = "已受理",
        [CaseStatus.Forwarded] = "已转办理地",
        [CaseStatus.Accepted] = "审批中",
        [CaseStatus.SupplementRequested] = "待补正材料",
        [CaseStatus.Approved] = "审批通过",
        [CaseStatus.Rejected] = "未予批准",
        [CaseStatus.Delivered] = "已送达",
        [CaseStatus.Closed] = "已办结",
        [CaseStatus.Withdrawn] = "已撤回",
    };

    public static ProgressResponse From(CaseProgress p, NodeRegistry registry, MatterCatalogue catalogue)
    {
        var names = catalogue.TryGetLatest(p.MatterCode, out var matter)
            ? matter.Materials.ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal)
            : [];
        var status = p.Status == CaseStatus.Approved && p.Delivery == DeliveryMethod.Window ? "审批通过，请到受理窗口领取结果" : StatusTexts[p.Status];
        return new(
            p.CaseId.Value, p.MatterName, registry.FullNameOf(p.ReceivingNode), registry.FullNameOf(p.HandlingNode),
            p.Status, status, p.SubmittedAt, p.CommittedDeadline, p.StatutoryDeadline,
            [.. p.Steps.Where(s => StepTexts.ContainsKey(s.Action)).Select(s => new ProgressStepResponse(s.At, s.Action, StepTexts[s.Action]))],
            [.. p.AwaitedMaterials.Select(code => names.GetValueOrDefault(code, code))]);
    }
}

/// <summary>One step: when, its code (a timeline action) and its words.</summary>
public sealed record ProgressStepResponse(DateTimeOffset At, string Step, string Text);
