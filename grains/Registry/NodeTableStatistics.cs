using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>Counts nodes per level and nodes whose parent is missing, in one pass over the sorted codes.</summary>
internal static class NodeTableStatistics
{
    /// <summary>
    /// Fills <paramref name="countsByLevel"/> (indexed by <see cref="DivisionLevel"/>) and returns the number of
    /// non-province codes whose parent code is absent.
    /// </summary>
    public static int Count(long[] sortedCodes, Span<int> countsByLevel)
    {
        // The codes are sorted, so the ancestors of the current code present in the table are a stack of earlier codes.
        Span<long> chain = stackalloc long[(int)DivisionLevel.Village];
        Span<long> chainEnd = stackalloc long[(int)DivisionLevel.Village];
        var depth = 0;
        var orphans = 0;
        foreach (var value in sortedCodes)
        {
            var level = LevelOf(value);
            countsByLevel[(int)level]++;
            while (depth > 0 && value >= chainEnd[depth - 1])
            {
                depth--;
            }

            if (level != DivisionLevel.Province)
            {
                var unit = DivisionFile.SpanOf(level - 1);
                if (depth == 0 || chain[depth - 1] != value / unit * unit)
                {
                    orphans++;
                }
            }

            if (depth < chain.Length)
            {
                chain[depth] = value;
                chainEnd[depth++] = value + DivisionFile.SpanOf(level);
            }
        }

        return orphans;
    }

    private static DivisionLevel LevelOf(long value) =>
        value % 1_000 != 0 ? DivisionLevel.Village
        : value % 1_000_000 != 0 ? DivisionLevel.Town
        : value % 100_000_000 != 0 ? DivisionLevel.County
        : value % 10_000_000_000 != 0 ? DivisionLevel.City
        : DivisionLevel.Province;
}
