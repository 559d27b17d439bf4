using System.Globalization;
using Hub.Identifiers;
using Microsoft.Extensions.Options;

namespace Hub.Halls;

/// <summary>The slots each node publishes for a working day, read from <see cref="HallOptions"/> (checked at start-up).</summary>
public sealed class HallSchedules
{
    private readonly IReadOnlyList<AppointmentSlot> _default;
    private readonly Dictionary<DivisionCode, IReadOnlyList<AppointmentSlot>> _nodes = [];

    public HallSchedules(IOptions<HallOptions> options)
    {
        var settings = options.Value;
        BookingDays = settings.BookingDays;
        _default = Parse(settings.Slots ?? [.. HallOptions.DefaultSlots], settings.SlotCapacity, out var problem)
            ?? throw new InvalidOperationException(problem);
        foreach (var (code, schedule) in settings.Nodes)
        {
            _nodes[DivisionCode.Parse(code)] = Parse(schedule.Slots ?? settings.Slots ?? [.. HallOptions.DefaultSlots], schedule.SlotCapacity ?? settings.SlotCapacity, out problem)
                ?? throw new InvalidOperationException(problem);
        }
    }

    /// <summary>How many days ahead a slot may be booked, today being day 0.</summary>
    public int BookingDays { get; }

    /// <summary>The slots of <paramref name="node"/>'s working days.</summary>
    public IReadOnlyList<AppointmentSlot> SlotsOf(DivisionCode node) => _nodes.GetValueOrDefault(node, _default);

    /// <summary>The slots of <paramref name="texts"/>, or null with <paramref name="problem"/> saying what is wrong with them.</summary>
    public static IReadOnlyList<AppointmentSlot>? Parse(IReadOnlyList<string> texts, int capacity, out string? problem)
    {
        problem = null;
        if (texts.Count == 0)
        {
            problem = "lists no slot; give at least one, such as \"09:00-10:00\"";
            return null;
        }

        if (capacity is < 1 or > 10_000)
        {
            problem = $"has a slot capacity of {capacity}; give 1 to 10000 places per slot";
            return null;
        }

        var slots = new List<AppointmentSlot>(texts.Count);
        foreach (var text in texts)
        {
            var parts = text?.Split('-') ?? [];
            if (parts.Length != 2
                || !TimeOnly.TryParseExact(parts[0].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(parts[1].Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end <= start)
            {
                problem = $"has the slot '{text}'; write a slot as HH:mm-HH:mm, its end after its start, such as \"09:00-10:00\"";
                return null;
            }

            if (slots.Count > 0 && start < slots[^1].End)
            {
                problem = $"has the slot '{text}' starting before the one ahead of it ends; list the slots in order, without overlaps";
                return null;
            }

            slots.Add(new AppointmentSlot(slots.Count, start, end, capacity));
        }

        return slots;
    }
}
