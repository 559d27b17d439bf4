namespace Hub.Cases;

/// <summary>
/// One material handed in with a case: the catalogue's material code and a reference to the stored file or paper
/// original, or the e-certificate that stands in for it (免提交), with what the hub verified of it at submission.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.Material")]
public sealed record Material(
    [property: Id(0)] string Code,
    [property: Id(1)] string Reference,
    [property: Id(2)] string? Certificate = null,
    [property: Id(3)] Certificates.CertificateEvidence? Evidence = null);
