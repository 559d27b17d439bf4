using Hub.Cases;
using Hub.Identifiers;
using Wire = Hub.Kafka.Contracts;

namespace Hub.Kafka.Internal;

/// <summary>Maps an applicant notification to and from its <c>hub.notifications</c> wire form.</summary>
internal static class ApplicantNotificationMapper
{
    public static Wire.ApplicantNotification ToWire(Messages.ApplicantNotification notification)
    {
        var wire = new Wire.ApplicantNotification
        {
            EventId = notification.EventId,
            OccurredAt = notification.OccurredAt.ToUnixTimeMilliseconds(),
            CaseId = notification.AppointmentId is null ? notification.CaseId.Value : null,
            AppointmentId = notification.AppointmentId,
            Channel = notification.Channel switch
            {
                NotifyBy.Sms => Wire.NotificationChannel.Sms,
                NotifyBy.App => Wire.NotificationChannel.App,
                _ => throw new ArgumentException($"Notification {notification.EventId} has no channel.", nameof(notification)),
            },
            MaskedPhone = notification.MaskedPhone,
            Template = notification.Template,
        };
        wire.Parameters.AddRange(notification.Parameters.Select(p => new Wire.NotificationParameter { Name = p.Name, Value = p.Value }));
        return wire;
    }

    /// <summary>Reads a notification back; throws <see cref="FormatException"/> naming the first bad field.</summary>
    public static Messages.ApplicantNotification ToMessage(Wire.ApplicantNotification wire) => new(
        wire.EventId ?? throw new FormatException("event_id is missing."),
        WireTime.FromUnixMs(wire.OccurredAt),
        string.IsNullOrEmpty(wire.AppointmentId) ? CaseId.Parse(wire.CaseId ?? throw new FormatException("case_id is missing.")) : default,
        wire.Channel switch
        {
            Wire.NotificationChannel.Sms => NotifyBy.Sms,
            Wire.NotificationChannel.App => NotifyBy.App,
            _ => throw new FormatException($"channel {wire.Channel} is neither SMS nor app."),
        },
        wire.MaskedPhone ?? string.Empty,
        wire.Template ?? throw new FormatException("template is missing."),
        [.. wire.Parameters.Select(p => new Messages.NotificationParameter(p.Name ?? string.Empty, p.Value ?? string.Empty))],
        string.IsNullOrEmpty(wire.AppointmentId) ? null : wire.AppointmentId);
}
