using System.Text.Json;
using Hub.Catalogue;

namespace Hub.Certificates;

/// <summary>Reads the certificate type file entry by entry, so that any error names the entry and field at fault.</summary>
internal static class CertificateTypeReader
{
    /// <summary>Reads and validates the defining authorities, then the types.</summary>
    public static (List<CertificateAuthority> Authorities, List<CertificateType> Types) Read(string path)
    {
        var file = Path.GetFileName(path);
        var document = ReadDocument(path, file);

        var authorities = new List<CertificateAuthority>();
        var authoritiesByCode = new Dictionary<string, CertificateAuthority>(StringComparer.Ordinal);
        for (var i = 0; i < document.Authorities!.Count; i++)
        {
            var element = document.Authorities[i];
            var entry = CatalogueReader.NameOf(element, "authority", "creditCode", i);
            var authority = CertificateAuthorityValidator.Validate(
                CatalogueReader.Deserialize<CertificateAuthorityEntry>(file, entry, element), new EntryErrors(file, entry));
            if (!authoritiesByCode.TryAdd(authority.CreditCode.Value, authority))
            {
                throw new CatalogueException(file, entry, "creditCode", "another authority has the same credit code; list each authority once.");
            }

            authorities.Add(authority);
        }

        var types = new List<CertificateType>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < document.Types!.Count; i++)
        {
            var element = document.Types[i];
            var entry = CatalogueReader.NameOf(element, "certificate type", "code", i);
            var type = CertificateTypeValidator.Validate(
                CatalogueReader.Deserialize<CertificateTypeEntry>(file, entry, element), authoritiesByCode, new EntryErrors(file, entry));
            if (!codes.Add(type.Code))
            {
                throw new CatalogueException(file, entry, "code", "another certificate type has the same code; give each type its own 3 digits.");
            }

            types.Add(type);
        }

        return (authorities, types);
    }

    private static CertificateTypeDocument ReadDocument(string path, string file)
    {
        if (!File.Exists(path))
        {
            throw new CatalogueException(file, $"the file is missing at '{path}'; it ships with Hub.Grains as data/certificate-types.json.");
        }

        CertificateTypeDocument? document;
        try
        {
            using var stream = File.OpenRead(path);
            document = JsonSerializer.Deserialize<CertificateTypeDocument>(stream, CatalogueReader.Options);
        }
        catch (JsonException ex)
        {
            throw new CatalogueException(file, $"is not a valid certificate type file at line {ex.LineNumber + 1} ({ex.Path}): {ex.Message}", ex);
        }

        if (document?.Types is null || document.Authorities is null)
        {
            throw new CatalogueException(file, "the top level must be an object with the lists \"authorities\" and \"types\".");
        }

        return document;
    }
}
