using Hub.Identifiers;
using Orleans.Runtime;

namespace Hub.Cases;

/// <summary>
/// A window's idempotency key: one write when first claimed, none for a resend. A key lives
/// <see cref="Lifetime"/> from its first use; after that the same key starts afresh.
/// </summary>
public sealed class SubmissionKeyGrain(
    [PersistentState("submission-key", "cases")] IPersistentState<SubmissionKeyState> state,
    HubClock time) : Grain, ISubmissionKeyGrain
{
    /// <summary>How long a key holds its first answer: 24 hours.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public async Task<CaseId?> Claim(string fingerprint, CaseId proposed)
    {
        var now = time.GetUtcNow();
        if (state.State.Fingerprint is { } first && now - state.State.ClaimedAt < Lifetime)
        {
            return first == fingerprint ? state.State.CaseId : null;
        }

        state.State.Fingerprint = fingerprint;
        state.State.CaseId = proposed;
        state.State.ClaimedAt = now;
        await state.WriteStateAsync();
        return proposed;
    }
}
