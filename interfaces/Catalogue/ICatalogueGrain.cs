namespace Hub.Catalogue;

/// <summary>
/// The catalogue's change history, one grain for the hub (key <see cref="Key"/>): it validates and records each change
/// set in order, stores them (in the database in cluster mode) and publishes each revision on
/// <c>hub.catalogue-changes</c>; every silo follows it and puts the changes in force.
/// </summary>
public interface ICatalogueGrain : Messages.IOutboxGrain
{
    /// <summary>The one key.</summary>
    const string Key = "catalogue";

    /// <summary>Validates the changes against the catalogue as it stands after every recorded set, and records them as the next set.</summary>
    /// <exception cref="CatalogueChangeException">A change is wrong; nothing is recorded. It names the change and field.</exception>
    Task<CatalogueChangeSet> Record(string by, string reason, IReadOnlyList<CatalogueChange> changes);

    /// <summary>The recorded sets after <paramref name="seq"/>, in order.</summary>
    Task<IReadOnlyList<CatalogueChangeSet>> Since(int seq);
}
