using System.Diagnostics.CodeAnalysis;
using Hub.Cases;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Decodes and checks a department's message so that none reaches a case half-checked; on failure gives the
/// dead-letter reason as <c>code: detail</c>, a <see cref="DeadLetterCodes"/> code and what was wrong in words.
/// An approval's certificates are read by <see cref="ApprovedCertificatesMapper"/>. Also encodes, for the simulator and tests.
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
        return TryDecodeWire(value, typeHeader, out var wire, out reason) && TryMap(wire, topicDepartment, out caseId, out evt, out reason);
    }

    /// <summary>Decodes the bytes of a department's message, a case's event or a certificate's.</summary>
    public static bool TryDecodeWire(
        ReadOnlySpan<byte> value, string? typeHeader, [NotNullWhen(true)] out Wire.DepartmentEvent? wire, [NotNullWhen(false)] out string? reason)
    {
        wire = null;
        if (typeHeader is not null && typeHeader != HubMessageTypes.DepartmentEvent)
        {
            reason = $"{DeadLetterCodes.UnexpectedType}: the {HubHeaders.Type} header says '{typeHeader}', expected '{HubMessageTypes.DepartmentEvent}'";
            return false;
        }

        return WireDecode.TryDecode(value, out wire, out reason);
    }

    /// <summary>Checks a decoded event of a case's task and turns it into the event the case takes.</summary>
    public static bool TryMap(
        Wire.DepartmentEvent wire, string topicDepartment, out CaseId caseId, [NotNullWhen(true)] out DepartmentEvent? evt, [NotNullWhen(false)] out string? reason)
    {
        evt = null;
        Certificates.CertificateToIssue[] certificates = [];
        reason = DepartmentEventCheck.Problem(wire, topicDepartment, out caseId)
            ?? ApprovedCertificatesMapper.Problem(wire, caseId, out certificates);
        if (reason is not null)
        {
            return false;
        }

        evt = ToEvent(wire, certificates);
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
            HandlingNode = evt.Node?.ToString(),
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
                wire.Approved.Certificates.AddRange((evt.IssuedCertificates ?? []).Select(c => CertificateIssuedMapper.ToWire(c.Id, c.Issue)));
                break;
            case DepartmentEventKind.TaskRejected:
                wire.Rejected = new Wire.TaskRejected { Reason = evt.Reason };
                break;
            case DepartmentEventKind.DeadlineExtended:
                wire.DeadlineExtended = new Wire.DeadlineExtended { Reason = evt.Reason, WorkingDays = evt.ExtensionDays };
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(evt), evt.Kind, "Unknown department event kind.");
        }

        return wire;
    }

    private static DepartmentEvent ToEvent(Wire.DepartmentEvent wire, Certificates.CertificateToIssue[] issued)
    {
        var kind = DepartmentEventKind.TaskAccepted;
        string? reason = null;
        string[] materials = [];
        string[] certificates = [];
        var days = 0;
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
        else if (wire.DeadlineExtended is { } extended)
        {
            (kind, reason, days) = (DepartmentEventKind.DeadlineExtended, extended.Reason, extended.WorkingDays);
        }

        var officer = string.IsNullOrWhiteSpace(wire.Officer) ? null : wire.Officer;
        DivisionCode? node = string.IsNullOrEmpty(wire.HandlingNode) ? null : DivisionCode.Parse(wire.HandlingNode);
        return new DepartmentEvent(wire.EventId!, wire.Department!, kind, WireTime.FromUnixMs(wire.OccurredAt), officer, reason, materials, certificates,
            issued.Length == 0 ? null : issued, days, node);
    }
}
