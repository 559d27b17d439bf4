namespace Hub.Cases;

/// <summary>
/// Raised by a case when a command or event does not fit its state, or names a case that does not exist.
/// The case is unchanged. <see cref="Code"/> is stable for machines; the message is for people.
/// </summary>
[GenerateSerializer, Alias("hub.CaseRuleException")]
public sealed class CaseRuleException : Exception
{
    public CaseRuleException(string code, string message) : base(message) => Code = code;

    /// <summary>A stable reason code, one of <see cref="CaseRuleCodes"/>.</summary>
    [Id(0)]
    public string Code { get; }
}
