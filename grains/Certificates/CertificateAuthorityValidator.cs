using Hub.Catalogue;
using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>Checks one defining authority entry and builds the <see cref="CertificateAuthority"/>.</summary>
internal static class CertificateAuthorityValidator
{
    /// <summary>The authority, or the first problem found as a <see cref="CatalogueException"/> naming the field.</summary>
    public static CertificateAuthority Validate(CertificateAuthorityEntry entry, EntryErrors errors)
    {
        if (!CreditCode.TryParse(entry.CreditCode, out var code, out var error))
        {
            throw errors.At("creditCode", $"'{entry.CreditCode}' is not a unified social credit code: {error}");
        }

        if (code.Value != entry.CreditCode)
        {
            throw errors.At("creditCode", $"write it as {code.Value}: 18 upper-case characters, no spaces.");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw errors.At("name", "is empty; give the authority's Chinese name.");
        }

        if (entry.Constructed is not { } constructed)
        {
            throw errors.At("constructed", "is missing; write false for a code stated in a public source (name it under source), true for one made up for this file.");
        }

        if (!constructed && string.IsNullOrWhiteSpace(entry.Source))
        {
            throw errors.At("source", "is empty; name where the credit code is stated, or set constructed to true.");
        }

        return new CertificateAuthority(code, entry.Name, constructed, string.IsNullOrWhiteSpace(entry.Source) ? null : entry.Source);
    }
}
