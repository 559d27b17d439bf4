namespace Hub.Halls;

/// <summary>
/// Raised by an appointment or a queue when a booking, check-in or call does not fit: the state is unchanged.
/// <see cref="Code"/> is stable for machines (one of <see cref="HallRuleCodes"/>); the message is for people.
/// </summary>
[GenerateSerializer, Alias("hub.HallRuleException")]
public sealed class HallRuleException : Exception
{
    public HallRuleException(string code, string message, string? subject = null) : base(message)
    {
        Code = code;
        Subject = subject;
    }

    /// <summary>A stable reason code, one of <see cref="HallRuleCodes"/>.</summary>
    [Id(0)]
    public string Code { get; }

    /// <summary>What the refusal points to, when it points to something: the open booking a second one collides with.</summary>
    [Id(1)]
    public string? Subject { get; }
}
