using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// A card raised against the node and department responsible for a case: yellow when the committed deadline passed
/// undecided, red when the statutory one did, cleared when the case is decided; yellow when a rectification's
/// follow-up is overdue, red when the rectification is, cleared when it is recorded. It stays on the case's record.
/// </summary>
[GenerateSerializer, Alias("hub.SupervisionCard")]
public sealed class SupervisionCard
{
    [Id(0)] public SupervisionKind Kind { get; set; }
    [Id(1)] public DivisionCode Node { get; set; }
    [Id(2)] public string Department { get; set; } = "";

    /// <summary>The deadline that passed.</summary>
    [Id(3)] public DateOnly Deadline { get; set; }
    [Id(4)] public DateTimeOffset RaisedAt { get; set; }
    [Id(5)] public DateTimeOffset? ClearedAt { get; set; }

    /// <summary>What ran late: <see cref="CommittedDeadline"/>, <see cref="StatutoryDeadline"/>, <see cref="FollowUp"/> or <see cref="Rectifying"/>.</summary>
    [Id(6)] public string Reason { get; set; } = "";

    public const string CommittedDeadline = "committed-deadline";
    public const string StatutoryDeadline = "statutory-deadline";
    public const string FollowUp = "follow-up";
    public const string Rectifying = "rectification";

    /// <summary>Whether the card is about the decision's deadlines, cleared by the decision.</summary>
    public bool IsDeadlineCard => Reason is CommittedDeadline or StatutoryDeadline or "";

    /// <summary>The card's colour in words: yellow or red.</summary>
    public string Colour => Kind == SupervisionKind.RedCard ? "red" : "yellow";

    public SupervisionCardView ToView() => new(Colour, Node, Department, Deadline, RaisedAt, ClearedAt, Reason);
}

/// <summary>A card as a case's view shows it.</summary>
[GenerateSerializer, Immutable, Alias("hub.SupervisionCardView")]
public sealed record SupervisionCardView(
    [property: Id(0)] string Colour,
    [property: Id(1)] DivisionCode Node,
    [property: Id(2)] string Department,
    [property: Id(3)] DateOnly Deadline,
    [property: Id(4)] DateTimeOffset RaisedAt,
    [property: Id(5)] DateTimeOffset? ClearedAt,
    [property: Id(6)] string Reason = "");
