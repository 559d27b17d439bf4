using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// 好差评 rectification (整改, DESIGN §5): opened by a bad rating (不满意 or 非常不满意) against the node responsible — the
/// handling node and its department when the fault was the handling, the receiving node when it was the window. That
/// node's window records a follow-up (回访) and then what it changed, each by its due date; then the applicant may rate
/// once more, which closes it.
/// </summary>
[GenerateSerializer, Alias("hub.Rectification")]
public sealed class Rectification
{
    [Id(0)] public DivisionCode Node { get; set; }

    /// <summary>The department responsible, when the fault was the handling.</summary>
    [Id(1)] public string? Department { get; set; }
    [Id(2)] public int Rating { get; set; }
    [Id(3)] public DateTimeOffset OpenedAt { get; set; }
    [Id(4)] public DateOnly FollowUpDue { get; set; }
    [Id(5)] public DateOnly RectifyDue { get; set; }
    [Id(6)] public DateTimeOffset? FollowedUpAt { get; set; }
    [Id(7)] public string? FollowUp { get; set; }
    [Id(8)] public DateTimeOffset? RectifiedAt { get; set; }
    [Id(9)] public string? Measures { get; set; }
    [Id(10)] public int? SecondRating { get; set; }
    [Id(11)] public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>open (follow-up or rectification to record), rectified (the applicant may rate again) or closed.</summary>
    public string Status => ClosedAt is not null ? "closed" : RectifiedAt is not null ? "rectified" : "open";

    public RectificationView ToView() => new(
        Status, Node, Department, Rating, OpenedAt, FollowUpDue, RectifyDue, FollowedUpAt, FollowUp, RectifiedAt, Measures, SecondRating, ClosedAt);
}

/// <summary>A rectification as a case's view and the supervision board show it.</summary>
[GenerateSerializer, Immutable, Alias("hub.RectificationView")]
public sealed record RectificationView(
    [property: Id(0)] string Status,
    [property: Id(1)] DivisionCode Node,
    [property: Id(2)] string? Department,
    [property: Id(3)] int Rating,
    [property: Id(4)] DateTimeOffset OpenedAt,
    [property: Id(5)] DateOnly FollowUpDue,
    [property: Id(6)] DateOnly RectifyDue,
    [property: Id(7)] DateTimeOffset? FollowedUpAt,
    [property: Id(8)] string? FollowUp,
    [property: Id(9)] DateTimeOffset? RectifiedAt,
    [property: Id(10)] string? Measures,
    [property: Id(11)] int? SecondRating,
    [property: Id(12)] DateTimeOffset? ClosedAt);
