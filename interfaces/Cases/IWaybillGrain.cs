using Hub.Identifiers;

namespace Hub.Cases;

/// <summary>
/// One waybill (keyed <c>{carrier}/{number}</c>, <see cref="Carriers.Key"/>): the case it was recorded on, so that a
/// courier's report, which names only the waybill, finds its case. The first case to claim a waybill keeps it.
/// </summary>
[Alias("hub.IWaybillGrain")]
public interface IWaybillGrain : IGrainWithStringKey
{
    /// <summary>Binds the waybill to <paramref name="caseId"/> unless another case holds it; answers the case that holds it.</summary>
    [Alias("Claim")]
    Task<CaseId> Claim(CaseId caseId);

    /// <summary>The case that holds the waybill, or null when none recorded it.</summary>
    [Alias("Find")]
    Task<CaseId?> Find();
}
