using Hub.Certificates;
using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// Reads the e-certificates an approval issues (<c>approved.certificates</c>): each is checked as a
/// <c>certificate_issued</c> event's body is (<see cref="CertificateIssuedMapper"/>), is listed once and replaces
/// nothing, and is issued by the approving department line for the case, under the event id
/// <c>&lt;event_id&gt;/certificates/&lt;index&gt;</c> (its index in the list, from 0). What is wrong comes as
/// <c>code: detail</c>, the detail naming the certificate by its index and id.
/// </summary>
internal static class ApprovedCertificatesMapper
{
    /// <summary>The event id of the issue of the certificate at <paramref name="index"/> of an approval's list.</summary>
    public static string IssueEventId(string approvalEventId, int index) => $"{approvalEventId}/certificates/{index}";

    public static string? Problem(Wire.DepartmentEvent wire, CaseId caseId, out CertificateToIssue[] certificates)
    {
        certificates = [];
        var listed = wire.Approved?.Certificates ?? [];
        var issued = new List<CertificateToIssue>(listed.Count);
        for (var index = 0; index < listed.Count; index++)
        {
            var body = listed[index];
            var where = $"approved.certificates[{index}]";
            if (string.IsNullOrWhiteSpace(body.CertificateId))
            {
                return $"{DeadLetterCodes.MissingCertificateId}: {where}.certificate_id is empty";
            }

            if (!CertificateId.TryParse(body.CertificateId, out var id, out var idError))
            {
                // Printed to name it, unless it is no certificate id at all: it may then be a personal identifier put here by mistake.
                var text = body.CertificateId.Trim();
                var named = text.StartsWith(CertificateId.Root + ".", StringComparison.Ordinal) ? text : PersonalData.Mask(text);
                return $"{DeadLetterCodes.InvalidCertificateId}: {where}.certificate_id {named} is not an e-certificate identifier (GB/T 36904): {idError}";
            }

            where = $"{where} ({id})";
            if (issued.Exists(c => c.Id == id))
            {
                return $"{DeadLetterCodes.InvalidBody}: {where} is listed twice; an approval issues each certificate once";
            }

            if (!string.IsNullOrWhiteSpace(body.Replaces) || body.ReplacedHow != Wire.CertificateReplacement.Unspecified)
            {
                return $"{DeadLetterCodes.InvalidBody}: {where} names a certificate it replaces; send a renewal or change as its own certificate_issued event";
            }

            if (CertificateIssuedMapper.Problem(body, id, out var metadata, out _, out _) is { } problem)
            {
                return Naming(problem, where);
            }

            var issue = new CertificateChange(
                IssueEventId(wire.EventId!, index), CertificateOperation.Issue, wire.Department!,
                string.IsNullOrWhiteSpace(wire.Officer) ? null : wire.Officer, WireTime.FromUnixMs(wire.OccurredAt), null);
            issued.Add(new CertificateToIssue(id, new CertificateIssue(metadata!, issue, caseId, null, null)));
        }

        certificates = [.. issued];
        return null;
    }

    // "code: detail" becomes "code: where: detail".
    private static string Naming(string problem, string where)
    {
        var split = problem.IndexOf(": ", StringComparison.Ordinal);
        return $"{problem[..split]}: {where}: {problem[(split + 2)..]}";
    }
}
