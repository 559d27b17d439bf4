using Hub.Identifiers;

namespace Hub.Windows;

/// <summary>A window as the database holds it, without its key: what <c>windows list</c> shows.</summary>
public sealed record WindowRecord(string Id, DivisionCode Node, string Name, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
