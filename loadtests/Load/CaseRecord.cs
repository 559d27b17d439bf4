namespace Hub.LoadTests.Load;

/// <summary>
/// What the benchmark knows of one case: when a window scheduled it, what it submitted, and what the status feed has
/// shown of it. Created by whichever comes first: the window's 201 or the feed's first status.
/// </summary>
internal sealed class CaseRecord(string caseId)
{
    public string CaseId { get; } = caseId;

    /// <summary>Set once the window's submit answered 201.</summary>
    public CaseOffer? Offer { get; set; }
    public long ScheduledAt { get; set; }

    /// <summary>When a department last published a decision (approve or reject) for this case.</summary>
    public long LastDecisionAt { get; set; }

    /// <summary>The material a department asked to be supplemented, once it did.</summary>
    public string? RequestedMaterial { get; set; }

    /// <summary>Certificates issued for this case that wait for it to be delivered before they may be reused.</summary>
    public List<IssuedCertificate>? Certificates { get; set; }

    /// <summary>Feed sequences seen (bit n for sequence n, up to 63).</summary>
    public ulong SeenSequences { get; set; }
    public int DecidedSequence { get; set; }
    public int DeliveredSequence { get; set; }
}
