using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>
/// One entry of a holder's log (DESIGN §4, §6): a certificate used instead of paper, verified, or the log itself read —
/// who (a window or a department line), at which node, when, for which case and matter, for what purpose, under which
/// consent.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateUse")]
public sealed record CertificateUse(
    [property: Id(0)] CertificateUseKind Kind,
    [property: Id(1)] string? CertificateId,
    [property: Id(2)] string Actor,
    [property: Id(3)] DivisionCode? Node,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] CaseId? CaseId,
    [property: Id(6)] string? MatterCode,
    [property: Id(7)] string? Purpose,
    [property: Id(8)] string? Consent);

/// <summary>What a holder's log entry records.</summary>
public enum CertificateUseKind
{
    /// <summary>A certificate was verified (<c>GET /api/certificates/{id}</c>).</summary>
    Verification = 1,

    /// <summary>A certificate stood in for a paper material of a case (免提交), under the holder's consent.</summary>
    Use = 2,

    /// <summary>The holder read their own certificates and log.</summary>
    Lookup = 3,
}
