using Hub.Catalogue;
using Hub.Identifiers;

namespace Hub.Certificates;

/// <summary>Checks one certificate type entry field by field and builds the <see cref="CertificateType"/>.</summary>
internal static class CertificateTypeValidator
{
    private const string Example = "e.g. \"11100000000013338W001\"";

    /// <summary>The type, or the first problem found as a <see cref="CatalogueException"/> naming the field.</summary>
    public static CertificateType Validate(
        CertificateTypeEntry entry, IReadOnlyDictionary<string, CertificateAuthority> authorities, EntryErrors errors)
    {
        var authority = Authority(entry.Code, authorities, errors);
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw errors.At("name", "is empty; give the certificate's Chinese name, as printed on it.");
        }

        if (!Departments.IsKnown(entry.Department))
        {
            throw errors.At("department", $"'{entry.Department}' is not a department line; use one of {string.Join(", ", Departments.All)}.");
        }

        if (entry.ValidityYears is <= 0)
        {
            throw errors.At("validityYears", $"is {entry.ValidityYears}; give a positive whole number of years, or null when the certificate does not expire.");
        }

        var source = string.IsNullOrWhiteSpace(entry.Source) ? null : entry.Source;
        return new CertificateType(entry.Code!, entry.Name, authority, entry.Department!, entry.ValidityYears, source);
    }

    private static CertificateAuthority Authority(string? code, IReadOnlyDictionary<string, CertificateAuthority> authorities, EntryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw errors.At("code", $"is empty; give the 21-character type code: the defining authority's credit code and 3 digits, {Example}.");
        }

        if (code.Length != 21)
        {
            throw errors.At("code", $"'{code}' has {code.Length} characters; a type code has 21: the defining authority's 18-character credit code and 3 digits, {Example}.");
        }

        if (code.AsSpan(18).ContainsAnyExceptInRange('0', '9'))
        {
            throw errors.At("code", $"'{code}' ends in '{code[18..]}'; the last 3 characters are digits numbering the type within its authority, {Example}.");
        }

        var prefix = code[..18];
        if (!CreditCode.TryParse(prefix, out var credit, out var error))
        {
            throw errors.At("code", $"its first 18 characters '{prefix}' are not the defining authority's credit code: {error}");
        }

        if (credit.Value != prefix)
        {
            throw errors.At("code", $"write it in upper case: {credit.Value}{code[18..]}.");
        }

        return authorities.TryGetValue(prefix, out var authority)
            ? authority
            : throw errors.At("code", $"its authority {prefix} is not under \"authorities\"; declare it there with its name, or fix the code.");
    }
}
