namespace Hub.Cases;

/// <summary>One department's task of a case, as stored.</summary>
[GenerateSerializer, Alias("hub.CaseTask")]
public sealed class CaseTask
{
    [Id(0)] public string Department { get; set; } = "";
    [Id(1)] public int Stage { get; set; }
    [Id(2)] public CaseTaskStatus Status { get; set; }
    [Id(3)] public List<string> RequestedMaterials { get; set; } = [];
    [Id(4)] public string? Decision { get; set; }
    [Id(5)] public bool Dispatched { get; set; }

    /// <summary>How many times the task has been sent to its department (a supplement sends it again).</summary>
    [Id(6)] public int Dispatches { get; set; }

    /// <summary>The day (China's calendar) the task was first dispatched: deemed acceptance counts from it.</summary>
    [Id(7)] public DateOnly? FirstDispatchedOn { get; set; }

    /// <summary>The node whose department does the task, when not the case's handling node (a 多地联办 task elsewhere).</summary>
    [Id(8)] public Identifiers.DivisionCode? Node { get; set; }

    /// <summary>What the task is, when the catalogue names it.</summary>
    [Id(9)] public string? Name { get; set; }

    /// <summary>Whether the department still has to decide this task.</summary>
    public bool IsOpen => Dispatched && Status is CaseTaskStatus.Dispatched or CaseTaskStatus.Accepted or CaseTaskStatus.SupplementRequested;

    /// <summary>The node whose department does the task: its own, else the case's handling node.</summary>
    public Identifiers.DivisionCode NodeOr(Identifiers.DivisionCode handling) => Node ?? handling;

    /// <summary>How the case's timeline and notices name the task: its department, and its node when it has one of its own.</summary>
    public string Label => Node is { } node ? $"{Department} at {node.ToShortString()}" : Department;

    public CaseTaskView ToView(Identifiers.DivisionCode handling) =>
        new(Department, Stage, !Dispatched && Status == CaseTaskStatus.Dispatched ? CaseTaskStatus.Waiting : Status, RequestedMaterials.ToArray(), Decision, NodeOr(handling), Name);
}
