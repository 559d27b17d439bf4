namespace Hub.Kafka;

/// <summary>The values of the <see cref="HubHeaders.Type"/> header: the protobuf message names in package <c>hub.v1</c>.</summary>
public static class HubMessageTypes
{
    public const string DispatchTask = "DispatchTask";

    public const string DepartmentEvent = "DepartmentEvent";

    public const string CaseStatusChanged = "CaseStatusChanged";

    public const string CertificateStatusChanged = "CertificateStatusChanged";

    public const string CertificateUsed = "CertificateUsed";

    public const string CertificateNotice = "CertificateNotice";

    public const string SupervisionNotice = "SupervisionNotice";

    public const string ApplicantNotification = "ApplicantNotification";

    public const string ShipmentNotice = "ShipmentNotice";

    public const string LogisticsEvent = "LogisticsEvent";

    public const string CaseStopped = "CaseStopped";

    public const string HotlineOrder = "HotlineOrder";

    public const string HotlineFeedback = "HotlineFeedback";

    public const string WorkOrderReply = "WorkOrderReply";

    public const string WorkOrderDispatch = "WorkOrderDispatch";

    public const string WorkOrderStatusChanged = "WorkOrderStatusChanged";

    public const string WorkOrderNotice = "WorkOrderNotice";

    public const string CatalogueChange = "CatalogueChange";
}
