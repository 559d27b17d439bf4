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
    IOptions<HolderOptions> options) : OutboxGrain<HolderState>, IHolderGrain
{
    protected override IPersistentState<HolderState> OutboxState => state;

    protected override string OutboxStateName => StateName;

    /// <summary>The name the holder state is stored under.</summary>
    public const string StateName = "holder";

    public async Task AddCertificate(string certificateId)
    {
        if (!state.State.Certificates.Contains(certificateId))
        {
            state.State.Certificates.Add(certificateId);
            await WriteAsync();
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

        state.State.Outbox.Add(new OutboxMessage(null, null, CertificateUsed: new CertificateUsed($"{this.GetPrimaryKeyString()}/use/{state.State.TotalUses}", this.GetPrimaryKeyString(), use)));
        await WriteAsync();
    }

    public async Task<HolderView> Lookup(CertificateUse lookup)
    {
        await Record(lookup);
        return await GetView();
    }

    public Task<HolderView> GetView() => Task.FromResult(new HolderView(
        state.State.Certificates.ToArray(), Enumerable.Reverse(state.State.Uses).ToArray(), state.State.TotalUses));
}
