using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>Checks that a matter's scope, alliance and competent level fit together.</summary>
internal static class ScopeChecks
{
    /// <summary>The alliance name to keep on the matter: the known alliance for Alliance scope, else null.</summary>
    public static string? Alliance(
        string? alliance, MatterScope scope, DivisionLevel competentLevel, IReadOnlyDictionary<string, Alliance> alliances, EntryErrors errors)
    {
        var narrowest = scope switch
        {
            MatterScope.County => DivisionLevel.County,
            MatterScope.City or MatterScope.Alliance => DivisionLevel.City,
            _ => DivisionLevel.Province,
        };
        if (competentLevel < narrowest)
        {
            throw errors.At("scope", $"{scope} scope needs competentLevel {narrowest} or finer, so that the handling node lies in one {narrowest.ToString().ToLowerInvariant()}; competentLevel is {competentLevel}.");
        }

        if (scope != MatterScope.Alliance)
        {
            return alliance is null
                ? null
                : throw errors.At("alliance", $"is '{alliance}' but scope is {scope}; remove it or set scope to Alliance.");
        }

        if (string.IsNullOrWhiteSpace(alliance))
        {
            throw errors.At("alliance", "is missing; an Alliance-scoped matter names one of the catalogue's alliances.");
        }

        return alliances.ContainsKey(alliance)
            ? alliance
            : throw errors.At("alliance", $"'{alliance}' is not an alliance of the catalogue; declare it under \"alliances\" or use one of: {string.Join(", ", alliances.Keys)}.");
    }
}
