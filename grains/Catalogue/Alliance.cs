using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>A named set of cities whose nodes handle each other's alliance matters (e.g. 呼包鄂乌).</summary>
/// <param name="Name">The alliance's name, as matters refer to it.</param>
/// <param name="Cities">The member cities, city-level codes.</param>
public sealed record Alliance(string Name, IReadOnlyList<DivisionCode> Cities)
{
    /// <summary>Whether <paramref name="node"/> lies in one of the member cities.</summary>
    public bool Includes(DivisionCode node)
    {
        if (node.Level < DivisionLevel.City)
        {
            return false;
        }

        var city = node.AncestorAt(DivisionLevel.City);
        for (var i = 0; i < Cities.Count; i++)
        {
            if (Cities[i] == city)
            {
                return true;
            }
        }

        return false;
    }
}
