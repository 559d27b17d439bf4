using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>One department task a case is split into; tasks of the same stage run in parallel.</summary>
/// <param name="Department">The department line that does the task.</param>
/// <param name="Stage">The stage, from 1.</param>
/// <param name="Node">The node whose department does it, when not the case's handling node: a 多地联办 task at another region.</param>
/// <param name="Name">What the task is (e.g. 转出), when the catalogue names it.</param>
[GenerateSerializer, Immutable, Alias("hub.CaseTaskPlan")]
public sealed record CaseTaskPlan(
    [property: Id(0)] string Department,
    [property: Id(1)] int Stage,
    [property: Id(2)] DivisionCode? Node = null,
    [property: Id(3)] string? Name = null);
