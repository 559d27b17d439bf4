using Orleans.Runtime;

namespace Hub.Certificates;

/// <summary>
/// One share of one expiry date. A certificate is added when it is issued (again on every resend of its issue, so a
/// failure between the two is made good); the silos' <c>CertificateExpiryAnnouncer</c> calls <see cref="Announce"/>
/// from the day after the date on, until every certificate of the share has answered.
/// </summary>
public sealed class ExpiryDayGrain(
    [PersistentState("expiry-day", "certificates")] IPersistentState<ExpiryDayState> state) : Grain, IExpiryDayGrain
{
    private const int Chunk = 256;

    public async Task Add(string certificateId)
    {
        if (state.State.Certificates.Contains(certificateId))
        {
            return;
        }

        state.State.Certificates.Add(certificateId);

        // Added after its share was announced (issued already expired, or resent late): announce it again.
        state.State.Announced = false;
        await state.WriteStateAsync();
    }

    public async Task<int> Announce()
    {
        if (state.State.Announced)
        {
            return 0;
        }

        // In chunks, so that a big day does not put thousands of calls in flight at once; a failure leaves the share
        // to be announced again, and the certificates that recorded their expiry already answer false.
        var recorded = 0;
        foreach (var chunk in state.State.Certificates.Chunk(Chunk))
        {
            var results = await Task.WhenAll(chunk.Select(id => GrainFactory.GetGrain<ICertificateGrain>(id).Expire()));
            recorded += results.Count(r => r);
        }

        state.State.Announced = true;
        await state.WriteStateAsync();
        return recorded;
    }
}
