namespace Hub.LoadTests.Load;

/// <summary>
/// How the played departments answer: after how long (milliseconds, uniformly between the bounds) they accept a task
/// and then decide it, and in what mix. A resubmission after a supplement, and every task of a joint case, is approved.
/// <see cref="CertificatePercent"/> of approvals issue an e-certificate: 70 as the department simulator's default, since
/// 41 of the catalogue's 59 matters end in a licence, a certificate or a 证明.
/// </summary>
internal sealed record DepartmentBehaviour(
    int AcceptMinMs = 20,
    int AcceptMaxMs = 120,
    int DecideMinMs = 50,
    int DecideMaxMs = 300,
    int ApprovePercent = 88,
    int RejectPercent = 8,
    int CertificatePercent = 70);
