using Hub.Certificates;

namespace Hub.Messages;

/// <summary>
/// One entry of a holder's log on <c>hub.certificate-events</c>: the holder grain keeps the newest entries, the feed
/// all of them. The holder appears only by <see cref="HolderKey"/>, the keyed hash the hub files them under.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.CertificateUsed")]
public sealed record CertificateUsed(
    [property: Id(0)] string EventId,
    [property: Id(1)] string HolderKey,
    [property: Id(2)] CertificateUse Use);
