using Hub.Identifiers;

namespace Hub.Registry;

/// <summary>Counts the nodes whose parent division is missing, in one pass over the sorted codes.</summary>
internal static class OrphanCounter
{
    /// <summary>The number of non-province codes in <paramref name="sortedCodes"/> whose parent code is absent.</summary>
    public static int Count(long[] sortedCodes)
    {
        // The codes are sorted, so the chain of ancestors of the current code is a stack of earlier codes.
        Span<long> chain = stackalloc long[(int)DivisionLevel.Village];
        var depth = 0;
        var orphans = 0;
        foreach (var value in sortedCodes)
        {
            var code = DivisionCode.FromValue(value);
            while (depth > 0 && !code.IsWithin(DivisionCode.FromValue(chain[depth - 1])))
            {
                depth--;
            }

            if (code.Level != DivisionLevel.Province && (depth == 0 || chain[depth - 1] != code.Parent.Value))
            {
                orphans++;
            }

            if (depth < chain.Length)
            {
                chain[depth++] = value;
            }
        }

        return orphans;
    }
}
