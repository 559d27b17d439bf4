namespace Hub.Catalogue;

/// <summary>Raised when the matter catalogue cannot be loaded; names the entry, the field and what is wrong.</summary>
public sealed class CatalogueException : Exception
{
    /// <summary>Creates the exception for <paramref name="field"/> of <paramref name="entry"/> in <paramref name="file"/>.</summary>
    public CatalogueException(string file, string entry, string field, string problem, Exception? inner = null)
        : base($"{file}: {entry}, field '{field}': {problem}", inner)
    {
        Entry = entry;
        Field = field;
        Problem = problem;
    }

    /// <summary>Creates the exception for a problem with <paramref name="file"/> as a whole.</summary>
    public CatalogueException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        Entry = string.Empty;
        Field = string.Empty;
        Problem = problem;
    }

    /// <summary>What is wrong, without the file, entry and field.</summary>
    public string Problem { get; }

    /// <summary>The entry at fault, e.g. <c>matter 'PS-001'</c>, <c>matter #3</c> or <c>alliance '呼包鄂乌'</c>; empty for a problem with the whole file.</summary>
    public string Entry { get; }

    /// <summary>The JSON field at fault, e.g. <c>committedDays</c> or <c>materials[1].name</c>; empty for a problem with the whole file.</summary>
    public string Field { get; }
}
