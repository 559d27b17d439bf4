namespace Hub.Notifications;

/// <summary>
/// The stand-in SMS and app gateway of the embedded default (<see cref="LoggingNotificationGateway"/>); bound from
/// <c>Hub:Notifications:Gateway</c>.
/// </summary>
public sealed class NotificationGatewayOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Hub:Notifications:Gateway";

    /// <summary>Whether the gateway runs. Default false; the host turns it on with the embedded broker.</summary>
    public bool Enabled { get; set; }

    /// <summary>The consumer group it reads <c>hub.notifications</c> with. Default <c>notification-gateway</c>.</summary>
    public string ConsumerGroup { get; set; } = "notification-gateway";
}
