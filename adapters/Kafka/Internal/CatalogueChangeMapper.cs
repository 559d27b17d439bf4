using System.Globalization;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps <see cref="Messages.CatalogueChanged"/> to the wire.</summary>
internal static class CatalogueChangeMapper
{
    public static Wire.CatalogueChange ToWire(Messages.CatalogueChanged change) => new()
    {
        EventId = change.EventId,
        Seq = change.Seq,
        RecordedAt = WireTime.ToUnixMs(change.RecordedAt),
        Code = change.Code,
        Version = change.Version,
        Kind = (Wire.CatalogueChangeKind)(int)change.Kind,
        EffectiveFrom = change.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Name = change.Name,
        Successor = change.Successor,
        By = change.By,
        Reason = change.Reason,
        EntryJson = change.Entry,
    };
}
