using Hub.Cases;
using Hub.Catalogue;
using Hub.Identifiers;

namespace Hub.Routing;

/// <summary>A matter with what routing needs precomputed: its alliance and its task plans, shared by every case.</summary>
internal sealed class MatterRoute
{
    public MatterRoute(Matter matter, Alliance? alliance)
    {
        Matter = matter;
        Alliance = alliance;
        DefaultMode = matter.Allows(HandlingMode.ProxyReceipt) ? HandlingMode.ProxyReceipt : matter.Modes[0];
        SingleTask = [new CaseTaskPlan(matter.Department, 1)];
        if (matter.Stages.Count > 0)
        {
            var staged = new List<CaseTaskPlan>();
            for (var stage = 0; stage < matter.Stages.Count; stage++)
            {
                foreach (var department in matter.Stages[stage])
                {
                    staged.Add(new CaseTaskPlan(department, stage + 1));
                }
            }

            StagedTasks = staged.AsReadOnly();
        }
    }

    public Matter Matter { get; }

    /// <summary>The matter's alliance when its scope is Alliance.</summary>
    public Alliance? Alliance { get; }

    /// <summary>One task for the lead department, stage 1.</summary>
    public IReadOnlyList<CaseTaskPlan> SingleTask { get; }

    /// <summary>One task per department per stage, for a 一件事 bundle in any mode; null when the matter has no stages.</summary>
    public IReadOnlyList<CaseTaskPlan>? StagedTasks { get; }

    /// <summary>
    /// The task plan for a case in <paramref name="mode"/>: a bundle's stages, else the one lead task. A JointHandling case
    /// is planned by <see cref="JointTasksAt"/>, whose nodes depend on the case.
    /// </summary>
    public IReadOnlyList<CaseTaskPlan> TasksFor(HandlingMode mode) => StagedTasks ?? SingleTask;

    /// <summary>The 多地联办 tasks of one case: each at the home region's node or at the former region's.</summary>
    public IReadOnlyList<CaseTaskPlan> JointTasksAt(DivisionCode home, DivisionCode former) =>
        Matter.JointTasks!.Select(t => new CaseTaskPlan(t.Department, t.Stage, t.At == JointRegion.Former ? former : home, t.Name)).ToArray();

    /// <summary>The mode when none is requested: ProxyReceipt when allowed, else the matter's first mode.</summary>
    public HandlingMode DefaultMode { get; }
}
