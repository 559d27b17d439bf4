namespace Hub.Cases;

/// <summary>One department task a case is split into; tasks of the same stage run in parallel.</summary>
[GenerateSerializer, Immutable, Alias("hub.CaseTaskPlan")]
public sealed record CaseTaskPlan(
    [property: Id(0)] string Department,
    [property: Id(1)] int Stage);
