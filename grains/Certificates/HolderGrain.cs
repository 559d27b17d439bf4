using Hub.Messages;
using Hub.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Hub.Certificates;

/// <summary>
/// A certificate holder: one write per change, the log bounded to the newest <see cref="HolderOptions.KeepUses"/>, and
/// every entry also written to the outbox for <c>hub.certificate-events</c>, which keeps all of them.
/// </summary>
public sealed class HolderGrain(
    [PersistentState(HolderGrain.StateName, "certificates")] IPersistentState<HolderState> state,
    IOptions<HolderOptions> options,
    IHubPublisher publisher,
    IOutboxLedger ledger,
    ILogger<HolderGrain> logger) : Grain, IHolderGrain
{
    /// <summary>The name the holder state is stored under.</summary>
    public const string StateName = "holder";

    private GrainOutbox<HolderState>? _outbox;

    private string Key => this.GetPrimaryKeyString();

    private GrainOutbox<HolderState> Outbox => _outbox ??=
        new GrainOutbox<HolderState>(state, publisher, ledger, StateName, Key, DeactivateOnIdle, logger);

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

    public async Task AddCertificate(string certificateId)
    {
        if (!state.State.Certificates.Contains(certificateId))
        {
            state.State.Certificates.Add(certificateId);
            await Write();
        }
    }

    public async Task Record(CertificateUse use)
    {
        // A submission resent (after a timeout, with its idempotency key) records its uses again: once is enough.
        if (use.Kind == CertificateUseKind.Use && state.State.Uses.Exists(u => u.Kind == use.Kind && u.CertificateId == use.CertificateId && u.CaseId == use.CaseId))
        {
            return;
        }

        state.State.Uses.Add(use);
        state.State.TotalUses++;
        var over = state.State.Uses.Count - options.Value.KeepUses;
        if (over > 0)
        {
            state.State.Uses.RemoveRange(0, over);
        }

        state.State.Outbox.Add(new OutboxMessage(null, null, CertificateUsed: new CertificateUsed($"{Key}/use/{state.State.TotalUses}", Key, use)));
        await Write();
    }

    public async Task<HolderView> Lookup(CertificateUse lookup)
    {
        await Record(lookup);
        return await GetView();
    }

    public Task<HolderView> GetView() => Task.FromResult(new HolderView(
        state.State.Certificates.ToArray(), Enumerable.Reverse(state.State.Uses).ToArray(), state.State.TotalUses));

    private async Task Write()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch (Exception ex)
        {
            await Outbox.Restore(ex);
            throw;
        }

        Outbox.Stored();
    }
}
