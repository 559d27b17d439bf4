using System.Globalization;
using Hub.Identifiers;

namespace Hub.Statistics;

/// <summary>The keys of the statistics grains, and the scopes a node's counts roll up into.</summary>
public static class StatisticsKeys
{
    /// <summary>The scope of the whole country, above the provinces.</summary>
    public const string Nation = "nation";

    /// <summary>The key of <paramref name="caseId"/>'s <see cref="ICaseStatisticsGrain"/> in <paramref name="generation"/>.</summary>
    public static string Case(int generation, string caseId) => $"{generation}/{caseId}";

    /// <summary>The key of the <see cref="IStatisticsBucketGrain"/> of <paramref name="scope"/> (a node's code, or <see cref="Nation"/>) for the month of <paramref name="day"/>.</summary>
    public static string Bucket(int generation, string scope, DateOnly day) =>
        $"{generation}/{scope}/{day.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// Where counts at <paramref name="node"/> are added: the node, each of its ancestors up to its province, and the
    /// nation; so that reading any node, or the nation, is one bucket per month, whatever lies below it.
    /// </summary>
    public static IEnumerable<string> Scopes(DivisionCode node)
    {
        var at = node;
        while (true)
        {
            yield return at.ToString();
            if (at.Level == DivisionLevel.Province)
            {
                break;
            }

            at = at.Parent;
        }

        yield return Nation;
    }
}
