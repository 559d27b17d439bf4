namespace Hub.Halls;

/// <summary>One bookable slot of a node's day: its number in the day's schedule, when it starts and ends (China time), and how many it takes.</summary>
[GenerateSerializer, Immutable, Alias("hub.AppointmentSlot")]
public sealed record AppointmentSlot(
    [property: Id(0)] int Index,
    [property: Id(1)] TimeOnly Start,
    [property: Id(2)] TimeOnly End,
    [property: Id(3)] int Capacity)
{
    /// <summary>The slot as a hall writes it: <c>09:00-10:00</c>.</summary>
    public string Text => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
