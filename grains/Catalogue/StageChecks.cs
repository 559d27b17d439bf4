namespace Hub.Catalogue;

/// <summary>Checks the stages of a 一件事 bundle: one application fanned out into several departments' tasks, stage by stage, in any mode.</summary>
internal static class StageChecks
{
    /// <summary>The stages (empty when none are given), or the first problem found naming <c>stages[i][j]</c>.</summary>
    public static IReadOnlyList<string>[] Validate(List<List<string?>?>? stages, string department, EntryErrors errors)
    {
        if (stages is not { Count: > 0 })
        {
            return [];
        }

        var result = new IReadOnlyList<string>[stages.Count];
        var leadTakesPart = false;
        for (var i = 0; i < stages.Count; i++)
        {
            if (stages[i] is not { Count: > 0 } stage)
            {
                throw errors.At($"stages[{i}]", "is empty; a stage lists the departments whose tasks run in parallel.");
            }

            var departments = new string[stage.Count];
            for (var j = 0; j < stage.Count; j++)
            {
                var slug = stage[j];
                if (!Departments.IsKnown(slug))
                {
                    throw errors.At($"stages[{i}][{j}]", $"'{slug}' is not a department line; use one of {string.Join(", ", Departments.All)}.");
                }

                if (Array.IndexOf(departments, slug) >= 0)
                {
                    throw errors.At($"stages[{i}][{j}]", $"'{slug}' appears twice in this stage.");
                }

                if (result.Take(i).Any(earlier => earlier.Contains(slug)))
                {
                    throw errors.At($"stages[{i}][{j}]", $"'{slug}' has a task in an earlier stage already; a department takes part in a bundle once.");
                }

                departments[j] = slug!;
                leadTakesPart |= slug == department;
            }

            result[i] = departments;
        }

        return leadTakesPart
            ? result
            : throw errors.At("stages", $"do not include the lead department '{department}'; add it to a stage.");
    }
}
