namespace Hub.Hotline;

/// <summary>A work-order message that never will apply: its code (the dead letter's reason starts with it) and why, in words.</summary>
[GenerateSerializer, Alias("hub.WorkOrderRuleException")]
public sealed class WorkOrderRuleException : Exception
{
    public WorkOrderRuleException(string code, string message) : base(message) => Code = code;

    /// <summary>A stable reason code, one of <see cref="WorkOrderRuleCodes"/>.</summary>
    [Id(0)]
    public string Code { get; }
}

/// <summary>The codes of <see cref="WorkOrderRuleException"/>.</summary>
public static class WorkOrderRuleCodes
{
    /// <summary>No route: the category is not in the routing table, or the competent node is not in the registry.</summary>
    public const string NoRoute = "no-route";

    /// <summary>A reply or a satisfaction for an order the hub never received.</summary>
    public const string UnknownOrder = "unknown-order";

    /// <summary>A reply from a department line the order was not sent to.</summary>
    public const string WrongDepartment = "wrong-department";

    /// <summary>A step that does not fit where the order stands (a satisfaction before any reply).</summary>
    public const string InvalidTransition = "invalid-transition";

    /// <summary>The same order id again with other content.</summary>
    public const string Conflict = "order-conflict";
}
