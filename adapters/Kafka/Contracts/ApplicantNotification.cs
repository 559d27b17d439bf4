using ProtoBuf;

namespace Hub.Kafka.Contracts;

/// <summary>
/// What to tell an applicant, on <c>hub.notifications</c>, keyed by case id: one for each change of the case that
/// matters to them; or, keyed by the booking's id, for an appointment (预约), with <c>appointment_id</c> set and no
/// <c>case_id</c>. It names the channel they chose and their mobile number masked (<c>138****5678</c>), and a
/// template code with its parameters, in the order the template names them; the texts, in Chinese, are in the hub's
/// template file, which a gateway registers with its SMS platform. <c>event_id</c> is the same on every copy of a
/// notification: a gateway sends each once. Field numbers are part of the published contract.
/// </summary>
[ProtoContract(Name = "ApplicantNotification")]
public sealed class ApplicantNotification
{
    [ProtoMember(1, Name = "event_id")]
    public string? EventId { get; set; }

    /// <summary>Unix time in milliseconds: when the change happened.</summary>
    [ProtoMember(2, Name = "occurred_at")]
    public long OccurredAt { get; set; }

    [ProtoMember(3, Name = "case_id")]
    public string? CaseId { get; set; }

    [ProtoMember(4, Name = "channel")]
    public NotificationChannel Channel { get; set; }

    /// <summary>The applicant's mobile number, its middle four digits starred.</summary>
    [ProtoMember(5, Name = "masked_phone")]
    public string? MaskedPhone { get; set; }

    /// <summary>The template code, e.g. <c>HUB_CASE_ACCEPTED</c>.</summary>
    [ProtoMember(6, Name = "template")]
    public string? Template { get; set; }

    [ProtoMember(7, Name = "parameters")]
    public List<NotificationParameter> Parameters { get; } = [];

    /// <summary>The booking an appointment's notification is about, e.g. <c>610925100201-20261207-004-HR-001</c>; empty for a case's.</summary>
    [ProtoMember(8, Name = "appointment_id")]
    public string? AppointmentId { get; set; }
}

/// <summary>One parameter of a notification's template: the name the template writes in braces, and its value.</summary>
[ProtoContract(Name = "NotificationParameter")]
public sealed class NotificationParameter
{
    [ProtoMember(1, Name = "name")]
    public string? Name { get; set; }

    [ProtoMember(2, Name = "value")]
    public string? Value { get; set; }
}
