using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Hub.Certificates;

/// <summary>A certificate holder: one write per change, the log bounded to the newest <see cref="HolderOptions.KeepUses"/>.</summary>
public sealed class HolderGrain(
    [PersistentState("holder", "certificates")] IPersistentState<HolderState> state,
    IOptions<HolderOptions> options) : Grain, IHolderGrain
{
    public async Task AddCertificate(string certificateId)
    {
        if (!state.State.Certificates.Contains(certificateId))
        {
            state.State.Certificates.Add(certificateId);
            await state.WriteStateAsync();
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

        await state.WriteStateAsync();
    }

    public async Task<HolderView> Lookup(CertificateUse lookup)
    {
        await Record(lookup);
        return await GetView();
    }

    public Task<HolderView> GetView() => Task.FromResult(new HolderView(
        state.State.Certificates.ToArray(), Enumerable.Reverse(state.State.Uses).ToArray(), state.State.TotalUses));
}
