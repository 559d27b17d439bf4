namespace Hub.Catalogue;

/// <summary>A material as written in the catalogue file, before validation.</summary>
internal sealed class MaterialEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public bool? Required { get; set; }

    public bool? OriginalToPost { get; set; }

    public List<string?>? CertificateTypes { get; set; }
}
