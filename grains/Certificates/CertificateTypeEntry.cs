namespace Hub.Certificates;

/// <summary>A certificate type as written in the certificate type file, before validation; every field may be missing.</summary>
internal sealed class CertificateTypeEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Department { get; set; }

    public int? ValidityYears { get; set; }

    public string? Source { get; set; }
}
