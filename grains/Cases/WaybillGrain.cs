using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>One waybill and the case that recorded it (<see cref="IWaybillGrain"/>); written once, when first claimed.</summary>
public sealed class WaybillGrain([PersistentState("waybill", "cases")] IPersistentState<WaybillState> state) : Grain, IWaybillGrain
{
    public async Task<CaseId> Claim(CaseId caseId)
    {
        if (state.State.CaseId is { } holder)
        {
            return holder;
        }

        state.State.CaseId = caseId;
        await state.WriteStateAsync();
        return caseId;
    }

    public Task<CaseId?> Find() => Task.FromResult(state.State.CaseId);
}

/// <summary>The stored state of a <see cref="WaybillGrain"/>.</summary>
[GenerateSerializer, Alias("hub.WaybillState")]
public sealed class WaybillState
{
    [Id(0)] public CaseId? CaseId { get; set; }
}
