using System.Diagnostics.CodeAnalysis;
using Hub.Cases;
using Hub.Identifiers;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Decodes and checks a department's message so that none reaches a case half-checked; on failure gives the
/// dead-letter reason as <c>code: detail</c>. Also encodes, for the simulator and tests.
/// </summary>
internal static class DepartmentEventMapper
{
    public static bool TryDecode(
        ReadOnlySpan<byte> value,
        string? typeHeader,
        string topicDepartment,
        out CaseId caseId,
        [NotNullWhen(true)] out DepartmentEvent? evt,
        [NotNullWhen(false)] out string? reason)
    {
        caseId = default;
        evt = null;
        if (typeHeader is not null && typeHeader != HubMessageTypes.DepartmentEvent)
        {
            reason = $"unexpected-type: the {HubHeaders.Type} header says '{typeHeader}', expected '{HubMessageTypes.DepartmentEvent}'";
            return false;
        }

        if (value.IsEmpty)
        {
            reason = "empty: the message has no value";
            return false;
        }

        Wire.DepartmentEvent wire;
        try
        {
            wire = ProtoCodec.Decode<Wire.DepartmentEvent>(value);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            reason = $"undecodable: not a hub.v1.DepartmentEvent ({ex.Message})";
            return false;
        }

        reason = Check(wire, topicDepartment, out caseId);
        if (reason is not null)
        {
            return false;
        }

        evt = ToEvent(wire);
        return true;
    }

    public static Wire.DepartmentEvent ToWire(CaseId caseId, DepartmentEvent evt)
    {
        var wire = new Wire.DepartmentEvent
        {
            EventId = evt.EventId,
            OccurredAt = WireTime.ToUnixMs(evt.OccurredAt),
            CaseId = caseId.Value,
            Department = evt.Department,
            Officer = evt.Officer,
        };
        switch (evt.Kind)
        {
            case DepartmentEventKind.TaskAccepted:
                wire.Accepted = new Wire.TaskAccepted();
                break;
            case DepartmentEventKind.SupplementRequested:
                wire.SupplementRequested = new Wire.SupplementRequested { Reason = evt.Reason };
                wire.SupplementRequested.Materials.AddRange(evt.RequestedMaterials);
                break;
            case DepartmentEventKind.TaskApproved:
                wire.Approved = new Wire.TaskApproved { Remark = evt.Reason };
                wire.Approved.CertificateIds.AddRange(evt.CertificateIds);
                break;
            case DepartmentEventKind.TaskRejected:
                wire.Rejected = new Wire.TaskRejected { Reason = evt.Reason };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(evt), evt.Kind, "Unknown department event kind.");
        }

        return wire;
    }

    private static string? Check(Wire.DepartmentEvent wire, string topicDepartment, out CaseId caseId)
    {
        caseId = default;
        if (string.IsNullOrWhiteSpace(wire.EventId))
        {
            return "missing-event-id: event_id is empty";
        }

        if (string.IsNullOrWhiteSpace(wire.CaseId))
        {
            return "missing-case-id: case_id is empty";
        }

        if (!CaseId.TryParse(wire.CaseId, out caseId, out var caseIdError))
        {
            // A department may have put a personal identifier here by mistake: never repeat it in full.
            return $"invalid-case-id: {caseIdError.Replace(wire.CaseId, PersonalData.Mask(wire.CaseId), StringComparison.Ordinal)}";
        }

        if (wire.Department != topicDepartment)
        {
            return $"department-mismatch: the event names department '{wire.Department}' but arrived on the topic of '{topicDepartment}'";
        }

        if (wire.OccurredAt <= 0)
        {
            return "missing-occurred-at: occurred_at must be unix milliseconds";
        }

        var bodies = (wire.Accepted is null ? 0 : 1) + (wire.SupplementRequested is null ? 0 : 1)
            + (wire.Approved is null ? 0 : 1) + (wire.Rejected is null ? 0 : 1);
        return bodies switch
        {
            0 => "unknown-body: none of accepted, supplement_requested, approved, rejected is set",
            > 1 => "multiple-bodies: exactly one of accepted, supplement_requested, approved, rejected may be set",
            _ when wire.SupplementRequested is { } s && s.Materials.Count(m => !string.IsNullOrWhiteSpace(m)) == 0
                => "invalid-body: supplement_requested must list the codes of the materials to supplement",
            _ when wire.Rejected is { } r && string.IsNullOrWhiteSpace(r.Reason)
                => "invalid-body: rejected must give a reason",
            _ => null,
        };
    }

    private static DepartmentEvent ToEvent(Wire.DepartmentEvent wire)
    {
        var kind = DepartmentEventKind.TaskAccepted;
        string? reason = null;
        string[] materials = [];
        string[] certificates = [];
        if (wire.SupplementRequested is { } supplement)
        {
            (kind, reason) = (DepartmentEventKind.SupplementRequested, supplement.Reason);
            materials = [.. supplement.Materials.Where(m => !string.IsNullOrWhiteSpace(m))];
        }
        else if (wire.Approved is { } approved)
        {
            (kind, reason) = (DepartmentEventKind.TaskApproved, approved.Remark);
            certificates = [.. approved.CertificateIds.Where(c => !string.IsNullOrWhiteSpace(c))];
        }
        else if (wire.Rejected is { } rejected)
        {
            (kind, reason) = (DepartmentEventKind.TaskRejected, rejected.Reason);
        }

        var officer = string.IsNullOrWhiteSpace(wire.Officer) ? null : wire.Officer;
        return new DepartmentEvent(wire.EventId!, wire.Department!, kind, WireTime.FromUnixMs(wire.OccurredAt), officer, reason, materials, certificates);
    }
}
