namespace Hub.Catalogue;

/// <summary>An alliance as written in the catalogue file, before validation.</summary>
internal sealed class AllianceEntry
{
    public string? Name { get; set; }

    public List<string?>? Cities { get; set; }
}
