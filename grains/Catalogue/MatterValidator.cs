using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>Checks one matter entry field by field and builds the <see cref="Matter"/>.</summary>
internal static class MatterValidator
{
    /// <summary>The matter, or the first problem found as a <see cref="CatalogueException"/> naming the field.</summary>
    public static Matter Validate(MatterEntry entry, IReadOnlyDictionary<string, Alliance> alliances, EntryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(entry.Code) || entry.Code.Any(char.IsWhiteSpace))
        {
            throw errors.At("code", "is empty or holds spaces; give a stable code such as \"PS-001\".");
        }

        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw errors.At("name", "is empty; give the matter's Chinese name.");
        }

        if (!Departments.IsKnown(entry.Department))
        {
            throw errors.At("department", $"'{entry.Department}' is not a department line; use one of {string.Join(", ", Departments.All)}.");
        }

        var level = Defined(entry.CompetentLevel, "competentLevel", "a level: Province, City, County, Town or Village", errors);
        var scope = Defined(entry.Scope, "scope", "a scope: National, Alliance, Province, City or County", errors);
        var alliance = ScopeChecks.Alliance(entry.Alliance, scope, level, alliances, errors);
        var modes = DistinctDefined(entry.Modes, "modes", "a handling mode: FullyOnline, ProxyReceipt or JointHandling", errors);
        var receivableAt = DistinctDefined(entry.ReceivableAt, "receivableAt", "a level: Province, City, County, Town or Village", errors);

        if (entry.StatutoryDays is not > 0)
        {
            throw errors.At("statutoryDays", "is missing or not positive; give the legal limit in working days.");
        }

        if (entry.CommittedDays is not > 0 || entry.CommittedDays >= entry.StatutoryDays)
        {
            throw errors.At("committedDays", $"is {entry.CommittedDays?.ToString() ?? "missing"}; it must be at least 1 and less than statutoryDays ({entry.StatutoryDays}).");
        }

        if (entry.Fee is < 0)
        {
            throw errors.At("fee", $"is {entry.Fee}; a fee is 0 or more yuan.");
        }

        var materials = MaterialChecks.Validate(entry.Materials, errors);
        var stages = StageChecks.Validate(entry.Stages, entry.Department!, errors);
        var jointTasks = JointTaskChecks.Validate(entry.JointTasks, modes, entry.Department!, stages.Length > 0, errors);
        HelpStationKind[] agentAt = entry.AgentAt is null ? [] : DistinctDefined(entry.AgentAt, "agentAt", "a help station: VillageStation or BankBranch", errors);
        if (agentAt.Length > 0 && !materials.Any(m => m.Code == Matter.PowerOfAttorney))
        {
            throw errors.At("agentAt", $"lists help stations, but the materials have no '{Matter.PowerOfAttorney}' (委托书): an agent submits with the applicant's power of attorney; add it (not required: an applicant in person needs none).");
        }

        return new Matter(
            entry.Code, entry.Name, entry.Department!, level, scope, alliance, modes, receivableAt,
            entry.CommittedDays.Value, entry.StatutoryDays.Value, materials, entry.Fee ?? 0m, stages, agentAt, jointTasks);
    }

    private static T Defined<T>(T? value, string field, string expected, EntryErrors errors)
        where T : struct, Enum =>
        value is { } v && Enum.IsDefined(v) ? v : throw errors.At(field, $"is {(value is null ? "missing" : $"'{value}'")}; it must be {expected}.");

    private static T[] DistinctDefined<T>(List<T>? values, string field, string expected, EntryErrors errors)
        where T : struct, Enum
    {
        if (values is not { Count: > 0 })
        {
            throw errors.At(field, $"is missing or empty; list at least one, each {expected}.");
        }

        for (var i = 0; i < values.Count; i++)
        {
            Defined<T>(values[i], $"{field}[{i}]", expected, errors);
            if (values.IndexOf(values[i]) < i)
            {
                throw errors.At($"{field}[{i}]", $"{values[i]} is listed twice.");
            }
        }

        return [.. values];
    }
}
