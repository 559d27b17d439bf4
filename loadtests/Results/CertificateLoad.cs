namespace Hub.LoadTests.Results;

/// <summary>
/// The certificates in the case load: the departments issue one with <see cref="IssuePercent"/> of approvals, and
/// <see cref="ReusePercent"/> of submissions try to hand one in instead of a paper material. All counts are over the
/// whole run (warm-up included) but the memory phase, which reuses none.
/// </summary>
/// <param name="Source">How the benchmark learned the issued certificates.</param>
/// <param name="Issued">Certificates whose <c>certificate_issued</c> event the broker acknowledged.</param>
/// <param name="Reusable">Of those, certificates whose case was delivered and that some offer of the plan may use.</param>
/// <param name="NotReusable">Certificates whose case was delivered but that no offer for the holder's home names.</param>
/// <param name="ReuseWanted">Submissions drawn for reuse.</param>
/// <param name="NoneReady">Of those, submissions made without a certificate because none was ready yet.</param>
/// <param name="ReuseSubmitted">Submissions that named a certificate.</param>
/// <param name="Reused">Of those, accepted (201).</param>
/// <param name="ReuseRefused">Of those, refused (4xx); <see cref="RefusalSample"/> holds the hub's reasons.</param>
public sealed record CertificateLoad(
    int IssuePercent,
    int ReusePercent,
    string Source,
    long Issued,
    long Reusable,
    long NotReusable,
    long ReuseWanted,
    long NoneReady,
    long ReuseSubmitted,
    long Reused,
    long ReuseRefused,
    IReadOnlyList<string> RefusalSample);
