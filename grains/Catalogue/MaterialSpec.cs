namespace Hub.Catalogue;

/// <summary>One material a matter asks for.</summary>
/// <param name="Code">Stable code, unique within the matter, e.g. <c>id-card</c>.</param>
/// <param name="Name">Chinese name, e.g. 居民身份证.</param>
/// <param name="Required">Whether a case cannot be submitted without it.</param>
/// <param name="OriginalToPost">Whether the original must be posted to the handling node for inspection.</param>
/// <param name="CertificateTypes">The codes of the e-certificate types that satisfy it (see <see cref="Certificates.CertificateTypeCatalogue"/>); empty when none does.</param>
public sealed record MaterialSpec(string Code, string Name, bool Required, bool OriginalToPost, IReadOnlyList<string> CertificateTypes);
