using Hub.Outbox;
using Orleans.Runtime;

namespace Hub.Cases;

/// <summary>
/// Publishing a case's outbox, which is written with the state: dispatches to the department lines, status changes to
/// the feed, notices of certificates that stopped being valid. <see cref="GrainOutbox{TState}"/> says how nothing is
/// lost and nothing leaves for a step that was not stored.
/// </summary>
public sealed partial class CaseGrain
{
    private GrainOutbox<CaseState>? _outbox;

    private GrainOutbox<CaseState> Outbox => _outbox ??=
        new GrainOutbox<CaseState>(state, publisher, ledger, StateName, this.GetPrimaryKeyString(), DeactivateOnIdle, logger);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        Outbox.Activated();
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        Outbox.Deactivating(cancellationToken);

    public Task PublishOutbox()
    {
        Outbox.Publish();
        return Task.CompletedTask;
    }

    private void Stored() => Outbox.Stored();

    private Task Restore(Exception failure) => Outbox.Restore(failure);
}
