namespace Hub.Halls;

/// <summary>How halls take appointments and run their queues.</summary>
public sealed class HallOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Hub:Halls";

    /// <summary>The slots of a working day, China time, as <c>HH:mm-HH:mm</c>, in order and not overlapping. Default: the hours 09–12 and 14–17 (six slots).</summary>
    public string[]? Slots { get; set; }

    /// <summary>How many bookings each slot takes, per matter. Default 4.</summary>
    public int SlotCapacity { get; set; } = 4;

    /// <summary>How many days ahead a slot may be booked, today being day 0. Default 14.</summary>
    public int BookingDays { get; set; } = 14;

    /// <summary>A node's own schedule, by its division code (e.g. <c>440104</c>): its slots and capacity replace the defaults where given.</summary>
    public Dictionary<string, HallSchedule> Nodes { get; set; } = [];

    /// <summary>The service time a queue assumes before it has served anybody. Default 10 minutes.</summary>
    public TimeSpan DefaultServiceTime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How many of a queue's latest services its average service time is taken over. Default 20.</summary>
    public int ServiceTimeSample { get; set; } = 20;

    /// <summary>A window that called a number within this period counts as serving the queue, for the estimated wait. Default 1 hour.</summary>
    public TimeSpan ActiveWindowPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The slots a hall has when nothing else is configured.</summary>
    public static IReadOnlyList<string> DefaultSlots { get; } = ["09:00-10:00", "10:00-11:00", "11:00-12:00", "14:00-15:00", "15:00-16:00", "16:00-17:00"];
}

/// <summary>One node's own appointment schedule.</summary>
public sealed class HallSchedule
{
    /// <summary>The node's slots, as <see cref="HallOptions.Slots"/>; the default slots when not given.</summary>
    public string[]? Slots { get; set; }

    /// <summary>The node's places per slot and matter; <see cref="HallOptions.SlotCapacity"/> when not given.</summary>
    public int? SlotCapacity { get; set; }
}
