using Hub.Messages;
using Hub.Outbox;

namespace Hub.Catalogue;

/// <summary>The catalogue's history as stored: every recorded change set in order, and the revisions still to publish.</summary>
[GenerateSerializer, Alias("hub.CatalogueState")]
public sealed class CatalogueState : IOutboxState
{
    [Id(0)]
    public List<CatalogueChangeSet> Sets { get; set; } = [];

    [Id(1)]
    public List<OutboxMessage> Outbox { get; set; } = [];
}
