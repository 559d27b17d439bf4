namespace Hub.Catalogue;

/// <summary>The department lines (部门条线) a matter can belong to, by slug; each is reached through its own Kafka topics.</summary>
public static class Departments
{
    /// <summary>The slugs: public-security, civil-affairs, human-resources, medical-insurance, natural-resources,
    /// housing, market-regulation, tax, health, transport, education.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        "public-security", "civil-affairs", "human-resources", "medical-insurance", "natural-resources",
        "housing", "market-regulation", "tax", "health", "transport", "education",
    ];

    /// <summary>Whether <paramref name="slug"/> names a department line (exact, lower case).</summary>
    public static bool IsKnown(string? slug) => slug is not null && All.Contains(slug, StringComparer.Ordinal);
}
