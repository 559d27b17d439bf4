namespace Hub.Catalogue;

/// <summary>Builds the exceptions for one catalogue entry, so each check names only its field and problem.</summary>
internal sealed class EntryErrors(string file, string entry)
{
    /// <summary>An exception for <paramref name="field"/> of this entry.</summary>
    public CatalogueException At(string field, string problem) => new(file, entry, field, problem);
}
