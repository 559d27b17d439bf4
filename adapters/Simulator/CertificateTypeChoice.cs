namespace Hub.Simulator;

/// <summary>
/// Which e-certificate type a department line's approval of a matter issues. The matter catalogue names no outcome of a
/// matter, only the types that satisfy its materials, so the choice is: the type the line issues that a material of
/// the matter names (the approval renews or changes that certificate: a 企业变更登记 yields a new 营业执照), or else
/// the line's first type in the catalogue's order. Immutable and safe to share between threads.
/// </summary>
public sealed class CertificateTypeChoice
{
    private readonly Dictionary<string, IssuableCertificateType[]> byDepartment;
    private readonly Dictionary<string, HashSet<string>> namedByMatter;

    /// <param name="types">Every type, in the catalogue's order.</param>
    /// <param name="materialTypes">For each matter, the types its materials name.</param>
    public CertificateTypeChoice(IEnumerable<IssuableCertificateType> types, IEnumerable<(string Matter, string Type)> materialTypes)
    {
        byDepartment = types.GroupBy(t => t.Department, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        namedByMatter = materialTypes.GroupBy(l => l.Matter, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.Type).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Whether any line issues any type.</summary>
    public bool IsEmpty => byDepartment.Count == 0;

    /// <summary>The type <paramref name="department"/> issues on approving <paramref name="matterCode"/>; null when the line issues none.</summary>
    public IssuableCertificateType? For(string? department, string? matterCode)
    {
        if (department is null || !byDepartment.TryGetValue(department, out var issued))
        {
            return null;
        }

        return matterCode is not null && namedByMatter.TryGetValue(matterCode, out var named) && issued.FirstOrDefault(t => named.Contains(t.Code)) is { } renewed
            ? renewed
            : issued[0];
    }
}
