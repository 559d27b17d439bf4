namespace Hub.Cases;

/// <summary>
/// Publishing a case's outbox, which is written with the state: dispatches to the department lines, status changes to
/// the feed, supervision notices, notices of certificates that stopped being valid. <see cref="Outbox.GrainOutbox{TState}"/>
/// says how nothing is lost and nothing leaves for a step that was not stored.
/// </summary>
public sealed partial class CaseGrain
{
    private void Stored() => Outbox.Stored();

    private Task Restore(Exception failure) => Outbox.Restore(failure);
}
