namespace Hub.Cases;

/// <summary>How long a node responsible for a bad rating has to follow up and to rectify, bound from <c>Hub:Rectification</c>.</summary>
public sealed class RectificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Hub:Rectification";

    /// <summary>Working days to record the follow-up (回访). Default 1.</summary>
    public int FollowUpDays { get; set; } = RectificationTerms.Default.FollowUpDays;

    /// <summary>Working days to record the rectification (整改). Default 15 (Sichuan, Yunnan; some cities take 5).</summary>
    public int RectifyDays { get; set; } = RectificationTerms.Default.RectifyDays;

    /// <summary>The terms a rectification opened now is given.</summary>
    public RectificationTerms Terms => new(FollowUpDays, RectifyDays);
}
