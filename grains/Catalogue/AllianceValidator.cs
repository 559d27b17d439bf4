using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>Checks one alliance entry and builds the <see cref="Alliance"/>.</summary>
internal static class AllianceValidator
{
    /// <summary>The alliance, or the first problem found as a <see cref="CatalogueException"/>.</summary>
    public static Alliance Validate(AllianceEntry entry, EntryErrors errors)
    {
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw errors.At("name", "is empty; give the alliance's name, as matters refer to it.");
        }

        if (entry.Cities is not { Count: >= 2 })
        {
            throw errors.At("cities", "needs at least two member cities, as 4-digit city codes.");
        }

        var cities = new List<DivisionCode>(entry.Cities.Count);
        for (var i = 0; i < entry.Cities.Count; i++)
        {
            if (!DivisionCode.TryParse(entry.Cities[i], out var city, out var error) || city.Level != DivisionLevel.City)
            {
                throw errors.At($"cities[{i}]", $"'{entry.Cities[i]}' is not a city code: {error ?? "its level is " + city.Level}. Write 4 digits, e.g. \"1501\".");
            }

            if (cities.Contains(city))
            {
                throw errors.At($"cities[{i}]", $"{city.ToShortString()} is listed twice.");
            }

            cities.Add(city);
        }

        return new Alliance(entry.Name, cities.ToArray());
    }
}
