using Hub.Identifiers;
using Hub.Kafka.DeadLetters;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>
/// The checks a decoded certificate event (bodies 14 to 20 of <c>DepartmentEvent</c>) must pass before it may reach
/// a certificate: the event id, exactly one body, the certificate id (the reason names the part that is wrong), the
/// case id when one is given, the department and the time. What is wrong comes as <c>code: detail</c> with a
/// <see cref="DeadLetterCodes"/> code, or null when nothing is.
/// </summary>
internal static class CertificateEventCheck
{
    /// <summary>Whether the event carries a certificate body, so it is keyed by and applied to a certificate.</summary>
    public static bool Carries(Wire.DepartmentEvent wire) =>
        wire.CertificateIssued is not null || wire.CertificateSuspended is not null || wire.CertificateRestored is not null
        || wire.CertificateRevoked is not null || wire.CertificateCancelled is not null || wire.CertificateWithdrawn is not null
        || wire.CertificateTransferredOut is not null;

    public static string? Problem(Wire.DepartmentEvent wire, string topicDepartment, out CertificateId id, out CaseId? issuingCase)
    {
        id = default;
        issuingCase = null;
        if ((DepartmentEventCheck.EventIdProblem(wire) ?? DepartmentEventCheck.BodyCountProblem(wire)) is { } problem)
        {
            return problem;
        }

        var (body, text) = Body(wire);
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"{DeadLetterCodes.MissingCertificateId}: {body}.certificate_id is empty";
        }

        if (!CertificateId.TryParse(text, out id, out var idError))
        {
            return $"{DeadLetterCodes.InvalidCertificateId}: {body}.certificate_id is not an e-certificate identifier (GB/T 36904): {idError}";
        }

        if (!string.IsNullOrWhiteSpace(wire.CaseId))
        {
            if (DepartmentEventCheck.CaseIdProblem(wire.CaseId, out var caseId) is { } badCase)
            {
                return badCase;
            }

            issuingCase = caseId;
        }

        return DepartmentEventCheck.EnvelopeProblem(wire, topicDepartment) ?? ReasonProblem(wire, body);
    }

    private static (string Body, string? CertificateId) Body(Wire.DepartmentEvent wire) => wire switch
    {
        { CertificateIssued: { } b } => ("certificate_issued", b.CertificateId),
        { CertificateSuspended: { } b } => ("certificate_suspended", b.CertificateId),
        { CertificateRestored: { } b } => ("certificate_restored", b.CertificateId),
        { CertificateRevoked: { } b } => ("certificate_revoked", b.CertificateId),
        { CertificateCancelled: { } b } => ("certificate_cancelled", b.CertificateId),
        { CertificateWithdrawn: { } b } => ("certificate_withdrawn", b.CertificateId),
        { CertificateTransferredOut: { } b } => ("certificate_transferred_out", b.CertificateId),
        _ => throw new ArgumentException("The event carries no certificate body.", nameof(wire)),
    };

    // A suspension, revocation or cancellation is shown to every verifier with its reason: it may not be left out.
    private static string? ReasonProblem(Wire.DepartmentEvent wire, string body)
    {
        var reason = wire.CertificateSuspended?.Reason ?? wire.CertificateRevoked?.Reason ?? wire.CertificateCancelled?.Reason
            ?? wire.CertificateWithdrawn?.Reason ?? wire.CertificateTransferredOut?.Reason;
        var needsReason = wire.CertificateSuspended is not null || wire.CertificateRevoked is not null || wire.CertificateCancelled is not null
            || wire.CertificateWithdrawn is not null || wire.CertificateTransferredOut is not null;
        return needsReason && string.IsNullOrWhiteSpace(reason) ? $"{DeadLetterCodes.InvalidBody}: {body} must give a reason" : null;
    }
}
