namespace Hub.Catalogue;

/// <summary>
/// Raised when a change set cannot be recorded; nothing of it was. <see cref="Field"/> names the field at fault as the
/// request spells it (<c>changes[1].matter.committedDays</c>); the message says what is wrong and how to fix it.
/// </summary>
[GenerateSerializer, Alias("hub.CatalogueChangeException")]
public sealed class CatalogueChangeException : Exception
{
    public CatalogueChangeException(string field, string message) : base(message) => Field = field;

    /// <summary>The field at fault.</summary>
    [Id(0)]
    public string Field { get; }
}
