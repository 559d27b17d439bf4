using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>An item of the service catalogue (事项), as validated on load.</summary>
/// <param name="Code">Stable code, unique in the catalogue, e.g. <c>PS-002</c>.</param>
/// <param name="Name">Chinese name, e.g. 居民身份证换领.</param>
/// <param name="Department">The lead department line's slug (see <see cref="Departments"/>).</param>
/// <param name="CompetentLevel">The level of the node whose department decides; the handling node is the applicant's home division at this level.</param>
/// <param name="Scope">Which receiving and handling nodes may pair up.</param>
/// <param name="Alliance">The alliance's name when <paramref name="Scope"/> is <see cref="MatterScope.Alliance"/>, else null.</param>
/// <param name="Modes">The allowed handling modes, in catalogue order, without repeats.</param>
/// <param name="ReceivableAt">The levels of the windows that may take the matter, without repeats.</param>
/// <param name="CommittedDays">承诺时限, working days; less than <paramref name="StatutoryDays"/>.</param>
/// <param name="StatutoryDays">法定时限, working days.</param>
/// <param name="Materials">The materials asked for.</param>
/// <param name="Fee">The fee in yuan; 0 when free.</param>
/// <param name="Stages">For a 一件事 bundle: the stages in order, each the departments whose tasks run in parallel, in any mode; empty otherwise.</param>
/// <param name="AgentAt">The help stations whose agents may submit the matter for an applicant (帮办代办).</param>
/// <param name="JointTasks">For 多地联办 (JointHandling): the tasks at the applicant's home region and at the former one; empty otherwise.</param>
public sealed record Matter(
    string Code,
    string Name,
    string Department,
    DivisionLevel CompetentLevel,
    MatterScope Scope,
    string? Alliance,
    IReadOnlyList<HandlingMode> Modes,
    IReadOnlyList<DivisionLevel> ReceivableAt,
    int CommittedDays,
    int StatutoryDays,
    IReadOnlyList<MaterialSpec> Materials,
    decimal Fee,
    IReadOnlyList<IReadOnlyList<string>> Stages,
    IReadOnlyList<HelpStationKind>? AgentAt = null,
    IReadOnlyList<JointTask>? JointTasks = null)
{
    /// <summary>The material an agent hands in for the applicant at a help station: the power of attorney (授权委托书).</summary>
    public const string PowerOfAttorney = "power-of-attorney";

    /// <summary>The matter's version: 1 as the catalogue file has it, one more for each change recorded since.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The China date this version is in force from; the default for the file's matters, in force always.</summary>
    public DateOnly EffectiveFrom { get; init; }

    /// <summary>Whether the matter is a 一件事 bundle: one application fanned out into several departments' tasks.</summary>
    public bool IsBundle => Stages.Count > 0;

    /// <summary>Whether a JointHandling case of the matter has a task at the applicant's former region, so needs <c>applicant.formerHome</c>.</summary>
    public bool NeedsFormerHome => JointTasks is { } tasks && tasks.Any(t => t.At == JointRegion.Former);

    /// <summary>Whether an agent may submit the matter for an applicant at a help station of <paramref name="kind"/> (帮办代办).</summary>
    public bool AllowsAgentAt(HelpStationKind kind) => AgentAt?.Contains(kind) == true;

    /// <summary>Whether the matter may be handled in <paramref name="mode"/>.</summary>
    public bool Allows(HandlingMode mode)
    {
        for (var i = 0; i < Modes.Count; i++)
        {
            if (Modes[i] == mode)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a window at a node of <paramref name="level"/> may take the matter.</summary>
    public bool IsReceivableAt(DivisionLevel level)
    {
        for (var i = 0; i < ReceivableAt.Count; i++)
        {
            if (ReceivableAt[i] == level)
            {
                return true;
            }
        }

        return false;
    }
}
