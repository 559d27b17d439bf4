using ProtoBuf;
using ProtoBuf.Meta;

namespace Hub.Kafka.Contracts;

/// <summary>The <c>.proto</c> schema of the hub's Kafka messages (package <c>hub.v1</c>), as generated and as committed.</summary>
public static class HubSchema
{
    /// <summary>The protobuf package of every hub message.</summary>
    public const string Package = "hub.v1";

    private const string ResourceName = "Hub.Kafka.Contracts.hub.proto";

    /// <summary>The schema generated from the contract classes by protobuf-net.</summary>
    public static string Generate() => Serializer.GetProto(new SchemaGenerationOptions
    {
        Syntax = ProtoSyntax.Proto3,
        Package = Package,
        Types = { typeof(DispatchTask), typeof(DepartmentEvent), typeof(CaseStatusChanged), typeof(CertificateStatusChanged), typeof(CertificateUsed), typeof(CertificateNotice), typeof(SupervisionNotice), typeof(ApplicantNotification), typeof(LogisticsEvent), typeof(ShipmentNotice), typeof(CaseStopped), typeof(HotlineOrder), typeof(HotlineFeedback), typeof(WorkOrderReply), typeof(WorkOrderDispatch), typeof(WorkOrderStatusChanged), typeof(WorkOrderNotice), typeof(CatalogueChange) },
    });

    /// <summary>The committed <c>adapters/Kafka/Contracts/hub.proto</c>, embedded in this assembly so the host can serve it.</summary>
    public static string Committed()
    {
        using var stream = typeof(HubSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
