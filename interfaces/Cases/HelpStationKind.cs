namespace Hub.Cases;

/// <summary>
/// A help station (帮办代办点), where an agent submits for an applicant under a power of attorney: a village's service
/// station (a village node, 村便民服务站), or a bank branch that partners with the county it serves (a node of its own
/// under that county, as the credit unions that take 59 matters for 乌审旗).
/// </summary>
public enum HelpStationKind
{
    /// <summary>A village's service station: the village node itself.</summary>
    VillageStation = 1,

    /// <summary>A partner bank branch (a credit union, a rural commercial bank), under the county it serves.</summary>
    BankBranch = 2,
}

/// <summary>The agent (帮办代办员) who submitted a case for its applicant, the principal, at a help station; the ID is checked (GB 11643).</summary>
[GenerateSerializer, Immutable, Alias("hub.Agent")]
public sealed record Agent(
    [property: Id(0)] string Identifier,
    [property: Id(1)] string Name,
    [property: Id(2)] HelpStationKind Station)
{
    // In a log line or an exception message, never the agent's ID in full.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Identifier = {Identifiers.PersonalData.Mask(Identifier)}, Name = {Name}, Station = {Station}");
        return true;
    }
}
