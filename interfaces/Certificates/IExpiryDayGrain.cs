namespace Hub.Certificates;

/// <summary>
/// One share of the certificates whose valid-to date is one calendar day, keyed <c>yyyy-MM-dd/&lt;share&gt;</c> (see
/// <see cref="ExpiryDays"/>): the index by which the hub announces each expiry on the day after that date, without a
/// timer per certificate.
/// </summary>
[Alias("hub.IExpiryDayGrain")]
public interface IExpiryDayGrain : IGrainWithStringKey
{
    /// <summary>Adds a certificate valid to this day; adding it again changes nothing.</summary>
    [Alias("Add")]
    Task Add(string certificateId);

    /// <summary>
    /// Asks each certificate of the share to record its expiry, which the feed then announces; once every one has
    /// answered, the share is done and a later call does nothing. Returns how many expiries this call recorded.
    /// </summary>
    [Alias("Announce")]
    Task<int> Announce();
}
