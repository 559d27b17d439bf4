using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// The checks a decoded department event must pass before it may reach a case: what is wrong with it as a
/// dead-letter reason, <c>code: detail</c> with a <see cref="DeadLetterCodes"/> code, or null when nothing is.
/// The checks every event passes, a case's or a certificate's, are shared with <see cref="CertificateEventCheck"/>.
/// </summary>
internal static class DepartmentEventCheck
{
    private const string Bodies = "accepted, supplement_requested, approved, rejected, certificate_issued, "
        + "certificate_suspended, certificate_restored, certificate_revoked, certificate_cancelled, certificate_withdrawn, "
        + "certificate_transferred_out, deadline_extended";

    public static string? Problem(Wire.DepartmentEvent wire, string topicDepartment, out CaseId caseId)
    {
        caseId = default;
        if (EventIdProblem(wire) is { } noEventId)
        {
            return noEventId;
        }

        if (string.IsNullOrWhiteSpace(wire.CaseId))
        {
            return $"{DeadLetterCodes.MissingCaseId}: case_id is empty";
        }

        return CaseIdProblem(wire.CaseId, out caseId) ?? EnvelopeProblem(wire, topicDepartment) ?? BodyProblem(wire);
    }

    public static string? EventIdProblem(Wire.DepartmentEvent wire) =>
        string.IsNullOrWhiteSpace(wire.EventId) ? $"{DeadLetterCodes.MissingEventId}: event_id is empty" : null;

    public static string? CaseIdProblem(string text, out CaseId caseId) =>
        CaseId.TryParse(text, out caseId, out var caseIdError)
            ? null
            // A department may have put a personal identifier here by mistake: never repeat it in full.
            : $"{DeadLetterCodes.InvalidCaseId}: {caseIdError.Replace(text, PersonalData.Mask(text), StringComparison.Ordinal)}";

    /// <summary>The department and the time, which every event carries.</summary>
    public static string? EnvelopeProblem(Wire.DepartmentEvent wire, string topicDepartment)
    {
        if (wire.Department != topicDepartment)
        {
            return $"{DeadLetterCodes.DepartmentMismatch}: the event names department '{wire.Department}' but arrived on the topic of '{topicDepartment}'";
        }

        if (wire.OccurredAt <= 0)
        {
            return $"{DeadLetterCodes.MissingOccurredAt}: occurred_at is {wire.OccurredAt}; it must be the time of the event in unix milliseconds";
        }

        if (!string.IsNullOrEmpty(wire.HandlingNode) && !DivisionCode.TryParse(wire.HandlingNode, out _, out var nodeError))
        {
            return $"{DeadLetterCodes.InvalidBody}: handling_node '{wire.HandlingNode}' is no division code ({nodeError}); give the handling_node of the task's DispatchTask, or leave it empty";
        }

        return null;
    }

    /// <summary>Exactly one body, of any kind, must be set.</summary>
    public static string? BodyCountProblem(Wire.DepartmentEvent wire)
    {
        var set = new (string Name, object? Body)[]
        {
            ("accepted", wire.Accepted), ("supplement_requested", wire.SupplementRequested), ("approved", wire.Approved), ("rejected", wire.Rejected),
            ("certificate_issued", wire.CertificateIssued), ("certificate_suspended", wire.CertificateSuspended),
            ("certificate_restored", wire.CertificateRestored), ("certificate_revoked", wire.CertificateRevoked),
            ("certificate_cancelled", wire.CertificateCancelled), ("certificate_withdrawn", wire.CertificateWithdrawn),
            ("certificate_transferred_out", wire.CertificateTransferredOut), ("deadline_extended", wire.DeadlineExtended),
        }.Where(b => b.Body is not null).Select(b => b.Name).ToArray();
        return set.Length switch
        {
            0 => $"{DeadLetterCodes.UnknownBody}: none of {Bodies} is set",
            > 1 => $"{DeadLetterCodes.MultipleBodies}: {string.Join(" and ", set)} are set; exactly one of {Bodies} may be",
            _ => null,
        };
    }

    private static string? BodyProblem(Wire.DepartmentEvent wire) => BodyCountProblem(wire) ?? wire switch
    {
        { SupplementRequested: { } s } when s.Materials.All(string.IsNullOrWhiteSpace)
            => $"{DeadLetterCodes.InvalidBody}: supplement_requested must list the codes of the materials to supplement",
        { Rejected: { } r } when string.IsNullOrWhiteSpace(r.Reason)
            => $"{DeadLetterCodes.InvalidBody}: rejected must give a reason",
        { DeadlineExtended: { } d } when string.IsNullOrWhiteSpace(d.Reason)
            => $"{DeadLetterCodes.InvalidBody}: deadline_extended must give a reason",
        { DeadlineExtended: { } d } when d.WorkingDays < 1
            => $"{DeadLetterCodes.InvalidBody}: deadline_extended.working_days is {d.WorkingDays}; it must be the number of working days the limit is extended by, at least 1",
        _ when CertificateEventCheck.Carries(wire)
            => $"{DeadLetterCodes.InvalidBody}: a certificate event is applied to its certificate, not to a case",
        _ => null,
    };
}
