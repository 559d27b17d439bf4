namespace Hub.Catalogue;

/// <summary>One task of a 多地联办 (JointHandling) matter: which department does it, at which region, in which stage.</summary>
/// <param name="Department">The department line's slug.</param>
/// <param name="At">The region whose node's department does it.</param>
/// <param name="Stage">The stage, from 1; tasks of one stage run in parallel.</param>
/// <param name="Name">What the task is, as the department calls it (e.g. 转出: 基金转移), shown on the case.</param>
public sealed record JointTask(string Department, JointRegion At, int Stage, string Name);
