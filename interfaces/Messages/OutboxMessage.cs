namespace Hub.Messages;

/// <summary>A message a grain has persisted and must still publish: exactly one of the members is set.</summary>
[GenerateSerializer, Immutable, Alias("hub.OutboxMessage")]
public sealed record OutboxMessage(
    [property: Id(0)] DispatchOrder? Dispatch,
    [property: Id(1)] CaseStatusChanged? StatusChanged,
    [property: Id(2)] CertificateStatusChanged? CertificateChanged = null,
    [property: Id(3)] CertificateUsed? CertificateUsed = null,
    [property: Id(4)] CertificateNotice? CertificateNotice = null,
    [property: Id(5)] SupervisionNotice? Supervision = null,
    [property: Id(6)] ApplicantNotification? Notification = null,
    [property: Id(7)] ShipmentNotice? Shipment = null,
    [property: Id(8)] CaseStopped? Stopped = null,
    [property: Id(9)] WorkOrderMessage? WorkOrder = null,
    [property: Id(10)] CatalogueChanged? CatalogueChanged = null)
{
    /// <summary>The unique id of the message inside.</summary>
    public string EventId =>
        Dispatch?.EventId ?? StatusChanged?.EventId ?? CertificateChanged?.EventId ?? CertificateUsed?.EventId ?? CertificateNotice?.EventId ?? Supervision?.EventId ?? Notification?.EventId ?? Shipment?.EventId ?? Stopped?.EventId ?? WorkOrder?.EventId ?? CatalogueChanged!.EventId;

    /// <summary>How many of the members are set: one, in a well-formed message.</summary>
    public int Members =>
        (Dispatch is null ? 0 : 1) + (StatusChanged is null ? 0 : 1) + (CertificateChanged is null ? 0 : 1)
        + (CertificateUsed is null ? 0 : 1) + (CertificateNotice is null ? 0 : 1) + (Supervision is null ? 0 : 1)
        + (Notification is null ? 0 : 1) + (Shipment is null ? 0 : 1) + (Stopped is null ? 0 : 1) + (WorkOrder is null ? 0 : 1)
        + (CatalogueChanged is null ? 0 : 1);
}
