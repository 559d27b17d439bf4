using Hub.Cases;
using Hub.Identifiers;

namespace Hub.Messages;

/// <summary>
/// What to tell an applicant on <c>hub.notifications</c>, keyed by case id (or, for an appointment, by the booking's id,
/// <see cref="AppointmentId"/>, with no case): the channel they chose, their number
/// masked, and a template code (<see cref="NotificationTemplates"/>) with its parameters, in the order the template
/// names them. The hub renders no text: an SMS or app gateway fills its registered template, as SMS platforms take a
/// template code and its parameters. <see cref="EventId"/> is <c>{case}/notice/{sequence}/{template}</c>, the same on
/// every copy.
/// </summary>
[GenerateSerializer, Immutable, Alias("hub.ApplicantNotification")]
public sealed record ApplicantNotification(
    [property: Id(0)] string EventId,
    [property: Id(1)] DateTimeOffset OccurredAt,
    [property: Id(2)] CaseId CaseId,
    [property: Id(3)] NotifyBy Channel,
    [property: Id(4)] string MaskedPhone,
    [property: Id(5)] string Template,
    [property: Id(6)] IReadOnlyList<NotificationParameter> Parameters,
    [property: Id(7)] string? AppointmentId = null)
{
    /// <summary>The record's Kafka key: the booking's id for an appointment, else the case id.</summary>
    public string Key => AppointmentId ?? CaseId.Value;
}

/// <summary>One parameter of a notification's template: its name, as the template writes it in braces, and its value.</summary>
[GenerateSerializer, Immutable, Alias("hub.NotificationParameter")]
public sealed record NotificationParameter([property: Id(0)] string Name, [property: Id(1)] string Value);
