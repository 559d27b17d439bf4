using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// One window's <c>Idempotency-Key</c> for <c>POST /api/cases</c> (IETF httpapi idempotency-key draft), keyed by
/// <c>&lt;window id&gt;/&lt;key&gt;</c>: the first submission claims a case id under it; the same submission within
/// the key's lifetime gets that case id again, another submission under the same key is refused.
/// </summary>
[Alias("hub.ISubmissionKeyGrain")]
public interface ISubmissionKeyGrain : IGrainWithStringKey
{
    /// <summary>
    /// Claims <paramref name="proposed"/> for a submission with <paramref name="fingerprint"/>, or returns the case id
    /// claimed before for the same fingerprint; null when the key was used for a different submission.
    /// </summary>
    [Alias("Claim")]
    Task<CaseId?> Claim(string fingerprint, CaseId proposed);
}
