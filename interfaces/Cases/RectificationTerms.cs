namespace Hub.Cases;

/// <summary>The working days a responsible node has for the follow-up (回访) and for the rectification (整改) of a bad rating.</summary>
[GenerateSerializer, Immutable, Alias("hub.RectificationTerms")]
public sealed record RectificationTerms(
    [property: Id(0)] int FollowUpDays,
    [property: Id(1)] int RectifyDays)
{
    /// <summary>1 working day to follow up, 15 to rectify (as in Sichuan and Yunnan; DESIGN §5).</summary>
    public static RectificationTerms Default { get; } = new(1, 15);
}
