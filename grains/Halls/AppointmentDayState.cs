namespace Hub.Halls;

/// <summary>The stored bookings of one matter at one node on one day, numbered from 1 in the order they came.</summary>
[GenerateSerializer, Alias("hub.AppointmentDayState")]
public sealed class AppointmentDayState
{
    [Id(0)]
    public List<DayBooking> Bookings { get; set; } = [];
}

/// <summary>One booking of the day: its number, slot, and holder grain; released when it was cancelled.</summary>
[GenerateSerializer, Alias("hub.DayBooking")]
public sealed class DayBooking
{
    [Id(0)]
    public int Number { get; set; }

    [Id(1)]
    public int Slot { get; set; }

    [Id(2)]
    public string Holder { get; set; } = string.Empty;

    [Id(3)]
    public bool Released { get; set; }
}
