namespace Hub.Messages;

/// <summary>A message a case has persisted and must still publish: exactly one of the two is set.</summary>
[GenerateSerializer, Immutable, Alias("hub.OutboxMessage")]
public sealed record OutboxMessage(
    [property: Id(0)] DispatchOrder? Dispatch,
    [property: Id(1)] CaseStatusChanged? StatusChanged)
{
    /// <summary>The unique id of the message inside.</summary>
    public string EventId => Dispatch?.EventId ?? StatusChanged!.EventId;
}
