using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Catalogue;

/// <summary>A matter as written in the catalogue file, before validation; every field may be missing.</summary>
internal sealed class MatterEntry
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Department { get; set; }

    public DivisionLevel? CompetentLevel { get; set; }

    public MatterScope? Scope { get; set; }

    public string? Alliance { get; set; }

    public List<HandlingMode>? Modes { get; set; }

    public List<DivisionLevel>? ReceivableAt { get; set; }

    public int? CommittedDays { get; set; }

    public int? StatutoryDays { get; set; }

    public List<MaterialEntry?>? Materials { get; set; }

    public decimal? Fee { get; set; }

    public List<List<string?>?>? Stages { get; set; }

    public List<HelpStationKind>? AgentAt { get; set; }

    public List<JointTaskEntry?>? JointTasks { get; set; }
}
