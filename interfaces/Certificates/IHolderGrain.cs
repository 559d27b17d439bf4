namespace Hub.Certificates;

/// <summary>
/// One certificate holder (持证主体), keyed by a keyed hash of their ID type and ID — never the ID itself: the
/// certificates they hold and the log of every use and verification of them. The grain keeps the newest entries; each
/// goes to <c>hub.certificate-events</c> through its outbox.
/// </summary>
[Alias("hub.IHolderGrain")]
public interface IHolderGrain : Messages.IOutboxGrain
{
    /// <summary>Adds a certificate issued to the holder; adding it again changes nothing.</summary>
    [Alias("AddCertificate")]
    Task AddCertificate(string certificateId);

    /// <summary>Records a use, a verification or a lookup.</summary>
    [Alias("Record")]
    Task Record(CertificateUse use);

    /// <summary>The holder reads their own certificates and log: records the lookup, then answers with it included.</summary>
    [Alias("Lookup")]
    Task<HolderView> Lookup(CertificateUse lookup);

    /// <summary>The holder's certificates and the newest entries of their log.</summary>
    [Alias("GetView")]
    Task<HolderView> GetView();
}
