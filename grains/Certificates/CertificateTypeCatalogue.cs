using System.Diagnostics.CodeAnalysis;
using Hub.Catalogue;

namespace Hub.Certificates;

/// <summary>The e-certificate types (证照类型) the hub knows, who defines them, which department line issues them, and which
/// matter materials each satisfies. Immutable once loaded and safe to share between threads.</summary>
public sealed class CertificateTypeCatalogue
{
    private readonly Dictionary<string, CertificateType> byCode;
    private readonly Dictionary<string, CertificateType[]> byDepartment;
    private readonly HashSet<(string Matter, string Material, string Type)> links;

    private CertificateTypeCatalogue(
        List<CertificateAuthority> authorities, List<CertificateType> types, HashSet<(string, string, string)> links)
    {
        Authorities = authorities.AsReadOnly();
        All = types.AsReadOnly();
        byCode = types.ToDictionary(type => type.Code, StringComparer.Ordinal);
        byDepartment = types.GroupBy(type => type.Department, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        this.links = links;
    }

    /// <summary>Every certificate type, in file order.</summary>
    public IReadOnlyList<CertificateType> All { get; }

    /// <summary>Every defining authority, in file order.</summary>
    public IReadOnlyList<CertificateAuthority> Authorities { get; }

    /// <summary>Loads and validates the types at <paramref name="path"/>, and the certificate types the materials of
    /// <paramref name="matters"/> name.</summary>
    /// <exception cref="CatalogueException">The file is missing, an entry is wrong, or a material names a type that is not in
    /// the file; the message names the file, the entry, the field and what is wrong.</exception>
    public static CertificateTypeCatalogue Load(string path, MatterCatalogue matters)
    {
        var (authorities, types) = CertificateTypeReader.Read(path);
        var links = MaterialLinkChecks.Validate(matters, types.ToDictionary(type => type.Code, StringComparer.Ordinal), Path.GetFileName(path));
        return new CertificateTypeCatalogue(authorities, types, links);
    }

    /// <summary>Loads the types shipped with Hub.Grains, <c>data/certificate-types.json</c> under the application's base directory.</summary>
    public static CertificateTypeCatalogue LoadDefault(MatterCatalogue matters) =>
        Load(Path.Combine(AppContext.BaseDirectory, "data", "certificate-types.json"), matters);

    /// <summary>Finds the type with <paramref name="typeCode"/> (exact, 21 upper-case characters).</summary>
    public bool TryGet(string typeCode, [MaybeNullWhen(false)] out CertificateType type)
    {
        type = null;
        return typeCode is not null && byCode.TryGetValue(typeCode, out type);
    }

    /// <summary>Whether a certificate of <paramref name="typeCode"/> may be handed in for the material
    /// <paramref name="materialCode"/> of the matter <paramref name="matterCode"/>, as the matter catalogue says.</summary>
    public bool Satisfies(string typeCode, string matterCode, string materialCode) =>
        links.Contains((matterCode, materialCode, typeCode));

    /// <summary>The types the department line <paramref name="department"/> issues, in file order; empty for an unknown line.</summary>
    public IReadOnlyList<CertificateType> IssuedBy(string department) =>
        department is not null && byDepartment.TryGetValue(department, out var types) ? types : [];
}
