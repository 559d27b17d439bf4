namespace Hub.Certificates;

/// <summary>
/// One e-certificate (电子证照), keyed by its identifier (GB/T 36904): its metadata, its state and the history of the
/// operations that moved it, the certificate it replaces and the one that replaced it. Each operation is applied once
/// by its event id; one that does not fit the state throws <see cref="CertificateRuleException"/> and changes nothing.
/// Every change goes to <c>hub.certificate-events</c> through the grain's outbox.
/// </summary>
[Alias("hub.ICertificateGrain")]
public interface ICertificateGrain : Messages.IOutboxGrain
{
    /// <summary>Issues the certificate; the same issue again (same event id) changes nothing. A renewal or change also marks the one it replaces.</summary>
    [Alias("Issue")]
    Task<CertificateView> Issue(CertificateIssue issue);

    /// <summary>Suspends, restores, revokes, cancels, withdraws or transfers out the certificate.</summary>
    [Alias("Apply")]
    Task<CertificateView> Apply(CertificateChange change);

    /// <summary>Marks the certificate replaced by <paramref name="replacement"/> (a renewal or a change): it stops being valid.</summary>
    [Alias("Replace")]
    Task<CertificateView> Replace(string replacement, CertificateChange change);

    /// <summary>Records that a case used the certificate instead of paper, so that the case hears if it stops being valid.</summary>
    [Alias("UsedBy")]
    Task UsedBy(Identifiers.CaseId caseId);

    /// <summary>The certificate as it stands today, for <paramref name="verifier"/>: the verification is written to the holder's log.</summary>
    [Alias("Verify")]
    Task<CertificateView> Verify(CertificateVerifier verifier);

    /// <summary>
    /// Records the expiry of a certificate whose valid-to date has passed (China's calendar date), so that the feed
    /// announces it; true when this call recorded it, false when it has not expired or was recorded before.
    /// </summary>
    [Alias("Expire")]
    Task<bool> Expire();

    /// <summary>The certificate as it stands today; throws <see cref="CertificateRuleException"/> (certificate-not-found) when none was issued.</summary>
    [Alias("GetView")]
    Task<CertificateView> GetView();
}
