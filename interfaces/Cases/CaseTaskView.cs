namespace Hub.Cases;

/// <summary>One department task as a reader sees it.</summary>
[GenerateSerializer, Immutable, Alias("hub.CaseTaskView")]
public sealed record CaseTaskView(
    [property: Id(0)] string Department,
    [property: Id(1)] int Stage,
    [property: Id(2)] CaseTaskStatus Status,
    [property: Id(3)] IReadOnlyList<string> RequestedMaterials,
    [property: Id(4)] string? Decision,
    [property: Id(5)] Identifiers.DivisionCode Node = default,
    [property: Id(6)] string? Name = null);
