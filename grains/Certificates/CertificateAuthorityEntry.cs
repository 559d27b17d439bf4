namespace Hub.Certificates;

/// <summary>A defining authority as written in the certificate type file, before validation.</summary>
internal sealed class CertificateAuthorityEntry
{
    public string? CreditCode { get; set; }

    public string? Name { get; set; }

    public bool? Constructed { get; set; }

    public string? Source { get; set; }
}
